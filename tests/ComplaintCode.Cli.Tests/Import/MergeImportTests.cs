using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary><c>import --merge</c>: the form's answers go into an existing policy file and nothing else in it changes.</summary>
public sealed class MergeImportTests : IDisposable
{
    private const string Header = "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n";

    private const string Row63 = "6.3\tLandlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.";

    private const string Row65 = "6.5\tWhen an organisation informs a resident about an extension to these timescales, they must be provided with the contact details of the Ombudsman.";

    private const string Row64 = "6.4\tLandlords must decide whether an extension to this timescale is needed when considering the complexity of the complaint and then inform the resident of the expected timescale for response. Any extension must be no more than 10 working days without good reason, and the reason(s) must be clearly explained to the resident.";

    private const string ExistingPolicy = """
        # Riverside Homes: the policy the complaints team keeps.
        landlord: "Riverside Homes"   # as registered with the Regulator
        assessmentDate: 2025-03-31

        timescales:
          stage1ResponseWorkingDays: 8   # stricter than the Code

        closureDays:
          - 2026-12-24
          - 2026-12-31

        provisions:
          # Section 1: written by the complaints officer
          "1.2":
            comply: yes
            evidence:
              - document: "Complaints policy"
                section: "3"
            commentary: "Definition in policy section 3"

          # Section 6
          "6.3":
            comply: no
            # the new case system goes live in the spring
            complyBy: 2027-04-30
            commentary: "Stage 1 responses run late"
          "6.4":
            comply: no
            complyBy: 2027-06-30
          "6.5":
            comply: yes
            evidence:
              - "Extension letter template"

        """;

    private readonly ImportFixture _fixture = new();

