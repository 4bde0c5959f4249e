using System.Text.RegularExpressions;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Cli.Rendering;

namespace ComplaintCode.Cli.Tests.Rendering;

public class MarkdownRendererTests
{
    private const string Header = "| Code provision | Code requirement | Comply: Yes / No | Evidence | Commentary / explanation |";

    private static string[] Lines(string markdown) => markdown.Split('\n');

    /// <summary>A table row's cells, split at the pipes GFM would split at (not at "\|").</summary>
    private static string[] Cells(string row)
    {
        var cells = Regex.Split(row.Trim(), @"(?<!\\)\|");
        return cells[1..^1].Select(c => c.Trim()).ToArray();
    }

    private static string[] ProvisionRows(string markdown)
        => Lines(markdown).Where(l => Regex.IsMatch(l, @"^\| \d\.\d+ \|")).ToArray();

    private static string[] Row(string markdown, string id)
        => Cells(ProvisionRows(markdown).Single(l => l.StartsWith($"| {id} |", StringComparison.Ordinal)));

    [Fact]
    public void Lists_every_one_of_the_72_provisions_once_in_code_order()
    {
        var assessment = SampleAssessments.Realistic();
        var rows = ProvisionRows(MarkdownRenderer.Render(assessment));

        Assert.Equal(72, rows.Length);
        Assert.Equal(assessment.Provisions.Select(p => p.Id), rows.Select(r => Cells(r)[0]));
        Assert.All(rows, r => Assert.Equal(5, Cells(r).Length));
    }

    [Fact]
    public void Has_one_table_per_section_under_its_heading_with_the_forms_five_columns()
    {
        var assessment = SampleAssessments.Realistic();
        var lines = Lines(MarkdownRenderer.Render(assessment));

        var headers = Enumerable.Range(0, lines.Length).Where(i => lines[i] == Header).ToArray();
        Assert.Equal(9, headers.Length);
        foreach (var (at, section) in headers.Zip(assessment.Summary.Sections))
        {
            Assert.Equal("| --- | --- | --- | --- | --- |", lines[at + 1]);
            var heading = lines.Take(at).Last(l => l.StartsWith("## ", StringComparison.Ordinal));
            Assert.Equal($"## Section {section.Section}: {section.Title}", heading);
        }
    }

    [Fact]
    public void States_the_status_of_every_provision_in_words()
    {
        var assessment = SampleAssessments.Realistic();
        var markdown = MarkdownRenderer.Render(assessment);

        foreach (var provision in assessment.Provisions)
        {
            var expected = provision.Comply switch
            {
                Comply.Yes => "Yes",
                Comply.No => "No",
                _ => "Not evidenced",
            };
            Assert.Equal(expected, Row(markdown, provision.Id)[2]);
        }
    }

    [Fact]
    public void Escapes_pipes_and_line_breaks_so_a_cell_stays_a_cell()
    {
        var assessment = SampleAssessments.WithRequirement(SampleAssessments.Realistic(), "1.2", "Either | or\nboth");
        assessment = SampleAssessments.WithProvision(assessment, "1.3", p => p with
        {
            Commentary = "First line\r\nsecond | line",
            Evidence = new[] { new Evidence("code", "Pipe | in description", "Ns.Type.Or(a|b)", "src/A|B.cs", 3) },
        });
        var markdown = MarkdownRenderer.Render(assessment);

        var row = Row(markdown, "1.2");
        Assert.Equal(5, row.Length);
        Assert.Equal(@"Either \| or<br>both", row[1]);

        var other = Row(markdown, "1.3");
        Assert.Equal(5, other.Length);
        Assert.Equal(@"First line<br>second \| line", other[4]);
        Assert.Equal(@"Pipe \| in description `Ns.Type.Or(a\|b)` (`src/A\|B.cs:3`)", other[3]);
        Assert.Equal(72, ProvisionRows(markdown).Length);
    }

