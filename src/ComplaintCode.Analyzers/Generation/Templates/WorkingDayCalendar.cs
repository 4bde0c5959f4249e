#nullable enable
using System;
using System.Collections.Generic;

namespace ComplaintCode
{
    /// <summary>
    /// A working-day calendar for the Complaint Handling Code's timescales: Saturdays, Sundays, England and Wales
    /// bank holidays and a landlord's own closure days are not working days.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each project that uses the package has its landlord's calendar as <c>ComplaintPolicy.Calendar</c>, made from the
    /// closure days in <c>complaint-policy.yaml</c>. <see cref="WorkingDays"/> is the same calendar without closure
    /// days. Counting starts on the day after the starting date, so a complaint received on a Friday has its first
    /// working day on the following Monday.
    /// </para>
    /// <para>
    /// Only the calendar date matters: the time of day and <see cref="DateTimeKind"/> are ignored when deciding whether
    /// a day is a working day, and <see cref="Add(DateTime, int)"/> keeps them unchanged. No time-zone conversion is
    /// done, so pass dates as they are in the UK. An instance never changes, so it is safe to share between threads.
    /// </para>
    /// </remarks>
    public sealed class WorkingDayCalendar
    {
        // Sorted midnight dates without repeats, for binary search.
        private readonly DateTime[] closureDays;

        /// <summary>England and Wales: weekends and bank holidays, and no closure days of a landlord's own.</summary>
        public static WorkingDayCalendar EnglandAndWales { get; } = new WorkingDayCalendar(new DateTime[0]);

        /// <summary>
        /// A calendar that also skips the given closure days, such as the days between Christmas and New Year on
        /// which a landlord's offices are shut.
        /// </summary>
        /// <param name="closureDays">The closure days; the time of day is ignored, and repeats do not matter.</param>
        /// <exception cref="ArgumentNullException"><paramref name="closureDays"/> is null.</exception>
        public WorkingDayCalendar(IEnumerable<DateTime> closureDays)
        {
            if (closureDays == null)
            {
                throw new ArgumentNullException(nameof(closureDays));
            }

            SortedSet<DateTime> days = new SortedSet<DateTime>();
            foreach (DateTime day in closureDays)
            {
                days.Add(day.Date);
            }

            this.closureDays = new DateTime[days.Count];
            days.CopyTo(this.closureDays);
        }

        /// <summary>The landlord's closure days, in date order, each at midnight.</summary>
        public IReadOnlyList<DateTime> ClosureDays
        {
            get { return Array.AsReadOnly(closureDays); }
        }

        /// <summary>
        /// Returns the date that is <paramref name="days"/> working days after <paramref name="from"/>.
        /// </summary>
        /// <param name="from">
        /// The starting date, such as the day a complaint was received. It is not counted itself and need
        /// not be a working day.
        /// </param>
        /// <param name="days">
        /// The number of working days to move forward, or backward when negative. Zero returns
        /// <paramref name="from"/> unchanged, even when it is not a working day.
        /// </param>
        /// <returns>
        /// The working day reached, with the time of day and <see cref="DateTimeKind"/> of <paramref name="from"/>.
        /// </returns>
        /// <exception cref="ArgumentOutOfRangeException">
        /// The result would be before <see cref="DateTime.MinValue"/> or after <see cref="DateTime.MaxValue"/>.
        /// </exception>
        /// <example>
        /// A complaint received on Friday 19 December 2025 must be acknowledged within 5 working days:
        /// <c>ComplaintPolicy.Calendar.Add(new DateTime(2025, 12, 19), 5)</c> is Tuesday 30 December 2025 when the
        /// landlord has no closure days, because Christmas Day, Boxing Day and the weekend are skipped.
        /// </example>
        public DateTime Add(DateTime from, int days)
        {
            if (days == 0)
            {
                return from;
            }

            int step = days > 0 ? 1 : -1;
            DateTime limit = days > 0 ? DateTime.MaxValue.Date : DateTime.MinValue;
            DateTime date = from.Date;

            // Each working day uses up at least one calendar day, so a count that cannot fit before the
            // end of the calendar is rejected at once instead of after walking millions of days.
            long remaining = Math.Abs((long)days);
            if (remaining > Math.Abs((limit - date).Days))
            {
                throw OutOfRange(days);
            }

            while (remaining > 0)
            {
                if (date == limit)
                {
                    // Only reachable when closure days fill the rest of the calendar.
                    throw OutOfRange(days);
                }

                date = date.AddDays(step);
                if (IsWorkingDay(date))
                {
                    remaining--;
                }
            }

            return date + from.TimeOfDay;
        }

