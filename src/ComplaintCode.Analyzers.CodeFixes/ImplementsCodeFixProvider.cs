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
/// CHC0211, CHC0212 and CHC0213, the timescale rules guessed from names: "Mark as evidence for provision N" puts
/// <c>[Implements(Provision.X)]</c> on the member the guess was about. From then on the annotated rules (CHC0201-CHC0203)
/// judge it, and the self-assessment cites it as evidence. The provisions come from the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ImplementsCodeFixProvider)), Shared]
public sealed class ImplementsCodeFixProvider : CodeFixProvider
{
    public const string EquivalenceKey = "ComplaintCode.MarkAsEvidence";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.InferredTimescaleTooLong,
        DiagnosticIds.InferredCalendarDaysForWorkingDays,
        DiagnosticIds.InferredComplaintTimeLimitTooShort);

    // One member can draw two of these (CHC0211 and CHC0212 on one AddDays): Fix All marks it once.
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => MarkAsync(document, diagnostics, context.CancellationToken)!);

    public static string Title(string provisions) => $"Mark as evidence for provision {provisions.Replace(",", ", ")}";

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Properties.TryGetValue(ProvisionDiagnostic.ProvisionsProperty, out var provisions) || string.IsNullOrEmpty(provisions)
                || Owner(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title(provisions!), ct => MarkAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static MemberDeclarationSyntax? Owner(SyntaxNode root, Diagnostic diagnostic)
        => diagnostic.Location.IsInSource && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is { } node
            ? Annotations.OwningMember(node)
            : null;

    private static async Task<Document> MarkAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Each member once, with every provision its findings name, in the order they were found.
        var members = new Dictionary<MemberDeclarationSyntax, List<string>>();
        foreach (var diagnostic in diagnostics)
        {
            if (Owner(root, diagnostic) is not { } owner
                || !diagnostic.Properties.TryGetValue(ProvisionDiagnostic.ProvisionMembersProperty, out var names) || string.IsNullOrEmpty(names))
            {
                continue;
            }

            if (!members.TryGetValue(owner, out var list))
            {
                members[owner] = list = new List<string>();
            }

            list.AddRange(names!.Split(',').Where(n => !list.Contains(n)));
        }

        var eol = Annotations.EndOfLine(root);
        var needsUsing = false;
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var pair in members)
        {
            var implements = Annotations.TypeName(model, pair.Key, "Implements", "ImplementsAttribute", out var usingForAttribute);
            var provision = Annotations.TypeName(model, pair.Key, "Provision", "Provision", out var usingForEnum);
            needsUsing |= usingForAttribute || usingForEnum;
            replacements[pair.Key] = Annotations.WithAttribute(pair.Key, implements, $"({string.Join(", ", pair.Value.Select(m => provision + "." + m))})", eol);
        }

        return replacements.Count == 0 ? document : document.WithSyntaxRoot(Annotations.Apply(root, replacements, needsUsing));
    }
}
