using ComplaintCode;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Letters;

/// <summary>
/// The response at the end of a stage. Each member marked [LetterItem] is one of the things the Code says the letter
/// must confirm (items a to g of 6.9 and 6.19); the analyzers fail the build if one goes missing.
/// </summary>
public abstract class ResponseLetter : Letter
{
    protected ResponseLetter(Complaint complaint, DateOnly date, string decision)
        : base(complaint, date)
    {
        Decision = decision;
    }

    [LetterItem(ResponseLetterItem.ComplaintStage)]
    public ComplaintStage Stage => Complaint.Stage;

    [LetterItem(ResponseLetterItem.ComplaintDefinition)]
    public ComplaintDefinition Definition => Complaint.Definition;

    [LetterItem(ResponseLetterItem.Decision)]
    public string Decision { get; }

    [LetterItem(ResponseLetterItem.Reasons)]
    public IEnumerable<string> Reasons
        => Definition.Points.Select(p => $"{p.Description}: {(p.Upheld ? "upheld" : "not upheld")}. {p.Finding}");

    [LetterItem(ResponseLetterItem.Remedy)]
    public IReadOnlyList<Remedy> Remedies => Complaint.Remedies;

    [LetterItem(ResponseLetterItem.OutstandingActions)]
    public IEnumerable<OutstandingAction> OutstandingActions
        => Complaint.OutstandingActions.Where(a => !a.IsDone);

    public override string Title => $"Stage {(int)Stage} response";

    /// <summary>Item g: what the resident can do next if they are not satisfied.</summary>
    public abstract string EscalationRoute { get; }

    protected override IEnumerable<string> Body()
    {
        yield return $"a. Stage: {(int)Stage} of 2";
        yield return $"b. Your complaint: {Definition}";
        yield return $"c. Decision: {Decision}";
        foreach (var reason in Reasons)
        {
            yield return $"d. {reason}";
        }

        yield return "e. Remedy: " + (Remedies.Count == 0 ? "none" : string.Join("; ", Remedies));
        yield return "f. Outstanding: " + string.Join("; ", OutstandingActions.Select(a => $"{a.Description} ({a.Owner}) by {Day(a.DueBy)}").DefaultIfEmpty("none"));
        yield return $"g. {EscalationRoute}";
    }
}

[StageResponseLetter(1)]
[Implements(Provision.Stage1ResponseLetter, Evidence = "Stage1ResponseLetter marks a member for each of items a to g and prints them in order.")]
public sealed class Stage1ResponseLetter : ResponseLetter
{
    public Stage1ResponseLetter(Complaint complaint, DateOnly date, string decision)
        : base(complaint, date, decision)
    {
    }

    [LetterItem(ResponseLetterItem.EscalationRoute)]
    public override string EscalationRoute
        => "Not satisfied? Ask for stage 2 by reply, on 0113 496 0000 or at riversidehomes.example/complaints; no reason needed.";
}

[StageResponseLetter(2)]
[Implements(Provision.Stage2ResponseLetter, Evidence = "Stage2ResponseLetter marks a member for each of items a to g and gives the Ombudsman's contact details.")]
public sealed class Stage2ResponseLetter : ResponseLetter
{
    public Stage2ResponseLetter(Complaint complaint, DateOnly date, string decision)
        : base(complaint, date, decision)
    {
    }

    public OmbudsmanContact Ombudsman { get; } = new();

    [LetterItem(ResponseLetterItem.EscalationRoute)]
    public override string EscalationRoute
        => $"Final response. Not satisfied? Refer it to the {OmbudsmanContact.Name}: {OmbudsmanContact.Telephone}, {OmbudsmanContact.Website}";
}