        /// <summary>
        /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>.
        /// </summary>
        /// <param name="start">The starting date, such as the day a complaint was received. It is not counted.</param>
        /// <param name="end">The last date counted, such as the day the response was sent.</param>
        /// <returns>
        /// The number of working days, or when <paramref name="end"/> is before <paramref name="start"/>,
        /// minus the number of working days from <paramref name="end"/> up to but not including
        /// <paramref name="start"/>. Either way <c>Between(d, Add(d, n)) == n</c>. The time of day is ignored.
        /// </returns>
        /// <example>
        /// <c>ComplaintPolicy.Calendar.Between(received, responded) &gt; 10</c> tells whether a stage 1 response took
        /// longer than 10 working days.
        /// </example>
        public int Between(DateTime start, DateTime end)
        {
            DateTime first = start.Date;
            DateTime last = end.Date;
            if (first == last)
            {
                return 0;
            }

            // Mirrors Add: walking backwards, the days stepped onto are those before start, down to end.
            return last > first
                ? CountWorkingDays(first.AddDays(1), last)
                : -CountWorkingDays(last, first.AddDays(-1));
        }

        /// <summary>
        /// Tells whether <paramref name="date"/> is a working day: not a Saturday or Sunday, not an England
        /// and Wales bank holiday, and not one of this calendar's closure days.
        /// </summary>
        /// <param name="date">The date to check; the time of day is ignored.</param>
        /// <returns><see langword="true"/> if complaint timescales count <paramref name="date"/>.</returns>
        public bool IsWorkingDay(DateTime date)
        {
            DateTime day = date.Date;
            return day.DayOfWeek != DayOfWeek.Saturday
                && day.DayOfWeek != DayOfWeek.Sunday
                && !WorkingDays.IsBankHoliday(day)
                && !IsClosureDay(day);
        }

        /// <summary>Tells whether <paramref name="date"/> is one of this calendar's closure days.</summary>
        /// <param name="date">The date to check; the time of day is ignored.</param>
        /// <returns><see langword="true"/> if the landlord is closed on <paramref name="date"/>.</returns>
        public bool IsClosureDay(DateTime date)
        {
            return closureDays.Length > 0 && Array.BinarySearch(closureDays, date.Date) >= 0;
        }

// DateOnly exists from .NET 6: the library's net8.0 build has these overloads, its netstandard2.0 build does not.
#if NET6_0_OR_GREATER
        /// <summary>
        /// Returns the date that is <paramref name="days"/> working days after <paramref name="from"/>.
        /// </summary>
        /// <param name="from">The starting date. It is not counted itself and need not be a working day.</param>
        /// <param name="days">
        /// The number of working days to move forward, or backward when negative. Zero returns
        /// <paramref name="from"/> unchanged.
        /// </param>
        /// <returns>The working day reached.</returns>
        /// <exception cref="ArgumentOutOfRangeException">
        /// The result would be before <see cref="DateOnly.MinValue"/> or after <see cref="DateOnly.MaxValue"/>.
        /// </exception>
        public DateOnly Add(DateOnly from, int days)
        {
            return DateOnly.FromDateTime(Add(from.ToDateTime(TimeOnly.MinValue), days));
        }

        /// <summary>
        /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>.
        /// </summary>
        /// <param name="start">The starting date. It is not counted.</param>
        /// <param name="end">The last date counted.</param>
        /// <returns>
        /// The number of working days, or when <paramref name="end"/> is before <paramref name="start"/>,
        /// minus the number of working days from <paramref name="end"/> up to but not including
        /// <paramref name="start"/>.
        /// </returns>
        public int Between(DateOnly start, DateOnly end)
        {
            return Between(start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue));
        }

        /// <summary>
        /// Tells whether <paramref name="date"/> is a working day: not a Saturday or Sunday, not an England
        /// and Wales bank holiday, and not one of this calendar's closure days.
        /// </summary>
        /// <param name="date">The date to check.</param>
        /// <returns><see langword="true"/> if complaint timescales count <paramref name="date"/>.</returns>
        public bool IsWorkingDay(DateOnly date)
        {
            return IsWorkingDay(date.ToDateTime(TimeOnly.MinValue));
        }

        /// <summary>Tells whether <paramref name="date"/> is one of this calendar's closure days.</summary>
        /// <param name="date">The date to check.</param>
        /// <returns><see langword="true"/> if the landlord is closed on <paramref name="date"/>.</returns>
        public bool IsClosureDay(DateOnly date)
        {
            return IsClosureDay(date.ToDateTime(TimeOnly.MinValue));
        }
#endif

        // Both ends inclusive, first <= last. The loop stops on last itself so that a range ending at
        // DateTime.MaxValue never steps past it.
        private int CountWorkingDays(DateTime first, DateTime last)
        {
            int count = 0;
            for (DateTime day = first; ; day = day.AddDays(1))
            {
                if (IsWorkingDay(day))
                {
                    count++;
                }

                if (day == last)
                {
                    return count;
                }
            }
        }

        private static ArgumentOutOfRangeException OutOfRange(int days)
        {
            return new ArgumentOutOfRangeException(
                nameof(days),
                days,
                "Moving this many working days goes beyond the dates DateTime can represent.");
        }
    }
}
