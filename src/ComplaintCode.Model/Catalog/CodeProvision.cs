
namespace ComplaintCode.Model.Catalog;

/// <summary>Where a provision is normally evidenced.</summary>
public enum EvidenceHome
{
    /// <summary>The complaint system itself does it: logging, timescales, letters, stages, handlers, records.</summary>
    Code,

    /// <summary>Governance, staffing or publication does it; the policy file cites the evidence.</summary>
    Policy,
}

public enum TimescaleUnit
{
    WorkingDays,
    Months,
}

/// <summary>A limit the Code sets in numbers, e.g. 10 working days for a stage 1 response (6.3).</summary>
public sealed record Timescale(int Value, TimescaleUnit Unit, string Constant)
{
    public string Describe() => Unit == TimescaleUnit.WorkingDays ? $"{Value} working days" : $"{Value} months";
}

/// <summary>A lettered item of a provision, e.g. 6.9 c "the decision on the complaint;".</summary>
public sealed record ProvisionItem(string Letter, string Text, string? ResponseLetterItem);

public sealed record CodeSection(int Number, string Title);

/// <summary>One provision of the Complaint Handling Code, with its requirement text word for word.</summary>
public sealed record CodeProvision(
    string Id,
    string Name,
    int Section,
    string SectionTitle,
    int? Stage,
    EvidenceHome EvidencedIn,
    string Gist,
    string Requirement,
    Timescale? Timescale,
    EquatableArray<ProvisionItem> Items)
{
    /// <summary>The enum value emitted for <c>Provision</c>: section * 100 + number, so 6.3 is 603.</summary>
    public int NumericValue => (Section * 100) + Number;

    public int Number => int.Parse(Id.Substring(Id.IndexOf('.') + 1), System.Globalization.CultureInfo.InvariantCulture);
}
