using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Model;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// Turns the Complaint Handling Code and the landlord's policy file into strongly typed C#.
/// Diagnostics about user code and the policy file are the analyzers' job; the generator only emits.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class ComplaintCodeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // ComplaintPolicy is internal and [Embedded]; the attribute is Roslyn's own definition, never one of ours.
        context.RegisterPostInitializationOutput(static post => post.AddEmbeddedAttributeDefinition());

        // One build of ours, the ComplaintCode library, gets the Code's shared public types; every other project gets
        // its ComplaintPolicy. Options, not the compilation, decide which: a CompilationProvider input re-runs on every edit.
        var isCodeLibrary = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.IsTrue(CodeLibraryProperty))
            .WithTrackingName(TrackingNames.IsCodeLibrary);

        context.RegisterSourceOutput(isCodeLibrary, static (output, isLibrary) =>
        {
            if (isLibrary)
            {
                foreach (var (hintName, source) in CodeLibraryEmitter.Sources)
                {
                    output.AddSource(hintName, source);
                }
            }
        });

        RegisterEvidence(context, isCodeLibrary);

        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => ((CSharpParseOptions)options).LanguageVersion >= LanguageVersion.CSharp8)
            .WithTrackingName(TrackingNames.NullableAnnotations);

        var policySource = SelectPolicy(context)
            .Combine(nullableAnnotations)
            .Combine(isCodeLibrary)
            .Select(static (pair, _) => pair.Right ? null : PolicySourceEmitter.EmitPolicy(pair.Left.Left, pair.Left.Right))
            .WithTrackingName(TrackingNames.PolicySource);

        context.RegisterSourceOutput(policySource, static (output, source) =>
        {
            if (source is not null)
            {
                output.AddSource("ComplaintCode.ComplaintPolicy.g.cs", source);
            }
        });
    }

    /// <summary>
    /// The provisions this project's [Implements] name, as an assembly attribute for the project that is the system
    /// (CHC0001 there counts them; see <see cref="EvidenceMetadata"/>).
    /// </summary>
    /// <remarks>
    /// The ids are read from syntax, once per tree, so an edit re-reads only the edited tree and nothing is bound:
    /// the alternative, binding every [Implements] (ForAttributeWithMetadataName), runs again in each new
    /// compilation, that is on every keystroke. Syntax proves an attribute ours where the name can mean nothing
    /// else: ComplaintCode is imported, and no type, alias or namespace of the project or its references takes the
    /// names Implements, ImplementsAttribute, Provision or ComplaintCode. What syntax cannot prove (such a name taken,
    /// an id given through a constant, an alias of ImplementsAttribute) is bound, and only that.
    /// </remarks>
    private static void RegisterEvidence(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<bool> isCodeLibrary)
    {
        // Each tree's facts are read once (TreeFacts); a new compilation only gathers them, so after an edit that
        // leaves them as they were this step is Unchanged and nothing after it runs.
        var syntax = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => TreeFacts.Of(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ImplementsSyntax);

        var references = context.MetadataReferencesProvider
            .Select(ReferencedNames.Read)
            .WithTrackingName(TrackingNames.ReferencedNames);

        var plan = syntax
            .Combine(references.Collect())
            .Select(static (pair, _) => ImplementsResolution.Plan(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ImplementedIds);

        // The compilation is an input here only for what the plan could not prove; with nothing to bind it is not read.
        var evidence = plan
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => ImplementsResolution.Evidence(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Evidence);

        context.RegisterSourceOutput(evidence.Combine(isCodeLibrary), static (output, pair) =>
        {
            if (pair.Left.Count > 0 && !pair.Right)
            {
                output.AddSource(EvidenceMetadata.HintName, EvidenceMetadata.Emit(pair.Left));
            }
        });
    }

    /// <summary>The MSBuild property (made compiler-visible by src/ComplaintCode) that marks the library's own build.</summary>
    internal const string CodeLibraryProperty = "build_property.ComplaintCodeEmitCodeLibrary";

    /// <summary>The landlord's policy file, parsed, or null when the project has none.</summary>
    internal static IncrementalValueProvider<PolicyFile?> SelectPolicy(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => PolicyAdditionalFiles.IsPolicyFile(pair.Left, pair.Right))
            // The analyzers ask PolicyCache for the same text: one parse serves both.
            .Select(static (pair, cancellationToken) => PolicyCache.Get(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.PolicyFiles);

        // Only one policy file is used; the analyzers report any other (CHC0501). Sorting keeps the choice stable.
        return files.Collect()
            .Select(static (all, _) => PolicyFiles.Choose(all.Select(p => p.Path)) is { } chosen ? all.First(p => p.Path == chosen) : null)
            .WithTrackingName(TrackingNames.Policy);
    }
}
