
namespace ComplaintCode.Model.Policy;

/// <summary>A zero-based line and column range in the policy file, for diagnostics.</summary>
public readonly record struct PolicySpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly PolicySpan Start = new(0, 0, 0, 0);
}

public enum PolicyIssueKind
{
    /// <summary>The file cannot be used as written (CHC0501).</summary>
    Unusable,

    /// <summary>A provision id the Code does not have, a malformed one or a duplicate (CHC0002).</summary>
    BadProvisionId,

    /// <summary>A local timescale looser than the Code's (CHC0502).</summary>
    TimescaleLooserThanCode,

    /// <summary>A provision declared not met without its complyBy date (CHC0503): the file is still used.</summary>
    NotMetWithoutComplyBy,
}

/// <param name="Provision">The provision the issue concerns (a looser timescale, a "No" without a date); null for
/// one about the file itself (a YAML error, an unknown key, a bad id).</param>
public sealed record PolicyIssue(PolicyIssueKind Kind, string Message, PolicySpan Span, string? Provision = null);

/// <summary>How the landlord answers "Comply: Yes / No" for a provision.</summary>
public enum PolicyComply
{
    /// <summary>No comply key: the evidence given counts.</summary>
    Unstated,
    Yes,
    No,

    /// <summary>Left blank on purpose (e.g. imported from a form with an empty cell): never counted as met.</summary>
    Unanswered,
}

/// <summary>The words of the policy file's <c>comply</c> key: the parser reads them and the importer writes them.</summary>
public static class PolicyComplyWords
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Unanswered = "unanswered";

    /// <summary>The word for an answer, or null for <see cref="PolicyComply.Unstated"/>, which is written as no key at all.</summary>
    public static string? Of(PolicyComply comply) => comply switch
    {
        PolicyComply.Yes => Yes,
        PolicyComply.No => No,
        PolicyComply.Unanswered => Unanswered,
        _ => null,
    };
}

/// <summary>One cited piece of evidence, as landlords cite them today: a document, a section, a link.</summary>
public sealed record PolicyEvidence(string Description, string? Document, string? Section, string? Link);

public sealed record PolicyProvision(
    string Id,
    PolicyComply Comply,
    EquatableArray<PolicyEvidence> Evidence,
    string? Commentary,
    string? ComplyBy,
    PolicySpan Span)
{
    /// <summary>True when the policy file offers this provision as met.</summary>
    public bool CountsAsEvidence => Comply == PolicyComply.Yes || (Comply == PolicyComply.Unstated && Evidence.Count > 0);
}

/// <summary>A local timescale: <paramref name="Constant"/> is the CodeTimescales constant it overrides.</summary>
public sealed record PolicyTimescale(string Constant, int Value, PolicySpan Span);

/// <summary>
/// The landlord's complaint-policy.yaml, read into equatable records. YamlDotNet objects never leave the parser.
/// </summary>
public sealed record PolicyFile(
    string Path,
    string? Landlord,
    string? AssessmentDate,
    EquatableArray<PolicyTimescale> Timescales,
    EquatableArray<string> ClosureDays,
    EquatableArray<PolicyProvision> Provisions,
    EquatableArray<PolicyIssue> Issues,
    PolicySignOff? SignOff = null)
{
    public static PolicyFile Empty(string path) => new(path, null, null, EquatableArray<PolicyTimescale>.Empty, EquatableArray<string>.Empty, EquatableArray<PolicyProvision>.Empty, EquatableArray<PolicyIssue>.Empty);
}

/// <summary>
/// Who completed the self-assessment and the governing body's approval of it, from the policy file's <c>signOff</c>
/// map. Each value is as written; dates are yyyy-mm-dd and <see cref="ResponseLink"/> is an https address, or the parser
/// left them out and reported why.
/// </summary>
/// <param name="CompletedBy">Who completed the assessment, e.g. "Jane Smith, Complaints Manager".</param>
/// <param name="GoverningBody">The governing body that approved it, e.g. "Board of Riverside Homes".</param>
/// <param name="ApprovedOn">The date of the approval (yyyy-mm-dd).</param>
/// <param name="Minute">The minute that records the approval, e.g. "Board minute 2026/41".</param>
/// <param name="Response">The governing body's response to the assessment, as text.</param>
/// <param name="ResponseLink">Where the governing body's response is published (https only).</param>
public sealed record PolicySignOff(
    string? CompletedBy,
    string? GoverningBody,
    string? ApprovedOn,
    string? Minute,
    string? Response,
    string? ResponseLink)
{
    /// <summary>Approved: the governing body and the date of its approval are both given.</summary>
    public bool IsApproved => GoverningBody is not null && ApprovedOn is not null;
}
