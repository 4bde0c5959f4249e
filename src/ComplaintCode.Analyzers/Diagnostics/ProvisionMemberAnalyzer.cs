using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// CHC0005, a suggestion: <c>[Implements("6.5")]</c> is valid, but <c>[Implements(Provision.Stage1ExtensionOmbudsmanContact)]</c>
/// shows the Code's text on hover. It is its own analyzer so that turning it on or off never changes whether the
/// evidence rules (CHC0001, CHC0002) run. An attribute with a bad or repeated id is CHC0002's and gets no suggestion;
/// the string and Provision constructors do not mix, so the suggestion covers every id of the attribute.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProvisionMemberAnalyzer : DiagnosticAnalyzer
{
    // Beyond this many ids the message names the first and counts the rest.
    private const int IdsNamedInMessage = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ProvisionIdAsString);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Looked up for the first attribute that could be ours, not here: see ComplaintCodeSymbols.OnFirstUse.
            var compilation = start.Compilation;
            var implements = new Lazy<INamedTypeSymbol?>(
                () => compilation.GetTypeByMetadataName("ComplaintCode.ImplementsAttribute"),
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSyntaxNodeAction(node => Analyze(node, implements), SyntaxKind.Attribute);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, Lazy<INamedTypeSymbol?> implements)
    {
        // The name and the literals first; the attribute is bound only when they could be ours.
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.Name.RightmostIdentifier() is not ("Implements" or "ImplementsAttribute") || attribute.ArgumentList is not { } list)
        {
            return;
        }

        var literals = list.Arguments.Where(a => a.NameEquals is null).Select(a => a.Expression).ToList();
        if (literals.Count == 0
            || literals.Any(e => !e.IsKind(SyntaxKind.StringLiteralExpression))
            || list.Arguments.Any(a => a.NameColon is not null))
        {
            return;
        }

        var provisions = new List<CodeProvision>();
        foreach (LiteralExpressionSyntax literal in literals)
        {
            if (!CodeCatalog.Instance.TryGet(literal.Token.ValueText, out var provision) || provisions.Contains(provision))
            {
                return;
            }

            provisions.Add(provision);
        }

        if (implements.Value is not { } type
            || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol?.ContainingType, type))
        {
            return;
        }

        var location = Location.Create(attribute.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(literals[0].SpanStart, literals[literals.Count - 1].Span.End));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ProvisionIdAsString,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(ProvisionDiagnostic.ProvisionMembersProperty, string.Join(",", provisions.Select(p => p.Name))),
            Summarise(literals.Select(l => l.ToString()).ToList(), "ids"),
            Summarise(provisions.Select(p => "Provision." + p.Name).ToList(), "members")));
    }

    private static string Summarise(List<string> items, string noun)
        => items.Count <= IdsNamedInMessage
            ? string.Join(", ", items)
            : $"{string.Join(", ", items.Take(IdsNamedInMessage))} and {items.Count - IdsNamedInMessage} more {noun}";
}
