using System.Globalization;
using System.Text.Json;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// CI's two promises at once, from the packed package, in the four-project system: a breach of the Code fails the
/// build however it became an error, and the system's assessment is still written by that build; a project that does
/// not compile is named, and the earlier assessment says it is not current.
/// </summary>
public sealed partial class SystemAssessmentTests
{
    private const string Stage1ResponseOf15 = """
            [Implements("6.3")]
            public const int Stage1ResponseWorkingDays = 15;
        """;

    [Fact]
    public void ErrorLevelBreachInTheWorkflowLibrary_FailsTheBuild_AndThisBuildAssessesTheSystem_WithTheLibrarysFileAndLine()
    {
        var root = WriteSolution("error-breach", workflowMembers: Stage1ResponseOf15);
        var workflow = Path.Combine(root, "Harbour.Workflow", "ComplaintWorkflow.cs");
        var line = LineOf(workflow, "Stage1ResponseWorkingDays = 15");

        var (exit, output) = BuildExpectingFailure(Path.Combine(root, "Harbour.slnx"), "-m");

        Assert.NotEqual(0, exit);
        Assert.Contains($"{workflow}({line},", output);
        Assert.Matches(@"error CHC0201: 'Stage1ResponseWorkingDays' counts 15 working days .*\(provision 6\.3\)", output);
        Assert.DoesNotContain("not updated", output);
        Assert.DoesNotContain("did not finish", output);
        Assert.Contains("ComplaintCode: 71 of 72 provisions met, 1 not met, 0 not evidenced across 3 projects", output);
        var finding = AssertBreachAssessed(root, "6.3", "CHC0201");
        Assert.Equal(line, finding.GetProperty("line").GetInt32());

        // The library built on its own still reports its breach and fails.
        var (alone, aloneOutput) = BuildExpectingFailure(Path.Combine(root, "Harbour.Workflow", "Harbour.Workflow.csproj"));
        Assert.NotEqual(0, alone);
        Assert.Contains("error CHC0201", aloneOutput);
    }

