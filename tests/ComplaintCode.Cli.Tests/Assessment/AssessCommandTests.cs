using System.Text.Json;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Assessment;

/// <summary>The build step's decisions, from a compiler log, sources and a policy file written by the test.</summary>
public sealed class AssessCommandTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("complaintcode-assess-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void ProvisionTheAnalyzersReportUnevidenced_IsNotEvidenced_EvenWithAnImplementsTheScannerSaw()
    {
        WriteSource("""[ComplaintCode.Implements("6.3")] class Workflow { }""");
        WriteLog(("CHC0001", "warning", "Provision 6.3 has no evidence: nothing carries [Implements(\"6.3\")] and the policy file gives none.", null, null));

        var provision = Provision(Assess(), "6.3");

        Assert.Equal("NotEvidenced", provision.GetProperty("comply").GetString());
    }

    [Fact]
    public void BreachLoweredToASuggestion_StillMakesTheProvisionNo()
    {
        WriteSource("""[ComplaintCode.Implements("6.3")] class Workflow { const int Days = 15; }""");
        WriteLog(("CHC0201", "note", "'Days' of 15 working days exceeds the Code's maximum of 10 (provision 6.3)", "Workflow.cs", 1));

        var provision = Provision(Assess(), "6.3");

        Assert.Equal("No", provision.GetProperty("comply").GetString());
        var finding = provision.GetProperty("findings")[0];
        Assert.Equal(("CHC0201", "Workflow.cs", 1), (finding.GetProperty("id").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void EvidenceInsideAnInactiveIfBlock_IsNotListed()
    {
        WriteSource("""
            #if LEGACY
            [ComplaintCode.Implements("6.3")]
            #endif
            class Workflow { }
            """);

        // The analyzers assess the project (it uses the package elsewhere), so the log has some CHC0001.
        WriteLog(("CHC0001", "warning", "Provision 9.4 has no evidence", null, null));

        Assert.Equal("NotEvidenced", Provision(Assess(), "6.3").GetProperty("comply").GetString());
        Assert.Equal("Yes", Provision(Assess("--define", "DEBUG;LEGACY"), "6.3").GetProperty("comply").GetString());
    }

    [Fact]
    public void CompileThatFailedOnItsOwnErrors_LeavesThePreviousAssessment()
    {
        WriteSource("""[ComplaintCode.Implements("6.3")] class Workflow { }""");
        WriteLog();
        Assess();
        var before = File.ReadAllText(OutputPath);

        WriteLog(("CS1002", "error", "; expected", "Workflow.cs", 1));
        var output = new StringWriter();
        var exit = CommandLine.Run(Arguments(), output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("not updated", output.ToString());
        Assert.Equal(before, File.ReadAllText(OutputPath));
    }

    [Fact]
    public void MissingCompilerLog_WritesNothing()
    {
        WriteSource("""[ComplaintCode.Implements("6.3")] class Workflow { }""");
        var output = new StringWriter();

        Assert.Equal(0, CommandLine.Run(Arguments(), output, new StringWriter()));
        Assert.Contains("not written", output.ToString());
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public void SeveralPolicyFiles_TheFirstInPathOrderIsUsed_AsTheAnalyzersDo()
    {
        WriteSource("class Workflow { }");
        WriteLog(("CHC0001", "warning", "Provision 9.4 has no evidence", null, null));
        File.WriteAllText(Path.Combine(_project, "a-policy.yaml"), "landlord: First\n");
        File.WriteAllText(Path.Combine(_project, "b-policy.yaml"), "landlord: Second\n");

        using var document = Assess("--policy", $"{Path.Combine(_project, "b-policy.yaml")};{Path.Combine(_project, "a-policy.yaml")}");

        Assert.Equal("First", document.RootElement.GetProperty("landlord").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("findings").ValueKind);
    }

    private string OutputPath => Path.Combine(_project, "bin", "complaint-self-assessment.json");

    private string[] Arguments(params string[] extra)
        => new[] { "assess", "--project-dir", _project, "--sources", "obj/sources.txt", "--error-log", "obj/log.sarif", "--output", "bin/complaint-self-assessment.json" }.Concat(extra).ToArray();

    private JsonDocument Assess(params string[] extra)
    {
        var error = new StringWriter();
        Assert.True(CommandLine.Run(Arguments(extra), new StringWriter(), error) == 0, error.ToString());
        return JsonDocument.Parse(File.ReadAllText(OutputPath));
    }

    private static JsonElement Provision(JsonDocument document, string id)
        => document.RootElement.GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    private void WriteSource(string text)
    {
        File.WriteAllText(Path.Combine(_project, "Workflow.cs"), text);
        Directory.CreateDirectory(Path.Combine(_project, "obj"));
        File.WriteAllText(Path.Combine(_project, "obj", "sources.txt"), Path.Combine(_project, "Workflow.cs") + "\n");
    }

    private void WriteLog(params (string Id, string Level, string Message, string? File, int? Line)[] results)
    {
        var sarif = new
        {
            version = "2.1.0",
            runs = new[]
            {
                new
                {
                    results = results.Select(r => new
                    {
                        ruleId = r.Id,
                        level = r.Level,
                        message = new { text = r.Message },
                        locations = r.File is null
                            ? Array.Empty<object>()
                            : new object[] { new { physicalLocation = new { artifactLocation = new { uri = new Uri(Path.Combine(_project, r.File)).AbsoluteUri }, region = new { startLine = r.Line } } } },
                    }).ToArray(),
                },
            },
        };
        Directory.CreateDirectory(Path.Combine(_project, "obj"));
        File.WriteAllText(Path.Combine(_project, "obj", "log.sarif"), JsonSerializer.Serialize(sarif));
    }
}
