namespace RiversideHomes.Tests;

/// <summary>
/// A deliberately wrong working-day calculator, of the kind found in housing systems written years ago, with one
/// bug per method. It is here to show what the conformance kit says about each; nothing in the workflow uses it.
/// </summary>
public static class LegacyWorkingDayCalculator
{
    // The bank holidays as someone typed them in: the real dates, but no substitute days when Christmas, Boxing Day
    // or New Year's Day fall at a weekend.
    private static readonly HashSet<DateOnly> Holidays = new()
    {
        new(2024, 1, 1), new(2024, 3, 29), new(2024, 4, 1), new(2024, 5, 6), new(2024, 5, 27), new(2024, 8, 26), new(2024, 12, 25), new(2024, 12, 26),
        new(2025, 1, 1), new(2025, 4, 18), new(2025, 4, 21), new(2025, 5, 5), new(2025, 5, 26), new(2025, 8, 25), new(2025, 12, 25), new(2025, 12, 26),
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4), new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 26),
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3), new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 25), new(2027, 12, 26),
    };

    /// <summary>Bug: counts the day the complaint arrived as day 1 (it uses the package's calendar, so holidays are right).</summary>
    public static DateOnly AcknowledgeByCountingFromReceipt(DateOnly receivedOn)
        => ComplaintCode.WorkingDays.IsWorkingDay(receivedOn)
            ? ComplaintCode.WorkingDays.Add(receivedOn, 4)
            : ComplaintCode.WorkingDays.Add(receivedOn, 5);

    /// <summary>Bug: its holiday table has no substitute days.</summary>
    public static DateOnly AcknowledgeByWithoutSubstituteDays(DateOnly receivedOn)
    {
        var day = receivedOn;
        for (var counted = 0; counted < 5;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !Holidays.Contains(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Bug: takes the date of the UTC instant, so just after midnight in summer it is still yesterday.</summary>
    public static DateTimeOffset AcknowledgeByInUtc(DateTimeOffset receivedAt)
    {
        var receivedOn = DateOnly.FromDateTime(receivedAt.UtcDateTime);
        return new DateTimeOffset(ComplaintCode.WorkingDays.Add(receivedOn, 5).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>Bug: the same UTC date, in the 12-month time limit: the last day a complaint is accepted.</summary>
    public static DateTimeOffset LastDayToComplainInUtc(DateTimeOffset issueAt)
        => new(issueAt.UtcDateTime.Date.AddMonths(12), TimeSpan.Zero);
}
