using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Cli.Rendering;
using System.CommandLine;

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
    public static Command Create(TextWriter output, TextWriter error)
    {
        var previous = new Argument<string>("previous") { Description = "Last year's complaint-self-assessment.json.", HelpName = "previous.json" };
        var current = new Argument<string>("current") { Description = "This year's complaint-self-assessment.json.", HelpName = "current.json" };
        var format = new Option<string>("--format") { Description = "text, md or html.", HelpName = "text|md|html", DefaultValueFactory = _ => "text" };
        format.Validators.Add(result =>
        {
            if (Renderer(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"Option '--format' takes text, md or html, not '{result.GetValueOrDefault<string>()}'.");
            }
        });
        var outputFile = new Option<string>("--output") { Description = "The file to write; by default the changes are printed.", HelpName = "file" };
        var failOnRegression = new Option<bool>("--fail-on-regression") { Description = "Exit 1 when an answer got worse (Yes to anything else, Not evidenced to No)." };
        var command = new Command("diff", "Lists what changed between two self-assessments: answers, evidence, findings and the sign-off.")
        {
            previous, current, format, outputFile, failOnRegression,
        };
        command.SetAction(r => Run(r.GetValue(previous)!, r.GetValue(current)!, r.GetValue(format)!, r.GetValue(outputFile), r.GetValue(failOnRegression), output, error));
        return command;
    }

    private static Func<AssessmentChanges, SelfAssessment, string>? Renderer(string? format)
        => format?.ToLowerInvariant() switch
        {
            "text" => (changes, _) => ChangesRenderer.Text(changes),
            "md" or "markdown" => (changes, _) => ChangesRenderer.Markdown(changes),
            "html" or "htm" => (changes, current) => ChangesRenderer.HtmlPage(changes, Title(current)),
            _ => null,
        };

    internal static int Run(string previousPath, string currentPath, string format, string? outputPath, bool failOnRegression, TextWriter output, TextWriter error)
    {
        var render = Renderer(format) ?? throw new UsageException($"Option '--format' takes text, md or html, not '{format}'.");
        if (RenderCommand.Read(previousPath, error) is not { } previous || RenderCommand.Read(currentPath, error) is not { } current)
        {
            return ExitCodes.Failed;
        }

        var changes = AssessmentChanges.Between(previous, current);
        var text = render(changes, current);
        if (outputPath is { Length: > 0 })
        {
            AssessmentJson.WriteAtomically(outputPath, text);
        }
        else
        {
            output.Write(text);
        }

        return failOnRegression && changes.HasRegression ? ExitCodes.Failed : ExitCodes.Done;
    }

    private static string Title(SelfAssessment current)
        => FormText.Title(current) + (string.IsNullOrEmpty(current.AssessmentDate) ? "" : ", " + FormText.Date(current.AssessmentDate)) + ": changes";
}
