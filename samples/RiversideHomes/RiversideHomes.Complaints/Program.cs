using ComplaintCode;
using RiversideHomes.Complaints.Calendar;
using RiversideHomes.Complaints.Domain;
using RiversideHomes.Complaints.Letters;
using RiversideHomes.Complaints.Records;
using RiversideHomes.Complaints.Workflow;

// One complaint at Riverside Homes, from a late repair to the final stage 2 response. Deadlines come from
// ComplaintPolicy (generated from the complaint-policy.yaml at the sample's root) and its calendar; the [Implements]
// attributes in the domain and workflow libraries and the policy file evidence all 72 provisions of the Code, so the
// build gives no CHC diagnostics.
var priya = new StaffMember("PS", "Priya Shah", "complaints officer");
var tom = new StaffMember("TO", "Tom Okafor", "head of housing");
var records = new ComplaintRecordStore();
var serviceRequests = new ServiceRequestLog();
var intake = new ComplaintIntake(records);
var workflow = new RiversideComplaintWorkflow(records, new HandlerAssignment([priya], [priya, tom]));

Console.WriteLine($"{ComplaintPolicy.LandlordName}: complaint handling under the Complaint Handling Code 2024");
Console.WriteLine($"Our timescales: acknowledge in {ComplaintPolicy.Stage1AcknowledgementWorkingDays} working days (Code: {CodeTimescales.Stage1AcknowledgementWorkingDays}), "
    + $"respond in {ComplaintPolicy.Stage1ResponseWorkingDays} at stage 1 and {ComplaintPolicy.Stage2ResponseWorkingDays} at stage 2.");
Console.WriteLine();

// A repair runs late, and the resident's son complains about it on the phone.
var amina = new Resident("Amina Khan", "14 Riverside Court, Leeds", new Representative("Daniel Khan", "son", ConsentOnFile: true));
var adjustments = new ReasonableAdjustmentsRecord(amina, "sight loss");
adjustments.Agree("sight loss", "large print letters and a phone call before each letter", new DateOnly(2025, 3, 4), new DateOnly(2026, 3, 4));
var repair = serviceRequests.Record("Damp and mould in the back bedroom", amina, new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 24));

var received = new DateOnly(2025, 12, 19);
var definition = new ComplaintDefinition("the damp treated and an apology", "repair not done by 24 Nov", "contractor missed the 2 Dec visit");
definition.NotOurResponsibility("damp in no. 16 next door, a private house (Leeds City Council)");
var complaint = intake.RaiseComplaintAbout(repair, new ComplaintSubmission(amina, "phone", new DateOnly(2025, 11, 24), definition, adjustments), received, "contact centre").Complaint;
Step(received, $"{complaint.Reference} logged about repair {repair.Reference} (kept open); acknowledge by {Day(ComplaintDeadlines.Stage1AcknowledgementDue(received))}", "1.5");

var acknowledged = new DateOnly(2025, 12, 22);
Show(workflow.AcknowledgeStage1(complaint, acknowledged));
Step(acknowledged, "response due in 10 working days: bank holidays and our 29-31 Dec closure skipped", "6.3");

// A related point raised during stage 1 becomes part of the stage 1 complaint (6.8).
workflow.AddRelatedPoint(complaint, "no reply to the 5 Dec email", new DateOnly(2026, 1, 6));

Show(workflow.ExtendStage1(complaint, 5, "the damp survey report is due on 16 January.", updateIntervalWorkingDays: 3, new DateOnly(2026, 1, 12)));

var stage1Day = new DateOnly(2026, 1, 19);
definition.Points[0].Decide(true, "The order never reached the contractor.");
definition.Points[1].Decide(false, "The contractor left a card.");
definition.Points[2].Decide(true, "It went to an unmonitored inbox, now closed.");
complaint.AddRemedy(new Remedy(RemedyKind.RepairOrAction, "the repair was late", "eight weeks of damp in a child's bedroom", "Damp treatment", new DateOnly(2026, 1, 30)));
complaint.AddRemedy(new Remedy(RemedyKind.Compensation, "the repair was late", "distress and inconvenience", "Compensation", new DateOnly(2026, 1, 30), 150m));
complaint.Track(new OutstandingAction("Fit a bathroom extractor fan", "Riverside Repairs", new DateOnly(2026, 2, 6)));
Show(workflow.RespondAtStage1(complaint, "Upheld in part (2 of 3 points).", stage1Day));

// The resident escalates without giving a reason; stage 2 goes to someone other than the stage 1 handler.
workflow.Escalate(complaint, new EscalationRequest(new DateOnly(2026, 1, 26)), new DateOnly(2026, 1, 27));
Step(new DateOnly(2026, 1, 27), $"escalated, no reason asked; handler {complaint.Stage2Handler!.Name}, not {complaint.Stage1Handler!.Name}; due {Day(complaint.ResponseDue!.Value)}", "6.13");
complaint.CompleteAction("Fit a bathroom extractor fan", new DateOnly(2026, 2, 5));
definition.Points[1].Decide(true, "The van tracker shows no visit.");
complaint.AddRemedy(new Remedy(RemedyKind.Compensation, "the missed appointment was not picked up at stage 1", "a lost day off work", "Further compensation", new DateOnly(2026, 2, 27), 100m));
Show(workflow.RespondAtStage2(complaint, "Upheld (3 of 3 points).", new DateOnly(2026, 2, 20)));

var record = records.Get(complaint.Reference);
Step(new DateOnly(2026, 2, 20), $"closed; the record keeps {record.History.Count} events, {record.Correspondence.Count} letters and {record.Outcomes.Count} stage outcomes", "5.12");
Console.WriteLine();
var provision = CodeProvisions.Get("6.3");
Console.WriteLine($"Provision {provision.Id} ({provision.SectionTitle}, stage {provision.Stage}), in the Code's words:");
Console.WriteLine($"  \"{provision.Requirement}\"");

// The self-assessment the build wrote beside the application, for the whole system: the domain and workflow
// libraries' [Implements] and the policy file at the sample's root.
Console.WriteLine();
if (ComplaintSelfAssessment.ReadJson() is { } json)
{
    var summary = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("summary");
    Console.WriteLine($"Self-assessment ({ComplaintSelfAssessment.JsonFileName}): {summary.GetProperty("yes").GetInt32()} of {summary.GetProperty("provisions").GetInt32()} provisions met, "
        + $"{summary.GetProperty("no").GetInt32()} not met, {summary.GetProperty("notEvidenced").GetInt32()} not evidenced");
}

static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy");

static void Step(DateOnly on, string what, params string[] provisions)
{
    Console.WriteLine($"{Day(on),-16} {what}");
    foreach (var id in provisions)
    {
        Console.WriteLine($"{"",-16}   {id,-4} {CodeProvisions.Get(id).Gist}");
    }
}

static void Show(Letter letter) => Console.WriteLine(letter.Render());
