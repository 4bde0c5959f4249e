using ComplaintCode;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Records;

/// <summary>One entry of a complaint's history: what happened, when, at which stage and who did it.</summary>
public sealed record ComplaintEvent(DateOnly On, ComplaintStage Stage, string What, string By);

/// <summary>Everything kept about one complaint: the complaint, its history, the letters sent and each stage's outcome.</summary>
public sealed class ComplaintRecord
{
    public ComplaintRecord(Complaint complaint) => Complaint = complaint;

    public Complaint Complaint { get; }

    public List<ComplaintEvent> History { get; } = new();

    public List<string> Correspondence { get; } = new();

    public Dictionary<ComplaintStage, string> Outcomes { get; } = new();
}

/// <summary>
/// The complaint record. In production this is a database; here it is in memory, but it keeps the same things:
/// the original complaint, every contact and letter, the outcome of each stage and who did what.
/// </summary>
[Implements(Provision.FullRecordKept, Evidence = "ComplaintRecordStore keeps the complaint, its dated history, every letter sent and the outcome of each stage.")]
public sealed class ComplaintRecordStore
{
    private readonly Dictionary<string, ComplaintRecord> _records = new(StringComparer.Ordinal);

    public int Count => _records.Count;

    public string NextReference(DateOnly on) => $"RH-{on.Year}-{_records.Count + 1:0000}";

    public ComplaintRecord Add(Complaint complaint)
    {
        var record = new ComplaintRecord(complaint);
        _records.Add(complaint.Reference, record);
        return record;
    }

    public ComplaintRecord Get(string reference) => _records[reference];

    public void Log(Complaint complaint, DateOnly on, string what, string by)
        => Get(complaint.Reference).History.Add(new ComplaintEvent(on, complaint.Stage, what, by));

    public void File(Complaint complaint, string letter) => Get(complaint.Reference).Correspondence.Add(letter);

    public void RecordOutcome(Complaint complaint, string outcome) => Get(complaint.Reference).Outcomes[complaint.Stage] = outcome;
}
