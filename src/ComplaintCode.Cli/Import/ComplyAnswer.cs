using System.Text;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Import;

/// <summary>
/// The "Comply: Yes / No" cell of one row, read without guessing.
/// </summary>
/// <remarks>
/// Only answers that plainly mean yes or no are read as such, in any case: yes, y, compliant, ✓ are Yes; no, n,
/// not compliant, partial and partially are No, because partial compliance is not compliance. A blank cell, and
/// anything else ("N/A", "TBC", "In progress"), is unanswered: an importer that turned those into Yes would be
/// making the landlord's self-assessment up. Where the answer read is narrower than the word written (partially) or
/// is no answer at all, <see cref="Note"/> keeps the original word for the commentary, so nothing is lost.
/// </remarks>
/// <param name="Value">Yes, No or Unanswered: the policy file's own answers, so what is read is what is written.</param>
internal readonly record struct ComplyAnswer(PolicyComply Value, string Raw)
{
    private static readonly HashSet<string> s_yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "compliant", "fully compliant", "yes compliant", "yes fully compliant", "met", "fully met",
        "✓", "✔", "✔\uFE0F", "☑", "☑\uFE0F", "✅",
    };

    private static readonly HashSet<string> s_no = new(StringComparer.Ordinal)
    {
        "no", "n", "not compliant", "non compliant", "noncompliant", "not met", "✗", "✘", "✕", "❌", "☒",
    };

    // Answered "No" because partial compliance is not compliance; the word itself is kept in the commentary.
    private static readonly HashSet<string> s_partial = new(StringComparer.Ordinal)
    {
        "partial", "partially", "partly", "partially compliant", "partly compliant", "partially met", "partly met",
    };

    // Read at the start of text whose columns were lost (see PublishedFormReader); longest first, whole words only.
    private static readonly string[] s_leadingWords =
    {
        "partially compliant", "partly compliant", "fully compliant", "not compliant", "non-compliant", "non compliant",
        "partially", "partial", "partly", "compliant", "yes", "no", "✓", "✔",
    };

    public static ComplyAnswer Read(string cell)
    {
        var key = Key(cell);
        if (key.Length == 0)
        {
            return new ComplyAnswer(PolicyComply.Unanswered, "");
        }

        var raw = cell.Trim();
        if (s_yes.Contains(key))
        {
            return new ComplyAnswer(PolicyComply.Yes, raw);
        }

        return s_no.Contains(key) || s_partial.Contains(key)
            ? new ComplyAnswer(PolicyComply.No, raw)
            : new ComplyAnswer(PolicyComply.Unanswered, raw);
    }

    /// <summary>True when the answer was read from a word that says more than yes or no, or from no answer at all.</summary>
    public bool KeepsRawWord => Raw.Length > 0 && (Value == PolicyComply.Unanswered || s_partial.Contains(Key(Raw)));

    /// <summary>"Imported answer: Partially", for the commentary; null when the answer needs no note.</summary>
    public string? Note => KeepsRawWord ? $"Imported answer: {Raw.Replace('\n', ' ')}" : null;

    /// <summary>
    /// When <paramref name="text"/> begins with an answer word ("Yes Customer Feedback and Complaints Policy …"),
    /// gives the word and the text after it.
    /// </summary>
    public static bool TryReadLeading(string text, out string word, out string rest)
    {
        var trimmed = text.TrimStart();
        foreach (var candidate in s_leadingWords)
        {
            if (trimmed.Length >= candidate.Length
                && string.Compare(trimmed, 0, candidate, 0, candidate.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (trimmed.Length == candidate.Length || !char.IsLetterOrDigit(trimmed[candidate.Length])))
            {
                word = trimmed.Substring(0, candidate.Length);
                rest = trimmed.Substring(candidate.Length).TrimStart(' ', '.', ',', ';', ':', '-', '–', '—', '\n');
                return true;
            }
        }

        word = "";
        rest = text;
        return false;
    }

    /// <summary>The cell as compared: lower case, Markdown emphasis and closing punctuation removed, dashes as spaces.</summary>
    private static string Key(string cell)
    {
        var builder = new StringBuilder(cell.Length);
        foreach (var c in cell.Trim().Trim('*', '_', '`', '"', '\'', '“', '”', '‘', '’').TrimEnd('.', '!', ';', ','))
        {
            builder.Append(c switch
            {
                '-' or '–' or '—' or '/' or '\n' or '\t' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(" ", builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
