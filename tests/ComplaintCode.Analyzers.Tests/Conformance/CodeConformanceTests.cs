using ComplaintCode.Analyzers.Tests.Calendar;

namespace ComplaintCode.Analyzers.Tests.Conformance
{
    // The library users' test projects call, as they reference it.
    using CodeConformance = global::ComplaintCode.CodeConformance;
    using ConformanceBound = global::ComplaintCode.ConformanceBound;
    using ConformanceCase = global::ComplaintCode.ConformanceCase;
    using ConformanceFailure = global::ComplaintCode.ConformanceFailure;
    using Provision = global::ComplaintCode.Provision;
    using WorkingDayCalendar = global::ComplaintCode.WorkingDayCalendar;

    public class CodeConformanceTests
    {
        public static TheoryData<Provision> TimescaleProvisions => new()
        {
            Provision.TwelveMonthTimeLimit, Provision.Stage1Acknowledgement, Provision.Stage1Response, Provision.Stage1Extension,
            Provision.Stage2Acknowledgement, Provision.Stage2Response, Provision.Stage2Extension,
        };

        public static TheoryData<Provision> WorkingDayProvisions => new()
        {
            Provision.Stage1Acknowledgement, Provision.Stage1Response, Provision.Stage1Extension,
            Provision.Stage2Acknowledgement, Provision.Stage2Response, Provision.Stage2Extension,
        };

        [Fact]
        public void Provisions_AreTheCodesTimescales()
        {
            Assert.Equal(Enumerable.Select<object[], Provision>(TimescaleProvisions, row => (Provision)row[0]).OrderBy(p => p), CodeConformance.Provisions.OrderBy(p => p));
        }

        [Theory]
        [MemberData(nameof(TimescaleProvisions))]
        public void Cases_LimitsAgreeWithAnIndependentCountFromTheGovUkLists(Provision provision)
        {
            var cases = CodeConformance.Cases(provision);

            Assert.True(cases.Count > 60, $"{provision} has only {cases.Count} cases");
            Assert.All(cases, c =>
            {
                Assert.Equal(provision, c.Provision);
                Assert.InRange(c.Start.Year, CodeConformance.FirstYear, CodeConformance.LastYear);
                Assert.Equal(GovUk.CodeLimit(provision, c.Start), c.Limit);
                Assert.Equal(provision == Provision.TwelveMonthTimeLimit ? ConformanceBound.EarliestAllowed : ConformanceBound.LatestAllowed, c.Bound);
                Assert.False(string.IsNullOrWhiteSpace(c.Reason));
            });
            Assert.Equal(cases.Count, cases.Select(c => c.Start).Distinct().Count());
        }

