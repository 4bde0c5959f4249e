using ComplaintCode;

namespace RiversideHomes.Complaints.Domain;

public enum ComplaintStatus
{
    Logged,
    Acknowledged,
    Responded,
    Escalated,
    Closed,
}

/// <summary>An action promised in a response that is still to be done, with who owns it and when it is due.</summary>
public sealed record OutstandingAction(string Description, string Owner, DateOnly DueBy, DateOnly? DoneOn = null)
{
    public bool IsDone => DoneOn is not null;
}

/// <summary>A complaint, from the day it is received to the final stage 2 response.</summary>
public sealed class Complaint
{
    private readonly List<Remedy> _remedies = new();
    private readonly List<OutstandingAction> _outstandingActions = new();

    public Complaint(string reference, Resident resident, string channel, DateOnly receivedOn, DateOnly issueNoticedOn, ComplaintDefinition definition)
    {
        Reference = reference;
        Resident = resident;
        Channel = channel;
        ReceivedOn = receivedOn;
        IssueNoticedOn = issueNoticedOn;
        Definition = definition;
    }

    public string Reference { get; }

    public Resident Resident { get; }

    /// <summary>How the complaint reached us: phone, email, web form, in person, a letter, social media.</summary>
    public string Channel { get; }

    public DateOnly ReceivedOn { get; }

    /// <summary>When the issue happened, or when the resident became aware of it.</summary>
    public DateOnly IssueNoticedOn { get; }

    public ComplaintDefinition Definition { get; }

    public ComplaintStage Stage { get; private set; } = ComplaintStage.Stage1;

    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Logged;

    /// <summary>The service request the resident was unhappy about, if any.</summary>
    public ServiceRequest? AboutServiceRequest { get; init; }

    public ReasonableAdjustmentsRecord? Adjustments { get; init; }

    [ComplaintHandler(1)]
    public StaffMember? Stage1Handler { get; private set; }

    [ComplaintHandler(2)]
    public StaffMember? Stage2Handler { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    /// <summary>The date the response to the current stage is due, including any extension.</summary>
    public DateOnly? ResponseDue { get; private set; }

    /// <summary>How often, in working days, we agreed to update the resident while a response is overdue or extended.</summary>
    public int? UpdateIntervalWorkingDays { get; private set; }

    public IReadOnlyList<Remedy> Remedies => _remedies;

    public IReadOnlyList<OutstandingAction> OutstandingActions => _outstandingActions;

    public void Acknowledge(StaffMember handler, DateOnly on, DateOnly responseDue)
    {
        Stage1Handler = handler;
        AcknowledgedOn = on;
        ResponseDue = responseDue;
        Status = ComplaintStatus.Acknowledged;
    }

    public void Extend(DateOnly newDueDate, int updateIntervalWorkingDays)
    {
        ResponseDue = newDueDate;
        UpdateIntervalWorkingDays = updateIntervalWorkingDays;
    }

    public void MarkResponded() => Status = ComplaintStatus.Responded;

    public void MoveToStage2(StaffMember handler, DateOnly acknowledgedOn, DateOnly responseDue)
    {
        if (Stage1Handler is not null && handler.Id == Stage1Handler.Id)
        {
            throw new InvalidOperationException("The stage 1 handler cannot consider the complaint at stage 2.");
        }

        Stage = ComplaintStage.Stage2;
        Stage2Handler = handler;
        AcknowledgedOn = acknowledgedOn;
        ResponseDue = responseDue;
        UpdateIntervalWorkingDays = null;
        Status = ComplaintStatus.Escalated;
    }

    public void Close() => Status = ComplaintStatus.Closed;

    /// <summary>Adds a remedy at whatever stage the complaint is: nothing waits for stage 2 or for the Ombudsman.</summary>
    [Implements(Provision.RemedyAtAnyStage, Evidence = "Complaint.AddRemedy accepts a remedy at any stage and at any status before closure.")]
    public void AddRemedy(Remedy remedy)
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new InvalidOperationException("Reopen the complaint to add a remedy.");
        }

        _remedies.Add(remedy);
    }

    public void Track(OutstandingAction action) => _outstandingActions.Add(action);

    public void CompleteAction(string description, DateOnly on)
    {
        var index = _outstandingActions.FindIndex(a => a.Description == description);
        _outstandingActions[index] = _outstandingActions[index] with { DoneOn = on };
    }
}
