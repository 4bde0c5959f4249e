using ComplaintCode;
using RiversideHomes.Complaints.Calendar;
using RiversideHomes.Complaints.Domain;
using RiversideHomes.Complaints.Letters;
using RiversideHomes.Complaints.Records;

namespace RiversideHomes.Complaints.Workflow;

/// <summary>How a complaint is to be answered at stage 1.</summary>
public enum ResponseRoute
{
    /// <summary>The answer is already known: respond now rather than wait for the deadline.</summary>
    Early,

    /// <summary>The complaint needs investigating before we can respond.</summary>
    Investigate,
}

/// <summary>A request to escalate to stage 2. The resident does not have to say why.</summary>
public sealed record EscalationRequest(DateOnly RequestedOn, string? WhatRemainsUnresolved = null);

/// <summary>What happened to an escalation request: a stage 2 acknowledgement, or a letter saying why not.</summary>
public sealed record EscalationOutcome(AcknowledgementLetter? Acknowledgement, NotProgressedLetter? NotEscalated);

/// <summary>
/// Riverside Homes' complaint workflow: the two stages of the Complaint Handling Code from acknowledgement to final
/// response. Every step is logged in the complaint record and every letter is filed there.
/// </summary>
[ComplaintWorkflow]
public sealed class RiversideComplaintWorkflow
{
    private readonly ComplaintRecordStore _records;
    private readonly HandlerAssignment _handlers;

    public RiversideComplaintWorkflow(ComplaintRecordStore records, HandlerAssignment handlers)
    {
        _records = records;
        _handlers = handlers;
    }

    /// <summary>Acknowledges, defines and logs a stage 1 complaint, and assigns its handler.</summary>
    [Implements(Provision.Stage1Acknowledgement, Evidence = "AcknowledgeStage1 assigns a handler, logs the acknowledgement and sends the complaint definition to the resident.")]
    public AcknowledgementLetter AcknowledgeStage1(Complaint complaint, DateOnly on)
    {
        var handler = _handlers.AssignStage1Handler();
        var due = ComplaintDeadlines.Stage1ResponseDue(on);
        complaint.Acknowledge(handler, on, due);
        var late = on > ComplaintDeadlines.Stage1AcknowledgementDue(complaint.ReceivedOn) ? " (late)" : string.Empty;
        _records.Log(complaint, on, $"Acknowledged{late}; response due {due:d MMM yyyy}", handler.Name);
        return Send(complaint, new AcknowledgementLetter(complaint, on, handler, due));
    }

    /// <summary>Decides whether the complaint can be answered early or needs investigating, and records why.</summary>
    [Implements(Provision.EarlyResolutionConsidered, Evidence = "ChooseRoute is run on every new complaint and records whether it can be answered early.")]
    public ResponseRoute ChooseRoute(Complaint complaint, bool answerKnown, DateOnly on)
    {
        var route = answerKnown ? ResponseRoute.Early : ResponseRoute.Investigate;
        _records.Log(complaint, on, $"Route chosen: {route}", complaint.Stage1Handler?.Name ?? "complaints team");
        return route;
    }

    /// <summary>A new, related point raised before the stage 1 response becomes part of it.</summary>
    [Implements(Provision.Stage1AdditionalComplaints, Evidence = "AddRelatedPoint adds points raised during stage 1 to the complaint definition the response must answer.")]
    public bool AddRelatedPoint(Complaint complaint, string point, DateOnly on)
    {
        if (complaint.Stage != ComplaintStage.Stage1 || complaint.Status != ComplaintStatus.Acknowledged)
        {
            // After the stage 1 response, a new issue is logged as a new complaint.
            return false;
        }

        complaint.Definition.AddPoint(point);
        _records.Log(complaint, on, $"Related point added: {point}", complaint.Stage1Handler?.Name ?? "complaints team");
        return true;
    }

    /// <summary>Extends the stage 1 response, with a reason, and agrees how often the resident will hear from us.</summary>
    [Implements(Provision.Stage1Extension, Evidence = "ExtendStage1 requires a reason and goes through ComplaintDeadlines.Stage1Extension, which caps the extension.")]
    [Implements(Provision.KeepResidentInformed, Evidence = "Extending a response requires an agreed update interval, which the extension letter states and NextUpdateDue tracks.")]
    public Stage1ExtensionLetter ExtendStage1(Complaint complaint, int extraWorkingDays, string reason, int updateIntervalWorkingDays, DateOnly on)
    {
        var due = ComplaintDeadlines.Stage1Extension(Due(complaint), extraWorkingDays, reason);
        complaint.Extend(due, updateIntervalWorkingDays);
        _records.Log(complaint, on, $"Extended to {due:d MMM yyyy}: {reason}", complaint.Stage1Handler?.Name ?? "complaints team");
        return Send(complaint, new Stage1ExtensionLetter(complaint, on, reason, due, updateIntervalWorkingDays));
    }

    /// <summary>The next update the resident is owed at the agreed interval, if one was agreed.</summary>
    [Implements(Provision.KeepResidentInformed, Evidence = "NextUpdateDue drives the handler's task list while a response is extended.")]
    public DateOnly? NextUpdateDue(Complaint complaint, DateOnly lastContact)
        => complaint.UpdateIntervalWorkingDays is int interval ? ComplaintDeadlines.NextUpdate(lastContact, interval) : null;

