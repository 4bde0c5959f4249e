using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// The project's [Implements] ids as far as syntax proves them, and what only binding can decide: attributes whose
/// name or ids a declaration of the user's may change, ids given through a constant, and attributes written through
/// a using alias of ImplementsAttribute.
/// </summary>
/// <param name="ProvenIds">The Code's provision ids the syntax proves, distinct, in Code order.</param>
/// <param name="FilesToBind">
/// The files with an attribute syntax cannot prove; each [Implements] in them is bound (binding one that syntax
/// proves finds the same ids). Empty for code that names ours plainly, so nothing is bound.
/// </param>
/// <param name="AliasNames">The names under which an alias of ImplementsAttribute can be written as an attribute.</param>
/// <param name="AliasFiles">The files whose own aliases those are.</param>
/// <param name="AliasEverywhere">An alias is global, so every file may use it.</param>
internal sealed record ImplementsPlan(
    EquatableArray<string> ProvenIds,
    EquatableArray<string> FilesToBind,
    EquatableArray<string> AliasNames,
    EquatableArray<string> AliasFiles,
    bool AliasEverywhere)
{
    public bool NeedsBinding => FilesToBind.Count > 0 || AliasNames.Count > 0;
}

internal static class ImplementsResolution
{
    private const string AttributeSuffix = "Attribute";

    /// <summary>Decides, from every tree's syntax and every reference's names, what is proven and what must be bound.</summary>
    public static ImplementsPlan Plan(EquatableArray<ImplementsSyntax> facts, ImmutableArray<ReferencedNames> references)
    {
        var shadows = new HashSet<string>(facts.OfType<ImplementsSyntax.Shadow>().Select(s => s.Name), System.StringComparer.Ordinal);
        shadows.UnionWith(references.SelectMany(r => r.Shadows));
        var declaresOurs = references.Any(r => r.DeclaresOurs);
        var globalImport = facts.OfType<ImplementsSyntax.GlobalImport>().Any();
        var attributeNameIsOurs = !shadows.Contains(ImplementsSyntax.ImplementsName) && !shadows.Contains(ImplementsSyntax.ImplementsAttributeName);
        var provisionIsOurs = !shadows.Contains(ImplementsSyntax.ProvisionName);
        var namespaceIsOurs = !shadows.Contains(ImplementsSyntax.NamespaceName);
        var catalog = CodeCatalog.Instance;

        var proven = new HashSet<string>(System.StringComparer.Ordinal);
        var toBind = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var attribute in facts.OfType<ImplementsSyntax.Attribute>())
        {
            var imported = attribute.ImportsNamespace || globalImport;
            if (attributeNameIsOurs && (!declaresOurs || (attribute.Name == ImplementsSyntax.AttributeName.Simple && !imported)))
            {
                // Nothing but the library declares a type by this name, and the library is not referenced here or
                // not in scope: the attribute names nothing the compiler could bind to ours.
                continue;
            }

            var nameProven = attributeNameIsOurs && attribute.Name switch
            {
                ImplementsSyntax.AttributeName.Simple => imported,
                ImplementsSyntax.AttributeName.ByNamespace => namespaceIsOurs,
                ImplementsSyntax.AttributeName.ByGlobalNamespace => true,
                _ => false,
            };
            var idsProven = attribute.Ids is not null
                && (!attribute.NamesProvisionUnqualified || (provisionIsOurs && imported))
                && (!attribute.NamesProvisionByNamespace || namespaceIsOurs);
            if (nameProven && idsProven)
            {
                foreach (var id in attribute.Ids!.Value)
                {
                    // As ImplementsIds.Read: malformed and unknown ids are CHC0002's, never evidence.
                    if (catalog.TryGet(id, out var provision))
                    {
                        proven.Add(provision.Id);
                    }
                }
            }
            else
            {
                toBind.Add(attribute.Path);
            }
        }

