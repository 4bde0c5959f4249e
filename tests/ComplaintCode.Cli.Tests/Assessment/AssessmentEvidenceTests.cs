using System.Text.Json;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Assessment;

/// <summary>
/// The build step's account of how each answer is known, the sign-off, the links to the code and the changes since a
/// previous assessment, from a findings file (format 3, with the rules' checks) and a policy file written by the test.
/// </summary>
public sealed class AssessmentEvidenceTests : IDisposable
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private readonly string _repository = Directory.CreateTempSubdirectory("complaintcode-evidence-").FullName;

    public AssessmentEvidenceTests() => Directory.CreateDirectory(Project);

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    /// <summary>The project sits below the repository root, so paths from the root differ from paths from the project.</summary>
    private string Project => Path.Combine(_repository, "src", "Harbour");

    [Fact]
    public void ProvisionWhoseCodeTheRulesJudged_IsCheckedByTheBuild_WithTheRulesAndHowOftenTheyChecked()
    {
        WriteFindings(
            evidence: new[] { Evidence(new[] { "6.3" }, "Harbour.Deadlines.RespondBy(DateOnly)", "Deadlines.cs", 10), Evidence(new[] { "1.4" }, "Harbour.Requests.Log", "Requests.cs", 3) },
            checks: new[] { Check("CHC0201", "6.3", "Deadlines.cs", 8), Check("CHC0201", "6.3", "Deadlines.cs", 12), Check("CHC0202", "6.3", "Deadlines.cs", 12) });
        WritePolicy("provisions:\n  \"9.4\": Board terms of reference\n");

        using var document = Assess();

        var checkedProvision = Provision(document, "6.3");
        Assert.Equal(("Yes", EvidenceBasis.CheckedByBuild, 2), (checkedProvision.GetProperty("comply").GetString(), checkedProvision.GetProperty("evidencedBy").GetString(), checkedProvision.GetProperty("checkedPlaces").GetInt32()));
        Assert.Equal(
            new[] { ("CHC0201", 2, 0), ("CHC0202", 1, 0) },
            checkedProvision.GetProperty("checkedBy").EnumerateArray().Select(c => (c.GetProperty("rule").GetString()!, c.GetProperty("places").GetInt32(), c.GetProperty("breaches").GetInt32())));
        Assert.Equal(EvidenceBasis.DeclaredInCode, Provision(document, "1.4").GetProperty("evidencedBy").GetString());
        Assert.Empty(Provision(document, "1.4").GetProperty("checkedBy").EnumerateArray());
        Assert.Equal(EvidenceBasis.DeclaredInPolicyFile, Provision(document, "9.4").GetProperty("evidencedBy").GetString());
        Assert.Equal(JsonValueKind.Null, Provision(document, "2.1").GetProperty("evidencedBy").ValueKind);

        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal((1, 1, 1), (summary.GetProperty("checkedByBuild").GetInt32(), summary.GetProperty("declaredInCode").GetInt32(), summary.GetProperty("declaredInPolicyFile").GetInt32()));
        var section6 = summary.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetInt32() == 6);
        Assert.Equal((1, 0, 0), (section6.GetProperty("checkedByBuild").GetInt32(), section6.GetProperty("declaredInCode").GetInt32(), section6.GetProperty("declaredInPolicyFile").GetInt32()));
    }

    [Fact]
    public void BreachAtACheckedPlace_IsCountedAgainstItsRule_AndTheAnswerIsNo()
    {
        WriteFindings(
            findings: new[] { Finding("CHC0202", "6.2", "Deadlines.cs", 15) },
            evidence: new[] { Evidence(new[] { "6.2" }, "Harbour.Deadlines.AcknowledgeBy(DateOnly)", "Deadlines.cs", 14) },
            checks: new[] { Check("CHC0201", "6.2", "Deadlines.cs", 15), Check("CHC0202", "6.2", "Deadlines.cs", 15) });

        var provision = Provision(Assess(), "6.2");

        Assert.Equal("No", provision.GetProperty("comply").GetString());
        Assert.Equal(EvidenceBasis.CheckedByBuild, provision.GetProperty("evidencedBy").GetString());
        Assert.Equal(
            new[] { ("CHC0201", 0), ("CHC0202", 1) },
            provision.GetProperty("checkedBy").EnumerateArray().Select(c => (c.GetProperty("rule").GetString()!, c.GetProperty("breaches").GetInt32())));
    }

    [Fact]
    public void FindingsFileWithoutChecks_IsRead_AndItsEvidenceIsDeclaredInCode()
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "6.3" }, "Harbour.Deadlines.RespondBy(DateOnly)", "Deadlines.cs", 10) }, format: "complaintcode-findings/3");

        var provision = Provision(Assess(), "6.3");

        Assert.Equal(EvidenceBasis.DeclaredInCode, provision.GetProperty("evidencedBy").GetString());
        Assert.Equal(0, provision.GetProperty("checkedPlaces").GetInt32());
    }

    [Fact]
    public void SignOffFromThePolicyFile_IsInTheJson_AndTheSummaryLineDoesNotCallItUnapproved()
    {
        WriteFindings();
        WritePolicy("""
            signOff:
              completedBy: Jane Smith, Complaints Manager
              governingBody: Board of Harbour Homes
              approvedOn: 2026-07-15
              minute: Board minute 2026/41
              responseLink: https://harbour.example/board-response
            """);

        var (document, output) = AssessWithOutput();

        var signOff = document.RootElement.GetProperty("signOff");
        Assert.True(signOff.GetProperty("approved").GetBoolean());
        Assert.Equal("Board of Harbour Homes", signOff.GetProperty("governingBody").GetString());
        Assert.Equal("2026-07-15", signOff.GetProperty("approvedOn").GetString());
        Assert.Equal("Board minute 2026/41", signOff.GetProperty("minute").GetString());
        Assert.Equal("https://harbour.example/board-response", signOff.GetProperty("responseLink").GetString());
        Assert.DoesNotContain("not yet approved", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WithoutApproval_TheSummaryLineSaysSo_AndTheJsonSaysNotApproved()
    {
        WriteFindings();
        WritePolicy("signOff:\n  completedBy: Jane Smith\n  governingBody: Board of Harbour Homes\n");

        var (document, output) = AssessWithOutput();

        Assert.False(document.RootElement.GetProperty("signOff").GetProperty("approved").GetBoolean());
        Assert.Matches(@"ComplaintCode: 0 of 72 provisions met, .* -> \S+ \(not yet approved by the governing body\)", output);
    }

    [Fact]
    public void WithTheRepositoryAndTheCommit_EvidenceAndFindingsLinkToTheirLine_ByThePathFromTheRepositoryRoot()
    {
        WriteFindings(
            findings: new[] { Finding("CHC0202", "6.2", "Workflow/Deadlines.cs", 15) },
            evidence: new[] { Evidence(new[] { "6.2" }, "Harbour.Deadlines.AcknowledgeBy(DateOnly)", "Workflow/Deadlines.cs", 14) });
        Directory.CreateDirectory(Path.Combine(_repository, ".git"));

        var provision = Provision(Assess("--repository-url", "git@github.com:octo/harbour.git", "--source-revision", Sha.ToUpperInvariant()), "6.2");

        Assert.Equal($"https://github.com/octo/harbour/blob/{Sha}/src/Harbour/Workflow/Deadlines.cs#L14", provision.GetProperty("evidence")[0].GetProperty("url").GetString());
        Assert.Equal($"https://github.com/octo/harbour/blob/{Sha}/src/Harbour/Workflow/Deadlines.cs#L15", provision.GetProperty("findings")[0].GetProperty("url").GetString());
        // The paths in the form stay relative to the system, as before.
        Assert.Equal("Workflow/Deadlines.cs", provision.GetProperty("evidence")[0].GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("", Sha)]
    [InlineData("https://github.com/octo/harbour", "")]
    [InlineData("https://github.com/octo/harbour", "main")]
    [InlineData("https://git.internal.example/octo/harbour", Sha)]
    public void WithoutAKnownRepositoryAndAFullCommit_NothingLinks(string url, string revision)
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "6.2" }, "Harbour.Deadlines.AcknowledgeBy(DateOnly)", "Deadlines.cs", 14) });
        Directory.CreateDirectory(Path.Combine(_repository, ".git"));

        var document = Assess("--repository-url", url, "--source-revision", revision, "--repository-root", "");

        Assert.False(Provision(document, "6.2").GetProperty("evidence")[0].TryGetProperty("url", out _));
        Assert.False(document.RootElement.GetProperty("project").TryGetProperty("repositoryUrl", out _));
    }

    [Fact]
    public void WithAPreviousAssessment_TheJsonCarriesTheChanges_AndWithoutItHasNoChangesKey()
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "6.3" }, "Harbour.Deadlines.RespondBy(DateOnly)", "Deadlines.cs", 10) });
        var without = Assess();
        Assert.False(without.RootElement.TryGetProperty("changes", out _));
        var previous = Path.Combine(_repository, "last-year.json");
        File.Copy(OutputPath, previous);
        WriteFindings(evidence: new[] { Evidence(new[] { "6.3" }, "Harbour.Deadlines.RespondBy(DateOnly)", "Deadlines.cs", 10), Evidence(new[] { "6.2" }, "Harbour.Deadlines.AcknowledgeBy(DateOnly)", "Deadlines.cs", 20) });

        var changes = Assess("--previous", previous).RootElement.GetProperty("changes");

        var answer = Assert.Single(changes.GetProperty("answers").EnumerateArray());
        Assert.Equal(("6.2", "NotEvidenced", "Yes", false), (answer.GetProperty("provision").GetString(), answer.GetProperty("previous").GetString(), answer.GetProperty("current").GetString(), answer.GetProperty("worse").GetBoolean()));
        Assert.Equal("Harbour.Deadlines.AcknowledgeBy(DateOnly)", Assert.Single(changes.GetProperty("evidenceAdded").EnumerateArray()).GetProperty("evidence").GetProperty("symbol").GetString());
        Assert.Empty(changes.GetProperty("evidenceRemoved").EnumerateArray());
    }

    [Fact]
    public void PreviousAssessmentThatCannotBeRead_CostsTheChangesOnly()
    {
        WriteFindings();
        var previous = Path.Combine(_repository, "last-year.json");
        File.WriteAllText(previous, "{ not json");

        var (document, output) = AssessWithOutput("--previous", previous);

        Assert.False(document.RootElement.TryGetProperty("changes", out _));
        Assert.Contains("could not be read", output);
    }

    private string OutputPath => Path.Combine(Project, "bin", "complaint-self-assessment.json");

    private string FindingsPath => Path.Combine(Project, "obj", "Harbour.complaintcode.findings.json");

    private JsonDocument Assess(params string[] extra) => AssessWithOutput(extra).Document;

    private (JsonDocument Document, string Output) AssessWithOutput(params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var policy = Path.Combine(Project, "complaint-policy.yaml");
        var arguments = new[] { "assess", "--project-dir", Project, "--findings", FindingsPath, "--output", "bin/complaint-self-assessment.json" }
            .Concat(File.Exists(policy) ? new[] { "--policy", policy } : Array.Empty<string>())
            .Concat(extra)
            .ToArray();
        Assert.True(CommandLine.Run(arguments, output, error) == 0, error.ToString());
        return (JsonDocument.Parse(File.ReadAllText(OutputPath)), output.ToString());
    }

    private void WritePolicy(string yaml) => File.WriteAllText(Path.Combine(Project, "complaint-policy.yaml"), yaml);

    private static JsonElement Provision(JsonDocument document, string id)
        => document.RootElement.GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    private Dictionary<string, object?> Finding(string id, string provision, string file, int line)
        => new() { ["id"] = id, ["level"] = "warning", ["provisions"] = new[] { provision }, ["message"] = $"{id} breach of provision {provision}", ["file"] = Path.Combine(Project, file), ["line"] = line };

    private Dictionary<string, object?> Evidence(string[] provisions, string symbol, string file, int line)
        => new() { ["provisions"] = provisions, ["symbol"] = symbol, ["file"] = Path.Combine(Project, file), ["line"] = line, ["description"] = null, ["commentary"] = null };

    private Dictionary<string, object?> Check(string rule, string provision, string file, int line)
        => new() { ["rule"] = rule, ["provisions"] = new[] { provision }, ["file"] = Path.Combine(Project, file), ["line"] = line };

    private void WriteFindings(
        IEnumerable<Dictionary<string, object?>>? findings = null,
        IEnumerable<Dictionary<string, object?>>? evidence = null,
        IEnumerable<Dictionary<string, object?>>? checks = null,
        string format = "complaintcode-findings/3")
    {
        var document = new Dictionary<string, object?>
        {
            ["format"] = format,
            ["evidenceCollected"] = true,
            ["findings"] = findings ?? Array.Empty<Dictionary<string, object?>>(),
            ["evidence"] = evidence ?? Array.Empty<Dictionary<string, object?>>(),
        };
        if (checks is not null)
        {
            document["checks"] = checks;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FindingsPath)!);
        File.WriteAllText(FindingsPath, JsonSerializer.Serialize(document));
    }
}
