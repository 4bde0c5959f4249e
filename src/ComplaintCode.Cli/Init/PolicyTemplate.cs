using System.Globalization;
using System.Text;
using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Init;

/// <summary>
/// The policy file <c>complaint-code init</c> writes: every provision, by section, under a comment with its number and
/// the Code's requirement, as <c>comply: unanswered</c> (never counted as met), so the build reports each one at its
/// own entry until it is answered. A provision already evidenced in code is a comment naming the evidence, not an entry.
/// </summary>
/// <remarks>Deterministic, LF line endings, like <see cref="PolicyFileWriter"/>'s output, whose quoting it shares.</remarks>
internal static class PolicyTemplate
{
    /// <summary>Comment lines are wrapped to this width, so the requirement reads in an editor without scrolling.</summary>
    private const int Width = 118;

    /// <param name="evidencedInCode">Provision id to the declarations whose [Implements] name it.</param>
    public static string Write(string? landlord, IReadOnlyDictionary<string, IReadOnlyCollection<string>> evidencedInCode, CodeCatalog? catalog = null)
    {
        catalog ??= CodeCatalog.Instance;
        var yaml = new StringBuilder();
        yaml.Append("# ").Append(catalog.Title).Append(' ').Append(catalog.Edition).Append(": the landlord's self-assessment, written by 'complaint-code init'.\n");
        yaml.Append("# Every provision not yet evidenced in code is listed as 'comply: unanswered', which never counts as met; the build\n");
        yaml.Append("# reports each one (CHC0001) at its entry below. For each provision, either answer it here ('comply: yes' with its\n");
        yaml.Append("# evidence and commentary, or 'comply: no' with 'complyBy: yyyy-mm-dd') or mark the code that meets it\n");
        yaml.Append("# [Implements(\"6.3\")] and delete the entry. docs/policy-file.md in the package's repository describes every key.\n\n");
        if (landlord is not null)
        {
            yaml.Append("landlord: ").Append(PolicyFileWriter.Quote(landlord)).Append('\n');
        }
        else
        {
            yaml.Append("# landlord: \"The landlord's name\"\n");
        }

        yaml.Append("# assessmentDate: yyyy-mm-dd\n\n");
        yaml.Append("provisions:\n");
        var first = true;
        foreach (var section in catalog.Sections)
        {
            yaml.Append(first ? "" : "\n").Append("  # Section ").Append(section.Number.ToString(CultureInfo.InvariantCulture)).Append(": ")
                .Append(PolicyFileWriter.Comment(section.Title)).Append('\n');
            first = false;
            foreach (var provision in catalog.Provisions.Where(p => p.Section == section.Number))
            {
                yaml.Append('\n');
                Wrap(yaml, $"{provision.Id} {provision.Requirement}", "  # ", "  #   ");
                if (evidencedInCode.TryGetValue(provision.Id, out var symbols))
                {
                    Wrap(yaml, $"Evidenced in code: [Implements] on {string.Join(", ", symbols)}. Add an entry only to cite documents or commentary too.", "  # ", "  #   ");
                    continue;
                }

                yaml.Append("  ").Append(PolicyFileWriter.Quote(provision.Id)).Append(":\n");
                yaml.Append("    comply: ").Append(PolicyComplyWords.Unanswered).Append('\n');
            }
        }

        return yaml.ToString();
    }

    /// <summary>Appends <paramref name="text"/> as comment lines no wider than <see cref="Width"/>, breaking at spaces.</summary>
    private static void Wrap(StringBuilder yaml, string text, string firstPrefix, string nextPrefix)
    {
        var prefix = firstPrefix;
        var line = new StringBuilder();
        foreach (var word in PolicyFileWriter.Comment(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && prefix.Length + line.Length + 1 + word.Length > Width)
            {
                yaml.Append(prefix).Append(line).Append('\n');
                line.Clear();
                prefix = nextPrefix;
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        yaml.Append(prefix).Append(line).Append('\n');
    }
}
