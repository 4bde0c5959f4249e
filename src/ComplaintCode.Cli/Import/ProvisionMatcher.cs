using System.Globalization;
using ComplaintCode.Analyzers.Catalog;

namespace ComplaintCode.Cli.Import;

/// <summary>One provision's answer as imported: which row it came from, the answer read, and the cells to keep.</summary>
internal sealed record ImportedProvision(string Id, FormRow Row, ComplyAnswer Answer, IReadOnlyList<string> Evidence, string? Commentary)
{
    public static ImportedProvision From(string id, FormRow row)
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

        return new ImportedProvision(id, row, answer, EvidenceList.Split(row.Evidence), commentary.Length == 0 ? null : commentary);
    }
}

/// <summary>A row the matcher could not place, and why.</summary>
internal sealed record UnmatchedRow(FormRow Row, string Reason);

/// <summary>A second row for a provision already imported; the first is kept.</summary>
internal sealed record DuplicateRow(FormRow Row, string Id, int FirstLine);

/// <summary>What the import found, provision by provision, with everything it could not use.</summary>
internal sealed record MatchResult(
    IReadOnlyList<ImportedProvision> Provisions,
    IReadOnlyList<string> Missing,
    IReadOnlyList<UnmatchedRow> Unmatched,
    IReadOnlyList<DuplicateRow> Duplicates,
    IReadOnlyList<string> Notes)
{
    public int Count(Answer answer) => Provisions.Count(p => p.Answer.Value == answer);
}

/// <summary>
/// Places each row of a published form on a provision of the Code: by its number when the Code has that number,
/// otherwise by its requirement text.
/// </summary>
/// <remarks>
/// <para>
/// Text matching compares sets of normalised words (<see cref="MatchText"/>) with Dice's coefficient and needs
/// <see cref="Threshold"/> or more, and a best match that is unique. Some provisions share their text word for word
/// (6.5 and 6.16, 6.6 and 6.17, 6.7 and 6.18); a tie between them is broken only by the form itself: the candidate
/// that follows the previous row's provision in Code order, or else the only candidate not already answered. If
/// neither settles it, the row is reported, not guessed.
/// </para>
/// <para>
/// A provision found twice keeps its first row; the second is reported. Provisions found in no row are reported
/// and left out of the policy file (left out means "not stated", so the analyzers still look for evidence in code).
/// </para>
/// </remarks>
internal sealed class ProvisionMatcher
{
    public const double Threshold = 0.8;

    private readonly CodeCatalog _catalog;
    private readonly List<(CodeProvision Provision, HashSet<string> Words)> _requirements;
    private readonly Dictionary<string, int> _order;

    public ProvisionMatcher(CodeCatalog catalog)
    {
        _catalog = catalog;
        _requirements = catalog.Provisions.Select(p => (p, new HashSet<string>(MatchText.Tokens(p.Requirement), StringComparer.Ordinal))).ToList();
        _order = catalog.Provisions.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public static MatchResult Match(IReadOnlyList<FormRow> rows) => new ProvisionMatcher(CodeCatalog.Instance).MatchRows(rows);

    public MatchResult MatchRows(IReadOnlyList<FormRow> rows)
    {
        var found = new Dictionary<string, ImportedProvision>(StringComparer.Ordinal);
        var unmatched = new List<UnmatchedRow>();
        var duplicates = new List<DuplicateRow>();
        var notes = new List<string>();
        string? previous = null;

        foreach (var row in rows)
        {
            notes.AddRange(row.Notes.Select(n => $"line {row.Line}: {n}"));
            string id;
            if (row.Number is not null && _catalog.TryGet(row.Number, out _))
            {
                id = row.Number;
                if (MisnumberedAs(row, id) is { } likely)
                {
                    notes.Add($"line {row.Line}: the row numbered {id} has the requirement text of {likely}; imported as {id}, as numbered. Check the number");
                }
            }
            else
            {
                var (match, reason) = MatchByText(row, previous, found);
                if (match is null)
                {
                    unmatched.Add(new UnmatchedRow(row, reason));
                    continue;
                }

                id = match;
                notes.Add(row.Number is null
                    ? $"line {row.Line}: a row without a provision number was matched to {id} by its requirement text"
                    : $"line {row.Line}: the Code has no provision {row.Number}; the row was matched to {id} by its requirement text");
            }

            if (found.TryGetValue(id, out var first))
            {
                duplicates.Add(new DuplicateRow(row, id, first.Row.Line));
                continue;
            }

            found[id] = ImportedProvision.From(id, row);
            previous = id;
        }

        var provisions = _catalog.Provisions.Where(p => found.ContainsKey(p.Id)).Select(p => found[p.Id]).ToList();
        var missing = _catalog.Provisions.Where(p => !found.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        return new MatchResult(provisions, missing, unmatched, duplicates, notes);
    }

    private (string? Id, string Reason) MatchByText(FormRow row, string? previous, Dictionary<string, ImportedProvision> found)
    {
        var what = row.Number is null ? "no provision number" : $"the Code has no provision {row.Number}";
        var words = new HashSet<string>(MatchText.Tokens(row.Requirement), StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return (null, $"{what}, and no requirement text to match");
        }

        var scored = _requirements.Select(r => (r.Provision.Id, Score: MatchText.Similarity(words, r.Words))).OrderByDescending(s => s.Score).ToList();
        var best = scored[0];
        if (best.Score < Threshold)
        {
            return (null, $"{what}, and its text matches no provision closely enough (nearest: {best.Id}, {Percent(best.Score)})");
        }

        var tied = scored.Where(s => best.Score - s.Score < 1e-9).Select(s => s.Id).ToList();
        if (tied.Count == 1)
        {
            return (best.Id, "");
        }

        // Identical requirement texts: the form's order decides, or the only one still unanswered.
        if (previous is not null && tied.FirstOrDefault(t => _order[t] == _order[previous] + 1) is { } next)
        {
            return (next, "");
        }

        var open = tied.Where(t => !found.ContainsKey(t)).ToList();
        if (open.Count == 1)
        {
            return (open[0], "");
        }

        return (null, $"{what}, and its text is the requirement of {string.Join(" and ", tied)} alike; add the number to import it");
    }

    /// <summary>A numbered row whose text is plainly another provision's, for a warning (the number still wins).</summary>
    private string? MisnumberedAs(FormRow row, string id)
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

        var better = _requirements.Select(r => (r.Provision.Id, Score: MatchText.Similarity(words, r.Words))).OrderByDescending(s => s.Score).First();
        return better.Score >= Threshold && better.Score > own ? better.Id : null;
    }

    private static string Percent(double score) => (score * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
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
