namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>The diagnostic ids. They are public contract: never renumber one.</summary>
public static class DiagnosticIds
{
    public const string ProvisionNotEvidenced = "CHC0001";
    public const string InvalidProvisionId = "CHC0002";
    public const string ProvisionDeclaredNotMet = "CHC0003";
    public const string MoreThanTwoStages = "CHC0101";
    public const string ExtraNamedStage = "CHC0102";
    public const string TimescaleTooLong = "CHC0201";
    public const string CalendarDaysForWorkingDays = "CHC0202";
    public const string ComplaintTimeLimitTooShort = "CHC0203";
    public const string ExtensionLetterLacksOmbudsmanContact = "CHC0301";
    public const string StageResponseLetterLacksItems = "CHC0302";
    public const string RefusalLetterIncomplete = "CHC0303";
    public const string Stage2HandlerNotSeparated = "CHC0401";
    public const string PolicyFileUnusable = "CHC0501";
    public const string PolicyTimescaleLooserThanCode = "CHC0502";
    public const string NotMetWithoutComplyBy = "CHC0503";
}
