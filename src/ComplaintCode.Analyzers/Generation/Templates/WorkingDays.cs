#nullable enable
using System;
using System.Collections.Generic;

namespace ComplaintCode
{
    /// <summary>
    /// Working-day arithmetic for the Housing Ombudsman's Complaint Handling Code timescales,
    /// such as "acknowledge the complaint within 5 working days", and the England and Wales bank holidays.
    /// </summary>
    /// <remarks>
    /// <para>
    /// These members skip Saturdays, Sundays and England and Wales bank holidays (including substitute days).
    /// A landlord's own closure days, listed in <c>complaint-policy.yaml</c>, are skipped by
    /// <c>ComplaintPolicy.Calendar</c>, the <see cref="WorkingDayCalendar"/> generated into each project that uses
    /// the package: use that one for the landlord's deadlines. A deadline counted here without the closure days is
    /// never later than the landlord's, so it errs on the side of the Code.
    /// </para>
    /// <para>
    /// Bank holidays are computed from the regular rules plus the one-off changes announced when this
    /// package was built (the latest is the 2023 coronation). If the government adds a one-off bank holiday
    /// later, list it as a closure day in <c>complaint-policy.yaml</c> until the package is updated.
    /// </para>
    /// </remarks>
    public static class WorkingDays
    {
        // Substitute days and one-off moves only ever shift a holiday within its own year, so holidays
        // are computed and cached a whole year at a time. Readers use the current dictionary without
        // locking; a new year is added to a copy that then replaces it (the dictionaries are never
        // changed once published).
        private static readonly object CacheLock = new object();
        private static volatile Dictionary<int, DateTime[]> holidaysByYear = new Dictionary<int, DateTime[]>();

        // One-off changes to the England and Wales bank holidays, proclaimed under the Banking and
        // Financial Dealings Act 1971. Rules cannot predict these; add new ones here as they are announced.
        private static readonly OneOff[] OneOffs =
        {
            OneOff.Extra(1977, 6, 7, "the Silver Jubilee of Queen Elizabeth II"),
            OneOff.Extra(1981, 7, 29, "the wedding of the Prince of Wales and Lady Diana Spencer"),
            OneOff.Moved(1995, 5, 1, 5, 8, "the early May bank holiday, moved for the 50th anniversary of VE Day"),
            OneOff.Extra(1999, 12, 31, "the Millennium bank holiday"),
            OneOff.Moved(2002, 5, 27, 6, 4, "the spring bank holiday, moved for the Golden Jubilee"),
            OneOff.Extra(2002, 6, 3, "the Golden Jubilee bank holiday"),
            OneOff.Extra(2011, 4, 29, "the wedding of Prince William and Catherine Middleton"),
            OneOff.Moved(2012, 5, 28, 6, 4, "the spring bank holiday, moved for the Diamond Jubilee"),
            OneOff.Extra(2012, 6, 5, "the Diamond Jubilee bank holiday"),
            OneOff.Moved(2020, 5, 4, 5, 8, "the early May bank holiday, moved to a Friday for the 75th anniversary of VE Day"),
            OneOff.Moved(2022, 5, 30, 6, 2, "the spring bank holiday, moved for the Platinum Jubilee"),
            OneOff.Extra(2022, 6, 3, "the Platinum Jubilee bank holiday"),
            OneOff.Extra(2022, 9, 19, "the State Funeral of Queen Elizabeth II"),
            OneOff.Extra(2023, 5, 8, "the bank holiday for the Coronation of King Charles III"),
        };

