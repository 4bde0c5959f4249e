using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using ComplaintCode.Analyzers.Generation;
using ComplaintCode.Bench.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ComplaintCode.Benchmarks;

/// <summary>
/// The synthetic housing codebase as one compilation, set up as the build compiles it: the same sources as
/// bench/SyntheticCodebase (without the baseline stubs), the SDK's implicit usings, nullable enabled, optimised,
/// the net10.0 reference assemblies, and complaint-policy.yaml as an additional file.
/// </summary>
internal sealed class SyntheticCompilation
{
    public const string FilesVariable = "COMPLAINTCODE_BENCH_FILES";
    public const string ShapeVariable = "COMPLAINTCODE_BENCH_SHAPE";
    private const string Root = "/synthetic/";

    private static readonly Lazy<SyntheticCompilation> s_instance = new(() => new SyntheticCompilation(FileCount, Shape));

    private SyntheticCompilation(int files, CodebaseShape shape)
    {
        Files = files;
        CodebaseShape = shape;
        // The symbols the SDK defines for the net10.0 build of Synthetic.csproj.
        var major = Environment.Version.Major;
        var symbols = new[] { "NET", "NETCOREAPP", $"NET{major}_0" }
            .Concat(Enumerable.Range(5, major - 4).Select(v => $"NET{v}_0_OR_GREATER"))
            .Concat(new[] { "NETCOREAPP3_1_OR_GREATER", "RELEASE", "TRACE" });
        ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None, preprocessorSymbols: symbols);
        var sources = HousingCodebase.Generate(files, shape).ToList();
        sources.Add(new SourceFile("obj/Synthetic.GlobalUsings.g.cs", GlobalUsings));
        Trees = sources
            .AsParallel().AsOrdered()
            .Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), ParseOptions, Root + s.Path))
            .ToImmutableArray();
        Lines = sources.Sum(s => s.Text.Count(c => c == '\n'));
        Compilation = CSharpCompilation.Create(
            "Synthetic",
            Trees,
            ReferenceAssemblies(),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: true,
                deterministic: true));
        AdditionalTexts = [new InMemoryText(Root + HousingCodebase.PolicyPath, SourceText.From(HousingCodebase.PolicyFile(), System.Text.Encoding.UTF8))];
        AnalyzerOptions = new AnalyzerOptions(AdditionalTexts);
    }

    public static int FileCount
        => int.TryParse(Environment.GetEnvironmentVariable(FilesVariable), out var n) && n > 0 ? n : HousingCodebase.DefaultFiles;

    public static CodebaseShape Shape
        => CodebaseShape.Parse(Environment.GetEnvironmentVariable(ShapeVariable) ?? "plain")
           ?? throw new InvalidOperationException($"{ShapeVariable}: unknown shape; one of {string.Join(", ", CodebaseShape.Names)}");

    public static SyntheticCompilation Instance => s_instance.Value;

    public CodebaseShape CodebaseShape { get; }

    public int Files { get; }

    public int Lines { get; }

    public CSharpParseOptions ParseOptions { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The user's code only: what the compiler hands to the generator.</summary>
    public CSharpCompilation Compilation { get; }

    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    public AnalyzerOptions AnalyzerOptions { get; }

    /// <summary>
    /// A new compilation of the same tree objects: nothing the compiler built for an earlier compilation (the list of
    /// trees, the global namespace) is reused, while what the generator keeps per tree is.
    /// </summary>
    public Compilation WithSameTrees()
        => Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(Trees);

    /// <summary>
    /// The compilation with new tree objects of the same text, as a fresh compile has: the generator keeps what it
    /// read of each tree while the tree lives, so a first run measured on the same trees would find it all read.
    /// </summary>
    public Compilation WithFreshTrees()
        => Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(Trees.Select(t => t.WithFilePath(t.FilePath)));

    public GeneratorDriver CreateDriver(IIncrementalGenerator? generator = null)
        => CSharpGeneratorDriver.Create(
            [(generator ?? new ComplaintCodeGenerator()).AsSourceGenerator()],
            AdditionalTexts,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The compilation with the generator's output added, as the analyzers see it in a build.</summary>
    public Compilation WithGeneratedSources()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var diagnostics);
        if (diagnostics.Length > 0)
        {
            throw new InvalidOperationException("The generator reported: " + string.Join("; ", diagnostics));
        }

        return output;
    }

    /// <summary>Every analyzer of ComplaintCode.Analyzers, found the way the compiler finds them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> ComplaintCodeAnalyzers()
        => typeof(ComplaintCodeGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    // What the SDK writes to obj/<name>.GlobalUsings.g.cs for ImplicitUsings=enable in a Microsoft.NET.Sdk project.
    private const string GlobalUsings = """
        // <auto-generated/>
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;

        """;

    /// <summary>
    /// The net10.0 reference assemblies from the SDK's targeting pack (the runtime's own assemblies if there is none),
    /// and the ComplaintCode library.
    /// </summary>
    private static ImmutableArray<MetadataReference> ReferenceAssemblies()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var refDirectory = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Where(d => Path.GetFileName(d).StartsWith($"{Environment.Version.Major}.", StringComparison.Ordinal))
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
                .Select(d => Path.Combine(d, "ref", $"net{Environment.Version.Major}.0"))
                .FirstOrDefault(Directory.Exists)
            : null;
        var files = refDirectory is not null
            ? Directory.GetFiles(refDirectory, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll").ToArray();
        return files.Order(StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .Append(MetadataReference.CreateFromFile(typeof(global::ComplaintCode.Provision).Assembly.Location))
            .ToImmutableArray();
    }

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
