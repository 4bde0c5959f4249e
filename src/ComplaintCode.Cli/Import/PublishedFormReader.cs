using System.Text;
using System.Text.RegularExpressions;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Cli.Import;

/// <summary>
/// Reads the rows of a published self-assessment from text exported out of Word or PDF, copied from a web page, or
/// from a Markdown table.
/// </summary>
/// <remarks>
/// <para>
/// Landlords publish the Ombudsman's form, five columns (provision, requirement, comply, evidence, commentary), but
/// the text that comes out of their documents is untidy. The reader handles, line by line:
/// </para>
/// <list type="bullet">
/// <item>tab-separated rows, and Markdown pipe tables (<c>\|</c> is a literal pipe), chosen once per file;</item>
/// <item>a web page's table copied as text, where each cell ends with " |" on a line of its own (see
///   <see cref="ReadTrailingPipeTable"/>), with the page around it set aside;</item>
/// <item>the header row repeated on every page, rule rows (<c>|---|</c>), section and stage headings in whatever
///   words the landlord used ("Section 6: Complaints Stages", "SECTION 9 – Scrutiny &amp; Oversight"), and titles
///   before the table: none of these is a row;</item>
/// <item>cells split over several lines: a line that does not start a row continues the row before it;</item>
/// <item>rows merged by a PDF export ("… comm 6.3⇥Landlords must issue …" or "… Yes 6.3 Landlords must issue …"): a
///   provision number inside a row starts a new row only when the Code's requirement for that number follows it,
///   so commentary such as "6.3 also sets out our extension process" is never split;</item>
/// <item>two rows merged under one number, both requirements then "Yes Yes" (see <see cref="SplitDoubledRow"/>);</item>
/// <item>rows that lost their number: kept, with <see cref="FormRow.Number"/> null, for the matcher to place by
///   their requirement text;</item>
/// <item>leftover HTML and layout whitespace in cells (see <see cref="CellText"/>).</item>
/// </list>
/// <para>
/// Answers are not interpreted here (see <see cref="ComplyAnswer"/>) and rows are not matched to the Code (see
/// <see cref="ProvisionMatcher"/>); the reader only recovers the cells, as written.
/// </para>
/// </remarks>
internal sealed class PublishedFormReader
{
    // The form's columns after the provision number: requirement, comply, evidence, commentary.
    private const int Columns = 4;

    private static readonly Regex s_idOnly = new(@"^(?<id>[1-9]\.[1-9][0-9]?)\.?$", RegexOptions.CultureInvariant);

