using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintCode.Cli.Import;

/// <summary>A value read from the form's title or opening lines, with the line it came from, for the report.</summary>
internal sealed record HeadingValue(string Value, int Line, string Text);

/// <summary>
/// What a published form says about itself before its table: the date of the assessment ("Complaints Self-Assessment
/// June 2024" gives 2024-06-30, a month alone meaning its last day) and the landlord ("Landlord: Melton Borough
/// Council", or the name in front of the title, "Melton Borough Council Complaints Self-Assessment June 2024").
/// </summary>
/// <remarks>
/// Only the lines before the first row are read, and only the first few: a date in the commentary is about something
/// else. When the opening lines give two different dates, neither is taken, since choosing would be a guess.
/// </remarks>
internal sealed record FormHeading(HeadingValue? AssessmentDate, HeadingValue? Landlord)
{
    /// <summary>Opening lines read: a title, a landlord's name, a date, a short introduction.</summary>
    private const int MaxLines = 12;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december";

    private static readonly Regex s_date = new(
        @"\b(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+)?(?<month>" + Months + @")\s+(?<year>20[0-9]{2})\b"
        + @"|\b(?<year>20[0-9]{2})-(?<monthNumber>[0-9]{2})-(?<day>[0-9]{2})\b",
        Options);

    private static readonly Regex s_landlordLine = new(@"^\s*(?:landlord|landlord name|organisation|organization)\s*[:\-–]\s*(?<name>\S.*?)\s*$", Options);

    // The words a self-assessment's title starts with once the landlord's name is over.
    private static readonly Regex s_titleWords = new(@"\b(?:complaints?|self[\s-]?assessment|housing ombudsman|annual)\b", Options);

    public static FormHeading Read(string text, FormReading reading)
    {
        var firstRow = reading.Rows.Count > 0 ? reading.Rows.Min(r => r.Line) : int.MaxValue;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var opening = lines
            .Select((line, index) => (Line: index + 1, Text: line.Trim().Trim('#', '*', '_', '|').Trim()))
            .Where(l => l.Line < firstRow && l.Text.Length > 0)
            .Take(MaxLines)
            .ToList();

        var dates = new List<HeadingValue>();
        HeadingValue? landlord = null;
        foreach (var (line, lineText) in opening)
        {
            foreach (Match match in s_date.Matches(lineText))
            {
                if (DateOf(match) is { } found)
                {
                    dates.Add(new HeadingValue(found, line, lineText));
                }
            }

            if (landlord is null && s_landlordLine.Match(lineText) is { Success: true } named)
            {
                landlord = new HeadingValue(named.Groups["name"].Value, line, lineText);
            }
        }

        landlord ??= opening.Select(l => TitleLandlord(l.Line, l.Text)).FirstOrDefault(l => l is not null);
        var date = dates.Select(d => d.Value).Distinct(StringComparer.Ordinal).Count() == 1 ? dates[0] : null;
        return new FormHeading(date, landlord);
    }

    /// <summary>"Melton Borough Council Complaints Self-Assessment June 2024": the words before the title's own.</summary>
    private static HeadingValue? TitleLandlord(int line, string text)
    {
        if (!Regex.IsMatch(text, @"self[\s-]?assessment", Options) || s_titleWords.Match(text) is not { Success: true } title)
        {
            return null;
        }

        var name = text.Substring(0, title.Index).Trim().TrimEnd('-', '–', '—', ':', ',', '\'', '’').Trim();
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 2);
        }

        // "The", "Our", "2024": not a name. A landlord's name has a capitalised word of two letters or more.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var generic = new[] { "the", "our", "a", "an" };
        return words.Any(w => w.Length >= 2 && char.IsUpper(w[0]) && !generic.Contains(w.ToLowerInvariant()))
            ? new HeadingValue(name, line, text)
            : null;
    }

    private static string? DateOf(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["monthNumber"].Success
            ? int.Parse(match.Groups["monthNumber"].Value, CultureInfo.InvariantCulture)
            : Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => string.Equals(m, match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month is < 1 or > 12)
        {
            return null;
        }

        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(year, month);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
