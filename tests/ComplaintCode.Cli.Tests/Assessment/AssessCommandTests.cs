using System.Text.Json;

namespace ComplaintCode.Cli.Tests.Assessment;

/// <summary>The build step's decisions, from a findings file and a policy file written by the test.</summary>
public sealed class AssessCommandTests : IDisposable
{
    private const string Unevidenced94 = "Provision 9.4 has no evidence: nothing carries [Implements(\"9.4\")] and the policy file gives none.";

    private readonly string _project = Directory.CreateTempSubdirectory("complaintcode-assess-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    [Fact]
    public void ProvisionTheAnalyzersReportUnevidenced_IsNotEvidenced_EvenWithEvidenceInTheFile()
    {
        WriteFindings(
            findings: new[] { Finding("CHC0001", "warning", "Provision 6.3 has no evidence: nothing carries [Implements(\"6.3\")] and the policy file gives none.", null, null, provisions: new[] { "6.3" }) },
            evidence: new[] { Evidence(new[] { "6.3" }, "Riverside.Complaints.Workflow", "Workflow.cs", 1) });

        var provision = Provision(Assess(), "6.3");

        Assert.Equal("NotEvidenced", provision.GetProperty("comply").GetString());
        Assert.Equal(0, provision.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void BreachLoweredToASuggestion_StillMakesTheProvisionNo()
    {
        WriteFindings(
            findings: new[] { Finding("CHC0201", "note", "'Days' of 15 working days exceeds the Code's maximum of 10 (provision 6.3)", "Workflow.cs", 1, provisions: new[] { "6.3" }) },
            evidence: new[] { Evidence(new[] { "6.3" }, "Riverside.Complaints.Workflow", "Workflow.cs", 1) });

        var provision = Provision(Assess(), "6.3");

        Assert.Equal("No", provision.GetProperty("comply").GetString());
        var finding = provision.GetProperty("findings")[0];
        Assert.Equal(("CHC0201", "Workflow.cs", 1), (finding.GetProperty("id").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void EvidenceFromTheFindingsFile_IsListedWithItsPathRelativeToTheProject()
    {
        WriteFindings(
            findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) },
            evidence: new[]
            {
                Evidence(new[] { "6.3", "6.5" }, "Riverside.Complaints.Workflow.Stage1Deadline", "Workflow/Deadlines.cs", 4, "Stage 1 answered within 10 working days", "Counted by the calendar."),
            });

        using var document = Assess();

        foreach (var id in new[] { "6.3", "6.5" })
        {
            var provision = Provision(document, id);
            Assert.Equal("Yes", provision.GetProperty("comply").GetString());
            Assert.Equal("Counted by the calendar.", provision.GetProperty("commentary").GetString());
            var evidence = Assert.Single(provision.GetProperty("evidence").EnumerateArray());
            Assert.Equal(
                ("code", "Riverside.Complaints.Workflow.Stage1Deadline", "Workflow/Deadlines.cs", 4, "Stage 1 answered within 10 working days"),
                (evidence.GetProperty("kind").GetString(), evidence.GetProperty("symbol").GetString(), evidence.GetProperty("file").GetString(), evidence.GetProperty("line").GetInt32(), evidence.GetProperty("description").GetString()));
        }

        Assert.Equal("NotEvidenced", Provision(document, "9.4").GetProperty("comply").GetString());
    }

    [Fact]
    public void EvidenceWithoutADescription_IsDescribedByItsSymbol()
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "1.2" }, "assembly", "Properties/AssemblyInfo.cs", 3) });

        var evidence = Provision(Assess(), "1.2").GetProperty("evidence")[0];

