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

    /// <summary>Each place a rule of the package judged the provision's annotated code (project, file, line).</summary>
    public List<CheckedPlace> Checks { get; } = new();
}

/// <summary>One place a rule judged: the rule, and the place as project, file and line.</summary>
public sealed record CheckedPlace(string Rule, string? Project, string? File, int? Line);

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
        string? assessmentDate,
        SignOff? signOff = null)
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
                record.SourceLine,
                BasisOf(record),
                CheckedBy(record),
                record.Checks.Select(c => (c.Project, c.File, c.Line)).Distinct().Count());
        }).ToList();

        var sections = catalog.Sections.Select(s =>
        {
            var inSection = provisions.Where(p => p.Section == s.Number).ToList();
            return new SectionSummary(s.Number, s.Title, inSection.Count, Count(inSection, Comply.Yes), Count(inSection, Comply.No), Count(inSection, Comply.NotEvidenced))
            {
                CheckedByBuild = CountBasis(inSection, EvidenceBasis.CheckedByBuild),
                DeclaredInCode = CountBasis(inSection, EvidenceBasis.DeclaredInCode),
                DeclaredInPolicyFile = CountBasis(inSection, EvidenceBasis.DeclaredInPolicyFile),
            };
        }).ToList();

        var summary = new Summary(provisions.Count, Count(provisions, Comply.Yes), Count(provisions, Comply.No), Count(provisions, Comply.NotEvidenced), sections)
        {
            CheckedByBuild = CountBasis(provisions, EvidenceBasis.CheckedByBuild),
            DeclaredInCode = CountBasis(provisions, EvidenceBasis.DeclaredInCode),
            DeclaredInPolicyFile = CountBasis(provisions, EvidenceBasis.DeclaredInPolicyFile),
        };
        return new SelfAssessment(
            SelfAssessment.CurrentSchemaVersion,
            new CodeInfo(catalog.Title, catalog.Publisher, catalog.Edition),
            landlord is null ? null : new LandlordInfo(landlord),
            project,
            assessmentDate,
            summary,
            provisions,
            SignOff: signOff ?? SignOff.None);
    }

    /// <summary>
    /// How the answer is known: checked by the build when a rule of the package judged the provision's code; else
    /// declared in code when [Implements] evidences it; else declared in the policy file when that cites evidence or
    /// answers it. Null when nothing does (not evidenced, or a "No" from a guess about unannotated code).
    /// </summary>
    public static string? BasisOf(ProvisionRecord record)
        => StatusOf(record) == Comply.NotEvidenced ? null
           : record.Checks.Count > 0 ? EvidenceBasis.CheckedByBuild
           : record.Evidence.Any(e => e.Kind == "code") ? EvidenceBasis.DeclaredInCode
           : record.Evidence.Count > 0 || record.DeclaredMet || record.DeclaredNotMet ? EvidenceBasis.DeclaredInPolicyFile
           : null;

    /// <summary>Each rule that checked the provision, in id order, with its places and the breaches it found.</summary>
    private static IReadOnlyList<RuleCheckCount> CheckedBy(ProvisionRecord record)
        => record.Checks
            .GroupBy(c => c.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleCheckCount(g.Key, g.Select(c => (c.Project, c.File, c.Line)).Distinct().Count(), record.Findings.Count(f => f.Id == g.Key)))
            .ToList();

    private static int CountBasis(IEnumerable<ProvisionAssessment> provisions, string basis) => provisions.Count(p => p.EvidencedBy == basis);

    private static int Count(IEnumerable<ProvisionAssessment> provisions, string status) => provisions.Count(p => p.Comply == status);
}
