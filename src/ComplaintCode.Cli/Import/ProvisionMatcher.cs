using System.Globalization;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Import;

/// <summary>How a row was placed on its provision.</summary>
internal enum MatchedBy
{
    /// <summary>By its provision number, which the Code has, with text that does not say otherwise.</summary>
    Number,

    /// <summary>By its requirement text: the number was lost, unknown, disagreed with the text, or is a 2022 one.</summary>
    Text,
}

/// <summary>One provision's answer as imported: which row it came from, the answer read, and the cells to keep.</summary>
/// <param name="Score">For a row placed by text, how alike its requirement is to the provision's (0 to 1).</param>
/// <param name="ComplyBy">For a "No", the date its commentary gives for compliance ("by March 2025").</param>
internal sealed record ImportedProvision(
    string Id,
    FormRow Row,
    ComplyAnswer Answer,
    IReadOnlyList<string> Evidence,
    string? Commentary,
    MatchedBy By = MatchedBy.Number,
    double? Score = null,
    ComplyByDate? ComplyBy = null)
{
    public static ImportedProvision From(string id, FormRow row, MatchedBy by = MatchedBy.Number, double? score = null)
    {
        var answer = ComplyAnswer.Read(row.Comply);

        // The original word ("Partially", "TBC") leads the commentary, so the policy file says what the form said.
        var commentary = answer.Note is { } note
            ? (row.Commentary.Length == 0 ? note : note + "\n" + row.Commentary)
            : row.Commentary;
        if (row.MergedWith is { } other && row.Shared != MergedCells.None)
        {
            // Said in the policy file itself, so no one reads the other provision's words as this one's.
            var merged = $"Imported from a row merged with {other} in the form; the {PublishedFormReader.Describe(row.Shared)} is both rows' together.";
            commentary = commentary.Length == 0 ? merged : merged + "\n" + commentary;
        }

        // The landlord's commentary of a merged row may hold the other provision's date, so it is not read there.
        var complyBy = answer.Value == PolicyComply.No && (row.Shared & MergedCells.Commentary) == 0 ? ComplyByDate.Find(row.Commentary) : null;
        return new ImportedProvision(id, row, answer, EvidenceList.Split(row.Evidence), commentary.Length == 0 ? null : commentary, by, score, complyBy);
    }
}

/// <summary>A row the matcher could not place, and why.</summary>
internal sealed record UnmatchedRow(FormRow Row, string Reason);

/// <summary>A second row for a provision already imported; the first is kept.</summary>
internal sealed record DuplicateRow(FormRow Row, string Id, int FirstLine);

/// <summary>How closely a 2022-Code row's requirement corresponds to a 2024 provision's.</summary>
internal enum Correspondence
{
    /// <summary>Close enough, and unique: the answer is carried over, for review.</summary>
    Strong,

    /// <summary>Alike in part, or alike to two provisions at once: listed, not carried over.</summary>
    Weak,

    /// <summary>No 2024 provision is like it (a stage three, a requirement the 2024 Code dropped).</summary>
    None,
}

/// <summary>A row of a 2022-Code form and the 2024 provision it corresponds to, if any.</summary>
/// <param name="Counterpart">The nearest 2024 provision, or null when none is near at all.</param>
internal sealed record EditionRow(FormRow Row, string? Counterpart, double Score, Correspondence Strength);

/// <summary>What the import found, provision by provision, with everything it could not use.</summary>
internal sealed record MatchResult(
    IReadOnlyList<ImportedProvision> Provisions,
    IReadOnlyList<string> Missing,
    IReadOnlyList<UnmatchedRow> Unmatched,
    IReadOnlyList<DuplicateRow> Duplicates,
    IReadOnlyList<string> Notes)
{
    /// <summary>The edition the form is against; for a 2022-Code form every answer needs review against the 2024 Code.</summary>
    public EditionReading Edition { get; init; } = EditionReading.Code2024;

    /// <summary>For a 2022-Code form, every row with its 2024 counterpart and how strong the correspondence is.</summary>
    public IReadOnlyList<EditionRow> EditionRows { get; init; } = Array.Empty<EditionRow>();

    public int Count(PolicyComply answer) => Provisions.Count(p => p.Answer.Value == answer);
}

