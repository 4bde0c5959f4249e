#nullable enable
using System;
using System.Globalization;

namespace ComplaintCode
{
    /// <summary>
    /// A case the landlord's deadline code got wrong: the start, the date it gave, the limit the Code sets and why the
    /// case is hard. <see cref="ToString"/> reads like a bug report, so one failing assertion says everything.
    /// </summary>
    public sealed class ConformanceFailure
    {
        private readonly WorkingDayCalendar calendar;

        internal ConformanceFailure(ConformanceCase conformanceCase, DateTime given, DateTime expected, WorkingDayCalendar calendar)
        {
            Case = conformanceCase;
            Given = given.Date;
            Expected = expected.Date;
            this.calendar = calendar;
        }

        /// <summary>The case that failed.</summary>
        public ConformanceCase Case { get; private set; }

        /// <summary>The provision whose timescale was missed.</summary>
        public Provision Provision
        {
            get { return Case.Provision; }
        }

        /// <summary>Where the count started, as UK wall-clock time: the same as the case's <see cref="ConformanceCase.Start"/>.</summary>
        public DateTime Start
        {
            get { return Case.Start; }
        }

        /// <summary>The date the landlord's code gave, as a UK date.</summary>
        public DateTime Given { get; private set; }

        /// <summary>
        /// The date a right count gives: the landlord's number of working days after the start (the Code's, unless a
        /// stricter one was passed to <c>Check</c>); for the 12-month time limit, the earliest date the Code allows.
        /// </summary>
        public DateTime Expected { get; private set; }

        /// <summary>Whether the landlord's date is later than the Code allows (or, for the time limit, earlier): a breach of the Code, not only a wrong count.</summary>
        public bool BreachesCode
        {
            get { return Case.Bound == ConformanceBound.LatestAllowed ? Given > Case.Limit : Given < Case.Limit; }
        }

        /// <summary>The latest date the Code allows (the earliest, for the 12-month time limit).</summary>
        public DateTime Limit
        {
            get { return Case.Limit; }
        }

        /// <summary>Why the case is hard: what the landlord's code probably missed.</summary>
        public string Reason
        {
            get { return Case.Reason; }
        }

        /// <summary>The failure as a bug report: provision, case, dates, how far out, and why.</summary>
        /// <returns>
        /// For example "Provision 6.2 (acknowledge, define and log stage 1 complaints within five working days), case
        /// Christmas 2027: for a complaint received Friday 24 December 2027 at 17:30 GMT the code gave Thursday 6 January
        /// 2028, 1 working day after the latest date the Code allows, Wednesday 5 January 2028. Christmas Day and ...".
        /// </returns>
        public override string ToString()
        {
            CodeProvisionInfo info = CodeProvisions.Get(Case.Provision);
            CodeConformance.Profile profile = CodeConformance.ProfileOf(Case.Provision);
            string head = "Provision " + info.Id + " (" + info.Gist + "), case " + Case.Name + ": for "
                + profile.StartArticle + " " + profile.StartNoun + " " + Case.FormatStart() + " the code gave " + ConformanceCase.FormatDate(Given) + ", ";

            string howFar;
            if (Case.Bound == ConformanceBound.EarliestAllowed)
            {
                int days = (int)(Case.Limit - Given).TotalDays;
                howFar = Count(days, "day") + " before the earliest date the Code allows, " + ConformanceCase.FormatDate(Case.Limit)
                    + ", so it refuses complaints the Code says to accept";
            }
            else if (Given > Expected)
            {
                // A date later only by a weekend or holiday is still late; it is then counted in calendar days.
                int workingDays = calendar.Between(Expected, Given);
                howFar = (workingDays > 0 ? Count(workingDays, "working day") : Count((int)(Given - Expected).TotalDays, "day"))
                    + " later than the right count, " + ConformanceCase.FormatDate(Expected)
                    + (BreachesCode
                        ? ", and after the latest date the Code allows, " + ConformanceCase.FormatDate(Case.Limit)
                        : ", though not after the latest date the Code allows, " + ConformanceCase.FormatDate(Case.Limit));
            }
            else
            {
                int workingDays = Given < Case.Start.Date ? 0 : calendar.Between(Given, Expected);
                howFar = (Given < Case.Start.Date
                        ? "a date before the start itself"
                        : Count(workingDays, "working day") + " earlier than the right count")
                    + ", " + ConformanceCase.FormatDate(Expected)
                    + ": the code counted a day that is not a working day, or the start itself";
            }

            return head + howFar + ". " + Case.Reason;
        }

        private static string Count(int n, string unit)
        {
            return n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? string.Empty : "s");
        }
    }
}
