using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplaintCode.Build.Assessment;

/// <summary>Reads and writes the self-assessment JSON: indented, LF line endings, keys in contract order, deterministic.</summary>
public static class AssessmentJson
{
    public const string FileName = "complaint-self-assessment.json";

    // Curly quotes and en dashes from the Code's text stay readable in the file. The encoder is the writer's, not the
    // serializer options', because serializer options with an encoder of their own make System.Text.Json give up the
    // generated serialization code for its slower general path.
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(SelfAssessment assessment)
    {
        using var buffer = new MemoryStream(128 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            JsonSerializer.Serialize(writer, assessment, AssessmentJsonContext.Default.SelfAssessment);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).Replace("\r\n", "\n") + "\n";
    }

    public static SelfAssessment Deserialize(string json)
        => JsonSerializer.Deserialize(json, AssessmentJsonReadContext.Default.SelfAssessment)
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
                FilePaths.MoveOver(source, destination);
                return;
            }
            catch (IOException) when (attempt < 5 && !Directory.Exists(destination))
            {
                Thread.Sleep(50 * attempt);
            }
        }
    }
}
