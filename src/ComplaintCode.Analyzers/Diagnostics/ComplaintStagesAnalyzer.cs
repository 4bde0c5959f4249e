using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ComplaintCode.Analyzers.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// CHC0101 (more than two stages, 5.3) and CHC0102 (an extra named stage, 5.2) on the enum marked [ComplaintStages];
/// CHC0111 and CHC0112, the same breaches inferred from names, on enums nobody has marked yet. A landlord adopting the
/// package starts with years of unannotated complaint code, so the guesses show its commonest breaches on the first
/// build, as warnings, because a name is weaker evidence than an annotation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComplaintStagesAnalyzer : DiagnosticAnalyzer
{
    private const string TwoStages = "5.3";
    private const string NoExtraStages = "5.2";

    // Member names are compared in lower case without underscores: "Stage_0", "PreComplaint", "STAGE3".
    private static readonly Regex s_extraStage = new(
        "(stage|level|tier)(0|zero|[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten)"
        + "|^(stage)?(zero|three|third|four|fourth|five|fifth|six|sixth|seven|seventh)$"
        + "|informal|precomplaint|preliminary|frontline|triage|earlyresolution|localresolution|quickfix"
        + "|^(appeal|panel|review|reviewpanel|independentreview|finalreview|thirdstage)$",
        RegexOptions.CultureInvariant);

    // A zero-valued "None" is the usual default of an enum, not a stage of the procedure.
    private static readonly Regex s_sentinel = new("^(none|unknown|unspecified|notset|undefined)$", RegexOptions.CultureInvariant);

    // The number a member carries: Stage2, AwaitingStage2, Level3, Tier_1, StageOne, SecondStage, Third.
    private static readonly Regex s_stageNumber = new(
        "(?:stage|level|tier)([0-9]+|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
        + "|(first|second|third|fourth|fifth|sixth|seventh)(?:stage|level|tier)"
        + "|^(first|second|third|fourth|fifth|sixth|seventh)$",
        RegexOptions.CultureInvariant);

    private static readonly string[] s_numberWords = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
    private static readonly string[] s_ordinals = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh" };

    // Enum names that say stages or escalation, and names that say status; compared in lower case.
    private static readonly string[] s_stageNameEndings = { "stage", "stages", "escalationlevel", "escalationlevels", "tier", "tiers" };
    private static readonly string[] s_statusNameEndings = { "status", "statuses", "state", "states" };

    // Where no name says complaint, a project that marks its stages is complaint code, but a housing system also has
    // ArrearsStage and RepairStage: there only a name with no other subject, or one of these, is taken for the
    // complaint procedure (Stage, CaseStage, EscalationLevel, LegacyCaseStatus).
    private static readonly string[] s_procedureSubjects = { "case", "escalation", "procedure", "process", "handling" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MoreThanTwoStages,
        DiagnosticDescriptors.ExtraNamedStage,
        DiagnosticDescriptors.InferredMoreThanTwoStages,
        DiagnosticDescriptors.InferredExtraNamedStage);

    private enum Shape
    {
        None,

        /// <summary>Named for stages or escalation: every member that is a stage counts.</summary>
        Stages,

        /// <summary>Named for status: only members that carry a stage number count.</summary>
        Status,
    }

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // The guesses work even before the generator's attributes exist.
            var compilation = start.Compilation;
            var stagesAttribute = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintStagesAttribute");
            var inference = InferredComplaintCode.IsOn(start.Options)
                ? new Inference(
                    compilation.AssemblyName,
                    new Lazy<bool>(() => HasAnnotatedStagesEnum(compilation, stagesAttribute, start.CancellationToken)))
                : null;
            var findings = FindingsLog.Join(start);
            start.RegisterSymbolAction(symbol => Analyze(symbol, stagesAttribute, inference, findings), SymbolKind.NamedType);
        });
    }

    /// <summary>True for a member name that the Code forbids as a stage: stage 0, informal, stage 3 and the like.</summary>
    public static bool IsExtraStageName(string name)
        => s_extraStage.IsMatch(Normalise(name));

    /// <summary>The stage or level number a member name carries (Stage2Open is 2, SecondTier is 2), or null.</summary>
    public static int? StageNumber(string name)
    {
        var match = s_stageNumber.Match(Normalise(name));
        if (!match.Success)
        {
            return null;
        }

        var text = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var word = Array.IndexOf(s_numberWords, text);
        return word >= 0 ? word : Array.IndexOf(s_ordinals, text);
    }

    private static bool IsSentinel(string name) => s_sentinel.IsMatch(Normalise(name));

    private static string Normalise(string name) => name.Replace("_", string.Empty).ToLowerInvariant();

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol? stagesAttribute, Inference? inference, FindingsLog findings)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Enum)
        {
            return;
        }

        if (IsAnnotated(type, stagesAttribute))
        {
            AnalyzeAnnotated(context, type, findings);
        }
        else if (inference is not null)
        {
            AnalyzeUnannotated(context, type, inference, findings);
        }
    }

    private static void AnalyzeAnnotated(SymbolAnalysisContext context, INamedTypeSymbol type, FindingsLog findings)
    {
        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        findings.AddCheck(DiagnosticDescriptors.MoreThanTwoStages, new[] { TwoStages }, type.Locations.FirstOrDefault());
        findings.AddCheck(DiagnosticDescriptors.ExtraNamedStage, new[] { NoExtraStages }, type.Locations.FirstOrDefault());

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

    /// <summary>
    /// An enum named for stages, or for status, in complaint code. Only the members that are stages are counted: a
    /// member with a stage number, an ordinal or an extra-stage name. Lifecycle states (Open, Closed, Investigation)
    /// and an Ombudsman referral are not stages of the landlord's procedure.
    /// </summary>
    private static void AnalyzeUnannotated(SymbolAnalysisContext context, INamedTypeSymbol type, Inference inference, FindingsLog findings)
    {
        var (shape, subject) = ShapeOf(type.Name);
        if (shape == Shape.None
            || !(InferredComplaintCode.IsInComplaintCode(type, inference.AssemblyName)
                 || ((subject.Length == 0 || s_procedureSubjects.Any(w => subject.EndsWith(w, StringComparison.Ordinal))) && inference.ProjectMarksItsStages.Value)))
        {
            return;
        }

        var stages = new List<(IFieldSymbol Member, int? Number, bool Extra)>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IFieldSymbol { HasConstantValue: true } field || field.Name.IndexOf("ombudsman", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                continue;
            }

            var number = StageNumber(field.Name);
            var extraName = shape == Shape.Stages && IsExtraStageName(field.Name);
            if (number is not null || extraName)
            {
                stages.Add((field, number, extraName || number == 0 || number > 2));
            }
        }

        var count = CountStages(stages);
        if (count > 2)
        {
            var names = string.Join(", ", stages.Select(s => s.Member.Name));
            findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredMoreThanTwoStages, type.Locations.FirstOrDefault(), TwoStages, type.Name, count, names));
        }

        foreach (var stage in stages.Where(s => s.Extra))
        {
            findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredExtraNamedStage, stage.Member.Locations.FirstOrDefault(), NoExtraStages, stage.Member.Name, type.Name));
        }
    }

    /// <summary>
    /// Members are one stage when they share a value (an alias) or a stage number (Stage1Open and Stage1Closed of a
    /// status enum).
    /// </summary>
    private static int CountStages(List<(IFieldSymbol Member, int? Number, bool Extra)> stages)
    {
        var group = Enumerable.Range(0, stages.Count).ToArray();
        int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
        for (var i = 0; i < stages.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Equals(stages[i].Member.ConstantValue, stages[j].Member.ConstantValue)
                    || (stages[i].Number is { } n && n == stages[j].Number))
                {
                    group[Root(i)] = Root(j);
                }
            }
        }

        return Enumerable.Range(0, stages.Count).Select(Root).Distinct().Count();
    }

    /// <summary>What the enum's name says it is, and the rest of the name, its subject: "arrears" in ArrearsStage.</summary>
    private static (Shape Shape, string Subject) ShapeOf(string name)
    {
        var lower = Normalise(name);
        foreach (var (endings, shape) in new[] { (s_stageNameEndings, Shape.Stages), (s_statusNameEndings, Shape.Status) })
        {
            foreach (var ending in endings)
            {
                if (lower.EndsWith(ending, StringComparison.Ordinal))
                {
                    return (shape, lower.Substring(0, lower.Length - ending.Length));
                }
            }
        }

        return (Shape.None, string.Empty);
    }

    private static bool IsAnnotated(INamedTypeSymbol type, INamedTypeSymbol? stagesAttribute)
        => stagesAttribute is not null && type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, stagesAttribute));

    /// <summary>
    /// Looks only at enums named for stages or escalation, found through the declaration table, so no code is bound
    /// for it. Asked only for an enum that looks like stages in code that does not say complaint.
    /// </summary>
    private static bool HasAnnotatedStagesEnum(Compilation compilation, INamedTypeSymbol? stagesAttribute, System.Threading.CancellationToken cancellationToken)
        => stagesAttribute is not null
           && compilation.GetSymbolsWithName(
                   n => n.IndexOf("Stage", StringComparison.OrdinalIgnoreCase) >= 0 || n.IndexOf("Tier", StringComparison.OrdinalIgnoreCase) >= 0 || n.IndexOf("Escalation", StringComparison.OrdinalIgnoreCase) >= 0,
                   SymbolFilter.Type,
                   cancellationToken)
               .OfType<INamedTypeSymbol>()
               .Any(t => t.TypeKind == TypeKind.Enum && IsAnnotated(t, stagesAttribute));

    /// <summary>
    /// Context for the guesses, made once per compilation. A project that marks a [ComplaintStages] enum is complaint
    /// code, so its other stage-like enums (a legacy CaseStage) are judged even where no name says complaint.
    /// </summary>
    private sealed class Inference
    {
        public Inference(string? assemblyName, Lazy<bool> projectMarksItsStages)
        {
            AssemblyName = assemblyName;
            ProjectMarksItsStages = projectMarksItsStages;
        }

        public string? AssemblyName { get; }

        public Lazy<bool> ProjectMarksItsStages { get; }
    }
}
