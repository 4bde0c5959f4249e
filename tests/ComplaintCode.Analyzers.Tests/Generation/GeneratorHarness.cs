using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Threading;
using ComplaintCode.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ComplaintCode.Analyzers.Tests.Generation;

/// <summary>Drives the generator directly, with step tracking on, over compilations built from the running framework.</summary>
internal static class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> s_frameworkReferences =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(Verifiers.TestReferences.ComplaintCodeLibrary)
            .ToImmutableArray();

    private static readonly ImmutableArray<MetadataReference> s_frameworkOnly = s_frameworkReferences.RemoveAt(s_frameworkReferences.Length - 1);

    /// <summary>Parse options as the SDK gives a net10.0 project: the latest language and the NET*_OR_GREATER symbols.</summary>
    public static readonly CSharpParseOptions ModernOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithPreprocessorSymbols("NET", "NET6_0_OR_GREATER", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER");

    public static CSharpCompilation Compilation(params string[] sources)
        => Compilation(ModernOptions, sources);

    public static CSharpCompilation Compilation(CSharpParseOptions options, params string[] sources)
        => CSharpCompilation.Create(
            "RiversideHomes.Tests",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"File{i}.cs")),
            s_frameworkReferences,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: options.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    /// <summary>A compilation like the ComplaintCode library's own: the framework only, no library reference.</summary>
    public static CSharpCompilation LibraryCompilation()
        => CSharpCompilation.Create(
            "ComplaintCode",
            Array.Empty<SyntaxTree>(),
            s_frameworkOnly,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(CSharpParseOptions? options = null, params AdditionalText[] additionalTexts)
        => Driver(options, codeLibrary: false, additionalTexts);

    /// <param name="codeLibrary">Run as in the build of the ComplaintCode library (ComplaintCodeEmitCodeLibrary=true).</param>
    public static GeneratorDriver Driver(CSharpParseOptions? options, bool codeLibrary, params AdditionalText[] additionalTexts)
        => CSharpGeneratorDriver.Create(
            new[] { new ComplaintCodeGenerator().AsSourceGenerator() },
            additionalTexts,
            options ?? ModernOptions,
            optionsProvider: codeLibrary ? new GlobalOptionsProvider(ComplaintCodeGenerator.CodeLibraryProperty, "true") : null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator in the library's own build and returns the library compilation.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) RunAsCodeLibrary()
    {
        var driver = Driver(ModernOptions, codeLibrary: true)
            .RunGeneratorsAndUpdateCompilation(LibraryCompilation(), out var output, out _, CancellationToken.None);
        return (output, driver.GetRunResult());
    }

    /// <summary>Runs the generator and returns the compilation with the generated sources added.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Run(Compilation compilation, params AdditionalText[] additionalTexts)
    {
        var driver = Driver((CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options, additionalTexts)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, CancellationToken.None);
        return (output, driver.GetRunResult());
    }

    public static string Source(GeneratorDriverRunResult result, string hintName)
        => result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Fails when a pipeline value holds a symbol, syntax, location or compilation, which would pin compilations in memory.</summary>
    public static void AssertHoldsNoCompilerObjects(object? value, string step, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Location or Microsoft.CodeAnalysis.Compilation or SemanticModel or SyntaxTree,
            $"Step {step} holds a {value.GetType().Name}, which pins a compilation in memory.");

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertHoldsNoCompilerObjects(item, step, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), step, depth + 1);
        }
    }
}

/// <summary>Global build properties as MSBuild hands them to the compiler (build_property.X).</summary>
internal sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public GlobalOptionsProvider(string key, string value) => _global = new Options(ImmutableDictionary<string, string>.Empty.Add(key, value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
