using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Cli.Rendering;

namespace ComplaintCode.Cli.Diff;

/// <summary>
/// complaint-code diff &lt;previous.json&gt; &lt;current.json&gt; [--format text|md|html] [--output &lt;file&gt;]
/// [--fail-on-regression]: what changed between two self-assessments (answers, evidence, findings, sign-off), for the
/// governing body that approves this year's form against last year's.
/// </summary>
/// <remarks>
/// Exits 0 whatever changed: a change is information, not a failure. With --fail-on-regression it exits 1 when an
/// answer got worse (Yes to anything else, Not evidenced to No), so CI can stop a release that loses ground.
/// </remarks>
public static class DiffCommand
{
    private const string Synopsis = "complaint-code diff <previous.json> <current.json> [--format text|md|html] [--output <file>] [--fail-on-regression]";
    private const string FailOnRegression = "--fail-on-regression";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var failOnRegression = args.Contains(FailOnRegression);
        var options = new Options(args.Where(a => a != FailOnRegression).ToList(), "--format", "--output");
        if (options.Positional.Count != 2)
        {
            throw new UsageException($"diff takes two assessment files, the previous and the current, not {options.Positional.Count}: {Synopsis}");
        }

        var format = (options["--format"] ?? "text").ToLowerInvariant();
        if (format is not ("text" or "md" or "markdown" or "html" or "htm"))
        {
            throw new UsageException($"Unknown format '{options["--format"]}': use --format text, md or html.");
        }

        if (RenderCommand.Read(options.Positional[0], error) is not { } previous || RenderCommand.Read(options.Positional[1], error) is not { } current)
        {
            return 1;
        }

        var changes = AssessmentChanges.Between(previous, current);
        var text = format switch
        {
            "md" or "markdown" => ChangesRenderer.Markdown(changes),
            "html" or "htm" => ChangesRenderer.HtmlPage(changes, Title(current)),
            _ => ChangesRenderer.Text(changes),
        };

        if (options["--output"] is { Length: > 0 } path)
        {
            AssessmentJson.WriteAtomically(path, text);
        }
        else
        {
            output.Write(text);
        }

        return failOnRegression && changes.HasRegression ? 1 : 0;
    }

    private static string Title(SelfAssessment current)
        => FormText.Title(current) + (string.IsNullOrEmpty(current.AssessmentDate) ? "" : ", " + FormText.Date(current.AssessmentDate)) + ": changes";
}
