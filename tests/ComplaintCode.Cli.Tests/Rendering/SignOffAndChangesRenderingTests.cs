using AngleSharp.Html.Parser;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Cli.Rendering;

namespace ComplaintCode.Cli.Tests.Rendering;

/// <summary>
/// The parts of the form a governing body approves it by: the sign-off, how each answer is evidenced, links to the
/// code, and the changes since the previous assessment; in HTML and Markdown alike, with no input turned into script
/// or into a link that is not https.
/// </summary>
public class SignOffAndChangesRenderingTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private static readonly SignOff s_approved = new(
        "Jane Smith, Complaints Manager", "Board of Riverside Homes", "2026-07-15", "Board minute 2026/41",
        "The Board welcomes the assessment.\nIt asks for a progress report in January.", "https://www.riversidehomes.example/board-response", Approved: true);

    private static SelfAssessment Approved() => SampleAssessments.Realistic() with { SignOff = s_approved };

    [Fact]
    public void ApprovedSignOff_IsShownInHtml()
    {
        var document = new HtmlParser().ParseDocument(HtmlRenderer.Render(Approved()));

        var block = document.QuerySelector("section.sign-off")!;
        Assert.Null(block.QuerySelector(".not-approved"));
        var text = block.TextContent;
        Assert.Contains("Jane Smith, Complaints Manager", text);
        Assert.Contains("Board of Riverside Homes", text);
        Assert.Equal("2026-07-15", block.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("15 July 2026", text);
        Assert.Contains("Board minute 2026/41", text);
        Assert.Contains("It asks for a progress report in January.", text);
        Assert.Equal("https://www.riversidehomes.example/board-response", block.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(SignOff.NotYetApproved, document.Body!.TextContent);
    }

    [Fact]
    public void ApprovedSignOff_IsShownInMarkdown()
    {
        var markdown = MarkdownRenderer.Render(Approved());

        Assert.Contains("## Sign-off", markdown);
        Assert.Contains("**Completed by:** Jane Smith, Complaints Manager", markdown);
        Assert.Contains("**Governing body:** Board of Riverside Homes", markdown);
        Assert.Contains("**Date of approval:** 15 July 2026", markdown);
        Assert.Contains("**Minute:** Board minute 2026/41", markdown);
        Assert.Contains("It asks for a progress report in January.", markdown);
        Assert.Contains("(<https://www.riversidehomes.example/board-response>)", markdown);
        Assert.DoesNotContain(SignOff.NotYetApproved, markdown);
    }

    [Fact]
    public void MissingApproval_IsSaidPlainly_InBothForms()
    {
        var assessment = SampleAssessments.Realistic() with { SignOff = new SignOff("Jane Smith", "Board of Riverside Homes", null, null, null, null, Approved: false) };

        var document = new HtmlParser().ParseDocument(HtmlRenderer.Render(assessment));
        Assert.Equal(SignOff.NotYetApproved, document.QuerySelector("section.sign-off .not-approved")!.TextContent);
        Assert.Contains($"**{SignOff.NotYetApproved}**", MarkdownRenderer.Render(assessment));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://riverside.example/response")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("board/response.html")]
    public void NoLinkButHttps_BecomesAnHref_WhateverTheAssessmentHolds(string link)
    {
        // Written straight into the record, past the policy file's own check, as a hand-edited JSON file could be.
        var assessment = SampleAssessments.WithProvision(
            SampleAssessments.Realistic() with { SignOff = s_approved with { ResponseLink = link, Response = "<script>alert(1)</script>" } },
            "6.3",
            p => p with
            {
                Evidence = new[] { new Evidence("code", "Deadline", "Riverside.Deadlines", "Deadlines.cs", 4, Url: link), new Evidence("document", "Policy", Link: link) },
                Findings = new[] { new Finding("CHC0201", "breach", "Deadlines.cs", 5, Url: link) },
            });

        var html = HtmlRenderer.Render(assessment);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.All(document.QuerySelectorAll("[href]"), a => Assert.True(a.GetAttribute("href")!.StartsWith('#') || a.GetAttribute("href")!.StartsWith("https://", StringComparison.Ordinal), a.GetAttribute("href")));
        var markdown = MarkdownRenderer.Render(assessment);
        Assert.DoesNotContain("](<" + link, markdown);
        // Inside a code span text is shown as written, never as HTML; everywhere else '<' is escaped.
        Assert.DoesNotContain("<script>", System.Text.RegularExpressions.Regex.Replace(markdown, "(`+)[^`]*?\\1", ""));
    }

    [Fact]
    public void CodeEvidenceAndFindingsWithAUrl_LinkToTheLine()
    {
        var url = $"https://github.com/octo/harbour/blob/{Sha}/src/Workflow/Deadlines.cs#L42";
        var assessment = SampleAssessments.WithProvision(SampleAssessments.Realistic(), "6.3", p => p with
        {
            Evidence = new[] { new Evidence("code", "Stage 1 deadline", "Riverside.Deadlines.RespondBy(DateOnly)", "Workflow/Deadlines.cs", 42, Url: url) },
            Findings = new[] { new Finding("CHC0201", "breach", "Workflow/Deadlines.cs", 42, Url: url) },
        });

        var document = new HtmlParser().ParseDocument(HtmlRenderer.Render(assessment));
        var row = document.QuerySelector("#provision-6\\.3")!;
        Assert.Equal(new[] { url, url }, row.QuerySelectorAll(".loc a").Select(a => a.GetAttribute("href")));
        Assert.Contains($"[`Workflow/Deadlines.cs:42`](<{url}>)", MarkdownRenderer.Render(assessment));
    }

    [Fact]
    public void EachRow_SaysHowItsAnswerIsKnown_AndTheSummaryCountsEachKindPerSection()
    {
        var records = AssessmentBuilder.NewRecords();
        records["6.3"].Evidence.Add(new Evidence("code", "Stage 1 deadline", "Riverside.Deadlines.RespondBy(DateOnly)", "Deadlines.cs", 10));
        records["6.3"].Checks.AddRange(new[]
        {
            new CheckedPlace("CHC0201", null, "Deadlines.cs", 8),
            new CheckedPlace("CHC0201", null, "Deadlines.cs", 12),
            new CheckedPlace("CHC0202", null, "Deadlines.cs", 12),
            new CheckedPlace("CHC0201", null, "Policy.cs", 3),
        });
        records["1.4"].Evidence.Add(new Evidence("code", "Service requests", "Riverside.Requests.Log", "Requests.cs", 3));
        records["9.4"].Evidence.Add(new Evidence("document", "Board terms of reference"));
        var assessment = AssessmentBuilder.Build(records, "Riverside Homes", SampleAssessments.Project, "2026-06-30");

        var expected = "The build checks that every stage 1 response timescale is at most 10 working days (CHC0201) and dates are counted in working days, not calendar days (CHC0202). 3 places, no breach.";
        var document = new HtmlParser().ParseDocument(HtmlRenderer.Render(assessment));
        Assert.Equal("Checked by the build. " + expected, document.QuerySelector("#provision-6\\.3 .basis")!.TextContent);
        Assert.StartsWith("Declared in code.", document.QuerySelector("#provision-1\\.4 .basis")!.TextContent);
        Assert.StartsWith("Declared in the policy file.", document.QuerySelector("#provision-9\\.4 .basis")!.TextContent);
        Assert.Null(document.QuerySelector("#provision-2\\.1 .basis"));

        var basis = document.QuerySelector("table.basis")!;
        var section6 = basis.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Section 6:", StringComparison.Ordinal));
        Assert.Equal(new[] { "1", "0", "0" }, section6.QuerySelectorAll("td").Select(d => d.TextContent));
        Assert.Equal(new[] { "1", "1", "1" }, basis.QuerySelectorAll("tfoot td").Select(d => d.TextContent));

        var markdown = MarkdownRenderer.Render(assessment);
        Assert.Contains("**Checked by the build.** " + MarkdownRenderer.Text(expected), markdown);
        Assert.Contains("| **All sections** | **1** | **1** | **1** |", markdown);
    }

    [Fact]
    public void ChangesSection_AppearsOnlyWhenTheAssessmentCarriesChanges()
    {
        var previous = SampleAssessments.Realistic() with { AssessmentDate = "2025-06-30" };
        var current = SampleAssessments.WithProvision(SampleAssessments.Realistic(), "7.1", p => p with { Comply = Comply.No });
        var changes = AssessmentChanges.Between(previous, current);

        Assert.DoesNotContain("Changes since", HtmlRenderer.Render(current));
        Assert.DoesNotContain("Changes since", MarkdownRenderer.Render(current));

        var withChanges = current with { Changes = changes };
        var document = new HtmlParser().ParseDocument(HtmlRenderer.Render(withChanges));
        var section = document.QuerySelector("section.changes")!;
        Assert.Equal("Changes since the assessment of 30 June 2025", section.QuerySelector("h2")!.TextContent);
        Assert.Equal("7.1: Yes → No (worse)", Assert.Single(section.QuerySelectorAll("li")).TextContent);
        Assert.Contains("## Changes since the assessment of 30 June 2025", MarkdownRenderer.Render(withChanges));
    }
}
