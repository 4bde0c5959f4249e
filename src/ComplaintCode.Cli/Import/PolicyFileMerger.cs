using System.Globalization;
using System.Text;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ComplaintCode.Cli.Import;

/// <summary>How one provision's answer changed in a merge.</summary>
/// <param name="Fields">What changed: "comply yes -> no", "evidence", "commentary", "complyBy"; empty for an added entry.</param>
internal sealed record MergedAnswer(string Id, bool Added, IReadOnlyList<string> Fields);

/// <summary>The merged text, what changed, and notes on values kept from the file rather than taken from the form.</summary>
internal sealed record MergeResult(string Text, IReadOnlyList<MergedAnswer> Changes, int Unchanged, int KeptFromFile, IReadOnlyList<string> Notes);

/// <summary>The file could not be merged into without risk of changing what the user wrote; the message says why.</summary>
internal sealed class MergeRefusedException : Exception
{
    public MergeRefusedException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Merges a form's answers into an existing complaint-policy.yaml by editing its text entry by entry, so what the
/// user wrote (landlord, assessmentDate, timescales, closureDays, comments, blank lines, the order of keys, the
/// provisions the form does not answer) stays byte for byte.
/// </summary>
/// <remarks>
/// <para>
/// An entry the form answers the same way is left alone. One it answers differently is rewritten as the importer
/// writes it, keeping the user's comments inside it and, for an answer still No that the form gives no date for, the
/// file's complyBy. A provision the file lacks is added after the entry that precedes it in the Code's order.
/// </para>
/// <para>
/// The file's layout is read from YAML's events (positions only) and edited by lines, which is safe when the entries
/// are a block map whose keys start their own lines. Anything else (flow style, anchors and aliases, a file the build
/// cannot use) is refused rather than guessed at, and the merged text is parsed again and compared, value by value,
/// with what the merge meant to write, before anything is written.
/// </para>
/// </remarks>
internal static class PolicyFileMerger
{
    public static MergeResult Merge(string path, string text, MatchResult result, string? landlord, FormHeading heading, CodeCatalog? catalog = null)
    {
        catalog ??= CodeCatalog.Instance;
        var before = PolicyParser.Parse(path, text, catalog);
        if (before.Issues.FirstOrDefault(i => i.Kind == PolicyIssueKind.Unusable) is { } unusable)
        {
            throw new MergeRefusedException(
                $"{path} cannot be merged into: line {unusable.Span.StartLine + 1}: {unusable.Message}. Fix it first, or pass --force to replace the file.");
        }

        var layout = Layout.Read(text);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r" : "";
        var lines = text.Split('\n').ToList();
        var hasFinalNewline = text.EndsWith('\n');
        if (hasFinalNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        // A file of comments only, or of other keys only: the entries go under a new "provisions:" at its end.
        var endOfKeys = lines.Count;
        if (layout.ProvisionsKey is null)
        {
            lines.Add(newline);
            lines.Add("provisions:" + newline);
        }

        var edits = new List<(int Line, int Remove, List<string> Insert)>();
        var notes = new List<string>();
        var changes = new List<MergedAnswer>();
        var existing = before.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var order = catalog.Provisions.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var ranges = layout.ProvisionRanges(lines);
        var edition = result.Edition.Edition;
        var unchanged = 0;

        // Entries at the column the file's entries use, so an added one lines up with its neighbours.
        var column = layout.Provisions.Count > 0 ? layout.Provisions[0].Column : 2;
        List<string> EntryLines(ImportedProvision provision, string? keptComplyBy)
        {
            var entry = new StringBuilder();
            PolicyFileWriter.WriteProvision(entry, provision, edition, keptComplyBy);
            return entry.ToString().TrimEnd('\n').Split('\n').Select(l => new string(' ', column) + l.Substring(2) + newline).ToList();
        }

        var additions = new SortedDictionary<int, List<string>>();
        foreach (var provision in result.Provisions)
        {
            if (existing.TryGetValue(provision.Id, out var current) && ranges.TryGetValue(provision.Id, out var range))
            {
                var keptComplyBy = provision.Answer.Value == PolicyComply.No && provision.ComplyBy is null ? current.ComplyBy : null;
                var fields = Differences(current, Expected(provision, keptComplyBy));
                if (fields.Count == 0)
                {
                    unchanged++;
                    continue;
                }

                // The user's own comments inside the entry stay with it; the importer's are written afresh.
                var start = range.Start;
                while (start > 0 && PolicyFileWriter.IsOwnComment(lines[start - 1]))
                {
                    start--;
                }

                var kept = lines.Skip(range.Start + 1).Take(range.End - range.Start - 1)
                    .Where(l => l.TrimStart().StartsWith('#') && !PolicyFileWriter.IsOwnComment(l)).ToList();
                var replacement = EntryLines(provision, keptComplyBy);
                var keyLine = replacement.FindIndex(l => !l.TrimStart().StartsWith('#'));
                replacement.InsertRange(keyLine + 1, kept);
                edits.Add((start, range.End - start, replacement));
                changes.Add(new MergedAnswer(provision.Id, false, fields));
            }
            else
            {
                // After the file's entry that comes last before this one in the Code; first when none does.
                var after = ranges
                    .Where(r => order.TryGetValue(r.Key, out var index) && index < order[provision.Id])
                    .OrderByDescending(r => order[r.Key])
                    .Select(r => (int?)r.Value.End)
                    .FirstOrDefault() ?? layout.FirstEntryLine(lines);
                (additions.TryGetValue(after, out var list) ? list : additions[after] = new List<string>()).AddRange(EntryLines(provision, null));
                changes.Add(new MergedAnswer(provision.Id, true, Array.Empty<string>()));
            }
        }

        foreach (var (line, insert) in additions)
        {
            edits.Add((line, 0, insert));
        }

        var expectedLandlord = before.Landlord;
        var expectedDate = before.AssessmentDate;
        var topLevel = new List<string>();
        var formLandlord = landlord ?? heading.Landlord?.Value;
        if (before.Landlord is null && formLandlord is not null)
        {
            if (landlord is null && heading.Landlord is { } fromForm)
            {
                topLevel.Add(PolicyFileWriter.FromFormComment(fromForm) + newline);
            }

            topLevel.Add("landlord: " + PolicyFileWriter.Quote(formLandlord) + newline);
            expectedLandlord = formLandlord;
            notes.Add($"landlord \"{formLandlord}\" added, from {(landlord is not null ? "--landlord" : $"line {heading.Landlord!.Line} of the form")}.");
        }
        else if (landlord is not null && before.Landlord != landlord)
        {
            var entry = layout.TopLevel.First(e => e.Name == "landlord");
            if (!entry.ValueOnKeyLine)
            {
                throw new MergeRefusedException($"{path}: the landlord's name runs over several lines, so --landlord cannot replace it safely; edit it by hand.");
            }

            edits.Add((entry.Line, 1, [new string(' ', entry.Column) + "landlord: " + PolicyFileWriter.Quote(landlord) + newline]));
            expectedLandlord = landlord;
            notes.Add($"landlord \"{before.Landlord}\" replaced by \"{landlord}\", from --landlord.");
        }
        else if (heading.Landlord is { } ignored && landlord is null && before.Landlord != ignored.Value)
        {
            notes.Add($"landlord \"{before.Landlord}\" kept; the form's line {ignored.Line} reads \"{ignored.Text}\".");
        }

        if (heading.AssessmentDate is { } date)
        {
            if (before.AssessmentDate is null)
            {
                topLevel.Add(PolicyFileWriter.FromFormComment(date) + newline);
                topLevel.Add("assessmentDate: " + date.Value + newline);
                expectedDate = date.Value;
                notes.Add($"assessmentDate {date.Value} added, from line {date.Line} of the form: \"{date.Text}\".");
            }
            else if (before.AssessmentDate != date.Value)
            {
                notes.Add($"assessmentDate {before.AssessmentDate} kept; the form's line {date.Line} gives {date.Value}.");
            }
        }

        if (topLevel.Count > 0)
        {
            var first = layout.TopLevel.Count > 0 ? layout.TopLevel.Min(e => e.Line) : endOfKeys;
            var indent = layout.TopLevel.Count > 0 ? new string(' ', layout.TopLevel[0].Column) : "";
            edits.Add((first, 0, topLevel.Select(l => indent + l).Append(newline).ToList()));
        }

        if (layout.EmptyFlowOnKeyLine && additions.Count > 0)
        {
            // "provisions: {}" becomes "provisions:" with the entries under it.
            var keyLine = layout.ProvisionsKey!.Line;
            edits.Add((keyLine, 1, [new string(' ', layout.ProvisionsKey.Column) + "provisions:" + newline]));
        }

        // Bottom to top, so each edit's line numbers still hold; at one line, a replacement before an insertion.
        foreach (var (line, remove, insert) in edits.OrderByDescending(e => e.Line).ThenBy(e => e.Remove))
        {
            lines.RemoveRange(line, remove);
            lines.InsertRange(line, insert);
        }

        var merged = string.Join("\n", lines) + (hasFinalNewline || lines.Count > 0 ? "\n" : "");
        Verify(path, merged, before, result, expectedLandlord, expectedDate, catalog);
        changes.Sort((a, b) => order[a.Id].CompareTo(order[b.Id]));
        return new MergeResult(merged, changes, unchanged, before.Provisions.Count(p => !result.Provisions.Any(r => r.Id == p.Id)), notes);
    }

    /// <summary>The entry the merge means to write, as the parser would read it back.</summary>
    private static (PolicyComply Comply, IReadOnlyList<string> Evidence, string? Commentary, string? ComplyBy) Expected(ImportedProvision provision, string? keptComplyBy)
    {
        var comply = provision.Answer.Value switch
        {
            PolicyComply.Yes => PolicyComply.Yes,
            PolicyComply.No => PolicyComply.No,
            _ => PolicyComply.Unanswered,
        };
        return (comply, provision.Evidence, provision.Commentary, provision.ComplyBy?.Date ?? keptComplyBy);
    }

    private static List<string> Differences(PolicyProvision current, (PolicyComply Comply, IReadOnlyList<string> Evidence, string? Commentary, string? ComplyBy) next)
    {
        var fields = new List<string>();
        if (current.Comply != next.Comply)
        {
            fields.Add($"comply {PolicyComplyWords.Of(current.Comply) ?? "(none)"} -> {PolicyComplyWords.Of(next.Comply)}");
        }

        // Evidence the user wrote as a document, section or link is compared by what it says.
        if (!current.Evidence.Select(e => e.Description).SequenceEqual(next.Evidence, StringComparer.Ordinal))
        {
            fields.Add("evidence");
        }

        if (!string.Equals(current.Commentary, next.Commentary, StringComparison.Ordinal))
        {
            fields.Add("commentary");
        }

        if (!string.Equals(current.ComplyBy, next.ComplyBy, StringComparison.Ordinal))
        {
            fields.Add($"complyBy {current.ComplyBy ?? "(none)"} -> {next.ComplyBy ?? "(none)"}");
        }

        return fields;
    }

    /// <summary>
    /// The merged text must read back as meant: everything outside the form's answers as before, each answer as
    /// imported. A merge that cannot show this is not written.
    /// </summary>
    private static void Verify(string path, string merged, PolicyFile before, MatchResult result, string? landlord, string? date, CodeCatalog catalog)
    {
        var after = PolicyParser.Parse(path, merged, catalog);
        var problems = new List<string>();
        if (after.Issues.FirstOrDefault(i => i.Kind == PolicyIssueKind.Unusable) is { } unusable)
        {
            problems.Add($"line {unusable.Span.StartLine + 1}: {unusable.Message}");
        }

        if (after.Landlord != landlord || after.AssessmentDate != date || !after.Timescales.Select(t => (t.Constant, t.Value)).SequenceEqual(before.Timescales.Select(t => (t.Constant, t.Value)))
            || !after.ClosureDays.SequenceEqual(before.ClosureDays))
        {
            problems.Add("the landlord, assessmentDate, timescales or closureDays would change");
        }

        var imported = result.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var afterById = after.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var provision in before.Provisions.Where(p => !imported.ContainsKey(p.Id)))
        {
            if (!afterById.TryGetValue(provision.Id, out var read) || read with { Span = provision.Span } != provision)
            {
                problems.Add($"provision {provision.Id}, which the form does not answer, would change");
            }
        }

        foreach (var provision in result.Provisions)
        {
            var kept = before.Provisions.FirstOrDefault(p => p.Id == provision.Id)?.ComplyBy;
            var expected = Expected(provision, provision.Answer.Value == PolicyComply.No && provision.ComplyBy is null ? kept : null);
            if (!afterById.TryGetValue(provision.Id, out var read) || Differences(read, expected).Count > 0)
            {
                problems.Add($"provision {provision.Id} would not read back as imported");
            }
        }

        if (after.Provisions.Count != before.Provisions.Select(p => p.Id).Union(imported.Keys).Count())
        {
            problems.Add("the number of provisions would not add up");
        }

        if (problems.Count > 0)
        {
            throw new MergeRefusedException(
                $"{path} has a shape the merge cannot edit safely ({problems[0]}); nothing was written. Merge by hand, or pass --force to replace the file.");
        }
    }