/// <summary>
/// Places each row of a published form on a provision of the Code: by its number when the Code has that number and
/// the row's text does not plainly belong to another provision, otherwise by its requirement text.
/// </summary>
/// <remarks>
/// <para>
/// Text matching compares sets of normalised words (<see cref="MatchText"/>) with Dice's coefficient and needs
/// <see cref="Threshold"/> or more, and a best match that is unique. Some provisions share their text word for word
/// (6.5 and 6.16, 6.6 and 6.17, 6.7 and 6.18); a tie between them is broken only by the form itself: the candidate
/// that follows the previous row's provision in Code order, or else (for a 2024 form) the only candidate not
/// already answered. If neither settles it, the row is reported, not guessed.
/// </para>
/// <para>
/// A numbered row whose text is another provision's (its own at under the threshold, the other's at or over it) is
/// placed by its text and reported: an answer belongs with the requirement it answers, and a wrong number is the
/// likelier slip. A row of a 2022-Code form is never placed by number (see <see cref="EditionDetector"/>): its
/// words are compared with the 2022 Code's usage made the 2024 Code's ("organisation" as "landlord", "stage one"
/// as "stage 1"), and its answer is carried over only on a <see cref="Correspondence.Strong"/> match.
/// </para>
/// <para>
/// A provision found twice keeps its first row; the second is reported. Provisions found in no row are reported
/// and left out of the policy file (left out means "not stated", so the analyzers still look for evidence in code).
/// </para>
/// </remarks>
internal sealed class ProvisionMatcher
{
    public const double Threshold = 0.8;

    /// <summary>Below this a 2022 row has no 2024 counterpart at all; from it up to <see cref="Threshold"/>, a weak one.</summary>
    public const double WeakThreshold = 0.5;

    /// <summary>A best match this close to the runner-up is not a correspondence to one provision but to two.</summary>
    public const double Margin = 0.05;

    /// <summary>A 2022 row this alike to a 2024 requirement is that requirement in other words; any lead is enough.</summary>
    public const double NearlyVerbatim = 0.95;

    private readonly CodeCatalog _catalog;
    private readonly List<(CodeProvision Provision, HashSet<string> Words)> _requirements;
    private readonly Dictionary<string, int> _order;