    [Fact]
    public void Escapes_markdown_and_html_in_text()
    {
        var assessment = SampleAssessments.WithRequirement(SampleAssessments.Realistic(), "1.2", "Residents <b>must</b> be told & *kept* [informed]");
        var markdown = MarkdownRenderer.Render(assessment);

        Assert.Equal(@"Residents \<b\>must\</b\> be told \& \*kept\* \[informed\]", Row(markdown, "1.2")[1]);
        Assert.DoesNotContain("<b>", markdown);
    }

    [Fact]
    public void Shows_evidence_findings_commentary_and_the_date_a_provision_will_be_met_by()
    {
        var markdown = MarkdownRenderer.Render(SampleAssessments.Realistic());

        Assert.Equal(
            @"[Customer Feedback and Complaints Policy, paragraph 3.1](<https://www.riversidehomes.example/complaints-policy#definition>)",
            Row(markdown, "1.2")[3]);
        Assert.Equal(
            "• Stage 1 deadline `RiversideHomes.Workflow.Deadlines.RespondBy(DateOnly)` (`Workflow/Deadlines.cs:42`)<br>"
            + "• `RiversideHomes.Workflow.Deadlines.AcknowledgeBy(DateOnly)` (`Workflow/Deadlines.cs:30`)",
            Row(markdown, "6.3")[3]);
        Assert.Equal("None recorded", Row(markdown, "2.1")[3]);

        var findings = Row(markdown, "6.13")[4];
        Assert.StartsWith("**Findings:**<br>• **CHC0401** The stage 2 response may be written by the person who handled stage 1", findings);
        Assert.Contains("(`Workflow/Assign.cs:12`)", findings);

        Assert.StartsWith("**To comply by:** 30 September 2026<br><br>The member responsible", Row(markdown, "9.5")[4]);
    }

    [Fact]
    public void Summarises_each_section_and_all_sections_with_counts_and_percentages()
    {
        var assessment = SampleAssessments.Realistic();
        var lines = Lines(MarkdownRenderer.Render(assessment));

        var at = Array.IndexOf(lines, "| Section | Provisions | Yes | No | Not evidenced |");
        Assert.True(at > 0);
        var rows = lines.Skip(at + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells).ToArray();
        Assert.Equal(10, rows.Length);
        Assert.Equal("Section 1: Definition of a complaint", rows[0][0]);
        var s = assessment.Summary;
        Assert.Equal("**All sections**", rows[9][0]);
        Assert.Equal($"**{s.Yes} ({Math.Round(100.0 * s.Yes / 72, MidpointRounding.AwayFromZero)}%)**", rows[9][2]);
    }

    [Fact]
    public void Titles_and_dates_the_assessment()
    {
        var markdown = MarkdownRenderer.Render(SampleAssessments.Realistic());

        Assert.StartsWith("# Riverside Homes — Complaint Handling Code self-assessment\n", markdown);
        Assert.Contains("**Assessment date:** 30 June 2026", markdown);
        Assert.Contains("Generated by ComplaintCode.Analyzers 0.1.0 from the code of RiversideHomes.", markdown);
    }

    [Fact]
    public void Gives_the_same_bytes_for_the_same_assessment()
    {
        Assert.Equal(MarkdownRenderer.Render(SampleAssessments.Realistic()), MarkdownRenderer.Render(SampleAssessments.Realistic()));
        Assert.DoesNotContain("\r", MarkdownRenderer.Render(SampleAssessments.Realistic()));
    }

    [Fact]
    public void Renders_an_assessment_with_no_landlord_project_or_date()
    {
        var markdown = MarkdownRenderer.Render(SampleAssessments.Blank());

        Assert.StartsWith("# Complaint Handling Code self-assessment\n", markdown);
        Assert.Equal(72, ProvisionRows(markdown).Length);
        Assert.DoesNotContain("## Other findings", markdown);
    }
}
