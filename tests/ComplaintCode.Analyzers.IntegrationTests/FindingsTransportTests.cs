using System.Text.Json;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// How the analyzers' findings reach the build: a findings file the analyzers write in real builds only, with no
/// compiler error log (which would make the compiler run every suggestion-level analyzer), reported by the package's
/// task and assessed; a build that cannot judge the system never leaves the earlier assessment looking current.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class FindingsTransportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("complaintcode-findings-").FullName;

    public FindingsTransportTests()
    {
        Dotnet.ConsumeFromSource(_root);
        File.WriteAllText(Path.Combine(_root, "Landlord.csproj"), """<Project Sdk="Microsoft.NET.Sdk" />""");
        File.WriteAllText(Path.Combine(_root, "complaint-policy.yaml"), "landlord: Transport Homes\n");
        WriteEvidence("1.2");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A compiler server may still hold a file for a moment; the temp folder is the system's to clean.
        }
    }

    private string Obj => Path.Combine(_root, "obj");

    private string Assessment => Path.Combine(_root, "bin", "Debug", "net10.0", "complaint-self-assessment.json");

    [Fact]
    public void Build_WritesTheFindingsFile_AndAsksForNoCompilerErrorLog()
    {
        var output = Dotnet.Build(_root);

        Assert.Contains("ComplaintCode: 1 of 72 provisions met, 0 not met, 71 not evidenced", output);
        var findings = Assert.Single(Directory.GetFiles(Obj, "*.complaintcode.findings.json", SearchOption.AllDirectories));
        using var document = JsonDocument.Parse(File.ReadAllText(findings));
        Assert.Equal(71, document.RootElement.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("id").GetString() == "CHC0001"));
        Assert.Empty(Directory.GetFiles(Obj, "*.sarif", SearchOption.AllDirectories));
    }

    [Fact]
    public void DesignTimeBuild_NeverAsksTheAnalyzersForFindings()
    {
        // What Visual Studio and C# Dev Kit run to learn a project's compiler inputs for the IDE.
        Dotnet.Run(_root, null, "restore", "-nologo");
        var (exitCode, output) = Dotnet.Run(
            _root, null, "msbuild", "-nologo", "-t:Compile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-getItem:AdditionalFiles");

        Assert.True(exitCode == 0, output);
        Assert.Contains("complaint-policy.yaml", output);
        Assert.DoesNotContain("findings-request", output);
        Assert.Empty(Directory.GetFiles(Obj, "*.complaintcode.findings*", SearchOption.AllDirectories));
    }

    [Fact]
    public void CompileThatFailsOnItsOwnError_MarksTheAssessmentNotCurrent_AndTheNextGoodBuildUpdatesIt()
    {
        Dotnet.Build(_root);
        var before = JsonDocument.Parse(File.ReadAllText(Assessment));

        WriteEvidence("1.2", "3.1");
        File.WriteAllText(Path.Combine(_root, "Broken.cs"), "internal static class Broken { internal static int Value() => undefinedName; }\n");
        var (exitCode, output) = Dotnet.Run(_root, null, "build", "-nologo");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CS0103", output);
        Assert.Contains("ComplaintCode: self-assessment not updated: Landlord did not compile", output);
        var after = JsonDocument.Parse(File.ReadAllText(Assessment));
        Assert.False(after.RootElement.GetProperty("current").GetBoolean());
        // The earlier answers are kept, marked, not replaced by half-compiled code's.
        Assert.Equal(before.RootElement.GetProperty("summary").GetRawText(), after.RootElement.GetProperty("summary").GetRawText());

        File.Delete(Path.Combine(_root, "Broken.cs"));
        var fixedOutput = Dotnet.Build(_root);

        Assert.Contains("ComplaintCode: 2 of 72 provisions met, 0 not met, 70 not evidenced", fixedOutput);
    }

    [Fact]
    public void CodeThatDoesNotParse_IsNamed_AndTheBreachAssessedBeforeIsNotShownAsCurrent()
    {
        // A breach: the build fails on CHC0201, and the assessment, written all the same, marks 6.3 "No".
        File.WriteAllText(Path.Combine(_root, "Deadlines.cs"), "using ComplaintCode;\n\ninternal static class Deadlines\n{\n    [Implements(\"6.3\")]\n    internal const int Stage1Days = 15;\n}\n");
        var (firstExit, firstOutput) = Dotnet.Run(_root, null, "build", "-nologo");
        Assert.NotEqual(0, firstExit);
        Assert.Contains("error CHC0201", firstOutput);
        Assert.Contains("\"comply\": \"No\"", File.ReadAllText(Assessment));
        Assert.Contains("\"current\": true", File.ReadAllText(Assessment));

        // Now the code does not even parse: the compiler stops before the analyzers finish.
        File.WriteAllText(Path.Combine(_root, "Broken.cs"), "internal class Broken {\n");
        var (exitCode, output) = Dotnet.Run(_root, null, "build", "-nologo");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CS1513", output);
        Assert.Contains("ComplaintCode: self-assessment not updated: Landlord did not compile", output);
        Assert.Contains("\"current\": false", File.ReadAllText(Assessment));
    }

    [Fact]
    public void AnalyzersTurnedOff_MarkTheAssessmentNotCurrent_AndSaySoInEveryBuild()
    {
        Dotnet.Build(_root);

        // Without the analyzers there are no findings to use (the last build's were deleted rather than read as this
        // one's), so the earlier assessment is marked, and every build says why.
        File.WriteAllText(Path.Combine(_root, "complaint-policy.yaml"), "landlord: Transport Homes Group\n");
        var output = Dotnet.Build(_root, null, "-p:RunAnalyzers=false");

        Assert.Contains("self-assessment not written: the analyzers wrote no findings", output);
        var marked = File.ReadAllText(Assessment);
        Assert.Contains("\"current\": false", marked);
        Assert.Contains("\"Transport Homes\"", marked);

        var again = Dotnet.Build(_root, null, "-p:RunAnalyzers=false");
        Assert.Contains("self-assessment not written: the analyzers wrote no findings", again);
        Assert.Equal(marked, File.ReadAllText(Assessment));
    }

    private void WriteEvidence(params string[] provisions)
        => File.WriteAllText(
            Path.Combine(_root, "Evidence.cs"),
            "using ComplaintCode;\n\nnamespace Transport;\n\n"
            + string.Concat(provisions.Select((id, i) => $"[Implements(\"{id}\")]\ninternal sealed class Evidence{i} {{ }}\n")));
}
