using ComplaintCode.Cli.Init;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Findings;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Init;

/// <summary><c>complaint-code init</c>: a first policy file at the solution root with an entry to answer per provision.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _solution = Path.Combine(Path.GetTempPath(), "complaint-code-init-tests", Guid.NewGuid().ToString("N"));

    public InitCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_solution, "src", "Harbour.Web"));
        File.WriteAllText(Path.Combine(_solution, "Harbour.slnx"), "<Solution />");
    }

    private string PolicyPath => Path.Combine(_solution, InitCommand.FileName);

    private (int Exit, string Output, string Error) Init(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parsed = CommandLine.Create(output, error).Parse(["init", .. args]);
        Assert.Empty(parsed.Errors);
        var request = new InitRequest(
            parsed.GetValue<string>("--output"),
            parsed.GetValue<string>("--landlord"),
            parsed.GetValue<string[]>("--findings") ?? [],
            parsed.GetValue<bool>("--force"));
        var exit = InitCommand.Run(request, currentDirectory, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static PolicyFile Parse(string path) => PolicyParser.Parse(path, File.ReadAllText(path), CodeCatalog.Instance);

    [Fact]
    public void Writes_every_provision_unanswered_at_its_own_line_beside_the_solution()
    {
        var (exit, output, error) = Init(Path.Combine(_solution, "src", "Harbour.Web"), "--landlord", "Harbour Homes");

        Assert.Equal(ExitCodes.Done, exit);
        Assert.Equal("", error);
        Assert.Contains($"Wrote {PolicyPath}: 72 of 72 provisions to answer", output, StringComparison.Ordinal);
        var policy = Parse(PolicyPath);
        Assert.Empty(policy.Issues);
        Assert.Equal("Harbour Homes", policy.Landlord);
        Assert.Equal(CodeCatalog.Instance.Provisions.Select(p => p.Id), policy.Provisions.Select(p => p.Id));
        Assert.All(policy.Provisions, p => Assert.Equal(PolicyComply.Unanswered, p.Comply));
        Assert.Equal(72, policy.Provisions.Select(p => p.Span.StartLine).Distinct().Count());
        Assert.DoesNotContain(policy.Provisions, p => p.CountsAsEvidence);
    }

    [Fact]
    public void Each_entry_is_under_a_comment_with_its_number_and_requirement_grouped_by_section()
    {
        Init(_solution);

        var lines = File.ReadAllLines(PolicyPath);
        var entry = Array.IndexOf(lines, "  \"6.3\":");
        Assert.True(entry > 0);
        Assert.Equal(
            "  # 6.3 Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.",
            lines[entry - 2] + lines[entry - 1].Substring("  #  ".Length));
        Assert.Contains("  # Section 6: Complaint stages", lines);
        Assert.True(lines.Max(l => l.Length) <= 118);
        Assert.Contains("# landlord: \"The landlord's name\"", lines);
    }

    [Fact]
    public void Provisions_evidenced_in_code_are_comments_not_entries()
    {
        var findings = Path.Combine(_solution, "src", "Harbour.Web", "obj", "Debug", "net10.0", "Harbour.Web.complaintcode.findings.json");
        Directory.CreateDirectory(Path.GetDirectoryName(findings)!);
        File.WriteAllText(findings, FindingsContract.ToJson(new FindingsDocument(
            FindingsContract.Format,
            EvidenceCollected: true,
            Array.Empty<LoggedFinding>(),
            new[] { new CodeEvidence(new[] { "6.3", "6.14" }, "Harbour.Workflow.Deadlines.RespondBy(System.DateOnly)", "/src/Deadlines.cs", 7, null, null) })));

        var (exit, output, _) = Init(_solution);

        Assert.Equal(ExitCodes.Done, exit);
        var policy = Parse(PolicyPath);
        Assert.Equal(70, policy.Provisions.Count);
        Assert.DoesNotContain(policy.Provisions, p => p.Id is "6.3" or "6.14");
        Assert.Contains("  # Evidenced in code: [Implements] on Harbour.Workflow.Deadlines.RespondBy(System.DateOnly).", File.ReadAllText(PolicyPath), StringComparison.Ordinal);
        Assert.Contains("(2): 6.3, 6.14", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_without_force()
    {
        File.WriteAllText(PolicyPath, "landlord: \"Kept\"\n");

        var (exit, _, error) = Init(_solution);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("landlord: \"Kept\"\n", File.ReadAllText(PolicyPath));

        Assert.Equal(ExitCodes.Done, Init(_solution, "--force").Exit);
        Assert.Equal(72, Parse(PolicyPath).Provisions.Count);
    }

    [Fact]
    public void Without_a_solution_it_asks_for_output()
    {
        var alone = Path.Combine(Path.GetTempPath(), "complaint-code-init-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(alone);
        try
        {
            var (exit, _, error) = Init(alone);

            Assert.Equal(ExitCodes.Failed, exit);
            Assert.Contains("--output", error, StringComparison.Ordinal);

            Assert.Equal(ExitCodes.Done, Init(alone, "--output", "policy/complaint-policy.yaml").Exit);
            Assert.True(File.Exists(Path.Combine(alone, "policy", "complaint-policy.yaml")));
        }
        finally
        {
            Directory.Delete(alone, recursive: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_solution, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
