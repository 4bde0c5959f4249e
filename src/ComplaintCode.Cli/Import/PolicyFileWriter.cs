using System.Globalization;
using System.Text;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Import;

/// <summary>
/// Writes the imported answers as complaint-policy.yaml (the schema of
/// <see cref="ComplaintCode.Analyzers.Policy.PolicyParser"/>, documented in docs/policy-file.md).
/// </summary>
/// <remarks>
/// <para>
/// The output is deterministic: provisions in Code order under their section's title, LF line endings, no dates or
/// paths that change from run to run, so importing the same form twice gives the same file and a diff shows only
/// real changes.
/// </para>
/// <para>
/// Every value the landlord wrote is a YAML double-quoted string (<see cref="Quote"/>). Plain YAML would misread
/// a commentary containing ": " or " #", one starting with "-", "*" or a quote, or evidence reading "No"; a quoted
/// string with escapes reads back exactly whatever the text holds. Keys and answers are fixed words of the schema.
/// </para>
/// <para>
/// A "No" row rarely has a date in a published form, and <c>comply: no</c> expects <c>complyBy</c>. When its
/// commentary gives one ("by March 2025", see <see cref="ComplyByDate"/>) it is written, with the words it came
/// from. Otherwise inventing a date would put words in the landlord's mouth, so the entry says <c>comply: no</c>
/// with a TODO comment: the build then warns (CHC0503) on it until the landlord adds the date they will comply by.
/// </para>
/// </remarks>
internal static class PolicyFileWriter
{
    /// <param name="landlord">The landlord's name given on the command line; it wins over <paramref name="heading"/>'s.</param>
    /// <param name="heading">The landlord and the assessment date the form's opening lines give, if any.</param>
    public static string Write(MatchResult result, string? landlord, string sourceName, FormHeading? heading = null, CodeCatalog? catalog = null)
    {
        catalog ??= CodeCatalog.Instance;
        var yaml = new StringBuilder();
        yaml.Append("# ").Append(catalog.Title).Append(' ').Append(catalog.Edition)
            .Append(": self-assessment imported by 'complaint-code import' from ").Append(Comment(sourceName)).Append('\n');
        yaml.Append("# Check each answer against the published form. A blank answer is imported as 'comply: unanswered',\n");
        yaml.Append("# which never counts as met; an answer of No needs 'complyBy: yyyy-mm-dd', the date it will be met by.\n");
        if (result.Edition.Edition == CodeEdition.Code2022)
        {
            yaml.Append("# The form was against the 2022 edition of the Code, which is numbered differently. No answer was placed by\n");
            yaml.Append("# its number: each was carried over to the 2024 provision whose requirement corresponds strongly by text, and\n");
            yaml.Append("# each needs review against the 2024 Code's requirement. Rows with no strong 2024 counterpart are left out.\n");
        }

        if (result.Missing.Count > 0)
        {
            yaml.Append("# Not in the form, so not listed here: ").Append(string.Join(", ", result.Missing)).Append('\n');
        }

        if (landlord is not null)
        {
            yaml.Append('\n').Append("landlord: ").Append(Quote(landlord)).Append('\n');
        }
        else if (heading?.Landlord is { } fromForm)
        {
            yaml.Append('\n').Append(FromFormComment(fromForm)).Append('\n').Append("landlord: ").Append(Quote(fromForm.Value)).Append('\n');
        }

        if (heading?.AssessmentDate is { } date)
        {
            yaml.Append(landlord is null && heading.Landlord is null ? "\n" : "").Append(FromFormComment(date)).Append('\n')
                .Append("assessmentDate: ").Append(date.Value).Append('\n');
        }

        yaml.Append('\n').Append("provisions:");
        if (result.Provisions.Count == 0)
        {
            yaml.Append(" {}");
        }

        yaml.Append('\n');
        var byId = result.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);
        int? section = null;
        var firstSection = true;
        foreach (var provision in catalog.Provisions)
        {
            if (!byId.TryGetValue(provision.Id, out var imported))
            {
                continue;
            }

            if (provision.Section != section)
            {
                section = provision.Section;
                yaml.Append(firstSection ? "" : "\n");
                firstSection = false;
                yaml.Append("  # ").Append(provision.Section.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Comment(provision.SectionTitle)).Append('\n');
            }

            WriteProvision(yaml, imported, result.Edition.Edition);
        }

