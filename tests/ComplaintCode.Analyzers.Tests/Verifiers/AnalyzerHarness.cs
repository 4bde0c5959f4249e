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

    /// <summary>
    /// The compilation with severities taken from analyzer config files (.editorconfig, .globalconfig) by the
    /// compiler's own rules, as a build applies them. The markup verifier does not raise a severity from them.
    /// </summary>
    public static Compilation WithAnalyzerConfig(Compilation compilation, params (string Path, string Text)[] configs)
    {
        var set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToImmutableArray());
        return compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new ConfigOptionsProvider(set)));
    }

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

    private sealed class ConfigOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public ConfigOptionsProvider(AnalyzerConfigSet set) => _set = set;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
