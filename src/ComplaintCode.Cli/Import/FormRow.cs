namespace ComplaintCode.Cli.Import;

/// <summary>
/// One row of a published self-assessment as read from the text, before it is matched to a provision. The five
/// columns are the Ombudsman's form: provision, requirement, "Comply: Yes / No", evidence, commentary.
/// </summary>
/// <param name="Line">The 1-based line of the input where the row starts.</param>
/// <param name="Number">The provision number as written, or null when the row lost it.</param>
/// <param name="Notes">What the reader had to repair to get this row, for the command's report.</param>
/// <param name="MergedWith">The other provision of a row the export merged with this one under one number.</param>
/// <param name="Shared">Which of the merged row's cells could not be told apart, and so are both rows' together.</param>
internal sealed record FormRow(
    int Line,
    string? Number,
    string Requirement,
    string Comply,
    string Evidence,
    string Commentary,
    IReadOnlyList<string> Notes,
    string? MergedWith = null,
    MergedCells Shared = MergedCells.None)
{
    /// <summary>The export ran this row and a neighbour together, and the reader split them.</summary>
    public bool Merged { get; init; } = MergedWith is not null;
}

/// <summary>Cells of a merged row that hold both provisions' text, because they could not be split.</summary>
[Flags]
internal enum MergedCells
{
    None = 0,
    Evidence = 1,
    Commentary = 2,
}

/// <summary>A line of the input that is neither a row, a header, a heading nor part of a row.</summary>
internal sealed record IgnoredLine(int Line, string Text);

/// <summary>What <see cref="PublishedFormReader"/> read: the rows in document order, and the lines it set aside.</summary>
internal sealed record FormReading(IReadOnlyList<FormRow> Rows, IReadOnlyList<IgnoredLine> Ignored);
