using System.Collections.Generic;
using System.Linq;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// What one syntax node says about [Implements], read without binding: an attribute that may be ours, or a
/// declaration that changes what a name such as <c>Implements</c> or <c>Provision</c> means. The generator reads
/// these once per syntax tree (<see cref="TreeFacts"/>); <see cref="ImplementsResolution"/> then decides, for the
/// whole project, which attributes the syntax proves and which must be bound.
/// </summary>
internal abstract record ImplementsSyntax
{
    /// <summary>The simple names whose meaning the syntactic reading takes for granted.</summary>
    public const string ImplementsName = "Implements";
    public const string ImplementsAttributeName = "ImplementsAttribute";
    public const string ProvisionName = "Provision";
    public const string NamespaceName = "ComplaintCode";

    /// <summary>A kind test and at most a string comparison, for every node of a tree that mentions one of the names.</summary>
    public static bool IsCandidate(SyntaxNode node)
        => node switch
        {
            AttributeSyntax attribute => IsImplementsNamed(attribute),
            UsingDirectiveSyntax directive => directive.Alias is not null || !directive.GlobalKeyword.IsKind(SyntaxKind.None),
            BaseTypeDeclarationSyntax type => IsWatchedName(type.Identifier.ValueText),
            DelegateDeclarationSyntax type => IsWatchedName(type.Identifier.ValueText),
            BaseNamespaceDeclarationSyntax ns => DeclaresNestedComplaintCodeNamespace(ns),
            _ => false,
        };

    /// <summary>Reads a node that <see cref="IsCandidate"/> accepts, from its syntax alone.</summary>
    public static ImplementsSyntax? Read(SyntaxNode node)
        => node switch
        {
            AttributeSyntax attribute => ReadAttribute(attribute),
            UsingDirectiveSyntax directive => ReadUsing(directive),
            BaseTypeDeclarationSyntax type => new Shadow(type.Identifier.ValueText),
            DelegateDeclarationSyntax type => new Shadow(type.Identifier.ValueText),
            BaseNamespaceDeclarationSyntax => new Shadow(NamespaceName),
            _ => null,
        };

    /// <summary>
    /// A type, alias or nested namespace of the project with one of the names the syntactic reading relies on: where
    /// it exists, that name may not mean ours, so what depends on it is bound instead.
    /// </summary>
    internal sealed record Shadow(string Name) : ImplementsSyntax;

    /// <summary><c>global using ComplaintCode;</c>: every file of the project imports the namespace.</summary>
    internal sealed record GlobalImport : ImplementsSyntax;

    /// <summary>
    /// A using alias for a type named ImplementsAttribute (<c>using Evidence = ComplaintCode.ImplementsAttribute;</c>):
    /// attributes written with the alias are found and bound, in the alias's file or, for a global alias, everywhere.
    /// </summary>
    internal sealed record AliasToImplements(string Alias, string Path, bool Global) : ImplementsSyntax;

    /// <summary>An attribute named Implements or ImplementsAttribute, with what its syntax says and what it leaves open.</summary>
    /// <param name="Path">
    /// The file, to find the attribute again if it must be bound. Not its position: an edit above it would change
    /// this record, and with it the plan, on every keystroke in the file.
    /// </param>
    /// <param name="Name">How the attribute's name is qualified.</param>
    /// <param name="ImportsNamespace">
    /// The file, or a namespace declaration around the attribute, imports ComplaintCode or is inside it.
    /// </param>
    /// <param name="Ids">
    /// The ids as written (a string's text; a Provision member's id), or null when an argument is not a literal
    /// (a constant of the user's, a concatenation, a named argument): then only binding can say.
    /// </param>
    /// <param name="NamesProvisionUnqualified">An argument is written <c>Provision.Member</c>, which needs the name Provision to be ours.</param>
    /// <param name="NamesProvisionByNamespace">An argument is written <c>ComplaintCode.Provision.Member</c>.</param>
    internal sealed record Attribute(
        string Path,
        AttributeName Name,
        bool ImportsNamespace,
        EquatableArray<string>? Ids,
        bool NamesProvisionUnqualified,
        bool NamesProvisionByNamespace) : ImplementsSyntax;

    internal enum AttributeName
    {
        /// <summary><c>Implements</c> or <c>ImplementsAttribute</c>: ours only where ComplaintCode is imported.</summary>
        Simple,

        /// <summary><c>ComplaintCode.Implements</c>: ours unless something else is named ComplaintCode.</summary>
        ByNamespace,

        /// <summary><c>global::ComplaintCode.Implements</c>.</summary>
        ByGlobalNamespace,

        /// <summary>Any other qualifier (an alias of the namespace, another namespace): binding decides.</summary>
        Other,
    }

    private static bool IsWatchedName(string name)
        => name is ImplementsName or ImplementsAttributeName or ProvisionName or NamespaceName;

