using ComplaintCode;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Letters;

/// <summary>The acknowledgement of a complaint at stage 1 or stage 2: it sets out our understanding of the complaint.</summary>
[Implements(Provision.ComplaintDefinitionSetOut, Provision.ResponsibilityClarified, Evidence = "Every acknowledgement letter sets out the complaint definition and what is outside our responsibility.")]
public sealed class AcknowledgementLetter : Letter
{
    public AcknowledgementLetter(Complaint complaint, DateOnly date, StaffMember handler, DateOnly responseDue)
        : base(complaint, date)
    {
        Handler = handler;
        ResponseDue = responseDue;
    }

    public StaffMember Handler { get; }

    public DateOnly ResponseDue { get; }

    public override string Title => $"Acknowledgement, stage {(int)Complaint.Stage}";

    protected override IEnumerable<string> Body()
    {
        yield return $"Your complaint: {Complaint.Definition}";
        foreach (var aspect in Complaint.Definition.OutsideOurResponsibility)
        {
            yield return $"Not our responsibility: {aspect}";
        }

        yield return $"Handled by {Handler}; response due by {Day(ResponseDue)}.";
    }
}
