using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ComplaintCode.Benchmarks;

// dotnet run -c Release --project bench/ComplaintCode.Benchmarks -- [--files N] [--shape S] [--breakdown] [BenchmarkDotNet args]
//   --files N     size of the synthetic codebase (default 2000); the same sources as bench/SyntheticCodebase
//   --shape S     plain (default), dates, implements or dates+implements: see CodebaseShape
//   --breakdown   no BenchmarkDotNet: one analysis with per-analyzer times, and the generator's incremental times
//   --only NAME   with --breakdown: that analyzer alone (e.g. TimescaleAnalyzer), and no generator figures; for a profiler
//   --generator   with --breakdown: the generator's figures and the first type lookup only, no analysis
// Without BenchmarkDotNet arguments every benchmark runs (--filter '*').
var rest = new List<string>();
var breakdown = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--files" when i + 1 < args.Length:
            Environment.SetEnvironmentVariable(SyntheticCompilation.FilesVariable, args[++i]);
            break;
        case "--shape" when i + 1 < args.Length:
            Environment.SetEnvironmentVariable(SyntheticCompilation.ShapeVariable, args[++i]);
            break;
        case "--only" when i + 1 < args.Length:
            Breakdown.Only = args[++i];
            break;
        case "--breakdown":
            breakdown = true;
            break;
        case "--generator":
            Breakdown.GeneratorOnly = true;
            break;
        default:
            rest.Add(args[i]);
            break;
    }
}

if (breakdown)
{
    Breakdown.Run();
    return 0;
}

if (rest.Count == 0)
{
    rest.AddRange(["--filter", "*"]);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmarks).Assembly).Run(rest.ToArray());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

/// <summary>Where the time goes: per-analyzer execution times and the generator's own timing, outside BenchmarkDotNet.</summary>
internal static class Breakdown
{
    /// <summary>One analyzer's type name: measure it alone and skip the generator.</summary>
    public static string? Only { get; set; }

    /// <summary>The generator's figures only: skip the analyses (and the stand-in analysis that warms them).</summary>
    public static bool GeneratorOnly { get; set; }

