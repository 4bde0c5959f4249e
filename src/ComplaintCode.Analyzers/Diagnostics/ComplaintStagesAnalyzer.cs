using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

    private static readonly string[] s_numberWords = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
    private static readonly string[] s_ordinals = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh" };

    // Enum names that say stages or escalation, and names that say status; compared in lower case.
    private static readonly string[] s_stageNameEndings = { "stage", "stages", "escalationlevel", "escalationlevels", "tier", "tiers" };
    private static readonly string[] s_statusNameEndings = { "status", "statuses", "state", "states" };
    private static readonly (string[] Endings, Shape Shape)[] s_shapes = { (s_stageNameEndings, Shape.Stages), (s_statusNameEndings, Shape.Status) };

    // Where no name says complaint, a project that marks its stages is complaint code, but a housing system also has
    // ArrearsStage, RepairStage and an HR EscalationLevel: there only a name whose subject is one of these is taken for
    // the complaint procedure (CaseStage, LegacyCaseStatus, ProcedureStage); any other stage-like enum must be used
    // by a complaint type.
    private static readonly string[] s_procedureSubjects = { "case", "procedure", "handling" };

    /// <summary>
    /// Set on CHC0111 and CHC0112 when marking the enum [ComplaintStages] is the likely next step: it has a stage 1
    /// and a stage 2 and the project marks no other enum. The code fix reads it.
    /// </summary>
    public const string MarkAsStagesProperty = "ComplaintCode.MarkAsStages";

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
            // The guesses work even before the generator's attributes exist. The attributes are looked up for the first
            // enum worth judging, not here: see ComplaintCodeSymbols.OnFirstUse.
            var compilation = start.Compilation;
            var attributes = new Lazy<StageAttributes>(() => new StageAttributes(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var inference = InferredComplaintCode.IsOn(start.Options) ? new Inference(compilation, attributes, start.CancellationToken) : null;
            var findings = FindingsLog.Join(start);
            // Only enums are judged: each file's declarations are walked for them, not every type of the compilation.
            start.RegisterSemanticModelAction(
                model =>
                {
                    Action<Diagnostic>? report = null;
                    foreach (var member in TypeLevelDeclarations.In(model.SemanticModel.SyntaxTree.GetRoot(model.CancellationToken)))
                    {
                        if (member is not EnumDeclarationSyntax declaration
                            || (declaration.AttributeLists.Count == 0
                                && (inference is null || !MayBeStages(declaration.Identifier.ValueText, declaration.Members.Select(m => m.Identifier.ValueText)))))
                        {
                            // Not marked, and no name the guesses read: passed over before anything is bound.
                            continue;
                        }

                        if (model.SemanticModel.GetDeclaredSymbol(declaration, model.CancellationToken) is { } type)
                        {
                            Analyze(type, report ??= model.ReportDiagnostic, attributes.Value.Stages, inference, findings);
                        }
                    }
                });
        });
    }

    /// <summary>True for a member name that the Code forbids as a stage: stage 0, informal, stage 3 and the like.</summary>
    public static bool IsExtraStageName(string name)
        => StageNamePatterns.MayNameAStage(name) && StageNamePatterns.IsExtraStage(InferredComplaintCode.Normalise(name));

    /// <summary>The stage or level number a member name carries (Stage2Open is 2, SecondTier is 2), or null.</summary>
    public static int? StageNumber(string name)
        => StageNamePatterns.MayNameAStage(name) ? StageNumberOfNormalised(InferredComplaintCode.Normalise(name)) : null;

    private static int? StageNumberOfNormalised(string normalised)
    {
        var match = StageNamePatterns.StageNumber(normalised);
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

    private static bool IsSentinel(string name) => StageNamePatterns.IsSentinel(InferredComplaintCode.Normalise(name));

    private static void Analyze(INamedTypeSymbol type, Action<Diagnostic> report, INamedTypeSymbol? stagesAttribute, Inference? inference, FindingsLog findings)
    {
        if (IsMarked(type, stagesAttribute))
        {
            AnalyzeAnnotated(report, type, findings);
        }
        else if (inference is not null)
        {
            AnalyzeUnannotated(report, type, inference, findings);
        }
    }

    /// <summary>
    /// Two shapes of a marked enum. When every member is a stage (Stage1 = 1, Stage2 = 2), each distinct value is a
    /// stage. When only some members carry a stage number, it is a status enum (Received, Stage1Investigation,
    /// Stage1Responded, Closed): its stages are read as the inferred rule reads them, so Stage1Investigation and
    /// Stage1Responded are one stage and Received or ReferredToOmbudsman is none.
    /// </summary>
    private static void AnalyzeAnnotated(Action<Diagnostic> report, INamedTypeSymbol type, FindingsLog findings)
    {
        var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
        findings.AddCheck(DiagnosticDescriptors.MoreThanTwoStages, new[] { TwoStages }, type.Locations.FirstOrDefault());
        findings.AddCheck(DiagnosticDescriptors.ExtraNamedStage, new[] { NoExtraStages }, type.Locations.FirstOrDefault());
        var stages = ReadStages(type, extraNamesAreStages: true);
        var isStatus = stages.Any(s => s.Number is not null)
            && members.Any(m => !IsZeroSentinel(m) && !stages.Any(s => SymbolEqualityComparer.Default.Equals(s.Member, m)));

        // Stages are counted by value, so an alias (Final = Stage2) is not a third stage.
        var count = isStatus
            ? CountStages(stages)
            : members.Where(m => !IsZeroSentinel(m)).Select(m => m.ConstantValue).Distinct().Count();
        if (count > 2)
        {
            findings.Report(report, ProvisionDiagnostic.Create(DiagnosticDescriptors.MoreThanTwoStages, type.Locations.FirstOrDefault(), TwoStages, type.Name, count));
        }

        var extra = isStatus ? stages.Where(s => s.Extra).Select(s => s.Member) : members.Where(m => IsExtraStageName(m.Name));
        foreach (var member in extra)
        {
            findings.Report(report, ProvisionDiagnostic.Create(DiagnosticDescriptors.ExtraNamedStage, member.Locations.FirstOrDefault(), NoExtraStages, member.Name));
        }
    }

    /// <summary>
    /// An enum named for stages, or for status, in complaint code. Only the members that are stages are counted: a
    /// member with a stage number, an ordinal or an extra-stage name. Lifecycle states (Open, Closed, Investigation)
    /// and an Ombudsman referral are not stages of the landlord's procedure.
    /// </summary>
    private static void AnalyzeUnannotated(Action<Diagnostic> report, INamedTypeSymbol type, Inference inference, FindingsLog findings)
    {
        // Names and members first; what ties the enum to complaints, which may read other types, only for a breach.
        if (!MayBeStages(type.Name, type.MemberNames))
        {
            return;
        }

        var shape = ShapeOf(type.Name);

        var stages = ReadStages(type, extraNamesAreStages: shape == Shape.Stages);
        if (stages.Count == 0)
        {
            return;
        }

        var count = CountStages(stages);
        if (count <= 2 && !stages.Any(s => s.Extra))
        {
            return;
        }

        if (IsMarked(type, inference.NotStagesAttribute)
            || (!InferredComplaintCode.IsInComplaintCode(type, inference.AssemblyName) && !IsTiedToComplaintsBesideMarkedStages(type, inference)))
        {
            return;
        }

        var properties = OffersStagesAttribute(stages, inference)
            ? ImmutableDictionary<string, string?>.Empty.Add(MarkAsStagesProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        if (count > 2)
        {
            var names = string.Join(", ", stages.Select(s => s.Member.Name));
            findings.Report(report, ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredMoreThanTwoStages, type.Locations.FirstOrDefault(), new[] { TwoStages }, properties, type.Name, count, names));
        }

        foreach (var stage in stages.Where(s => s.Extra))
        {
            findings.Report(report, ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredExtraNamedStage, stage.Member.Locations.FirstOrDefault(), new[] { NoExtraStages }, properties, stage.Member.Name, type.Name));
        }
    }

    /// <summary>
    /// Where no name around it says complaint, a project that marks its stages may still have a legacy stage enum
    /// (CaseStage), but it also has HR escalation levels and arrears stages. Only an enum whose name says a complaint
    /// procedure (CaseStage, ProcedureStage), or one that complaint code uses, is judged.
    /// </summary>
    private static bool IsTiedToComplaintsBesideMarkedStages(INamedTypeSymbol type, Inference inference)
    {
        if (!inference.ProjectMarksItsStages.Value)
        {
            return false;
        }

        var subject = SubjectOf(type.Name);
        return (subject.Length > 0 && s_procedureSubjects.Any(w => subject.EndsWith(w, StringComparison.Ordinal)))
               || inference.EnumsUsedByComplaintTypes.Value.Contains(type);
    }

    /// <summary>
    /// Marking is offered for an enum that has the Code's two stages, a stage 1 and a stage 2, while the project has
    /// no marked stages enum: a project has one procedure, so one enum is its stages.
    /// </summary>
    private static bool OffersStagesAttribute(IReadOnlyList<StageMember> stages, Inference inference)
        => inference.StagesAttributeExists
           && stages.Any(s => s.Number == 1)
           && stages.Any(s => s.Number == 2)
           && !inference.ProjectMarksItsStages.Value;

    /// <summary>
    /// The members of an enum that are stages of a procedure: each carries a stage number (Stage2Open, SecondTier)
    /// or, when <paramref name="extraNamesAreStages"/>, an extra-stage name (Informal, Appeal). An Ombudsman referral
    /// is never a stage of the landlord's procedure. Extra is true for a stage the Code forbids: stage 0, stage 3 or a
    /// named extra stage.
    /// </summary>
    private static IReadOnlyList<StageMember> ReadStages(INamedTypeSymbol type, bool extraNamesAreStages)
    {
        List<StageMember>? stages = null;
        foreach (var member in type.GetMembers())
        {
            // Most members of most enums (Draft, Open, Completed) have no word a stage is named by: they are passed
            // over before their name is copied or matched.
            if (member is not IFieldSymbol field
                || !StageNamePatterns.MayNameAStage(field.Name)
                || !field.HasConstantValue
                || field.Name.IndexOf("ombudsman", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                continue;
            }

            var normalised = InferredComplaintCode.Normalise(field.Name);
            var number = StageNumberOfNormalised(normalised);
            var extraName = extraNamesAreStages && StageNamePatterns.IsExtraStage(normalised);
            if (number is not null || extraName)
            {
                (stages ??= new List<StageMember>()).Add(new StageMember(field, number, extraName || number == 0 || number > 2));
            }
        }

        return stages ?? (IReadOnlyList<StageMember>)Array.Empty<StageMember>();
    }

    /// <summary>
    /// What <see cref="AnalyzeUnannotated"/> asks first, of names alone: whether the enum's name says stages or status,
    /// and any member's name has a word a stage is named by. An enum of Draft, Open and Completed is passed over
    /// without its members being read, and, asked of the declaration, before anything is bound.
    /// </summary>
    private static bool MayBeStages(string name, IEnumerable<string> memberNames)
    {
        if (ShapeOf(name) == Shape.None)
        {
            return false;
        }

        foreach (var memberName in memberNames)
        {
            if (StageNamePatterns.MayNameAStage(memberName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Members are one stage when they share a value (an alias) or a stage number (Stage1Open and Stage1Closed of a
    /// status enum).
    /// </summary>
    private static int CountStages(IReadOnlyList<StageMember> stages)
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

    /// <summary>A zero-valued None, the enum's default.</summary>
    private static bool IsZeroSentinel(IFieldSymbol member)
        => IsSentinel(member.Name) && System.Convert.ToInt64(member.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) == 0;

    private readonly record struct StageMember(IFieldSymbol Member, int? Number, bool Extra);

    /// <summary>What the enum's name says it is: stages (ArrearsStage, EscalationLevel), status (CaseStatus) or neither.</summary>
    private static Shape ShapeOf(string name)
        => StageNamePatterns.IsPlain(name) ? ShapeOf(name, StringComparison.OrdinalIgnoreCase).Shape : ShapeOf(InferredComplaintCode.Normalise(name), StringComparison.Ordinal).Shape;

    /// <summary>The rest of the enum's name, its subject: "arrears" in ArrearsStage, "case" in Case_Status.</summary>
    private static string SubjectOf(string name)
    {
        var lower = InferredComplaintCode.Normalise(name);
        var (shape, endingLength) = ShapeOf(lower, StringComparison.Ordinal);
        return shape == Shape.None ? string.Empty : lower.Substring(0, lower.Length - endingLength);
    }

    private static (Shape Shape, int EndingLength) ShapeOf(string name, StringComparison comparison)
    {
        foreach (var (endings, shape) in s_shapes)
        {
            foreach (var ending in endings)
            {
                if (name.EndsWith(ending, comparison))
                {
                    return (shape, ending.Length);
                }
            }
        }

        return (Shape.None, 0);
    }

    private static bool IsMarked(INamedTypeSymbol type, INamedTypeSymbol? attribute)
    {
        if (attribute is null)
        {
            return false;
        }

        foreach (var data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    // The names a marked enum has: the stages themselves (ComplaintStage, EscalationLevel) or a status enum whose
    // members carry the stage numbers (ComplaintStatus, CaseState).
    private static readonly string[] s_markedEnumNameParts = { "Stage", "Tier", "Escalation", "Status", "State" };

    /// <summary>
    /// Looks only at enums named for stages, escalation or status, found through the declaration table, so no code is bound
    /// for it. Asked only for an enum that looks like stages in code that does not say complaint.
    /// </summary>
    private static bool HasAnnotatedStagesEnum(Compilation compilation, INamedTypeSymbol? stagesAttribute, System.Threading.CancellationToken cancellationToken)
        => stagesAttribute is not null
           && compilation.GetSymbolsWithName(
                   n => s_markedEnumNameParts.Any(part => n.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0),
                   SymbolFilter.Type,
                   cancellationToken)
               .OfType<INamedTypeSymbol>()
               .Any(t => t.TypeKind == TypeKind.Enum && IsMarked(t, stagesAttribute));

    /// <summary>
    /// The enums that complaint types use as the type of a field, property, parameter or return value. A complaint
    /// type is one that a name says complaint (its own, a containing type's or its namespace's) or a
    /// [ComplaintWorkflow] class. Declarations only are read, no method body; attributes are bound only on types
    /// whose syntax names ComplaintWorkflow. Asked once per compilation, for an enum that breaches and nothing else ties.
    /// </summary>
    private static ImmutableHashSet<INamedTypeSymbol> EnumsUsedByComplaintTypes(Compilation compilation, INamedTypeSymbol? workflowAttribute, System.Threading.CancellationToken cancellationToken)
    {
        var used = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var container = pending.Pop();
            foreach (var member in container.GetMembers())
            {
                if (member is INamespaceOrTypeSymbol nested)
                {
                    pending.Push(nested);
                }
            }

            if (container is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } type
                && (InferredComplaintCode.IsInComplaintCode(type, assemblyName: null) || IsWorkflow(type, workflowAttribute, cancellationToken)))
            {
                foreach (var member in type.GetMembers())
                {
                    switch (member)
                    {
                        case IFieldSymbol field:
                            AddEnum(used, field.Type);
                            break;
                        case IPropertySymbol property:
                            AddEnum(used, property.Type);
                            break;
                        case IMethodSymbol method:
                            AddEnum(used, method.ReturnType);
                            foreach (var parameter in method.Parameters)
                            {
                                AddEnum(used, parameter.Type);
                            }

                            break;
                    }
                }
            }
        }

        return used.ToImmutable();
    }

    private static bool IsWorkflow(INamedTypeSymbol type, INamedTypeSymbol? workflowAttribute, System.Threading.CancellationToken cancellationToken)
        => workflowAttribute is not null
           && type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
                                                      && declaration.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().IndexOf("ComplaintWorkflow", StringComparison.Ordinal) >= 0))
           && IsMarked(type, workflowAttribute);

    /// <summary>The enum a member's type is, through Nullable and arrays: ComplaintStatus? and ComplaintStatus[] count.</summary>
    private static void AddEnum(ImmutableHashSet<INamedTypeSymbol>.Builder used, ITypeSymbol type)
    {
        while (type is IArrayTypeSymbol array)
        {
            type = array.ElementType;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
        {
            used.Add(enumType.OriginalDefinition);
        }
    }

    /// <summary>
    /// Context for the guesses, made once per compilation. A project that marks a [ComplaintStages] enum is complaint
    /// code, so its other stage-like enums (a legacy CaseStage) are judged even where no name says complaint.
    /// </summary>
    private sealed class Inference
    {
        private readonly Lazy<StageAttributes> _attributes;

        public Inference(Compilation compilation, Lazy<StageAttributes> attributes, System.Threading.CancellationToken cancellationToken)
        {
            AssemblyName = compilation.AssemblyName;
            _attributes = attributes;
            ProjectMarksItsStages = new Lazy<bool>(() => HasAnnotatedStagesEnum(compilation, attributes.Value.Stages, cancellationToken));
            EnumsUsedByComplaintTypes = new Lazy<ImmutableHashSet<INamedTypeSymbol>>(() => EnumsUsedByComplaintTypes(compilation, attributes.Value.Workflow, cancellationToken));
        }

        public string? AssemblyName { get; }

        public bool StagesAttributeExists => _attributes.Value.Stages is not null;

        public INamedTypeSymbol? NotStagesAttribute => _attributes.Value.NotStages;

        public Lazy<bool> ProjectMarksItsStages { get; }

        public Lazy<ImmutableHashSet<INamedTypeSymbol>> EnumsUsedByComplaintTypes { get; }
    }

    /// <summary>The generated attributes this analyzer reads; each is null until the generator has run.</summary>
    private sealed class StageAttributes
    {
        public StageAttributes(Compilation compilation)
        {
            Stages = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintStagesAttribute");
            NotStages = compilation.GetTypeByMetadataName("ComplaintCode.NotComplaintStagesAttribute");
            Workflow = compilation.GetTypeByMetadataName("ComplaintCode.ComplaintWorkflowAttribute");
        }

        public INamedTypeSymbol? Stages { get; }

        public INamedTypeSymbol? NotStages { get; }

        public INamedTypeSymbol? Workflow { get; }
    }
}
