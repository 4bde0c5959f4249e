using ComplaintCode;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Letters;

public enum NotProgressedDecision
{
    /// <summary>The matter was not accepted as a complaint (2.4).</summary>
    NotAccepted,

    /// <summary>The complaint was not escalated to stage 2 (5.11).</summary>
    NotEscalated,
}

/// <summary>
/// Our decision not to accept a complaint, or not to escalate one: always with the reasons and the resident's right
/// to take the decision to the Housing Ombudsman.
/// </summary>
[RefusalLetter]
[Implements(Provision.RefusalExplained, Provision.EscalationNotRefused, Evidence = "NotProgressedLetter cannot be built without reasons and always carries the Ombudsman's contact details.")]
public sealed class NotProgressedLetter : Letter
{
    public NotProgressedLetter(Complaint complaint, DateOnly date, NotProgressedDecision decision, string reasons)
        : base(complaint, date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reasons);
        Decision = decision;
        Reasons = reasons;
    }

    public NotProgressedDecision Decision { get; }

    [LetterItem(ResponseLetterItem.Reasons)]
    public string Reasons { get; }

    public OmbudsmanContact Ombudsman { get; } = new();

    public override string Title => Decision == NotProgressedDecision.NotAccepted ? "Complaint not accepted" : "Complaint not escalated";

    protected override IEnumerable<string> Body()
    {
        yield return $"Why: {Reasons}";
        yield return $"You can ask the {OmbudsmanContact.Name} to review this decision: {OmbudsmanContact.Telephone}, {OmbudsmanContact.Website}";
    }
}