        /// <summary>
        /// Returns the date that is <paramref name="days"/> working days after <paramref name="from"/>, skipping
        /// weekends and bank holidays. <see cref="WorkingDayCalendar.Add(DateTime, int)"/> documents the details.
        /// </summary>
        /// <param name="from">The starting date. It is not counted itself and need not be a working day.</param>
        /// <param name="days">The number of working days to move forward, or backward when negative.</param>
        /// <returns>The working day reached, with the time of day and kind of <paramref name="from"/>.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The result would be outside the dates DateTime can represent.</exception>
        /// <example>
        /// A complaint received on Friday 19 December 2025 must be acknowledged within 5 working days:
        /// <c>WorkingDays.Add(new DateTime(2025, 12, 19), 5)</c> is Tuesday 30 December 2025, because
        /// Christmas Day, Boxing Day and the weekend are skipped.
        /// </example>
        public static DateTime Add(DateTime from, int days)
        {
            return WorkingDayCalendar.EnglandAndWales.Add(from, days);
        }

        /// <summary>
        /// Counts the working days (weekends and bank holidays skipped) after <paramref name="start"/> up to and
        /// including <paramref name="end"/>; negative when <paramref name="end"/> is before <paramref name="start"/>.
        /// </summary>
        /// <param name="start">The starting date, such as the day a complaint was received. It is not counted.</param>
        /// <param name="end">The last date counted, such as the day the response was sent.</param>
        /// <returns>The number of working days; <c>Between(d, Add(d, n)) == n</c>. The time of day is ignored.</returns>
        public static int Between(DateTime start, DateTime end)
        {
            return WorkingDayCalendar.EnglandAndWales.Between(start, end);
        }

        /// <summary>
        /// Tells whether <paramref name="date"/> is a working day: not a Saturday or Sunday and not an England and
        /// Wales bank holiday. <c>ComplaintPolicy.Calendar.IsWorkingDay</c> also knows the landlord's closure days.
        /// </summary>
        /// <param name="date">The date to check; the time of day is ignored.</param>
        /// <returns><see langword="true"/> if complaint timescales count <paramref name="date"/>.</returns>
        public static bool IsWorkingDay(DateTime date)
        {
            return WorkingDayCalendar.EnglandAndWales.IsWorkingDay(date);
        }

        /// <summary>
        /// Tells whether <paramref name="date"/> is an England and Wales bank holiday, including substitute
        /// days for holidays that fall on a weekend and one-off holidays such as coronations.
        /// </summary>
        /// <param name="date">The date to check; the time of day is ignored.</param>
        /// <returns><see langword="true"/> if <paramref name="date"/> is a bank holiday.</returns>
        public static bool IsBankHoliday(DateTime date)
        {
            return Array.IndexOf(HolidaysOf(date.Year), date.Date) >= 0;
        }

        /// <summary>
        /// Lists the England and Wales bank holidays of a year, as published on GOV.UK: substitute days
        /// replace holidays that fall on a weekend, and one-off changes such as jubilees are included.
        /// </summary>
        /// <param name="year">The year, from 1 to 9999.</param>
        /// <returns>The bank holidays in date order, each at midnight.</returns>
        /// <remarks>
        /// New Year's Day is included from 1974 and the early May bank holiday from 1978, when they were
        /// introduced. Years before 1971 follow today's pattern and are not historically accurate.
        /// </remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9999.</exception>
        public static IReadOnlyList<DateTime> BankHolidays(int year)
        {
            if (year < DateTime.MinValue.Year || year > DateTime.MaxValue.Year)
            {
                throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
            }

            // A read-only view, so callers cannot change the cached dates.
            return Array.AsReadOnly(HolidaysOf(year));
        }

// DateOnly exists from .NET 6: the library's net8.0 build has these overloads, its netstandard2.0 build does not.
#if NET6_0_OR_GREATER
        /// <summary>Returns the date that is <paramref name="days"/> working days after <paramref name="from"/>, skipping weekends and bank holidays.</summary>
        /// <param name="from">The starting date. It is not counted itself and need not be a working day.</param>
        /// <param name="days">The number of working days to move forward, or backward when negative.</param>
        /// <returns>The working day reached.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The result would be outside the dates DateOnly can represent.</exception>
        public static DateOnly Add(DateOnly from, int days)
        {
            return WorkingDayCalendar.EnglandAndWales.Add(from, days);
        }