    /// <summary>
    /// Sends the stage 1 response once every point has a finding. Actions still under way are tracked as outstanding
    /// actions rather than holding the response back.
    /// </summary>
    [Implements(Provision.Stage1ResponseWhenAnswerKnown, Evidence = "RespondAtStage1 sends the response once the answer is known; unfinished work goes in OutstandingActions.")]
    [Implements(Provision.Stage1AllPointsAddressed, Evidence = "RespondAtStage1 refuses to send until every point of the definition has a finding with reasons.")]
    public Stage1ResponseLetter RespondAtStage1(Complaint complaint, string decision, DateOnly on)
    {
        RequireFindings(complaint);
        complaint.MarkResponded();
        _records.RecordOutcome(complaint, decision);
        _records.Log(complaint, on, $"Stage 1 response sent: {decision}", complaint.Stage1Handler?.Name ?? "complaints team");
        return Send(complaint, new Stage1ResponseLetter(complaint, on, decision));
    }

    /// <summary>
    /// Escalates to stage 2 on request, without asking why. It is refused only for a reason the policy allows, which
    /// the resident is told along with their right to go to the Ombudsman.
    /// </summary>
    [Implements(Provision.EscalationToStage2, Evidence = "Escalate moves an unresolved complaint to stage 2 when the resident asks.")]
    [Implements(Provision.NoReasonsRequiredForStage2, Evidence = "EscalationRequest has no required reason; a resident's explanation is optional.")]
    [Implements(Provision.EscalationNotRefused, Evidence = "Escalate only refuses for a policy exclusion, and then sends a NotProgressedLetter with the reasons.")]
    public EscalationOutcome Escalate(Complaint complaint, EscalationRequest request, DateOnly on, bool legalProceedingsFiled = false)
    {
        if (legalProceedingsFiled)
        {
            var refusal = new NotProgressedLetter(complaint, on, NotProgressedDecision.NotEscalated, "a claim about this matter has since been filed at court.");
            _records.Log(complaint, on, "Escalation refused: legal proceedings filed", "complaints officer");
            return new EscalationOutcome(null, Send(complaint, refusal));
        }

        var handler = _handlers.AssignStage2Handler(complaint);
        var due = ComplaintDeadlines.Stage2ResponseDue(on);
        complaint.MoveToStage2(handler, on, due);
        var late = on > ComplaintDeadlines.Stage2AcknowledgementDue(request.RequestedOn) ? " (late)" : string.Empty;
        _records.Log(complaint, on, $"Escalated to stage 2{late}; response due {due:d MMM yyyy}", handler.Name);
        return new EscalationOutcome(Send(complaint, new AcknowledgementLetter(complaint, on, handler, due)), null);
    }

    [Implements(Provision.Stage2Extension, Evidence = "ExtendStage2 requires a reason and goes through ComplaintDeadlines.Stage2Extension, which caps the extension.")]
    public Stage2ExtensionLetter ExtendStage2(Complaint complaint, int extraWorkingDays, string reason, int updateIntervalWorkingDays, DateOnly on)
    {
        var due = ComplaintDeadlines.Stage2Extension(Due(complaint), extraWorkingDays, reason);
        complaint.Extend(due, updateIntervalWorkingDays);
        _records.Log(complaint, on, $"Extended to {due:d MMM yyyy}: {reason}", complaint.Stage2Handler?.Name ?? "complaints team");
        return Send(complaint, new Stage2ExtensionLetter(complaint, on, reason, due, updateIntervalWorkingDays));
    }

    /// <summary>Sends the final response once every point, including those raised at stage 2, has a finding.</summary>
    [Implements(Provision.Stage2ResponseWhenAnswerKnown, Evidence = "RespondAtStage2 sends the response once the answer is known; unfinished work goes in OutstandingActions.")]
    [Implements(Provision.Stage2AllPointsAddressed, Evidence = "RespondAtStage2 refuses to send until every point of the definition has a finding with reasons.")]
    public Stage2ResponseLetter RespondAtStage2(Complaint complaint, string decision, DateOnly on)
    {
        RequireFindings(complaint);
        _records.RecordOutcome(complaint, decision);
        _records.Log(complaint, on, $"Stage 2 final response sent: {decision}", complaint.Stage2Handler?.Name ?? "complaints team");
        complaint.Close();
        return Send(complaint, new Stage2ResponseLetter(complaint, on, decision));
    }

    private static DateOnly Due(Complaint complaint)
        => complaint.ResponseDue ?? throw new InvalidOperationException($"{complaint.Reference} has not been acknowledged.");

    private static void RequireFindings(Complaint complaint)
    {
        var unanswered = complaint.Definition.Points.Where(p => string.IsNullOrWhiteSpace(p.Finding)).Select(p => p.Description).ToList();
        if (unanswered.Count > 0)
        {
            throw new InvalidOperationException($"{complaint.Reference}: no finding yet on {string.Join(", ", unanswered)}.");
        }
    }

    private TLetter Send<TLetter>(Complaint complaint, TLetter letter)
        where TLetter : Letter
    {
        _records.File(complaint, letter.Render());
        return letter;
    }
}
