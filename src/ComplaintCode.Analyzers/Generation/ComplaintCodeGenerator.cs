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
    private static void RegisterEvidence(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<bool> isCodeLibrary)
    {
        var ids = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                "ComplaintCode.ImplementsAttribute",
                static (_, _) => true,
                static (attributed, _) => new EquatableArray<string>(attributed.Attributes
                    .SelectMany(ImplementsIds.Read)
                    .Where(id => id.Provision is not null)
                    .Select(id => id.Provision!.Id)))
            .WithTrackingName(TrackingNames.ImplementedIds);

        var evidence = ids.Collect()
            .Select(static (all, _) => new EquatableArray<string>(all
                .SelectMany(a => a)
                .Distinct()
                .OrderBy(id => CodeCatalog.Instance.Get(id).NumericValue)))
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
            .Select(static (pair, cancellationToken) => PolicyCache.Parse(pair.Left.Path, pair.Left.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.PolicyFiles);

        // Only one policy file is used; the analyzers report any other (CHC0501). Sorting keeps the choice stable.
        return files.Collect()
            .Select(static (all, _) => PolicyFiles.Choose(all.Select(p => p.Path)) is { } chosen ? all.First(p => p.Path == chosen) : null)
            .WithTrackingName(TrackingNames.Policy);
    }
}