        /// <summary>Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
        /// <param name="start">The starting date. It is not counted.</param>
        /// <param name="end">The last date counted.</param>
        /// <returns>The number of working days; negative when <paramref name="end"/> is before <paramref name="start"/>.</returns>
        public static int Between(DateOnly start, DateOnly end)
        {
            return WorkingDayCalendar.EnglandAndWales.Between(start, end);
        }

        /// <summary>Tells whether <paramref name="date"/> is a working day: not a Saturday or Sunday and not an England and Wales bank holiday.</summary>
        /// <param name="date">The date to check.</param>
        /// <returns><see langword="true"/> if complaint timescales count <paramref name="date"/>.</returns>
        public static bool IsWorkingDay(DateOnly date)
        {
            return WorkingDayCalendar.EnglandAndWales.IsWorkingDay(date);
        }

        /// <summary>
        /// Tells whether <paramref name="date"/> is an England and Wales bank holiday, including substitute
        /// days for holidays that fall on a weekend and one-off holidays such as coronations.
        /// </summary>
        /// <param name="date">The date to check.</param>
        /// <returns><see langword="true"/> if <paramref name="date"/> is a bank holiday.</returns>
        public static bool IsBankHoliday(DateOnly date)
        {
            return IsBankHoliday(date.ToDateTime(TimeOnly.MinValue));
        }
#endif

        // Names a bank holiday the way GOV.UK does, for the reasons CodeConformance gives ("the substitute day for
        // Boxing Day"). The rules are the ones ComputeHolidays applies; the caller has checked the date is a holiday.
        internal static string NameOfBankHoliday(DateTime date)
        {
            date = date.Date;
            int year = date.Year;
            foreach (OneOff change in OneOffs)
            {
                if (change.Date == date)
                {
                    return change.Name;
                }
            }

            DateTime newYear = new DateTime(year, 1, 1);
            if (date == newYear)
            {
                return "New Year's Day";
            }

            if (date == MondayIfWeekend(newYear))
            {
                return "the substitute day for New Year's Day, which falls on a " + newYear.DayOfWeek;
            }

            DateTime easter = EasterSunday(year);
            if (date == easter.AddDays(-2))
            {
                return "Good Friday";
            }

            if (date == easter.AddDays(1))
            {
                return "Easter Monday";
            }

            if (date == FirstMonday(year, 5))
            {
                return "the early May bank holiday";
            }

            if (date == LastMonday(year, 5))
            {
                return "the spring bank holiday";
            }

            if (date == LastMonday(year, 8))
            {
                return "the summer bank holiday";
            }

            DateTime christmas = new DateTime(year, 12, 25);
            if (date == christmas)
            {
                return "Christmas Day";
            }

            if (date == christmas.AddDays(1))
            {
                return "Boxing Day";
            }

            // A substitute day after Christmas: for Christmas Day when it falls on a weekend and Boxing Day does not
            // take the day, otherwise for Boxing Day.
            bool forChristmas = christmas.DayOfWeek == DayOfWeek.Sunday
                || (christmas.DayOfWeek == DayOfWeek.Saturday && date == christmas.AddDays(2));
            return forChristmas
                ? "the substitute day for Christmas Day, which falls on a " + christmas.DayOfWeek
                : "the substitute day for Boxing Day, which falls on a " + christmas.AddDays(1).DayOfWeek;
        }

        // Whether a bank holiday is one of the one-off changes (an extra day, or a regular one moved) that no rule predicts.
        internal static bool IsOneOffBankHoliday(DateTime date)
        {
            foreach (OneOff change in OneOffs)
            {
                if (change.Date == date.Date)
                {
                    return true;
                }
            }

            return false;
        }

