using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>The command line: outputs, refusing to overwrite, exit codes and the report.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    [Fact]
    public void An_existing_output_is_not_overwritten_without_force()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");
        File.WriteAllText(output, "# the landlord's own file\n");

        var (exit, stdout, stderr) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", output);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.Equal("# the landlord's own file\n", File.ReadAllText(output));
    }

    [Fact]
    public void An_existing_json_output_is_not_overwritten_and_nothing_is_written()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");
        var json = _fixture.PathOf("assessment.json");
        File.WriteAllText(json, "{}");

        var (exit, _, _) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", output, "--json", json);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output));
        Assert.Equal("{}", File.ReadAllText(json));
    }

    [Fact]
    public void Force_replaces_an_existing_output()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");
        File.WriteAllText(output, "# old\n");

        var (exit, _, _) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--force", "--output", output);

        Assert.Equal(0, exit);
        Assert.Equal(72, ImportFixture.Parse(output).Provisions.Count);
    }

    [Fact]
    public void The_form_itself_is_never_the_output()
    {
        var form = _fixture.PathOf("form.txt");
        File.Copy(ImportFixture.ReferenceForm, form);

        var (exit, _, stderr) = ImportFixture.Run("import", form, "--output", form, "--force");

        Assert.Equal(2, exit);
        Assert.Contains("is the file being imported", stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(ImportFixture.ReferenceForm), File.ReadAllBytes(form));
    }

    [Fact]
    public void A_file_with_no_rows_fails_and_writes_nothing()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, _, stderr) = ImportFixture.Run("import", ImportFixture.TestFile("no-rows.txt"), "--output", output);

        Assert.Equal(1, exit);
        Assert.Contains("nothing was written", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_missing_input_file_fails()
    {
        var (exit, _, stderr) = ImportFixture.Run("import", _fixture.PathOf("absent.txt"), "--output", _fixture.PathOf("out.yaml"));

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import --output out.yaml")]
    [InlineData("import form.txt")]
    [InlineData("import a.txt b.txt --output out.yaml")]
    [InlineData("import form.txt --output out.yaml --colour red")]
    public void A_command_line_it_cannot_act_on_is_a_usage_error(string commandLine)
    {
        var (exit, _, stderr) = ImportFixture.Run(commandLine.Split(' '));

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_what_was_not_imported_and_what_needs_a_date()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.TestFile("missing-numbers.txt"), "--output", output);

        Assert.Equal(0, exit);
        Assert.StartsWith("Imported 6 of 72 provisions: 6 Yes, 0 No, 0 unanswered", stdout, StringComparison.Ordinal);
        Assert.Contains("Not found in the form (66), left out of the policy file: 1.2, 1.3,", stdout, StringComparison.Ordinal);
        Assert.Contains("line 16: \"Landlords must publish a summary of complaints in the annual report.\"", stdout, StringComparison.Ordinal);
        Assert.Contains("line 17: 6.16 again (imported from line 13)", stdout, StringComparison.Ordinal);
        Assert.Contains("line 7: a row without a provision number was matched to 6.6 by its requirement text", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_asks_for_the_dates_of_provisions_answered_no()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (_, stdout, _) = ImportFixture.Run("import", ImportFixture.TestFile("pipe-table.md"), "--output", output);

        Assert.Contains("Answered No without a date (2): 6.4, 6.6.", stdout, StringComparison.Ordinal);
        Assert.Contains("complyBy", stdout, StringComparison.Ordinal);
        Assert.Contains("6.4: \"Partially\" imported as No", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_assessment_gives_blank_answers_no_credit()
    {
        var output = _fixture.PathOf("complaint-policy.yaml");
        var json = _fixture.PathOf("assessment.json");

        var (exit, _, _) = ImportFixture.Run("import", ImportFixture.TestFile("blank-answers.txt"), "--output", output, "--json", json);

        Assert.Equal(0, exit);
        var assessment = AssessmentJson.Deserialize(File.ReadAllText(json));
        Assert.Equal(72, assessment.Provisions.Count);
        string Status(string id) => assessment.Provisions.Single(p => p.Id == id).Comply;
        Assert.Equal(Comply.NotEvidenced, Status("3.1"));
        Assert.Equal(Comply.NotEvidenced, Status("3.3"));
        Assert.Equal(Comply.Yes, Status("3.5"));
        Assert.Equal(Comply.No, Status("3.7"));
        Assert.Equal(Comply.NotEvidenced, Status("1.2"));
        Assert.Empty(assessment.Provisions.Single(p => p.Id == "3.1").Evidence);
        Assert.Equal(2, assessment.Summary.Yes);
        Assert.Equal(1, assessment.Summary.No);
        Assert.Equal(69, assessment.Summary.NotEvidenced);
    }

    [Fact]
    public void A_windows_1252_export_is_read_without_losing_its_curly_quotes()
    {
        var form = _fixture.PathOf("form-1252.txt");
        var header = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n";
        var row = "6.3\tLandlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.\tYes\tThe landlord\u2019s policy \u2013 section 6\tDone.\n";
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(form, System.Text.Encoding.GetEncoding(1252).GetBytes(header + row));
        var output = _fixture.PathOf("complaint-policy.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", form, "--output", output);

        Assert.Equal(0, exit);
        Assert.Contains("windows-1252", stdout, StringComparison.Ordinal);
        var policy = ImportFixture.Parse(output);
        Assert.Empty(policy.Issues);
        Assert.Equal("The landlord\u2019s policy \u2013 section 6", policy.Provisions[0].Evidence[0].Description);
    }

    public void Dispose() => _fixture.Dispose();
}