    public ProvisionMatcher(CodeCatalog catalog)
    {
        _catalog = catalog;
        _requirements = catalog.Provisions.Select(p => (p, new HashSet<string>(MatchText.Tokens(p.Requirement), StringComparer.Ordinal))).ToList();
        _order = catalog.Provisions.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public static MatchResult Match(IReadOnlyList<FormRow> rows, EditionReading? edition = null)
        => new ProvisionMatcher(CodeCatalog.Instance).MatchRows(rows, edition ?? EditionReading.Code2024);

    public MatchResult MatchRows(IReadOnlyList<FormRow> rows, EditionReading edition)
    {
        var found = new Dictionary<string, ImportedProvision>(StringComparer.Ordinal);
        var unmatched = new List<UnmatchedRow>();
        var duplicates = new List<DuplicateRow>();
        var notes = new List<string>();
        var editionRows = new List<EditionRow>();
        var code2022 = edition.Edition == CodeEdition.Code2022;
        string? previous = null;

        foreach (var row in rows)
        {
            notes.AddRange(row.Notes.Select(n => $"line {row.Line}: {n}"));
            string id;
            var by = MatchedBy.Number;
            double? score = null;
            if (code2022)
            {
                var corresponding = Correspond(row, previous);
                editionRows.Add(corresponding);
                if (corresponding.Strength != Correspondence.Strong)
                {
                    continue;
                }

                (id, by, score) = (corresponding.Counterpart!, MatchedBy.Text, corresponding.Score);
            }
            else if (row.Number is not null && _catalog.TryGet(row.Number, out _))
            {
                id = row.Number;
                if (MisnumberedAs(row, id) is { } text)
                {
                    notes.Add($"line {row.Line}: the row numbered {id} has the requirement text of {text.Id}; imported as {text.Id}, by its text. Check the number in the form");
                    (id, by, score) = (text.Id, MatchedBy.Text, text.Score);
                }
            }
            else
            {
                var (match, matchScore, reason) = MatchByText(row, previous, found);
                if (match is null)
                {
                    unmatched.Add(new UnmatchedRow(row, reason));
                    continue;
                }

                (id, by, score) = (match, MatchedBy.Text, matchScore);
                notes.Add(row.Number is null
                    ? $"line {row.Line}: a row without a provision number was matched to {id} by its requirement text"
                    : $"line {row.Line}: the Code has no provision {row.Number}; the row was matched to {id} by its requirement text");
            }

            if (found.TryGetValue(id, out var first))
            {
                duplicates.Add(new DuplicateRow(row, id, first.Row.Line));
                continue;
            }

            found[id] = ImportedProvision.From(id, row, by, score);
            previous = id;
        }

        var provisions = _catalog.Provisions.Where(p => found.ContainsKey(p.Id)).Select(p => found[p.Id]).ToList();
        var missing = _catalog.Provisions.Where(p => !found.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        return new MatchResult(provisions, missing, unmatched, duplicates, notes) { Edition = edition, EditionRows = editionRows };
    }

    private List<(string Id, double Score)> Scores(HashSet<string> words)
        => _requirements.Select(r => (r.Provision.Id, Score: MatchText.Similarity(words, r.Words))).OrderByDescending(s => s.Score).ToList();

    private (string? Id, double Score, string Reason) MatchByText(FormRow row, string? previous, Dictionary<string, ImportedProvision> found)
    {
        var what = row.Number is null ? "no provision number" : $"the Code has no provision {row.Number}";
        var words = new HashSet<string>(MatchText.Tokens(row.Requirement), StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return (null, 0, $"{what}, and no requirement text to match");
        }

        var scored = Scores(words);
        var best = scored[0];
        if (best.Score < Threshold)
        {
            return (null, best.Score, $"{what}, and its text matches no provision closely enough (nearest: {best.Id}, {Percent(best.Score)})");
        }

        var tied = scored.Where(s => best.Score - s.Score < 1e-9).Select(s => s.Id).ToList();
        if (tied.Count == 1)
        {
            return (best.Id, best.Score, "");
        }

        // Identical requirement texts: the form's order decides, or the only one still unanswered.
        if (FollowingInOrder(tied, previous) is { } next)
        {
            return (next, best.Score, "");
        }

        var open = tied.Where(t => !found.ContainsKey(t)).ToList();
        if (open.Count == 1)
        {
            return (open[0], best.Score, "");
        }

        return (null, best.Score, $"{what}, and its text is the requirement of {string.Join(" and ", tied)} alike; add the number to import it");
    }

    private string? FollowingInOrder(IReadOnlyList<string> candidates, string? previous)
        => previous is null ? null : candidates.FirstOrDefault(t => _order[t] == _order[previous] + 1);

    /// <summary>
    /// The 2024 provision a 2022-Code row corresponds to. Strong needs the threshold and a clear lead over every
    /// other provision; provisions whose texts are identical in the 2024 Code are told apart only by the row before.
    /// </summary>
    private EditionRow Correspond(FormRow row, string? previous)
    {
        var words = new HashSet<string>(Edition2022Words(row.Requirement), StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return new EditionRow(row, null, 0, Correspondence.None);
        }

        var scored = Scores(words);
        var best = scored[0];
        if (best.Score < WeakThreshold)
        {
            return new EditionRow(row, best.Score > 0 ? best.Id : null, best.Score, Correspondence.None);
        }

        if (best.Score < Threshold)
        {
            return new EditionRow(row, best.Id, best.Score, Correspondence.Weak);
        }

        var identical = scored.Where(s => best.Score - s.Score < 1e-9).Select(s => s.Id).ToList();
        var close = scored.Skip(identical.Count).FirstOrDefault();

        // Near the top, provisions that differ in a word or two (6.4 and 6.15: "10" or "20" working days) stay
        // apart: the row that has all of one's words and not the other's is that one's.
        var clearLead = best.Score - close.Score >= Margin || (best.Score >= NearlyVerbatim && best.Score > close.Score);
        if (!clearLead)
        {
            return new EditionRow(row, best.Id, best.Score, Correspondence.Weak);
        }

        if (identical.Count == 1)
        {
            return new EditionRow(row, best.Id, best.Score, Correspondence.Strong);
        }

        return FollowingInOrder(identical, previous) is { } next
            ? new EditionRow(row, next, best.Score, Correspondence.Strong)
            : new EditionRow(row, string.Join(" or ", identical), best.Score, Correspondence.Weak);
    }

    /// <summary>A 2022 requirement's words as the 2024 Code would write them: "organisation" is "landlord", "stage one" is "stage 1".</summary>
    internal static IReadOnlyList<string> Edition2022Words(string requirement)
    {
        var words = MatchText.Tokens(requirement).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = words[i] switch
            {
                "organisation" or "organisations" => words[i].Replace("organisation", "landlord"),
                "one" when i > 0 && words[i - 1] == "stage" => "1",
                "two" when i > 0 && words[i - 1] == "stage" => "2",
                "three" when i > 0 && words[i - 1] == "stage" => "3",
                _ => words[i],
            };
        }

        return words;
    }

    /// <summary>A numbered row whose text is plainly another provision's, with how alike it is.</summary>
    private (string Id, double Score)? MisnumberedAs(FormRow row, string id)
    {
        var words = new HashSet<string>(MatchText.Tokens(row.Requirement), StringComparer.Ordinal);
        if (words.Count < 5)
        {
            return null;
        }

        var own = MatchText.Similarity(words, _requirements[_order[id]].Words);
        if (own >= Threshold)
        {
            return null;
        }

        var scored = Scores(words);
        var better = scored[0];
        var tied = scored.Count(s => better.Score - s.Score < 1e-9);
        return better.Score >= Threshold && better.Score > own && tied == 1 ? better : null;
    }

    internal static string Percent(double score) => (score * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// The evidence cell as a list. Split only where the cell plainly lists several things: on line breaks (from
/// HTML breaks or list items), semicolons and bullets. Anything else ("Customer Feedback and Complaints Policy –
/// Section 4 …") is one piece of evidence, as written: guessing where one document's name ends would rewrite it.
/// </summary>
internal static class EvidenceList
{
    private static readonly char[] s_separators = { '\n', ';', '•', '▪', '◦' };

    public static IReadOnlyList<string> Split(string cell)
    {
        var parts = cell.Split(s_separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? (cell.Trim().Length == 0 ? Array.Empty<string>() : new[] { cell.Trim() }) : parts;
    }
}
