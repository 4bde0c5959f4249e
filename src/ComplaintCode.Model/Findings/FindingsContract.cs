using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ComplaintCode.Model.Findings;

/// <summary>
/// The findings file: what the analyzers of one project found in one command-line compile. The analyzers write it
/// (FindingsLog); the package's build tasks read it (FindingsFile) to report the findings in the build output and to
/// write the self-assessment. Both use these records and this format version, so a change to the contract is made once.
/// </summary>
/// <remarks>
/// A new key may be added within a major version (readers ignore keys they do not know); a key whose meaning
/// changes, or one a reader must have, is a new major version, which older readers refuse. Version 2 added the
/// provisions of each finding, read before that from the message. Version 3 made the file the build's only record of
/// the CHC diagnostics (the analyzers no longer report them to the compiler in a build that asks for the file), so
/// each finding carries its whole span and help link for the build output; and it added "checks": each place a rule
/// of the package judged annotated code, whether or not it found a breach there.
/// </remarks>
public static class FindingsContract
{
    public const string FormatPrefix = "complaintcode-findings/";
    public const int FormatMajorVersion = 3;
    public const string Format = "complaintcode-findings/3";

    /// <summary>The additional file a build adds to ask for findings; the findings go beside it.</summary>
    public const string RequestSuffix = ".complaintcode.findings-request";
    public const string FindingsSuffix = ".complaintcode.findings.json";

    /// <summary>2 for "complaintcode-findings/2" and "complaintcode-findings/2.1"; -1 when the text is no such format.</summary>
    public static int MajorVersionOf(string format)
    {
        if (!format.StartsWith(FormatPrefix, StringComparison.Ordinal))
        {
            return -1;
        }

        var version = format.Substring(FormatPrefix.Length);
        var dot = version.IndexOf('.');
        return int.TryParse(dot < 0 ? version : version.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : -1;
    }

    /// <summary>The file's text: one entry a line, in the order given (the writer sorts), UTF-8 without a byte order mark.</summary>
    public static string ToJson(FindingsDocument document)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"format\": ").Append(Quote(document.Format))
            .Append(",\n  \"evidenceCollected\": ").Append(document.EvidenceCollected ? "true" : "false");
        AppendList(json, "findings", document.Findings, f =>
            $"{{ \"id\": {Quote(f.Id)}, \"level\": {Quote(f.Level)}, \"provisions\": {Strings(f.Provisions)}, \"message\": {Quote(f.Message)}, \"file\": {Quote(f.File)}, \"line\": {Number(f.Line)}, "
            + $"\"column\": {Number(f.Column)}, \"endLine\": {Number(f.EndLine)}, \"endColumn\": {Number(f.EndColumn)}, \"helpLink\": {Quote(f.HelpLink)} }}");
        AppendList(json, "evidence", document.Evidence, e =>
            $"{{ \"provisions\": {Strings(e.Provisions)}, \"symbol\": {Quote(e.Symbol)}, \"file\": {Quote(e.File)}, "
            + $"\"line\": {Number(e.Line)}, \"description\": {Quote(e.Description)}, \"commentary\": {Quote(e.Commentary)} }}");
        if (document.Checks is { } checks)
        {
            AppendList(json, "checks", checks, c =>
                $"{{ \"rule\": {Quote(c.Rule)}, \"provisions\": {Strings(c.Provisions)}, \"file\": {Quote(c.File)}, \"line\": {Number(c.Line)} }}");
        }

        return json.Append("\n}\n").ToString();
    }

    /// <summary>",\n  "name": [ ... ]" with one entry a line, or "[]" when there are none.</summary>
    private static void AppendList<T>(StringBuilder json, string name, IReadOnlyList<T> items, Func<T, string> entry)
    {
        json.Append(",\n  ").Append(Quote(name)).Append(": [");
        for (var i = 0; i < items.Count; i++)
        {
            json.Append(i == 0 ? "\n    " : ",\n    ").Append(entry(items[i]));
        }

        json.Append(items.Count == 0 ? "]" : "\n  ]");
    }

    private static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    /// <summary>A JSON string: quotes, backslashes and control characters escaped; null as null.</summary>
    public static string Quote(string? text) => QuotedText.Of(text);
}

