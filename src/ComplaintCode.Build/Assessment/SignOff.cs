using System.Text.Json.Serialization;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Build.Assessment;

/// <summary>
/// Who completed the self-assessment and the governing body's approval of it, from the policy file's <c>signOff</c>.
/// Always written (schema version 2), so a reader sees "approved": false rather than guessing from a missing key.
/// </summary>
public sealed record SignOff(
    [property: JsonPropertyName("completedBy")] string? CompletedBy,
    [property: JsonPropertyName("governingBody")] string? GoverningBody,
    [property: JsonPropertyName("approvedOn")] string? ApprovedOn,
    [property: JsonPropertyName("minute")] string? Minute,
    [property: JsonPropertyName("response")] string? Response,
    [property: JsonPropertyName("responseLink")] string? ResponseLink,
    [property: JsonPropertyName("approved")] bool Approved)
{
    /// <summary>The words the form, the build's summary line and the diff use when approval is missing.</summary>
    public const string NotYetApproved = "Not yet approved by the governing body";

    public static SignOff None { get; } = new(null, null, null, null, null, null, false);

    public static SignOff From(PolicySignOff? policy)
        => policy is null
            ? None
            : new SignOff(policy.CompletedBy, policy.GoverningBody, policy.ApprovedOn, policy.Minute, policy.Response, policy.ResponseLink, policy.IsApproved);
}

/// <summary>How a provision's answer is known, as the form's rows say it: the <c>evidencedBy</c> values.</summary>
public static class EvidenceBasis
{
    /// <summary>A rule of the package judged the code that implements the provision.</summary>
    public const string CheckedByBuild = "checkedByBuild";

    /// <summary>[Implements] says the code implements it; no rule of the package checks that code.</summary>
    public const string DeclaredInCode = "declaredInCode";

    /// <summary>The policy file says so (evidence cited, or comply: yes / no).</summary>
    public const string DeclaredInPolicyFile = "declaredInPolicyFile";
}

/// <summary>One rule that checked a provision's code: how many places it judged and the breaches it found there.</summary>
public sealed record RuleCheckCount(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("places")] int Places,
    [property: JsonPropertyName("breaches")] int Breaches);