    public static void Run()
    {
        var synthetic = SyntheticCompilation.Instance;
        Console.WriteLine($"breakdown: {synthetic.Files} files ({synthetic.CodebaseShape.Name}), {synthetic.Lines} lines");

        // Cold: the first run of ours in this process pays what the first compile in a new compiler server pays for our
        // code (loading and JIT-compiling it, building the Code's catalog, parsing the policy file). The compiler's own
        // code is warmed first by stand-ins that ask the same of it and do nothing, since a build pays that anyway.
        synthetic.CreateDriver(new ProbeGenerator(useCompilation: false, useAttribute: true)).RunGenerators(synthetic.Compilation.Clone());
        if (!GeneratorOnly)
        {
            AnalyzerTimes(synthetic.WithGeneratedSources(), [new StandInAnalyzer()]);
        }

        var coldStart = Stopwatch.GetTimestamp();
        var coldDriver = synthetic.CreateDriver().RunGenerators(synthetic.WithFreshTrees());
        Console.WriteLine($"generator, cold first run: {Stopwatch.GetElapsedTime(coldStart).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms (driver's own timing {coldDriver.GetTimingInfo().ElapsedTime.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms)");

        // The generator first: the analyses below leave several analysed compilations for the GC to collect.
        if (Only is null)
        {
            var firstRuns = Enumerable.Range(0, 5).Select(_ =>
            {
                var fresh = synthetic.WithFreshTrees();
                var start = Stopwatch.GetTimestamp();
                synthetic.CreateDriver().RunGenerators(fresh);
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }).Order().ToList();
            Console.WriteLine($"generator, warm first run (new driver, new trees): median {Ms(firstRuns[2])} ms ({Ms(firstRuns[0])}-{Ms(firstRuns[^1])}, 5 runs)");

            // Generator: first run, then incremental runs after one-line edits. As in the IDE, each edit is made to the
            // compilation of the edit before, and the driver that ran on that one runs on it.
            var generator = new GeneratorBenchmarks();
            generator.Setup();
            var first = synthetic.CreateDriver().RunGenerators(synthetic.Compilation.Clone());
            var firstTiming = first.GetTimingInfo();
            Console.WriteLine($"generator first run (driver's own timing): {firstTiming.ElapsedTime.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture)} ms");
            var times = EditChain(generator, synthetic.CreateDriver(), listBuilt: true);
            Console.WriteLine($"generator incremental run after an unrelated one-line edit: median {Ms(times)} ms, max {times[^1].ToString("0.000", CultureInfo.InvariantCulture)} ms (50 runs)");
            var unbuilt = EditChain(generator, synthetic.CreateDriver(), listBuilt: false);
            Console.WriteLine($"  the same where nothing but the generator builds the edited compilation's list of trees: median {Ms(unbuilt)} ms, max {unbuilt[^1].ToString("0.000", CultureInfo.InvariantCulture)} ms (50 runs)");

            // Attribution: the same incremental run with probe generators that each do one part of what ours does.
            Probe(generator, "probe: driver + post-initialization output only", new ProbeGenerator(useCompilation: false));
            Probe(generator, "probe: driver + CompilationProvider.Select(c => c.SyntaxTrees.Count())", new ProbeGenerator(useCompilation: true, treesOnly: true, postInitialization: false));
            Probe(generator, "probe: the same step in a generator with post-initialization output", new ProbeGenerator(useCompilation: true, treesOnly: true));
            Probe(generator, "probe: driver + CompilationProvider.Select(c => c.GetTypeByMetadataName(\"System.DateOnly\"))", new ProbeGenerator(useCompilation: true));
            var direct = new List<double>();
            for (var i = 0; i < 50; i++)
            {
                var edited = generator.EditOneLine();
                var start = Stopwatch.GetTimestamp();
                _ = edited.GetTypeByMetadataName("System.DateOnly");
                direct.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            Console.WriteLine($"probe: GetTypeByMetadataName(\"System.DateOnly\") alone on the edited compilation: median {Ms(direct)} ms (50 runs)");
        }

        // What every analyzer's compilation start asks first: the first type lookup on a new compilation makes the
        // compiler build the project's global namespace from every declaration, and the analyzer that asks pays.
        var lookups = Enumerable.Range(0, 5).Select(run =>
        {
            var fresh = synthetic.WithSameTrees();
            var start = Stopwatch.GetTimestamp();
            _ = fresh.GetTypeByMetadataName("ComplaintCode.ImplementsAttribute");
            var first = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            _ = fresh.GetTypeByMetadataName("ComplaintCode.ComplaintWorkflowAttribute");
            return (First: first, Second: Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }).ToList();
        Console.WriteLine($"probe: the first GetTypeByMetadataName on a new compilation of the same trees: median {Ms(lookups.Select(l => l.First).ToList())} ms; the next one: median {Ms(lookups.Select(l => l.Second).ToList())} ms (5 runs)");

        if (GeneratorOnly)
        {
            return;
        }

        var compilation = synthetic.WithGeneratedSources();
        var analyzers = SyntheticCompilation.ComplaintCodeAnalyzers().Where(a => Only is null || a.GetType().Name == Only).ToImmutableArray();
        var cold = AnalyzerTimes(compilation, analyzers);
        var warm = Enumerable.Range(0, 5).Select(_ => AnalyzerTimes(compilation, analyzers)).ToList();
        Console.WriteLine("analyzer execution time (the compiler's accounting, summed over threads): cold first analysis; warm median and range of 5");
        foreach (var analyzer in analyzers)
        {
            var name = analyzer.GetType().Name;
            var runs = warm.Select(w => w.PerAnalyzer[name]).Order().ToList();
            Console.WriteLine($"  {name,-28} cold {Ms(cold.PerAnalyzer[name]),8} ms   warm {Ms(runs[runs.Count / 2]),8} ms ({Ms(runs[0])}-{Ms(runs[^1])})");
        }

        var totals = warm.Select(w => w.PerAnalyzer.Values.Sum()).Order().ToList();
        var walls = warm.Select(w => w.Wall).Order().ToList();
        Console.WriteLine($"  {"all of ours",-28} cold {Ms(cold.PerAnalyzer.Values.Sum()),8} ms   warm {Ms(totals[totals.Count / 2]),8} ms ({Ms(totals[0])}-{Ms(totals[^1])})");
        Console.WriteLine($"analysis wall time (compiler diagnostics + our analyzers): cold {Ms(cold.Wall)} ms, warm median {Ms(walls[walls.Count / 2])} ms");
    }

    private static void Probe(GeneratorBenchmarks generator, string name, Microsoft.CodeAnalysis.IIncrementalGenerator probe)
    {
        var synthetic = SyntheticCompilation.Instance;
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create([probe.AsSourceGenerator()], parseOptions: synthetic.ParseOptions);
        Console.WriteLine($"{name}: median {Ms(EditChain(generator, driver, listBuilt: true))} ms; {Ms(EditChain(generator, driver, listBuilt: false))} ms where nothing else builds the list of trees (50 runs each)");
    }

    /// <summary>
    /// Fifty incremental runs, each after a one-line edit to the compilation of the run before, timed; sorted. The
    /// chain starts from a new compilation of the same trees, so no list of trees built before it is reused.
    /// </summary>
    /// <param name="listBuilt">
    /// Build each edited compilation's list of trees before the run, untimed, as it is for a compilation the IDE has
    /// used. The driver gives generators the compilation with every generator's post-initialization sources added,
    /// a new compilation on each run; where nothing else has built the edited one's list, the first step that reads
    /// the trees builds that new compilation's list from every tree of the project (the probes show it).
    /// </param>
    private static List<double> EditChain(GeneratorBenchmarks generator, Microsoft.CodeAnalysis.GeneratorDriver driver, bool listBuilt)
    {
        var synthetic = SyntheticCompilation.Instance;
        var compilation = synthetic.WithSameTrees();
        var tree = GeneratorBenchmarks.UnrelatedTree(synthetic);
        driver = driver.RunGenerators(compilation);
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            compilation = generator.EditOneLine(compilation, ref tree);
            if (listBuilt)
            {
                _ = compilation.SyntaxTrees.Count();
            }

            var start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(compilation);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    /// <summary>One analysis of a fresh copy of the compilation: each analyzer's execution time (ms) and the wall time.</summary>
    private static (Dictionary<string, double> PerAnalyzer, double Wall) AnalyzerTimes(Microsoft.CodeAnalysis.Compilation compilation, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers)
    {
        var start = Stopwatch.GetTimestamp();
        var withAnalyzers = AnalyzerBenchmarks.Analyzers(compilation.Clone(), analyzers, logTime: true);
        // The analysis result carries the compiler's per-analyzer accounting (GetAnalyzerTelemetryInfoAsync reads zero
        // after GetAllDiagnosticsAsync); compiler diagnostics are asked for too, so every body is bound as in a build.
        var result = withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        _ = withAnalyzers.Compilation.GetDiagnostics();
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var times = analyzers.ToDictionary(a => a.GetType().Name, a => result.AnalyzerTelemetryInfo[a].ExecutionTime.TotalMilliseconds);
        return (times, wall);
    }

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Ms(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2].ToString("0.000", CultureInfo.InvariantCulture);
    }

    private sealed class ProbeGenerator(bool useCompilation, bool useAttribute = false, bool treesOnly = false, bool postInitialization = true) : Microsoft.CodeAnalysis.IIncrementalGenerator
    {
        public void Initialize(Microsoft.CodeAnalysis.IncrementalGeneratorInitializationContext context)
        {
            if (useAttribute)
            {
                var attributed = context.SyntaxProvider.ForAttributeWithMetadataName("System.ObsoleteAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name);
                context.RegisterSourceOutput(attributed.Collect(), static (output, names) => output.AddSource("ProbeObsolete.g.cs", "// " + names.Length));
            }

            if (postInitialization)
            {
                context.RegisterPostInitializationOutput(static post => post.AddSource("Probe.g.cs", "namespace Probe { internal sealed class ProbeAttribute : System.Attribute { } }"));
            }
            if (useCompilation && treesOnly)
            {
                var trees = context.CompilationProvider.Select(static (c, _) => c.SyntaxTrees.Count());
                context.RegisterSourceOutput(trees, static (output, value) => output.AddSource("ProbeTrees.g.cs", "// " + value));
            }
            else if (useCompilation)
            {
                var hasDateOnly = context.CompilationProvider.Select(static (c, _) => c.GetTypeByMetadataName("System.DateOnly") is not null);
                context.RegisterSourceOutput(hasDateOnly, static (output, value) => output.AddSource("ProbeDateOnly.g.cs", "// " + value));
            }
        }
    }
}

/// <summary>Asks the analyzer driver for what ours ask (symbol and operation actions) and does nothing with it.</summary>
[Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
internal sealed class StandInAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer
{
    private static readonly Microsoft.CodeAnalysis.DiagnosticDescriptor s_never = new("BENCH0002", "Never reported", "Never reported", "Bench", Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

    public override void Initialize(Microsoft.CodeAnalysis.Diagnostics.AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(static _ => { }, Microsoft.CodeAnalysis.SymbolKind.NamedType, Microsoft.CodeAnalysis.SymbolKind.Method, Microsoft.CodeAnalysis.SymbolKind.Field, Microsoft.CodeAnalysis.SymbolKind.Property);
            start.RegisterOperationAction(static _ => { }, Microsoft.CodeAnalysis.OperationKind.Invocation, Microsoft.CodeAnalysis.OperationKind.Return, Microsoft.CodeAnalysis.OperationKind.FieldInitializer);
            start.RegisterSyntaxNodeAction(static _ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
            start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