    [Theory]
    [InlineData("-p:TreatWarningsAsErrors=true")]
    [InlineData("-p:ComplaintCodeStrict=true")]
    public void WarningLevelBreachRaisedToAnError_FailsTheBuild_AndThisBuildAssessesTheSystem(string raise)
    {
        var root = WriteSolution("raised-" + raise.Split('=')[0].TrimStart('-', 'p', ':'), acknowledgement: "received.AddDays(ComplaintPolicy.Stage1AcknowledgementWorkingDays)");

        var (exit, output) = BuildExpectingFailure(Path.Combine(root, "Harbour.slnx"), "-m", raise);

        Assert.NotEqual(0, exit);
        Assert.Contains("error CHC0202", output);
        Assert.DoesNotContain("not updated", output);
        var finding = AssertBreachAssessed(root, "6.2", "CHC0202");
        Assert.Equal(LineOf(Path.Combine(root, "Harbour.Workflow", "ComplaintWorkflow.cs"), "received.AddDays"), finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void CSharpErrorInTheWorkflowLibrary_IsNamed_AndTheEarlierAssessmentSaysItIsNotCurrent()
    {
        var root = WriteSolution("csharp-error");
        var solution = Path.Combine(root, "Harbour.slnx");
        Dotnet.Build(solution, _package.ConsumerEnvironment, "-m");
        var json = AssessmentPath(root);
        Assert.True(JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("current").GetBoolean());

        var workflow = Path.Combine(root, "Harbour.Workflow", "ComplaintWorkflow.cs");
        File.AppendAllText(workflow, "\npublic static class Unfinished { public static int Days => daysNotDeclared; }\n");
        var (exit, output) = BuildExpectingFailure(solution, "-m");

        Assert.NotEqual(0, exit);
        Assert.Contains("error CS0103", output);
        Assert.Contains("ComplaintCode: self-assessment not updated: Harbour.Workflow did not compile (Harbour.Api, which depends on it, was not compiled either)", output);
        using (var stale = JsonDocument.Parse(File.ReadAllText(json)))
        {
            Assert.False(stale.RootElement.GetProperty("current").GetBoolean());
            Assert.Equal(new[] { "Harbour.Workflow" }, stale.RootElement.GetProperty("notCompiled").EnumerateArray().Select(e => e.GetString()));
        }

        Assert.Contains("Not current.", File.ReadAllText(Path.ChangeExtension(json, ".html")));
        Assert.Contains("Not current.", File.ReadAllText(Path.ChangeExtension(json, ".md")));

        // Mended, the next build's assessment is current again.
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("daysNotDeclared", "10", StringComparison.Ordinal));
        Dotnet.Build(solution, _package.ConsumerEnvironment, "-m");
        Assert.True(JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("current").GetBoolean());
    }

    [Fact]
    public void StrictMode_PassesOnAPlanThatRuns_FailsOnOneOverdueOrUndated_AndAlwaysWritesTheAssessment()
    {
        var root = WriteSolution("plans");
        var solution = Path.Combine(root, "Harbour.slnx");
        var policy = Path.Combine(root, "complaint-policy.yaml");
        var original = File.ReadAllText(policy);
        var json = AssessmentPath(root);
        string Declare(string complyBy) => original.Replace("  \"9.6\": Complaints Policy, section 9.6\n", $"  \"9.6\":\n    comply: no\n{complyBy}    commentary: The board reviews it in spring.\n", StringComparison.Ordinal);

        var ahead = DateTime.Today.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(policy, Declare($"    complyBy: {ahead}\n"));
        var planned = Dotnet.Build(solution, _package.ConsumerEnvironment, "-m", "-p:ComplaintCodeStrict=true");
        Assert.Contains("71 of 72 provisions met, 1 not met (1 planned), 0 not evidenced", planned);
        Assert.Contains($"ComplaintCode: planned: provision 9.6 is declared not met, to be met by {ahead}.", planned);
        using (var document = JsonDocument.Parse(File.ReadAllText(json)))
        {
            var provision = Provisions(document)["9.6"];
            Assert.Equal(("No", ahead), (provision.GetProperty("comply").GetString(), provision.GetProperty("complyBy").GetString()));
        }

        var passed = DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(policy, Declare($"    complyBy: {passed}\n"));
        File.Delete(json);
        var (overdueExit, overdue) = BuildExpectingFailure(solution, "-m", "-p:ComplaintCodeStrict=true");
        Assert.NotEqual(0, overdueExit);
        Assert.Contains($"error CHC0004: Provision 9.6 was to be met by {passed}, which has passed", overdue);
        Assert.Contains($"ComplaintCode: overdue: provision 9.6 was to be met by {passed}", overdue);
        Assert.True(File.Exists(json), "the overdue plan's build wrote no assessment");

        File.WriteAllText(policy, Declare(""));
        var (undatedExit, undated) = BuildExpectingFailure(solution, "-m", "-p:ComplaintCodeStrict=true");
        Assert.NotEqual(0, undatedExit);
        Assert.Contains("error CHC0503: Provision 9.6 is declared not met; give the date it will be met by", undated);
    }

    private (int ExitCode, string Output) BuildExpectingFailure(string path, params string[] extra)
        => Dotnet.Run(Dotnet.RepositoryRoot, _package.ConsumerEnvironment, new[] { "build", path, "-nologo", "-clp:NoSummary;ForceNoAlign" }.Concat(extra).ToArray());

    private static string AssessmentPath(string root) => Path.Combine(root, "Harbour.Api", "bin", "Debug", "net10.0", "complaint-self-assessment.json");

    /// <summary>The system's assessment, written by this build, has the provision "No" with the Workflow library's finding.</summary>
    private static JsonElement AssertBreachAssessed(string root, string provision, string rule)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(AssessmentPath(root)));
        Assert.True(document.RootElement.GetProperty("current").GetBoolean());
        var assessed = Provisions(document)[provision];
        Assert.Equal("No", assessed.GetProperty("comply").GetString());
        var finding = Assert.Single(assessed.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == rule);
        Assert.Equal("Harbour.Workflow", finding.GetProperty("project").GetString());
        Assert.Equal("Harbour.Workflow/ComplaintWorkflow.cs", finding.GetProperty("file").GetString());
        return finding.Clone();
    }
}
