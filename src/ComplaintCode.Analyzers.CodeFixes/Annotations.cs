using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.CodeFixes;

/// <summary>
/// What the fixes that annotate share: putting an attribute of ours on a declaration, and <c>using ComplaintCode;</c>
/// at the top of the file when the names would not bind without it.
/// </summary>
internal static class Annotations
{
    public const string Namespace = "ComplaintCode";

    /// <summary>
    /// The declaration an inferred finding belongs to, the one its analyzer reads [Implements] from: the field, property
    /// or method around the node. Null inside a local function, whose attributes the rules do not read.
    /// </summary>
    public static MemberDeclarationSyntax? OwningMember(SyntaxNode node)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case LocalFunctionStatementSyntax:
                    return null;
                case BaseFieldDeclarationSyntax or BasePropertyDeclarationSyntax or BaseMethodDeclarationSyntax:
                    return (MemberDeclarationSyntax)ancestor;
                case BaseTypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Puts <c>[name(arguments)]</c> on its own line above the declaration, before any attributes it has, keeping the
    /// declaration's comments and indentation.
    /// </summary>
    /// <param name="arguments">The argument list with its parentheses, or null for none.</param>
    public static MemberDeclarationSyntax WithAttribute(MemberDeclarationSyntax declaration, string name, string? arguments, string endOfLine)
    {
        var attribute = SyntaxFactory.Attribute(SyntaxFactory.ParseName(name), arguments is null ? null : SyntaxFactory.ParseAttributeArgumentList(arguments));
        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse();
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine));
        var stripped = declaration.WithLeadingTrivia(indentation);
        return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
    }

    /// <summary>The file's own line ending, so a fix does not mix them.</summary>
    public static string EndOfLine(SyntaxNode root)
        => root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";

    /// <summary>
    /// How to write the type <c>ComplaintCode.{name}</c> at <paramref name="node"/>: the simple name when it binds
    /// there or when <c>using ComplaintCode;</c> can be added (<paramref name="needsUsing"/>); the qualified name
    /// when another type of that name is in scope.
    /// </summary>
    public static string TypeName(SemanticModel? model, SyntaxNode node, string name, string lookupName, out bool needsUsing)
    {
        needsUsing = false;
        if (model is not null)
        {
            var found = model.LookupNamespacesAndTypes(node.SpanStart, name: lookupName);
            if (found.Any(s => s.ContainingNamespace?.ToDisplayString() != Namespace))
            {
                return $"global::{Namespace}.{name}";
            }

            if (found.Length > 0)
            {
                return name;
            }
        }

        if (!TypeNames.HasUsingDirective(node))
        {
            needsUsing = true;
        }

        return name;
    }

    /// <summary>Adds <c>using ComplaintCode;</c> among the file's usings, in order, unless it is there.</summary>
    public static CompilationUnitSyntax WithUsing(CompilationUnitSyntax root, string endOfLine)
    {
        if (root.Usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == Namespace))
        {
            return root;
        }

        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine));
        if (root.Usings.Count == 0)
        {
            // The file's header (a licence comment) stays first; a blank line sets the using apart from the code.
            var first = root.GetFirstToken(includeZeroWidth: true);
            var withBlankLine = directive.WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine), SyntaxFactory.EndOfLine(endOfLine));
            var bare = root.ReplaceToken(first, first.WithLeadingTrivia());
            return bare.WithUsings(bare.Usings.Add(withBlankLine.WithLeadingTrivia(first.LeadingTrivia)));
        }

        // System usings first, then the rest by name, as dotnet format orders them.
        static string Key(UsingDirectiveSyntax u) => (u.Name?.ToString() is { } n && (n == "System" || n.StartsWith("System.", System.StringComparison.Ordinal)) ? "0" : "1") + u.Name;
        var index = 0;
        while (index < root.Usings.Count && root.Usings[index].Alias is null && root.Usings[index].StaticKeyword.IsKind(SyntaxKind.None)
               && string.CompareOrdinal(Key(root.Usings[index]), "1" + Namespace) < 0)
        {
            index++;
        }

        if (index == 0)
        {
            // Before the first using: take over its header comments.
            var firstUsing = root.Usings[0];
            return root.WithUsings(root.Usings
                .Replace(firstUsing, firstUsing.WithLeadingTrivia())
                .Insert(0, directive.WithLeadingTrivia(firstUsing.GetLeadingTrivia())));
        }

        return root.WithUsings(root.Usings.Insert(index, directive));
    }

    /// <summary>Applies edits to declarations of one file, then adds the using when any edit asked for it.</summary>
    public static SyntaxNode Apply(SyntaxNode root, IReadOnlyDictionary<SyntaxNode, SyntaxNode> replacements, bool needsUsing)
    {
        var eol = EndOfLine(root);
        var updated = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return needsUsing && updated is CompilationUnitSyntax unit ? WithUsing(unit, eol) : updated;
    }
}
