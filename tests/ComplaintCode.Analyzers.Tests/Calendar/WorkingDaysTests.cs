using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ComplaintCode.Analyzers.Tests.Calendar
{
    // The calendar of the ComplaintCode library, as users' projects reference it; the alias keeps the name
    // pointing at it even if a WorkingDays type ever appears in ComplaintCode.Analyzers.
    using WorkingDayCalendar = global::ComplaintCode.WorkingDayCalendar;
    using WorkingDays = global::ComplaintCode.WorkingDays;

    public class WorkingDaysBankHolidayTests
    {
        // Copied from https://www.gov.uk/bank-holidays (England and Wales), one year per row.
        public static TheoryData<int, DateTime[]> GovUkEnglandAndWales => new TheoryData<int, DateTime[]>
        {
            {
                2019, new[]
                {
                    new DateTime(2019, 1, 1), new DateTime(2019, 4, 19), new DateTime(2019, 4, 22), new DateTime(2019, 5, 6),
                    new DateTime(2019, 5, 27), new DateTime(2019, 8, 26), new DateTime(2019, 12, 25), new DateTime(2019, 12, 26),
                }
            },
            {
                2020, new[]
                {
                    new DateTime(2020, 1, 1), new DateTime(2020, 4, 10), new DateTime(2020, 4, 13), new DateTime(2020, 5, 8),
                    new DateTime(2020, 5, 25), new DateTime(2020, 8, 31), new DateTime(2020, 12, 25), new DateTime(2020, 12, 28),
                }
            },
            {
                2021, new[]
                {
                    new DateTime(2021, 1, 1), new DateTime(2021, 4, 2), new DateTime(2021, 4, 5), new DateTime(2021, 5, 3),
                    new DateTime(2021, 5, 31), new DateTime(2021, 8, 30), new DateTime(2021, 12, 27), new DateTime(2021, 12, 28),
                }
            },
            {
                2022, new[]
                {
                    new DateTime(2022, 1, 3), new DateTime(2022, 4, 15), new DateTime(2022, 4, 18), new DateTime(2022, 5, 2),
                    new DateTime(2022, 6, 2), new DateTime(2022, 6, 3), new DateTime(2022, 8, 29), new DateTime(2022, 9, 19),
                    new DateTime(2022, 12, 26), new DateTime(2022, 12, 27),
                }
            },
            {
                2023, new[]
                {
                    new DateTime(2023, 1, 2), new DateTime(2023, 4, 7), new DateTime(2023, 4, 10), new DateTime(2023, 5, 1),
                    new DateTime(2023, 5, 8), new DateTime(2023, 5, 29), new DateTime(2023, 8, 28), new DateTime(2023, 12, 25),
                    new DateTime(2023, 12, 26),
                }
            },
            {
                2024, new[]
                {
                    new DateTime(2024, 1, 1), new DateTime(2024, 3, 29), new DateTime(2024, 4, 1), new DateTime(2024, 5, 6),
                    new DateTime(2024, 5, 27), new DateTime(2024, 8, 26), new DateTime(2024, 12, 25), new DateTime(2024, 12, 26),
                }
            },
            {
                2025, new[]
                {
                    new DateTime(2025, 1, 1), new DateTime(2025, 4, 18), new DateTime(2025, 4, 21), new DateTime(2025, 5, 5),
                    new DateTime(2025, 5, 26), new DateTime(2025, 8, 25), new DateTime(2025, 12, 25), new DateTime(2025, 12, 26),
                }
            },
            {
                2026, new[]
                {
                    new DateTime(2026, 1, 1), new DateTime(2026, 4, 3), new DateTime(2026, 4, 6), new DateTime(2026, 5, 4),
                    new DateTime(2026, 5, 25), new DateTime(2026, 8, 31), new DateTime(2026, 12, 25), new DateTime(2026, 12, 28),
                }
            },
            {
                2027, new[]
                {
                    new DateTime(2027, 1, 1), new DateTime(2027, 3, 26), new DateTime(2027, 3, 29), new DateTime(2027, 5, 3),
                    new DateTime(2027, 5, 31), new DateTime(2027, 8, 30), new DateTime(2027, 12, 27), new DateTime(2027, 12, 28),
                }
            },
        };

        [Theory]
        [MemberData(nameof(GovUkEnglandAndWales))]
        public void BankHolidays_ForYear_MatchGovUkPublishedList(int year, DateTime[] expected)
        {
            Assert.Equal(expected, WorkingDays.BankHolidays(year));
        }

        [Theory]
        [MemberData(nameof(GovUkEnglandAndWales))]
        public void IsBankHoliday_ExactlyTheGovUkDates_AcrossTheYear(int year, DateTime[] expected)
        {
            foreach (DateTime day in Dates(new DateTime(year, 1, 1), new DateTime(year, 12, 31)))
            {
                Assert.True(expected.Contains(day) == WorkingDays.IsBankHoliday(day), $"IsBankHoliday({day:yyyy-MM-dd})");
            }
        }

        [Fact]
        public void BankHolidays_Years1970To2199_AreSortedDistinctWeekdayMidnightsOfThatYear()
        {
            for (int year = 1970; year <= 2199; year++)
            {
                IReadOnlyList<DateTime> holidays = WorkingDays.BankHolidays(year);

                Assert.All(holidays, day =>
                {
                    Assert.Equal(year, day.Year);
                    Assert.Equal(TimeSpan.Zero, day.TimeOfDay);
                    Assert.NotEqual(DayOfWeek.Saturday, day.DayOfWeek);
                    Assert.NotEqual(DayOfWeek.Sunday, day.DayOfWeek);
                });
                for (int i = 1; i < holidays.Count; i++)
                {
                    Assert.True(holidays[i - 1] < holidays[i], $"{year}: {holidays[i - 1]:yyyy-MM-dd} before {holidays[i]:yyyy-MM-dd}");
                }
            }
        }

        [Fact]
        public void BankHolidays_YearsWithoutOneOffChanges_AreTheEightRegularHolidays()
        {
            var yearsWithOneOffs = new HashSet<int> { 1981, 1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023 };
            for (int year = 1978; year <= 2199; year++)
            {
                if (yearsWithOneOffs.Contains(year))
                {
                    continue;
                }

                IReadOnlyList<DateTime> holidays = WorkingDays.BankHolidays(year);
                Assert.Equal(8, holidays.Count);
                var newYearsDay = new DateTime(year, 1, 1);
                int toMonday = newYearsDay.DayOfWeek == DayOfWeek.Saturday ? 2 : newYearsDay.DayOfWeek == DayOfWeek.Sunday ? 1 : 0;
                Assert.Equal(newYearsDay.AddDays(toMonday), holidays[0]);
                Assert.Equal(1, holidays.Count(d => d.Month == 5 && d.Day <= 7 && d.DayOfWeek == DayOfWeek.Monday));
                Assert.Equal(1, holidays.Count(d => d.Month == 5 && d.Day >= 25 && d.DayOfWeek == DayOfWeek.Monday));
                Assert.Equal(1, holidays.Count(d => d.Month == 8 && d.Day >= 25 && d.DayOfWeek == DayOfWeek.Monday));
                Assert.Equal(2, holidays.Count(d => d.Month == 12 && d.Day >= 25 && d.Day <= 28));
            }
        }

        [Theory]
        [InlineData(1818, 3, 22)] // earliest possible Easter
        [InlineData(1990, 4, 15)]
        [InlineData(2000, 4, 23)]
        [InlineData(2008, 3, 23)]
        [InlineData(2011, 4, 24)]
        [InlineData(2038, 4, 25)] // latest possible Easter
        [InlineData(2285, 3, 22)]
        public void BankHolidays_GoodFridayAndEasterMonday_SurroundEasterSunday(int year, int month, int day)
        {
            var easter = new DateTime(year, month, day);

            IReadOnlyList<DateTime> holidays = WorkingDays.BankHolidays(year);

            Assert.Contains(easter.AddDays(-2), holidays);
            Assert.Contains(easter.AddDays(1), holidays);
        }

        [Theory]
        [InlineData(2011, 3)] // Saturday
        [InlineData(2017, 2)] // Sunday
        [InlineData(2022, 3)] // Saturday
        [InlineData(2023, 2)] // Sunday
        [InlineData(2025, 1)] // Wednesday
        public void BankHolidays_NewYearsDayOnWeekend_MovesToMonday(int year, int expectedDay)
        {
            IReadOnlyList<DateTime> holidays = WorkingDays.BankHolidays(year);

            Assert.Equal(new DateTime(year, 1, expectedDay), holidays[0]);
        }

        [Theory]
        [InlineData(2010, 27, 28)] // Christmas Saturday, Boxing Day Sunday
        [InlineData(2011, 26, 27)] // Christmas Sunday
        [InlineData(2015, 25, 28)] // Boxing Day Saturday
        [InlineData(2024, 25, 26)] // Wednesday and Thursday
        [InlineData(2032, 27, 28)] // Christmas Saturday
        public void BankHolidays_ChristmasAndBoxingDayOnWeekend_HaveSubstituteDays(int year, int christmas, int boxingDay)
        {
            DateTime[] december = WorkingDays.BankHolidays(year).Where(d => d.Month == 12).ToArray();

            Assert.Equal(new[] { new DateTime(year, 12, christmas), new DateTime(year, 12, boxingDay) }, december);
        }

        [Theory]
        [InlineData(1995, 5, 1)]
        [InlineData(2002, 5, 27)]
        [InlineData(2012, 5, 28)]
        [InlineData(2020, 5, 4)]
        [InlineData(2022, 5, 30)]
        public void IsBankHoliday_RegularDateOfAMovedHoliday_IsFalse(int year, int month, int day)
        {
            Assert.False(WorkingDays.IsBankHoliday(new DateTime(year, month, day)));
        }

        [Theory]
        [InlineData(1977, 6, 7)]
        [InlineData(1981, 7, 29)]
        [InlineData(1995, 5, 8)]
        [InlineData(1999, 12, 31)]
        [InlineData(2002, 6, 3)]
        [InlineData(2002, 6, 4)]
        [InlineData(2011, 4, 29)]
        [InlineData(2012, 6, 4)]
        [InlineData(2012, 6, 5)]
        [InlineData(2020, 5, 8)]
        [InlineData(2022, 6, 2)]
        [InlineData(2022, 6, 3)]
        [InlineData(2022, 9, 19)]
        [InlineData(2023, 5, 8)]
        public void IsBankHoliday_OneOffHoliday_IsTrue(int year, int month, int day)
        {
            Assert.True(WorkingDays.IsBankHoliday(new DateTime(year, month, day)));
        }

        [Fact]
        public void BankHolidays_NewYearsDayAndEarlyMay_OnlyFromTheYearsTheyWereIntroduced()
        {
            Assert.DoesNotContain(new DateTime(1973, 1, 1), WorkingDays.BankHolidays(1973));
            Assert.Contains(new DateTime(1974, 1, 1), WorkingDays.BankHolidays(1974));
            Assert.DoesNotContain(new DateTime(1977, 5, 2), WorkingDays.BankHolidays(1977));
            Assert.Contains(new DateTime(1978, 5, 1), WorkingDays.BankHolidays(1978));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        [InlineData(10000)]
        public void BankHolidays_YearOutsideDateTimeRange_Throws(int year)
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.BankHolidays(year));

            Assert.Equal("year", exception.ParamName);
        }

        [Theory]
        [InlineData(1, 6)] // no New Year's Day or early May bank holiday yet
        [InlineData(9999, 8)]
        public void BankHolidays_FirstAndLastDateTimeYears_AreComputed(int year, int expectedCount)
        {
            Assert.Equal(expectedCount, WorkingDays.BankHolidays(year).Count);
        }

        [Fact]
        public void BankHolidays_ReturnedList_CannotChangeTheCalendar()
        {
            IReadOnlyList<DateTime> holidays = WorkingDays.BankHolidays(2025);

            var asList = Assert.IsAssignableFrom<IList<DateTime>>(holidays);
            Assert.Throws<NotSupportedException>(() => asList[0] = new DateTime(2025, 6, 11));
            Assert.Equal(new DateTime(2025, 1, 1), WorkingDays.BankHolidays(2025)[0]);
            Assert.False(WorkingDays.IsBankHoliday(new DateTime(2025, 6, 11)));
        }

        [Fact]
        public void BankHolidays_ManyThreadsAskingForNewYearsAtOnce_AllGetTheSameDates()
        {
            // Years no other test uses, so every thread races to compute and cache them.
            const int FirstYear = 5000;
            const int Years = 307; // prime, so each thread's stride below visits every year
            var seen = new IReadOnlyList<DateTime>[8][];

            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
            {
                var results = new IReadOnlyList<DateTime>[Years];
                for (int i = 0; i < Years; i++)
                {
                    // Each thread walks the years in a different order.
                    int index = (i * (2 * thread + 1)) % Years;
                    results[index] = WorkingDays.BankHolidays(FirstYear + index);
                }

                seen[thread] = results;
            });

            for (int i = 0; i < Years; i++)
            {
                IReadOnlyList<DateTime> expected = WorkingDays.BankHolidays(FirstYear + i);
                Assert.Equal(8, expected.Count);
                Assert.All(seen, results => Assert.Equal(expected, results[i]));
            }
        }

        [Fact]
        public void IsBankHoliday_IgnoresTimeOfDay()
        {
            Assert.True(WorkingDays.IsBankHoliday(new DateTime(2025, 12, 25, 15, 30, 0, DateTimeKind.Utc)));
            Assert.False(WorkingDays.IsBankHoliday(new DateTime(2025, 12, 24, 23, 59, 59)));
        }

        [Theory]
        [InlineData(2025, 6, 11, true)] // Wednesday
        [InlineData(2025, 6, 14, false)] // Saturday
        [InlineData(2025, 6, 15, false)] // Sunday
        [InlineData(2025, 12, 25, false)] // Christmas Day
        [InlineData(2026, 12, 28, false)] // Boxing Day substitute
        [InlineData(2022, 9, 19, false)] // State Funeral
        [InlineData(2026, 12, 29, true)] // Tuesday after the substitute day
        public void IsWorkingDay_SkipsWeekendsAndBankHolidays(int year, int month, int day, bool expected)
        {
            Assert.Equal(expected, WorkingDays.IsWorkingDay(new DateTime(year, month, day)));
            Assert.Equal(expected, WorkingDays.IsWorkingDay(new DateTime(year, month, day, 17, 45, 0)));
        }

        internal static IEnumerable<DateTime> Dates(DateTime first, DateTime last)
        {
            for (DateTime day = first; day <= last; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }

    public class WorkingDaysAddTests
    {
        [Fact]
        public void Add_OneWorkingDayFromFriday_ReturnsMonday()
        {
            Assert.Equal(new DateTime(2025, 6, 16), WorkingDays.Add(new DateTime(2025, 6, 13), 1));
        }

        [Fact]
        public void Add_FromSaturday_FirstWorkingDayIsMonday()
        {
            Assert.Equal(new DateTime(2025, 6, 16), WorkingDays.Add(new DateTime(2025, 6, 14), 1));
            Assert.Equal(new DateTime(2025, 6, 20), WorkingDays.Add(new DateTime(2025, 6, 14), 5));
        }

        [Fact]
        public void Add_FiveWorkingDaysFromFridayBeforeChristmas_SkipsBankHolidaysAndWeekends()
        {
            // Mon 22, Tue 23, Wed 24, (Christmas, Boxing Day, weekend), Mon 29, Tue 30.
            Assert.Equal(new DateTime(2025, 12, 30), WorkingDays.Add(new DateTime(2025, 12, 19), 5));
        }

        [Fact]
        public void Add_TenWorkingDaysFromFridayBeforeChristmas_AlsoSkipsNewYearsDay()
        {
            // ... Tue 30 (5), Wed 31 (6), (New Year's Day), Fri 2 (7), Mon 5 (8), Tue 6 (9), Wed 7 (10).
            Assert.Equal(new DateTime(2026, 1, 7), WorkingDays.Add(new DateTime(2025, 12, 19), 10));
        }

        [Fact]
        public void Add_OverEaster_SkipsGoodFridayAndEasterMonday()
        {
            Assert.Equal(new DateTime(2026, 4, 7), WorkingDays.Add(new DateTime(2026, 4, 2), 1));
            Assert.Equal(new DateTime(2024, 4, 2), WorkingDays.Add(new DateTime(2024, 3, 28), 1));
        }

        [Fact]
        public void Add_OverChristmasOnFriday_SkipsBoxingDaySubstituteMonday()
        {
            Assert.Equal(new DateTime(2026, 12, 29), WorkingDays.Add(new DateTime(2026, 12, 24), 1));
        }

        [Fact]
        public void Add_OverChristmasOnSaturday_SkipsBothSubstituteDays()
        {
            Assert.Equal(new DateTime(2027, 12, 29), WorkingDays.Add(new DateTime(2027, 12, 24), 1));
        }

        [Fact]
        public void Add_OverPlatinumJubilee_SkipsThursdayAndFriday()
        {
            Assert.Equal(new DateTime(2022, 6, 6), WorkingDays.Add(new DateTime(2022, 6, 1), 1));

            // The spring bank holiday moved away from Monday 30 May, which became a working day.
            Assert.Equal(new DateTime(2022, 5, 30), WorkingDays.Add(new DateTime(2022, 5, 27), 1));
        }

        [Fact]
        public void Add_TwentyWorkingDaysForStageTwoResponse_CountsFourWeeksWithoutHolidays()
        {
            Assert.Equal(new DateTime(2025, 7, 9), WorkingDays.Add(new DateTime(2025, 6, 11), 20));
        }

        [Fact]
        public void Add_TwentyWorkingDaysOnceTheYearIsCached_DoesNotAllocate()
        {
            var from = new DateTime(2025, 12, 1);
            WorkingDays.Add(from, 20);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                WorkingDays.Add(from, 20);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public void Add_NegativeDays_CountsBackwardsOverNewYear()
        {
            // Fri 2 (1), (New Year's Day), Wed 31 (2), Tue 30 (3).
            Assert.Equal(new DateTime(2025, 12, 30), WorkingDays.Add(new DateTime(2026, 1, 5), -3));
        }

        [Fact]
        public void Add_NegativeDaysOverEaster_SkipsEasterMondayAndGoodFriday()
        {
            Assert.Equal(new DateTime(2026, 4, 2), WorkingDays.Add(new DateTime(2026, 4, 7), -1));
        }

        [Fact]
        public void Add_NegativeDaysFromSunday_LastWorkingDayIsFriday()
        {
            Assert.Equal(new DateTime(2025, 6, 13), WorkingDays.Add(new DateTime(2025, 6, 15), -1));
        }

        [Theory]
        [InlineData(2025, 6, 11)] // working day
        [InlineData(2025, 6, 14)] // Saturday
        [InlineData(2025, 12, 25)] // bank holiday
        public void Add_ZeroDays_ReturnsFromUnchanged(int year, int month, int day)
        {
            var from = new DateTime(year, month, day, 9, 15, 30, DateTimeKind.Local);

            DateTime result = WorkingDays.Add(from, 0);

            Assert.Equal(from, result);
            Assert.Equal(DateTimeKind.Local, result.Kind);
        }

        [Fact]
        public void Add_KeepsTimeOfDayAndKind()
        {
            var from = new DateTime(2025, 12, 19, 14, 37, 12, 345, DateTimeKind.Utc);

            DateTime result = WorkingDays.Add(from, 5);

            Assert.Equal(new DateTime(2025, 12, 30, 14, 37, 12, 345), result);
            Assert.Equal(DateTimeKind.Utc, result.Kind);
        }

        [Fact]
        public void Add_AnyNonZeroDays_LandsOnAWorkingDay()
        {
            foreach (DateTime from in WorkingDaysBankHolidayTests.Dates(new DateTime(2019, 1, 1), new DateTime(2027, 12, 31)))
            {
                foreach (int days in new[] { -20, -5, -1, 1, 5, 10, 20 })
                {
                    DateTime result = WorkingDays.Add(from, days);

                    Assert.True(WorkingDays.IsWorkingDay(result), $"Add({from:yyyy-MM-dd}, {days}) = {result:yyyy-MM-dd}");
                    Assert.True(days > 0 ? result > from : result < from, $"Add({from:yyyy-MM-dd}, {days}) = {result:yyyy-MM-dd}");
                }
            }
        }

        [Fact]
        public void Add_InTwoSteps_EqualsAddInOneStep()
        {
            foreach (DateTime from in WorkingDaysBankHolidayTests.Dates(new DateTime(2019, 12, 1), new DateTime(2023, 1, 31)))
            {
                Assert.Equal(WorkingDays.Add(from, 15), WorkingDays.Add(WorkingDays.Add(from, 5), 10));
                Assert.Equal(WorkingDays.Add(from, -15), WorkingDays.Add(WorkingDays.Add(from, -5), -10));
            }
        }

        [Fact]
        public void Add_UpToLastRepresentableDay_Succeeds()
        {
            Assert.Equal(new DateTime(9999, 12, 31), WorkingDays.Add(new DateTime(9999, 12, 30), 1));
            Assert.Equal(DateTime.MinValue, WorkingDays.Add(new DateTime(1, 1, 2), -1));
        }

        [Fact]
        public void Add_PastDateTimeMaxValue_Throws()
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(DateTime.MaxValue, 1));

            Assert.Equal("days", exception.ParamName);
        }

        [Fact]
        public void Add_BeforeDateTimeMinValue_Throws()
        {
            var exception = Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(DateTime.MinValue, -1));

            Assert.Equal("days", exception.ParamName);
        }

        [Theory]
        [InlineData(int.MaxValue)]
        [InlineData(int.MinValue)]
        [InlineData(3_000_000)]
        public void Add_MoreDaysThanTheCalendarHolds_ThrowsWithoutWalkingThem(int days)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(new DateTime(2025, 6, 11), days));
        }
    }

    public class WorkingDaysBetweenTests
    {
        [Fact]
        public void Between_SameDay_IsZero()
        {
            Assert.Equal(0, WorkingDays.Between(new DateTime(2025, 6, 11, 8, 0, 0), new DateTime(2025, 6, 11, 18, 0, 0)));
            Assert.Equal(0, WorkingDays.Between(DateTime.MaxValue, DateTime.MaxValue));
        }

        [Fact]
        public void Between_FridayToMonday_IsOne()
        {
            Assert.Equal(1, WorkingDays.Between(new DateTime(2025, 6, 13), new DateTime(2025, 6, 16)));
        }

        [Fact]
        public void Between_SaturdayToSunday_IsZero()
        {
            Assert.Equal(0, WorkingDays.Between(new DateTime(2025, 6, 14), new DateTime(2025, 6, 15)));
        }

        [Fact]
        public void Between_FridayBeforeChristmasToWednesdayAfterNewYear_IsTen()
        {
            Assert.Equal(10, WorkingDays.Between(new DateTime(2025, 12, 19), new DateTime(2026, 1, 7)));
        }

        [Fact]
        public void Between_EndBeforeStart_IsNegative()
        {
            Assert.Equal(-3, WorkingDays.Between(new DateTime(2026, 1, 5), new DateTime(2025, 12, 30)));
        }

        [Fact]
        public void Between_IgnoresTimeOfDay()
        {
            Assert.Equal(5, WorkingDays.Between(new DateTime(2025, 12, 19, 23, 59, 0), new DateTime(2025, 12, 30, 0, 1, 0)));
        }

        [Fact]
        public void Between_RoundTripsAdd_ForwardsAndBackwards()
        {
            foreach (DateTime from in WorkingDaysBankHolidayTests.Dates(new DateTime(2019, 1, 1), new DateTime(2027, 12, 31)))
            {
                for (int days = -25; days <= 25; days++)
                {
                    Assert.True(days == WorkingDays.Between(from, WorkingDays.Add(from, days)), $"Between({from:yyyy-MM-dd}, Add(.., {days}))");
                }
            }
        }

        [Fact]
        public void Between_WholeYear_IsWeekdaysLessBankHolidays()
        {
            for (int year = 2019; year <= 2027; year++)
            {
                int weekdays = WorkingDaysBankHolidayTests.Dates(new DateTime(year, 1, 1), new DateTime(year, 12, 31))
                    .Count(d => d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday);

                int workingDays = WorkingDays.Between(new DateTime(year - 1, 12, 31), new DateTime(year, 12, 31));

                Assert.Equal(weekdays - WorkingDays.BankHolidays(year).Count, workingDays);
            }
        }

        [Fact]
        public void Between_AtTheEndsOfTheCalendar_DoesNotOverflow()
        {
            Assert.Equal(1, WorkingDays.Between(new DateTime(9999, 12, 30), DateTime.MaxValue));
            Assert.Equal(-1, WorkingDays.Between(DateTime.MaxValue, new DateTime(9999, 12, 30)));
            Assert.Equal(1, WorkingDays.Between(DateTime.MinValue, new DateTime(1, 1, 2)));
            Assert.Equal(-1, WorkingDays.Between(new DateTime(1, 1, 2), DateTime.MinValue));
        }
    }

    public class WorkingDaysDateOnlyTests
    {
        [Fact]
        public void Add_DateOnly_SkipsBankHolidaysAndWeekends()
        {
            Assert.Equal(new DateOnly(2025, 12, 30), WorkingDays.Add(new DateOnly(2025, 12, 19), 5));
            Assert.Equal(new DateOnly(2025, 12, 30), WorkingDays.Add(new DateOnly(2026, 1, 5), -3));
            Assert.Equal(new DateOnly(2025, 6, 14), WorkingDays.Add(new DateOnly(2025, 6, 14), 0));
        }

        [Fact]
        public void Add_DateOnlyPastMaxValue_Throws()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(DateOnly.MaxValue, 1));
        }

        [Fact]
        public void Between_DateOnly_CountsWorkingDays()
        {
            Assert.Equal(10, WorkingDays.Between(new DateOnly(2025, 12, 19), new DateOnly(2026, 1, 7)));
            Assert.Equal(-3, WorkingDays.Between(new DateOnly(2026, 1, 5), new DateOnly(2025, 12, 30)));
        }

        [Fact]
        public void IsWorkingDay_DateOnly_SkipsWeekendsAndBankHolidays()
        {
            Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2025, 6, 11)));
            Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2025, 6, 14)));
            Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2023, 5, 8)));
        }

        [Fact]
        public void IsBankHoliday_DateOnly_MatchesDateTimeOverload()
        {
            Assert.True(WorkingDays.IsBankHoliday(new DateOnly(2022, 9, 19)));
            Assert.False(WorkingDays.IsBankHoliday(new DateOnly(2022, 5, 30)));
        }
    }

    // A landlord's calendar (ComplaintPolicy.Calendar in a user's project) is a WorkingDayCalendar with the policy
    // file's closure days; WorkingDays itself has none.
    public class WorkingDayCalendarClosureDayTests
    {
        private static readonly WorkingDayCalendar ChristmasClosure = new WorkingDayCalendar(new[]
        {
            new DateTime(2025, 12, 29), new DateTime(2025, 12, 30), new DateTime(2025, 12, 31),
        });

        [Fact]
        public void IsWorkingDay_ClosureDay_IsFalse_AndWorkingDaysIsUnchanged()
        {
            var calendar = new WorkingDayCalendar(new[] { new DateTime(2025, 6, 11) });

            Assert.False(calendar.IsWorkingDay(new DateTime(2025, 6, 11)));
            Assert.True(calendar.IsWorkingDay(new DateTime(2025, 6, 12)));
            Assert.True(WorkingDays.IsWorkingDay(new DateTime(2025, 6, 11)));
            Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(new DateTime(2025, 6, 11)));
        }

        [Fact]
        public void IsWorkingDay_ClosureDayAskedWithTimeOfDay_IsFalse()
        {
            var calendar = new WorkingDayCalendar(new[] { new DateTime(2025, 6, 11, 9, 0, 0) });

            Assert.False(calendar.IsWorkingDay(new DateTime(2025, 6, 11, 16, 20, 0)));
            Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 6, 11)));
            Assert.True(calendar.IsClosureDay(new DateOnly(2025, 6, 11)));
        }

        [Fact]
        public void IsBankHoliday_ClosureDay_IsStillFalse()
        {
            Assert.True(ChristmasClosure.IsClosureDay(new DateTime(2025, 12, 29)));
            Assert.False(WorkingDays.IsBankHoliday(new DateTime(2025, 12, 29)));
            Assert.DoesNotContain(new DateTime(2025, 12, 29), WorkingDays.BankHolidays(2025));
        }

        [Fact]
        public void Add_FiveWorkingDaysOverChristmasClosure_SkipsClosureDaysToo()
        {
            // Mon 22, Tue 23, Wed 24, (holidays and weekend), (closed 29-31), (New Year's Day), Fri 2, Mon 5.
            Assert.Equal(new DateTime(2026, 1, 5), ChristmasClosure.Add(new DateTime(2025, 12, 19), 5));
            Assert.Equal(new DateTime(2025, 12, 24), ChristmasClosure.Add(new DateTime(2026, 1, 2), -1));
            Assert.Equal(new DateOnly(2026, 1, 5), ChristmasClosure.Add(new DateOnly(2025, 12, 19), 5));

            // Without the closure the deadline is earlier, never later: Tue 30 December.
            Assert.Equal(new DateTime(2025, 12, 30), WorkingDays.Add(new DateTime(2025, 12, 19), 5));
        }

        [Fact]
        public void Between_OverClosureDays_DoesNotCountThem()
        {
            Assert.Equal(5, ChristmasClosure.Between(new DateTime(2025, 12, 19), new DateTime(2026, 1, 5)));
            Assert.Equal(5, ChristmasClosure.Between(new DateOnly(2025, 12, 19), new DateOnly(2026, 1, 5)));
            Assert.Equal(8, WorkingDays.Between(new DateOnly(2025, 12, 19), new DateOnly(2026, 1, 5)));
        }

        [Fact]
        public void Add_WhenClosureDaysLeaveNoWorkingDayBeforeMaxValue_Throws()
        {
            // 27 and 28 December 9999 are Christmas substitutes; closing the rest leaves nothing to reach.
            var calendar = new WorkingDayCalendar(new[] { new DateTime(9999, 12, 29), new DateTime(9999, 12, 30), new DateTime(9999, 12, 31) });

            Assert.Throws<ArgumentOutOfRangeException>(() => calendar.Add(new DateTime(9999, 12, 24), 1));
        }

        [Fact]
        public void ClosureDays_AreSortedMidnightDatesWithoutRepeats_AndCannotBeChanged()
        {
            var calendar = new WorkingDayCalendar(new[] { new DateTime(2025, 12, 31, 10, 0, 0), new DateTime(2025, 12, 29), new DateTime(2025, 12, 31) });

            Assert.Equal(new[] { new DateTime(2025, 12, 29), new DateTime(2025, 12, 31) }, calendar.ClosureDays);
            Assert.Throws<NotSupportedException>(() => ((IList<DateTime>)calendar.ClosureDays)[0] = DateTime.MinValue);
            Assert.Throws<ArgumentNullException>(() => new WorkingDayCalendar(null!));
        }
    }
}