    /// <summary>A namespace named ComplaintCode that is not the top-level one (<c>Acme.ComplaintCode</c>) hides ours in <c>ComplaintCode.X</c>.</summary>
    private static bool DeclaresNestedComplaintCodeNamespace(BaseNamespaceDeclarationSyntax ns)
    {
        var segments = Segments(ns.Name);
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i] == NamespaceName && (i > 0 || ns.Parent is BaseNamespaceDeclarationSyntax))
            {
                return true;
            }
        }

        return false;
    }

    private static ImplementsSyntax? ReadUsing(UsingDirectiveSyntax directive)
    {
        var global = !directive.GlobalKeyword.IsKind(SyntaxKind.None);
        if (directive.Alias is { } alias)
        {
            var name = alias.Name.Identifier.ValueText;
            if (IsWatchedName(name))
            {
                // using Provision = ...; or using ImplementsAttribute = ...; changes what those names mean.
                return new Shadow(name);
            }

            return directive.NamespaceOrType is NameSyntax target && target.RightmostIdentifier() == ImplementsAttributeName
                ? new AliasToImplements(name, directive.SyntaxTree.FilePath, global)
                : null;
        }

        return global && directive.StaticKeyword.IsKind(SyntaxKind.None) && IsComplaintCodeNamespace(directive.NamespaceOrType) ? new GlobalImport() : null;
    }

    internal static bool IsImplementsNamed(AttributeSyntax attribute)
        => attribute.Name.RightmostIdentifier() is ImplementsName or ImplementsAttributeName;

    private static Attribute ReadAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            // Ours is not generic: Implements<T> is someone else's, or an error, for the compiler to say.
            IdentifierNameSyntax => AttributeName.Simple,
            QualifiedNameSyntax { Right: IdentifierNameSyntax, Left: IdentifierNameSyntax { Identifier.ValueText: NamespaceName } } => AttributeName.ByNamespace,
            QualifiedNameSyntax { Right: IdentifierNameSyntax, Left: AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: NamespaceName } } => AttributeName.ByGlobalNamespace,
            _ => AttributeName.Other,
        };

        var ids = new List<string>();
        var readable = true;
        var unqualified = false;
        var byNamespace = false;
        var arguments = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null).ToList() ?? new List<AttributeArgumentSyntax>();

        // [Implements(new[] { "6.2", "6.3" })] is one argument holding the array; [Implements("6.2", "6.3")] is the params form.
        var values = arguments.Count == 1 && ArrayElements(arguments[0].Expression) is { } elements
            ? elements
            : arguments.Select(a => a.NameColon is null ? a.Expression : null);
        foreach (var value in values)
        {
            switch (value)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    ids.Add(literal.Token.ValueText);
                    break;
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access
                    when ProvisionQualifier(access.Expression) is { } qualifier && ProvisionIdOf(access.Name) is { } id:
                    ids.Add(id);
                    unqualified |= qualifier == AttributeName.Simple;
                    byNamespace |= qualifier == AttributeName.ByNamespace;
                    break;
                default:
                    // A constant of the user's, a cast, a concatenation, a named argument, null: the compiler's to say.
                    readable = false;
                    break;
            }
        }

        return new Attribute(
            attribute.SyntaxTree.FilePath,
            name,
            ImportsComplaintCode(attribute),
            readable ? ids.ToEquatableArray() : null,
            unqualified,
            byNamespace);
    }

    /// <summary>The elements of an array written in place (<c>new[] { }</c>, <c>new string[] { }</c>, <c>[ ]</c>), or null for anything else.</summary>
    private static IEnumerable<ExpressionSyntax?>? ArrayElements(ExpressionSyntax expression)
        => expression switch
        {
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            CollectionExpressionSyntax collection => collection.Elements.Select(e => e is ExpressionElementSyntax element ? element.Expression : null),
            _ => null,
        };

    /// <summary>How <c>Provision</c> is qualified in <c>Provision.Member</c>, or null when the expression is not that type's name.</summary>
    private static AttributeName? ProvisionQualifier(ExpressionSyntax expression)
        => expression switch
        {
            IdentifierNameSyntax { Identifier.ValueText: ProvisionName } => AttributeName.Simple,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: ProvisionName, Expression: IdentifierNameSyntax { Identifier.ValueText: NamespaceName } } => AttributeName.ByNamespace,
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: ProvisionName, Expression: AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: NamespaceName } } => AttributeName.ByGlobalNamespace,
            _ => null,
        };

    /// <summary>The id of the Provision member with this name (the library's enum is written from the catalog), or null.</summary>
    private static string? ProvisionIdOf(SimpleNameSyntax member)
        => member is IdentifierNameSyntax && ProvisionIds.TryGetValue(member.Identifier.ValueText, out var id) ? id : null;

    private static readonly System.Lazy<Dictionary<string, string>> s_provisionIds =
        new(() => CodeCatalog.Instance.Provisions.ToDictionary(p => p.Name, p => p.Id, System.StringComparer.Ordinal));

    private static Dictionary<string, string> ProvisionIds => s_provisionIds.Value;

    /// <summary>The file imports ComplaintCode, or a namespace declaration around the node imports it or is it.</summary>
    private static bool ImportsComplaintCode(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    if (Imports(ns.Usings) || (ns.Parent is CompilationUnitSyntax && Segments(ns.Name) is { Count: > 0 } segments && segments[0] == NamespaceName))
                    {
                        return true;
                    }

                    break;
                case CompilationUnitSyntax unit:
                    return Imports(unit.Usings);
            }
        }

        return false;
    }

    private static bool Imports(SyntaxList<UsingDirectiveSyntax> usings)
        => usings.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && IsComplaintCodeNamespace(u.NamespaceOrType));

    /// <summary><c>ComplaintCode</c> or <c>global::ComplaintCode</c>.</summary>
    private static bool IsComplaintCodeNamespace(TypeSyntax? name)
        => name is IdentifierNameSyntax { Identifier.ValueText: NamespaceName }
            or AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: NamespaceName };

    private static List<string> Segments(NameSyntax name)
    {
        var segments = new List<string>();
        void Add(NameSyntax n)
        {
            switch (n)
            {
                case QualifiedNameSyntax q:
                    Add(q.Left);
                    Add(q.Right);
                    break;
                case SimpleNameSyntax s:
                    segments.Add(s.Identifier.ValueText);
                    break;
                case AliasQualifiedNameSyntax a:
                    segments.Add(a.Name.Identifier.ValueText);
                    break;
            }
        }

        Add(name);
        return segments;
    }
}
