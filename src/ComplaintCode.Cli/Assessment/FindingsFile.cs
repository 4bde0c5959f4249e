using System.Text.Json;
using System.Text.Unicode;

namespace ComplaintCode.Cli.Assessment;

/// <summary>One diagnostic the analyzers reported, at the severity the build gave it.</summary>
/// <param name="Level">"error", "warning" or "note".</param>
/// <param name="Provisions">The provisions it concerns, as the analyzers gave them; empty for a finding about annotations or the policy file.</param>
public sealed record LoggedFinding(string Id, string Level, IReadOnlyList<string> Provisions, string Message, string? File, int? Line);

/// <summary>An [Implements] the compiler saw: which provisions, on what, where.</summary>
/// <param name="Symbol">"Namespace.Type.Member", or "assembly" for an assembly-level attribute.</param>
public sealed record CodeEvidence(IReadOnlyList<string> Ids, string Symbol, string? File, int? Line, string? Description, string? Commentary);

/// <summary>
/// The findings file the analyzers write during a command-line build
/// (obj/…/&lt;project&gt;.complaintcode.findings.json): their diagnostics and the [Implements] evidence they saw.
/// </summary>
/// <remarks>
/// The assessment takes both from here. The compiler has applied #if to the evidence; the analyzers have applied
/// severities, #pragma, [SuppressMessage] and the generated-code rule to the findings the way the compiler applies
/// them (Findings/SourceSuppressions.cs), so the findings are what the build shows. Keys the tool does not know are ignored, so the
/// analyzers can add some without a new tool; a new major format version means the meaning changed, and is refused.
/// </remarks>
/// <param name="EvidenceCollected">
/// False when the compiler skipped the analyzer that collects the evidence (CHC0001 and CHC0002 both off, or both only
/// suggestions): the file then lists no evidence, whatever the code has.
/// </param>
public sealed record FindingsFile(bool UsesPackage, bool EvidenceCollected, IReadOnlyList<LoggedFinding> Findings, IReadOnlyList<CodeEvidence> Evidence)
{
    public const string FormatPrefix = "complaintcode-findings/";

    public const int FormatMajorVersion = 2;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON, or not a findings file of a version the tool reads.</exception>
    public static FindingsFile Read(string path) => Parse(File.ReadAllBytes(path));

    /// <exception cref="InvalidDataException">The text is not JSON, or not a findings file of a version the tool reads.</exception>
    public static FindingsFile Parse(ReadOnlyMemory<byte> utf8)
    {
        // The analyzers write no byte order mark, but an editor that touched the file might have added one.
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8.Slice(3);
        }

        // The parser checks the structure, not the text inside strings: bad bytes would surface later, as a crash.
        if (!Utf8.IsValid(utf8.Span))
        {
            throw new InvalidDataException("it is not UTF-8 text");
        }

        try
        {
            using var document = JsonDocument.Parse(utf8);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("not valid JSON: " + e.Message, e);
        }
    }

    private static FindingsFile Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("it is not a JSON object");
        }

        var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : null;
        if (format is null)
        {
            throw new InvalidDataException("it has no \"format\"");
        }

        if (MajorVersionOf(format) != FormatMajorVersion)
        {
            throw new InvalidDataException($"its format is \"{format}\"; this tool reads {FormatPrefix}{FormatMajorVersion}");
        }

        // Absent means the analyzers did not say; assessing then is the safe side (it never hides findings).
        var usesPackage = !root.TryGetProperty("usesPackage", out var uses) || uses.ValueKind != JsonValueKind.False;
        var evidenceCollected = !root.TryGetProperty("evidenceCollected", out var collected) || collected.ValueKind != JsonValueKind.False;

        var findings = new List<LoggedFinding>();
        foreach (var entry in EntriesOf(root, "findings"))
        {
            findings.Add(new LoggedFinding(
                RequiredString(entry, "id", "findings"),
                RequiredString(entry, "level", "findings"),
                Strings(entry, "provisions", "findings"),
                RequiredString(entry, "message", "findings"),
                OptionalString(entry, "file", "findings"),
                OptionalLine(entry, "findings")));
        }

        var evidence = new List<CodeEvidence>();
        foreach (var entry in EntriesOf(root, "evidence"))
        {
            evidence.Add(new CodeEvidence(
                Strings(entry, "provisions", "evidence"),
                RequiredString(entry, "symbol", "evidence"),
                OptionalString(entry, "file", "evidence"),
                OptionalLine(entry, "evidence"),
                OptionalString(entry, "description", "evidence"),
                OptionalString(entry, "commentary", "evidence")));
        }

        return new FindingsFile(usesPackage, evidenceCollected, findings, evidence);
    }

    /// <summary>1 for "complaintcode-findings/1" and "complaintcode-findings/1.2"; -1 when the text is no such format.</summary>
    private static int MajorVersionOf(string format)
    {
        if (!format.StartsWith(FormatPrefix, StringComparison.Ordinal))
        {
            return -1;
        }

        var version = format.AsSpan(FormatPrefix.Length);
        var dot = version.IndexOf('.');
        return int.TryParse(dot < 0 ? version : version.Slice(0, dot), System.Globalization.NumberStyles.None, null, out var major) ? major : -1;
    }

    // An absent list is an empty one; a list that is something else is a file written by something else.
    private static IEnumerable<JsonElement> ArrayOf(JsonElement parent, string name)
        => !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? Array.Empty<JsonElement>()
           : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray()
           : throw new InvalidDataException($"\"{name}\" is not a list");

    private static IEnumerable<JsonElement> EntriesOf(JsonElement root, string list)
    {
        foreach (var entry in ArrayOf(root, list))
        {
            yield return entry.ValueKind == JsonValueKind.Object ? entry : throw new InvalidDataException($"an entry in \"{list}\" is not an object");
        }
    }

    private static List<string> Strings(JsonElement entry, string name, string list)
    {
        var values = new List<string>();
        foreach (var value in ArrayOf(entry, name))
        {
            values.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Malformed(list, name));
        }

        return values;
    }

    private static string RequiredString(JsonElement entry, string name, string list)
        => entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Malformed(list, name);

    private static string? OptionalString(JsonElement entry, string name, string list)
        => !entry.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
           : value.ValueKind == JsonValueKind.String ? value.GetString()
           : throw Malformed(list, name);

    private static int? OptionalLine(JsonElement entry, string list)
        => !entry.TryGetProperty("line", out var value) || value.ValueKind == JsonValueKind.Null ? null
           : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var line) && line > 0 ? line
           : throw Malformed(list, "line");

    private static InvalidDataException Malformed(string list, string name)
        => new($"an entry in \"{list}\" has no valid \"{name}\"");
}
