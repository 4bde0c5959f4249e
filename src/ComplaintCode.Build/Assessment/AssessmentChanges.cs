using System.Text.Json.Serialization;

namespace ComplaintCode.Build.Assessment;

/// <summary>
/// What changed between two self-assessments of the same Code: answers, evidence, findings and the sign-off. The
/// governing body approves this year's form by comparing it with last year's; this is that comparison, as data.
/// </summary>
/// <param name="PreviousAssessmentDate">The date of the earlier assessment, null when it had none.</param>
public sealed record AssessmentChanges(
    [property: JsonPropertyName("previousAssessmentDate")] string? PreviousAssessmentDate,
    [property: JsonPropertyName("answers")] IReadOnlyList<AnswerChange> Answers,
    [property: JsonPropertyName("evidenceAdded")] IReadOnlyList<EvidenceChange> EvidenceAdded,
    [property: JsonPropertyName("evidenceRemoved")] IReadOnlyList<EvidenceChange> EvidenceRemoved,
    [property: JsonPropertyName("findingsAppeared")] IReadOnlyList<FindingChange> FindingsAppeared,
    [property: JsonPropertyName("findingsResolved")] IReadOnlyList<FindingChange> FindingsResolved,
    [property: JsonPropertyName("signOff")] IReadOnlyList<SignOffChange> SignOff)
{
    [JsonIgnore]
    public bool IsEmpty => Answers.Count == 0 && EvidenceAdded.Count == 0 && EvidenceRemoved.Count == 0
                           && FindingsAppeared.Count == 0 && FindingsResolved.Count == 0 && SignOff.Count == 0;

    /// <summary>True when some answer got worse: Yes to anything else, or Not evidenced to No.</summary>
    [JsonIgnore]
    public bool HasRegression => Answers.Any(a => a.Worse);

    /// <summary>
    /// The changes from <paramref name="previous"/> to <paramref name="current"/>, provision by provision in Code
    /// order. Evidence is the same evidence when its kind, symbol, description, link and project are (a line that moved
    /// is not new evidence); a finding is the same finding when its rule, message, file and project are.
    /// </summary>
    public static AssessmentChanges Between(SelfAssessment previous, SelfAssessment current)
    {
        var before = (previous.Provisions ?? Array.Empty<ProvisionAssessment>()).Where(p => p is not null).GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var answers = new List<AnswerChange>();
        var added = new List<EvidenceChange>();
        var removed = new List<EvidenceChange>();
        var appeared = new List<FindingChange>();
        var resolved = new List<FindingChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var now in (current.Provisions ?? Array.Empty<ProvisionAssessment>()).Where(p => p is not null))
        {
            if (!seen.Add(now.Id))
            {
                continue;
            }

            before.TryGetValue(now.Id, out var then);
            if (then is not null && then.Comply != now.Comply)
            {
                answers.Add(new AnswerChange(now.Id, then.Comply, now.Comply, Rank(now.Comply) < Rank(then.Comply)));
            }

            Compare(now.Id, then?.Evidence, now.Evidence, EvidenceKey, (id, e) => new EvidenceChange(id, e), added, removed);
            Compare(now.Id, then?.Findings, now.Findings, FindingKey, (id, f) => new FindingChange(id, f), appeared, resolved);
        }

        Compare(null, previous.Findings, current.Findings, FindingKey, (id, f) => new FindingChange(id, f), appeared, resolved);
        return new AssessmentChanges(previous.AssessmentDate, answers, added, removed, appeared, resolved, SignOffChanges(previous.SignOff, current.SignOff));
    }

    /// <summary>Yes is best, No worst: Not evidenced to No is worse, because a breach or a declared gap was found.</summary>
    private static int Rank(string? comply) => comply switch
    {
        Comply.Yes => 2,
        Comply.No => 0,
        _ => 1,
    };

    private static void Compare<T, TChange>(string? provision, IReadOnlyList<T>? then, IReadOnlyList<T>? now, Func<T, string> key, Func<string?, T, TChange> change, List<TChange> added, List<TChange> removed)
        where T : class
    {
        var earlier = (then ?? Array.Empty<T>()).Where(x => x is not null).ToList();
        var later = (now ?? Array.Empty<T>()).Where(x => x is not null).ToList();
        var earlierKeys = new HashSet<string>(earlier.Select(key), StringComparer.Ordinal);
        var laterKeys = new HashSet<string>(later.Select(key), StringComparer.Ordinal);
        added.AddRange(later.Where(x => !earlierKeys.Contains(key(x))).GroupBy(key).Select(g => change(provision, g.First())));
        removed.AddRange(earlier.Where(x => !laterKeys.Contains(key(x))).GroupBy(key).Select(g => change(provision, g.First())));
    }

    private static string EvidenceKey(Evidence e) => string.Join("\u001f", e.Kind, e.Symbol, e.Description, e.Link, e.Project);

    private static string FindingKey(Finding f) => string.Join("\u001f", f.Id, f.Message, f.File, f.Project);

    private static List<SignOffChange> SignOffChanges(SignOff? previous, SignOff? current)
    {
        previous ??= Assessment.SignOff.None;
        current ??= Assessment.SignOff.None;
        var changes = new List<SignOffChange>();
        void Field(string name, string? then, string? now)
        {
            if (!string.Equals(then, now, StringComparison.Ordinal))
            {
                changes.Add(new SignOffChange(name, then, now));
            }
        }

        Field("completedBy", previous.CompletedBy, current.CompletedBy);
        Field("governingBody", previous.GoverningBody, current.GoverningBody);
        Field("approvedOn", previous.ApprovedOn, current.ApprovedOn);
        Field("minute", previous.Minute, current.Minute);
        Field("response", previous.Response, current.Response);
        Field("responseLink", previous.ResponseLink, current.ResponseLink);
        return changes;
    }
}

/// <param name="Worse">Yes to Not evidenced or No, or Not evidenced to No.</param>
public sealed record AnswerChange(
    [property: JsonPropertyName("provision")] string Provision,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("current")] string? Current,
    [property: JsonPropertyName("worse")] bool Worse);

public sealed record EvidenceChange(
    [property: JsonPropertyName("provision")] string? Provision,
    [property: JsonPropertyName("evidence")] Evidence Evidence);

/// <param name="Provision">The provision the finding is on; null for a finding tied to no provision.</param>
public sealed record FindingChange(
    [property: JsonPropertyName("provision")] string? Provision,
    [property: JsonPropertyName("finding")] Finding Finding);

/// <param name="Field">The signOff key that changed, e.g. "approvedOn".</param>
public sealed record SignOffChange(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("current")] string? Current);
