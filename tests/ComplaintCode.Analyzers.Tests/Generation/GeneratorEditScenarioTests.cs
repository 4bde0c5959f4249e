using System.Collections;
using System.Reflection;
using ComplaintCode.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplaintCode.Analyzers.Tests.Generation;

/// <summary>
/// The generator's outputs depend on the policy file, the language features and the ids the project's [Implements]
/// name: editing an [Implements] regenerates nothing unless its ids change, and then only the evidence attribute. And
/// no step of the pipeline, named or not, keeps a symbol, syntax, a location or a compilation alive between runs.
/// </summary>
public class GeneratorEditScenarioTests
{
    private const string Before = """
        using ComplaintCode;

        [ComplaintWorkflow]
        class Workflow
        {
            [Implements("6.3", Evidence = "Stage 1 deadline")]
            public const int Stage1ResponseWorkingDays = 10;
        }
        """;

    private static readonly string[] s_inputNames = typeof(WellKnownGeneratorInputs)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EditingAnImplementsIds_RegeneratesOnlyTheEvidenceAttribute()
    {
        var compilation = GeneratorHarness.Compilation(Before);
        var driver = GeneratorHarness.Driver(null).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Before.Replace("[Implements(\"6.3\"", "[Implements(\"6.4\"", StringComparison.Ordinal), (CSharpParseOptions)compilation.SyntaxTrees.Single().Options, "File0.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Null(second.Exception);
        foreach (var name in second.TrackedSteps.Keys.Intersect(typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!)).Except(new[] { TrackingNames.ImplementsSyntax, TrackingNames.ImplementedIds, TrackingNames.Evidence }))
        {
            Assert.All(second.TrackedSteps[name].SelectMany(s => s.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {name} ran again after an [Implements] id edit: {output.Reason}"));
        }

        Assert.Equal(IncrementalStepRunReason.Modified, second.TrackedSteps[TrackingNames.Evidence].Single().Outputs.Single().Reason);
        var changed = first.GeneratedSources.Zip(second.GeneratedSources)
            .Where(pair => pair.First.SourceText.ToString() != pair.Second.SourceText.ToString())
            .Select(pair => pair.First.HintName);
        Assert.Equal(new[] { "ComplaintCode.Evidence.g.cs" }, changed);
        Assert.Contains("\"ComplaintCode.EvidencedProvisions\", \"6.4\"", second.GeneratedSources.Single(s => s.HintName == "ComplaintCode.Evidence.g.cs").SourceText.ToString());
    }

    [Fact]
    public void EditingAnImplementsEvidenceText_RegeneratesNoOutput()
    {
        var compilation = GeneratorHarness.Compilation(Before);
        var policy = new InMemoryAdditionalText("complaint-policy.yaml", "landlord: Riverside Homes\nclosureDays:\n  - 2026-12-29\n");
        var driver = GeneratorHarness.Driver(null, policy).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var after = Before.Replace("Evidence = \"Stage 1 deadline\"", "Evidence = \"Stage 1 deadline, in working days\"", StringComparison.Ordinal);
        Assert.NotEqual(Before, after);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(after, (CSharpParseOptions)compilation.SyntaxTrees.Single().Options, "File0.cs"));
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult().Results.Single();

        Assert.Null(second.Exception);
        Assert.NotEmpty(second.TrackedOutputSteps);
        foreach (var (name, steps) in second.TrackedOutputSteps)
        {
            Assert.All(steps.SelectMany(s => s.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Output step {name} ran again after an [Implements] edit: {output.Reason}"));
        }

        foreach (var name in typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!))
        {
            Assert.All(second.TrackedSteps[name].SelectMany(s => s.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {name} ran again after an [Implements] edit: {output.Reason}"));
        }

        Assert.Equal(
            first.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            second.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    // ForAttributeWithMetadataName's own steps keep the syntax trees they have searched, by design, to re-search only
    // edited ones; our transform's output after them (TrackingNames.ImplementedIds) is checked like every other step.
    private static bool IsRoslynOwnStep(string name)
        => name.Contains("_ForAttribute", StringComparison.Ordinal);

    [Fact]
    public void NoPipelineStep_HoldsCompilerObjects()
    {
        var compilation = GeneratorHarness.Compilation(Before);
        var policy = new InMemoryAdditionalText("complaint-policy.yaml", "landlord: Riverside Homes\nprovisions:\n  \"9.4\": Board terms of reference\n");
        var driver = GeneratorHarness.Driver(null, policy).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", (CSharpParseOptions)compilation.SyntaxTrees.Single().Options, "File1.cs"));

        foreach (var result in new[] { driver.GetRunResult().Results.Single(), driver.RunGenerators(edited).GetRunResult().Results.Single() })
        {
            var steps = AllSteps(result);

            // Every tracked step, and every step they are built from, named or not; the pipeline's raw inputs (the
            // compilation, the parse options, the additional texts, ...) are the compiler's own objects by design.
            Assert.Superset(result.TrackedSteps.Keys.Where(k => !s_inputNames.Contains(k)).ToHashSet(), steps.Select(s => s.Name).OfType<string>().ToHashSet());
            Assert.Contains(steps, s => s.Name is null);
            foreach (var step in steps.Where(s => s.Name is null || !(s_inputNames.Contains(s.Name) || IsRoslynOwnStep(s.Name))))
            {
                foreach (var (value, _) in step.Outputs)
                {
                    // The one join with the compilation, for the [Implements] that syntax cannot prove, holds the
                    // compilation the driver's Compilation input holds anyway; what is joined to it must hold none.
                    var checkedValue = IsJoinWithCompilation(step) && value is System.Runtime.CompilerServices.ITuple { Length: 2 } pair && pair[1] is Compilation
                        ? pair[0]
                        : value;
                    GeneratorHarness.AssertHoldsNoCompilerObjects(checkedValue, step.Name ?? "(unnamed step)", depth: 0);
                }
            }
        }
    }

    private static bool IsJoinWithCompilation(IncrementalGeneratorRunStep step)
        => step.Name is null && step.Inputs.Any(input => input.Source.Name == WellKnownGeneratorInputs.Compilation);

    /// <summary>The tracked steps and, through their inputs, every step they depend on.</summary>
    private static IReadOnlyList<IncrementalGeneratorRunStep> AllSteps(GeneratorRunResult result)
    {
        var seen = new HashSet<IncrementalGeneratorRunStep>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<IncrementalGeneratorRunStep>(result.TrackedSteps.Values.SelectMany(s => s).Concat(result.TrackedOutputSteps.Values.SelectMany(s => s)));
        while (pending.Count > 0)
        {
            var step = pending.Pop();
            if (!seen.Add(step) || (step.Name is not null && IsRoslynOwnStep(step.Name)))
            {
                // The syntax provider's own steps, and what they are built from, are Roslyn's.
                continue;
            }

            foreach (var (source, _) in step.Inputs)
            {
                pending.Push(source);
            }
        }

        return seen.ToList();
    }
}