        Assert.Equal(("assembly", "assembly"), (evidence.GetProperty("description").GetString(), evidence.GetProperty("symbol").GetString()));
    }

    [Fact]
    public void EvidenceForAProvisionTheCodeDoesNotHave_IsLeftOut_AndTheRestIsListed()
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "6.99", "6.3", "6.3" }, "Riverside.Complaints.Workflow", "Workflow.cs", 1) });

        using var document = Assess();

        Assert.Single(Provision(document, "6.3").GetProperty("evidence").EnumerateArray());
        Assert.DoesNotContain("6.99", document.RootElement.GetRawText());
    }

    [Fact]
    public void ProjectsThatDidNotCompile_MarkTheEarlierAssessmentNotCurrent_InAllThreeFiles()
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "6.3" }, "Riverside.Complaints.Workflow", "Workflow.cs", 1) });
        using (var current = Assess())
        {
            Assert.True(current.RootElement.GetProperty("current").GetBoolean());
            Assert.Equal(JsonValueKind.Null, current.RootElement.GetProperty("notCompiled").ValueKind);
        }

        var (exit, output) = Run("--not-compiled", "Harbour.Workflow", "--not-reached", "Harbour.Api");

        Assert.Equal(0, exit);
        Assert.Contains("ComplaintCode: self-assessment not updated: Harbour.Workflow did not compile (Harbour.Api, which depends on it, was not compiled either), so this build could not judge the system against the Code.", output);
        using var document = JsonDocument.Parse(File.ReadAllText(OutputPath));
        Assert.False(document.RootElement.GetProperty("current").GetBoolean());
        Assert.Equal(new[] { "Harbour.Workflow" }, document.RootElement.GetProperty("notCompiled").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(ComplaintCode.Tests.Shared.AssessmentSchema.Errors(File.ReadAllText(OutputPath)));
        // The earlier answers stay, for what they were.
        Assert.Equal("Yes", Provision(document, "6.3").GetProperty("comply").GetString());
        var notice = "Not current. A later build of this system could not judge it against the Code: Harbour.Workflow did not compile.";
        Assert.Contains(notice, File.ReadAllText(Path.ChangeExtension(OutputPath, ".html")));
        Assert.StartsWith("> **" + notice, File.ReadAllText(Path.ChangeExtension(OutputPath, ".md")));
    }

    [Fact]
    public void NoFindingsThisBuild_MarkTheEarlierAssessmentNotCurrent()
    {
        WriteFindings(evidence: new[] { Evidence(new[] { "6.3" }, "Riverside.Complaints.Workflow", "Workflow.cs", 1) });
        Assess();
        File.Delete(FindingsPath);

        var (exit, output) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("self-assessment not written: the analyzers wrote no findings", output);
        Assert.Contains("is an earlier build's, and now says so (\"current\": false).", output);
        using var document = JsonDocument.Parse(File.ReadAllText(OutputPath));
        Assert.False(document.RootElement.GetProperty("current").GetBoolean());
    }

    [Fact]
    public void ProjectsThatDidNotCompile_WithNoEarlierAssessment_SaySoAndWriteNothing()
    {
        var (exit, output) = Run("--not-compiled", "Harbour.Domain;Harbour.Workflow");

        Assert.Equal(0, exit);
        Assert.Contains("Harbour.Domain and Harbour.Workflow did not compile, so this build could not judge the system against the Code. No assessment has been written yet.", output);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public void PlannedAndOverdueGaps_AreCountedApartInTheSummary_AndEachIsListedWithItsDate()
    {
        File.WriteAllText(Path.Combine(_project, "complaint-policy.yaml"), """
            provisions:
              "9.6":
                comply: no
                complyBy: 2027-03-31
              "9.7":
                comply: no
                complyBy: 2026-03-31
            """);
        WriteFindings();

        var (exit, output) = Run("--policy", "complaint-policy.yaml", "--today", "2026-12-05");

        Assert.Equal(0, exit);
        Assert.Contains("provisions met, 2 not met (1 planned, 1 overdue), ", output);
        Assert.Contains("ComplaintCode: planned: provision 9.6 is declared not met, to be met by 2027-03-31.", output);
        Assert.Contains("ComplaintCode: overdue: provision 9.7 was to be met by 2026-03-31, which has passed (CHC0004).", output);

        // The files never depend on the day: a day later, when 9.6's plan is overdue too, they are the same bytes.
        var json = File.ReadAllText(OutputPath);
        var (_, later) = Run("--policy", "complaint-policy.yaml", "--today", "2027-04-01");
        Assert.Contains("2 not met (2 overdue)", later);
        Assert.Equal(json, File.ReadAllText(OutputPath));
    }

    [Fact]
    public void MissingFindingsFile_WritesNothing()
    {
        var (exit, output) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("self-assessment not written: the analyzers wrote no findings (" + FindingsPath + ").", output);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public void NoFindingsOption_WritesNothing()
    {
        WriteFindings(findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) });
        var output = new StringWriter();

        var exit = CommandLine.Run(new[] { "assess", "--project-dir", _project, "--output", "bin/complaint-self-assessment.json", "--findings", "" }, output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("the analyzers wrote no findings", output.ToString());
        Assert.False(File.Exists(OutputPath));
    }

    [Theory]
    [InlineData("{ \"format\": \"complaintcode-findings/3\", \"findings\": [ { \"id\": \"CHC0001\"", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{ \"usesPackage\": true, \"findings\": [] }", "no \"format\"")]
    [InlineData("{ \"format\": \"complaintcode-findings/3\", \"findings\": {} }", "\"findings\" is not a list")]
    [InlineData("{ \"format\": \"complaintcode-findings/3\", \"findings\": [ { \"id\": \"CHC0001\", \"level\": \"warning\" } ] }", "no valid \"message\"")]
    [InlineData("{ \"format\": \"complaintcode-findings/3\", \"findings\": [ { \"id\": \"CHC0201\", \"level\": \"warning\", \"message\": \"m\", \"file\": \"a.cs\", \"line\": \"12\" } ] }", "no valid \"line\"")]
    [InlineData("{ \"format\": \"complaintcode-findings/3\", \"evidence\": [ { \"provisions\": \"6.3\", \"symbol\": \"S\" } ] }", "\"provisions\" is not a list")]
    [InlineData("{ \"format\": \"complaintcode-findings/3\", \"evidence\": [ 42 ] }", "entry in \"evidence\" is not an object")]
    public void MalformedFindingsFile_SaysWhatIsWrongAndWritesNothing(string contents, string reason)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FindingsPath)!);
        File.WriteAllText(FindingsPath, contents);
        AssertNotReadable(reason);
    }

    [Fact]
    public void FindingsFileThatIsNotUtf8_SaysSoAndWritesNothing()
    {
        WriteFindings(findings: new[] { Finding("CHC0201", "warning", "Stage 1 in 15 d\u00E4ys (provision 6.3)", null, null, provisions: new[] { "6.3" }) });
        var bytes = File.ReadAllBytes(FindingsPath);
        var at = bytes.AsSpan().IndexOf("d\\u00E4ys"u8);

        // A Latin-1 "ä" inside a string: the JSON is well formed, the text is not UTF-8.
        File.WriteAllBytes(FindingsPath, [.. bytes.AsSpan(0, at + 1), 0xE4, .. bytes.AsSpan(at + 1 + 6)]);

        AssertNotReadable("not UTF-8");
    }

    [Theory]
    [InlineData("complaintcode-findings/1")]
    [InlineData("complaintcode-findings/4.0")]
    [InlineData("complaintcode-findings/")]
    [InlineData("complaintcode-findings/x")]
    [InlineData("sarif/2.1")]
    public void FindingsFileOfAnUnknownFormat_IsNotRead(string format)
    {
        WriteFindings(findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) }, format: format);

        var (exit, output) = Run();

        Assert.Equal(0, exit);
        Assert.Contains($"{FindingsPath} is not a findings file the tool can read (its format is \"{format}\"", output);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public void NoPolicyFileSummary_MakesEachOfItsProvisionsNotEvidenced_AndIsNotListedAsAFinding()
    {
        // CHC0006: one diagnostic for a system without a policy file, with the provisions as data.
        var summary = Finding("CHC0006", "warning", "No evidence yet for 2 of the Code's 72 provisions (6.3, 9.4), and the system has no complaint-policy.yaml.", provisions: new[] { "6.3", "9.4" });
        WriteFindings(findings: new[] { summary }, evidence: new[] { Evidence(new[] { "6.3" }, "Deadlines.Stage1RespondBy", "Deadlines.cs", 3) });

        var (exit, _) = Run();

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(File.ReadAllText(OutputPath));
        Assert.Equal("NotEvidenced", Provision(document, "6.3").GetProperty("comply").GetString());
        Assert.Equal("NotEvidenced", Provision(document, "9.4").GetProperty("comply").GetString());
        Assert.Equal(0, Provision(document, "9.4").GetProperty("findings").GetArrayLength());
        Assert.False(document.RootElement.TryGetProperty("findings", out var general) && general.ValueKind == JsonValueKind.Array && general.GetArrayLength() > 0);
    }

    [Fact]
    public void FindingsFileOfANewerMinorVersionWithUnknownKeys_IsRead()
    {
        var finding = Finding("CHC0201", "warning", "'Days' of 15 working days exceeds the Code's maximum of 10 (provision 6.3)", "Workflow.cs", 1, provisions: new[] { "6.3" });
        finding["column"] = 17;
        finding["fix"] = new Dictionary<string, object?> { ["title"] = "Use 10" };
        WriteFindings(findings: new[] { finding }, format: "complaintcode-findings/3.3", extra: new Dictionary<string, object?> { ["compiler"] = "5.0" });

        var (exit, _) = Run();

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(File.ReadAllText(OutputPath));
        Assert.Equal("No", Provision(document, "6.3").GetProperty("comply").GetString());
    }

    [Fact]
    public void FindingsFileWithAByteOrderMark_IsRead()
    {
        WriteFindings(findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) });
        File.WriteAllBytes(FindingsPath, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(FindingsPath)]);

        Assert.Equal("NotEvidenced", Provision(Assess(), "9.4").GetProperty("comply").GetString());
    }

    [Fact]
    public void SystemThatUsesNothingOfThePackageYet_IsAssessed_WithEveryProvisionNotEvidenced()
    {
        // The build decides which project is the system; the tool assesses whatever it is asked to.
        WriteFindings(usesPackage: false);

        using var document = Assess();

        Assert.Equal(72, document.RootElement.GetProperty("summary").GetProperty("notEvidenced").GetInt32());
    }

    [Fact]
    public void DuplicatedIdAndUnusablePolicyFile_ChangeNoProvisionsComply_AndAreTheAssessmentsOwnFindings()
    {
        // CHC0002 names 6.3 in its message ("named twice"), but it is about the annotation, not about meeting 6.3.
        WriteFindings(
            findings: new[]
            {
                Finding("CHC0002", "error", "Provision 6.3 is named twice in the same [Implements]", "Workflow.cs", 4),
                Finding("CHC0501", "error", "Unknown key 'escalationWindowDays' in the policy file (provision 6.3)", "complaint-policy.yaml", 9),
            },
            evidence: new[] { Evidence(new[] { "6.3" }, "Riverside.Complaints.Workflow.RespondBy(System.DateOnly)", "Workflow.cs", 4) });
        var before = Assess();
        var comply = before.RootElement.GetProperty("provisions").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("comply").GetString());

        Assert.Equal("Yes", comply["6.3"]);
        Assert.DoesNotContain("No", comply.Values);
        Assert.All(before.RootElement.GetProperty("provisions").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("findings").GetArrayLength()));
        var general = before.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Equal(new[] { "CHC0002", "CHC0501" }, general);
    }

    [Fact]
    public void SystemOfSeveralProjects_CountsEachPartsEvidenceAndBreaches_WithProjectsAndPathsFromOneBase()
    {
        // The system (Harbour.Api) sits beside its parts; the base of every path is their common folder.
        var root = Directory.CreateTempSubdirectory("complaintcode-system-").FullName;
        try
        {
            var api = Directory.CreateDirectory(Path.Combine(root, "src", "Harbour.Api")).FullName;
            var domain = Directory.CreateDirectory(Path.Combine(root, "src", "Harbour.Domain")).FullName;
            var workflow = Directory.CreateDirectory(Path.Combine(root, "src", "Harbour.Workflow")).FullName;
            WriteFindingsFile(Path.Combine(api, "obj", "Harbour.Api.complaintcode.findings.json"), findings: new[]
            {
                new Dictionary<string, object?> { ["id"] = "CHC0001", ["level"] = "warning", ["provisions"] = new[] { "9.4" }, ["message"] = Unevidenced94, ["file"] = null, ["line"] = null },
            });
            WriteFindingsFile(Path.Combine(domain, "obj", "Harbour.Domain.complaintcode.findings.json"), evidence: new[]
            {
                new Dictionary<string, object?> { ["provisions"] = new[] { "6.5" }, ["symbol"] = "Harbour.Domain.Stage1ExtensionLetter", ["file"] = Path.Combine(domain, "Letters.cs"), ["line"] = 7 },
            });
            WriteFindingsFile(
                Path.Combine(workflow, "obj", "Harbour.Workflow.complaintcode.findings.json"),
                findings: new[]
                {
                    new Dictionary<string, object?> { ["id"] = "CHC0202", ["level"] = "warning", ["provisions"] = new[] { "6.2" }, ["message"] = "'AddDays' counts calendar days (provision 6.2)", ["file"] = Path.Combine(workflow, "Deadlines.cs"), ["line"] = 12 },
                    new Dictionary<string, object?> { ["id"] = "CHC0001", ["level"] = "warning", ["provisions"] = new[] { "6.5" }, ["message"] = "a part's CHC0001 is not the system's", ["file"] = null, ["line"] = null },
                },
                evidence: new[]
                {
                    new Dictionary<string, object?> { ["provisions"] = new[] { "6.2" }, ["symbol"] = "Harbour.Workflow.Deadlines.AcknowledgeBy(System.DateTime)", ["file"] = Path.Combine(workflow, "Deadlines.cs"), ["line"] = 11 },
                });
            var parts = Path.Combine(api, "obj", "Harbour.Api.complaintcode.parts.txt");
            File.WriteAllLines(parts, new[]
            {
                $"Harbour.Api|{api}|{Path.Combine(api, "obj", "Harbour.Api.complaintcode.findings.json")}",
                $"Harbour.Workflow|{workflow}|{Path.Combine(workflow, "obj", "Harbour.Workflow.complaintcode.findings.json")}",
                $"Harbour.Domain|{domain}|{Path.Combine(domain, "obj", "Harbour.Domain.complaintcode.findings.json")}",
                $"Harbour.Missing|{Path.Combine(root, "src", "Harbour.Missing")}|{Path.Combine(root, "src", "Harbour.Missing", "obj", "none.json")}",
            });

            var output = new StringWriter();
            var exit = CommandLine.Run(
                new[] { "assess", "--project-dir", api, "--assembly-name", "Harbour.Api", "--findings", "obj/Harbour.Api.complaintcode.findings.json", "--parts", parts, "--output", "bin/complaint-self-assessment.json" },
                output,
                new StringWriter());

            Assert.Equal(0, exit);
            Assert.Contains("across 3 projects", output.ToString());
            Assert.Contains("Harbour.Missing has no findings", output.ToString());
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(api, "bin", "complaint-self-assessment.json")));
            var letter = Provision(document, "6.5");
            Assert.Equal("Yes", letter.GetProperty("comply").GetString());
            var evidence = letter.GetProperty("evidence")[0];
            Assert.Equal("Harbour.Domain", evidence.GetProperty("project").GetString());
            Assert.Equal("Harbour.Domain/Letters.cs", evidence.GetProperty("file").GetString());

            var acknowledgement = Provision(document, "6.2");
            Assert.Equal("No", acknowledgement.GetProperty("comply").GetString());
            var finding = Assert.Single(acknowledgement.GetProperty("findings").EnumerateArray());
            Assert.Equal("CHC0202", finding.GetProperty("id").GetString());
            Assert.Equal("Harbour.Workflow", finding.GetProperty("project").GetString());
            Assert.Equal("Harbour.Workflow/Deadlines.cs", finding.GetProperty("file").GetString());
            Assert.Equal(12, finding.GetProperty("line").GetInt32());
            Assert.Equal("NotEvidenced", Provision(document, "9.4").GetProperty("comply").GetString());
            Assert.DoesNotContain("../", File.ReadAllText(Path.Combine(api, "bin", "complaint-self-assessment.json")));
            Assert.Empty(ComplaintCode.Tests.Shared.AssessmentSchema.Errors(File.ReadAllText(Path.Combine(api, "bin", "complaint-self-assessment.json"))));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void ProjectThatUsesThePackageWithNothingReported_IsAssessed()
    {
        // CHC0001 turned off in .editorconfig: the analyzers report nothing, but the project does use the package.
        WriteFindings(usesPackage: true);

        using var document = Assess();

        Assert.Equal(72, document.RootElement.GetProperty("summary").GetProperty("notEvidenced").GetInt32());
    }

    [Fact]
    public void EvidenceNotCollected_SaysSo_AndStillAssessesTheFindings()
    {
        // The compiler skipped the evidence analyzer (CHC0001, CHC0002 and CHC0006 all off): no evidence, but a breach found.
        WriteFindings(
            findings: new[] { Finding("CHC0201", "error", "'Days' of 15 working days exceeds the Code's maximum of 10 (provision 6.3)", "Workflow.cs", 1, provisions: new[] { "6.3" }) },
            usesPackage: false,
            extra: new() { ["evidenceCollected"] = false });

        var (exit, output) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("the evidence in code was not collected", output);
        using var document = JsonDocument.Parse(File.ReadAllText(OutputPath));
        Assert.Equal("No", Provision(document, "6.3").GetProperty("comply").GetString());
    }

    [Fact]
    public void EvidenceNotCollected_WithNothingElse_StillWritesTheAssessmentAndSaysWhy()
    {
        WriteFindings(usesPackage: false, extra: new() { ["evidenceCollected"] = false });

        var (exit, output) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("the evidence in code was not collected", output);
        Assert.True(File.Exists(OutputPath));
    }

    [Fact]
    public void ProjectThatUsesNothingOfThePackageButHasAPolicyFile_IsAssessed()
    {
        WriteFindings(usesPackage: false);
        var policy = Path.Combine(_project, "complaint-policy.yaml");
        File.WriteAllText(policy, "landlord: Riverside Homes\n");

        using var document = Assess("--policy", policy);

        Assert.Equal("Riverside Homes", document.RootElement.GetProperty("landlord").GetProperty("name").GetString());
    }

    [Fact]
    public void NotMetWithoutADate_IsNo_AndItsWarningIsNotListedAsABreach()
    {
        var policy = Path.Combine(_project, "complaint-policy.yaml");
        File.WriteAllText(policy, "provisions:\n  \"9.6\":\n    comply: no\n");
        WriteFindings(findings: new[]
        {
            Finding("CHC0003", "note", "Provision 9.6 is declared not met in the policy file, to be met by an unstated date: no commentary given", "complaint-policy.yaml", 2, provisions: new[] { "9.6" }),
            Finding("CHC0503", "warning", "Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'", "complaint-policy.yaml", 3, provisions: new[] { "9.6" }),
        });

        using var document = Assess("--policy", policy);

        var provision = Provision(document, "9.6");
        Assert.Equal("No", provision.GetProperty("comply").GetString());
        Assert.Equal(0, provision.GetProperty("findings").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void SeveralPolicyFiles_TheFirstInPathOrderIsUsed_AsTheAnalyzersDo()
    {
        WriteFindings(findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) });
        File.WriteAllText(Path.Combine(_project, "a-policy.yaml"), "landlord: First\n");
        File.WriteAllText(Path.Combine(_project, "b-policy.yaml"), "landlord: Second\n");

        using var document = Assess("--policy", $"{Path.Combine(_project, "b-policy.yaml")};{Path.Combine(_project, "a-policy.yaml")}");

        Assert.Equal("First", document.RootElement.GetProperty("landlord").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void SameFindingsInAnotherOrder_GiveTheSameFiles()
    {
        var findings = new[]
        {
            Finding("CHC0201", "warning", "'Days' of 15 working days exceeds the Code's maximum of 10 (provision 6.3)", "B.cs", 2, provisions: new[] { "6.3" }),
            Finding("CHC0102", "warning", "A general finding", "A.cs", 9),
            Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }),
        };
        var evidence = new[]
        {
            Evidence(new[] { "6.3" }, "Second", "B.cs", 1),
            Evidence(new[] { "6.3" }, "First", "A.cs", 7),
        };
        WriteFindings(findings, evidence);
        Assess();
        var first = File.ReadAllText(OutputPath);
        Assert.Contains("A general finding", first);

        WriteFindings(Enumerable.Reverse(findings).ToArray(), Enumerable.Reverse(evidence).ToArray());
        File.Delete(OutputPath);
        Assess();

        Assert.Equal(first, File.ReadAllText(OutputPath));
    }

    [Theory]
    [InlineData("--sources")]
    [InlineData("--error-log")]
    [InlineData("--define")]
    public void OptionsOfTheSarifBuildStep_AreNoLongerAccepted(string option)
    {
        WriteFindings(findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) });
        var error = new StringWriter();

        var exit = CommandLine.Run(Arguments(option, "x"), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains($"Unrecognized command or argument '{option}'", error.ToString());
    }

    [Fact]
    public async Task ToolRunAsItsOwnProcess_KeepsItsJitProfileBesideTheFindingsFile()
    {
        WriteFindings(findings: new[] { Finding("CHC0001", "warning", Unevidenced94, null, null, provisions: new[] { "9.4" }) });
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "complaint-code.dll") }.Concat(Arguments()))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + await error);
        Assert.Contains("-> bin/complaint-self-assessment.json", output);
        Assert.True(new FileInfo(Path.Combine(_project, "obj", "complaint-code.jitprofile")) is { Exists: true, Length: > 0 }, "no JIT profile in obj/");
    }

    private string OutputPath => Path.Combine(_project, "bin", "complaint-self-assessment.json");

    private string FindingsPath => Path.Combine(_project, "obj", "Project.complaintcode.findings.json");

    private string[] Arguments(params string[] extra)
        => new[] { "assess", "--project-dir", _project, "--findings", "obj/Project.complaintcode.findings.json", "--output", "bin/complaint-self-assessment.json" }.Concat(extra).ToArray();

    private (int Exit, string Output) Run(params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(Arguments(extra), output, error);
        Assert.Equal("", error.ToString());
        return (exit, output.ToString());
    }

    private JsonDocument Assess(params string[] extra)
    {
        var error = new StringWriter();
        Assert.True(CommandLine.Run(Arguments(extra), new StringWriter(), error) == 0, error.ToString());
        return JsonDocument.Parse(File.ReadAllText(OutputPath));
    }

    private void AssertNotReadable(string reason)
    {
        var error = new StringWriter();
        var output = new StringWriter();

        var exit = CommandLine.Run(Arguments(), output, error);

        Assert.Equal(0, exit);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"ComplaintCode: self-assessment not written: {FindingsPath} is not a findings file the tool can read (", line);
        Assert.EndsWith(" No assessment has been written yet.", line);
        Assert.Contains(reason, line);
        Assert.Equal("", error.ToString());
        Assert.False(File.Exists(OutputPath));
    }

    private static JsonElement Provision(JsonDocument document, string id)
        => document.RootElement.GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    /// <summary>A "findings" entry; <paramref name="file"/> is relative to the project and written absolute, as the analyzers write it.</summary>
    /// <param name="provisions">The provisions the finding concerns, as the analyzers give them (from the diagnostic's properties).</param>
    private Dictionary<string, object?> Finding(string id, string level, string message, string? file = null, int? line = null, string[]? provisions = null)
        => new() { ["id"] = id, ["level"] = level, ["provisions"] = provisions ?? Array.Empty<string>(), ["message"] = message, ["file"] = file is null ? null : Path.Combine(_project, file), ["line"] = line };

    /// <summary>An "evidence" entry; <paramref name="file"/> is relative to the project and written absolute.</summary>
    private Dictionary<string, object?> Evidence(string[] provisions, string symbol, string file, int line, string? description = null, string? commentary = null)
        => new() { ["provisions"] = provisions, ["symbol"] = symbol, ["file"] = Path.Combine(_project, file), ["line"] = line, ["description"] = description, ["commentary"] = commentary };

    private static void WriteFindingsFile(string path, IEnumerable<Dictionary<string, object?>>? findings = null, IEnumerable<Dictionary<string, object?>>? evidence = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["format"] = "complaintcode-findings/3",
            ["evidenceCollected"] = true,
            ["findings"] = findings ?? Array.Empty<Dictionary<string, object?>>(),
            ["evidence"] = evidence ?? Array.Empty<Dictionary<string, object?>>(),
        }));
    }

    /// <summary>Writes the findings file as the analyzers do: UTF-8 without a byte order mark.</summary>
    private void WriteFindings(
        IEnumerable<Dictionary<string, object?>>? findings = null,
        IEnumerable<Dictionary<string, object?>>? evidence = null,
        bool usesPackage = true,
        string format = "complaintcode-findings/3",
        Dictionary<string, object?>? extra = null)
    {
        var document = new Dictionary<string, object?>
        {
            ["format"] = format,
            ["usesPackage"] = usesPackage,
            ["findings"] = findings ?? Array.Empty<Dictionary<string, object?>>(),
            ["evidence"] = evidence ?? Array.Empty<Dictionary<string, object?>>(),
        };
        foreach (var (key, value) in extra ?? new())
        {
            document[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FindingsPath)!);
        File.WriteAllText(FindingsPath, JsonSerializer.Serialize(document));
    }
}
