using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ComplaintCode.Analyzers.Catalog;
using ComplaintCode.Analyzers.Policy;
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
        // The Code never changes between runs, so its types are emitted once, before the user's code is bound.
        context.RegisterPostInitializationOutput(static post =>
        {
            post.AddEmbeddedAttributeDefinition();
            var catalog = CodeCatalog.Instance;
            post.AddSource("ComplaintCode.Provisions.g.cs", CodeSourceEmitter.EmitProvisions(catalog));
            post.AddSource("ComplaintCode.CodeTimescales.g.cs", CodeSourceEmitter.EmitTimescales(catalog));
            post.AddSource("ComplaintCode.ResponseLetterItem.g.cs", CodeSourceEmitter.EmitResponseLetterItems(catalog));
            post.AddSource("ComplaintCode.OmbudsmanContact.g.cs", CodeSourceEmitter.EmitOmbudsmanContact());
            post.AddSource("ComplaintCode.CodeProvisions.g.cs", CodeSourceEmitter.EmitLookup(catalog));
            post.AddSource("ComplaintCode.Attributes.g.cs", CodeSourceEmitter.EmitAttributes());
            post.AddSource("ComplaintCode.ComplaintSelfAssessment.g.cs", CodeSourceEmitter.EmitSelfAssessmentAccessor());
            post.AddSource("ComplaintCode.WorkingDays.g.cs", PolicySourceEmitter.EmitWorkingDays());
        });

        var policy = SelectPolicy(context);

        // Only the parse options: a CompilationProvider input would re-run on every edit (tens of ms on a large project).
        var nullableAnnotations = context.ParseOptionsProvider
            .Select(static (options, _) => ((CSharpParseOptions)options).LanguageVersion >= LanguageVersion.CSharp8)
            .WithTrackingName(TrackingNames.NullableAnnotations);

        var policySource = policy
            .Combine(nullableAnnotations)
            .Select(static (pair, _) => PolicySourceEmitter.EmitPolicy(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.PolicySource);

        context.RegisterSourceOutput(policySource, static (output, source) =>
            output.AddSource("ComplaintCode.ComplaintPolicy.g.cs", source));
    }

    /// <summary>The landlord's policy file, parsed, or null when the project has none.</summary>
    internal static IncrementalValueProvider<PolicyFile?> SelectPolicy(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => PolicyFiles.IsPolicyFile(pair.Left, pair.Right))
            .Select(static (pair, cancellationToken) => PolicyParser.Parse(
                pair.Left.Path,
                pair.Left.GetText(cancellationToken),
                CodeCatalog.Instance))
            .WithTrackingName(TrackingNames.PolicyFiles);

        // Only one policy file is used; the analyzers report any other (CHC0501). Sorting keeps the choice stable.
        return files.Collect()
            .Select(static (all, _) => (PolicyFile?)all.OrderBy(p => p.Path, System.StringComparer.Ordinal).FirstOrDefault())
            .WithTrackingName(TrackingNames.Policy);
    }
}