    /// <summary>Where the file's keys are: its top-level keys, and the provisions map's entries, each at its own line.</summary>
    private sealed class Layout
    {
        public List<Key> TopLevel { get; } = new();

        public Key? ProvisionsKey { get; private set; }

        public List<Key> Provisions { get; } = new();

        /// <summary>"provisions: {}" on the key's own line, or no value: entries go straight under the key.</summary>
        public bool EmptyFlowOnKeyLine { get; private set; }

        /// <param name="Line">Zero-based.</param>
        /// <param name="ValueOnKeyLine">The value is a scalar that starts and ends on the key's line.</param>
        public sealed record Key(string Name, int Line, int Column, bool ValueOnKeyLine);

        public static Layout Read(string text)
        {
            var layout = new Layout();
            var parser = new Parser(new StringReader(text));
            var events = new List<ParsingEvent>();
            try
            {
                while (parser.MoveNext())
                {
                    var current = parser.Current!;
                    if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
                    {
                        throw new MergeRefusedException("The policy file uses YAML anchors or aliases, so one entry may be shared by others; the merge will not edit it. Merge by hand, or pass --force.");
                    }

                    events.Add(current);
                }
            }
            catch (YamlException e)
            {
                throw new MergeRefusedException($"The policy file is not YAML the merge can read: {e.Message}");
            }

            var i = events.FindIndex(e => e is DocumentStart) + 1;
            if (i <= 0 || i >= events.Count || events[i] is DocumentEnd || (events[i] is Scalar { Value: "" }))
            {
                return layout;
            }

            if (events[i] is not MappingStart { Style: not MappingStyle.Flow })
            {
                throw new MergeRefusedException("The policy file is not a map of keys written one per line; the merge will not edit it. Merge by hand, or pass --force.");
            }

            i++;
            while (events[i] is not MappingEnd)
            {
                var key = (Scalar)events[i];
                var value = events[i + 1];
                var entry = new Key(key.Value, (int)key.Start.Line - 1, (int)key.Start.Column - 1, value is Scalar s && s.Start.Line == key.Start.Line && s.End.Line == key.Start.Line);
                layout.TopLevel.Add(entry);
                if (key.Value == "provisions")
                {
                    layout.ProvisionsKey = entry;
                    i = layout.ReadProvisions(events, i + 1, entry);
                }
                else
                {
                    i = Skip(events, i + 1);
                }
            }

            return layout;
        }

