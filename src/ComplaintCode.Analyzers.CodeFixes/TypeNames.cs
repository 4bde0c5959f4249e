using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.CodeFixes;

internal static class TypeNames
{
    private const string Namespace = "ComplaintCode";

    /// <summary>
    /// The shortest name that binds to the generated type <c>ComplaintCode.{name}</c> at <paramref name="node"/>:
    /// the simple name when ComplaintCode is in scope, otherwise the fully qualified one.
    /// </summary>
    public static string InScope(SemanticModel model, SyntaxNode node, string name)
        => BindsToGeneratedType(model, node, name) || HasUsingDirective(node) ? name : $"global::{Namespace}.{name}";

    private static bool BindsToGeneratedType(SemanticModel model, SyntaxNode node, string name)
    {
        var found = model.LookupNamespacesAndTypes(node.SpanStart, name: name);
        return found.Length == 1 && found[0].ContainingNamespace?.ToDisplayString() == Namespace;
    }

    // A workspace may not have run the generator yet (a fresh solution load), so the semantic lookup can miss;
    // a using directive or an enclosing namespace still makes the simple name right.
    public static bool HasUsingDirective(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            var usings = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns when ns.Name.ToString() == Namespace => default(SyntaxList<UsingDirectiveSyntax>?),
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => new SyntaxList<UsingDirectiveSyntax>(),
            };
            if (usings is null)
            {
                return true;
            }

            if (usings.Value.Any(u => u.Alias is null && u.StaticKeyword.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.None) && u.Name?.ToString() == Namespace))
            {
                return true;
            }
        }

        return false;
    }
}
