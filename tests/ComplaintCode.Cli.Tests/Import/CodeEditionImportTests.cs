using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>
/// A form against the 2022 Code is never placed by number, and an answer goes only where the 2024 requirement
/// corresponds by text; in a 2024 form, a row's text outranks a number that disagrees with it.
/// </summary>
public sealed class CodeEditionImportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    [Fact]
    public void A_2022_form_is_recognised_by_its_signs()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("code-2022-form.txt"));

        Assert.Equal(CodeEdition.Code2022, result.Edition.Edition);
        var signs = result.Edition.Signs.Select(s => s.What).ToList();
        Assert.Contains("a part headed \"Mandatory 'must' requirements\"", signs);
        Assert.Contains("a part headed \"Best practice 'should' requirements\"", signs);
        Assert.Contains("the section title \"Complaint handling personnel\"", signs);
        Assert.Contains("the section title \"Complaint handling principles\"", signs);
        Assert.Contains("a requirement about a stage three", signs);
        Assert.Contains(signs, s => s.StartsWith("requirements that say \"organisation\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pipe-table.md")]
    [InlineData("split-cells.txt")]
    [InlineData("merged-rows.txt")]
    [InlineData("web-page.txt")]
    [InlineData("merged-one-number.txt")]
    [InlineData("misnumbered.txt")]
    public void A_2024_form_is_not_taken_for_a_2022_one(string file)
        => Assert.Equal(CodeEdition.Code2024, ImportFixture.Import(ImportFixture.TestFile(file)).Edition.Edition);

    [Fact]
    public void The_reference_2024_form_is_not_taken_for_a_2022_one()
        => Assert.Equal(CodeEdition.Code2024, ImportFixture.Import(ImportFixture.ReferenceForm).Edition.Edition);

    [Fact]
    public void A_2022_form_carries_answers_only_to_the_2024_provision_its_text_corresponds_to()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("code-2022-form.txt"));

        // 2022's 1.5 (survey feedback) is 2024's 1.6; its 5.6 is 6.3 and its 5.12 (the stage 2 handler) is 6.13.
        Assert.Equal(new[] { "1.2", "1.6", "4.1", "6.3", "6.13" }, result.Provisions.Select(p => p.Id));
        Assert.Equal("1.5", ImportFixture.Provision(result, "1.6").Row.Number);
        Assert.Equal("5.12", ImportFixture.Provision(result, "6.13").Row.Number);
        Assert.Equal(PolicyComply.No, ImportFixture.Provision(result, "6.3").Answer.Value);
        Assert.All(result.Provisions, p => Assert.Equal(MatchedBy.Text, p.By));

        // Never by number: nothing lands on 1.5 (2022's survey row), 5.6, 5.7, 5.12 or 5.15 of the 2024 Code.
        foreach (var id in new[] { "1.5", "5.6", "5.7", "5.12", "5.15", "3.4", "5.3" })
        {
            Assert.DoesNotContain(result.Provisions, p => p.Id == id);
        }

        // Every carried answer's text corresponds strongly to its 2024 provision's, as the 2022 Code's usage reads in 2024.
        foreach (var provision in result.Provisions)
        {
            var words = ProvisionMatcher.Edition2022Words(provision.Row.Requirement);
            Assert.True(MatchText.Similarity(words, MatchText.Tokens(CodeCatalog.Instance.Get(provision.Id).Requirement)) >= ProvisionMatcher.Threshold, provision.Id);
        }
    }

    [Fact]
    public void A_2022_form_lists_rows_with_a_weak_or_no_2024_counterpart()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("code-2022-form.txt"));

        var weak = result.EditionRows.Where(r => r.Strength == Correspondence.Weak).Select(r => r.Row.Number).ToList();
        var none = result.EditionRows.Where(r => r.Strength == Correspondence.None).Select(r => r.Row.Number).ToList();

        // 1.3 and 3.4 lost or gained a sentence; 5.7 is the 2024 Code's 6.5 and 6.16 alike, and the row before does not say which.
        Assert.Equal(new[] { "1.3", "5.7", "5.15", "3.4" }, weak);
        Assert.Equal(new[] { "5.3" }, none);
        Assert.Equal("6.5 or 6.16", result.EditionRows.Single(r => r.Row.Number == "5.7").Counterpart);
    }

    [Fact]
    public void The_report_and_the_policy_file_say_the_form_was_a_2022_one()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.TestFile("code-2022-form.txt"), "--output", output);

        Assert.Equal(0, exit);
        Assert.StartsWith("Imported 5 of 72 provisions: 4 Yes, 1 No, 0 unanswered, from a form against the 2022 Code: review every answer against the 2024 Code", stdout, StringComparison.Ordinal);
        Assert.Contains("The form is against the 2022 edition of the Code", stdout, StringComparison.Ordinal);
        Assert.Contains("  line 22: 2022 5.12 -> 6.13 (100% alike)", stdout, StringComparison.Ordinal);
        Assert.Contains("2022 rows with no 2024 counterpart, not imported (1):", stdout, StringComparison.Ordinal);
        Assert.Contains("  line 31: 2022 5.3 ", stdout, StringComparison.Ordinal);

        var yaml = File.ReadAllText(output);
        Assert.Contains("# The form was against the 2022 edition of the Code", yaml, StringComparison.Ordinal);
        Assert.Contains("  # From the 2022 Code's 5.12 (line 22), placed by its requirement text: review against this provision's requirement.\n  \"6.13\":", yaml, StringComparison.Ordinal);
        ImportFixture.AssertRoundTrips(ImportFixture.Import(ImportFixture.TestFile("code-2022-form.txt")), ImportFixture.Parse(output));
    }

    [Fact]
    public void A_2024_row_whose_number_and_text_disagree_is_placed_by_its_text_and_reported()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("misnumbered.txt"));

        Assert.Equal(new[] { "6.2", "6.3", "6.4", "6.14", "6.15" }, result.Provisions.Select(p => p.Id));
        Assert.Equal(PolicyComply.No, ImportFixture.Provision(result, "6.3").Answer.Value);
        Assert.Equal(MatchedBy.Text, ImportFixture.Provision(result, "6.3").By);
        Assert.Equal(PolicyComply.Yes, ImportFixture.Provision(result, "6.4").Answer.Value);
        Assert.Equal(MatchedBy.Number, ImportFixture.Provision(result, "6.4").By);
        Assert.Equal("Stage 2 responses within 20 working days.", ImportFixture.Provision(result, "6.14").Commentary);
        Assert.DoesNotContain(result.Provisions, p => p.Id == "6.13");
        Assert.Empty(result.Duplicates);
        Assert.Contains("line 5: the row numbered 6.4 has the requirement text of 6.3; imported as 6.3, by its text. Check the number in the form", result.Notes);
        Assert.Contains("line 7: the row numbered 6.13 has the requirement text of 6.14; imported as 6.14, by its text. Check the number in the form", result.Notes);
    }

    public void Dispose() => _fixture.Dispose();
}
