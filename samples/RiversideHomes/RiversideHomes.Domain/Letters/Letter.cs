using System.Text;
using RiversideHomes.Complaints.Domain;

namespace RiversideHomes.Complaints.Letters;

/// <summary>A letter to a resident (or their representative) about a complaint.</summary>
public abstract class Letter
{
    protected Letter(Complaint complaint, DateOnly date)
    {
        Complaint = complaint;
        Date = date;
    }

    public Complaint Complaint { get; }

    public DateOnly Date { get; }

    public abstract string Title { get; }

    /// <summary>The body, one paragraph per line.</summary>
    protected abstract IEnumerable<string> Body();

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine($"  ┌ {Title} · {Complaint.Reference} · {Date:ddd d MMM yyyy} · to {Complaint.Resident.Addressee}");
        foreach (var line in Body())
        {
            text.AppendLine($"  │ {line}");
        }

        return text.ToString().TrimEnd();
    }

    protected static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy");
}