    private string WriteForm(string text, string name = "form.txt")
    {
        var path = _fixture.PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WritePolicy(string text)
    {
        var path = _fixture.PathOf("complaint-policy.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Merge_keeps_landlord_date_timescales_and_closure_days_replaces_the_answers_and_lists_the_changes()
    {
        var form = WriteForm(Header
            + Row63 + "\tYes\tCase system report\tNow on time\n"
            + Row64 + "\tNo\t\tExtensions are not always explained\n"
            + Row65 + "\tYes\tExtension letter template\t\n");
        var policyPath = WritePolicy(ExistingPolicy);

        var (exit, stdout, stderr) = ImportFixture.Run("import", form, "--output", policyPath, "--merge");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var merged = File.ReadAllText(policyPath);
        var policy = ImportFixture.Parse(policyPath);
        Assert.Empty(policy.Issues);
        Assert.Equal("Riverside Homes", policy.Landlord);
        Assert.Equal("2025-03-31", policy.AssessmentDate);
        Assert.Equal(new[] { ("Stage1ResponseWorkingDays", 8) }, policy.Timescales.Select(t => (t.Constant, t.Value)));
        Assert.Equal(new[] { "2026-12-24", "2026-12-31" }, policy.ClosureDays);

        // The user's lines and comments, byte for byte, outside the entries the form changed.
        foreach (var line in new[]
        {
            "landlord: \"Riverside Homes\"   # as registered with the Regulator",
            "  stage1ResponseWorkingDays: 8   # stricter than the Code",
            "  # Section 1: written by the complaints officer",
            "  \"1.2\":\n    comply: yes\n    evidence:\n      - document: \"Complaints policy\"\n        section: \"3\"\n    commentary: \"Definition in policy section 3\"\n",
            "    # the new case system goes live in the spring",
        })
        {
            Assert.Contains(line, merged, StringComparison.Ordinal);
        }

        PolicyProvision Entry(string id) => policy.Provisions.Single(p => p.Id == id);
        Assert.Equal(PolicyComply.Yes, Entry("6.3").Comply);
        Assert.Equal("Now on time", Entry("6.3").Commentary);
        Assert.Null(Entry("6.3").ComplyBy);
        Assert.Equal(PolicyComply.No, Entry("6.4").Comply);
        Assert.Equal("2027-06-30", Entry("6.4").ComplyBy);
        Assert.Equal("Extensions are not always explained", Entry("6.4").Commentary);
        Assert.Equal(PolicyComply.Yes, Entry("1.2").Comply);

        Assert.Contains("2 answers changed, 0 added, 1 unchanged, 1 entries the form does not answer kept", stdout, StringComparison.Ordinal);
        Assert.Contains("  6.3: comply no -> yes; evidence; commentary; complyBy 2027-04-30 -> (none)", stdout, StringComparison.Ordinal);
        Assert.Contains("  6.4: commentary", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("  6.5:", stdout, StringComparison.Ordinal);
        Assert.Contains("assessmentDate", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_the_form_answers_the_same_way_is_left_byte_for_byte()
    {
        var form = WriteForm(Header + Row65 + "\tYes\tExtension letter template\t\n");
        var policyPath = WritePolicy(ExistingPolicy);

        var (exit, stdout, _) = ImportFixture.Run("import", form, "--output", policyPath, "--merge");

        Assert.Equal(0, exit);
        Assert.Equal(ExistingPolicy, File.ReadAllText(policyPath));
        Assert.Contains("0 answers changed, 0 added, 1 unchanged", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provision_the_file_lacks_is_added_in_the_codes_order()
    {
        var form = WriteForm(Header + "6.2\tComplaints must be acknowledged, defined and logged at stage 1 of the complaints procedure within five working days of the complaint being received.\tYes\tLog\tLogged on receipt\n");
        var policyPath = WritePolicy(ExistingPolicy);

        var (exit, stdout, _) = ImportFixture.Run("import", form, "--output", policyPath, "--merge");

        Assert.Equal(0, exit);
        var policy = ImportFixture.Parse(policyPath);
        Assert.Empty(policy.Issues);
        Assert.Equal(new[] { "1.2", "6.2", "6.3", "6.4", "6.5" }, policy.Provisions.Select(p => p.Id));
        Assert.Contains("  6.2: added", stdout, StringComparison.Ordinal);

        // After 1.2's entry, before the comment that heads section 6.
        var text = File.ReadAllText(policyPath);
        Assert.True(text.IndexOf("\"6.2\":", StringComparison.Ordinal) < text.IndexOf("# Section 6", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reference_form_merged_into_a_kept_policy_keeps_the_four_keys_and_replaces_every_answer()
    {
        var policyPath = WritePolicy(ExistingPolicy);

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", policyPath, "--merge");

        Assert.Equal(0, exit);
        var policy = ImportFixture.Parse(policyPath);
        Assert.Empty(policy.Issues);
        Assert.Equal(72, policy.Provisions.Count);
        Assert.All(policy.Provisions, p => Assert.Equal(PolicyComply.Yes, p.Comply));
        Assert.Equal("Riverside Homes", policy.Landlord);
        Assert.Equal("2025-03-31", policy.AssessmentDate);
        Assert.Single(policy.Timescales);
        Assert.Equal(2, policy.ClosureDays.Count);
        Assert.Contains("68 added", stdout, StringComparison.Ordinal);
        Assert.Contains("assessmentDate 2025-03-31 kept; the form's line 3 gives 2024-06-30.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_merge_or_force_an_existing_file_is_refused_and_left_alone()
    {
        var form = WriteForm(Header + Row63 + "\tYes\t\t\n");
        var policyPath = WritePolicy(ExistingPolicy);

        var (exit, _, stderr) = ImportFixture.Run("import", form, "--output", policyPath);

        Assert.Equal(1, exit);
        Assert.Contains("Pass --merge", stderr, StringComparison.Ordinal);
        Assert.Equal(ExistingPolicy, File.ReadAllText(policyPath));
    }

    [Theory]
    [InlineData("provisions: { \"6.3\": { comply: yes } }\n", "not a map written one entry per line")]
    [InlineData("landlord: &name \"Riverside\"\nprovisions:\n  \"6.3\":\n    commentary: *name\n", "anchors or aliases")]
    [InlineData("provisions:\n  \"6.3\":\n    comply: perhaps\n", "'comply' for provision 6.3 must be yes, no or unanswered")]
    public void A_file_the_merge_cannot_edit_safely_is_refused_and_left_alone(string existing, string reason)
    {
        var form = WriteForm(Header + Row63 + "\tYes\t\t\n");
        var policyPath = WritePolicy(existing);

        var (exit, _, stderr) = ImportFixture.Run("import", form, "--output", policyPath, "--merge");

        Assert.Equal(1, exit);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.Equal(existing, File.ReadAllText(policyPath));
    }

    [Fact]
    public void A_file_with_windows_line_endings_keeps_them()
    {
        var form = WriteForm(Header + Row63 + "\tYes\t\tDone\n");
        var policyPath = WritePolicy(ExistingPolicy.Replace("\n", "\r\n"));

        var (exit, _, _) = ImportFixture.Run("import", form, "--output", policyPath, "--merge");

        Assert.Equal(0, exit);
        var merged = File.ReadAllText(policyPath);
        Assert.DoesNotContain("\n", merged.Replace("\r\n", ""), StringComparison.Ordinal);
        Assert.Equal("Done", ImportFixture.Parse(policyPath).Provisions.Single(p => p.Id == "6.3").Commentary);
    }

    [Fact]
    public void An_empty_provisions_map_and_a_missing_landlord_are_filled_from_the_form()
    {
        var form = WriteForm("Melton Borough Council Complaints Self-Assessment June 2024\n\n" + Header + Row63 + "\tYes\t\tDone\n");
        var policyPath = WritePolicy("# kept\nclosureDays:\n  - 2026-12-24\nprovisions: {}\n");

        var (exit, stdout, _) = ImportFixture.Run("import", form, "--output", policyPath, "--merge");

        Assert.Equal(0, exit);
        var policy = ImportFixture.Parse(policyPath);
        Assert.Empty(policy.Issues);
        Assert.Equal("Melton Borough Council", policy.Landlord);
        Assert.Equal("2024-06-30", policy.AssessmentDate);
        Assert.Equal(new[] { "2026-12-24" }, policy.ClosureDays);
        Assert.Equal("6.3", Assert.Single(policy.Provisions).Id);
        Assert.StartsWith("# kept\n", File.ReadAllText(policyPath), StringComparison.Ordinal);
        Assert.Contains("landlord \"Melton Borough Council\" added, from line 1 of the form.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Landlord_given_on_the_command_line_replaces_the_files()
    {
        var form = WriteForm(Header + Row65 + "\tYes\tExtension letter template\t\n");
        var policyPath = WritePolicy(ExistingPolicy);

        var (exit, stdout, _) = ImportFixture.Run("import", form, "--output", policyPath, "--merge", "--landlord", "Riverside Homes Group");

        Assert.Equal(0, exit);
        Assert.Equal("Riverside Homes Group", ImportFixture.Parse(policyPath).Landlord);
        Assert.Contains("replaced by \"Riverside Homes Group\", from --landlord", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Complaints Self-Assessment June 2024", "2024-06-30", null)]
    [InlineData("Melton Borough Council Complaints Self-Assessment June 2024", "2024-06-30", "Melton Borough Council")]
    [InlineData("Annual Complaints Self-Assessment February 2024", "2024-02-29", null)]
    [InlineData("Landlord: Riverside Homes\nSelf-assessment against the Complaint Handling Code, 31 March 2025", "2025-03-31", "Riverside Homes")]
    [InlineData("Self-assessment June 2024, reviewed July 2024", null, null)]
    [InlineData("", null, null)]
    public void The_forms_title_gives_the_date_and_the_landlord(string opening, string? date, string? landlord)
    {
        var text = opening + "\n\n" + Header + Row63 + "\tYes\t\t\n";

        var heading = FormHeading.Read(text, PublishedFormReader.Read(text));

        Assert.Equal(date, heading.AssessmentDate?.Value);
        Assert.Equal(landlord, heading.Landlord?.Value);
    }

    [Fact]
    public void A_fresh_import_writes_the_date_from_the_title_and_says_where_it_came_from()
    {
        var output = _fixture.PathOf("fresh.yaml");

        var (exit, stdout, _) = ImportFixture.Run("import", ImportFixture.ReferenceForm, "--output", output, "--landlord", "Melton Borough Council");

        Assert.Equal(0, exit);
        var policy = ImportFixture.Parse(output);
        Assert.Equal("2024-06-30", policy.AssessmentDate);
        Assert.Equal("Melton Borough Council", policy.Landlord);
        Assert.Contains("assessmentDate 2024-06-30 from line 3 of the form: \"Complaints Self-Assessment June 2024\".", stdout, StringComparison.Ordinal);
        Assert.Contains("Landlord \"Melton Borough Council\" from --landlord.", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _fixture.Dispose();
}
