using System.Text.Json;

namespace ComplaintCode.Cli.Assessment;

/// <summary>One diagnostic the compiler logged: the same findings the IDE and the build show.</summary>
public sealed record LoggedDiagnostic(string Id, string Level, string Message, string? File, int? Line);

/// <summary>
/// Reads the compiler's error log (SARIF 1.0 or 2.1, whichever /errorlog was asked for). The build step takes the
/// package's findings from here, so the self-assessment agrees with the analyzers by construction, severities,
/// .editorconfig and suppressions included.
/// </summary>
public static class SarifReader
{
    /// <summary>Every unsuppressed result in the log, or those whose id starts with <paramref name="idPrefix"/>.</summary>
    public static IReadOnlyList<LoggedDiagnostic> Read(string path, string idPrefix = "")
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var diagnostics = new List<LoggedDiagnostic>();
        if (!document.RootElement.TryGetProperty("runs", out var runs))
        {
            return diagnostics;
        }

        foreach (var run in runs.EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var id = result.TryGetProperty("ruleId", out var rule) ? rule.GetString() ?? "" : "";
                if (!id.StartsWith(idPrefix, StringComparison.Ordinal) || IsSuppressed(result))
                {
                    continue;
                }

                var level = result.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
                var (file, line) = LocationOf(result);
                diagnostics.Add(new LoggedDiagnostic(id, level, MessageOf(result), file, line));
            }
        }

        return diagnostics;
    }

    // SARIF 2.1: "message": { "text": … }; SARIF 1.0: "message": "…".
    private static string MessageOf(JsonElement result)
        => !result.TryGetProperty("message", out var message) ? ""
           : message.ValueKind == JsonValueKind.String ? message.GetString() ?? ""
           : message.TryGetProperty("text", out var text) ? text.GetString() ?? ""
           : "";

    private static bool IsSuppressed(JsonElement result)
        => (result.TryGetProperty("suppressions", out var suppressions) && suppressions.ValueKind == JsonValueKind.Array && suppressions.GetArrayLength() > 0)
           || (result.TryGetProperty("suppressionStates", out var states) && states.ValueKind == JsonValueKind.Array && states.GetArrayLength() > 0);

    private static (string? File, int? Line) LocationOf(JsonElement result)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array || locations.GetArrayLength() == 0)
        {
            return (null, null);
        }

        var location = locations[0];
        JsonElement artifact, region;
        if (location.TryGetProperty("physicalLocation", out var physical))
        {
            physical.TryGetProperty("artifactLocation", out artifact);
            physical.TryGetProperty("region", out region);
        }
        else if (location.TryGetProperty("resultFile", out var resultFile))
        {
            artifact = resultFile;
            resultFile.TryGetProperty("region", out region);
        }
        else
        {
            return (null, null);
        }

        string? file = null;
        if (artifact.ValueKind == JsonValueKind.Object && artifact.TryGetProperty("uri", out var uri) && uri.GetString() is { } text)
        {
            file = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : Uri.UnescapeDataString(text);
        }

        int? line = region.ValueKind == JsonValueKind.Object && region.TryGetProperty("startLine", out var start) && start.TryGetInt32(out var n) ? n : null;
        return (file, line);
    }
}
