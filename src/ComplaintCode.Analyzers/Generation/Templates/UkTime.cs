#nullable enable
using System;

namespace ComplaintCode
{
    /// <summary>
    /// UK clock time (Europe/London): GMT in winter, BST (UTC+1) from 01:00 UTC on the last Sunday of March to
    /// 01:00 UTC on the last Sunday of October, the rule in force since 1996.
    /// </summary>
    /// <remarks>
    /// The rule is written out rather than read from the operating system's time-zone database so the library stays
    /// dependency-free and gives the same dates on Windows ("GMT Standard Time"), Linux and macOS ("Europe/London")
    /// and in containers that ship no time-zone data. Dates before 1996 follow the same rule, which the UK did not.
    /// </remarks>
    internal static class UkTime
    {
        private static readonly TimeSpan Bst = TimeSpan.FromHours(1);

        /// <summary>The UK wall-clock time of an instant.</summary>
        public static DateTime ToLocal(DateTimeOffset instant)
        {
            DateTime utc = instant.UtcDateTime;
            return DateTime.SpecifyKind(utc + OffsetAtUtc(utc), DateTimeKind.Unspecified);
        }

        /// <summary>
        /// The UK wall-clock time a <see cref="DateTime"/> stands for: a UTC or machine-local value is converted, an
        /// unspecified one is taken to be UK time already.
        /// </summary>
        public static DateTime ToLocal(DateTime value)
        {
            switch (value.Kind)
            {
                case DateTimeKind.Utc:
                    return ToLocal(new DateTimeOffset(value));
                case DateTimeKind.Local:
                    return ToLocal(new DateTimeOffset(value.ToUniversalTime()));
                default:
                    return value;
            }
        }

        /// <summary>
        /// The instant of a UK wall-clock time. In the repeated hour when the clocks go back the first (BST) reading is
        /// taken; the hour skipped when they go forward does not occur in the conformance cases.
        /// </summary>
        public static DateTimeOffset FromLocal(DateTime local)
        {
            DateTime wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            int year = wallClock.Year;
            DateTime bstStarts = LastSunday(year, 3).AddHours(1);
            DateTime bstEnds = LastSunday(year, 10).AddHours(2);
            bool summer = wallClock >= bstStarts && wallClock < bstEnds;
            return new DateTimeOffset(wallClock, summer ? Bst : TimeSpan.Zero);
        }

        /// <summary>Whether UK clocks show BST at a UK wall-clock time (the repeated hour counts as BST).</summary>
        public static bool IsSummerTime(DateTime local)
        {
            return FromLocal(local).Offset != TimeSpan.Zero;
        }

        /// <summary>The last Sunday of March, when the clocks go forward at 01:00 GMT.</summary>
        public static DateTime ClocksGoForward(int year)
        {
            return LastSunday(year, 3);
        }

        /// <summary>The last Sunday of October, when the clocks go back at 02:00 BST.</summary>
        public static DateTime ClocksGoBack(int year)
        {
            return LastSunday(year, 10);
        }

        private static TimeSpan OffsetAtUtc(DateTime utc)
        {
            int year = utc.Year;
            DateTime bstStartsUtc = LastSunday(year, 3).AddHours(1);
            DateTime bstEndsUtc = LastSunday(year, 10).AddHours(1);
            return utc >= bstStartsUtc && utc < bstEndsUtc ? Bst : TimeSpan.Zero;
        }

        private static DateTime LastSunday(int year, int month)
        {
            DateTime last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(int)last.DayOfWeek);
        }
    }
}
