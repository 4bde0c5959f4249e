using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text;
using ComplaintCode.Model.Findings;

namespace ComplaintCode.Build.Findings;

/// <summary>
/// Reads the findings file the analyzers write during a command-line build
/// (obj/…/&lt;project&gt;.complaintcode.findings.json): their diagnostics and the [Implements] evidence they saw.
/// The contract, its records and its format version are <see cref="FindingsContract"/>'s, shared with the writer.
/// </summary>
/// <remarks>
/// The assessment takes both from here. The compiler has applied #if to the evidence; the analyzers have applied
/// severities, #pragma, [SuppressMessage] and the generated-code rule to the findings the way the compiler applies
/// them, so the findings are what the build shows. Keys the tool does not know are ignored, so the analyzers can add
/// some without a new tool; a new major format version means the meaning changed, and is refused.
/// </remarks>
public static class FindingsFile
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a findings file of a version the tool reads.</exception>
    public static FindingsDocument Read(string path) => Parse(File.ReadAllBytes(path));

    /// <exception cref="InvalidDataException">The text is not a findings file of a version the tool reads.</exception>
    public static FindingsDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        // The analyzers write no byte order mark, but an editor that touched the file might have added one.
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8.Slice(3);
        }

        // The parser checks the structure, not the text inside strings: bad bytes would surface later, as a crash.
        if (!IsUtf8(utf8))
        {
            throw new InvalidDataException("it is not UTF-8 text");
        }

        // One pass over the tokens tells text that is not JSON at all apart from JSON of the wrong shape (which the
        // deserializer reports), and finds the format: a file of another major version may have another shape.
        string? format = null;
        try
        {
            var reader = new Utf8JsonReader(utf8.Span);
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("format"u8)
                    && reader.Read() && reader.TokenType == JsonTokenType.String)
                {
                    format = reader.GetString();
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("not valid JSON: " + e.Message, e);
        }

        if (format is null)
        {
            throw new InvalidDataException(FirstNonSpace(utf8.Span) == (byte)'{' ? "it has no \"format\"" : "it is not a JSON object");
        }

        if (FindingsContract.MajorVersionOf(format) != FindingsContract.FormatMajorVersion)
        {
            throw new InvalidDataException($"its format is \"{format}\"; this tool reads {FindingsContract.Format}");
        }

        var read = Deserialize(utf8, FindingsJsonContext.Default.FindingsDocument)!;

        // An absent list is an empty one; a missing required value is a file written by something else.
        var findings = (read.Findings ?? Array.Empty<LoggedFinding>()).Select(f => f is null ? throw NotAnObject("findings")
            : f with
            {
                Id = f.Id ?? throw Malformed("findings", "id"),
                Level = f.Level ?? throw Malformed("findings", "level"),
                Message = f.Message ?? throw Malformed("findings", "message"),
                Provisions = f.Provisions ?? Array.Empty<string>(),
                Line = f.Line is null or > 0 ? f.Line : throw Malformed("findings", "line"),
                Column = f.Column is null or > 0 ? f.Column : throw Malformed("findings", "column"),
            }).ToList();
        var evidence = (read.Evidence ?? Array.Empty<CodeEvidence>()).Select(e => e is null ? throw NotAnObject("evidence")
            : e with
            {
                Symbol = e.Symbol ?? throw Malformed("evidence", "symbol"),
                Provisions = e.Provisions ?? throw Malformed("evidence", "provisions"),
                Line = e.Line is null or > 0 ? e.Line : throw Malformed("evidence", "line"),
            }).ToList();
        if (findings.Exists(f => f.Provisions.Any(p => p is null)) || evidence.Exists(e => e.Provisions.Any(p => p is null)))
        {
            throw new InvalidDataException("a \"provisions\" list holds something other than provision ids");
        }

        return read with { Findings = findings, Evidence = evidence };
    }

    private static T? Deserialize<T>(ReadOnlyMemory<byte> utf8, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8.Span, type);
        }
        catch (JsonException e)
        {
            // The text is JSON (checked first), so the value at the path has the wrong shape: say which, and where.
            throw new InvalidDataException(Describe(e.Path ?? "$"), e);
        }
    }

    /// <summary>What is wrong at a JSON path such as <c>$.findings[0].line</c>, in the terms of the file.</summary>
    private static string Describe(string path)
    {
        var parts = path.Split('.');
        if (parts.Length < 2)
        {
            return "it is not a JSON object";
        }

        var list = parts[1].Split('[')[0];
        return parts.Length == 2 && parts[1].IndexOf('[') < 0 ? $"\"{list}\" is not a list"
            : parts.Length == 2 ? $"an entry in \"{list}\" is not an object"
            : parts[2].StartsWith("provisions", StringComparison.Ordinal) && parts[2].IndexOf('[') < 0 ? "\"provisions\" is not a list"
            : $"an entry in \"{list}\" has no valid \"{parts[2].Split('[')[0]}\"";
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool IsUtf8(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            _ = s_strictUtf8.GetCharCount(utf8.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte? FirstNonSpace(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return null;
    }

    private static InvalidDataException Malformed(string list, string name) => new($"an entry in \"{list}\" has no valid \"{name}\"");

    private static InvalidDataException NotAnObject(string list) => new($"an entry in \"{list}\" is not an object");
}

/// <summary>The findings file's records, read with metadata generated at compile time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowTrailingCommas = false, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(FindingsDocument))]
internal sealed partial class FindingsJsonContext : JsonSerializerContext
{
}
