using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Tests.Generation;
using ComplaintCode.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace ComplaintCode.Analyzers.Tests.Robustness;

/// <summary>
/// complaint-policy.yaml is user input that the analyzers read live in the IDE. A broken or hostile file gives CHC0501
/// at a line and column of the file, never an analyzer crash (AD0001) or a generator crash (CS8785); ordinary files
/// (a byte order mark, CRLF line endings, an empty file, comments only) give no diagnostic at all.
/// Every file is handed over as bytes and decoded the way the compiler decodes AdditionalFiles: SourceText.From(stream).
/// The time each file takes is written to the test output, for information only.
/// </summary>
public class HostilePolicyFileTests
{
    private const string PolicyPath = "/0/complaint-policy.yaml";

    private readonly ITestOutputHelper _output;

    public HostilePolicyFileTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> HostileFiles() => new(s_hostile.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> OrdinaryFiles() => new(s_ordinary.Keys.Order(StringComparer.Ordinal));

    /// <summary>Each hostile file, with the zero-based line its CHC0501 must start on.</summary>
    private static readonly Dictionary<string, (Func<byte[]> Bytes, int Line)> s_hostile = new()
    {
        ["syntax error"] = (() => Utf8("landlord: Riverside Homes\ntimescales:\n  stage1ResponseWorkingDays: [10\n"), 3),
        ["wrong type"] = (() => Utf8("landlord: Riverside Homes\nclosureDays: 2026-12-29\n"), 1),
        ["unknown key"] = (() => Utf8("landlord: Riverside Homes\nlandlrod: typo\n"), 1),
        ["duplicated key"] = (() => Utf8("landlord: Riverside Homes\nassessmentDate: 2026-06-30\nlandlord: Again\n"), 2),
        ["10,000 levels of nesting"] = (() => Utf8("provisions:\n  \"6.3\":\n    evidence: " + new string('[', 10_000) + new string(']', 10_000) + "\n"), 2),
        ["alias bomb"] = (AliasBomb, 8),
        ["50 MB file"] = (() => Utf8("landlord: " + new string('x', 50 * 1024 * 1024) + "\n"), 0),
        ["invalid UTF-8"] = (() => Utf8("landlord: Riverside Homes\ncommentary: caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Utf8("\n")).ToArray(), 1),
    };

    private static readonly Dictionary<string, Func<byte[]>> s_ordinary = new()
    {
        ["UTF-8 byte order mark"] = () => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("landlord: Riverside Homes\nassessmentDate: 2026-06-30\n")).ToArray(),
        ["CRLF line endings"] = () => Utf8(SamplePolicy().Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)),
        ["byte order mark and CRLF"] = () => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("landlord: Riverside Homes\r\nclosureDays:\r\n  - 2026-12-29\r\n")).ToArray(),
        ["empty file"] = () => Array.Empty<byte>(),
        ["comments only"] = () => Utf8("# Riverside Homes complaint policy\n# Nothing declared yet.\n"),
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task HostileFile_GetsChc0501InThePolicyFile_AndNoCrash(string name)
    {
        var (bytes, line) = s_hostile[name];
        var file = new StreamDecodedAdditionalText(PolicyPath, bytes());
        if (name == "invalid UTF-8")
        {
            // The precondition this case is about: the decoder turned the bad bytes into replacement characters.
            Assert.Contains('\uFFFD', file.GetText().ToString());
        }

        var stopwatch = Stopwatch.StartNew();
        var (diagnostics, crashes) = await RunAnalyzerAsync(file);
        var analyzerTime = stopwatch.Elapsed;
        stopwatch.Restart();
        var generatorCrashes = RunGenerator(file);
        var generatorTime = stopwatch.Elapsed;
        _output.WriteLine($"{name}: {file.GetText().Length:N0} characters; analyzer {analyzerTime.TotalMilliseconds:N0} ms, generator {generatorTime.TotalMilliseconds:N0} ms");
        foreach (var diagnostic in diagnostics)
        {
            _output.WriteLine($"  {diagnostic.Id} {diagnostic.Location.GetLineSpan()}: {diagnostic.GetMessage()}");
        }

        Assert.Empty(crashes);
        Assert.Empty(generatorCrashes);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var unusable = diagnostics.Where(d => d.Id == DiagnosticIds.PolicyFileUnusable).ToList();
        Assert.True(unusable.Count > 0, $"No CHC0501 for the {name}; got: {string.Join("; ", diagnostics)}");
        Assert.All(unusable, d =>
        {
            Assert.Equal(LocationKind.ExternalFile, d.Location.Kind);
            var span = d.Location.GetLineSpan();
            Assert.True(span.IsValid);
            Assert.Equal(PolicyPath, span.Path);
            Assert.True(span.StartLinePosition.Line >= 0 && span.StartLinePosition.Character >= 0);
            Assert.True(span.EndLinePosition >= span.StartLinePosition, span.ToString());
        });
        Assert.Contains(unusable, d => d.Location.GetLineSpan().StartLinePosition.Line == line);
    }

    [Theory]
    [MemberData(nameof(OrdinaryFiles))]
    public async Task OrdinaryFile_IsAcceptedWithoutAnyDiagnostic(string name)
    {
        var file = new StreamDecodedAdditionalText(PolicyPath, s_ordinary[name]());

        var stopwatch = Stopwatch.StartNew();
        var (diagnostics, crashes) = await RunAnalyzerAsync(file);
        var generatorCrashes = RunGenerator(file);
        _output.WriteLine($"{name}: {file.GetText().Length:N0} characters; analyzer and generator {stopwatch.Elapsed.TotalMilliseconds:N0} ms");

        Assert.Empty(crashes);
        Assert.Empty(generatorCrashes);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ByteOrderMark_IsRemovedByTheDecoder_AsTheCompilerDoes()
    {
        // Pins the assumption the BOM case rests on: SourceText.From(stream) reads the BOM as an encoding, not as text.
        var file = new StreamDecodedAdditionalText(PolicyPath, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("landlord: X\n")).ToArray());

        Assert.Equal("landlord: X\n", file.GetText().ToString());
    }

    /// <summary>Runs PolicyFileAnalyzer over a small compilation; returns the analyzer diagnostics and any exception it threw.</summary>
    private static async Task<(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Crashes)> RunAnalyzerAsync(AdditionalText file)
    {
        var (all, crashes) = await AnalyzerHarness.RunAsync(
            GeneratorHarness.Compilation("class C { }"),
            ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyFileAnalyzer()),
            ImmutableArray.Create(file));
        return (all.Where(d => d.Id.StartsWith("CHC", StringComparison.Ordinal) || d.Id == "AD0001").ToList(), crashes);
    }

