using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintCode.Cli.Import;

/// <summary>A date a "No" row's commentary gives for compliance, and the words it was read from.</summary>
internal sealed record ComplyByDate(string Date, string Text)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    // "by 31 March 2025", "by the end of March 2025", "by 31/03/2025" (UK order), "by 2025-03-31". Only after "by":
    // a commentary also gives dates that are not deadlines ("approved on 3 May 2024").
    private static readonly Regex s_date = new(
        @"\bby\s+(?:the\s+end\s+of\s+|end\s+of\s+)?(?:"
        + @"(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + Months + @")\.?,?\s+(?<year>20[0-9]{2})"
        + @"|(?<month>" + Months + @")\.?\s+(?<year>20[0-9]{2})"
        + @"|(?<day>[0-9]{1,2})[/.](?<monthNumber>[0-9]{1,2})[/.](?<year>20[0-9]{2})"
        + @"|(?<year>20[0-9]{2})-(?<monthNumber>[0-9]{2})-(?<day>[0-9]{2})"
        + @")\b",
        Options);

    /// <summary>
    /// The one date the commentary gives with "by": a month alone is its last day. Null when it gives none, a date
    /// that does not exist, or two different ones, since choosing between them would be a guess.
    /// </summary>
    public static ComplyByDate? Find(string? commentary)
    {
        if (string.IsNullOrEmpty(commentary))
        {
            return null;
        }

        var found = new List<ComplyByDate>();
        foreach (Match match in s_date.Matches(commentary))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = match.Groups["monthNumber"].Success
                ? int.Parse(match.Groups["monthNumber"].Value, CultureInfo.InvariantCulture)
                : MonthNumber(match.Groups["month"].Value);
            if (month is < 1 or > 12)
            {
                return null;
            }

            var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(year, month);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            found.Add(new ComplyByDate(new DateTime(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), match.Value.Replace('\n', ' ')));
        }

        return found.Select(f => f.Date).Distinct(StringComparer.Ordinal).Count() == 1 ? found[0] : null;
    }

    private static int MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (names[i].StartsWith(key.Length >= 3 ? key.Substring(0, 3) : key, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
