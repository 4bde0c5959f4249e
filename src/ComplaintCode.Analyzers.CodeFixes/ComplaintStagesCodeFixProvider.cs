using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.CodeFixes;

/// <summary>
/// CHC0111 and CHC0112, the stages guessed from names, answer the question their message asks. "Mark as the
/// complaint stages" puts <c>[ComplaintStages]</c> on the enum, so CHC0101 and CHC0102 judge it from then on; it is
/// offered when the enum has a stage 1 and a stage 2 and the project marks no other enum (the analyzer says so in the
/// diagnostic's properties). "Mark as not the complaint stages" puts <c>[NotComplaintStages]</c> on it.
/// </summary>
/// <remarks>
/// Only the first is a Fix All. Whether an enum is the complaint procedure is decided enum by enum: a Fix All that
/// marked every guess "not the stages" would silence real breaches in one click. And `dotnet format` fixes a whole
/// solution with the action it is given first for the first finding, so the second action has no equivalence key
/// and the batch only ever adds [ComplaintStages], and only where it is offered.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ComplaintStagesCodeFixProvider)), Shared]
public sealed class ComplaintStagesCodeFixProvider : CodeFixProvider
{
    public const string MarkAsStagesKey = "ComplaintCode.MarkAsStages";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InferredMoreThanTwoStages, DiagnosticIds.InferredExtraNamedStage);

    // CHC0111 and CHC0112 on one enum: Fix All marks it once.
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => MarkAsync(document, diagnostics, stages: true, context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || EnumOf(root, diagnostic) is not { } declaration)
            {
                continue;
            }

            var name = declaration.Identifier.ValueText;
            if (OffersStages(diagnostic))
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Mark '{name}' as the complaint stages", ct => MarkAsync(context.Document, ImmutableArray.Create(diagnostic), stages: true, ct), MarkAsStagesKey),
                    diagnostic);
            }

            // No equivalence key on purpose, so this action has no Fix All: dotnet format and Fix All apply one action to
            // every finding, and marking every guessed enum "not the stages" at once would hide real breaches.
#pragma warning disable RS1010
            context.RegisterCodeFix(
                CodeAction.Create($"Mark '{name}' as not the complaint stages", ct => MarkAsync(context.Document, ImmutableArray.Create(diagnostic), stages: false, ct), equivalenceKey: null),
                diagnostic);
#pragma warning restore RS1010
        }
    }

    private static bool OffersStages(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(ComplaintStagesAnalyzer.MarkAsStagesProperty, out var value) && value == "true";

    private static EnumDeclarationSyntax? EnumOf(SyntaxNode root, Diagnostic diagnostic)
        => diagnostic.Location.IsInSource
            ? root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<EnumDeclarationSyntax>().FirstOrDefault()
            : null;

    private static async Task<Document> MarkAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool stages, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var attribute = stages ? "ComplaintStages" : "NotComplaintStages";
        var eol = Annotations.EndOfLine(root);
        var needsUsing = false;
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics.Where(d => !stages || OffersStages(d)))
        {
            if (EnumOf(root, diagnostic) is { } declaration && !replacements.ContainsKey(declaration))
            {
                var name = Annotations.TypeName(model, declaration, attribute, attribute + "Attribute", out var usingNeeded);
                needsUsing |= usingNeeded;
                replacements[declaration] = Annotations.WithAttribute(declaration, name, arguments: null, eol);
            }
        }

        return replacements.Count == 0 ? document : document.WithSyntaxRoot(Annotations.Apply(root, replacements, needsUsing));
    }
}