        private int ReadProvisions(List<ParsingEvent> events, int i, Key key)
        {
            switch (events[i])
            {
                case Scalar scalar when scalar.Value.Length == 0 || scalar.Value is "~" or "null":
                    EmptyFlowOnKeyLine = scalar.Start.Line == key.Line + 1 || scalar.Value.Length == 0;
                    return i + 1;
                case MappingStart { Style: MappingStyle.Flow } flow when events[i + 1] is MappingEnd end && flow.Start.Line == key.Line + 1 && end.End.Line == key.Line + 1:
                    EmptyFlowOnKeyLine = true;
                    return i + 2;
                case MappingStart { Style: not MappingStyle.Flow }:
                    i++;
                    while (events[i] is not MappingEnd)
                    {
                        if (events[i] is not Scalar id || id.Start.Line <= key.Line + 1)
                        {
                            throw new MergeRefusedException("The provisions are not written one entry per line; the merge will not edit them. Merge by hand, or pass --force.");
                        }

                        Provisions.Add(new Key(id.Value, (int)id.Start.Line - 1, (int)id.Start.Column - 1, false));
                        i = Skip(events, i + 1);
                    }

                    if (Provisions.Select(p => p.Column).Distinct().Count() > 1)
                    {
                        throw new MergeRefusedException("The provisions' entries are not all indented alike; the merge will not edit them. Merge by hand, or pass --force.");
                    }

                    return i + 1;
                default:
                    throw new MergeRefusedException("'provisions' is not a map written one entry per line (a {...} map, say); the merge will not edit it. Merge by hand, or pass --force.");
            }
        }

