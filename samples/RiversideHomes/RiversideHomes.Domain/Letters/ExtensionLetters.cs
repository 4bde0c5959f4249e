using ComplaintCode;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Letters;

/// <summary>
/// Tells the resident we need longer to respond: why, the new date, how often we will update them, and that they
/// can contact the Housing Ombudsman.
/// </summary>
public abstract class TimescaleExtensionLetter : Letter
{
    protected TimescaleExtensionLetter(Complaint complaint, DateOnly date, string reason, DateOnly newDueDate, int updateIntervalWorkingDays)
        : base(complaint, date)
    {
        Reason = reason;
        NewDueDate = newDueDate;
        UpdateIntervalWorkingDays = updateIntervalWorkingDays;
    }

    public string Reason { get; }

    public DateOnly NewDueDate { get; }

    public int UpdateIntervalWorkingDays { get; }

    /// <summary>The Ombudsman's contact details, which the Code requires on every extension letter.</summary>
    public OmbudsmanContact Ombudsman { get; } = new();

    public override string Title => $"Extension, stage {(int)Complaint.Stage}";

    protected override IEnumerable<string> Body()
    {
        yield return $"We need more time: {Reason}";
        yield return $"New response date: {Day(NewDueDate)}; we will update you every {UpdateIntervalWorkingDays} working days.";
        yield return $"You can contact the {OmbudsmanContact.Name}: {OmbudsmanContact.Telephone}, {OmbudsmanContact.Website}";
    }
}

[ExtensionLetter(1)]
[Implements(Provision.Stage1ExtensionOmbudsmanContact, Evidence = "Stage1ExtensionLetter carries an OmbudsmanContact member and prints it.")]
public sealed class Stage1ExtensionLetter(Complaint complaint, DateOnly date, string reason, DateOnly newDueDate, int updateIntervalWorkingDays)
    : TimescaleExtensionLetter(complaint, date, reason, newDueDate, updateIntervalWorkingDays);

[ExtensionLetter(2)]
[Implements(Provision.Stage2ExtensionOmbudsmanContact, Evidence = "Stage2ExtensionLetter carries an OmbudsmanContact member and prints it.")]
public sealed class Stage2ExtensionLetter(Complaint complaint, DateOnly date, string reason, DateOnly newDueDate, int updateIntervalWorkingDays)
    : TimescaleExtensionLetter(complaint, date, reason, newDueDate, updateIntervalWorkingDays);
