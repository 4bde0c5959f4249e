using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Generation;
using ComplaintCode.Analyzers.Tests.Generation;
using ComplaintCode.Analyzers.Tests.Verifiers;
using ComplaintCode.Model.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace ComplaintCode.Analyzers.Tests.Robustness;

/// <summary>
/// In the IDE the generator and the analyzers see code while it is being typed: every prefix of a file is a state
/// the user passes through. Neither may crash on one (CS8785 for the generator, AD0001 for an analyzer).
/// Each input is cut at token boundaries (a bounded, evenly spread sample of them) and the cut text is compiled
/// with the real generator and every analyzer in the ComplaintCode.Analyzers assembly.
/// </summary>
public class TruncatedSourceTests
{
    /// <summary>At most this many cuts of one input.</summary>
    private const int MaxCutsPerInput = 40;

    /// <summary>At most this many cuts over all inputs, so the whole test stays short on a small machine.</summary>
    private const int GlobalCutBudget = 360;

    private static readonly CSharpParseOptions s_parseOptions = Generation.GeneratorHarness.ModernOptions;

    private static readonly Lazy<string> s_repositoryRoot = new(() => RepositoryFiles.Root);

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_inputs = new(LoadInputs);

    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = AnalyzerHarness.All;

    private readonly ITestOutputHelper _output;

    public TruncatedSourceTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Inputs() => s_inputs.Value.Select(input => new object[] { input.Name });

