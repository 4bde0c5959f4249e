using ComplaintCode;

namespace RiversideHomes.Complaints.Domain;

/// <summary>What the remedy does: the Ombudsman's remedies guidance groups remedies this way.</summary>
public enum RemedyKind
{
    Apology,
    RepairOrAction,
    Compensation,
    ChangeOfPolicy,
}

/// <summary>
/// A remedy offered on a complaint. It says what went wrong, how it affected the resident, what will be done and by
/// when, and it stays open until someone confirms it was done.
/// </summary>
[Implements(Provision.PuttingThingsRight, Evidence = "A remedy cannot be created without WhatWentWrong (the failing acknowledged) and Action (what puts it right).")]
[Implements(Provision.RemedyReflectsImpact, Evidence = "ImpactOnResident is required and compensation is set against it, so each remedy reflects the impact.")]
[Implements(Provision.RemedyFollowedThrough, Evidence = "Every remedy has a DueBy date and stays an outstanding action until MarkDone records its completion.")]
public sealed class Remedy
{
    public Remedy(RemedyKind kind, string whatWentWrong, string impactOnResident, string action, DateOnly dueBy, decimal compensation = 0m)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(whatWentWrong);
        ArgumentException.ThrowIfNullOrWhiteSpace(impactOnResident);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        Kind = kind;
        WhatWentWrong = whatWentWrong;
        ImpactOnResident = impactOnResident;
        Action = action;
        DueBy = dueBy;
        Compensation = compensation;
    }

    public RemedyKind Kind { get; }

    public string WhatWentWrong { get; }

    public string ImpactOnResident { get; }

    public string Action { get; }

    public DateOnly DueBy { get; }

    public decimal Compensation { get; }

    public DateOnly? DoneOn { get; private set; }

    public bool IsOutstanding => DoneOn is null;

    public void MarkDone(DateOnly on) => DoneOn = on;

    public override string ToString()
        => Compensation > 0 ? $"{Action} (£{Compensation:0.00}) by {DueBy:d MMM yyyy}" : $"{Action} by {DueBy:d MMM yyyy}";
}
