using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>Every diagnostic of the package, in one place. Messages name the provision and the gist of its words.</summary>
public static class DiagnosticDescriptors
{
    public const string RepositoryUrl = "https://github.com/complaintcode/ComplaintCode.Analyzers";

    private const string Evidence = "ComplaintCode.Evidence";
    private const string Stages = "ComplaintCode.Stages";
    private const string Timescales = "ComplaintCode.Timescales";
    private const string Letters = "ComplaintCode.Letters";
    private const string Handlers = "ComplaintCode.Handlers";
    private const string Policy = "ComplaintCode.Policy";
    private const string Conformance = "ComplaintCode.Conformance";

    public static readonly DiagnosticDescriptor ProvisionNotEvidenced = Create(
        DiagnosticIds.ProvisionNotEvidenced,
        "A provision of the Complaint Handling Code has no evidence",
        "Provision {0} has no evidence: nothing carries [Implements(\"{0}\")] and the policy file gives none. The Code requires that landlords {1}.",
        Evidence,
        DiagnosticSeverity.Warning,
        "Every provision of the Code needs evidence for the self-assessment: a declaration marked [Implements], or an entry in complaint-policy.yaml.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>
    /// CHC0006, in place of CHC0001 while the system has no policy file: a newcomer's first build gives the next step
    /// once, not a line per provision with nowhere to go. The provisions are in its properties, so the assessment
    /// still shows each one not evidenced.
    /// </summary>
    public static readonly DiagnosticDescriptor NoPolicyFile = Create(
        DiagnosticIds.NoPolicyFile,
        "The system has no policy file, and provisions have no evidence",
        "No evidence yet for {0} of the Code's {1} provisions ({2}), and the system has no complaint-policy.yaml. Next step: run 'dotnet complaint-code init' "
            + "in the solution's folder to write one with an entry to answer for each provision (or 'dotnet complaint-code import' of last year's published "
            + "self-assessment); the build then reports each provision still without evidence (CHC0001) at its own entry.",
        Evidence,
        DiagnosticSeverity.Warning,
        "Every provision of the Code needs evidence for the self-assessment: a declaration marked [Implements], or an entry in complaint-policy.yaml. "
            + "Until the system has a policy file, the provisions without evidence are reported together, once.",
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidProvisionId = Create(
        DiagnosticIds.InvalidProvisionId,
        "Unknown, malformed or duplicated provision id",
        "{0}",
        Evidence,
        DiagnosticSeverity.Error,
        "Provision ids are the Code's numbers, from 1.2 to 9.8, each given once.");

    /// <summary>
    /// A declared, dated gap is the landlord's plan, not a regression: strict mode leaves it a suggestion unless
    /// ComplaintCodeStrictPlannedGaps=true. Once its date has passed it is CHC0004; with no date, CHC0503.
    /// </summary>
    public static readonly DiagnosticDescriptor ProvisionDeclaredNotMet = Create(
        DiagnosticIds.ProvisionDeclaredNotMet,
        "A provision is declared not met, with a plan to meet it",
        "Provision {0} is declared not met in the policy file; the landlord plans to meet it by {1}: {2}",
        Evidence,
        DiagnosticSeverity.Info,
        "Declared non-compliance is never hidden: it shows here and as \"No\" in the self-assessment. A plan whose complyBy date has not passed does not fail a strict build.",
        StrictModeTags.PlannedGap);

    public static readonly DiagnosticDescriptor PlanToComplyOverdue = Create(
        DiagnosticIds.PlanToComplyOverdue,
        "A plan to meet a provision is overdue",
        "Provision {0} was to be met by {1}, which has passed: meet it and declare it met, or agree a new date and change its complyBy",
        Evidence,
        DiagnosticSeverity.Warning,
        "A provision the policy file declares not met, whose complyBy date is before the build machine's date: the plan has expired, like a waiver.");

    public static readonly DiagnosticDescriptor ProvisionIdAsString = Create(
        DiagnosticIds.ProvisionIdAsString,
        "A provision named by its number instead of its Provision member",
        "{0} can be written as {1}, which shows the Code's text on hover",
        Evidence,
        DiagnosticSeverity.Info,
        "[Implements(\"6.5\")] is valid, but [Implements(Provision.Stage1ExtensionOmbudsmanContact)] names the same provision and lets the editor show the Code's requirement on hover and check the name as you type.",
        StrictModeTags.Suggestion);

    public static readonly DiagnosticDescriptor MoreThanTwoStages = Create(
        DiagnosticIds.MoreThanTwoStages,
        "More than two complaint stages",
        "'{0}' has {1} complaint stages; the Code allows a two-stage procedure only, as more stages make the process unduly long and delay access to the Ombudsman (provision 5.3)",
        Stages,
        DiagnosticSeverity.Error,
        "A process with more than two stages is not acceptable under any circumstances (provision 5.3).");

    public static readonly DiagnosticDescriptor ExtraNamedStage = Create(
        DiagnosticIds.ExtraNamedStage,
        "Extra named complaint stage",
        "'{0}' is an extra named complaint stage; the Code does not allow extra named stages such as 'stage 0' or 'informal complaint' (provision 5.2)",
        Stages,
        DiagnosticSeverity.Error,
        "It is not appropriate to have extra named stages, as they cause unnecessary confusion (provision 5.2).");

    public static readonly DiagnosticDescriptor InferredMoreThanTwoStages = Create(
        DiagnosticIds.InferredMoreThanTwoStages,
        "More than two complaint stages, inferred from names",
        "'{0}' looks like the complaint stages and has {1} of them ({2}); the Code allows a two-stage procedure only (provision 5.3). Inferred from names: if this enum is the complaint stages, mark it [ComplaintStages]; if it is not, mark it [NotComplaintStages].",
        Stages,
        DiagnosticSeverity.Warning,
        "An enum named for stages or escalation, or a complaint status enum whose members carry stage numbers, in complaint code, with more than two stages. Only members that are stages are counted: lifecycle states such as open, closed or referred to the Ombudsman are not (provision 5.3).");

    public static readonly DiagnosticDescriptor InferredExtraNamedStage = Create(
        DiagnosticIds.InferredExtraNamedStage,
        "Extra named complaint stage, inferred from names",
        "'{0}' looks like an extra named complaint stage of '{1}'; the Code does not allow extra named stages such as 'stage 0' or 'informal complaint' (provision 5.2). Inferred from names: if '{1}' is the complaint stages, mark it [ComplaintStages]; if it is not, mark it [NotComplaintStages].",
        Stages,
        DiagnosticSeverity.Warning,
        "A member named like stage 0, an informal or pre-complaint stage, or a stage 3, in an enum that looks like the complaint stages but is not marked [ComplaintStages] (provision 5.2).");

    public static readonly DiagnosticDescriptor TimescaleTooLong = Create(
        DiagnosticIds.TimescaleTooLong,
        "Timescale longer than the Code allows",
        "{0} counts {1} where the Code allows at most {2} working days (provision {3})",
        Timescales,
        DiagnosticSeverity.Error,
        "The Code sets the longest timescales a landlord may use: 5 working days to acknowledge, 10 for a stage 1 response, 20 for stage 2, and extensions of no more than 10 and 20.");

    public static readonly DiagnosticDescriptor CalendarDaysForWorkingDays = Create(
        DiagnosticIds.CalendarDaysForWorkingDays,
        "Calendar days where the Code counts working days",
        "'{0}' counts calendar days, but provision {1} counts working days; use ComplaintPolicy.Calendar.Add, which skips weekends, bank holidays and the landlord's closure days",
        Timescales,
        DiagnosticSeverity.Warning,
        "The Code's timescales are in working days. Adding calendar days gives the wrong deadline around weekends and bank holidays.");

    public static readonly DiagnosticDescriptor ComplaintTimeLimitTooShort = Create(
        DiagnosticIds.ComplaintTimeLimitTooShort,
        "Complaint time limit shorter than twelve months",
        "{0} of {1} is shorter than the Code's 12 months: landlords must accept complaints made within 12 months of the issue (provision 2.3)",
        Timescales,
        DiagnosticSeverity.Error,
        "Landlords must accept complaints referred to them within 12 months of the issue occurring or the resident becoming aware of it (provision 2.3).");

    public static readonly DiagnosticDescriptor InferredTimescaleTooLong = Create(
        DiagnosticIds.InferredTimescaleTooLong,
        "Timescale longer than the Code allows, inferred from names",
        "{0} counts {1} where the Code allows at most {2} working days for {3} (provision {4}). Inferred from names: mark it [Implements(\"{4}\")] once confirmed.",
        Timescales,
        DiagnosticSeverity.Warning,
        "A constant or deadline in complaint code whose name says which of the Code's timescales it is, longer than the Code allows.");

    public static readonly DiagnosticDescriptor InferredCalendarDaysForWorkingDays = Create(
        DiagnosticIds.InferredCalendarDaysForWorkingDays,
        "Calendar days where the Code counts working days, inferred from names",
        "'{0}' counts calendar days for what looks like {1}, which the Code counts in working days (provision {2}); use ComplaintPolicy.Calendar.Add. Inferred from names: mark the member [Implements(\"{2}\")] once confirmed.",
        Timescales,
        DiagnosticSeverity.Warning,
        "Calendar-day arithmetic in complaint code whose names say it computes one of the Code's deadlines, which are in working days.");

    public static readonly DiagnosticDescriptor InferredComplaintTimeLimitTooShort = Create(
        DiagnosticIds.InferredComplaintTimeLimitTooShort,
        "Complaint time limit shorter than twelve months, inferred from names",
        "{0} of {1} is shorter than the Code's 12 months: landlords must accept complaints made within 12 months of the issue (provision 2.3). Inferred from names: mark it [Implements(\"2.3\")] once confirmed.",
        Timescales,
        DiagnosticSeverity.Warning,
        "A complaint time limit in complaint code, named as one, shorter than twelve months (provision 2.3).");

    public static readonly DiagnosticDescriptor ExtensionLetterLacksOmbudsmanContact = Create(
        DiagnosticIds.ExtensionLetterLacksOmbudsmanContact,
        "Extension letter lacks the Ombudsman's contact details",
        "Extension letter '{0}' does not give the Ombudsman's contact details, which residents must be given when told of an extension (provision {1}); add a member of type OmbudsmanContact",
        Letters,
        DiagnosticSeverity.Error,
        "When a landlord informs a resident about an extension, it must provide the contact details of the Ombudsman (provisions 6.5 and 6.16).");

    public static readonly DiagnosticDescriptor StageResponseLetterLacksItems = Create(
        DiagnosticIds.StageResponseLetterLacksItems,
        "Stage response letter lacks required items",
        "Stage {1} response letter '{0}' does not confirm {2} (provision {3}); mark a member [LetterItem(...)] for each",
        Letters,
        DiagnosticSeverity.Error,
        "At the completion of each stage, landlords must confirm items a to g in writing: the stage, the complaint definition, the decision, the reasons, any remedy, outstanding actions and how to escalate (provisions 6.9 and 6.19).");

    public static readonly DiagnosticDescriptor RefusalLetterIncomplete = Create(
        DiagnosticIds.RefusalLetterIncomplete,
        "Refusal letter lacks the reasons or the right to go to the Ombudsman",
        "Refusal letter '{0}' does not give {1}; a decision not to accept or escalate a complaint must explain why and give the right to take it to the Ombudsman (provisions 2.4 and 5.11)",
        Letters,
        DiagnosticSeverity.Error,
        "If a landlord decides not to accept or escalate a complaint, it must explain the reasons and the right to take that decision to the Ombudsman (provisions 2.4 and 5.11).");

    public static readonly DiagnosticDescriptor Stage2HandlerNotSeparated = Create(
        DiagnosticIds.Stage2HandlerNotSeparated,
        "Stage 2 handler assignment ignores the stage 1 handler",
        "'{0}' assigns the stage 2 handler without reading {1}, so nothing stops the stage 1 handler from considering stage 2 (provision 6.13)",
        Handlers,
        DiagnosticSeverity.Warning,
        "The person considering the complaint at stage 2 must not be the same person that considered it at stage 1 (provision 6.13).");

    public static readonly DiagnosticDescriptor PolicyFileUnusable = Create(
        DiagnosticIds.PolicyFileUnusable,
        "The complaint policy file cannot be used",
        "{0}",
        Policy,
        DiagnosticSeverity.Error,
        "complaint-policy.yaml must be valid YAML with the documented keys and types.");

    public static readonly DiagnosticDescriptor PolicyTimescaleLooserThanCode = Create(
        DiagnosticIds.PolicyTimescaleLooserThanCode,
        "Local timescale looser than the Code's",
        "{0}",
        Policy,
        DiagnosticSeverity.Error,
        "A landlord's own timescales may be stricter than the Code's, never looser.");

    // A warning, not CHC0501: a policy file just imported from a published form, where a "No" never has a date,
    // must build at once; strict mode still makes it an error.
    public static readonly DiagnosticDescriptor NotMetWithoutComplyBy = Create(
        DiagnosticIds.NotMetWithoutComplyBy,
        "A provision declared not met has no complyBy date",
        "{0}",
        Policy,
        DiagnosticSeverity.Warning,
        "A provision the policy file declares not met needs the date it will be met by, 'complyBy: yyyy-mm-dd'.");

    // Info, and only in a test project: a suggestion to test behaviour the compiler cannot see, not a breach of the
    // Code, so strict mode leaves it as it is.
    public static readonly DiagnosticDescriptor DeadlineWithoutConformanceTest = Create(
        DiagnosticIds.DeadlineWithoutConformanceTest,
        "Deadline method without a conformance test",
        "'{0}' implements provision {1} ({2}) and no test runs it through CodeConformance; add a conformance test",
        Conformance,
        DiagnosticSeverity.Info,
        "A test project that references a deadline method marked [Implements] for a timescale provision (2.3, 6.2, 6.3, 6.4, 6.11, 6.14, 6.15) should check it on the Code's hardest dates with CodeConformance.Check.",
        WellKnownDiagnosticTags.CompilationEnd,
        StrictModeTags.Suggestion);

    /// <summary>
    /// Custom tags that say how strict mode (ComplaintCodeStrict=true) treats a rule. Strict mode makes every rule an
    /// error except those tagged here; its global configs are written from these tags by the documentation generator.
    /// </summary>
    public static class StrictModeTags
    {
        /// <summary>An error in strict mode only with ComplaintCodeStrictPlannedGaps=true.</summary>
        public const string PlannedGap = "ComplaintCode.StrictMode.PlannedGap";

        /// <summary>A suggestion about how code is written, never a breach of the Code: strict mode leaves it as it is.</summary>
        public const string Suggestion = "ComplaintCode.StrictMode.Suggestion";
    }

    /// <summary>The docs page of a rule: docs/rules/{id}.md in the repository.</summary>
    public static string HelpLink(string id) => $"{RepositoryUrl}/blob/main/docs/rules/{id}.md";

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] tags)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLink(id), tags);
}
