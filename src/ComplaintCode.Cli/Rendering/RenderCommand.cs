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
    private const string Synopsis = "complaint-code render <assessment.json> --format html|md [--output <file>]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new Options(args, "--format", "--output");
        if (options.Positional.Count != 1)
        {
            throw new UsageException(options.Positional.Count == 0
                ? $"render needs the assessment file to render: {Synopsis}"
                : $"render takes one assessment file, not {options.Positional.Count}: {Synopsis}");
        }

        var format = options["--format"] ?? throw new UsageException($"render needs --format html or --format md: {Synopsis}");
        (Func<SelfAssessment, string> render, string extension) = format.ToLowerInvariant() switch
        {
            "html" or "htm" => ((Func<SelfAssessment, string>)HtmlRenderer.Render, ".html"),
            "md" or "markdown" => (MarkdownRenderer.Render, ".md"),
            _ => throw new UsageException($"Unknown format '{format}': use --format html or --format md."),
        };

        var input = options.Positional[0];
        var outputPath = options["--output"] is { Length: > 0 } o ? o : Path.ChangeExtension(input, extension);
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
        output.WriteLine($"complaint-code: wrote {outputPath} ({s.Yes} of {s.Provisions} provisions met, {s.No} not met, {s.NotEvidenced} not evidenced)");
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