    [Fact]
    public void Inputs_CoverEveryAnalyzerAndBothSamples()
    {
        // Guards the reflection above: if it found nothing, the theory below would prove nothing.
        Assert.True(s_analyzers.Length >= 6, string.Join(", ", s_analyzers.Select(a => a.GetType().Name)));
        Assert.Contains(s_inputs.Value, i => i.Name.StartsWith("samples/RiversideHomes/", StringComparison.Ordinal));
        Assert.Contains(s_inputs.Value, i => i.Name.StartsWith("samples/RiversideHomes.NonCompliant/", StringComparison.Ordinal));
        Assert.Contains(s_inputs.Value, i => i.Name.Contains("#embedded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AThrowingAnalyzer_IsCaughtByTheHarness()
    {
        // Guards the harness: a crash must come back as a failure, not vanish into a swallowed exception.
        var failures = await RunAsync(
            "class C { }",
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/0/complaint-policy.yaml", "landlord: Riverside Homes\n")),
            ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));

        Assert.Contains(failures, f => f.Contains(nameof(ThrowingAnalyzer), StringComparison.Ordinal) && f.Contains("deliberate", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task TruncatedSource_NeverCrashesTheGeneratorOrAnyAnalyzer(string name)
    {
        var text = s_inputs.Value.Single(i => i.Name == name).Text;
        var policy = new InMemoryAdditionalText(
            "/0/complaint-policy.yaml",
            File.ReadAllText(Path.Combine(s_repositoryRoot.Value, "samples", "RiversideHomes", "complaint-policy.yaml")));
        // As in a command-line build, the analyzers also write their findings for the self-assessment step, so the
        // code that applies pragmas and [SuppressMessage] to half-typed code runs too.
        var directory = Directory.CreateTempSubdirectory("complaintcode-truncated-").FullName;
        var request = new InMemoryAdditionalText(Path.Combine(directory, "Truncated" + FindingsContract.RequestSuffix), "");
        var findingsPath = Path.Combine(directory, "Truncated" + FindingsContract.FindingsSuffix);
        var cuts = CutPoints(text, Math.Max(4, Math.Min(MaxCutsPerInput, GlobalCutBudget / s_inputs.Value.Count)));
        var failures = new List<string>();

        try
        {
            foreach (var cut in cuts)
            {
                var prefix = text.Substring(0, cut);
                File.Delete(findingsPath);
                foreach (var failure in await RunAsync(prefix, ImmutableArray.Create<AdditionalText>(policy, request), s_analyzers))
                {
                    failures.Add($"{name} cut at {cut} (…{Tail(prefix)}): {failure}");
                }

                if (!File.Exists(findingsPath))
                {
                    failures.Add($"{name} cut at {cut} (…{Tail(prefix)}): no findings file was written");
                }
                else
                {
                    using var findings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(findingsPath));
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        _output.WriteLine($"{name}: {cuts.Count} cuts of {text.Length} characters, {failures.Count} failures");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Runs the generator, then every analyzer over the generated compilation; returns each crash found.</summary>
    private static async Task<IReadOnlyList<string>> RunAsync(string source, ImmutableArray<AdditionalText> additionalTexts, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var failures = new List<string>();
        var compilation = CSharpCompilation.Create(
            "RiversideHomes.Truncated",
            new[] { CSharpSyntaxTree.ParseText(source, s_parseOptions, path: "Truncated.cs") },
            GeneratorHarness.Compilation("").References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ComplaintCodeGenerator().AsSourceGenerator() },
            additionalTexts,
            s_parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        foreach (var result in driver.GetRunResult().Results)
        {
            if (result.Exception is not null)
            {
                failures.Add($"generator threw {result.Exception}");
            }
        }

        failures.AddRange(generatorDiagnostics.Where(d => d.Id == "CS8785").Select(d => $"generator reported {d}"));

        var (_, crashes) = await AnalyzerHarness.RunAsync(output, analyzers, additionalTexts);
        failures.AddRange(crashes);
        return failures;
    }

    /// <summary>Token end positions (plus the empty prefix), thinned evenly to at most <paramref name="count"/>.</summary>
    private static IReadOnlyList<int> CutPoints(string text, int count)
    {
        var ends = CSharpSyntaxTree.ParseText(text, s_parseOptions)
            .GetRoot()
            .DescendantTokens(descendIntoTrivia: false)
            .Select(t => t.Span.End)
            .Prepend(0)
            .Where(p => p <= text.Length)
            .Distinct()
            .Order()
            .ToArray();

        if (ends.Length <= count)
        {
            return ends;
        }

        // Evenly spread, always including the first and the last token boundary.
        return Enumerable.Range(0, count)
            .Select(i => ends[(int)((long)i * (ends.Length - 1) / (count - 1))])
            .Distinct()
            .ToArray();
    }

    private static IReadOnlyList<(string Name, string Text)> LoadInputs()
    {
        var root = s_repositoryRoot.Value;
        var inputs = new List<(string Name, string Text)>();

        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories))
        {
            if (!IsBuildOutput(path))
            {
                inputs.Add((Relative(root, path), File.ReadAllText(path)));
            }
        }

        var testsRoot = Path.Combine(root, "tests", "ComplaintCode.Analyzers.Tests");
        foreach (var folder in new[] { "Diagnostics", "CodeFixes" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(testsRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (IsBuildOutput(path))
                {
                    continue;
                }

                // The test file itself is C#; so is each source it embeds in a raw string literal (markup removed).
                var text = File.ReadAllText(path);
                var name = Relative(root, path);
                inputs.Add((name, text));
                var embedded = EmbeddedSources(text).ToList();
                if (embedded.Count > 0)
                {
                    inputs.Add((name + "#embedded", string.Join("\n\n", embedded)));
                }
            }
        }

        return inputs.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The C# sources a test file holds in raw string literals, with the testing library's markup removed.</summary>
    private static IEnumerable<string> EmbeddedSources(string testFile)
        => CSharpSyntaxTree.ParseText(testFile, s_parseOptions)
            .GetRoot()
            .DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            .Select(t => t.ValueText)
            .Where(s => s.Contains("using ComplaintCode", StringComparison.Ordinal) || s.Contains("[assembly:", StringComparison.Ordinal))
            .Select(s => Regex.Replace(s, @"\{\|[^:|{}]*:|\|\}|\[\||\|\]", string.Empty));

    private static bool IsBuildOutput(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return path.Contains($"{separator}obj{separator}", StringComparison.Ordinal) || path.Contains($"{separator}bin{separator}", StringComparison.Ordinal);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string Tail(string prefix)
    {
        var tail = prefix.Length <= 60 ? prefix : prefix.Substring(prefix.Length - 60);
        return tail.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
    }

    /// <summary>Only handed to CompilationWithAnalyzers above, never loaded by a compiler, so it needs no [DiagnosticAnalyzer].</summary>
#pragma warning disable RS1001
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // A test-only rule, not released.
        private static readonly DiagnosticDescriptor s_rule = new("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(s_rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("deliberate"));
        }
    }
}
