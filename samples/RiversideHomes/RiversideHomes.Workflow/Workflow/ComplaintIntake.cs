using ComplaintCode;
using RiversideHomes.Complaints.Calendar;
using RiversideHomes.Complaints.Domain;
using RiversideHomes.Complaints.Letters;
using RiversideHomes.Complaints.Records;

namespace RiversideHomes.Complaints.Workflow;

/// <summary>What a resident (or their representative) told us, however they told us.</summary>
public sealed record ComplaintSubmission(
    Resident Resident,
    string Channel,
    DateOnly IssueNoticedOn,
    ComplaintDefinition Definition,
    ReasonableAdjustmentsRecord? Adjustments = null,
    bool LegalProceedingsFiled = false,
    string? PreviouslyConsideredAs = null,
    string? GoodReasonForDelay = null);

/// <summary>The result of considering a submission: the complaint, and the letter when it was not accepted.</summary>
public sealed record IntakeResult(Complaint Complaint, NotProgressedLetter? NotAccepted)
{
    public bool Accepted => NotAccepted is null;
}

/// <summary>Decides whether what a resident told us is a complaint we accept.</summary>
public sealed class ComplaintIntake
{
    private readonly ComplaintRecordStore _records;

    public ComplaintIntake(ComplaintRecordStore records) => _records = records;

    /// <summary>
    /// Accepts the complaint unless one of the policy's exclusions applies to this complaint. The reason is
    /// recorded and sent to the resident; a late complaint with a good reason for the delay is accepted.
    /// </summary>
    [Implements(Provision.AcceptUnlessValidReason, Evidence = "ComplaintIntake.Consider accepts unless a policy exclusion applies to the facts of this complaint, and records the reasoning.")]
    [Implements(Provision.TwelveMonthTimeLimit, Evidence = "A complaint outside the time limit is still accepted when the resident gives a good reason for the delay.")]
    public IntakeResult Consider(ComplaintSubmission submission, DateOnly receivedOn, string loggedBy)
    {
        var complaint = new Complaint(_records.NextReference(receivedOn), submission.Resident, submission.Channel, receivedOn, submission.IssueNoticedOn, submission.Definition)
        {
            Adjustments = submission.Adjustments,
        };
        return Decide(complaint, submission, receivedOn, loggedBy);
    }

    /// <summary>
    /// The resident is unhappy with how we handled a service request: that is a complaint, and the service request
    /// carries on. Nothing here closes or pauses it.
    /// </summary>
    [Implements(Provision.ComplaintAboutServiceRequest, Evidence = "RaiseComplaintAbout logs a complaint linked to the service request and leaves the request open.")]
    public IntakeResult RaiseComplaintAbout(ServiceRequest request, ComplaintSubmission submission, DateOnly receivedOn, string loggedBy)
    {
        var complaint = new Complaint(_records.NextReference(receivedOn), submission.Resident, submission.Channel, receivedOn, submission.IssueNoticedOn, submission.Definition)
        {
            Adjustments = submission.Adjustments,
            AboutServiceRequest = request,
        };
        request.RaiseComplaint(complaint.Reference);
        return Decide(complaint, submission, receivedOn, loggedBy);
    }

    private IntakeResult Decide(Complaint complaint, ComplaintSubmission submission, DateOnly receivedOn, string loggedBy)
    {
        _records.Add(complaint);
        _records.Log(complaint, receivedOn, $"Received by {complaint.Channel}: {complaint.Definition}", loggedBy);

        string? reasons = null;
        if (submission.LegalProceedingsFiled)
        {
            reasons = "a claim about this matter has been filed at court, so the court will decide it.";
        }
        else if (submission.PreviouslyConsideredAs is { } earlier)
        {
            reasons = $"we considered this matter under our complaints policy as {earlier}.";
        }
        else if (!ComplaintDeadlines.WithinTimeLimit(submission.IssueNoticedOn, receivedOn) && submission.GoodReasonForDelay is null)
        {
            reasons = $"the issue was noticed on {submission.IssueNoticedOn:d MMM yyyy}, more than {ComplaintPolicy.ComplaintTimeLimitMonths} months before you told us, and we were given no reason for the delay.";
        }

        if (reasons is null)
        {
            _records.Log(complaint, receivedOn, "Accepted as a stage 1 complaint", loggedBy);
            return new IntakeResult(complaint, null);
        }

        var letter = new NotProgressedLetter(complaint, receivedOn, NotProgressedDecision.NotAccepted, reasons);
        _records.Log(complaint, receivedOn, $"Not accepted: {reasons}", loggedBy);
        _records.File(complaint, letter.Render());
        complaint.Close();
        return new IntakeResult(complaint, letter);
    }
}
