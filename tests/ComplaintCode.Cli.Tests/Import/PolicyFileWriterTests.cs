using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

public sealed class PolicyFileWriterTests
{
    private static FormRow Row(string id, string comply, string evidence, string commentary)
        => new(1, id, CodeCatalog.Instance.Get(id).Requirement, comply, evidence, commentary, Array.Empty<string>());

    private static MatchResult Result(params FormRow[] rows) => ProvisionMatcher.Match(rows);

    [Theory]
    [InlineData("Policy: section 4")]
    [InlineData("- starts with a dash")]
    [InlineData("# not a comment")]
    [InlineData("text # with a hash")]
    [InlineData("\"quoted\" and 'single'")]
    [InlineData("back\\slash and \\n not a newline")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("*alias &anchor !tag %directive @at `tick` {brace} [bracket] | > ?")]
    [InlineData("line one\nline two")]
    [InlineData("tab\there")]
    [InlineData("curly \u2018quotes\u2019 \u201cand\u201d dashes \u2013 \u2014 and \u00a3100")]
    [InlineData("separators \u2028 \u2029 \u0085 and a bell \u0007 and \ufffd")]
    [InlineData("emoji \U0001F3E0 home")]
    [InlineData("   leading and trailing spaces   ")]
    public void Any_text_reads_back_exactly(string text)
    {
        var result = Result(Row("6.3", "Yes", "Complaints Policy", text));
        var yaml = PolicyFileWriter.Write(result, landlord: text, sourceName: "form\nwith a line break.txt");

        var policy = PolicyParser.Parse("complaint-policy.yaml", yaml, CodeCatalog.Instance);

        Assert.Empty(policy.Issues);
        Assert.Equal(text, policy.Landlord);
        var provision = Assert.Single(policy.Provisions);
        Assert.Equal(text, provision.Commentary);
    }

    [Fact]
    public void Evidence_listing_several_documents_becomes_a_list()
    {
        var result = Result(Row("3.4", "Yes", "Complaints Policy; Website page \u2013 complaints\nLeaflet", ""));

        var policy = PolicyParser.Parse("p.yaml", PolicyFileWriter.Write(result, null, "form.txt"), CodeCatalog.Instance);

        Assert.Equal(new[] { "Complaints Policy", "Website page \u2013 complaints", "Leaflet" }, policy.Provisions[0].Evidence.Select(e => e.Description));
    }

    [Fact]
    public void A_no_answer_is_written_without_a_date_and_marked_for_one()
    {
        var result = Result(Row("9.8", "No", "Appraisal scheme", "Contractors from 2026."));

        var yaml = PolicyFileWriter.Write(result, null, "form.txt");
        var policy = PolicyParser.Parse("p.yaml", yaml, CodeCatalog.Instance);

        Assert.Contains("# TODO: add complyBy", yaml, StringComparison.Ordinal);
        var issue = Assert.Single(policy.Issues);
        Assert.Equal(PolicyIssueKind.NotMetWithoutComplyBy, issue.Kind);
        Assert.Contains("complyBy", issue.Message, StringComparison.Ordinal);
        Assert.Equal(PolicyComply.No, policy.Provisions[0].Comply);
        Assert.Null(policy.Provisions[0].ComplyBy);
    }

    [Fact]
    public void A_blank_answer_is_written_as_unanswered_and_never_counts_as_met()
    {
        var result = Result(Row("3.3", "", "Quarterly report", "Not yet reviewed."));

        var policy = PolicyParser.Parse("p.yaml", PolicyFileWriter.Write(result, null, "form.txt"), CodeCatalog.Instance);

        Assert.Empty(policy.Issues);
        Assert.Equal(PolicyComply.Unanswered, policy.Provisions[0].Comply);
        Assert.False(policy.Provisions[0].CountsAsEvidence);
    }

    [Fact]
    public void Provisions_are_written_in_code_order_with_quoted_ids()
    {
        var result = Result(Row("6.10", "Yes", "", ""), Row("6.2", "Yes", "", ""), Row("1.2", "Yes", "", ""));

        var yaml = PolicyFileWriter.Write(result, null, "form.txt");

        var ids = yaml.Split('\n').Where(l => l.StartsWith("  \"", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "  \"1.2\":", "  \"6.2\":", "  \"6.10\":" }, ids);
        Assert.Contains("# Not in the form, so not listed here: 1.3,", yaml, StringComparison.Ordinal);
    }
}
