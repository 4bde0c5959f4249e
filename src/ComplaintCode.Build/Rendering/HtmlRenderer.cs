using System.Text;
using ComplaintCode.Build.Assessment;
using static System.Net.WebUtility;

namespace ComplaintCode.Build.Rendering;

/// <summary>
/// The self-assessment as the Housing Ombudsman's form, as one self-contained HTML page a landlord can publish:
/// a summary by section, then one table per section with the form's five columns.
/// </summary>
/// <remarks>
/// No scripts, fonts, images or stylesheets from elsewhere: only an inline style sheet. Every piece of text from the
/// assessment is HTML-encoded. The output depends on the assessment alone (LF line endings, no timestamps but the
/// assessment date), so an unchanged assessment gives the same bytes.
/// On narrow screens the section tables reflow into one card per provision, each cell labelled with its column;
/// the summary table scrolls sideways if it must. Print gives plain tables with repeating headers.
/// </remarks>
public static class HtmlRenderer
{
    public static string Render(SelfAssessment a)
    {
        if (a is null)
        {
            throw new ArgumentNullException(nameof(a));
        }

        var html = new StringBuilder(256 * 1024);
        var title = FormText.Title(a);
        var sections = FormText.Sections(a);
        var overall = FormText.Tally.Of(FormText.Provisions(a));

        html.Append("<!DOCTYPE html>\n");
        html.Append("<html lang=\"en-GB\">\n");
        html.Append("<head>\n");
        html.Append("<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(HtmlEncode(title)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n");
        html.Append("</head>\n");
        html.Append("<body>\n");
        html.Append("<main>\n");

        Header(html, a, title, overall);
        Summary(html, sections, overall);
        foreach (var section in sections)
        {
            Section(html, section);
        }

        GeneralFindings(html, a);

        html.Append("</main>\n");
        html.Append("</body>\n");
        html.Append("</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, SelfAssessment a, string title, FormText.Tally overall)
    {
        html.Append("<header>\n");
        if (FormText.NotCurrentNotice(a) is { } notice)
        {
            html.Append("<p class=\"not-current\" role=\"alert\">").Append(HtmlEncode(notice)).Append("</p>\n");
        }

        html.Append("<h1>").Append(HtmlEncode(title)).Append("</h1>\n");
        html.Append("<dl class=\"meta\">\n");
        html.Append("<dt>Assessment date</dt><dd>");
        if (FormText.IsIsoDate(a.AssessmentDate))
        {
            html.Append("<time datetime=\"").Append(HtmlEncode(a.AssessmentDate)).Append("\">")
                .Append(HtmlEncode(FormText.Date(a.AssessmentDate))).Append("</time>");
        }
        else
        {
            html.Append(a.AssessmentDate is not { Length: > 0 } ? "Not recorded" : HtmlEncode(a.AssessmentDate));
        }

        html.Append("</dd>\n");
        html.Append("<dt>Assessed against</dt><dd>").Append(HtmlEncode(FormText.CodeCitation(a))).Append("</dd>\n");
        html.Append("</dl>\n");
        html.Append("<p class=\"generated\">").Append(HtmlEncode(FormText.GeneratedBy(a))).Append("</p>\n");
        html.Append("<p class=\"lede\">")
            .Append(FormText.Number(overall.Yes)).Append(" of ").Append(FormText.Number(overall.Provisions))
            .Append(" provisions met (").Append(FormText.Percent(overall.Yes, overall.Provisions)).Append("), ")
            .Append(FormText.Number(overall.No)).Append(" not met, ")
            .Append(FormText.Number(overall.NotEvidenced)).Append(" not evidenced.</p>\n");
        html.Append("</header>\n");
    }

    private static void Summary(StringBuilder html, IReadOnlyList<FormText.FormSection> sections, FormText.Tally overall)
    {
        html.Append("<section class=\"summary\" aria-labelledby=\"summary-title\">\n");
        html.Append("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"summary-title\" tabindex=\"0\">\n");
        html.Append("<table class=\"summary\">\n");
        html.Append("<caption><h2 id=\"summary-title\">Summary by section</h2></caption>\n");
        html.Append("<thead>\n<tr><th scope=\"col\">Section</th><th scope=\"col\" class=\"num\">Provisions</th>")
            .Append("<th scope=\"col\" class=\"num\">Yes</th><th scope=\"col\" class=\"num\">No</th>")
            .Append("<th scope=\"col\" class=\"num\">Not evidenced</th></tr>\n</thead>\n");
        html.Append("<tbody>\n");
        foreach (var section in sections)
        {
            var tally = section.Tally;
            html.Append("<tr><th scope=\"row\"><a href=\"#").Append(section.Anchor).Append("\">")
                .Append(HtmlEncode(section.Heading)).Append("</a></th>");
            Counts(html, tally);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n");
        html.Append("<tfoot>\n<tr><th scope=\"row\">All sections</th>");
        Counts(html, overall);
        html.Append("</tr>\n</tfoot>\n");
        html.Append("</table>\n</div>\n");
        html.Append("<p class=\"note\">").Append(HtmlEncode(FormText.NotEvidencedExplanation)).Append("</p>\n");
        html.Append("</section>\n");
    }

    private static void Counts(StringBuilder html, FormText.Tally tally)
    {
        html.Append("<td class=\"num\" data-label=\"Provisions\">").Append(FormText.Number(tally.Provisions)).Append("</td>");
        foreach (var (label, count) in new[] { ("Yes", tally.Yes), ("No", tally.No), ("Not evidenced", tally.NotEvidenced) })
        {
            html.Append("<td class=\"num\" data-label=\"").Append(label).Append("\">").Append(FormText.Number(count))
                .Append(" <span class=\"pct\">(").Append(FormText.Percent(count, tally.Provisions)).Append(")</span></td>");
        }
    }

    private static void Section(StringBuilder html, FormText.FormSection section)
    {
        var titleId = section.Anchor + "-title";
        html.Append("<section class=\"form-section\" id=\"").Append(section.Anchor).Append("\" aria-labelledby=\"").Append(titleId).Append("\">\n");
        html.Append("<div class=\"table-wrap\">\n");
        html.Append("<table class=\"provisions\">\n");
        html.Append("<caption><h2 id=\"").Append(titleId).Append("\">").Append(HtmlEncode(section.Heading)).Append("</h2></caption>\n");
        html.Append("<colgroup><col class=\"c-id\"><col class=\"c-req\"><col class=\"c-status\"><col class=\"c-ev\"><col class=\"c-com\"></colgroup>\n");
        html.Append("<thead>\n<tr>");
        foreach (var column in FormText.Columns)
        {
            html.Append("<th scope=\"col\">").Append(HtmlEncode(column)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n");
        html.Append("<tbody>\n");
        int? stage = null;
        foreach (var p in section.Provisions)
        {
            if (p.Stage is { } s && s != stage)
            {
                html.Append("<tr class=\"stage\"><th scope=\"colgroup\" colspan=\"5\">Stage ").Append(FormText.Number(s)).Append("</th></tr>\n");
            }

            stage = p.Stage;
            Provision(html, p);
        }

        if (section.Provisions.Count == 0)
        {
            html.Append("<tr><td colspan=\"5\">No provisions listed.</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void Provision(StringBuilder html, ProvisionAssessment p)
    {
        html.Append("<tr id=\"provision-").Append(HtmlEncode(p.Id)).Append("\">\n");
        html.Append("<th scope=\"row\" data-label=\"").Append(HtmlEncode(FormText.Columns[0])).Append("\">").Append(HtmlEncode(p.Id)).Append("</th>\n");
        html.Append("<td data-label=\"").Append(HtmlEncode(FormText.Columns[1])).Append("\">").Append(HtmlEncode(p.Requirement ?? "")).Append("</td>\n");
        html.Append("<td data-label=\"").Append(HtmlEncode(FormText.Columns[2])).Append("\"><span class=\"status status-")
            .Append(FormText.StatusKey(p.Comply)).Append("\">").Append(HtmlEncode(FormText.Status(p.Comply))).Append("</span></td>\n");

        html.Append("<td data-label=\"").Append(HtmlEncode(FormText.Columns[3])).Append("\">");
        EvidenceCell(html, FormText.EvidenceOf(p));
        html.Append("</td>\n");

        html.Append("<td data-label=\"").Append(HtmlEncode(FormText.Columns[4])).Append("\">");
        CommentaryCell(html, p);
        html.Append("</td>\n");
        html.Append("</tr>\n");
    }

    private static void EvidenceCell(StringBuilder html, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            html.Append("<span class=\"none\">None recorded</span>");
            return;
        }

        html.Append("<ul class=\"evidence\">");
        foreach (var e in evidence)
        {
            html.Append("<li>");
            if (e.Kind == "code")
            {
                var parts = new List<string>();
                if (FormText.CodeDescription(e) is { } description)
                {
                    parts.Add("<span class=\"desc\">" + HtmlEncode(description) + "</span>");
                }

                if (e.Symbol is { Length: > 0 })
                {
                    parts.Add("<code>" + Breakable(e.Symbol) + "</code>");
                }

                if (FormText.Location(e.File, e.Line) is { } location)
                {
                    parts.Add("<span class=\"loc\">" + Breakable(location) + "</span>");
                }

                html.Append(parts.Count == 0 ? "Code" : string.Join(" ", parts));
            }
            else
            {
                var description = e.Description is not { Length: > 0 } ? e.Link : e.Description;
                if (FormText.IsSafeLink(e.Link))
                {
                    html.Append("<a href=\"").Append(HtmlEncode(e.Link)).Append("\">").Append(HtmlEncode(description)).Append("</a>");
                }
                else
                {
                    html.Append(HtmlEncode(description ?? "Document"));
                    if (e.Link is { Length: > 0 } && e.Link != description)
                    {
                        html.Append(" <span class=\"loc\">").Append(HtmlEncode(e.Link)).Append("</span>");
                    }
                }

                if (FormText.Location(e.File, e.Line) is { } location)
                {
                    html.Append(" <span class=\"loc\">").Append(Breakable(location)).Append("</span>");
                }
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void CommentaryCell(StringBuilder html, ProvisionAssessment p)
    {
        var findings = FormText.FindingsOf(p);
        if (p.ComplyBy is { Length: > 0 })
        {
            html.Append("<p class=\"comply-by\"><strong>To comply by:</strong> ");
            if (FormText.IsIsoDate(p.ComplyBy))
            {
                html.Append("<time datetime=\"").Append(HtmlEncode(p.ComplyBy)).Append("\">").Append(HtmlEncode(FormText.Date(p.ComplyBy))).Append("</time>");
            }
            else
            {
                html.Append(HtmlEncode(p.ComplyBy));
            }

            html.Append("</p>");
        }

        if (p.Commentary is { Length: > 0 })
        {
            html.Append("<p>").Append(Lines(p.Commentary)).Append("</p>");
        }

        if (findings.Count > 0)
        {
            html.Append("<div class=\"findings\"><p class=\"findings-label\">Findings</p>");
            FindingList(html, findings);
            html.Append("</div>");
        }
    }

    private static void FindingList(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        html.Append("<ul class=\"findings-list\">");
        foreach (var f in findings)
        {
            html.Append("<li><strong class=\"finding-id\">").Append(HtmlEncode(f.Id)).Append("</strong> ").Append(HtmlEncode(f.Message));
            if (FormText.Location(f.File, f.Line) is { } location)
            {
                html.Append(" <span class=\"loc\">").Append(Breakable(location)).Append("</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void GeneralFindings(StringBuilder html, SelfAssessment a)
    {
        var findings = FormText.GeneralFindings(a);
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"general-findings\" aria-labelledby=\"general-findings-title\">\n");
        html.Append("<h2 id=\"general-findings-title\">Other findings</h2>\n");
        html.Append("<p>Found in the code but tied to no single provision of the Code.</p>\n");
        FindingList(html, findings);
        html.Append("\n</section>\n");
    }

    /// <summary>
    /// Encoded text with line-break opportunities (&lt;wbr&gt;) after the dots, slashes and brackets of a long
    /// qualified name or path, so a narrow column breaks it where a reader would rather than mid-word.
    /// </summary>
    private static string Breakable(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '/' or '(' or ',' or '<' && i + 1 < text.Length)
            {
                result.Append(HtmlEncode(text.Substring(start, i + 1 - start))).Append("<wbr>");
                start = i + 1;
            }
        }

        return result.Append(HtmlEncode(text.Substring(start))).ToString();
    }

    /// <summary>Encoded text, its line breaks kept as &lt;br&gt;.</summary>
    private static string Lines(string text)
        => string.Join("<br>", text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(HtmlEncode));

    private const string Style = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: #0b0c0c; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1rem; line-height: 1.5; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        main { max-width: 90rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
        h2 { font-size: 1.375rem; line-height: 1.25; margin: 0; }
        p { margin: 0 0 .5rem; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 .5rem; }
        .meta dt { font-weight: 700; }
        .meta dd { margin: 0; }
        .generated, .note, .loc, .none { color: #505a5f; }
        .not-current { border: 5px solid #d4351c; padding: .75rem 1rem; margin: 0 0 1rem; font-weight: 700; }
        .note { margin-top: .75rem; }
        .lede { font-size: 1.125rem; font-weight: 700; margin-top: 1rem; }
        section { margin-top: 2.5rem; }
        .table-wrap { overflow-x: auto; }
        .table-wrap:focus { outline: 3px solid #ffdd00; }
        table { border-collapse: collapse; width: 100%; }
        caption { text-align: left; padding: 0 0 .75rem; }
        th, td { border: 1px solid #b1b4b6; padding: .5rem .625rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        thead th { background: #f3f2f1; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .pct { color: #505a5f; }
        table.summary { width: auto; min-width: 36rem; }
        table.summary tbody th { font-weight: 400; }
        tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #0b0c0c; }
        table.provisions { table-layout: fixed; }
        col.c-id { width: 7.5rem; }
        col.c-req { width: 34%; }
        col.c-status { width: 10.5rem; }
        table.provisions tbody th[scope="row"] { font-size: 1.125rem; white-space: nowrap; }
        tr.stage th { background: #e8f1f8; font-size: 1.0625rem; }
        .status { display: inline-block; padding: .125rem .5rem; border: 2px solid; border-radius: .25rem; font-weight: 700; white-space: nowrap; }
        .status-yes { color: #005a30; background: #e6f3ec; border-color: #00703c; }
        .status-no { color: #8e1b10; background: #fbeae7; border-color: #d4351c; }
        .status-not-evidenced { color: #594400; background: #fff7d6; border-color: #8a6d00; border-style: dashed; }
        ul.evidence, ul.findings-list { margin: 0; padding-left: 1.125rem; }
        ul.evidence li + li, ul.findings-list li + li { margin-top: .375rem; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .875em; background: #f3f2f1; padding: 0 .2em; border-radius: .2em; overflow-wrap: anywhere; }
        .loc { font-size: .875rem; overflow-wrap: anywhere; }
        ul.evidence .loc, ul.findings-list .loc { display: block; }
        .desc { font-weight: 600; }
        .findings { margin-top: .5rem; padding: .5rem .625rem; border-left: 4px solid #d4351c; background: #fdf4f2; }
        .findings-label { font-weight: 700; margin: 0 0 .25rem; }
        .finding-id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .875em; }
        .comply-by { font-weight: 400; }
        a { color: #1d70b8; overflow-wrap: anywhere; }
        a:visited { color: #4c2c92; }
        a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; text-decoration: none; }
        @media screen and (max-width: 48rem) {
          main { padding: 1rem .75rem 2rem; }
          h1 { font-size: 1.5rem; }
          .meta { grid-template-columns: 1fr; gap: 0; }
          .meta dd { margin-bottom: .25rem; }
          table.summary, table.summary caption, table.summary tbody, table.summary tfoot { display: block; width: auto; min-width: 0; }
          table.summary thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
          table.summary tr { display: grid; grid-template-columns: repeat(4, 1fr); border: 1px solid #b1b4b6; border-radius: .25rem; margin: 0 0 .5rem; }
          table.summary tfoot tr { border: 2px solid #0b0c0c; }
          table.summary th, table.summary td { border: 0; padding: .375rem .5rem; }
          table.summary th[scope="row"] { grid-column: 1 / -1; background: #f3f2f1; }
          table.summary td { text-align: left; white-space: normal; }
          table.summary td::before { content: attr(data-label); display: block; font-size: .8125rem; font-weight: 700; color: #505a5f; }
          table.summary .pct { font-size: .875rem; }
          table.provisions, table.provisions caption, table.provisions tbody, table.provisions tr, table.provisions th, table.provisions td { display: block; width: auto; }
          table.provisions colgroup { display: none; }
          table.provisions thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
          table.provisions tbody tr { border: 1px solid #b1b4b6; border-radius: .25rem; margin: 0 0 1rem; }
          table.provisions tbody tr.stage { border: 0; margin: 1.25rem 0 .5rem; }
          table.provisions th, table.provisions td { border: 0; border-top: 1px solid #e1e2e3; padding: .5rem .75rem; }
          table.provisions tbody th[scope="row"] { border-top: 0; background: #f3f2f1; }
          table.provisions td:empty { display: none; }
          table.provisions tr.stage th { border: 0; border-left: 4px solid #1d70b8; }
          table.provisions [data-label]::before { content: attr(data-label); display: block; font-size: .875rem; font-weight: 700; color: #505a5f; }
          table.provisions th[data-label]::before { content: attr(data-label) " "; display: inline; font-size: 1rem; color: #0b0c0c; }
        }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { font-size: 9pt; color: #000; }
          main { max-width: none; padding: 0; }
          section { margin-top: 1.25rem; }
          .table-wrap { overflow: visible; }
          caption { break-after: avoid; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          th, td { border-color: #6f777b; }
          .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a, a:visited { color: #000; }
          ul.evidence a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
        }

        """;
}
