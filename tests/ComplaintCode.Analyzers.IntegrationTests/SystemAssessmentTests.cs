using System.Text.Json;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// A housing system written the ordinary way, from the packed package: a domain library, a workflow library, an
/// executable and a test project, with the policy file at the solution's root. It has one self-assessment, the
/// executable's, and it covers every project.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed partial class SystemAssessmentTests : IClassFixture<PackageFixture>
{
    /// <summary>What the code below evidences; the policy file at the root evidences the rest.</summary>
    private static readonly string[] s_inCode = { "5.2", "5.3", "6.5", "6.16", "6.9", "6.19", "2.4", "5.11", "2.3", "6.2", "6.13", "6.3", "1.4" };

    /// <summary>What the rules of the package check in the code below, rule by rule (issue 18's "checked by the build").</summary>
    private static readonly (string Provision, string Rule)[] s_checked =
    {
        ("5.2", "CHC0102"), ("5.3", "CHC0101"), ("6.5", "CHC0301"), ("6.16", "CHC0301"), ("6.9", "CHC0302"), ("2.4", "CHC0303"),
        ("5.11", "CHC0303"), ("2.3", "CHC0203"), ("6.13", "CHC0401"),
    };

    private const string SignOff = """
        signOff:
          completedBy: Jane Smith, Complaints Manager
          governingBody: Board of Harbour Homes
          approvedOn: 2026-07-15
          minute: Board minute 2026/41
          response: The Board welcomes the assessment.

        """;

    private const string Acknowledgement = "ComplaintPolicy.Calendar.Add(received, ComplaintPolicy.Stage1AcknowledgementWorkingDays)";

    private readonly PackageFixture _package;

    public SystemAssessmentTests(PackageFixture package) => _package = package;

    [Fact]
    public void FourProjectSolution_HasOneAssessment_TheExecutables_CoveringEveryProject()
    {
        var root = WriteSolution("harbour");

        var output = Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m");

        Assert.Empty(Dotnet.RuleIds(output));
        var assessments = Directory.GetFiles(root, "complaint-self-assessment.json", SearchOption.AllDirectories);
        var json = Assert.Single(assessments);
        Assert.Equal(Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0", "complaint-self-assessment.json"), json);
        Assert.Contains("ComplaintCode: 72 of 72 provisions met, 0 not met, 0 not evidenced across 3 projects", output);

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Empty(Tests.Shared.AssessmentSchema.Errors(File.ReadAllText(json)));
        var provisions = Provisions(document);
        Assert.All(provisions.Values, p => Assert.Equal("Yes", p.GetProperty("comply").GetString()));
        var code = provisions.Values
            .SelectMany(p => p.GetProperty("evidence").EnumerateArray())
            .Where(e => e.GetProperty("kind").GetString() == "code")
            .ToList();
        Assert.Equal(new[] { "Harbour.Api", "Harbour.Domain", "Harbour.Workflow" }, code.Select(e => e.GetProperty("project").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(code, e => Assert.StartsWith(e.GetProperty("project").GetString() + "/", e.GetProperty("file").GetString()));
        Assert.DoesNotContain("../", File.ReadAllText(json));
        var extension = Assert.Single(provisions["6.5"].GetProperty("evidence").EnumerateArray());
        Assert.Equal("Harbour.Domain/Letters.cs", extension.GetProperty("file").GetString());
        Assert.Equal("Harbour.Domain.Stage1ExtensionLetter", extension.GetProperty("symbol").GetString());
    }

    [Fact]
    public void BreachInTheWorkflowLibrary_MakesItsProvisionNo_InTheSystemsAssessment_WithTheLibrarysFileAndLine()
    {
        var root = WriteSolution("breach", acknowledgement: "received.AddDays(ComplaintPolicy.Stage1AcknowledgementWorkingDays)");

        var output = Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m");

        Assert.Equal(new[] { "CHC0202" }, Dotnet.RuleIds(output));
        Assert.Contains("ComplaintCode: 71 of 72 provisions met, 1 not met, 0 not evidenced across 3 projects", output);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0", "complaint-self-assessment.json")));
        var acknowledge = Provisions(document)["6.2"];
        Assert.Equal("No", acknowledge.GetProperty("comply").GetString());
        var finding = Assert.Single(acknowledge.GetProperty("findings").EnumerateArray());
        Assert.Equal("CHC0202", finding.GetProperty("id").GetString());
        Assert.Equal("Harbour.Workflow", finding.GetProperty("project").GetString());
        Assert.Equal("Harbour.Workflow/ComplaintWorkflow.cs", finding.GetProperty("file").GetString());
        Assert.Equal(LineOf(Path.Combine(root, "Harbour.Workflow", "ComplaintWorkflow.cs"), "received.AddDays"), finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void ParallelRebuildsOfTheSolution_GiveByteIdenticalAssessments()
    {
        var root = WriteSolution("parallel");
        var json = Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0", "complaint-self-assessment.json");

        Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m", "--no-incremental");
        var first = File.ReadAllBytes(json);
        Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m", "--no-incremental");

        Assert.Equal(first, File.ReadAllBytes(json));
        Assert.Single(Directory.GetFiles(root, "complaint-self-assessment.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void EachAnswer_SaysHowItIsKnown_WithTheRulesAndTheirCounts_TheSignOffIsInEveryOutput_AndChangesOnlyWithThePreviousAssessment()
    {
        var root = WriteSolution("evidenced", signOff: SignOff);
        var bin = Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0");

        var output = Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m");

        Assert.Empty(Dotnet.RuleIds(output));
        Assert.DoesNotContain("not yet approved", output, StringComparison.OrdinalIgnoreCase);
        var text = File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.json"));
        Assert.Empty(Tests.Shared.AssessmentSchema.Errors(text));
        Assert.Empty(Tests.Shared.AssessmentSchema.PythonErrors(text));
        using var document = JsonDocument.Parse(text);
        var provisions = Provisions(document);
        string? Basis(string id) => provisions[id].GetProperty("evidencedBy").GetString();
        List<(string, int, int)> CheckedBy(string id) => provisions[id].GetProperty("checkedBy").EnumerateArray()
            .Select(c => (c.GetProperty("rule").GetString()!, c.GetProperty("places").GetInt32(), c.GetProperty("breaches").GetInt32())).ToList();

        // The deadline methods: the number of working days and the way they are counted, in one place each.
        Assert.Equal(new[] { ("CHC0201", 1, 0), ("CHC0202", 1, 0) }, CheckedBy("6.2"));
        Assert.Equal(new[] { ("CHC0201", 1, 0), ("CHC0202", 1, 0) }, CheckedBy("6.3"));
        Assert.All(s_checked, c => Assert.Contains((c.Rule, 1, 0), CheckedBy(c.Provision)));
        Assert.All(s_checked.Select(c => c.Provision).Append("6.2").Append("6.3"), id => Assert.Equal("checkedByBuild", Basis(id)));
        Assert.Equal("declaredInCode", Basis("1.4"));
        Assert.Empty(CheckedBy("1.4"));
        Assert.Equal("declaredInPolicyFile", Basis("9.4"));
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(72, summary.GetProperty("checkedByBuild").GetInt32() + summary.GetProperty("declaredInCode").GetInt32() + summary.GetProperty("declaredInPolicyFile").GetInt32());
        Assert.Equal(72 - s_inCode.Length, summary.GetProperty("declaredInPolicyFile").GetInt32());

        // Findings keep their project, file and line; the sign-off is in the JSON, the HTML and the Markdown.
        Assert.True(document.RootElement.GetProperty("signOff").GetProperty("approved").GetBoolean());
        var html = File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.html"));
        var markdown = File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.md"));
        const string acknowledgementChecked = "The build checks that every stage 1 acknowledgement timescale is at most 5 working days (CHC0201) and dates are counted in working days, not calendar days (CHC0202). 1 place, no breach.";
        Assert.Contains(acknowledgementChecked, html);
        Assert.Contains(acknowledgementChecked, markdown);
        Assert.Contains("<dt>Governing body</dt><dd>Board of Harbour Homes</dd>", html);
        Assert.Contains("**Governing body:** Board of Harbour Homes", markdown);
        Assert.Contains("Board minute 2026/41", markdown);
        Assert.DoesNotContain("Changes since", html);
        Assert.DoesNotContain("Changes since", markdown);

        // A year on: last year's assessment given to the build, and a breach since.
        var previous = Path.Combine(root, "assessment-2025.json");
        File.Copy(Path.Combine(bin, "complaint-self-assessment.json"), previous);
        var workflow = Path.Combine(root, "Harbour.Workflow", "ComplaintWorkflow.cs");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace(Acknowledgement, "received.AddDays(ComplaintPolicy.Stage1AcknowledgementWorkingDays)"));

        Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m", "-p:ComplaintCodePreviousAssessment=" + previous);

        html = File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.html"));
        Assert.Contains("<h2 id=\"changes-title\">Changes since the assessment of 30 June 2026</h2>", html);
        Assert.Contains("<li>6.2: Yes → No (worse)</li>", html);
        Assert.Contains("Changes since the assessment of 30 June 2026", File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.md")));
        using var after = JsonDocument.Parse(File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.json")));
        var appeared = Assert.Single(after.RootElement.GetProperty("changes").GetProperty("findingsAppeared").EnumerateArray());
        Assert.Equal(("6.2", "CHC0202", "Harbour.Workflow"), (appeared.GetProperty("provision").GetString(), appeared.GetProperty("finding").GetProperty("id").GetString(), appeared.GetProperty("finding").GetProperty("project").GetString()));
        Assert.Equal(new[] { ("CHC0201", 1, 0), ("CHC0202", 1, 1) }, Provisions(after)["6.2"].GetProperty("checkedBy").EnumerateArray()
            .Select(c => (c.GetProperty("rule").GetString()!, c.GetProperty("places").GetInt32(), c.GetProperty("breaches").GetInt32())));
    }

    [Fact]
    public void InAGitRepositoryWithAGitHubOrigin_CodeEvidenceLinksToItsLineAtTheCommit_ByThePathFromTheRepositoryRoot()
    {
        var root = WriteSolution("linked", subdirectory: "src");
        var repository = Path.GetDirectoryName(root)!;
        Git(repository, "init", "--quiet");
        Git(repository, "remote", "add", "origin", "https://github.com/octo/harbour.git");
        Git(repository, "add", "--all");
        Git(repository, "commit", "--quiet", "-m", "Harbour Homes' complaint system");
        var sha = Git(repository, "rev-parse", "HEAD").Trim();

        var output = Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m", "-p:PublishRepositoryUrl=true");

        Assert.Contains("(not yet approved by the governing body)", output);
        var bin = Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0");
        var html = File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.html"));
        var line = LineOf(Path.Combine(root, "Harbour.Domain", "Letters.cs"), "[ExtensionLetter(1)");
        Assert.Contains($"<a href=\"https://github.com/octo/harbour/blob/{sha}/src/Harbour.Domain/Letters.cs#L{line}\">", html);
        Assert.Contains("Not yet approved by the governing body", html);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.json")));
        Assert.Equal("https://github.com/octo/harbour", document.RootElement.GetProperty("project").GetProperty("repositoryUrl").GetString());
        Assert.Equal(sha, document.RootElement.GetProperty("project").GetProperty("revision").GetString());
        var evidence = Assert.Single(Provisions(document)["6.5"].GetProperty("evidence").EnumerateArray());
        Assert.Equal("Harbour.Domain/Letters.cs", evidence.GetProperty("file").GetString());
    }

    [Fact]
    public void InAGitRepositoryWithoutARemote_NothingLinks_AndNothingFails()
    {
        var root = WriteSolution("unlinked", subdirectory: "src");
        var repository = Path.GetDirectoryName(root)!;
        Git(repository, "init", "--quiet");
        Git(repository, "add", "--all");
        Git(repository, "commit", "--quiet", "-m", "Harbour Homes' complaint system");

        var output = Dotnet.Build(Path.Combine(root, "Harbour.slnx"), _package.ConsumerEnvironment, "-m", "-p:PublishRepositoryUrl=true");

        Assert.Empty(Dotnet.RuleIds(output));
        Assert.Contains("ComplaintCode: 72 of 72 provisions met", output);
        var bin = Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0");
        Assert.DoesNotContain("href=\"https://", File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.html")));
        var json = File.ReadAllText(Path.Combine(bin, "complaint-self-assessment.json"));
        Assert.DoesNotContain("\"url\"", json);
        Assert.DoesNotContain("\"repositoryUrl\"", json);
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=Harbour", "-c", "user.email=dev@harbour.example", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }

    private static Dictionary<string, JsonElement> Provisions(JsonDocument document)
        => document.RootElement.GetProperty("provisions").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

    private static int LineOf(string path, string text)
        => File.ReadAllLines(path).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    /// <summary>
    /// Harbour Homes' system: Domain (stages and letters) ← Workflow (uses ComplaintPolicy) ← Api (the executable)
    /// ← Tests (an xunit project over the executable), the policy file at the root.
    /// </summary>
    /// <param name="workflowMembers">More members of the workflow class (a breach, for the failing-build tests).</param>
    /// <param name="signOff">Policy-file text for the sign-off, or none.</param>
    /// <param name="subdirectory">A folder of the consumer's directory to write the solution in (a repository's "src").</param>
    private string WriteSolution(string name, string acknowledgement = Acknowledgement, string workflowMembers = "", string signOff = "", string? subdirectory = null)
    {
        var root = _package.NewConsumerDirectory(name);
        if (subdirectory is not null)
        {
            root = Directory.CreateDirectory(Path.Combine(root, subdirectory)).FullName;
        }

        File.WriteAllText(Path.Combine(root, "complaint-policy.yaml"), "landlord: Harbour Homes\nassessmentDate: 2026-06-30\n" + signOff + "provisions:\n"
            + string.Concat(CodeCatalog.Instance.Provisions.Where(p => !s_inCode.Contains(p.Id)).Select(p => $"  \"{p.Id}\": Complaints Policy, section {p.Id}\n")));
        File.WriteAllText(Path.Combine(root, "Harbour.slnx"), """
            <Solution>
              <Project Path="Harbour.Domain/Harbour.Domain.csproj" />
              <Project Path="Harbour.Workflow/Harbour.Workflow.csproj" />
              <Project Path="Harbour.Api/Harbour.Api.csproj" />
              <Project Path="Harbour.Tests/Harbour.Tests.csproj" />
            </Solution>
            """);

        Project(root, "Harbour.Domain", "Library", $"""<PackageReference Include="ComplaintCode.Analyzers" Version="{_package.Version}" />""", ("Letters.cs", """
            using ComplaintCode;

            namespace Harbour.Domain;

            [ComplaintStages, Implements("5.2", "5.3")]
            public enum ComplaintStage { Stage1 = 1, Stage2 = 2 }

            [ExtensionLetter(1), Implements("6.5")]
            public sealed record Stage1ExtensionLetter(string Reason, DateOnly NewResponseDate, OmbudsmanContact Ombudsman);

            [ExtensionLetter(2), Implements("6.16")]
            public sealed record Stage2ExtensionLetter(string Reason, DateOnly NewResponseDate, [OmbudsmanContactDetails] string OmbudsmanParagraph);

            [StageResponseLetter(1), Implements("6.9", "6.19")]
            public sealed record ResponseLetter(
                [LetterItem(ResponseLetterItem.ComplaintStage)] ComplaintStage Stage,
                [LetterItem(ResponseLetterItem.ComplaintDefinition)] string Definition,
                [LetterItem(ResponseLetterItem.Decision)] string Decision,
                [LetterItem(ResponseLetterItem.Reasons)] string Reasons,
                [LetterItem(ResponseLetterItem.Remedy)] string Remedy,
                [LetterItem(ResponseLetterItem.OutstandingActions)] IReadOnlyList<string> OutstandingActions,
                [LetterItem(ResponseLetterItem.EscalationRoute)] string EscalationRoute);

            [RefusalLetter, Implements("2.4", "5.11")]
            public sealed record RefusalLetter([LetterItem(ResponseLetterItem.Reasons)] string Reasons, OmbudsmanContact Ombudsman);
            """));

        Project(root, "Harbour.Workflow", "Library", """<ProjectReference Include="../Harbour.Domain/Harbour.Domain.csproj" />""", ("ComplaintWorkflow.cs", $$"""
            using ComplaintCode;
            using Harbour.Domain;

            namespace Harbour.Workflow;

            [ComplaintWorkflow]
            public sealed class ComplaintWorkflow
            {
                [Implements("2.3")]
                public const int ComplaintTimeLimitMonths = ComplaintPolicy.ComplaintTimeLimitMonths;

                [ComplaintHandler(1)] public string Stage1Handler { get; set; } = "";

                [ComplaintHandler(2)] public string Stage2Handler { get; set; } = "";

                [Implements("6.2", Evidence = "Acknowledgement deadline in working days")]
                public DateOnly AcknowledgeBy(DateOnly received)
                    => {{acknowledgement}};

                [Implements("6.13")]
                public void AssignStage2(IEnumerable<string> managers) => Stage2Handler = managers.First(m => m != Stage1Handler);

                public Stage1ExtensionLetter Extend(string reason, DateOnly due)
                    => new(reason, ComplaintPolicy.Calendar.Add(due, ComplaintPolicy.Stage1ExtensionWorkingDays), new OmbudsmanContact());
            {{workflowMembers}}
            }
            """));

        Project(root, "Harbour.Api", "Exe", """<ProjectReference Include="../Harbour.Workflow/Harbour.Workflow.csproj" />""", ("Program.cs", """
            using ComplaintCode;
            using Harbour.Workflow;

            Console.WriteLine(new ComplaintWorkflow().AcknowledgeBy(new DateOnly(2025, 12, 19)));
            Console.WriteLine(Deadlines.RespondBy(new DateOnly(2025, 12, 22)));

            public static class Deadlines
            {
                [Implements("6.3")]
                public static DateOnly RespondBy(DateOnly acknowledged) => ComplaintPolicy.Calendar.Add(acknowledged, ComplaintPolicy.Stage1ResponseWorkingDays);
            }

            public static class Requests
            {
                // No rule of the package judges this: the answer is declared in code.
                [Implements("1.4", Evidence = "Service requests are logged apart from complaints")]
                public static void Log(string request) => Console.WriteLine(request);
            }
            """));

        Project(
            root,
            "Harbour.Tests",
            "",
            """
            <ProjectReference Include="../Harbour.Api/Harbour.Api.csproj" />
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            """,
            ("DeadlineTests.cs", """
            namespace Harbour.Tests;

            public class DeadlineTests
            {
                [Xunit.Fact]
                public void Stage1Response_IsTenWorkingDaysAfterAcknowledgement()
                    => Xunit.Assert.Equal(new DateOnly(2026, 1, 8), Deadlines.RespondBy(new DateOnly(2025, 12, 22)));
            }
            """));
        return root;
    }

    private static void Project(string root, string name, string outputType, string items, (string Name, string Text) source)
    {
        var directory = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {(outputType.Length == 0 ? "" : $"<OutputType>{outputType}</OutputType>")}
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, source.Name), source.Text);
    }
}
