using System.Collections;
using System.Reflection;
using ComplaintCode.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ComplaintCode.Model;

namespace ComplaintCode.Analyzers.Tests.Generation;

/// <summary>
/// The generator must do no work when nothing it depends on changed: every tracked step is Cached or Unchanged on a
/// second run, and its outputs hold no symbols or syntax that would pin compilations in memory.
/// </summary>
public class GeneratorCachingTests
{
    private static readonly string[] s_trackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private const string Workflow = """
        using ComplaintCode;
        [ComplaintWorkflow, Implements("6.3")]
        class Workflow { }
        """;

    [Fact]
    public void SecondRunOnClonedCompilation_LeavesEveryTrackedStepCachedOrUnchanged()
    {
        var compilation = GeneratorHarness.Compilation(Workflow);
        var policy = new InMemoryAdditionalText("complaint-policy.yaml", "landlord: Riverside Homes\n");
        var driver = GeneratorHarness.Driver(null, policy).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        driver = driver.RunGenerators(compilation.Clone());
        var second = driver.GetRunResult().Results.Single();

        Assert.Equal(s_trackingNames.OrderBy(n => n), first.TrackedSteps.Keys.Where(s_trackingNames.Contains).OrderBy(n => n));
        foreach (var name in s_trackingNames)
        {
            foreach (var step in second.TrackedSteps[name])
            {
                Assert.All(step.Outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} ran again: {output.Reason}"));
            }
        }

        foreach (var name in s_trackingNames)
        {
            foreach (var step in first.TrackedSteps[name])
            {
                foreach (var output in step.Outputs)
                {
                    GeneratorHarness.AssertHoldsNoCompilerObjects(output.Value, name, depth: 0);
                }
            }
        }
    }

    [Fact]
    public void UnrelatedEdit_RegeneratesNoOutput()
    {
        var compilation = GeneratorHarness.Compilation(Workflow, "class Unrelated { }");
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Unrelated { int x; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, "File1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void UnrelatedEdit_LeavesTheEvidenceStepsCachedOrUnchanged_AndBindsNothing()
    {
        var compilation = GeneratorHarness.Compilation(
            Workflow,
            """
            using ComplaintCode;
            [assembly: Implements(Provision.Stage1Acknowledgement, Evidence = "Acknowledgement")]
            public static class Letters
            {
                [ComplaintCode.Implements(new[] { "6.9" })] public static void Stage1() { }
            }
            """,
            "class Unrelated { }");
        var driver = GeneratorHarness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Unrelated { int x; }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, "File2.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.ImplementsSyntax, TrackingNames.ReferencedNames, TrackingNames.ImplementedIds, TrackingNames.Evidence })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {name} ran again after an unrelated edit: {output.Reason}"));
        }

        // The plan, which the edit leaves Cached, proves every id from syntax: the evidence step binds nothing.
        var plan = (ImplementsPlan)result.TrackedSteps[TrackingNames.ImplementedIds].Single().Outputs.Single().Value;
        Assert.False(plan.NeedsBinding);
        Assert.Equal(new[] { "6.2", "6.3", "6.9" }, plan.ProvenIds);
        Assert.Equal(new[] { "6.2", "6.3", "6.9" }, (EquatableArray<string>)result.TrackedSteps[TrackingNames.Evidence].Single().Outputs.Single().Value);
    }

    [Fact]
    public void TheTextSearch_SkipsOnlyFilesThatNameNothingOfOurs()
    {
        var compilation = GeneratorHarness.Compilation(Workflow, "class Unrelated { }");

        // A file that never names Implements, Provision or ComplaintCode is not walked; across a chunk boundary or
        // behind a Unicode escape the name is still found.
        Assert.False(TreeFacts.Mentions(compilation.SyntaxTrees.Last().GetText()));
        Assert.True(TreeFacts.Mentions(compilation.SyntaxTrees.First().GetText()));
        Assert.True(TreeFacts.Mentions(Microsoft.CodeAnalysis.Text.SourceText.From(new string(' ', 8190) + "Implements")));
        Assert.True(TreeFacts.Mentions(Microsoft.CodeAnalysis.Text.SourceText.From("[\\u0049mplements(\"6.2\")] class C { }")));
    }

    [Fact]
    public void PolicyEdit_RegeneratesOnlyThePolicyOutput()
    {
        var compilation = GeneratorHarness.Compilation(Workflow);
        var before = new InMemoryAdditionalText("complaint-policy.yaml", "landlord: Riverside Homes\n");
        var after = new InMemoryAdditionalText("complaint-policy.yaml", "landlord: Riverside Homes Group\n");
        var driver = GeneratorHarness.Driver(null, before).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(before, after).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var policySource = result.TrackedSteps[TrackingNames.PolicySource].Single().Outputs.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, policySource.Reason);
        Assert.All(result.TrackedSteps[TrackingNames.NullableAnnotations].SelectMany(s => s.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.Contains("Riverside Homes Group", result.GeneratedSources.Single(s => s.HintName == "ComplaintCode.ComplaintPolicy.g.cs").SourceText.ToString());
    }
}
