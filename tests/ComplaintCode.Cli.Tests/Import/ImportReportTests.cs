using System.Text.Json.Nodes;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>What a person checks the import by: a line per section, dates read from the commentary, source lines.</summary>
public sealed class ImportReportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    [Fact]
    public void The_report_ends_with_one_line_per_section()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.TestFile("merged-one-number.txt"), "--output", output);

        Assert.Equal(0, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        var sections = lines.Where(l => l.StartsWith("Section ", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, sections.Count);
        Assert.Equal("Section 1, Definition of a complaint: 0 of 5 rows found, 0 Yes, 0 No, 0 unanswered, 0 merged, 0 matched by text", sections[0]);
        Assert.Equal("Section 6, Complaint stages: 9 of 20 rows found, 6 Yes, 1 No, 2 unanswered, 6 merged, 0 matched by text", sections[5]);
        Assert.Equal(sections, lines.Skip(lines.Length - 10).Take(9));
    }

    [Fact]
    public void Section_lines_count_rows_matched_by_text()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("misnumbered.txt"));

        var line = ImportCommand.SectionLines(result).ElementAt(5);

        Assert.Equal("Section 6, Complaint stages: 5 of 20 rows found, 4 Yes, 1 No, 0 unanswered, 0 merged, 2 matched by text", line);
    }

    [Fact]
    public void Section_lines_of_the_reference_form_add_up_to_the_whole_form()
    {
        var result = ImportFixture.Import(ImportFixture.ReferenceForm);

        var found = ImportCommand.SectionLines(result)
            .Sum(l => int.Parse(System.Text.RegularExpressions.Regex.Match(l, @": ([0-9]+) of [0-9]+ rows found").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(result.Provisions.Count, found);
    }

    [Theory]
    [InlineData("We will train front line staff by March 2025.", "2025-03-31", "by March 2025")]
    [InlineData("To be in place by the end of February 2028", "2028-02-29", "by the end of February 2028")]
    [InlineData("The MRC will be appointed by 1st September 2025 at the AGM.", "2025-09-01", "by 1st September 2025")]
    [InlineData("Due by 31/03/2026.", "2026-03-31", "by 31/03/2026")]
    [InlineData("Due by 2026-03-31.", "2026-03-31", "by 2026-03-31")]
    [InlineData("By March 2025 at the latest; review by March 2025.", "2025-03-31", "By March 2025")]
    public void A_date_the_commentary_gives_is_read(string commentary, string date, string text)
    {
        var found = ComplyByDate.Find(commentary);

        Assert.NotNull(found);
        Assert.Equal(date, found.Date);
        Assert.Equal(text, found.Text);
    }

    [Theory]
    [InlineData("Approved by 3 May 2024 and reviewed by March 2025.")]
    [InlineData("Policy approved on 3 May 2024.")]
    [InlineData("We aim to comply by March.")]
    [InlineData("Due by 31/02/2026.")]
    [InlineData("Due by 12/13/2026.")]
    [InlineData("")]
    public void No_date_or_two_different_dates_give_no_comply_by(string commentary)
        => Assert.Null(ComplyByDate.Find(commentary));

    [Fact]
    public void A_no_with_a_date_in_its_commentary_is_written_with_that_date_and_reported()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.TestFile("web-page.txt"), "--output", output);

        Assert.Equal(0, exit);
        Assert.Contains("  1.5: complyBy 2025-03-31, from \"by March 2025\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Answered No without a date", stdout, StringComparison.Ordinal);
        var policy = ImportFixture.Parse(output);
        Assert.Empty(policy.Issues);
        Assert.Equal("2025-03-31", policy.Provisions.Single(p => p.Id == "1.5").ComplyBy);
        Assert.Contains("    # From the form's commentary, \"by March 2025\": check it is the date meant.\n    complyBy: 2025-03-31\n", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_never_takes_a_date_from_its_commentary()
    {
        var result = ImportFixture.Import(ImportFixture.TestFile("web-page.txt"));

        Assert.All(result.Provisions.Where(p => p.Answer.Value != PolicyComply.No), p => Assert.Null(p.ComplyBy));
    }

    [Fact]
    public void The_json_assessment_marks_each_imported_answer_with_its_source_line()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");
        var json = _fixture.PathOf("assessment.json");

        var (exit, _, _) = ImportFixture.Run("import", ImportFixture.TestFile("web-page.txt"), "--output", output, "--json", json);

        Assert.Equal(0, exit);
        var text = File.ReadAllText(json);
        Assert.Empty(Schema.AssessmentSchemaErrors(text));
        var provisions = JsonNode.Parse(text)!["provisions"]!.AsArray().Select(p => p!.AsObject()).ToList();
        int? Line(string id) => (int?)provisions.Single(p => (string?)p["id"] == id)["sourceLine"];
        Assert.Equal(19, Line("1.2"));
        Assert.Equal(39, Line("1.5"));
        Assert.Equal(45, Line("1.6"));
        Assert.Null(Line("6.3"));
        Assert.False(provisions.Single(p => (string?)p["id"] == "6.3").ContainsKey("sourceLine"));

        var assessment = AssessmentJson.Deserialize(text);
        Assert.Equal(Comply.No, assessment.Provisions.Single(p => p.Id == "1.5").Comply);
        Assert.Equal("2025-03-31", assessment.Provisions.Single(p => p.Id == "1.5").ComplyBy);
        Assert.Equal(Comply.NotEvidenced, assessment.Provisions.Single(p => p.Id == "1.6").Comply);
    }

    public void Dispose() => _fixture.Dispose();

    private static class Schema
    {
        public static string[] AssessmentSchemaErrors(string json) => ComplaintCode.Tests.Shared.AssessmentSchema.Errors(json);
    }
}