    private static readonly Regex s_idThenText = new(@"^(?<id>[1-9]\.[1-9][0-9]?)\.?\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    // A provision number standing alone inside a cell, e.g. the "6.3" of "… comm 6.3 Landlords must issue …".
    private static readonly Regex s_idInText = new(@"(?<=^|\s)(?<id>[1-9]\.[1-9][0-9]?)(?=\s|$)", RegexOptions.CultureInvariant);

    // "Section 6: Complaints Stages", "SECTION 9 – Scrutiny & Oversight", "Stage 1", "## Section 2", "**Stage 2**".
    // The number must not be followed by ".n": "Section 4.1 makes specific reference…" is commentary, not a heading.
    private static readonly Regex s_heading = new(
        @"^[#*_\s]*(?:section|stage|part)\s+[0-9]{1,2}(?![0-9]|\.[0-9])\s*(?:[:.\-–—)]\s*[^\n]*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex s_markdownHeading = new(@"^#{1,6}\s+\S", RegexOptions.CultureInvariant);

    private static readonly Regex s_pageFooter = new(@"^page\s+[0-9]+(?:\s+of\s+[0-9]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly CodeCatalog _catalog;

    public PublishedFormReader(CodeCatalog catalog) => _catalog = catalog;

    public static FormReading Read(string text) => new PublishedFormReader(CodeCatalog.Instance).ReadText(text);

    public FormReading ReadText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

        // One way of splitting cells per file. A tab-separated file may mention a pipe in its text, and a Markdown
        // table may hold tabs in a cell: deciding per line would split both wrongly.
        var pipeTable = lines.Any(l => l.TrimStart().StartsWith('|') && SplitPipes(l).Count >= 3);
        if (!pipeTable && lines.Any(IsTrailingPipeHeader))
        {
            return ReadTrailingPipeTable(lines);
        }

        var rows = new List<FormRow>();
        var ignored = new List<IgnoredLine>();
        RowBuilder? current = null;

        void Finish()
        {
            if (current is not null)
            {
                rows.AddRange(Complete(current));
                current = null;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                // Blank lines separate pages and groups of rows in exports, and paragraphs inside a cell: they never
                // end a row on their own.
                continue;
            }

            var cells = (pipeTable ? SplitPipes(lines[i]) : lines[i].Split('\t').ToList()).Select(CellText.Clean).ToList();
            if (cells.All(c => c.Length == 0) || IsRule(cells))
            {
                continue;
            }

            if (StartOfRow(cells, current) is { } start)
            {
                Finish();
                current = new RowBuilder(lineNumber, start.Id, start.Cells);
                continue;
            }

            if (IsHeader(cells) || (cells.Count == 1 && IsHeading(cells[0])))
            {
                // A header or heading ends a finished row, so a page title after it is not read as commentary. A row
                // still missing columns stays open: a PDF page break can fall in the middle of a row.
                if (current is { IsComplete: true })
                {
                    Finish();
                }

                continue;
            }

            if (cells.Count > 1)
            {
                if (current is { IsComplete: false })
                {
                    current.Continue(cells, StartsNewCell(current));
                    continue;
                }

                // Columns but no number: a row that lost its number. A blank first cell is the empty number column.
                Finish();
                current = new RowBuilder(lineNumber, null, cells.Count > Columns && cells[0].Length == 0 ? cells.Skip(1).ToList() : cells);
                continue;
            }

            if (current is not null)
            {
                current.Continue(cells, StartsNewCell(current));
                continue;
            }

            ignored.Add(new IgnoredLine(lineNumber, cells[0]));
        }

        Finish();
        return new FormReading(rows, ignored);
    }

    /// <summary>
    /// "Code Provision | Code requirement | Comply: yes / no | Evidence | Commentary / explanation |": the header of a
    /// table copied as text out of a web page, where every cell ends with " |" and there is no leading pipe.
    /// </summary>
    private static bool IsTrailingPipeHeader(string line)
    {
        var text = line.Trim();
        return !text.StartsWith('|') && text.EndsWith('|') && SplitPipes(text) is { Count: >= 3 } cells && IsHeader(cells.Select(CellText.Clean).ToList());
    }

    /// <summary>
    /// A table copied out of a web page as text. Rows do not sit on one line: each cell ends with " |" at the end of
    /// a line, a cell may run over several lines and only its last ends with "|", an empty cell is a line holding just
    /// "|", and a row starts with its number ("1.2 |"). Text that never reaches a "|" (a contents list, "Last Updated
    /// on …", introductory paragraphs, "Related Items") is page furniture, not a cell.
    /// </summary>
    private FormReading ReadTrailingPipeTable(string[] lines)
    {
        var rows = new List<FormRow>();
        var ignored = new List<IgnoredLine>();
        var pending = new List<(int Line, string Text)>();
        RowBuilder? current = null;
        var inTable = false;

        void Finish()
        {
            if (current is not null)
            {
                rows.AddRange(Complete(current));
                current = null;
            }
        }

        void SetAside()
        {
            ignored.AddRange(pending.Select(p => new IgnoredLine(p.Line, CellText.Clean(p.Text))).Where(p => p.Text.Length > 0));
            pending.Clear();
        }

        void Cell(int line, string last)
        {
            var closing = CellText.Clean(last);
            if (pending.Count > 0 && (s_idOnly.IsMatch(closing) || (s_idThenText.IsMatch(closing) && StartOfRow(new List<string> { closing }, null) is not null)))
            {
                // Furniture between tables with no header after it ("Section 2 …", a paragraph) ends at the next row's
                // number; it is not the number's cell.
                SetAside();
            }

            var startLine = pending.Count > 0 ? pending[0].Line : line;
            var text = CellText.Clean(string.Join("\n", pending.Select(p => p.Text).Append(last)));
            pending.Clear();

            if (NumberCell(text, current) is { } start)
            {
                Finish();
                current = new RowBuilder(startLine, start.Id, start.Cells);
                return;
            }

            if ((current is null || current.IsComplete) && IsHeading(text))
            {
                // "Section 2: Exclusions |": a heading row across the table, between rows.
                return;
            }

            if (current is null || current.IsComplete)
            {
                // Cells with no number before them, or after a row that has all its cells: a row that lost its number,
                // placed later by its requirement text, or reported (a "Share | Print |" line under the table).
                Finish();
                current = new RowBuilder(startLine, null, new List<string>());
            }

            current.Cells.Add(text);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (IsTrailingPipeHeader(text))
            {
                // Whatever was waiting for a "|" before a header is furniture; a header also ends a finished row.
                SetAside();
                if (current is { IsComplete: true })
                {
                    Finish();
                }

                inTable = true;
                continue;
            }

            if (!inTable)
            {
                ignored.Add(new IgnoredLine(lineNumber, CellText.Clean(text)));
                continue;
            }

            if (pending.Count == 0 && (IsRule(new List<string> { text }) || (!text.EndsWith('|') && IsHeading(CellText.Clean(text)))))
            {
                continue;
            }

            var parts = SplitPipes(text, keepTrailing: true);
            for (var p = 0; p < parts.Count - 1; p++)
            {
                Cell(lineNumber, parts[p]);
            }

            // The text after the last "|" is a cell still open on the next line (empty when the line ends with "|").
            if (parts[^1].Trim().Length > 0)
            {
                pending.Add((lineNumber, parts[^1]));
            }
        }

        SetAside();
        Finish();
        return new FormReading(rows, ignored.OrderBy(l => l.Line).ToList());
    }

    /// <summary>A cell that starts a row in a web-page table: its number alone, or its number and requirement.</summary>
    private (string Id, List<string> Cells)? NumberCell(string text, RowBuilder? current)
    {
        if (text.Contains('\n'))
        {
            return s_idThenText.IsMatch(text.Split('\n')[0]) ? StartOfRow(new List<string> { text }, null) : null;
        }

        if (s_idOnly.Match(text) is not { Success: true } alone)
        {
            return StartOfRow(new List<string> { text }, null);
        }

        // A cell that is only a number is the next row's, unless the row open is still short of cells and the number
        // does not come later in the Code (a commentary of just "1.2" under 1.4).
        var id = alone.Groups["id"].Value;
        if (current is null || current.IsComplete || current.Id is null || LaterInCode(id, current.Id))
        {
            return (id, new List<string>());
        }

        return null;
    }

    private bool LaterInCode(string id, string than)
        => _catalog.TryGet(id, out var a) && _catalog.TryGet(than, out var b) && _catalog.Provisions.IndexOf(a) > _catalog.Provisions.IndexOf(b);

    /// <summary>Splits a Markdown table line on its unescaped pipes; the outer pipes are optional.</summary>
    internal static List<string> SplitPipes(string line, bool keepTrailing = false)
    {
        var text = line.Trim();
        var start = text.StartsWith('|') && !keepTrailing ? 1 : 0;
        var end = text.Length;
        if (!keepTrailing && end > start && text[end - 1] == '|' && !(end >= 2 && text[end - 2] == '\\'))
        {
            end--;
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (text[i] == '\\' && i + 1 < end && text[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }

    private (string Id, List<string> Cells)? StartOfRow(List<string> cells, RowBuilder? current)
    {
        var first = cells[0];
        if (s_idOnly.Match(first) is { Success: true } alone)
        {
            // "6.3⇥Landlords must…", or "6.3" alone on its line with the requirement on the next.
            return (alone.Groups["id"].Value, cells.Skip(1).ToList());
        }

        if (s_idThenText.Match(first) is { Success: true } withText)
        {
            // "6.3 Landlords must issue…": the number and the requirement ran together. A wrapped line of commentary
            // can also begin with a number ("6.3 also sets out…"), so the Code's words must follow, unless the line
            // has columns of its own and no row is waiting for more of its columns.
            var id = withText.Groups["id"].Value;
            var rest = withText.Groups["rest"].Value;
            var startsRequirement = _catalog.TryGet(id, out var provision) && MatchText.StartsLike(rest, provision.Requirement);
            if (startsRequirement || (provision is not null && cells.Count > 1 && current is not { IsComplete: false }))
            {
                return (id, new[] { rest }.Concat(cells.Skip(1)).ToList());
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the next line of a row starts its next cell rather than continuing the last one. Usually a line
    /// continues the cell it follows; but when the row so far is the whole of the Code's requirement for its number
    /// (as when "6.3" and its requirement sit on lines of their own), the requirement is known to be finished.
    /// </summary>
    private bool StartsNewCell(RowBuilder row)
        => row.Cells.Count == 1
           && row.Id is not null
           && _catalog.TryGet(row.Id, out var provision)
           && MatchText.EndOfLeadingRequirement(row.Cells[0], provision.Requirement) is var end and >= 0
           && !row.Cells[0].Substring(end).Any(char.IsLetterOrDigit);

    /// <summary>"Code provision | Code requirement | Comply: Yes / No | Evidence | Commentary / explanation".</summary>
    private static bool IsHeader(List<string> cells)
    {
        var normalised = cells.Select(MatchText.Normalise).ToList();
        return normalised[0].StartsWith("code provision", StringComparison.Ordinal)
               || (cells.Count >= 3
                   && normalised.Any(c => c.StartsWith("comply", StringComparison.Ordinal))
                   && normalised.Any(c => c.Contains("requirement", StringComparison.Ordinal)));
    }

    private static bool IsHeading(string line)
        => line.Length <= 120
           && !line.EndsWith('.')
           && (s_heading.IsMatch(line) || s_markdownHeading.IsMatch(line) || s_pageFooter.IsMatch(line));

    /// <summary>A Markdown separator row (|---|:--:|) or a ruled line of an export (-----⇥--⇥-----).</summary>
    private static bool IsRule(List<string> cells)
    {
        var dashes = 0;
        foreach (var c in cells.SelectMany(c => c))
        {
            if (c is '-' or '–' or '—' or '=' or '_')
            {
                dashes++;
            }
            else if (c is not (':' or '+' or ' ' or '|'))
            {
                return false;
            }
        }

        return dashes >= 3;
    }

    /// <summary>Turns the cells gathered for a row into one or more rows: merged rows are split here.</summary>
    private IEnumerable<FormRow> Complete(RowBuilder builder)
    {
        var id = builder.Id;
        var cells = builder.Cells;
        var notes = new List<string>();
        var merged = false;
        while (true)
        {
            if (FindMergedRow(cells) is not { } merge)
            {
                var row = ToRow(builder.Line, id, cells, notes) with { Merged = merged };
                foreach (var part in SplitDoubledRow(row))
                {
                    yield return part;
                }

                yield break;
            }

            var before = cells.Take(merge.Cell).Append(cells[merge.Cell].Substring(0, merge.Start).TrimEnd()).ToList();
            var after = cells[merge.Cell].Substring(merge.End).TrimStart();
            var next = (after.Length > 0 ? new[] { after } : Array.Empty<string>()).Concat(cells.Skip(merge.Cell + 1)).ToList();
            yield return ToRow(builder.Line, id, before, notes) with { Merged = true };
            merged = true;

            notes = new List<string> { $"{merge.Id} ran into the row of {id ?? "an unnumbered provision"} on one line; split into its own row" };
            id = merge.Id;
            cells = next;
        }
    }

    /// <summary>
    /// Where a second row starts inside this row's cells: a provision number followed, in the same cell or the next,
    /// by the start of that provision's requirement. The requirement column itself is not searched at its start.
    /// </summary>
    private (int Cell, int Start, int End, string Id)? FindMergedRow(List<string> cells)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            foreach (Match match in s_idInText.Matches(cells[c]))
            {
                if ((c == 0 && match.Index == 0) || !_catalog.TryGet(match.Value, out var provision))
                {
                    continue;
                }

                var end = match.Index + match.Length;
                var following = cells[c].Substring(end);
                var startsRequirement = following.Trim().Length > 0
                    ? MatchText.StartsLike(following, provision.Requirement)
                    : c + 1 < cells.Count && MatchText.StartsLike(cells[c + 1], provision.Requirement);
                if (startsRequirement)
                {
                    return (c, match.Index, end, match.Value);
                }
            }
        }

        return null;
    }

    private FormRow ToRow(int line, string? id, List<string> cells, List<string> notes)
    {
        notes = notes.ToList();
        if (id is not null && cells.Count == 1 && _catalog.TryGet(id, out var provision))
        {
            cells = SplitByRequirement(cells[0], provision.Requirement, id, notes);
        }

        string Cell(int index) => index < cells.Count ? cells[index] : "";

        // Columns beyond the form's five are kept, in the commentary, rather than dropped.
        var extra = cells.Skip(Columns).Where(c => c.Length > 0).ToList();
        var commentary = Cell(3);
        if (extra.Count > 0)
        {
            commentary = extra.Aggregate(commentary, CellText.Join);
            notes.Add($"{id ?? "A row"} had {extra.Count} more column(s) than the form; their text was added to the commentary");
        }

        return new FormRow(line, id, Cell(0), Cell(1), Cell(2), commentary, notes);
    }

    /// <summary>
    /// A row whose columns ran together into one ("6.3 Landlords must issue … acknowledged. Yes Customer Feedback …").
    /// The Code's requirement is known from the number, so its end is found word for word; the answer is read after
    /// it, and what follows is kept as commentary, since evidence and commentary cannot be told apart without columns.
    /// </summary>
    private static List<string> SplitByRequirement(string text, string requirement, string id, List<string> notes)
    {
        var end = MatchText.EndOfLeadingRequirement(text, requirement);
        if (end < 0)
        {
            notes.Add($"{id}: the row has no columns and its text does not begin with the Code's requirement, so its answer could not be read");
            return new List<string> { text };
        }

        // Closing punctuation of the requirement (". '") belongs to it.
        while (end < text.Length && !char.IsLetterOrDigit(text[end]) && !char.IsWhiteSpace(text[end]) && text[end] is not ('✓' or '✔'))
        {
            end++;
        }

        var after = text.Substring(end).Trim();
        if (ComplyAnswer.TryReadLeading(after, out var word, out var rest))
        {
            notes.Add($"{id}: the row has no columns; the answer \"{word}\" was read after the requirement and the rest kept as commentary");
            return new List<string> { text.Substring(0, end).Trim(), word, "", rest };
        }

        notes.Add($"{id}: the row has no columns and no answer follows the requirement; the rest was kept as commentary");
        return new List<string> { text.Substring(0, end).Trim(), "", "", after };
    }

    /// <summary>
    /// A row a PDF export merged with the next one under a single number: both requirements one after the other,
    /// the answers doubled ("Yes Yes"), evidence and commentary run together. The requirement column is split where
    /// one provision's text ends and its neighbour's begins, each close to the Code's own words; then each half
    /// takes its own answer. Evidence that is one text written twice is split in two; other evidence and the
    /// commentary cannot be told apart, so both provisions keep them whole and say so (<see cref="FormRow.MergedWith"/>).
    /// </summary>
    private IEnumerable<FormRow> SplitDoubledRow(FormRow row)
    {
        if (row.Number is null || !_catalog.TryGet(row.Number, out var numbered))
        {
            return new[] { row };
        }

        var index = _catalog.Provisions.IndexOf(numbered);
        foreach (var (at, next) in new[] { (index, index + 1), (index - 1, index) })
        {
            if (at < 0 || next >= _catalog.Provisions.Length)
            {
                continue;
            }

            var a = _catalog.Provisions[at];
            var b = _catalog.Provisions[next];
            if (a.Section != b.Section || SplitRequirement(row.Requirement, a.Requirement, b.Requirement) is not { } split)
            {
                continue;
            }

            var answers = DoubledAnswer(row.Comply);
            var evidence = DoubledText(row.Evidence);
            var commentary = DoubledText(row.Commentary);
            var shared = (evidence is null ? MergedCells.Evidence : MergedCells.None) | (commentary is null ? MergedCells.Commentary : MergedCells.None);
            var note = $"{a.Id} and {b.Id} were merged into one row numbered {row.Number} by the export; split in two"
                       + (answers is null ? $", but the answer \"{row.Comply}\" is not one for each, so neither is answered" : ", each with its own answer")
                       + (shared == MergedCells.None ? "" : $"; the {Describe(shared)} of both are kept with each");
            var first = commentary?.First ?? row.Commentary;
            var second = commentary?.Second ?? row.Commentary;
            if (answers is null && row.Comply.Trim().Length > 0)
            {
                // The word is kept, as for any answer not read, but it answers neither provision.
                var given = $"Imported answer: {row.Comply.Trim()} (one answer for the merged rows of {a.Id} and {b.Id})";
                first = first.Length == 0 ? given : given + "\n" + first;
                second = second.Length == 0 ? given : given + "\n" + second;
            }

            return new[]
            {
                new FormRow(row.Line, a.Id, split.First, answers?.First ?? "", evidence?.First ?? row.Evidence, first, row.Notes.Append(note).ToList(), b.Id, shared),
                new FormRow(row.Line, b.Id, split.Second, answers?.Second ?? "", evidence?.Second ?? row.Evidence, second, Array.Empty<string>(), a.Id, shared),
            };
        }

        return new[] { row };
    }

    /// <summary>
    /// Where <paramref name="text"/> is <paramref name="first"/> then <paramref name="second"/>: split at the word
    /// that gives both halves the highest resemblance to their provision, when each is at least the matcher's
    /// threshold. A row that is only its own provision's text never has a second half that close.
    /// </summary>
    internal static (string First, string Second)? SplitRequirement(string text, string first, string second)
    {
        var words = MatchText.Words(text);
        var a = new HashSet<string>(MatchText.Tokens(first), StringComparer.Ordinal);
        var b = new HashSet<string>(MatchText.Tokens(second), StringComparer.Ordinal);
        if (words.Count < 4)
        {
            return null;
        }

        var best = (Score: 0.0, At: -1);
        for (var k = 2; k <= words.Count - 2; k++)
        {
            var head = MatchText.Similarity(words.Take(k).Select(w => w.Word).ToList(), a);
            var tail = MatchText.Similarity(words.Skip(k).Select(w => w.Word).ToList(), b);
            var score = Math.Min(head, tail);
            if (score > best.Score)
            {
                best = (score, k);
            }
        }

        if (best.At < 0 || best.Score < ProvisionMatcher.Threshold)
        {
            return null;
        }

        var cut = words[best.At].Start;
        return (text.Substring(0, cut).Trim(), text.Substring(cut).Trim());
    }

    internal static string Describe(MergedCells cells) => cells switch
    {
        MergedCells.Evidence => "evidence",
        MergedCells.Commentary => "commentary",
        _ => "evidence and commentary",
    };

    /// <summary>"Yes Yes", "Yes No": two answer words and nothing else.</summary>
    private static (string First, string Second)? DoubledAnswer(string cell)
        => ComplyAnswer.TryReadLeading(cell, out var first, out var rest)
           && ComplyAnswer.TryReadLeading(rest, out var second, out var left)
           && left.Trim().Length == 0
               ? (first, second)
               : null;

    /// <summary>A cell that is one text written twice, as an export writes a repeated evidence cell.</summary>
    private static (string First, string Second)? DoubledText(string cell)
    {
        var text = cell.Trim();
        if (text.Length < 3)
        {
            return text.Length == 0 ? ("", "") : null;
        }

        var half = (text.Length - 1) / 2;
        var first = text.Substring(0, half);
        return text.Length % 2 == 1 && char.IsWhiteSpace(text[half]) && string.Equals(first, text.Substring(half + 1), StringComparison.Ordinal)
            ? (first, first)
            : null;
    }

    private sealed class RowBuilder
    {
        public RowBuilder(int line, string? id, List<string> cells)
        {
            Line = line;
            Id = id;
            Cells = cells;
        }

        public int Line { get; }

        public string? Id { get; }

        public List<string> Cells { get; }

        /// <summary>All the form's columns have started; more text on later lines continues the commentary.</summary>
        public bool IsComplete => Cells.Count >= Columns;

        /// <summary>
        /// A line that continues this row: its first cell continues the last cell (or, with
        /// <paramref name="newCell"/>, starts the next one); the rest are new cells.
        /// </summary>
        public void Continue(List<string> cells, bool newCell)
        {
            // A line that begins with a column separator ("⇥Yes⇥…") starts the next cell by itself.
            if (Cells.Count == 0 || (newCell && cells[0].Length > 0))
            {
                Cells.AddRange(cells);
                return;
            }

            Cells[^1] = CellText.Join(Cells[^1], cells[0]);
            Cells.AddRange(cells.Skip(1));
        }
    }
}