        [Fact]
        public void Cases_CoverEveryYearsHolidaysLeapDaysMonthEndsClockChangesAndWeekends()
        {
            var cases = CodeConformance.Cases(Provision.Stage1Acknowledgement);
            string[] names = cases.Select(c => c.Name).ToArray();

            for (int year = CodeConformance.FirstYear; year <= CodeConformance.LastYear; year++)
            {
                foreach (string group in new[] { "Christmas", "Easter", "The early May bank holiday", "Leap day", "End of August", "Clocks go forward", "Clocks go back", "Summer Saturday" })
                {
                    // 2020's early May bank holiday was moved (a case of its own), and Christmas 2027 counts into 2028.
                    if ((group == "The early May bank holiday" && year == 2020) || (group == "Christmas" && year == CodeConformance.LastYear))
                    {
                        continue;
                    }

                    Assert.True(names.Any(n => n.StartsWith($"{group} {year}", StringComparison.Ordinal)), $"No case for {group} {year}");
                }
            }

            // The one-off bank holidays since 2019, each by its own case.
            Assert.Contains(names, n => n.Contains("VE Day 2020", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith("The spring bank holiday, moved for the Platinum Jubilee 2022", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith("The State Funeral of Queen Elizabeth II 2022", StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith("The bank holiday for the Coronation of King Charles III 2023", StringComparison.Ordinal));
            Assert.Contains(cases, c => c.Start == new DateTime(2024, 2, 29, 10, 0, 0));
            Assert.Contains(cases, c => c.Start.DayOfWeek == DayOfWeek.Saturday);
            Assert.Contains(cases, c => c.StartTimeMatters && c.Start.TimeOfDay == new TimeSpan(17, 30, 0) && GovUk.IsWorkingDay(c.Start));
        }

        [Fact]
        public void Case_ToString_GivesDatesAndWhyItIsHard()
        {
            var christmas2021 = CodeConformance.Cases(Provision.Stage1Acknowledgement).Single(c => c.Name == "Christmas 2021: received on the last working day before at 17:30");

            Assert.Equal(new DateTime(2021, 12, 24, 17, 30, 0), christmas2021.Start);
            Assert.Equal(
                "6.2 Christmas 2021: received on the last working day before at 17:30. Complaint received Friday 24 December 2021 at 17:30 GMT; "
                + "the latest acknowledgement date the Code allows is Wednesday 5 January 2022. Christmas Day and Boxing Day fall on a Saturday and a Sunday in 2021, "
                + "so Monday 27 December 2021 and Tuesday 28 December 2021 are substitute bank holidays. It arrives at 17:30, after many offices close: it was still "
                + "received that day, so the next working day is day 1, not day 0. The count skips 4 weekend days and the bank holidays the substitute day for "
                + "Christmas Day, which falls on a Saturday (Monday 27 December 2021), the substitute day for Boxing Day, which falls on a Sunday (Tuesday 28 December 2021) "
                + "and the substitute day for New Year's Day, which falls on a Saturday (Monday 3 January 2022).",
                christmas2021.ToString());
        }

        [Theory]
        [MemberData(nameof(TimescaleProvisions))]
        public async Task RightImplementation_PassesEveryCase_WithEveryKindOfDelegate(Provision provision)
        {
            Assert.Empty(CodeConformance.Check(provision, (DateOnly start) => DateOnly.FromDateTime(GovUk.CodeLimit(provision, start.ToDateTime(TimeOnly.MinValue)))));
            Assert.Empty(CodeConformance.Check(provision, (DateTime start) => GovUk.CodeLimit(provision, start)));
            Assert.Empty(CodeConformance.Check(provision, (DateTimeOffset start) => new DateTimeOffset(GovUk.CodeLimit(provision, GovUk.UkWallClock(start)), GovUk.UkOffset(GovUk.CodeLimit(provision, GovUk.UkWallClock(start))))));
            Assert.Empty(await CodeConformance.Check(provision, async (DateOnly start) =>
            {
                await Task.Yield();
                return DateOnly.FromDateTime(GovUk.CodeLimit(provision, start.ToDateTime(TimeOnly.MinValue)));
            }));
            Assert.Empty(await CodeConformance.Check(provision, (DateTime start) => Task.FromResult(GovUk.CodeLimit(provision, start))));
            Assert.Empty(await CodeConformance.Check(provision, (DateTimeOffset start) => Task.FromResult(new DateTimeOffset(GovUk.CodeLimit(provision, GovUk.UkWallClock(start)).ToUniversalTimeAssumingUk()))));
        }

        [Fact]
        public void PlantedBug_DayOfReceiptCountedAsDay1_IsCaught()
        {
            // Counts the day of receipt itself when it is a working day.
            var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateOnly received) =>
                DateOnly.FromDateTime(GovUk.IsWorkingDay(received.ToDateTime(TimeOnly.MinValue))
                    ? GovUk.Add(received.ToDateTime(TimeOnly.MinValue), 4)
                    : GovUk.Add(received.ToDateTime(TimeOnly.MinValue), 5)));

            var failure = Assert.Single(failures, f => f.Case.Name == "Easter 2025: received on the last working day before Good Friday at 17:30");
            Assert.Equal(new DateTime(2025, 4, 25), failure.Given);
            Assert.Equal(new DateTime(2025, 4, 28), failure.Expected);
            Assert.False(failure.BreachesCode);
            Assert.Contains("1 working day earlier than the right count", failure.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(failures, f => f.Start.DayOfWeek == DayOfWeek.Saturday);
        }

        [Fact]
        public void PlantedBug_SubstituteDayMissed_IsCaught()
        {
            var noSubstitutes = GovUk.Holidays.Where(d => !(d.Month == 12 && d.Day >= 27) && !(d.Month == 1 && d.Day > 1)).ToHashSet();
            var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateTime received) => GovUk.Add(received.Date, 5, noSubstitutes));

            Assert.Contains(failures, f => f.Case.Name == "Christmas 2021: received on the last working day before at 17:30");
            Assert.Contains(failures, f => f.Case.Name.StartsWith("New Year 2022", StringComparison.Ordinal));
            Assert.DoesNotContain(failures, f => f.Case.Name.StartsWith("Christmas 2019", StringComparison.Ordinal));
            var christmas2021 = failures.First(f => f.Case.Name.StartsWith("Christmas 2021", StringComparison.Ordinal));
            Assert.Contains("Christmas Day and Boxing Day fall on a Saturday and a Sunday in 2021", christmas2021.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void PlantedBug_GoodFridayMissed_IsCaught()
        {
            var noGoodFriday = GovUk.Holidays.Where(d => !(d.DayOfWeek == DayOfWeek.Friday && d.Month is 3 or 4)).ToHashSet();
            var failures = CodeConformance.Check(Provision.Stage2Response, (DateTime acknowledged) => GovUk.Add(acknowledged.Date, 20, noGoodFriday));

            Assert.Contains(failures, f => f.Case.Name == "Easter 2024: acknowledged on the last working day before Good Friday at 17:30");
            Assert.All(failures, f => Assert.Contains("Good Friday", f.Reason, StringComparison.Ordinal));
        }

        [Fact]
        public void PlantedBug_UtcDateTaken_IsCaught()
        {
            // The date of the instant in UTC: at 00:30 BST it is still yesterday.
            var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateTimeOffset received) =>
                new DateTimeOffset(GovUk.Add(received.UtcDateTime.Date, 5), TimeSpan.Zero));

            Assert.Contains(failures, f => f.Case.Name == "Clocks go forward 2025: received at 00:30 BST on the Monday after");
            Assert.DoesNotContain(failures, f => !f.Case.StartTimeMatters || f.Case.Start.Hour != 0);

            var timeLimit = CodeConformance.Check(Provision.TwelveMonthTimeLimit, (DateTimeOffset issue) =>
                new DateTimeOffset(issue.UtcDateTime.Date.AddMonths(12), TimeSpan.Zero));
            var summerSaturday = Assert.Single(timeLimit, f => f.Case.Name == "Summer Saturday 2024: issue at 00:30 BST on a Saturday");
            Assert.True(summerSaturday.BreachesCode);
            Assert.Equal(new DateTime(2025, 7, 5), summerSaturday.Given);
            Assert.Equal(new DateTime(2025, 7, 6), summerSaturday.Limit);
        }

