using System.Text;
using ComplaintCode.Build.Assessment;

namespace ComplaintCode.Build.Rendering;

/// <summary>
/// The self-assessment as the Housing Ombudsman's form in GitHub-flavoured Markdown: a summary table by section, then
/// one pipe table per section with the form's five columns.
/// </summary>
/// <remarks>
/// Text from the assessment is escaped so it reads as written: Markdown punctuation and angle brackets are
/// backslash-escaped (no emphasis, links or raw HTML can come from a requirement or a commentary), a '|' never ends a
/// cell, and line breaks inside a cell become &lt;br&gt;. Code symbols and file locations are code spans.
/// LF line endings and no timestamps but the assessment date: the same assessment gives the same bytes.
/// </remarks>
public static class MarkdownRenderer
{
    public static string Render(SelfAssessment a)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        var md = new StringBuilder(128 * 1024);
        var sections = FormText.Sections(a);
        var overall = FormText.Tally.Of(FormText.Provisions(a));

        if (FormText.NotCurrentNotice(a) is { } notice)
        {
            md.Append("> **").Append(Text(notice)).Append("**\n\n");
        }

        md.Append("# ").Append(Text(FormText.Title(a))).Append("\n\n");
        md.Append("**Assessment date:** ")
            .Append(a.AssessmentDate is not { Length: > 0 } ? "Not recorded" : Text(FormText.Date(a.AssessmentDate))).Append("  \n");
        md.Append("**Assessed against:** ").Append(Text(FormText.CodeCitation(a))).Append("  \n");
        md.Append(Text(FormText.GeneratedBy(a))).Append("\n\n");
        md.Append("**").Append(FormText.Number(overall.Yes)).Append(" of ").Append(FormText.Number(overall.Provisions))
            .Append(" provisions met (").Append(FormText.Percent(overall.Yes, overall.Provisions)).Append("), ")
            .Append(FormText.Number(overall.No)).Append(" not met, ")
            .Append(FormText.Number(overall.NotEvidenced)).Append(" not evidenced.**\n\n");

        md.Append("## Summary by section\n\n");
        md.Append("| Section | Provisions | Yes | No | Not evidenced |\n");
        md.Append("| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var section in sections)
        {
            md.Append("| ").Append(Cell(Text(section.Heading)));
            Counts(md, section.Tally, bold: false);
        }

        md.Append("| **All sections**");
        Counts(md, overall, bold: true);
        md.Append('\n').Append(Text(FormText.NotEvidencedExplanation)).Append('\n');

        foreach (var section in sections)
        {
            md.Append("\n## ").Append(Text(section.Heading)).Append("\n\n");
            var stages = FormText.Stages(section);
            if (stages.Count > 0)
            {
                md.Append(string.Join(" ", stages.Select(s => $"Stage {FormText.Number(s.Stage)}: {(s.First == s.Last ? $"provision {Text(s.First)}" : $"provisions {Text(s.First)} to {Text(s.Last)}")}."))).Append("\n\n");
            }

            md.Append("| ").Append(string.Join(" | ", FormText.Columns)).Append(" |\n");
            md.Append("| --- | --- | --- | --- | --- |\n");
            foreach (var p in section.Provisions)
            {
                md.Append("| ").Append(Cell(Text(p.Id)))
                    .Append(" | ").Append(Cell(Text(p.Requirement ?? "")))
                    .Append(" | ").Append(Cell(Text(FormText.Status(p.Comply))))
                    .Append(" | ").Append(Cell(EvidenceCell(FormText.EvidenceOf(p))))
                    .Append(" | ").Append(Cell(CommentaryCell(p)))
                    .Append(" |\n");
            }
        }

        var general = FormText.GeneralFindings(a);
        if (general.Count > 0)
        {
            md.Append("\n## Other findings\n\nFound in the code but tied to no single provision of the Code.\n\n");
            foreach (var f in general)
            {
                md.Append("- ").Append(Finding(f).Replace("\n", "<br>")).Append('\n');
            }
        }

        return md.ToString();
    }

    private static void Counts(StringBuilder md, FormText.Tally tally, bool bold)
    {
        var mark = bold ? "**" : "";
        md.Append(" | ").Append(mark).Append(FormText.Number(tally.Provisions)).Append(mark);
        foreach (var count in new[] { tally.Yes, tally.No, tally.NotEvidenced })
        {
            md.Append(" | ").Append(mark).Append(FormText.Number(count)).Append(" (").Append(FormText.Percent(count, tally.Provisions)).Append(')').Append(mark);
        }

        md.Append(" |\n");
    }

    private static string EvidenceCell(IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return "None recorded";
        }

        var items = evidence.Select(e =>
        {
            var parts = new List<string>();
            if (e.Kind == "code")
            {
                if (FormText.CodeDescription(e) is { } description)
                {
                    parts.Add(Text(description));
                }

                if (e.Symbol is { Length: > 0 })
                {
                    parts.Add(Code(e.Symbol));
                }
            }
            else
            {
                var description = e.Description is not { Length: > 0 } ? e.Link : e.Description;
                if (FormText.IsSafeLink(e.Link))
                {
                    parts.Add($"[{Text(description ?? "")}]({Destination(e.Link!)})");
                }
                else
                {
                    parts.Add(Text(description ?? "Document"));
                    if (e.Link is { Length: > 0 } && e.Link != description)
                    {
                        parts.Add(Code(e.Link));
                    }
                }
            }

            if (FormText.Location(e.File, e.Line) is { } location)
            {
                parts.Add($"({Code(location)})");
            }

            return parts.Count == 0 ? "Code" : string.Join(" ", parts);
        });

        return evidence.Count == 1 ? items.Single() : string.Join("\n", items.Select(i => "• " + i));
    }

    private static string CommentaryCell(ProvisionAssessment p)
    {
        var blocks = new List<string>();
        if (p.ComplyBy is { Length: > 0 })
        {
            blocks.Add("**To comply by:** " + Text(FormText.Date(p.ComplyBy)));
        }

        if (p.Commentary is { Length: > 0 })
        {
            blocks.Add(Text(p.Commentary));
        }

        var findings = FormText.FindingsOf(p);
        if (findings.Count > 0)
        {
            blocks.Add("**Findings:**\n" + string.Join("\n", findings.Select(f => "• " + Finding(f))));
        }

        return string.Join("\n\n", blocks);
    }

    private static string Finding(Finding f)
    {
        var text = $"**{Text(f.Id ?? "")}** {Text(f.Message ?? "")}";
        return FormText.Location(f.File, f.Line) is { } location ? $"{text} ({Code(location)})" : text;
    }

    /// <summary>
    /// Inline text that reads as written: Markdown's punctuation is backslash-escaped, so it cannot start emphasis,
    /// a link, a code span or raw HTML. '|' is left for <see cref="Cell"/>, which escapes it.
    /// </summary>
    internal static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A code span that holds <paramref name="text"/> exactly, whatever backticks it has.</summary>
    internal static string Code(string text)
    {
        text = text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith("`", StringComparison.Ordinal) || text.EndsWith("`", StringComparison.Ordinal) ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /// <summary>A link destination in angle brackets, so spaces and parentheses need no escaping.</summary>
    private static string Destination(string link)
        => "<" + link.Replace("\\", "\\\\").Replace("<", "%3C").Replace(">", "%3E") + ">";

    /// <summary>
    /// A table cell: '|' escaped (GFM reads "\|" as a pipe even inside code spans), line breaks as &lt;br&gt;.
    /// </summary>
    internal static string Cell(string markdown)
        => markdown.Replace("|", "\\|").Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", "<br>");
}
