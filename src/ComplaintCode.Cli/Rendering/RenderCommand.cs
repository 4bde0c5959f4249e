using System.CommandLine;
using ComplaintCode.Build.Rendering;
using System.Text.Json;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Rendering;

/// <summary>
/// complaint-code render &lt;assessment.json&gt; --format html|md [--output &lt;file&gt;]: the self-assessment as the
/// Ombudsman's form. Without --output the form is written beside the assessment, with its extension changed.
/// </summary>
public static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var assessment = new Argument<string>("assessment") { Description = "The self-assessment JSON file the build wrote (complaint-self-assessment.json).", HelpName = "assessment.json" };
        var format = new Option<string>("--format") { Description = "html or md: the Ombudsman's form as a web page or as Markdown.", Required = true, HelpName = "html|md" };
        format.Validators.Add(result =>
        {
            if (Renderer(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"Option '--format' takes html or md, not '{result.GetValueOrDefault<string>()}'.");
            }
        });
        var outputFile = new Option<string>("--output") { Description = "The file to write; by default the assessment's name with the format's extension.", HelpName = "file" };
        var command = new Command("render", "Renders a self-assessment as the Ombudsman's form.") { assessment, format, outputFile };
        command.SetAction(r => Run(r.GetValue(assessment)!, r.GetValue(format)!, r.GetValue(outputFile), output, error));
        return command;
    }

    private static (Func<SelfAssessment, string> Render, string Extension)? Renderer(string? format)
        => format?.ToLowerInvariant() switch
        {
            "html" or "htm" => (HtmlRenderer.Render, ".html"),
            "md" or "markdown" => (MarkdownRenderer.Render, ".md"),
            _ => null,
        };

    internal static int Run(string input, string format, string? output, TextWriter stdout, TextWriter error)
    {
        var (render, extension) = Renderer(format) ?? throw new UsageException($"Option '--format' takes html or md, not '{format}'.");
        var outputPath = output is { Length: > 0 } o ? o : Path.ChangeExtension(input, extension);
        if (string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(input), StringComparison.Ordinal))
        {
            throw new UsageException($"The output would overwrite the assessment '{input}': give another file with --output.");
        }

        if (Read(input, error) is not { } assessment)
        {
            return 1;
        }

        AssessmentJson.WriteAtomically(outputPath, render(assessment));
        var s = FormText.Tally.Of(FormText.Provisions(assessment));
        stdout.WriteLine($"complaint-code: wrote {outputPath} ({s.Yes} of {s.Provisions} provisions met, {s.No} not met, {s.NotEvidenced} not evidenced)");
        return 0;
    }

    /// <summary>The assessment in <paramref name="path"/>, or null (having said why) when it cannot be read as one.</summary>
    internal static SelfAssessment? Read(string path, TextWriter error)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"complaint-code: cannot read the assessment '{path}': {e.Message}");
            return null;
        }

        SelfAssessment assessment;
        try
        {
            assessment = AssessmentJson.Deserialize(json);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            error.WriteLine($"complaint-code: '{path}' is not a self-assessment JSON file: {e.Message}");
            return null;
        }

        var missing = new List<string>();
        if (assessment.Code is null)
        {
            missing.Add("code");
        }

        if (assessment.Summary is null)
        {
            missing.Add("summary");
        }

        if (assessment.Provisions is null)
        {
            missing.Add("provisions");
        }

        if (missing.Count > 0)
        {
            error.WriteLine($"complaint-code: '{path}' is not a self-assessment JSON file: it has no {string.Join(", ", missing.Select(m => $"\"{m}\""))}.");
            return null;
        }

        if (!SelfAssessment.IsReadable(assessment.SchemaVersion))
        {
            error.WriteLine(
                $"complaint-code: '{path}' has schemaVersion {assessment.SchemaVersion}; this complaint-code reads schemaVersion {SelfAssessment.OldestReadableSchemaVersion} to {SelfAssessment.CurrentSchemaVersion}.");
            return null;
        }

        return assessment;
    }
}
