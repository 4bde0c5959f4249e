namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// The diagnostic ids. They are public contract: never renumber one. A rule found on annotated code and the same rule
/// inferred from names alone have separate ids, ten apart (CHC0101 and CHC0111), because .editorconfig sets severity
/// per id and a team adopting the package must be able to set the guesses apart from the certainties.
/// </summary>
public static class DiagnosticIds
{
    public const string ProvisionNotEvidenced = "CHC0001";
    public const string InvalidProvisionId = "CHC0002";
    public const string ProvisionDeclaredNotMet = "CHC0003";
    public const string PlanToComplyOverdue = "CHC0004";
    public const string ProvisionIdAsString = "CHC0005";
    public const string NoPolicyFile = "CHC0006";
    public const string MoreThanTwoStages = "CHC0101";
    public const string ExtraNamedStage = "CHC0102";
    public const string InferredMoreThanTwoStages = "CHC0111";
    public const string InferredExtraNamedStage = "CHC0112";
    public const string TimescaleTooLong = "CHC0201";
    public const string CalendarDaysForWorkingDays = "CHC0202";
    public const string ComplaintTimeLimitTooShort = "CHC0203";
    public const string InferredTimescaleTooLong = "CHC0211";
    public const string InferredCalendarDaysForWorkingDays = "CHC0212";
    public const string InferredComplaintTimeLimitTooShort = "CHC0213";
    public const string ExtensionLetterLacksOmbudsmanContact = "CHC0301";
    public const string StageResponseLetterLacksItems = "CHC0302";
    public const string RefusalLetterIncomplete = "CHC0303";
    public const string Stage2HandlerNotSeparated = "CHC0401";
    public const string PolicyFileUnusable = "CHC0501";
    public const string PolicyTimescaleLooserThanCode = "CHC0502";
    public const string NotMetWithoutComplyBy = "CHC0503";
    public const string DeadlineWithoutConformanceTest = "CHC0601";
}
