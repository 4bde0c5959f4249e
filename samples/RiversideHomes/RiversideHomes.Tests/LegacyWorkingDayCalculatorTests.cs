using ComplaintCode;
using Xunit.Abstractions;

namespace RiversideHomes.Tests;

/// <summary>
/// What the conformance kit says about a wrong calculator. These tests assert the failures (they pass), and write each
/// failure to the test output, where it reads like a bug report.
/// </summary>
public class LegacyWorkingDayCalculatorTests(ITestOutputHelper output)
{
    [Fact]
    public void CountingFromReceipt_IsCaught_OnEveryStartThatIsAWorkingDay()
    {
        var failures = Report(CodeConformance.Check(Provision.Stage1Acknowledgement, LegacyWorkingDayCalculator.AcknowledgeByCountingFromReceipt));

        var easter = Assert.Single(failures, f => f.Case.Name == "Easter 2025: received on the last working day before Good Friday at 17:30");
        Assert.Equal(new DateTime(2025, 4, 25), easter.Given);
        Assert.Equal(new DateTime(2025, 4, 28), easter.Expected);
        Assert.Contains("1 working day earlier than the right count", easter.ToString());
        Assert.DoesNotContain(failures, f => !WorkingDays.IsWorkingDay(f.Start));
    }

    [Fact]
    public void MissingSubstituteDays_AreCaught_AtChristmasAndNewYear()
    {
        var failures = Report(CodeConformance.Check(Provision.Stage1Acknowledgement, LegacyWorkingDayCalculator.AcknowledgeByWithoutSubstituteDays)
            .Where(f => f.Start.Year >= 2024).ToList());

        var christmas = Assert.Single(failures, f => f.Case.Name == "Christmas 2026: received on the last working day before at 17:30");
        Assert.Contains("the substitute day for Boxing Day, which falls on a Saturday (Monday 28 December 2026)", christmas.ToString());
        Assert.Contains(failures, f => f.Case.Name == "Christmas 2026: received on Christmas Day");
        Assert.All(failures, f => Assert.Contains("substitute", f.Reason));
    }

    [Fact]
    public void UtcDates_AreCaught_JustAfterMidnightInSummer()
    {
        var failures = Report(CodeConformance.Check(Provision.Stage1Acknowledgement, LegacyWorkingDayCalculator.AcknowledgeByInUtc));

        var monday = Assert.Single(failures, f => f.Case.Name == "Clocks go forward 2025: received at 00:30 BST on the Monday after");
        Assert.Contains("it is still Sunday in UTC", monday.ToString());
        Assert.All(failures, f => Assert.True(f.Case.StartTimeMatters && f.Start.Hour == 0, f.ToString()));

        var timeLimit = Report(CodeConformance.Check(Provision.TwelveMonthTimeLimit, LegacyWorkingDayCalculator.LastDayToComplainInUtc));
        var saturday = Assert.Single(timeLimit, f => f.Case.Name == "Summer Saturday 2025: issue at 00:30 BST on a Saturday");
        Assert.True(saturday.BreachesCode);
        Assert.Contains("so it refuses complaints the Code says to accept", saturday.ToString());
    }

    private IReadOnlyList<ConformanceFailure> Report(IReadOnlyList<ConformanceFailure> failures)
    {
        foreach (var failure in failures)
        {
            output.WriteLine(failure.ToString());
        }

        Assert.NotEmpty(failures);
        return failures;
    }
}
