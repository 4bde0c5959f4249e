using System.Collections.Immutable;
using ComplaintCode.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers over a compilation the way the compiler does, outside the markup verifier: for the tests that look
/// at crashes (truncated sources, hostile policy files) or at what the analyzers write (the findings log).
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>Every analyzer in the ComplaintCode.Analyzers assembly, in name order.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> All = typeof(ComplaintCodeGenerator).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The analyzers' diagnostics, and every crash: an exception an analyzer threw, or an AD0001 reported.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Crashes)> RunAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<AdditionalText> additionalTexts,
        bool concurrent = false)
    {
        var crashes = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalTexts),
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    lock (crashes)
                    {
                        crashes.Add($"{analyzer.GetType().Name} threw {exception}");
                    }
                },
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();

        crashes.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => $"reported {d}"));
        return (diagnostics, crashes);
    }
}