/// <summary>The whole file.</summary>
/// <param name="EvidenceCollected">
/// False when the compiler skipped the analyzer that collects the evidence (CHC0001, CHC0002 and CHC0006 all off, or
/// all only suggestions): the file then lists no evidence, whatever the code has.
/// </param>
/// <param name="Checks">
/// Each place a rule judged annotated code; null in a file that does not list them.
/// </param>
public sealed record FindingsDocument(string Format, bool EvidenceCollected, IReadOnlyList<LoggedFinding> Findings, IReadOnlyList<CodeEvidence> Evidence, IReadOnlyList<RuleCheck>? Checks = null);

/// <summary>One diagnostic the analyzers found, at the level the build gives it.</summary>
/// <param name="Level">"error", "warning" or "note".</param>
/// <param name="Provisions">The provisions it concerns, from the diagnostic's properties; empty for one about annotations or the policy file.</param>
/// <param name="Line">1-based, like <paramref name="Column"/>, <paramref name="EndLine"/> and <paramref name="EndColumn"/>: as the build output shows them.</param>
public sealed record LoggedFinding(
    string Id,
    string Level,
    IReadOnlyList<string> Provisions,
    string Message,
    string? File,
    int? Line,
    int? Column = null,
    int? EndLine = null,
    int? EndColumn = null,
    string? HelpLink = null)
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Note = "note";

    // Lists compare by reference; two findings of the same diagnostic must be equal.
    public bool Equals(LoggedFinding? other)
        => other is not null && Id == other.Id && Level == other.Level && Provisions.SequenceEqual(other.Provisions)
           && Message == other.Message && File == other.File && Line == other.Line && Column == other.Column
           && EndLine == other.EndLine && EndColumn == other.EndColumn && HelpLink == other.HelpLink;

    public override int GetHashCode() => (Id, Message, File, Line).GetHashCode();
}

/// <summary>An [Implements] the compiler saw: which provisions (valid ids only), on what, where.</summary>
/// <param name="Symbol">"Namespace.Type.Member", or "assembly" / "module" for an assembly- or module-level attribute.</param>
public sealed record CodeEvidence(IReadOnlyList<string> Provisions, string Symbol, string? File, int? Line, string? Description, string? Commentary)
{
    // Lists compare by reference; two entries for the same attribute must be equal.
    public bool Equals(CodeEvidence? other)
        => other is not null && Provisions.SequenceEqual(other.Provisions) && Symbol == other.Symbol && File == other.File
           && Line == other.Line && Description == other.Description && Commentary == other.Commentary;

    public override int GetHashCode() => (Symbol, File, Line).GetHashCode();
}

/// <summary>
/// One place where a rule of the package judged annotated code ([Implements] with a timescale, a [ComplaintStages]
/// enum, a letter type, a stage 2 handler assignment), recorded whether or not it found a breach there, and only when
/// the build would show a breach there (the rule is on and not suppressed at that place). The self-assessment counts
/// them: a provision whose rules judged its code and found nothing is "checked by the build".
/// </summary>
/// <param name="Rule">The rule's id, e.g. "CHC0201".</param>
/// <param name="Provisions">The provisions the rule held the code to there.</param>
public sealed record RuleCheck(string Rule, IReadOnlyList<string> Provisions, string? File, int? Line)
{
    // Lists compare by reference; two records of the same check must be equal.
    public bool Equals(RuleCheck? other)
        => other is not null && Rule == other.Rule && Provisions.SequenceEqual(other.Provisions) && File == other.File && Line == other.Line;

    public override int GetHashCode() => (Rule, File, Line).GetHashCode();
}
