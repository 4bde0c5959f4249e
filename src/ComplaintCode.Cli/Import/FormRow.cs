namespace ComplaintCode.Cli.Import;

/// <summary>
/// One row of a published self-assessment as read from the text, before it is matched to a provision. The five
/// columns are the Ombudsman's form: provision, requirement, "Comply: Yes / No", evidence, commentary.
/// </summary>
/// <param name="Line">The 1-based line of the input where the row starts.</param>
/// <param name="Number">The provision number as written, or null when the row lost it.</param>
/// <param name="Notes">What the reader had to repair to get this row, for the command's report.</param>
internal sealed record FormRow(
    int Line,
    string? Number,
    string Requirement,
    string Comply,
    string Evidence,
    string Commentary,
    IReadOnlyList<string> Notes);

/// <summary>A line of the input that is neither a row, a header, a heading nor part of a row.</summary>
internal sealed record IgnoredLine(int Line, string Text);

/// <summary>What <see cref="PublishedFormReader"/> read: the rows in document order, and the lines it set aside.</summary>
internal sealed record FormReading(IReadOnlyList<FormRow> Rows, IReadOnlyList<IgnoredLine> Ignored);
