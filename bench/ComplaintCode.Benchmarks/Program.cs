using Microsoft.CodeAnalysis;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ComplaintCode.Benchmarks;

// dotnet run -c Release --project bench/ComplaintCode.Benchmarks -- [--files N] [--breakdown] [BenchmarkDotNet args]
//   --files N     size of the synthetic codebase (default 2000); the same sources as bench/SyntheticCodebase
//   --breakdown   no BenchmarkDotNet: one analysis with per-analyzer times, and the generator's incremental times
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
        case "--breakdown":
            breakdown = true;
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
    public static void Run()
    {
        var synthetic = SyntheticCompilation.Instance;
        var compilation = synthetic.WithGeneratedSources();
        var analyzers = SyntheticCompilation.ComplaintCodeAnalyzers();
        Console.WriteLine($"breakdown: {synthetic.Files} files, {synthetic.Lines} lines");

        // Warm up once (JIT, reference symbols), then measure on a fresh copy.
        AnalyzerBenchmarks.Analyze(compilation.Clone(), analyzers);
        var watch = Stopwatch.StartNew();
        var withAnalyzers = AnalyzerBenchmarks.Analyzers(compilation.Clone(), analyzers, logTime: true);
        withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        watch.Stop();
        // Per-analyzer times: see the ReportAnalyzer lines of bench/run.sh (the compiler's own accounting).
        Console.WriteLine($"analysis wall time (compiler diagnostics + our analyzers): {watch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
        foreach (var analyzer in analyzers)
        {
            var info = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine(
                $"analyzer {analyzer.GetType().Name}: registered "
                + $"(symbol actions {info.SymbolActionsCount}, syntax node actions {info.SyntaxNodeActionsCount}, operation actions {info.OperationActionsCount}, "
                + $"operation block start actions {info.OperationBlockStartActionsCount}, compilation end actions {info.CompilationEndActionsCount})");
        }

        // Generator: first run, then incremental runs after one-line edits, each on a fresh compilation.
        var generator = new GeneratorBenchmarks();
        generator.Setup();
        var first = synthetic.CreateDriver().RunGenerators(synthetic.Compilation.Clone());
        var firstTiming = first.GetTimingInfo();
        Console.WriteLine($"generator first run (driver's own timing): {firstTiming.ElapsedTime.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture)} ms");
        var times = new List<double>();
        var driver = first;
        for (var i = 0; i < 50; i++)
        {
            var edited = generator.EditOneLine();
            var start = Stopwatch.GetTimestamp();
            var next = driver.RunGenerators(edited);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (i == 49)
            {
                Console.WriteLine($"generator incremental run (driver's own timing, last of 50): {next.GetTimingInfo().ElapsedTime.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture)} ms");
            }
        }

        times.Sort();
        Console.WriteLine($"generator incremental run after an unrelated one-line edit: median {Ms(times)} ms, max {times[^1].ToString("0.000", CultureInfo.InvariantCulture)} ms (50 runs)");

        // Attribution: the same incremental run with probe generators that each do one part of what ours does.
        Probe(generator, "probe: driver + post-initialization output only", new ProbeGenerator(useCompilation: false));
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

    private static void Probe(GeneratorBenchmarks generator, string name, Microsoft.CodeAnalysis.IIncrementalGenerator probe)
    {
        var synthetic = SyntheticCompilation.Instance;
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create([probe.AsSourceGenerator()], parseOptions: synthetic.ParseOptions)
            .RunGenerators(synthetic.Compilation.Clone());
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var edited = generator.EditOneLine();
            var start = Stopwatch.GetTimestamp();
            driver.RunGenerators(edited);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        Console.WriteLine($"{name}: median {Ms(times)} ms (50 runs)");
    }

    private static string Ms(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2].ToString("0.000", CultureInfo.InvariantCulture);
    }

    private sealed class ProbeGenerator(bool useCompilation) : Microsoft.CodeAnalysis.IIncrementalGenerator
    {
        public void Initialize(Microsoft.CodeAnalysis.IncrementalGeneratorInitializationContext context)
        {
            context.RegisterPostInitializationOutput(static post => post.AddSource("Probe.g.cs", "namespace Probe { internal sealed class ProbeAttribute : System.Attribute { } }"));
            if (useCompilation)
            {
                var hasDateOnly = context.CompilationProvider.Select(static (c, _) => c.GetTypeByMetadataName("System.DateOnly") is not null);
                context.RegisterSourceOutput(hasDateOnly, static (output, value) => output.AddSource("ProbeDateOnly.g.cs", "// " + value));
            }
        }
    }
}