        var aliases = facts.OfType<ImplementsSyntax.AliasToImplements>().ToList();
        var aliasNames = aliases
            .SelectMany(a => a.Alias.EndsWith(AttributeSuffix, System.StringComparison.Ordinal) && a.Alias.Length > AttributeSuffix.Length
                ? new[] { a.Alias, a.Alias.Substring(0, a.Alias.Length - AttributeSuffix.Length) }
                : new[] { a.Alias })
            .Distinct(System.StringComparer.Ordinal)
            .OrderBy(n => n, System.StringComparer.Ordinal);
        var everywhere = aliases.Any(a => a.Global);
        return new ImplementsPlan(
            InCodeOrder(proven),
            toBind.ToEquatableArray(),
            aliasNames.ToEquatableArray(),
            everywhere ? EquatableArray<string>.Empty : aliases.Select(a => a.Path).Distinct(System.StringComparer.Ordinal).OrderBy(p => p, System.StringComparer.Ordinal).ToEquatableArray(),
            everywhere);
    }

    /// <summary>
    /// The evidenced ids: the proven ones, and those of the attributes the plan leaves to the compiler, bound in this
    /// compilation. When nothing is left to bind, the compilation is not touched.
    /// </summary>
    public static EquatableArray<string> Evidence(ImplementsPlan plan, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!plan.NeedsBinding)
        {
            return plan.ProvenIds;
        }

        var ids = new HashSet<string>(plan.ProvenIds, System.StringComparer.Ordinal);
        var files = new HashSet<string>(plan.FilesToBind, System.StringComparer.Ordinal);
        var aliases = new HashSet<string>(plan.AliasNames, System.StringComparer.Ordinal);
        var aliasFiles = new HashSet<string>(plan.AliasFiles, System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var bindImplements = files.Contains(tree.FilePath);
            var bindAliases = aliases.Count > 0 && (plan.AliasEverywhere || aliasFiles.Contains(tree.FilePath));
            if (!bindImplements && !bindAliases)
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var attribute in tree.GetRoot(cancellationToken).DescendantNodes().OfType<AttributeSyntax>())
            {
                if ((bindImplements && ImplementsSyntax.IsImplementsNamed(attribute))
                    || (bindAliases && attribute.Name.RightmostIdentifier() is { } name && aliases.Contains(name)))
                {
                    Bind(model ??= compilation.GetSemanticModel(tree), attribute, ids, cancellationToken);
                }
            }
        }

        return InCodeOrder(ids);
    }

    /// <summary>Adds the Code's ids an attribute names, if the compiler binds it to ComplaintCode.ImplementsAttribute.</summary>
    private static void Bind(SemanticModel model, AttributeSyntax syntax, HashSet<string> ids, CancellationToken cancellationToken)
    {
        if (model.GetOperation(syntax, cancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation { Constructor: { } constructor } creation }
            || !IsOurs(constructor.ContainingType)
            || creation.Arguments.Length != 1)
        {
            return;
        }

        // The params form and an explicit array are both one array argument, as in the attribute's constructor arguments.
        var value = Unwrap(creation.Arguments[0].Value);
        var elements = value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            ICollectionExpressionOperation collection => collection.Elements,
            _ => ImmutableArray<IOperation>.Empty,
        };

        var catalog = CodeCatalog.Instance;
        foreach (var element in elements)
        {
            var constant = element.ConstantValue;
            if (!constant.HasValue)
            {
                continue;
            }

            // As ImplementsIds.Read: a string is an id, a Provision is its numeric value.
            var provision = constant.Value switch
            {
                string text => catalog.TryGet(text, out var byId) ? byId : null,
                int number => catalog.FromNumericValue(number),
                _ => null,
            };
            if (provision is not null)
            {
                ids.Add(provision.Id);
            }
        }
    }

    private static IOperation Unwrap(IOperation operation)
        => operation is IConversionOperation { IsImplicit: true } conversion ? Unwrap(conversion.Operand) : operation;

    /// <summary>ComplaintCode.ImplementsAttribute, whichever assembly declares it: the name the analyzers resolve.</summary>
    private static bool IsOurs(INamedTypeSymbol type)
        => type is { Name: ImplementsSyntax.ImplementsAttributeName, ContainingType: null, ContainingNamespace: { Name: ImplementsSyntax.NamespaceName, ContainingNamespace.IsGlobalNamespace: true } };

    private static EquatableArray<string> InCodeOrder(IEnumerable<string> ids)
        => ids.OrderBy(id => CodeCatalog.Instance.Get(id).NumericValue).ToEquatableArray();
}