        [Fact]
        public void PlantedBug_Stage1CountedFromTheAcknowledgementsDeadline_IsCaughtAsABreach()
        {
            // 6.3 counts from the day the complaint was acknowledged; this counts from the day it was due to be.
            var failures = CodeConformance.Check(Provision.Stage1Response, (DateTime acknowledged) => GovUk.Add(GovUk.Add(acknowledged.Date, 5), 10));

            Assert.Equal(CodeConformance.Cases(Provision.Stage1Response).Count, failures.Count);
            Assert.All(failures, f => Assert.True(f.BreachesCode));
            var christmas = failures.Single(f => f.Case.Name == "Christmas 2025: acknowledged on the last working day before at 17:30");
            Assert.Equal(
                "Provision 6.3 (issue a full stage 1 response within 10 working days of acknowledgement), case Christmas 2025: acknowledged on the last working "
                + "day before at 17:30: for a complaint acknowledged Wednesday 24 December 2025 at 17:30 GMT the code gave Monday 19 January 2026, 5 working days "
                + "later than the right count, Monday 12 January 2026, and after the latest date the Code allows, Monday 12 January 2026. " + christmas.Reason,
                christmas.ToString());
        }

        [Fact]
        public void StricterTimescaleAndClosureDays_PassWhenTheLandlordsOwnArePassed()
        {
            var closures = new WorkingDayCalendar(new[] { new DateTime(2025, 12, 29), new DateTime(2025, 12, 30), new DateTime(2025, 12, 31) });
            Func<DateOnly, DateOnly> riverside = received => closures.Add(received, 3);

            Assert.Empty(CodeConformance.Check(Provision.Stage1Acknowledgement, riverside, workingDays: 3, calendar: closures));
            var codeTimescale = CodeConformance.Check(Provision.Stage1Acknowledgement, riverside, calendar: closures);
            Assert.NotEmpty(codeTimescale);
            Assert.All(codeTimescale, f => Assert.False(f.BreachesCode));
            Assert.Throws<ArgumentOutOfRangeException>("workingDays", () => CodeConformance.Check(Provision.Stage1Acknowledgement, riverside, workingDays: 6));
            var closureCase = CodeConformance.Cases(Provision.Stage1Acknowledgement, closures).Single(c => c.Start == new DateTime(2025, 12, 24, 17, 30, 0));
            Assert.Equal(new DateTime(2026, 1, 8), closureCase.Limit);
            Assert.Contains("the landlord's closure days Monday 29 December 2025, Tuesday 30 December 2025 and Wednesday 31 December 2025", closureCase.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void DelegateThatThrows_NamesTheCase()
        {
            var ex = Assert.Throws<InvalidOperationException>(() => CodeConformance.Check(Provision.Stage1Acknowledgement, DateTime (DateTime _) => throw new NotSupportedException("no calendar")));
            Assert.Contains("no calendar", ex.Message, StringComparison.Ordinal);
            Assert.Contains("6.2 ", ex.Message, StringComparison.Ordinal);
            Assert.IsType<NotSupportedException>(ex.InnerException);
        }

        [Fact]
        public void ProvisionWithoutTimescale_IsRejected()
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>("provision", () => CodeConformance.Cases(Provision.Stage1ExtensionOmbudsmanContact));
            Assert.Contains("6.5 sets no timescale", ex.Message, StringComparison.Ordinal);
        }

        /// <summary>
        /// The Code's limits counted from GOV.UK's published England and Wales bank holidays, independently of the
        /// library's WorkingDays: only the listed years are known, and any other year fails the test.
        /// </summary>
        internal static class GovUk
        {
            public static readonly HashSet<DateTime> Holidays = WorkingDaysBankHolidayTests.GovUkEnglandAndWales
                .SelectMany(row => (DateTime[])row[1]).ToHashSet();

            private static readonly int FirstYear = Holidays.Min(d => d.Year);
            private static readonly int LastYear = Holidays.Max(d => d.Year);

            public static bool IsWorkingDay(DateTime day) => IsWorkingDay(day, Holidays);

            public static DateTime Add(DateTime start, int days) => Add(start, days, Holidays);

            public static DateTime Add(DateTime start, int days, HashSet<DateTime> holidays)
            {
                var day = start.Date;
                for (var counted = 0; counted < days;)
                {
                    day = day.AddDays(1);
                    if (IsWorkingDay(day, holidays))
                    {
                        counted++;
                    }
                }

                return day;
            }

            public static DateTime CodeLimit(Provision provision, DateTime start) => provision switch
            {
                Provision.TwelveMonthTimeLimit => SameDateTwelveMonthsLater(start.Date),
                Provision.Stage1Acknowledgement or Provision.Stage2Acknowledgement => Add(start, 5),
                Provision.Stage1Response or Provision.Stage1Extension => Add(start, 10),
                Provision.Stage2Response or Provision.Stage2Extension => Add(start, 20),
                _ => throw new ArgumentOutOfRangeException(nameof(provision)),
            };

            // UK time by the 1996 rule, written out here rather than taken from the library.
            public static TimeSpan UkOffset(DateTime wallClock)
            {
                DateTime LastSunday(int month) => Enumerable.Range(0, 7).Select(i => new DateTime(wallClock.Year, month, DateTime.DaysInMonth(wallClock.Year, month)).AddDays(-i)).First(d => d.DayOfWeek == DayOfWeek.Sunday);
                return wallClock >= LastSunday(3).AddHours(1) && wallClock < LastSunday(10).AddHours(2) ? TimeSpan.FromHours(1) : TimeSpan.Zero;
            }

            public static DateTime UkWallClock(DateTimeOffset instant)
            {
                var utc = instant.UtcDateTime;
                var guess = utc.AddHours(1);
                return DateTime.SpecifyKind(UkOffset(guess) == TimeSpan.Zero ? utc : guess, DateTimeKind.Unspecified);
            }

            private static bool IsWorkingDay(DateTime day, HashSet<DateTime> holidays)
            {
                if (day.Year < FirstYear || day.Year > LastYear)
                {
                    throw new InvalidOperationException($"GOV.UK's list here has no {day.Year}.");
                }

                return day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && !holidays.Contains(day.Date);
            }

            private static DateTime SameDateTwelveMonthsLater(DateTime date)
            {
                var year = date.Year + 1;
                return new DateTime(year, date.Month, Math.Min(date.Day, DateTime.DaysInMonth(year, date.Month)));
            }
        }
    }

    internal static class UkDateTimeExtensions
    {
        // A UK midnight as the UTC instant it is, for delegates that answer in UTC.
        public static DateTime ToUniversalTimeAssumingUk(this DateTime ukWallClock)
            => DateTime.SpecifyKind(ukWallClock - CodeConformanceTests.GovUk.UkOffset(ukWallClock), DateTimeKind.Utc);
    }
}
