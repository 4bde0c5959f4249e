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
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.CodeFixes;

/// <summary>
/// CHC0005: rewrites <c>[Implements("6.5")]</c> as <c>[Implements(Provision.Stage1ExtensionOmbudsmanContact)]</c>, so
/// hover shows the Code's text. Every id of the attribute is rewritten at once: the string and Provision constructors
/// do not mix. The members' names come from the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProvisionMemberCodeFixProvider)), Shared]
public sealed class ProvisionMemberCodeFixProvider : CodeFixProvider
{
    public const string Title = "Name the provision by its Provision member";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ProvisionIdAsString);

    // Fix All adds the using once per file.
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => RewriteAsync(document, diagnostics, context.CancellationToken)!);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && Rewrite(root, diagnostic) is not null)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => RewriteAsync(context.Document, ImmutableArray.Create(diagnostic), ct), Title), diagnostic);
            }
        }
    }

    /// <summary>The attribute's string ids, each with the member that replaces it, or null when they do not match.</summary>
    private static (AttributeSyntax Attribute, List<(LiteralExpressionSyntax Literal, string Member)> Ids)? Rewrite(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource
            || !diagnostic.Properties.TryGetValue(ProvisionDiagnostic.ProvisionMembersProperty, out var names) || string.IsNullOrEmpty(names)
            || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { ArgumentList: { } arguments } attribute)
        {
            return null;
        }

        var literals = arguments.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).Select(a => a.Expression).ToList();
        var members = names!.Split(',');
        if (literals.Count != members.Length || literals.Any(l => !l.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            return null;
        }

        return (attribute, literals.Cast<LiteralExpressionSyntax>().Zip(members, (l, m) => (l, m)).ToList());
    }

    private static async Task<Document> RewriteAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var needsUsing = false;
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Rewrite(root, diagnostic) is not { } rewrite)
            {
                continue;
            }

            var provision = Annotations.TypeName(model, rewrite.Attribute, "Provision", "Provision", out var usingNeeded);
            needsUsing |= usingNeeded;
            foreach (var (literal, member) in rewrite.Ids)
            {
                replacements[literal] = SyntaxFactory.ParseExpression($"{provision}.{member}").WithTriviaFrom(literal);
            }
        }

        return replacements.Count == 0 ? document : document.WithSyntaxRoot(Annotations.Apply(root, replacements, needsUsing));
    }
}