        private static DateTime[] HolidaysOf(int year)
        {
            if (holidaysByYear.TryGetValue(year, out var cached))
            {
                return cached;
            }

            lock (CacheLock)
            {
                Dictionary<int, DateTime[]> current = holidaysByYear;
                if (current.TryGetValue(year, out var addedByAnotherThread))
                {
                    return addedByAnotherThread;
                }

                DateTime[] holidays = ComputeHolidays(year);
                Dictionary<int, DateTime[]> next = new Dictionary<int, DateTime[]>(current);
                next.Add(year, holidays);
                holidaysByYear = next;
                return holidays;
            }
        }

        private static DateTime[] ComputeHolidays(int year)
        {
            List<DateTime> holidays = new List<DateTime>(12);

            if (year >= 1974)
            {
                holidays.Add(MondayIfWeekend(new DateTime(year, 1, 1)));
            }

            // Good Friday and Christmas Day are common-law holidays rather than bank holidays in England
            // and Wales, but GOV.UK lists them and nobody works them, so they count alike.
            DateTime easter = EasterSunday(year);
            holidays.Add(easter.AddDays(-2));
            holidays.Add(easter.AddDays(1));

            if (year >= 1978)
            {
                holidays.Add(FirstMonday(year, 5));
            }

            holidays.Add(LastMonday(year, 5));
            holidays.Add(LastMonday(year, 8));

            // Christmas and Boxing Day substitutes go to the next weekdays that are not already holidays.
            DateTime christmas = new DateTime(year, 12, 25);
            switch (christmas.DayOfWeek)
            {
                case DayOfWeek.Friday:
                    holidays.Add(christmas);
                    holidays.Add(christmas.AddDays(3));
                    break;
                case DayOfWeek.Saturday:
                    holidays.Add(christmas.AddDays(2));
                    holidays.Add(christmas.AddDays(3));
                    break;
                case DayOfWeek.Sunday:
                    holidays.Add(christmas.AddDays(1));
                    holidays.Add(christmas.AddDays(2));
                    break;
                default:
                    holidays.Add(christmas);
                    holidays.Add(christmas.AddDays(1));
                    break;
            }

            foreach (OneOff change in OneOffs)
            {
                if (change.Date.Year != year)
                {
                    continue;
                }

                if (change.Replaces.HasValue)
                {
                    holidays.Remove(change.Replaces.Value);
                }

                holidays.Add(change.Date);
            }

            holidays.Sort();
            return holidays.ToArray();
        }

        // The anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every year DateTime supports.
        // Internal for CodeConformance, whose Easter cases start from it.
        internal static DateTime EasterSunday(int year)
        {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateTime(year, month, day);
        }

        private static DateTime MondayIfWeekend(DateTime date)
        {
            switch (date.DayOfWeek)
            {
                case DayOfWeek.Saturday:
                    return date.AddDays(2);
                case DayOfWeek.Sunday:
                    return date.AddDays(1);
                default:
                    return date;
            }
        }

        private static DateTime FirstMonday(int year, int month)
        {
            DateTime first = new DateTime(year, month, 1);
            return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
        }

        private static DateTime LastMonday(int year, int month)
        {
            DateTime last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
        }

        private struct OneOff
        {
            // The regular holiday this one replaces, or null when it is an extra day.
            public readonly DateTime? Replaces;
            public readonly DateTime Date;

            // What the day is, as a reader of a conformance case needs it: "the State Funeral of Queen Elizabeth II".
            public readonly string Name;

            private OneOff(DateTime? replaces, DateTime date, string name)
            {
                Replaces = replaces;
                Date = date;
                Name = name;
            }

            public static OneOff Extra(int year, int month, int day, string name)
            {
                return new OneOff(null, new DateTime(year, month, day), name);
            }

            public static OneOff Moved(int year, int fromMonth, int fromDay, int toMonth, int toDay, string name)
            {
                return new OneOff(new DateTime(year, fromMonth, fromDay), new DateTime(year, toMonth, toDay), name);
            }
        }
    }
}
