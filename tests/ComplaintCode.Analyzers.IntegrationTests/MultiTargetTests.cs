namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>A system that targets several frameworks has one assessment, not one per framework fighting over a file.</summary>
[Collection(DotnetCollection.Name)]
public sealed class MultiTargetTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("complaintcode-multitarget-").FullName;

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

    [Fact]
    public void MultiTargetedSystem_WritesOneAssessment_FromItsFirstFramework_AndReportsItsUnevidencedProvisionsOnce()
    {
        Dotnet.ConsumeFromSource(_root);
        File.WriteAllText(Path.Combine(_root, "Landlord.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
                <ComplaintCodeSelfAssessment>true</ComplaintCodeSelfAssessment>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_root, "Evidence.cs"), "[assembly: ComplaintCode.Implements(\"1.2\")]\n");

        var output = Dotnet.Build(_root, null, "-m");

        Assert.Single(Directory.GetFiles(_root, "complaint-self-assessment.json", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(_root, "bin", "Debug", "net10.0", "complaint-self-assessment.json")), output);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, @"ComplaintCode: 1 of 72 provisions met"));

        // The 71 unevidenced provisions (one CHC0006: there is no policy file) are reported by the first framework's compile only.
        var provision = System.Text.RegularExpressions.Regex.Matches(output, @"warning CHC0006: No evidence yet for 71 of the Code's 72 provisions[^\n]*\[[^\]]*Landlord\.csproj::TargetFramework=(net\d+\.0)\]")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        Assert.Equal(new[] { "net10.0" }, provision);
    }
}
