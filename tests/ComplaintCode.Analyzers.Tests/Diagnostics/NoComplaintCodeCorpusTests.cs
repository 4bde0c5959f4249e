using System.Collections.Immutable;
using System.IO;
using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Tests.Generation;
using ComplaintCode.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

/// <summary>
/// Ordinary line-of-business code (orders, repairs, tenancies, retention periods, HSTS max-age, stage and status
/// enums) in a project that references the package: every analyzer runs and none reports. The rules that guess from
/// names must stay quiet on code that is not about complaints.
/// </summary>
public class NoComplaintCodeCorpusTests
{
    private static readonly string[] s_corpus = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "LineOfBusiness"), "*.cs")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    [Fact]
    public async Task LineOfBusinessCode_DrawsNoComplaintCodeDiagnostic()
    {
        Assert.True(s_corpus.Length >= 4 && s_corpus.Sum(s => s.Split('\n').Length) >= 250, "the corpus is missing from TestData/LineOfBusiness");

        var diagnostics = await RunAllAnalyzersAsync(s_corpus);

        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("CHC", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Fact]
    public async Task TheSameCorpus_WithOneComplaintFile_Reports()
    {
        // Guards the test above: the harness sees inferred breaches when there are some.
        const string complaints = """
            namespace Acme.Shop.Complaints
            {
                public enum ComplaintStatus { New, Stage1Open, Stage2Open, Stage3Open, Closed }

                public static class ComplaintRules
                {
                    public const int Stage1ResponseWorkingDays = 15;
                }
            }
            """;

        var diagnostics = await RunAllAnalyzersAsync(s_corpus.Append(complaints).ToArray());

        Assert.Equal(
            new[] { DiagnosticIds.InferredMoreThanTwoStages, DiagnosticIds.InferredExtraNamedStage, DiagnosticIds.InferredTimescaleTooLong }.Order(StringComparer.Ordinal),
            diagnostics.Select(d => d.Id).Where(id => id.StartsWith("CHC", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAllAnalyzersAsync(string[] sources)
    {
        var (compilation, _) = GeneratorHarness.Run(GeneratorHarness.Compilation(sources));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        var (diagnostics, crashes) = await AnalyzerHarness.RunAsync(compilation, AnalyzerHarness.All, ImmutableArray<AdditionalText>.Empty);
        Assert.Empty(crashes);
        return diagnostics;
    }
}
