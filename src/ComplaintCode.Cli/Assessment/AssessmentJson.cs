using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintCode.Cli.Assessment;

/// <summary>Reads and writes the self-assessment JSON: indented, LF line endings, keys in contract order, deterministic.</summary>
public static class AssessmentJson
{
    public const string FileName = "complaint-self-assessment.json";

    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Curly quotes and en dashes from the Code's text stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(SelfAssessment assessment)
        => JsonSerializer.Serialize(assessment, s_options).Replace("\r\n", "\n") + "\n";

    public static SelfAssessment Deserialize(string json)
        => JsonSerializer.Deserialize<SelfAssessment>(json, s_options)
           ?? throw new InvalidDataException("The file holds no self-assessment.");

    /// <summary>
    /// Writes <paramref name="contents"/> so a reader never sees half a file: a temporary file beside the target,
    /// then a rename over it. An interrupted write leaves the old file as it was.
    /// </summary>
    public static void WriteAtomically(string path, string contents)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temporary, contents, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            MoveWithRetry(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // On Windows a reader holding the file open (the running app, a browser) makes the rename fail for a moment.
    private static void MoveWithRetry(string source, string destination)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(source, destination, overwrite: true);
                return;
            }
            catch (IOException) when (attempt < 5 && !Directory.Exists(destination))
            {
                Thread.Sleep(50 * attempt);
            }
        }
    }
}
