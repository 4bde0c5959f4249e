using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// The generated types, resolved once per compilation. Analyzers do nothing when the generator has not run.
/// </summary>
internal sealed class ComplaintCodeSymbols
{
    private ComplaintCodeSymbols(Compilation compilation)
    {
        Implements = compilation.GetTypeByMetadataName("ComplaintCode.ImplementsAttribute")!;
        ComplaintWorkflow = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintWorkflowAttribute");
        ComplaintStages = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintStagesAttribute");
        ExtensionLetter = compilation.GetTypeByMetadataName("ComplaintCode.ExtensionLetterAttribute");
        StageResponseLetter = compilation.GetTypeByMetadataName("ComplaintCode.StageResponseLetterAttribute");
        RefusalLetter = compilation.GetTypeByMetadataName("ComplaintCode.RefusalLetterAttribute");
        OmbudsmanContactDetails = compilation.GetTypeByMetadataName("ComplaintCode.OmbudsmanContactDetailsAttribute");
        LetterItem = compilation.GetTypeByMetadataName("ComplaintCode.LetterItemAttribute");
        ComplaintHandler = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintHandlerAttribute");
        OmbudsmanContact = compilation.GetTypeByMetadataName("ComplaintCode.OmbudsmanContact");
        All = new[] { Implements, ComplaintWorkflow, ComplaintStages, ExtensionLetter, StageResponseLetter, RefusalLetter, OmbudsmanContactDetails, LetterItem, ComplaintHandler }
            .OfType<INamedTypeSymbol>()
            .ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
    }

    public INamedTypeSymbol Implements { get; }
    public INamedTypeSymbol? ComplaintWorkflow { get; }
    public INamedTypeSymbol? ComplaintStages { get; }
    public INamedTypeSymbol? ExtensionLetter { get; }
    public INamedTypeSymbol? StageResponseLetter { get; }
    public INamedTypeSymbol? RefusalLetter { get; }
    public INamedTypeSymbol? OmbudsmanContactDetails { get; }
    public INamedTypeSymbol? LetterItem { get; }
    public INamedTypeSymbol? ComplaintHandler { get; }
    public INamedTypeSymbol? OmbudsmanContact { get; }

    /// <summary>Every attribute type of the package.</summary>
    public ImmutableHashSet<INamedTypeSymbol> All { get; }

    public static ComplaintCodeSymbols? Resolve(Compilation compilation)
        => compilation.GetTypeByMetadataName("ComplaintCode.ImplementsAttribute") is null ? null : new ComplaintCodeSymbols(compilation);

    /// <summary>
    /// The types, looked up when a callback first needs them rather than at compilation start. A compilation's first
    /// type lookup creates its source assembly, binding every reference, and the compiler starts that work itself as
    /// soon as it has started the analyzers. A lookup at compilation start does the same work again, on another thread,
    /// at the same moment; by the time any other callback runs, the compiler has finished it (bench/README.md, "Fourth
    /// pass").
    /// </summary>
    public static Lazy<ComplaintCodeSymbols?> OnFirstUse(Compilation compilation)
        => new(() => Resolve(compilation), LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Is(AttributeData attribute, INamedTypeSymbol? type)
        => type is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    public AttributeData? Find(ISymbol symbol, INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        // Asked of many symbols that carry no attribute of ours: a plain loop allocates nothing.
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute, type))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The stage argument of [ExtensionLetter(n)], [StageResponseLetter(n)] or [ComplaintHandler(n)].</summary>
    public static int? StageOf(AttributeData attribute)
        => attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int stage ? stage : null;

    /// <summary>The valid provisions a symbol's [Implements] attributes name; malformed ids are CHC0002's business.</summary>
    public ImmutableArray<CodeProvision> ImplementedProvisions(ISymbol symbol)
    {
        var builder = ImmutableArray.CreateBuilder<CodeProvision>();
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute, Implements))
            {
                foreach (var id in ImplementsIds.Read(attribute))
                {
                    if (id.Provision is not null && !builder.Contains(id.Provision))
                    {
                        builder.Add(id.Provision);
                    }
                }
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>One id named by an [Implements] attribute, with the syntax it came from.</summary>
internal readonly record struct ImplementsId(string Text, CodeProvision? Provision, SyntaxNode? Syntax);

internal static class ImplementsIds
{
    /// <summary>Reads the ids of one [Implements] attribute, whether given as strings or as Provision members.</summary>
    public static IEnumerable<ImplementsId> Read(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length != 1)
        {
            yield break;
        }

        var argument = attribute.ConstructorArguments[0];
        var values = argument.Kind == TypedConstantKind.Array ? argument.Values : ImmutableArray.Create(argument);
        var syntax = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .Where(a => a.NameEquals is null)
            .ToList();
        var catalog = CodeCatalog.Instance;
        for (var i = 0; i < values.Length; i++)
        {
            // With params, argument i is element i; an explicit array is one argument.
            var node = syntax is not null && syntax.Count == values.Length ? syntax[i].Expression : (SyntaxNode?)syntax?.FirstOrDefault()?.Expression;
            switch (values[i].Value)
            {
                case string text:
                    yield return new ImplementsId(text, catalog.TryGet(text, out var provision) ? provision : null, node);
                    break;
                case int number:
                    var fromEnum = catalog.FromNumericValue(number);
                    yield return new ImplementsId(fromEnum?.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture), fromEnum, node);
                    break;
            }
        }
    }
}
