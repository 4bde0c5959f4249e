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
    private static readonly string[] s_inCode = { "5.2", "5.3", "6.5", "6.16", "6.9", "6.19", "2.4", "5.11", "2.3", "6.2", "6.13", "6.3" };

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

    private static Dictionary<string, JsonElement> Provisions(JsonDocument document)
        => document.RootElement.GetProperty("provisions").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

    private static int LineOf(string path, string text)
        => File.ReadAllLines(path).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    /// <summary>
    /// Harbour Homes' system: Domain (stages and letters) ← Workflow (uses ComplaintPolicy) ← Api (the executable)
    /// ← Tests (an xunit project over the executable), the policy file at the root.
    /// </summary>
    private string WriteSolution(string name, string acknowledgement = Acknowledgement, string workflowMembers = "")
    {
        var root = _package.NewConsumerDirectory(name);
        File.WriteAllText(Path.Combine(root, "complaint-policy.yaml"), "landlord: Harbour Homes\nassessmentDate: 2026-06-30\nprovisions:\n"
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
