using ComplaintCode;

namespace RiversideHomes.Complaints.Domain;

/// <summary>A reasonable adjustment agreed with a resident, such as large print letters or phone calls instead of email.</summary>
public sealed record ReasonableAdjustment(string Need, string Adjustment, DateOnly AgreedOn, DateOnly ReviewBy);

/// <summary>
/// What a resident has told us about a disability and the adjustments we agreed. Complaint handlers see it on every
/// complaint, and it is kept with the resident's record, not with one complaint.
/// </summary>
[Implements(Provision.ReasonableAdjustments, Evidence = "Reasonable adjustments and disclosed disabilities are recorded per resident, with a review date, and shown with each complaint.")]
public sealed class ReasonableAdjustmentsRecord
{
    private readonly List<ReasonableAdjustment> _adjustments = new();

    public ReasonableAdjustmentsRecord(Resident resident, string? disclosedDisability = null)
    {
        Resident = resident;
        DisclosedDisability = disclosedDisability;
    }

    public Resident Resident { get; }

    /// <summary>A disability the resident chose to disclose, in their words; null when none was disclosed.</summary>
    public string? DisclosedDisability { get; }

    public IReadOnlyList<ReasonableAdjustment> Adjustments => _adjustments;

    public void Agree(string need, string adjustment, DateOnly agreedOn, DateOnly reviewBy)
        => _adjustments.Add(new ReasonableAdjustment(need, adjustment, agreedOn, reviewBy));

    public IEnumerable<ReasonableAdjustment> DueForReview(DateOnly today) => _adjustments.Where(a => a.ReviewBy <= today);
}
