using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Checks that the types modelling letters carry what the Code says the resident must be told:
/// CHC0301, the Ombudsman's contact details on an extension letter (6.5, 6.16);
/// CHC0302, items a to g on a stage response letter (6.9, 6.19);
/// CHC0303, the reasons and the right to go to the Ombudsman on a refusal letter (2.4, 5.11).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LetterAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Set on CHC0303 when the refusal letter has no OmbudsmanContact member, so CHC0301's fix applies.</summary>
    public const string LacksOmbudsmanContactProperty = "ComplaintCode.LacksOmbudsmanContact";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact,
        DiagnosticDescriptors.StageResponseLetterLacksItems,
        DiagnosticDescriptors.RefusalLetterIncomplete);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var generated = ComplaintCodeSymbols.OnFirstUse(start.Compilation);
            var findings = FindingsLog.Join(start);
            start.RegisterSymbolAction(
                c =>
                {
                    if (generated.Value is { } symbols && (symbols.ExtensionLetter ?? symbols.StageResponseLetter ?? symbols.RefusalLetter) is not null)
                    {
                        Analyze(c, symbols, findings);
                    }
                },
                SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, ComplaintCodeSymbols symbols, FindingsLog findings)
    {
        var type = (INamedTypeSymbol)context.Symbol;

        // One pass over the attributes of every type in the project; most have none of ours.
        AttributeData? extension = null, response = null, refusal = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (symbols.Is(attribute, symbols.ExtensionLetter))
            {
                extension ??= attribute;
            }
            else if (symbols.Is(attribute, symbols.StageResponseLetter))
            {
                response ??= attribute;
            }
            else if (symbols.Is(attribute, symbols.RefusalLetter))
            {
                refusal ??= attribute;
            }
        }

        if (extension is null && response is null && refusal is null)
        {
            return;
        }

        var content = LetterContent.Of(type, symbols, context.CancellationToken);
        var location = type.Locations.FirstOrDefault();

        if (extension is not null)
        {
            findings.AddCheck(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact, new[] { ComplaintCodeSymbols.StageOf(extension) == 2 ? "6.16" : "6.5" }, location);
        }

        if (extension is not null && !content.HasOmbudsmanContact)
        {
            var provision = ComplaintCodeSymbols.StageOf(extension) == 2 ? "6.16" : "6.5";
            findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact, location, provision, type.Name, provision));
        }

        if (response is not null)
        {
            var stage = ComplaintCodeSymbols.StageOf(response) == 2 ? 2 : 1;
            var provision = CodeCatalog.Instance.Get(stage == 2 ? "6.19" : "6.9");
            findings.AddCheck(DiagnosticDescriptors.StageResponseLetterLacksItems, new[] { provision.Id }, location);
            var missing = provision.Items.Where(i => !content.Items.Contains(i.ResponseLetterItem!)).ToList();
            if (missing.Count > 0)
            {
                var names = string.Join(", ", missing.Select(i => $"{i.Letter} ({i.ResponseLetterItem})"));
                findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.StageResponseLetterLacksItems, location, provision.Id, type.Name, stage, "item" + (missing.Count > 1 ? "s " : " ") + names, provision.Id));
            }
        }

        if (refusal is not null)
        {
            findings.AddCheck(DiagnosticDescriptors.RefusalLetterIncomplete, new[] { "2.4", "5.11" }, location);
            var gaps = new List<string>();
            if (!content.Items.Contains("Reasons"))
            {
                gaps.Add("the reasons ([LetterItem(ResponseLetterItem.Reasons)])");
            }

            if (!content.HasOmbudsmanContact)
            {
                gaps.Add("the right to take the decision to the Ombudsman (an OmbudsmanContact member)");
            }

            if (gaps.Count > 0)
            {
                // The code fix that adds an OmbudsmanContact member reads this, not the message.
                var properties = content.HasOmbudsmanContact
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(LacksOmbudsmanContactProperty, "true");
                findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.RefusalLetterIncomplete, location, new[] { "2.4", "5.11" }, properties, type.Name, string.Join(" or ", gaps)));
            }
        }
    }

    /// <summary>What a letter type carries: its own members, its base types' members and its primary constructor parameters.</summary>
    private sealed class LetterContent
    {
        public bool HasOmbudsmanContact { get; private set; }

        public HashSet<string> Items { get; } = new();

        public static LetterContent Of(INamedTypeSymbol type, ComplaintCodeSymbols symbols, System.Threading.CancellationToken cancellationToken)
        {
            var content = new LetterContent();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    switch (member)
                    {
                        case IFieldSymbol field when !field.IsImplicitlyDeclared:
                            content.Add(field, field.Type, symbols);
                            break;
                        case IPropertySymbol property:
                            content.Add(property, property.Type, symbols);
                            break;
                        case IMethodSymbol { MethodKind: MethodKind.Ordinary } method:
                            content.Add(method, method.ReturnType, symbols);
                            break;
                        case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when IsPrimaryConstructor(constructor, cancellationToken):
                            foreach (var parameter in constructor.Parameters)
                            {
                                content.Add(parameter, parameter.Type, symbols);
                            }

                            break;
                    }
                }
            }

            return content;
        }

        // A record's positional parameters (and a C# 12 primary constructor's) are declared by the type itself.
        private static bool IsPrimaryConstructor(IMethodSymbol constructor, System.Threading.CancellationToken cancellationToken)
            => constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax);

        private void Add(ISymbol member, ITypeSymbol type, ComplaintCodeSymbols symbols)
        {
            if (symbols.OmbudsmanContact is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, symbols.OmbudsmanContact))
            {
                HasOmbudsmanContact = true;
            }

            foreach (var attribute in member.GetAttributes())
            {
                if (symbols.Is(attribute, symbols.OmbudsmanContactDetails))
                {
                    HasOmbudsmanContact = true;
                }
                else if (symbols.Is(attribute, symbols.LetterItem)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is int item
                    && ResponseLetterItemName(item) is string name)
                {
                    Items.Add(name);
                }
            }
        }

        private static string? ResponseLetterItemName(int value)
        {
            var items = CodeCatalog.Instance.Get("6.9").Items;
            return value >= 0 && value < items.Count ? items[value].ResponseLetterItem : null;
        }
    }
}