        /// <summary>The index after the node starting at <paramref name="i"/>.</summary>
        private static int Skip(List<ParsingEvent> events, int i)
        {
            var depth = 0;
            do
            {
                depth += events[i] switch
                {
                    MappingStart or SequenceStart => 1,
                    MappingEnd or SequenceEnd => -1,
                    _ => 0,
                };
                i++;
            }
            while (depth > 0);
            return i;
        }

        /// <summary>
        /// Each entry's lines, from its key to the line before the next key, less the blank lines and comments at the
        /// end that are no deeper than the key: those introduce what follows (a section's heading comment).
        /// </summary>
        public Dictionary<string, (int Start, int End)> ProvisionRanges(List<string> lines)
        {
            var ranges = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
            var after = ProvisionsKey is null ? lines.Count : TopLevel.Where(k => k.Line > ProvisionsKey.Line).Select(k => (int?)k.Line).Min() ?? lines.Count;
            var ordered = Provisions.OrderBy(p => p.Line).ToList();
            for (var n = 0; n < ordered.Count; n++)
            {
                var entry = ordered[n];
                var end = n + 1 < ordered.Count ? ordered[n + 1].Line : after;
                while (end - 1 > entry.Line && IsTrailing(lines[end - 1], entry.Column))
                {
                    end--;
                }

                ranges[entry.Name] = (entry.Line, end);
            }

            return ranges;
        }

        /// <summary>The line after "provisions:", where an entry goes when none precedes it in the Code.</summary>
        public int FirstEntryLine(List<string> lines) => ProvisionsKey is null ? lines.Count : ProvisionsKey.Line + 1;

        private static bool IsTrailing(string line, int column)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length == 0)
            {
                return true;
            }

            var indent = trimmed.Length - trimmed.TrimStart().Length;
            return trimmed.TrimStart().StartsWith('#') && indent <= column;
        }
    }
}
