using AngleSharp.Html.Parser;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Rendering;

/// <summary>complaint-code diff: what changed between last year's assessment and this year's, in each format.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("complaintcode-diff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>
    /// Last year's and this year's: one answer (7.1 Yes to No), one piece of evidence (1.4 removed), one finding
    /// (CHC0401 on 6.13 resolved) differ; everything else, including a moved line of evidence, is the same.
    /// </summary>
    private (string Previous, string Current) TwoAssessments()
    {
        var previous = SampleAssessments.Realistic() with { AssessmentDate = "2025-06-30" };
        var current = SampleAssessments.Realistic();
        current = SampleAssessments.WithProvision(current, "7.1", p => p with { Comply = Comply.No });
        current = SampleAssessments.WithProvision(current, "1.4", p => p with { Evidence = Array.Empty<Evidence>() });
        current = SampleAssessments.WithProvision(current, "6.13", p => p with { Findings = p.Findings.Where(f => f.Id != "CHC0401").ToList() });
        current = SampleAssessments.WithProvision(current, "6.3", p => p with { Evidence = p.Evidence.Select(e => e with { Line = e.Line + 7 }).ToList() });
        return (Write("previous.json", previous), Write("current.json", current));
    }

    private string Write(string name, SelfAssessment assessment)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, AssessmentJson.Serialize(assessment));
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Text_ListsExactlyTheChangedAnswerEvidenceAndFinding()
    {
        var (previous, current) = TwoAssessments();

        var (exit, output, error) = Run("diff", previous, current);

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(
            """
            Changes since the assessment of 30 June 2025

            Answers that changed:
              7.1: Yes → No (worse)

            Evidence removed:
              1.4: code: Service requests are logged apart from complaints (RiversideHomes.Requests.ServiceRequestLog.Record(ServiceRequest)) at Requests/ServiceRequestLog.cs:18

            Findings resolved:
              6.13: CHC0401 The stage 2 response may be written by the person who handled stage 1 (provision 6.13) (Workflow/Assign.cs:12)

            """.ReplaceLineEndings("\n"),
            output);
    }

    [Fact]
    public void Markdown_ListsTheSameChanges()
    {
        var (previous, current) = TwoAssessments();

        var (exit, output, _) = Run("diff", previous, current, "--format", "md");

        Assert.Equal(0, exit);
        var items = output.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, items.Length);
        Assert.StartsWith("# Changes since the assessment of 30 June 2025\n", output);
        Assert.Contains("## Answers that changed\n\n- 7.1: Yes → No (worse)\n", output);
        Assert.Contains("## Evidence removed\n\n- 1.4: code:", output);
        Assert.Contains("## Findings resolved\n\n- 6.13: CHC0401", output);
    }

    [Fact]
    public void Html_ListsTheSameChanges_OnASelfContainedPage()
    {
        var (previous, current) = TwoAssessments();
        var output = Path.Combine(_directory, "changes.html");

        var (exit, _, _) = Run("diff", previous, current, "--format", "html", "--output", output);

        Assert.Equal(0, exit);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(output));
        Assert.Equal(
            new[] { "Answers that changed", "Evidence removed", "Findings resolved" },
            document.QuerySelectorAll("section.changes h3").Select(h => h.TextContent));
        Assert.Equal(3, document.QuerySelectorAll("section.changes li").Length);
        Assert.Empty(document.QuerySelectorAll("script, link, img, [src], [href]"));
    }

    [Fact]
    public void FailOnRegression_ExitsOneOnlyWhenAnAnswerGotWorse()
    {
        var (previous, current) = TwoAssessments();

        Assert.Equal(0, Run("diff", previous, current).Exit);
        Assert.Equal(1, Run("diff", previous, current, "--fail-on-regression").Exit);
        Assert.Equal(0, Run("diff", current, previous, "--fail-on-regression").Exit);
    }

    [Fact]
    public void SignOffChanges_AreListed()
    {
        var previous = Write("previous.json", SampleAssessments.Realistic() with { SignOff = new SignOff("Jane Smith", "Board", "2025-07-10", null, null, null, true) });
        var current = Write("current.json", SampleAssessments.Realistic() with { SignOff = new SignOff("Jane Smith", "Board", null, null, null, null, false) });

        var (_, output, _) = Run("diff", previous, current);

        Assert.Contains("Sign-off:\n  Date of approval: 10 July 2025 → (none)\n", output);
        Assert.DoesNotContain("Answers that changed", output);
    }

    [Fact]
    public void IdenticalAssessments_SayNothingChanged()
    {
        var path = Write("same.json", SampleAssessments.Realistic());

        var (exit, output, _) = Run("diff", path, path, "--fail-on-regression");

        Assert.Equal(0, exit);
        Assert.Contains("No answer, evidence, finding or sign-off changed.", output);
    }

    [Fact]
    public void AssessmentOfSchemaVersion1_CanBeLastYears()
    {
        var previous = Write("previous.json", SampleAssessments.Realistic() with { SchemaVersion = 1, SignOff = null });
        var current = Write("current.json", SampleAssessments.Realistic());

        var (exit, output, error) = Run("diff", previous, current);

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("No answer, evidence, finding or sign-off changed.", output);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "one.json")]
    [InlineData("diff", "a.json", "b.json", "--format", "pdf")]
    public void BadCommandLine_IsAUsageError(params string[] args)
        => Assert.Equal(2, Run(args).Exit);

    [Fact]
    public void UnreadableFile_FailsWithTheReason()
    {
        var current = Write("current.json", SampleAssessments.Realistic());

        var (exit, _, error) = Run("diff", Path.Combine(_directory, "missing.json"), current);

        Assert.Equal(1, exit);
        Assert.Contains("missing.json", error);
    }
}
