using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintCode.Cli.Import;

/// <summary>
/// Cleans one table cell of a published form: leftover HTML removed, entities decoded, layout whitespace collapsed.
/// Everything else is the landlord's text and stays as written.
/// </summary>
/// <remarks>
/// Forms copied out of a website or a CMS keep fragments such as <c>&lt;u&gt;</c>, <c>&lt;br&gt;</c> and
/// <c>&amp;amp;</c>. Tags that break a line in HTML (br, p, li, div…) become a line break, so "Policy&lt;br&gt;Tracker"
/// stays two things; other tags (u, b, span, a…) are dropped with their text kept. Only tag-shaped text is touched:
/// "&lt; 10 days" or "a &lt;= b" is not a tag. Runs of spaces, tabs and no-break spaces are the export's layout, not the
/// landlord's words, so they become one space.
/// </remarks>
internal static class CellText
{
    private static readonly Regex s_comment = new(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static readonly Regex s_lineBreakTag = new(
        @"<\s*/?\s*(?:br|p|div|li|tr|h[1-6]|ul|ol|table|blockquote)\b[^<>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex s_tag = new(
        @"<\s*/?\s*[a-z][a-z0-9:-]*(?:\s[^<>]*)?/?\s*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string Clean(string cell)
    {
        var text = cell;
        if (text.Contains('<'))
        {
            text = s_comment.Replace(text, "");
            text = s_lineBreakTag.Replace(text, "\n");
            text = s_tag.Replace(text, "");
        }

        if (text.Contains('&'))
        {
            // After tags are gone, so an encoded "&lt;u&gt;" (text the landlord wrote) is decoded and kept.
            text = WebUtility.HtmlDecode(text);
        }

        return Tidy(text);
    }

    /// <summary>Collapses layout whitespace; keeps single line breaks that came from HTML breaks.</summary>
    public static string Tidy(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var builder = new StringBuilder(line.Length);
            var pendingSpace = false;
            foreach (var c in line)
            {
                if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
                {
                    // Zero-width and soft-hyphen characters from word processors: invisible, and they break matching.
                    continue;
                }

                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }

            if (builder.Length > 0)
            {
                lines.Add(builder.ToString());
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>Joins a cell with its continuation on the next line of the export: a wrapped line is one space.</summary>
    public static string Join(string first, string next)
        => first.Length == 0 ? next : next.Length == 0 ? first : first + " " + next;
}