    /// <summary>The generator reads the same file; it must not crash on it either.</summary>
    private static IReadOnlyList<string> RunGenerator(AdditionalText file)
    {
        var driver = GeneratorHarness.Driver(null, file)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("class C { }"), out _, out var diagnostics);
        return driver.GetRunResult().Results
            .Where(r => r.Exception is not null)
            .Select(r => $"generator threw {r.Exception}")
            .Concat(diagnostics.Where(d => d.Id == "CS8785").Select(d => d.ToString()))
            .ToList();
    }

    private static byte[] AliasBomb()
    {
        // "Billion laughs": ten levels of nine references each. The parser must refuse it without expanding it.
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            text.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + (char)(level - 1), 9))).Append("]\n");
        }

        return Utf8(text.ToString());
    }

    private static string SamplePolicy()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "samples", "RiversideHomes", "complaint-policy.yaml");
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintCode.Analyzers.sln")) && File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new InvalidOperationException("The compliant sample's complaint-policy.yaml was not found.");
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    /// <summary>An AdditionalText decoded from bytes the way the compiler decodes AdditionalFiles.</summary>
    private sealed class StreamDecodedAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public StreamDecodedAdditionalText(string path, byte[] bytes)
        {
            Path = path;
            using var stream = new MemoryStream(bytes, writable: false);
            _text = SourceText.From(stream);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
