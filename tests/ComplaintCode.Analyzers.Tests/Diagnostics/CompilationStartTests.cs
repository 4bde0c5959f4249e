using System.Collections.Immutable;
using ComplaintCode.Analyzers.Tests.Generation;
using ComplaintCode.Analyzers.Tests.Verifiers;
using ComplaintCode.Model.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

/// <summary>
/// No analyzer looks a type up at compilation start. A compilation's first type lookup creates its source assembly,
/// binding every reference, and the compiler starts that work itself as soon as it has started the analyzers: a lookup
/// at compilation start does it again, on another thread, at the same moment (bench/README.md, "Fourth pass"). A
/// reference that counts the reads of its metadata shows whether anything bound the references.
/// </summary>
public class CompilationStartTests
{
    private const string Source = """
        using System;
        using ComplaintCode;

        namespace Riverside.Complaints;

        public enum ComplaintStage { Stage1 = 1, Stage2 = 2 }

        public static class Deadlines
        {
            public const int Stage1ResponseDays = 10;

            public static DateOnly Stage1Response(DateOnly received) => received.AddDays(14);
        }
        """;

    [Fact]
    public void NoAnalyzer_BindsTheReferences_AtCompilationStart()
    {
        var bound = new List<string>();
        foreach (var analyzer in AnalyzerHarness.All)
        {
            var (compilation, reads) = NewCompilation();
            var context = new RecordingAnalysisContext();
            analyzer.Initialize(context);
            Assert.NotEmpty(context.StartActions);
            foreach (var action in context.StartActions)
            {
                action(new StartContext(compilation, Options()));
            }

            if (reads.Count > 0)
            {
                bound.Add($"{analyzer.GetType().Name} read reference metadata {reads.Count} times");
            }
        }

        Assert.Empty(bound);
    }

    /// <summary>The other test would pass vacuously if the counting reference missed a lookup.</summary>
    [Fact]
    public void ATypeLookup_ReadsTheCountingReferences()
    {
        var (compilation, reads) = NewCompilation();
        Assert.Equal(0, reads.Count);

        compilation.GetTypeByMetadataName("ComplaintCode.Provision");

        Assert.True(reads.Count > 0);
    }

    private static (Compilation Compilation, ReadCounter Reads) NewCompilation()
    {
        var reads = new ReadCounter();
        var references = new[] { typeof(object).Assembly.Location, typeof(global::ComplaintCode.Provision).Assembly.Location }
            .Select(path => (MetadataReference)new CountingReference(path, reads, MetadataReferenceProperties.Assembly));
        var compilation = CSharpCompilation.Create(
            "Riverside.Complaints",
            new[] { CSharpSyntaxTree.ParseText(Source, path: "/project/Deadlines.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return (compilation, reads);
    }

    /// <summary>With a policy file and a findings request, so every start action goes as far as it can.</summary>
    private static AnalyzerOptions Options() => new(ImmutableArray.Create<AdditionalText>(
        new InMemoryAdditionalText("/project/complaint-policy.yaml", "landlord: Riverside Homes\n"),
        new InMemoryAdditionalText("/project/obj/Riverside" + FindingsContract.RequestSuffix, string.Empty)));

    private sealed class ReadCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class CountingReference : PortableExecutableReference
    {
        private readonly string _path;
        private readonly ReadCounter _reads;

        public CountingReference(string path, ReadCounter reads, MetadataReferenceProperties properties)
            : base(properties, path)
        {
            _path = path;
            _reads = reads;
        }

        protected override Metadata GetMetadataImpl()
        {
            _reads.Add();
            return AssemblyMetadata.CreateFromFile(_path);
        }

        protected override DocumentationProvider CreateDocumentationProvider() => DocumentationProvider.Default;

        protected override PortableExecutableReference WithPropertiesImpl(MetadataReferenceProperties properties) => new CountingReference(_path, _reads, properties);
    }

    /// <summary>Keeps the compilation start actions an analyzer registers; registers nothing else.</summary>
    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }
    }

    /// <summary>A compilation start that accepts every registration and runs none.</summary>
    private sealed class StartContext : CompilationStartAnalysisContext
    {
        public StartContext(Compilation compilation, AnalyzerOptions options)
            : base(compilation, options, CancellationToken.None)
        {
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        {
        }

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        {
        }
    }
}
