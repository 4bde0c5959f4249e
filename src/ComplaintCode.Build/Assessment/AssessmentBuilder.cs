using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Build.Assessment;

/// <summary>
/// What one provision has going for and against it; the builder turns a set of these into the document.
/// </summary>
public sealed class ProvisionRecord
{
    public List<Evidence> Evidence { get; } = new();

    public List<Finding> Findings { get; } = new();

    public List<string> Commentary { get; } = new();

    /// <summary>Declared not met (policy file "comply: no", or "No" on an imported form).</summary>
    public bool DeclaredNotMet { get; set; }

    /// <summary>Declared met without evidence (an imported "Yes" with an empty evidence cell).</summary>
    public bool DeclaredMet { get; set; }

    public string? ComplyBy { get; set; }

    /// <summary>For an assessment made by import, the line of the form the provision's row starts on.</summary>
    public int? SourceLine { get; set; }
}

/// <summary>Builds the self-assessment in Code order, with its summary, from per-provision records.</summary>
public static class AssessmentBuilder
{
    public static Dictionary<string, ProvisionRecord> NewRecords()
        => Catalog.Provisions.ToDictionary(p => p.Id, _ => new ProvisionRecord(), StringComparer.Ordinal);

    internal static CodeCatalog Catalog => CodeCatalog.Instance;

    /// <summary>
    /// Status of a provision: "No" when declared not met or when code breaks it (a finding); "Yes" when evidenced or
    /// declared met; otherwise "NotEvidenced". A provision with a breach found in code is never "Yes".
    /// </summary>
    public static string StatusOf(ProvisionRecord record)
        => record.DeclaredNotMet || record.Findings.Count > 0 ? Comply.No
           : record.Evidence.Count > 0 || record.DeclaredMet ? Comply.Yes
           : Comply.NotEvidenced;

    public static SelfAssessment Build(
        IReadOnlyDictionary<string, ProvisionRecord> records,
        string? landlord,
        ProjectInfo? project,
        string? assessmentDate)
    {
        var catalog = Catalog;
        var provisions = catalog.Provisions.Select(p =>
        {
            var record = records.TryGetValue(p.Id, out var r) ? r : new ProvisionRecord();
            var commentary = record.Commentary.Count == 0 ? null : string.Join(" ", record.Commentary.Distinct(StringComparer.Ordinal));
            return new ProvisionAssessment(
                p.Id,
                p.Section,
                p.SectionTitle,
                p.Stage,
                p.Requirement,
                StatusOf(record),
                record.Evidence.ToList(),
                commentary,
                record.Findings.ToList(),
                record.ComplyBy,
                record.SourceLine);
        }).ToList();

        var sections = catalog.Sections.Select(s =>
        {
            var inSection = provisions.Where(p => p.Section == s.Number).ToList();
            return new SectionSummary(s.Number, s.Title, inSection.Count, Count(inSection, Comply.Yes), Count(inSection, Comply.No), Count(inSection, Comply.NotEvidenced));
        }).ToList();

        var summary = new Summary(provisions.Count, Count(provisions, Comply.Yes), Count(provisions, Comply.No), Count(provisions, Comply.NotEvidenced), sections);
        return new SelfAssessment(
            SelfAssessment.CurrentSchemaVersion,
            new CodeInfo(catalog.Title, catalog.Publisher, catalog.Edition),
            landlord is null ? null : new LandlordInfo(landlord),
            project,
            assessmentDate,
            summary,
            provisions);
    }

    private static int Count(IEnumerable<ProvisionAssessment> provisions, string status) => provisions.Count(p => p.Comply == status);
}
