using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Benchmarks;

/// <summary>
/// Our analyzers through CompilationWithAnalyzers on the whole synthetic codebase, against an analyzer that does
/// nothing. Both measure GetAllDiagnosticsAsync (the compiler's own diagnostics, which bind every method body, plus
/// the analyzers'), on a fresh copy of the compilation each time, so the difference is what our analyzers add to a
/// build's compile.
/// </summary>
[Config(typeof(BenchConfig.Analyzers))]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;
    private Compilation _fresh = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _empty;

    [GlobalSetup]
    public void Setup()
    {
        var synthetic = SyntheticCompilation.Instance;
        _compilation = synthetic.WithGeneratedSources();
        _ours = SyntheticCompilation.ComplaintCodeAnalyzers();
        _empty = [new EmptyAnalyzer()];

        // The codebase is compliant and compiles cleanly: no errors, no CHC warnings. Suggestions are not breaches: the
        // codebase writes ids as strings, which CHC0005 (info) offers to turn into Provision members.
        var diagnostics = Analyze(_compilation.Clone(), _ours);
        var problems = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("CHC", StringComparison.Ordinal))).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The synthetic codebase is not clean ({problems.Count}): " + string.Join("; ", problems.Take(5)));
        }

        Console.WriteLine($"// synthetic compilation: {synthetic.Files} files, {synthetic.Lines} lines, {_compilation.SyntaxTrees.Count()} trees with the generated ones; {_ours.Length} analyzers");
    }

    [IterationSetup]
    public void FreshCompilation() => _fresh = _compilation.Clone();

    [Benchmark(Baseline = true, Description = "Empty analyzer (baseline)")]
    public int EmptyAnalyzer() => Analyze(_fresh, _empty).Length;

    [Benchmark(Description = "ComplaintCode analyzers")]
    public int ComplaintCodeAnalyzers() => Analyze(_fresh, _ours).Length;

    internal static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTime = false)
        => Analyzers(compilation, analyzers, logTime).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

    internal static CompilationWithAnalyzers Analyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTime)
        => compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                SyntheticCompilation.Instance.AnalyzerOptions,
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: logTime,
                reportSuppressedDiagnostics: false));
}

/// <summary>An analyzer that registers nothing: the cost of the analyzer driver itself.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor s_never = new("BENCH0001", "Never reported", "Never reported", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
