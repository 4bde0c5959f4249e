#nullable enable
using System;
using System.Globalization;

namespace ComplaintCode
{
    /// <summary>Which side of a <see cref="ConformanceCase.Limit"/> the Code puts a landlord's date.</summary>
    public enum ConformanceBound
    {
        /// <summary>
        /// The landlord's date may be the limit or earlier, never later: a deadline (provisions 6.2, 6.3, 6.4, 6.11,
        /// 6.14 and 6.15). It may not be before the start either, which no deadline can be.
        /// </summary>
        LatestAllowed = 0,

        /// <summary>
        /// The landlord's date may be the limit or later, never earlier: the last day a complaint is accepted as in
        /// time (provision 2.3), since a landlord may be more generous than the Code but not less.
        /// </summary>
        EarliestAllowed = 1,
    }

    /// <summary>
    /// One conformance case: a start, the limit the Code sets for it, and why the date is easy to get wrong.
    /// <see cref="CodeConformance.Cases"/> lists them; <see cref="CodeConformance.Check(Provision, Func{DateTime, DateTime}, int?, WorkingDayCalendar)"/>
    /// runs a landlord's deadline code on each.
    /// </summary>
    public sealed class ConformanceCase
    {
        internal ConformanceCase(Provision provision, string name, DateTime start, bool startTimeMatters, DateTime limit, ConformanceBound bound, string reason)
        {
            Provision = provision;
            Name = name;
            Start = DateTime.SpecifyKind(start, DateTimeKind.Unspecified);
            StartTimeMatters = startTimeMatters;
            Limit = limit.Date;
            Bound = bound;
            Reason = reason;
        }

        /// <summary>The provision whose timescale the case tests, e.g. <see cref="Provision.Stage1Acknowledgement"/>.</summary>
        public Provision Provision { get; private set; }

        /// <summary>A short name that tells the case apart from the others, e.g. "Christmas 2027: received at 17:30 on the last working day before".</summary>
        public string Name { get; private set; }

        /// <summary>
        /// Where the count starts, as UK wall-clock time (<see cref="DateTimeKind.Unspecified"/>): when the complaint
        /// was received or acknowledged, the deadline being extended, or when the issue occurred.
        /// <see cref="CodeConformance.Cases"/> says which for each provision. Midnight when the time of day does not matter.
        /// </summary>
        public DateTime Start { get; private set; }

        /// <summary>Whether the time of day of <see cref="Start"/> is part of the case (late in the day, or near a change of the clocks).</summary>
        public bool StartTimeMatters { get; private set; }

        /// <summary>
        /// The latest date the Code allows (or, for the 12-month time limit, the earliest), counted by the package's
        /// own calendar: weekends and England and Wales bank holidays, as GOV.UK publishes them, are not working days.
        /// </summary>
        public DateTime Limit { get; private set; }

        /// <summary>Whether <see cref="Limit"/> is the latest or the earliest date the Code allows.</summary>
        public ConformanceBound Bound { get; private set; }

        /// <summary>Why this case is hard, in a sentence or two, e.g. "Christmas Day and Boxing Day fall on a Saturday and a Sunday in 2027 ...".</summary>
        public string Reason { get; private set; }

        /// <summary>The case's start, limit and reason, for test output.</summary>
        /// <returns>For example "6.2 Christmas 2026: received on the last working day before at 17:30. Complaint received Friday 24 December 2027 at 17:30; the latest acknowledgement date the Code allows is Wednesday 5 January 2028. Christmas Day and ...".</returns>
        public override string ToString()
        {
            CodeConformance.Profile profile = CodeConformance.ProfileOf(Provision);
            return CodeProvisions.Get(Provision).Id + " " + Name + ". " + char.ToUpperInvariant(profile.StartNoun[0]) + profile.StartNoun.Substring(1) + " " + FormatStart() + "; the "
                + (Bound == ConformanceBound.LatestAllowed ? "latest " : "earliest ") + profile.ResultNoun + " the Code allows is "
                + FormatDate(Limit) + ". " + Reason;
        }

        internal string FormatStart()
        {
            string date = FormatDate(Start);
            if (!StartTimeMatters)
            {
                return date;
            }

            return date + " at " + Start.ToString("HH:mm", CultureInfo.InvariantCulture) + (UkTime.IsSummerTime(Start) ? " BST" : " GMT");
        }

        internal static string FormatDate(DateTime date)
        {
            return date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        // Null when the landlord's date is right; otherwise the failure. A deadline must be exactly the landlord's own
        // number of working days after the start: a date later than that may breach the Code, and an earlier one means
        // the count went wrong (a holiday missed, the start counted), which the next case may turn into a late date.
        internal ConformanceFailure? Judge(DateTime given, WorkingDayCalendar calendar, int workingDays)
        {
            DateTime date = given.Date;
            if (Bound == ConformanceBound.EarliestAllowed)
            {
                return date >= Limit ? null : new ConformanceFailure(this, date, Limit, calendar);
            }

            DateTime expected = calendar.Add(Start.Date, workingDays);
            return date == expected ? null : new ConformanceFailure(this, date, expected, calendar);
        }
    }
}
