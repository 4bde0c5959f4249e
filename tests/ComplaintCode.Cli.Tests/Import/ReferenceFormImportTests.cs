using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>The real published self-assessment (tab-separated, header repeated on every page).</summary>
public sealed class ReferenceFormImportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    [Fact]
    public void Every_provision_of_the_reference_form_is_imported_as_yes()
    {
        var result = ImportFixture.Import(ImportFixture.ReferenceForm);

        Assert.Equal(CodeCatalog.Instance.Provisions.Select(p => p.Id), result.Provisions.Select(p => p.Id));
        Assert.All(result.Provisions, p => Assert.Equal(PolicyComply.Yes, p.Answer.Value));
        Assert.Empty(result.Missing);
        Assert.Empty(result.Unmatched);
        Assert.Empty(result.Duplicates);
        Assert.Equal("Imported 72 of 72 provisions: 72 Yes, 0 No, 0 unanswered", ImportCommand.Summary(result));
    }

    [Fact]
    public void Evidence_and_commentary_are_kept_as_the_landlord_wrote_them()
    {
        var result = ImportFixture.Import(ImportFixture.ReferenceForm);

        var definition = ImportFixture.Provision(result, "1.2");
        Assert.Equal(new[] { "Customer Feedback and Complaints Policy" }, definition.Evidence);
        Assert.Equal("This is the definition within the Customer Feedback and Complaints Policy (policy). (Paragraph 3.1)", definition.Commentary);

        // Typography in the landlord's text stays: the en dashes are theirs.
        var survey = ImportFixture.Provision(result, "1.6");
        Assert.Equal(
            new[] { "Customer Feedback and Complaints Policy \u2013 Section 4 Give a compliment, leave feedback or make a complaint \u2013 Melton Borough Council" },
            survey.Evidence);

        // Commentary that mentions another provision ("6.3 also sets out…") is not taken for a merged row.
        var remedies = ImportFixture.Provision(result, "6.15");
        Assert.Equal(
            "Our process and timescales for stage 2 complaints is set out in table at section 6.1 of the Policy. 6.3 also sets out our extension process and that this would not normally exceed another 10 working days",
            remedies.Commentary);
    }

    [Fact]
    public void An_empty_evidence_cell_beside_a_yes_is_still_yes()
    {
        var result = ImportFixture.Import(ImportFixture.ReferenceForm);

        var access = ImportFixture.Provision(result, "4.2");
        Assert.Equal(PolicyComply.Yes, access.Answer.Value);
        Assert.Empty(access.Evidence);
        Assert.Equal(
            "The complaints process ensures access to staff at all levels to prompt fair and timely resolution to complaints. Weekly update to Senior Leadership Team on any outstanding complaints.",
            access.Commentary);
        Assert.Empty(ImportFixture.Provision(result, "8.5").Evidence);
    }

    [Fact]
    public void The_policy_file_written_for_the_reference_form_parses_without_issues_and_round_trips()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, stderr) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", output, "--landlord", "Melton Borough Council");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("Imported 72 of 72 provisions: 72 Yes, 0 No, 0 unanswered", stdout, StringComparison.Ordinal);
        var policy = ImportFixture.Parse(output);
        Assert.Empty(policy.Issues);
        Assert.Equal("Melton Borough Council", policy.Landlord);
        ImportFixture.AssertRoundTrips(ImportFixture.Import(ImportFixture.ReferenceForm), policy);
    }

    [Fact]
    public void The_json_assessment_has_every_provision_with_its_answer()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");
        var json = _fixture.PathOf("assessment.json");

        var (exit, _, _) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", output, "--json", json, "--landlord", "Melton Borough Council");

        Assert.Equal(0, exit);
        var assessment = AssessmentJson.Deserialize(File.ReadAllText(json));
        Assert.Equal(72, assessment.Provisions.Count);
        Assert.All(assessment.Provisions, p => Assert.Equal(Comply.Yes, p.Comply));
        Assert.Equal(72, assessment.Summary.Yes);
        Assert.Equal("Melton Borough Council", assessment.Landlord?.Name);

        var definition = assessment.Provisions.Single(p => p.Id == "1.2");
        Assert.Equal(new[] { new Evidence("document", "Customer Feedback and Complaints Policy") }, definition.Evidence);
        Assert.Equal("This is the definition within the Customer Feedback and Complaints Policy (policy). (Paragraph 3.1)", definition.Commentary);
        Assert.Empty(assessment.Provisions.Single(p => p.Id == "4.2").Evidence);
    }

    [Fact]
    public void The_reference_form_with_its_columns_lost_is_still_read_by_the_codes_words()
    {
        // A PDF copied as plain text: the tabs between columns become spaces.
        var text = File.ReadAllText(ImportFixture.ReferenceForm).Replace('\t', ' ');

        var result = ProvisionMatcher.Match(PublishedFormReader.Read(text).Rows);

        Assert.Equal(72, result.Provisions.Count);
        Assert.All(result.Provisions, p => Assert.Equal(PolicyComply.Yes, p.Answer.Value));
        Assert.All(result.Provisions, p => Assert.Equal(CodeCatalog.Instance.Get(p.Id).Requirement, p.Row.Requirement));

        // Evidence and commentary cannot be told apart without columns: both are kept, as commentary.
        Assert.Equal(
            "Customer Feedback and Complaints Policy This is the definition within the Customer Feedback and Complaints Policy (policy). (Paragraph 3.1)",
            ImportFixture.Provision(result, "1.2").Commentary);
    }

    [Fact]
    public void Importing_the_same_form_twice_writes_the_same_bytes()
    {
        var first = _fixture.PathOf("first.yaml");
        var second = _fixture.PathOf("second.yaml");

        ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", first);
        ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(first));
    }

    public void Dispose() => _fixture.Dispose();
}
