using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ComplaintCode.Analyzers.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Whether an attribute list may hold one of the package's attributes, from its names alone: the attribute's own name
/// (<c>Implements</c>, <c>ImplementsAttribute</c>, <c>ComplaintCode.Implements</c>) or a using alias. Only the lists
/// that pass are bound.
/// </summary>
internal sealed class AttributeNames
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> _aliases;

    public AttributeNames(ComplaintCodeSymbols symbols, Compilation compilation)
    {
        foreach (var type in symbols.All)
        {
            _names.Add(type.Name);
            if (type.Name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                _names.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
            }
        }

        // Any alias may name one of ours (using Evidence = ComplaintCode.ImplementsAttribute;), in its own file or as a
        // global using in another. The usings are read only when a list is not passed by its names alone.
        _aliases = new Lazy<HashSet<string>>(() => AliasNames(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool MayBeOurs(AttributeListSyntax list)
    {
        foreach (var attribute in list.Attributes)
        {
            if (attribute.Name.RightmostIdentifier() is { } name && IsOurs(name))
            {
                return true;
            }
        }

        return false;
    }

    public bool MayBeOurs(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            if (MayBeOurs(list))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an attribute written with this simple name may be one of ours.</summary>
    public bool IsOurs(string simpleName) => _names.Contains(simpleName) || _aliases.Value.Contains(simpleName);

    private static HashSet<string> AliasNames(Compilation compilation)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                Add(unit.Usings, aliases);
                AddFromNamespaces(unit.Members, aliases);
            }
        }

        return aliases;
    }

    private static void AddFromNamespaces(SyntaxList<MemberDeclarationSyntax> members, HashSet<string> aliases)
    {
        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                Add(ns.Usings, aliases);
                AddFromNamespaces(ns.Members, aliases);
            }
        }
    }

    private static void Add(SyntaxList<UsingDirectiveSyntax> usings, HashSet<string> aliases)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }
    }
}

/// <summary>
/// The declared symbols an attribute list written on a declaration can belong to, of the kinds the package's rules
/// read attributes from: types, methods, properties, fields, events, and the parameters of methods and primary
/// constructors. Lambdas, local functions and type parameters are not among them.
/// </summary>
internal static class AttributeOwners
{
    public static IEnumerable<ISymbol> Of(AttributeListSyntax list, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (list.Parent)
        {
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    if (model.GetDeclaredSymbol(variable, cancellationToken) is { } symbol)
                    {
                        yield return symbol;
                    }
                }

                break;

            case ParameterSyntax { Parent: ParameterListSyntax { Parent: BaseMethodDeclarationSyntax or TypeDeclarationSyntax or DelegateDeclarationSyntax } } parameter:
                if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } declared)
                {
                    yield return declared;

                    // [property: ...] on a record's positional parameter belongs to the property it declares.
                    if (list.Target?.Identifier.IsKind(SyntaxKind.PropertyKeyword) == true && declared.ContainingType is { } record)
                    {
                        foreach (var member in record.GetMembers(declared.Name))
                        {
                            if (member is IPropertySymbol)
                            {
                                yield return member;
                            }
                        }
                    }
                }

                break;

            case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax
                or AccessorDeclarationSyntax or EnumMemberDeclarationSyntax:
                if (model.GetDeclaredSymbol(list.Parent, cancellationToken) is { } owner)
                {
                    yield return owner;

                    // [method: ...] on a type with a parameter list belongs to its primary constructor.
                    if (owner is INamedTypeSymbol type && list.Parent is TypeDeclarationSyntax { ParameterList: not null })
                    {
                        foreach (var constructor in type.InstanceConstructors)
                        {
                            yield return constructor;
                        }
                    }
                }

                break;
        }
    }
}
