using ComplaintCode;

namespace RiversideHomes.Complaints.Domain;

/// <summary>One point of a complaint, as the resident raised it, with the finding once it has been investigated.</summary>
public sealed class ComplaintPoint
{
    public ComplaintPoint(string description) => Description = description;

    public string Description { get; }

    public string? Finding { get; private set; }

    public bool Upheld { get; private set; }

    public void Decide(bool upheld, string finding)
    {
        Upheld = upheld;
        Finding = finding;
    }
}

/// <summary>
/// The complaint definition: what the resident is unhappy about, the outcome they want, and what falls outside
/// Riverside Homes' responsibility. It is set out when the complaint is logged and again when it is escalated.
/// </summary>
[Implements(Provision.ComplaintDefinitionSetOut, Evidence = "ComplaintDefinition is required to log a complaint and to escalate it; the acknowledgement letters state it.")]
[Implements(Provision.ResponsibilityClarified, Evidence = "OutsideOurResponsibility lists the aspects another body is responsible for, with who to contact; letters state it.")]
public sealed class ComplaintDefinition
{
    private readonly List<ComplaintPoint> _points = new();
    private readonly List<string> _outsideOurResponsibility = new();

    public ComplaintDefinition(string outcomeSought, params string[] points)
    {
        if (points.Length == 0)
        {
            throw new ArgumentException("A complaint definition needs at least one point.", nameof(points));
        }

        OutcomeSought = outcomeSought;
        foreach (var point in points)
        {
            _points.Add(new ComplaintPoint(point));
        }
    }

    public IReadOnlyList<ComplaintPoint> Points => _points;

    public string OutcomeSought { get; }

    /// <summary>Aspects that are not Riverside Homes' responsibility, each with who is responsible.</summary>
    public IReadOnlyList<string> OutsideOurResponsibility => _outsideOurResponsibility;

    public void AddPoint(string description) => _points.Add(new ComplaintPoint(description));

    public void NotOurResponsibility(string aspect) => _outsideOurResponsibility.Add(aspect);

    public override string ToString()
        => string.Join("; ", _points.Select(p => p.Description)) + $" (wants {OutcomeSought})";
}
