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
using Microsoft.CodeAnalysis.Formatting;

namespace ComplaintCode.Analyzers.CodeFixes;

/// <summary>
/// CHC0301, and CHC0303 when a refusal letter lacks the right to go to the Ombudsman: adds
/// <c>public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();</c> to the letter. A refusal letter that lacks
/// only its reasons gets no fix: what the reasons are is the landlord's to write.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OmbudsmanContactCodeFixProvider)), Shared]
public sealed class OmbudsmanContactCodeFixProvider : CodeFixProvider
{
    public const string Title = "Add the Ombudsman's contact details";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExtensionLetterLacksOmbudsmanContact, DiagnosticIds.RefusalLetterIncomplete);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id == DiagnosticIds.RefusalLetterIncomplete
                && !(diagnostic.Properties.TryGetValue(LetterAnalyzer.LacksOmbudsmanContactProperty, out var lacks) && lacks == "true"))
            {
                continue;
            }

            var declaration = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (declaration is null)
            {
                continue;
            }

            var typeName = model is null ? "global::ComplaintCode.OmbudsmanContact" : TypeNames.InScope(model, declaration, "OmbudsmanContact");
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => AddMemberAsync(context.Document, declaration, typeName, ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> AddMemberAsync(Document document, TypeDeclarationSyntax declaration, string typeName, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var name = UniqueName(declaration, "Ombudsman");

        // A struct gets an expression body: it cannot have a property initializer without a constructor.
        var body = declaration is StructDeclarationSyntax || declaration is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword }
            ? $"=> new {typeName}();"
            : $"{{ get; }} = new {typeName}();";
        var member = (MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                $"public {typeName} {name} {body}\n")!
            .WithAdditionalAnnotations(Formatter.Annotation);

        // A record declared with a semicolon body ("record Letter(...);") needs braces to take a member.
        var updated = declaration.SemicolonToken.IsKind(SyntaxKind.SemicolonToken)
            ? declaration
                .WithSemicolonToken(default)
                .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(declaration.SemicolonToken.TrailingTrivia))
                .AddMembers(member)
            : declaration.AddMembers(member);
        return document.WithSyntaxRoot(root!.ReplaceNode(declaration, updated.WithAdditionalAnnotations(Formatter.Annotation)));
    }

    private static string UniqueName(TypeDeclarationSyntax declaration, string preferred)
    {
        var taken = declaration.Members.SelectMany(m => m switch
        {
            PropertyDeclarationSyntax p => new[] { p.Identifier.ValueText },
            FieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.ValueText).ToArray(),
            MethodDeclarationSyntax m2 => new[] { m2.Identifier.ValueText },
            _ => System.Array.Empty<string>(),
        }).ToImmutableHashSet();
        var name = preferred;
        for (var i = 2; taken.Contains(name) || name == declaration.Identifier.ValueText; i++)
        {
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
