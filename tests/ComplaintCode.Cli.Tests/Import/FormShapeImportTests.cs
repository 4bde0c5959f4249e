using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>
/// The shapes other landlords publish the form in, each derived from the reference form (TestData/import).
/// </summary>
public sealed class FormShapeImportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    private static string Requirement(string id) => CodeCatalog.Instance.Get(id).Requirement;

    [Fact]
    public void A_markdown_pipe_table_is_read_with_its_escaped_pipes()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("pipe-table.md"));

        Assert.Equal(new[] { "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9" }, result.Provisions.Select(p => p.Id));
        Assert.Empty(result.Unmatched);
        Assert.Equal(new[] { "Complaints Policy | Complaints Procedure" }, ImportFixture.Provision(result, "6.2").Evidence);
        Assert.Equal("Timescales: see table 6.1 | stage 1 is \"10 working days\" # not 15", ImportFixture.Provision(result, "6.3").Commentary);
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "6.5").Answer.Value);
        Assert.Equal(PolicyComply.No, ImportFixture.Provision(result, "6.6").Answer.Value);
        Assert.Empty(ImportFixture.Provision(result, "6.6").Evidence);
    }

    [Fact]
    public void A_partial_answer_is_no_and_keeps_the_word_in_the_commentary()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("pipe-table.md"));

        var extension = ImportFixture.Provision(result, "6.4");
        Assert.Equal(PolicyComply.No, extension.Answer.Value);
        Assert.Equal("Imported answer: Partially\nExtensions are agreed, but not always explained to the resident.", extension.Commentary);
    }

    [Fact]
    public void Cells_split_over_several_lines_are_joined()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("split-cells.txt"));

        Assert.Equal(new[] { "1.2", "1.3", "1.4", "1.5", "1.6", "2.1" }, result.Provisions.Select(p => p.Id));
        Assert.All(result.Provisions, p => Assert.Equal(PolicyComply.Yes, p.Answer.Value));
        Assert.All(result.Provisions, p => Assert.Equal(Requirement(p.Id), p.Row.Requirement));
        Assert.Equal(
            "Set out within the policy. Paragraphs 3.1 and 4.1.",
            ImportFixture.Provision(result, "1.3").Commentary);
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy" }, ImportFixture.Provision(result, "1.5").Evidence);
        Assert.StartsWith("Section 5.1 offers front line staff", ImportFixture.Provision(result, "1.5").Commentary, StringComparison.Ordinal);

        // "1.6" on a line of its own, then its requirement, then the other cells: the known requirement ends its cell.
        var survey = ImportFixture.Provision(result, "1.6");
        Assert.Equal(
            "We advise our tenants of the ways that they can make a formal complaint across forms of correspondence with them and through our website, meetings and newsletters. We also publish this in the tenants' newsletter.",
            survey.Commentary);

        // A continuation line that starts with a tab starts the next cell: 2.1's answer is on the line after it.
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy" }, ImportFixture.Provision(result, "2.1").Evidence);
    }

    [Fact]
    public void Rows_merged_by_a_pdf_export_are_split()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("merged-rows.txt"));

        Assert.Equal(new[] { "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8" }, result.Provisions.Select(p => p.Id));
        Assert.All(result.Provisions, p => Assert.Equal(PolicyComply.Yes, p.Answer.Value));
        Assert.Empty(result.Unmatched);

        // "…comm 6.3⇥Landlords must issue…": the commentary of 6.2 loses the number, 6.3 gets its own cells.
        Assert.Equal("Our process and timescales for stage 1 complaints is set out in table at section 6.1 of the Policy.", ImportFixture.Provision(result, "6.2").Commentary);
        Assert.Equal(Requirement("6.3"), ImportFixture.Provision(result, "6.3").Row.Requirement);
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy" }, ImportFixture.Provision(result, "6.3").Evidence);

        // "…⇥Yes 6.5⇥When an organisation…": 6.4 kept its answer and nothing else.
        var extension = ImportFixture.Provision(result, "6.4");
        Assert.Empty(extension.Evidence);
        Assert.Null(extension.Commentary);
        Assert.Equal(Requirement("6.5"), ImportFixture.Provision(result, "6.5").Row.Requirement);

        // "… 6.7 Landlords must address … appropriate. Yes Complaints Procedure …" with no columns at all.
        var points = ImportFixture.Provision(result, "6.7");
        Assert.Equal(Requirement("6.7"), points.Row.Requirement);
        Assert.Equal("Complaints Procedure, section 4 We address every point raised.", points.Commentary);
        Assert.EndsWith("progress is regularly communicated with the complainant.", ImportFixture.Provision(result, "6.6").Commentary, StringComparison.Ordinal);

        // A number mentioned in commentary is not a row.
        Assert.Equal("6.3 also sets out our extension process; see 6.4 and section 6.1 of the Policy.", ImportFixture.Provision(result, "6.8").Commentary);
    }

    [Fact]
    public void Leftover_html_is_stripped_and_entities_decoded()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("html-leftovers.txt"));

        Assert.Equal(new[] { "2.1", "2.2", "2.3" }, result.Provisions.Select(p => p.Id));
        Assert.All(result.Provisions, p => Assert.Equal(PolicyComply.Yes, p.Answer.Value));

        var accept = ImportFixture.Provision(result, "2.1");
        Assert.Equal(new[] { "Customer Feedback & Complaints Policy" }, accept.Evidence);
        Assert.Equal("Section 3 of the policy sets out what is considered to be a complaint and what is not.", accept.Commentary);

        // <br> separates the documents listed; encoded text ("&lt;u&gt;") is the landlord's and is kept, decoded.
        var exclusions = ImportFixture.Provision(result, "2.2");
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy", "Exclusions log", "Legal team\u2019s guidance" }, exclusions.Evidence);
        Assert.Equal("Section 3.2 sets out what we consider not to be a complaint.\nSection 4.1 refers to the twelve months\u2019 time limit <u> is literal here.", exclusions.Commentary);

        Assert.Equal("Time limits: \"12 months\" & discretion. Response time < 10 days.", ImportFixture.Provision(result, "2.3").Commentary);
    }

    [Fact]
    public void Curly_quotes_and_dashes_are_ignored_for_matching_and_kept_in_the_text()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("typography.txt"));

        Assert.Equal(new[] { "1.2", "1.3", "5.6" }, result.Provisions.Select(p => p.Id));
        Assert.Empty(result.Unmatched);
        var definition = ImportFixture.Provision(result, "1.2");
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy \u2013 \u201cDefinitions\u201d" }, definition.Evidence);
        Assert.Equal("The landlord\u2019s definition \u2014 word for word.", definition.Commentary);
    }

    [Fact]
    public void Section_titles_in_the_landlords_words_are_not_rows()
    {
        var reading = PublishedFormReader.Read(File.ReadAllText(ImportFixture.TestFile("section-titles.txt")));
        var result = ProvisionMatcher.Match(reading.Rows);

        Assert.Equal(new[] { "8.1", "9.1", "9.2", "9.3" }, reading.Rows.Select(r => r.Number));
        Assert.Empty(result.Unmatched);

        // No heading or page footer was taken for a continuation of the row before it.
        var reference = ImportFixture.Import(ImportFixture.ReferenceForm);
        Assert.All(result.Provisions, p => Assert.Equal(ImportFixture.Provision(reference, p.Id).Commentary, p.Commentary));
        Assert.Equal(new[] { "Complaints Self-Assessment June 2024" }, reading.Ignored.Select(l => l.Text));
    }

    [Fact]
    public void A_row_without_its_number_is_matched_by_its_requirement_text()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("missing-numbers.txt"));

        // 6.6 and 6.17 have the same words; the rows around each say which one it is.
        Assert.Equal(new[] { "6.5", "6.6", "6.7", "6.10", "6.16", "6.17" }, result.Provisions.Select(p => p.Id));
        Assert.Null(ImportFixture.Provision(result, "6.6").Row.Number);
        Assert.Null(ImportFixture.Provision(result, "6.17").Row.Number);

        // The Code has no 1.1: its text says 6.10.
        Assert.Equal("1.1", ImportFixture.Provision(result, "6.10").Row.Number);
    }

    [Fact]
    public void A_row_that_matches_no_provision_is_reported_not_guessed()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("missing-numbers.txt"));

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal(16, unmatched.Row.Line);
        Assert.Contains("matches no provision closely enough", unmatched.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provision_found_twice_keeps_its_first_row()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("missing-numbers.txt"));

        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal("6.16", duplicate.Id);
        Assert.Equal(17, duplicate.Row.Line);
        Assert.Equal(13, duplicate.FirstLine);
        Assert.NotEqual("A second answer for 6.16.", ImportFixture.Provision(result, "6.16").Commentary);
    }

    [Fact]
    public void Identical_requirement_texts_with_nothing_to_tell_them_apart_are_reported()
    {
        var text = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n"
                   + "\t" + Requirement("6.6") + "\tYes\tPolicy\tTracked.\n";

        var result = ProvisionMatcher.Match(PublishedFormReader.Read(text).Rows);

        Assert.Empty(result.Provisions);
        Assert.Contains("6.6 and 6.17", Assert.Single(result.Unmatched).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_and_unclear_answers_stay_unanswered()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("blank-answers.txt"));

        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "3.1").Answer.Value);
        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "3.2").Answer.Value);
        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "3.3").Answer.Value);
        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "3.4").Answer.Value);
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "3.5").Answer.Value);
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "3.6").Answer.Value);
        Assert.Equal(PolicyComply.No, ImportFixture.Provision(result, "3.7").Answer.Value);
        Assert.Equal("Imported answer: N/A\nVolumes are reported quarterly.", ImportFixture.Provision(result, "3.3").Commentary);

        // A blank answer keeps the evidence cell in the policy file, where it never counts as met.
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy" }, ImportFixture.Provision(result, "3.6").Evidence);
        Assert.Equal("Imported 7 of 72 provisions: 2 Yes, 1 No, 4 unanswered", ImportCommand.Summary(result));
    }

    [Fact]
    public void A_web_page_table_copied_as_text_is_read_cell_by_cell()
    {
        var reading = PublishedFormReader.Read(File.ReadAllText(ImportFixture.TestFile("web-page.txt")));
        var result = ProvisionMatcher.Match(reading.Rows);

        Assert.Equal(new[] { "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2" }, result.Provisions.Select(p => p.Id));
        Assert.All(result.Provisions, p => Assert.Equal(MatchText.Normalise(Requirement(p.Id)), MatchText.Normalise(p.Row.Requirement)));
        Assert.Equal(new[] { 19, 26, 32, 39, 45, 57, 63 }, result.Provisions.Select(p => p.Row.Line));

        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "1.2").Answer.Value);
        Assert.Equal("This is the definition in our policy.\n(Paragraph 3.1)", ImportFixture.Provision(result, "1.2").Commentary);

        // A line holding just "|" is an empty cell: 1.3 has no evidence, and its commentary is still its own.
        Assert.Empty(ImportFixture.Provision(result, "1.3").Evidence);
        Assert.Equal("Set out within the policy. Paragraphs 3.1 and 4.1.", ImportFixture.Provision(result, "1.3").Commentary);
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy", "Service request log" }, ImportFixture.Provision(result, "1.4").Evidence);
        Assert.Equal(PolicyComply.No, ImportFixture.Provision(result, "1.5").Answer.Value);
        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "1.6").Answer.Value);
        Assert.Null(ImportFixture.Provision(result, "1.6").Commentary);

        // A number inside a commentary line is not a row.
        Assert.Equal("Exclusions are listed;\n6.3 of the policy also refers to them.", ImportFixture.Provision(result, "2.2").Commentary);

        // The furniture of the page is set aside, none of it read as a cell.
        var ignored = reading.Ignored.Select(l => l.Text).ToList();
        Assert.Contains("Last Updated on 14 June 2024", ignored);
        Assert.Contains("Related Items", ignored);
        Assert.Contains("Housing Ombudsman Service", ignored);
        Assert.DoesNotContain(result.Provisions, p => (p.Commentary ?? "").Contains("Related", StringComparison.Ordinal));

        // A line of links under the table is not more commentary for the last row: it is a row of its own, not matched.
        Assert.Equal("Exclusions are listed;\n6.3 of the policy also refers to them.", ImportFixture.Provision(result, "2.2").Commentary);
        Assert.Equal("Share this page", Assert.Single(result.Unmatched).Row.Requirement);
    }

    [Fact]
    public void Two_rows_merged_under_one_number_each_get_their_answer()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("merged-one-number.txt"));

        Assert.Equal(new[] { "6.2", "6.3", "6.4", "6.5", "6.11", "6.12", "6.13", "6.14", "6.15" }, result.Provisions.Select(p => p.Id));
        Assert.Empty(result.Unmatched);
        foreach (var id in new[] { "6.3", "6.4", "6.11", "6.12", "6.13", "6.14" })
        {
            Assert.Equal(MatchText.Normalise(Requirement(id)), MatchText.Normalise(ImportFixture.Provision(result, id).Row.Requirement));
        }

        // "Yes Yes", with the evidence written twice: each provision its own answer and evidence.
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "6.3").Answer.Value);
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "6.4").Answer.Value);
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy" }, ImportFixture.Provision(result, "6.4").Evidence);
        Assert.StartsWith("Imported from a row merged with 6.3 in the form; the commentary is both rows' together.", ImportFixture.Provision(result, "6.4").Commentary, StringComparison.Ordinal);

        // "Yes No": the second answer is the second provision's.
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "6.11").Answer.Value);
        Assert.Equal(PolicyComply.No, ImportFixture.Provision(result, "6.12").Answer.Value);
        Assert.Equal(new[] { "Stage 2 acknowledgement letter", "Stage 2 request form" }, ImportFixture.Provision(result, "6.12").Evidence);

        // One "Yes" for two provisions answers neither; the word is kept.
        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "6.13").Answer.Value);
        Assert.Equal(PolicyComply.Unanswered, ImportFixture.Provision(result, "6.14").Answer.Value);
        Assert.Contains("Imported answer: Yes (one answer for the merged rows of 6.13 and 6.14)", ImportFixture.Provision(result, "6.14").Commentary, StringComparison.Ordinal);

        Assert.Contains(result.Notes, n => n.StartsWith("line 7: 6.3 and 6.4 were merged into one row numbered 6.3", StringComparison.Ordinal));
        Assert.Single(result.Notes, n => n.Contains("6.11 and 6.12 were merged", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_with_only_its_own_requirement_is_never_split()
    {
        var reading = PublishedFormReader.Read(File.ReadAllText(ImportFixture.ReferenceForm));

        Assert.DoesNotContain(reading.Rows, r => r.MergedWith is not null);
    }

    [Fact]
    public void Provisions_missing_from_the_form_are_reported()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("section-titles.txt"));

        Assert.Equal(68, result.Missing.Count);
        Assert.Contains("8.2", result.Missing);
        Assert.DoesNotContain("8.1", result.Missing);
        Assert.Equal("Imported 4 of 72 provisions: 4 Yes, 0 No, 0 unanswered", ImportCommand.Summary(result));
    }

    [Theory]
    [InlineData("pipe-table.md")]
    [InlineData("split-cells.txt")]
    [InlineData("merged-rows.txt")]
    [InlineData("html-leftovers.txt")]
    [InlineData("typography.txt")]
    [InlineData("section-titles.txt")]
    [InlineData("missing-numbers.txt")]
    [InlineData("blank-answers.txt")]
    [InlineData("web-page.txt")]
    [InlineData("merged-one-number.txt")]
    public void Every_shape_writes_a_policy_file_that_reads_back_as_imported(string file)
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.TestFile(file), "--output", output);

        Assert.Equal(0, exit);
        Assert.StartsWith("Imported ", stdout, StringComparison.Ordinal);
        ImportFixture.AssertRoundTrips(ImportFixture.Import(ImportFixture.TestFile(file)), ImportFixture.Parse(output));
    }

    public void Dispose() => _fixture.Dispose();
}