        return yaml.ToString();
    }

    /// <summary>"# From line 3 of the form, "Complaints Self-Assessment June 2024": check it.", above a value read from the form's title.</summary>
    internal static string FromFormComment(HeadingValue value)
        => $"# From line {value.Line.ToString(CultureInfo.InvariantCulture)} of the form, \"{Comment(value.Text.Replace("\"", "'"))}\": check it.";

    /// <summary>
    /// One provision's entry, indented two spaces. <paramref name="keptComplyBy"/> is the date an existing policy file
    /// already gives for a provision still answered No (a merge keeps it when the form gives none).
    /// </summary>
    internal static void WriteProvision(StringBuilder yaml, ImportedProvision provision, CodeEdition edition, string? keptComplyBy = null)
    {
        if (provision.By == MatchedBy.Text && provision.Row.Number is { } number && (edition == CodeEdition.Code2022 || number != provision.Id))
        {
            var from = edition == CodeEdition.Code2022 ? $"the 2022 Code's {number}" : $"the row numbered {number}";
            yaml.Append("  # From ").Append(Comment(from)).Append(" (line ").Append(provision.Row.Line.ToString(CultureInfo.InvariantCulture))
                .Append("), placed by its requirement text: review against this provision's requirement.\n");
        }

        yaml.Append("  ").Append(Quote(provision.Id)).Append(":\n");
        switch (provision.Answer.Value)
        {
            case PolicyComply.Yes:
                yaml.Append("    comply: ").Append(PolicyComplyWords.Yes).Append('\n');
                break;
            case PolicyComply.No when provision.ComplyBy is { } date:
                yaml.Append("    comply: ").Append(PolicyComplyWords.No).Append('\n');
                yaml.Append("    # From the form's commentary, \"").Append(Comment(date.Text.Replace("\"", "'"))).Append("\": check it is the date meant.\n");
                yaml.Append("    complyBy: ").Append(date.Date).Append('\n');
                break;
            case PolicyComply.No when keptComplyBy is not null:
                yaml.Append("    comply: ").Append(PolicyComplyWords.No).Append('\n');
                yaml.Append("    complyBy: ").Append(keptComplyBy).Append('\n');
                break;
            case PolicyComply.No:
                yaml.Append("    # TODO: add complyBy: yyyy-mm-dd, the date this provision will be met by. The published form gives\n");
                yaml.Append("    # none; until it is added the build warns CHC0503 here.\n");
                yaml.Append("    comply: ").Append(PolicyComplyWords.No).Append('\n');
                break;
            default:
                yaml.Append("    comply: ").Append(PolicyComplyWords.Unanswered).Append('\n');
                break;
        }

        if (provision.Evidence.Count > 0)
        {
            yaml.Append("    evidence:\n");
            foreach (var evidence in provision.Evidence)
            {
                yaml.Append("      - ").Append(Quote(evidence)).Append('\n');
            }
        }

        if (provision.Commentary is not null)
        {
            yaml.Append("    commentary: ").Append(Quote(provision.Commentary)).Append('\n');
        }
    }

    /// <summary>
    /// A YAML double-quoted scalar that reads back as exactly <paramref name="text"/>. Escaped: the quote and the
    /// backslash; line breaks and tabs (a raw break would be folded into a space); control characters; the Unicode
    /// line and paragraph separators and NEL, which YAML treats as line breaks; U+FEFF; and U+FFFD, which the policy
    /// parser takes as a sign of a badly encoded file. A lone surrogate cannot be written as UTF-8 at all, so it is
    /// written as U+FFFD (escaped).
    /// </summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\0': quoted.Append("\\0"); break;
                case '\u0085': quoted.Append("\\N"); break;
                case '\u2028': quoted.Append("\\L"); break;
                case '\u2029': quoted.Append("\\P"); break;
                case '\uFEFF' or '\uFFFD' or '\uFFFE' or '\uFFFF':
                    quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
                    {
                        quoted.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        quoted.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        quoted.Append("\\uFFFD");
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// True for a comment line <see cref="WriteProvision"/> writes itself (the TODO for a date, where a date or a row
    /// came from): a merge that rewrites the entry writes its own again rather than keep a stale one.
    /// </summary>
    internal static bool IsOwnComment(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith("# TODO: add complyBy: yyyy-mm-dd", StringComparison.Ordinal)
            || text.StartsWith("# none; until it is added the build warns CHC0503", StringComparison.Ordinal)
            || text.StartsWith("# From the form's commentary, ", StringComparison.Ordinal)
            || text.StartsWith("# From the row numbered ", StringComparison.Ordinal)
            || text.StartsWith("# From the 2022 Code's ", StringComparison.Ordinal);
    }

    /// <summary>Text for a YAML comment: one line, no control characters, nothing that is not valid UTF-8.</summary>
    internal static string Comment(string text)
    {
        var comment = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                comment.Append(c).Append(text[++i]);
            }
            else
            {
                comment.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFD' ? ' ' : c);
            }
        }

        return comment.ToString();
    }
}
