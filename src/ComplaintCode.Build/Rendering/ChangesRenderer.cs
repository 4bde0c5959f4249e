using System.Text;
using ComplaintCode.Build.Assessment;
using static System.Net.WebUtility;

namespace ComplaintCode.Build.Rendering;

/// <summary>
/// What changed between two self-assessments, in words: for <c>complaint-code diff</c> (text, Markdown, HTML) and for
/// the form's "Changes since the assessment of DATE" section. Every format lists the same groups and lines.
/// </summary>
public static class ChangesRenderer
{
    /// <summary>The groups of changes in the order the form lists them, each with its lines; empty groups left out.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Groups(AssessmentChanges c)
    {
        var groups = new List<(string, IReadOnlyList<string>)>();
        void Add(string heading, IEnumerable<string> lines)
        {
            var list = lines.ToList();
            if (list.Count > 0)
            {
                groups.Add((heading, list));
            }
        }

        Add("Answers that changed", c.Answers.Select(a =>
            $"{a.Provision}: {FormText.Status(a.Previous)} → {FormText.Status(a.Current)}" + (a.Worse ? " (worse)" : " (better)")));
        Add("Evidence added", c.EvidenceAdded.Select(Evidence));
        Add("Evidence removed", c.EvidenceRemoved.Select(Evidence));
        Add("Findings that appeared", c.FindingsAppeared.Select(Finding));
        Add("Findings resolved", c.FindingsResolved.Select(Finding));
        Add("Sign-off", c.SignOff.Select(s => $"{FormText.SignOffField(s.Field)}: {SignOffValue(s.Field, s.Previous)} → {SignOffValue(s.Field, s.Current)}"));
        return groups;
    }

    public const string NoChanges = "No answer, evidence, finding or sign-off changed.";

    public static string Text(AssessmentChanges c)
    {
        var text = new StringBuilder();
        text.Append(FormText.ChangesHeading(c)).Append('\n');
        var groups = Groups(c);
        if (groups.Count == 0)
        {
            text.Append('\n').Append(NoChanges).Append('\n');
        }

        foreach (var (heading, lines) in groups)
        {
            text.Append('\n').Append(heading).Append(":\n");
            foreach (var line in lines)
            {
                text.Append("  ").Append(OneLine(line)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The changes as Markdown, under a heading of <paramref name="level"/> (2 in the form, 1 on its own).</summary>
    public static string Markdown(AssessmentChanges c, int level = 1)
    {
        var md = new StringBuilder();
        md.Append(new string('#', level)).Append(' ').Append(MarkdownRenderer.Text(FormText.ChangesHeading(c))).Append("\n\n");
        var groups = Groups(c);
        if (groups.Count == 0)
        {
            md.Append(MarkdownRenderer.Text(NoChanges)).Append('\n');
        }

        foreach (var (heading, lines) in groups)
        {
            md.Append(new string('#', level + 1)).Append(' ').Append(MarkdownRenderer.Text(heading)).Append("\n\n");
            foreach (var line in lines)
            {
                md.Append("- ").Append(MarkdownRenderer.Text(OneLine(line))).Append('\n');
            }

            md.Append('\n');
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The changes as an HTML section: every text encoded, no links, no script.</summary>
    public static void Html(StringBuilder html, AssessmentChanges c, int level = 2)
    {
        var h = "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sub = "h" + (level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        html.Append("<section class=\"changes\" aria-labelledby=\"changes-title\">\n");
        html.Append('<').Append(h).Append(" id=\"changes-title\">").Append(HtmlEncode(FormText.ChangesHeading(c))).Append("</").Append(h).Append(">\n");
        var groups = Groups(c);
        if (groups.Count == 0)
        {
            html.Append("<p>").Append(HtmlEncode(NoChanges)).Append("</p>\n");
        }

        foreach (var (heading, lines) in groups)
        {
            html.Append('<').Append(sub).Append('>').Append(HtmlEncode(heading)).Append("</").Append(sub).Append(">\n<ul>\n");
            foreach (var line in lines)
            {
                html.Append("<li>").Append(HtmlEncode(OneLine(line))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A self-contained page of the changes alone, for <c>complaint-code diff --format html</c>.</summary>
    public static string HtmlPage(AssessmentChanges c, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlEncode(title)).Append("</title>\n")
            .Append("<style>\nbody { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #0b0c0c; }\n")
            .Append("h1 { font-size: 1.5rem; } h2 { font-size: 1.25rem; margin-top: 1.5rem; }\n</style>\n")
            .Append("</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(HtmlEncode(title)).Append("</h1>\n");
        Html(html, c, level: 2);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Evidence(EvidenceChange e)
    {
        var ev = e.Evidence;
        var what = ev.Kind == "code"
            ? "code: " + (FormText.CodeDescription(ev) is { } description ? description + " (" + ev.Symbol + ")" : ev.Symbol ?? ev.Description ?? "")
            : "document: " + (ev.Description ?? ev.Link ?? "");
        var where = FormText.Location(ev.File, ev.Line) is { } location ? " at " + location : "";
        return $"{e.Provision}: {what}{where}";
    }

    private static string Finding(FindingChange f)
    {
        var where = FormText.Location(f.Finding.File, f.Finding.Line) is { } location ? " (" + location + ")" : "";
        return $"{f.Provision ?? "not tied to a provision"}: {f.Finding.Id} {f.Finding.Message}{where}";
    }

    private static string SignOffValue(string field, string? value)
        => value is not { Length: > 0 } ? "(none)" : field == "approvedOn" ? FormText.Date(value) : value;

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
}
