using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ComplaintCode.Analyzers.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// CHC0101 (more than two stages, 5.3) and CHC0102 (an extra named stage, 5.2) on the enum of complaint stages.
/// It needs no annotation to start: an enum named *Stage* inside a type or namespace named *Complaint* is checked
/// too, so the commonest breaches show on the first build.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComplaintStagesAnalyzer : DiagnosticAnalyzer
{
    // Member names are compared in lower case without underscores: "Stage_0", "PreComplaint", "STAGE3".
    private static readonly Regex s_extraStage = new(
        "(stage|level|tier)(0|zero|[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten)"
        + "|^(stage)?(zero|three|third|four|fourth|five|fifth|six|sixth|seven|seventh)$"
        + "|informal|precomplaint|preliminary|frontline|triage|earlyresolution|localresolution|quickfix"
        + "|^(appeal|panel|review|independentreview|finalreview|thirdstage)$",
        RegexOptions.CultureInvariant);

    // A zero-valued "None" is the usual default of an enum, not a stage of the procedure.
    private static readonly Regex s_sentinel = new("^(none|unknown|unspecified|notset|undefined)$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MoreThanTwoStages,
        DiagnosticDescriptors.ExtraNamedStage);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // The heuristic works even before the generator's attributes exist. Once the project marks its stages
            // enum, the guessing stops, so a RepairStage enum in a Complaints namespace is left alone.
            var compilation = start.Compilation;
            var stagesAttribute = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintStagesAttribute");
            var projectMarksItsStages = new System.Lazy<bool>(() => HasAnnotatedStagesEnum(compilation, stagesAttribute, start.CancellationToken));
            var findings = FindingsLog.Join(start);
            start.RegisterSymbolAction(symbol => Analyze(symbol, stagesAttribute, projectMarksItsStages, findings), SymbolKind.NamedType);
        });
    }

    /// <summary>True for a member name that the Code forbids as a stage: stage 0, informal, stage 3 and the like.</summary>
    public static bool IsExtraStageName(string name)
        => s_extraStage.IsMatch(Normalise(name));

    private static bool IsSentinel(string name) => s_sentinel.IsMatch(Normalise(name));

    private static string Normalise(string name) => name.Replace("_", string.Empty).ToLowerInvariant();

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol? stagesAttribute, System.Lazy<bool> projectMarksItsStages, FindingsLog findings)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Enum)
        {
            return;
        }

        var isStageEnum = IsAnnotated(type, stagesAttribute) || (LooksLikeStageEnum(type) && !projectMarksItsStages.Value);
        if (!isStageEnum)
        {
            return;
        }

        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();

        // Stages are counted by value, so an alias (Final = Stage2) is not a third stage.
        var stages = members
            .Where(m => !(IsSentinel(m.Name) && System.Convert.ToInt64(m.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) == 0))
            .Select(m => m.ConstantValue)
            .Distinct()
            .Count();
        if (stages > 2)
        {
            findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.MoreThanTwoStages, type.Locations.FirstOrDefault(), "5.3", type.Name, stages));
        }

        foreach (var member in members)
        {
            if (IsExtraStageName(member.Name))
            {
                findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.ExtraNamedStage, member.Locations.FirstOrDefault(), "5.2", member.Name));
            }
        }
    }

    private static bool IsAnnotated(INamedTypeSymbol type, INamedTypeSymbol? stagesAttribute)
        => stagesAttribute is not null && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, stagesAttribute));

    /// <summary>Looks only at enums named *Stage*, found through the declaration table, so no code is bound for it.</summary>
    private static bool HasAnnotatedStagesEnum(Compilation compilation, INamedTypeSymbol? stagesAttribute, System.Threading.CancellationToken cancellationToken)
        => stagesAttribute is not null
           && compilation.GetSymbolsWithName(n => n.IndexOf("Stage", StringComparison.OrdinalIgnoreCase) >= 0, SymbolFilter.Type, cancellationToken)
               .OfType<INamedTypeSymbol>()
               .Any(t => t.TypeKind == TypeKind.Enum && IsAnnotated(t, stagesAttribute));

    /// <summary>An enum named *Stage* inside a type or namespace named *Complaint*.</summary>
    private static bool LooksLikeStageEnum(INamedTypeSymbol type)
    {
        if (type.Name.IndexOf("Stage", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        for (ISymbol? container = type.ContainingSymbol; container is not null; container = container.ContainingSymbol)
        {
            if (container is INamespaceSymbol { IsGlobalNamespace: true })
            {
                break;
            }

            if (container.Name.IndexOf("Complaint", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
