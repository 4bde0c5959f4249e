#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;

namespace ComplaintCode
{
    /// <summary>
    /// A conformance kit for a landlord's own deadline code: the hardest dates for each of the Code's timescales, and a
    /// check that runs the landlord's code on every one and explains each date it gets wrong. It uses no test framework:
    /// assert that the list <c>Check</c> returns is empty.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The timescale provisions and where each count starts (the start a case passes to the landlord's code):
    /// </para>
    /// <list type="bullet">
    /// <item><description>6.2 (acknowledge within 5 working days) and 6.11 (acknowledge a stage 2 request within 5):
    /// when the complaint or the escalation request was received, with the time of day.</description></item>
    /// <item><description>6.3 (respond within 10 working days) and 6.14 (respond at stage 2 within 20): when the
    /// complaint was actually acknowledged, with the time of day. Not the acknowledgement's deadline: counting from that
    /// is a bug the kit catches.</description></item>
    /// <item><description>6.4 and 6.15 (extend by at most 10 or 20 working days): the response deadline being extended.
    /// The landlord's code returns the latest extended deadline it allows.</description></item>
    /// <item><description>2.3 (accept complaints within 12 months): when the issue occurred or the resident became aware
    /// of it. The landlord's code returns the last date on which it accepts a complaint as in time; the Code sets the
    /// earliest such date, since a landlord may be more generous but not less.</description></item>
    /// </list>
    /// <para>
    /// The start day is never counted, and a start on a weekend or bank holiday is counted from the next working day,
    /// as <see cref="WorkingDays.Add(DateTime, int)"/> does. Times are UK time (Europe/London, GMT or BST). The cases
    /// cover the years <see cref="FirstYear"/> to <see cref="LastYear"/>: Christmas and New Year with their weekends and
    /// substitute days, Easter, the May and August bank holidays, the one-off bank holidays, leap days, month ends, the
    /// changes between GMT and BST, and receipt late on a working day or at a weekend.
    /// </para>
    /// <para>
    /// A deadline must be exactly the right number of working days after the start: the Code's, or the landlord's own
    /// stricter timescale when it is passed as <c>workingDays</c>. A later date may breach the Code
    /// (<see cref="ConformanceFailure.BreachesCode"/>); an earlier one means the count went wrong (a bank holiday missed,
    /// the start counted as day 1, a UTC date), though on that date it errs on the resident's side. For the 12-month time limit
    /// only a date earlier than the Code's is a failure: a landlord may accept complaints for longer. A landlord's
    /// closure days make its deadlines later: pass its calendar (<c>ComplaintPolicy.Calendar</c>) so the cases skip
    /// them too.
    /// </para>
    /// </remarks>
    public static partial class CodeConformance
    {
        /// <summary>
        /// The first year the cases cover: the first year whose England and Wales bank holidays, as GOV.UK publishes
        /// them, this package's calendar is tested against.
        /// </summary>
        public const int FirstYear = 2019;

        /// <summary>The last year the cases cover (no case's start or limit is later): the last year GOV.UK had published when this package was built.</summary>
        public const int LastYear = 2027;

        // Late on a working day, after most offices close; the day still counts as the day of receipt.
        private static readonly TimeSpan EndOfWorkingDay = new TimeSpan(17, 30, 0);

        // Some time during a day when only the date matters.
        private static readonly TimeSpan Morning = new TimeSpan(10, 0, 0);

        /// <summary>The provisions that have conformance cases: the Code's timescales, 2.3, 6.2, 6.3, 6.4, 6.11, 6.14 and 6.15.</summary>
        public static IReadOnlyList<Provision> Provisions
        {
            get { return Array.AsReadOnly(TimescaleProvisions); }
        }

        /// <summary>
        /// The conformance cases of a timescale provision, in order of their start. See the remarks on
        /// <see cref="CodeConformance"/> for what the start is for each provision.
        /// </summary>
        /// <param name="provision">One of <see cref="Provisions"/>, e.g. <see cref="Provision.Stage1Acknowledgement"/> (6.2).</param>
        /// <param name="calendar">
        /// The landlord's calendar, when its policy lists closure days; the cases' limits then skip those days too.
        /// Null for England and Wales (<see cref="WorkingDayCalendar.EnglandAndWales"/>).
        /// </param>
        /// <returns>The cases, each with its start, its limit and why it is hard.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale.</exception>
        public static IReadOnlyList<ConformanceCase> Cases(Provision provision, WorkingDayCalendar? calendar = null)
        {
            return BuildCases(ProfileOf(provision), calendar ?? WorkingDayCalendar.EnglandAndWales).AsReadOnly();
        }

        /// <summary>
        /// Runs the landlord's deadline code on every case of a provision and returns the cases it gets wrong.
        /// </summary>
        /// <param name="provision">One of <see cref="Provisions"/>.</param>
        /// <param name="deadline">
        /// The landlord's code: given the start (a UK wall-clock time, <see cref="DateTimeKind.Unspecified"/>), the
        /// date it sets. A returned UTC or machine-local value is converted to UK time before its date is taken.
        /// </param>
        /// <param name="workingDays">The landlord's own timescale when it is stricter than the Code's, e.g. <c>ComplaintPolicy.Stage1AcknowledgementWorkingDays</c>; null for the Code's. Ignored for the 12-month time limit.</param>
        /// <param name="calendar">The landlord's calendar when it has closure days (<c>ComplaintPolicy.Calendar</c>); null for England and Wales.</param>
        /// <returns>The failures; empty when the code conforms.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale.</exception>
        /// <exception cref="InvalidOperationException">The landlord's code threw; the message names the case.</exception>
        public static IReadOnlyList<ConformanceFailure> Check(Provision provision, Func<DateTime, DateTime> deadline, int? workingDays = null, WorkingDayCalendar? calendar = null)
        {
            NotNull(deadline);
            return Run(provision, workingDays, calendar, c => UkTime.ToLocal(deadline(c.Start)));
        }

        /// <summary>
        /// Runs the landlord's deadline code on every case of a provision, passing the start as an instant with its UK
        /// offset (+00:00 in GMT, +01:00 in BST), and returns the cases it gets wrong.
        /// </summary>
        /// <param name="provision">One of <see cref="Provisions"/>.</param>
        /// <param name="deadline">The landlord's code; the date of its result is taken in UK time, whatever the offset.</param>
        /// <param name="workingDays">The landlord's own timescale when it is stricter than the Code's, e.g. <c>ComplaintPolicy.Stage1AcknowledgementWorkingDays</c>; null for the Code's. Ignored for the 12-month time limit.</param>
        /// <param name="calendar">The landlord's calendar when it has closure days (<c>ComplaintPolicy.Calendar</c>); null for England and Wales.</param>
        /// <returns>The failures; empty when the code conforms.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale.</exception>
        /// <exception cref="InvalidOperationException">The landlord's code threw; the message names the case.</exception>
        public static IReadOnlyList<ConformanceFailure> Check(Provision provision, Func<DateTimeOffset, DateTimeOffset> deadline, int? workingDays = null, WorkingDayCalendar? calendar = null)
        {
            NotNull(deadline);
            return Run(provision, workingDays, calendar, c => UkTime.ToLocal(deadline(UkTime.FromLocal(c.Start))));
        }

        /// <summary>The asynchronous form of <see cref="Check(Provision, Func{DateTime, DateTime}, int?, WorkingDayCalendar)"/>, for deadline code that awaits (a database of holidays, a service).</summary>
        /// <param name="provision">One of <see cref="Provisions"/>.</param>
        /// <param name="deadline">The landlord's code, given the start as UK wall-clock time.</param>
        /// <param name="workingDays">The landlord's own timescale when it is stricter than the Code's, e.g. <c>ComplaintPolicy.Stage1AcknowledgementWorkingDays</c>; null for the Code's. Ignored for the 12-month time limit.</param>
        /// <param name="calendar">The landlord's calendar when it has closure days (<c>ComplaintPolicy.Calendar</c>); null for England and Wales.</param>
        /// <returns>The failures; empty when the code conforms. The cases run one after another.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale, or <paramref name="workingDays"/> is not 1 to the Code's timescale.</exception>
        public static Task<IReadOnlyList<ConformanceFailure>> Check(Provision provision, Func<DateTime, Task<DateTime>> deadline, int? workingDays = null, WorkingDayCalendar? calendar = null)
        {
            NotNull(deadline);
            return RunAsync(provision, workingDays, calendar, async c => UkTime.ToLocal(await deadline(c.Start).ConfigureAwait(false)));
        }

        /// <summary>The asynchronous form of <see cref="Check(Provision, Func{DateTimeOffset, DateTimeOffset}, int?, WorkingDayCalendar)"/>.</summary>
        /// <param name="provision">One of <see cref="Provisions"/>.</param>
        /// <param name="deadline">The landlord's code, given the start as an instant with its UK offset.</param>
        /// <param name="workingDays">The landlord's own timescale when it is stricter than the Code's, e.g. <c>ComplaintPolicy.Stage1AcknowledgementWorkingDays</c>; null for the Code's. Ignored for the 12-month time limit.</param>
        /// <param name="calendar">The landlord's calendar when it has closure days (<c>ComplaintPolicy.Calendar</c>); null for England and Wales.</param>
        /// <returns>The failures; empty when the code conforms. The cases run one after another.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale, or <paramref name="workingDays"/> is not 1 to the Code's timescale.</exception>
        public static Task<IReadOnlyList<ConformanceFailure>> Check(Provision provision, Func<DateTimeOffset, Task<DateTimeOffset>> deadline, int? workingDays = null, WorkingDayCalendar? calendar = null)
        {
            NotNull(deadline);
            return RunAsync(provision, workingDays, calendar, async c => UkTime.ToLocal(await deadline(UkTime.FromLocal(c.Start)).ConfigureAwait(false)));
        }

// DateOnly exists from .NET 6: the library's net8.0 build has these overloads, its netstandard2.0 build does not.
#if NET6_0_OR_GREATER
        /// <summary>
        /// Runs the landlord's deadline code on every case of a provision, passing the start's UK date, and returns the
        /// cases it gets wrong.
        /// </summary>
        /// <param name="provision">One of <see cref="Provisions"/>, e.g. <see cref="Provision.Stage1Acknowledgement"/> (6.2).</param>
        /// <param name="deadline">The landlord's code: given the start date, the date it sets.</param>
        /// <param name="workingDays">The landlord's own timescale when it is stricter than the Code's, e.g. <c>ComplaintPolicy.Stage1AcknowledgementWorkingDays</c>; null for the Code's. Ignored for the 12-month time limit.</param>
        /// <param name="calendar">The landlord's calendar when it has closure days (<c>ComplaintPolicy.Calendar</c>); null for England and Wales.</param>
        /// <returns>The failures; empty when the code conforms.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale.</exception>
        /// <exception cref="InvalidOperationException">The landlord's code threw; the message names the case.</exception>
        /// <example>
        /// <code>
        /// Assert.Empty(CodeConformance.Check(Provision.Stage1Acknowledgement, ComplaintDeadlines.Stage1AcknowledgementDue));
        /// </code>
        /// </example>
        public static IReadOnlyList<ConformanceFailure> Check(Provision provision, Func<DateOnly, DateOnly> deadline, int? workingDays = null, WorkingDayCalendar? calendar = null)
        {
            NotNull(deadline);
            return Run(provision, workingDays, calendar, c => deadline(DateOnly.FromDateTime(c.Start)).ToDateTime(TimeOnly.MinValue));
        }

        /// <summary>The asynchronous form of <see cref="Check(Provision, Func{DateOnly, DateOnly}, int?, WorkingDayCalendar)"/>.</summary>
        /// <param name="provision">One of <see cref="Provisions"/>.</param>
        /// <param name="deadline">The landlord's code, given the start date.</param>
        /// <param name="workingDays">The landlord's own timescale when it is stricter than the Code's, e.g. <c>ComplaintPolicy.Stage1AcknowledgementWorkingDays</c>; null for the Code's. Ignored for the 12-month time limit.</param>
        /// <param name="calendar">The landlord's calendar when it has closure days (<c>ComplaintPolicy.Calendar</c>); null for England and Wales.</param>
        /// <returns>The failures; empty when the code conforms. The cases run one after another.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="provision"/> sets no timescale, or <paramref name="workingDays"/> is not 1 to the Code's timescale.</exception>
        public static Task<IReadOnlyList<ConformanceFailure>> Check(Provision provision, Func<DateOnly, Task<DateOnly>> deadline, int? workingDays = null, WorkingDayCalendar? calendar = null)
        {
            NotNull(deadline);
            return RunAsync(provision, workingDays, calendar, async c => (await deadline(DateOnly.FromDateTime(c.Start)).ConfigureAwait(false)).ToDateTime(TimeOnly.MinValue));
        }
#endif

        private static void NotNull(object deadline)
        {
            if (deadline == null)
            {
                throw new ArgumentNullException(nameof(deadline));
            }
        }

        private static IReadOnlyList<ConformanceFailure> Run(Provision provision, int? workingDays, WorkingDayCalendar? calendar, Func<ConformanceCase, DateTime> ukDateOf)
        {
            WorkingDayCalendar days = calendar ?? WorkingDayCalendar.EnglandAndWales;
            Profile profile = ProfileOf(provision);
            int timescale = TimescaleToCheck(profile, workingDays);
            List<ConformanceFailure> failures = new List<ConformanceFailure>();
            foreach (ConformanceCase c in BuildCases(profile, days))
            {
                DateTime given;
                try
                {
                    given = ukDateOf(c);
                }
                catch (Exception ex)
                {
                    throw Threw(c, ex);
                }

                ConformanceFailure? failure = c.Judge(given, days, timescale);
                if (failure != null)
                {
                    failures.Add(failure);
                }
            }

            return failures.AsReadOnly();
        }

        private static async Task<IReadOnlyList<ConformanceFailure>> RunAsync(Provision provision, int? workingDays, WorkingDayCalendar? calendar, Func<ConformanceCase, Task<DateTime>> ukDateOf)
        {
            WorkingDayCalendar days = calendar ?? WorkingDayCalendar.EnglandAndWales;
            Profile profile = ProfileOf(provision);
            int timescale = TimescaleToCheck(profile, workingDays);
            List<ConformanceFailure> failures = new List<ConformanceFailure>();
            foreach (ConformanceCase c in BuildCases(profile, days))
            {
                DateTime given;
                try
                {
                    given = await ukDateOf(c).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    throw Threw(c, ex);
                }

                ConformanceFailure? failure = c.Judge(given, days, timescale);
                if (failure != null)
                {
                    failures.Add(failure);
                }
            }

            return failures.AsReadOnly();
        }

        // The number of working days a right count adds: the Code's, or the landlord's stricter own.
        private static int TimescaleToCheck(Profile profile, int? workingDays)
        {
            if (workingDays == null || profile.InMonths)
            {
                return profile.Value;
            }

            if (workingDays.Value < 1 || workingDays.Value > profile.Value)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays.Value,
                    "Provision " + CodeProvisions.Get(profile.Provision).Id + " allows at most " + profile.Value.ToString(CultureInfo.InvariantCulture) + " working days; a landlord may be stricter, never looser.");
            }

            return workingDays.Value;
        }

        private static InvalidOperationException Threw(ConformanceCase c, Exception ex)
        {
            return new InvalidOperationException("The deadline code threw " + ex.GetType().Name + " (" + ex.Message + ") for case " + c, ex);
        }

        // ----- What each provision counts, and how its cases are worded -----

        /// <summary>What a provision's count starts from and gives, and the Code's timescale for it.</summary>
        internal sealed class Profile
        {
            public Profile(Provision provision, int value, bool inMonths, string startArticle, string startNoun, string resultNoun, bool startsOnDeadline)
            {
                Provision = provision;
                Value = value;
                InMonths = inMonths;
                StartArticle = startArticle;
                StartNoun = startNoun;
                ResultNoun = resultNoun;
                StartsOnDeadline = startsOnDeadline;
            }

            public Provision Provision { get; private set; }

            public int Value { get; private set; }

            public bool InMonths { get; private set; }

            public string StartArticle { get; private set; }

            public string StartNoun { get; private set; }

            public string ResultNoun { get; private set; }

            // Extensions start from a deadline, which is always a working day and has no time of day.
            public bool StartsOnDeadline { get; private set; }
        }

        internal static Profile ProfileOf(Provision provision)
        {
            int value;
            bool inMonths;
            if (!TryGetTimescale(provision, out value, out inMonths))
            {
                throw new ArgumentOutOfRangeException(nameof(provision), provision,
                    "Provision " + CodeProvisions.Get(provision).Id + " sets no timescale; CodeConformance has cases for 2.3, 6.2, 6.3, 6.4, 6.11, 6.14 and 6.15.");
            }

            switch (provision)
            {
                case Provision.TwelveMonthTimeLimit:
                    return new Profile(provision, value, inMonths, "an", "issue that occurred", "last day to accept a complaint", false);
                case Provision.Stage1Acknowledgement:
                    return new Profile(provision, value, inMonths, "a", "complaint received", "acknowledgement date", false);
                case Provision.Stage1Response:
                    return new Profile(provision, value, inMonths, "a", "complaint acknowledged", "stage 1 response date", false);
                case Provision.Stage1Extension:
                    return new Profile(provision, value, inMonths, "a", "stage 1 response due", "extended stage 1 response date", true);
                case Provision.Stage2Acknowledgement:
                    return new Profile(provision, value, inMonths, "a", "stage 2 request received", "stage 2 acknowledgement date", false);
                case Provision.Stage2Response:
                    return new Profile(provision, value, inMonths, "a", "stage 2 request acknowledged", "stage 2 response date", false);
                case Provision.Stage2Extension:
                    return new Profile(provision, value, inMonths, "a", "stage 2 response due", "extended stage 2 response date", true);
                default:
                    throw new ArgumentOutOfRangeException(nameof(provision), provision, "The Code has a timescale for provision " + CodeProvisions.Get(provision).Id + " that CodeConformance does not know; update the package.");
            }
        }

        // ----- The cases -----

        private static List<ConformanceCase> BuildCases(Profile profile, WorkingDayCalendar calendar)
        {
            List<Candidate> candidates = profile.InMonths ? TimeLimitCandidates() : WorkingDayCandidates(profile);
            List<ConformanceCase> cases = new List<ConformanceCase>(candidates.Count);
            HashSet<DateTime> starts = new HashSet<DateTime>();
            // In order of start; of two candidates with the same start (List.Sort is not stable) the one listed first wins.
            int[] order = new int[candidates.Count];
            for (int i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                int byStart = candidates[a].Start.CompareTo(candidates[b].Start);
                return byStart != 0 ? byStart : a.CompareTo(b);
            });
            foreach (int index in order)
            {
                Candidate candidate = candidates[index];
                // Two reasons can pick the same start (the last day of a month before a bank holiday); the first is kept.
                if (!starts.Add(candidate.Start))
                {
                    continue;
                }

                DateTime limit = profile.InMonths
                    ? candidate.Start.Date.AddMonths(profile.Value)
                    : calendar.Add(candidate.Start.Date, profile.Value);
                if (candidate.Start.Year < FirstYear || limit.Year > LastYear)
                {
                    continue;
                }

                string reason = profile.InMonths
                    ? candidate.Lead
                    : candidate.Lead + " " + WhatTheCountSkips(candidate.Start.Date, limit, calendar);
                cases.Add(new ConformanceCase(
                    profile.Provision,
                    candidate.Name,
                    candidate.TimeMatters ? candidate.Start : candidate.Start.Date,
                    candidate.TimeMatters,
                    limit,
                    profile.InMonths ? ConformanceBound.EarliestAllowed : ConformanceBound.LatestAllowed,
                    reason));
            }

            return cases;
        }

        private static List<Candidate> WorkingDayCandidates(Profile profile)
        {
            List<Candidate> list = new List<Candidate>();
            bool deadline = profile.StartsOnDeadline;
            string received = deadline ? "due" : profile.StartNoun.Substring(profile.StartNoun.LastIndexOf(' ') + 1);

            // BuildCases drops the cases that start or end outside FirstYear to LastYear.
            for (int year = FirstYear; year <= LastYear; year++)
            {
                // Christmas and New Year.
                DateTime christmas = new DateTime(year, 12, 25);
                DateTime boxingDay = christmas.AddDays(1);
                string christmasLead = "Christmas Day and Boxing Day fall on a " + christmas.DayOfWeek + " and a " + boxingDay.DayOfWeek + " in "
                    + Year(year) + SubstitutesAfterChristmas(year) + ".";
                DateTime beforeChristmas = PreviousWorkingDay(christmas);
                list.Add(EndOfDay(beforeChristmas, deadline, "Christmas " + Year(year), received + " on the last working day before", christmasLead));
                if (!deadline)
                {
                    list.Add(new Candidate(christmas.Add(Morning), true, "Christmas " + Year(year), received + " on Christmas Day", christmasLead + " A complaint can arrive by email on Christmas Day; the count starts on the first working day after it."));
                }

                DateTime newYear = new DateTime(year + 1, 1, 1);
                string newYearLead = "New Year's Day " + Year(year + 1) + " falls on a " + newYear.DayOfWeek
                    + (WorkingDays.IsBankHoliday(newYear) ? string.Empty : ", so " + ConformanceCase.FormatDate(NextBankHolidayFrom(newYear)) + " is the substitute bank holiday") + ".";
                DateTime lastWorkingDayOfYear = PreviousWorkingDay(newYear);
                list.Add(EndOfDay(lastWorkingDayOfYear, deadline, "New Year " + Year(year + 1), received + " on the last working day of " + Year(year), newYearLead));

                // Every other bank holiday of the year, one-off ones included: the working day before it, and the
                // Saturday before a Monday holiday.
                DateTime easter = WorkingDays.EasterSunday(year);
                foreach (DateTime holiday in WorkingDays.BankHolidays(year))
                {
                    if (holiday.Month == 12 && holiday.Day >= 25 || holiday.Month == 1)
                    {
                        continue;
                    }

                    string name = WorkingDays.NameOfBankHoliday(holiday);
                    string group;
                    string lead;
                    if (holiday == easter.AddDays(-2) || holiday == easter.AddDays(1))
                    {
                        group = "Easter " + Year(year);
                        lead = "Easter Sunday is " + ConformanceCase.FormatDate(easter) + ": Good Friday and Easter Monday move with it every year, and both are bank holidays.";
                    }
                    else
                    {
                        group = Capitalise(name) + " " + Year(year);
                        lead = Capitalise(name) + " is on " + ConformanceCase.FormatDate(holiday) + (WorkingDays.IsOneOffBankHoliday(holiday) ? ", a one-off bank holiday that no rule predicts." : ".");
                    }

                    list.Add(EndOfDay(PreviousWorkingDay(holiday), deadline, group, received + " on the last working day before " + ShortName(name), lead));
                    if (!deadline && holiday.DayOfWeek == DayOfWeek.Monday)
                    {
                        DateTime saturday = holiday.AddDays(-2);
                        list.Add(new Candidate(saturday.Add(Morning), true, group, received + " on the Saturday of the long weekend",
                            lead + " Received on a Saturday, which is not a working day: day 1 is the first working day after the holiday."));
                    }
                }

                // Leap days and month ends.
                DateTime endOfFebruary = new DateTime(year, 2, DateTime.DaysInMonth(year, 2));
                string februaryLead = DateTime.IsLeapYear(year)
                    ? Year(year) + " is a leap year: the count passes 29 February."
                    : Year(year) + " is not a leap year: the count runs from 28 February into March.";
                list.Add(EndOfDay(deadline ? LastWorkingDayOn(endOfFebruary) : endOfFebruary, deadline, "Leap day " + Year(year), received + " at the end of February", februaryLead));
                if (!deadline && DateTime.IsLeapYear(year))
                {
                    list.Add(new Candidate(new DateTime(year, 2, 29).Add(Morning), true, "Leap day " + Year(year), received + " on 29 February", "29 February " + Year(year) + " is a " + new DateTime(year, 2, 29).DayOfWeek + ": the day of receipt exists only in a leap year."));
                }

                // February has its own case above.
                for (int month = 1; month <= 12; month++)
                {
                    if (month == 2)
                    {
                        continue;
                    }

                    DateTime endOfMonth = new DateTime(year, month, DateTime.DaysInMonth(year, month));
                    DateTime start = deadline ? LastWorkingDayOn(endOfMonth) : endOfMonth;
                    string monthName = endOfMonth.ToString("MMMM", CultureInfo.InvariantCulture);
                    string lead = monthName + " has " + DateTime.DaysInMonth(year, month).ToString(CultureInfo.InvariantCulture) + " days: the count runs from the end of the month into the next"
                        + (WorkingDays.IsWorkingDay(start) ? "." : ", and the start, a " + start.DayOfWeek + ", is not a working day.");
                    list.Add(EndOfDay(start, deadline, "End of " + monthName + " " + Year(year), received + " on the last day of " + monthName, lead));
                }

                // The changes between GMT and BST, and a summer night when the UTC date is the day before.
                if (!deadline)
                {
                    DateTime forward = UkTime.ClocksGoForward(year);
                    DateTime back = UkTime.ClocksGoBack(year);
                    DateTime julySaturday = FirstSaturday(year, 7);
                    list.Add(new Candidate(forward.AddMinutes(30), true, "Clocks go forward " + Year(year), received + " at 00:30 GMT on the night the clocks go forward",
                        "The clocks go forward at 01:00 GMT on " + ConformanceCase.FormatDate(forward) + "; this arrives half an hour before, on a Sunday, so day 1 is Monday."));
                    list.Add(new Candidate(forward.AddDays(1).AddMinutes(30), true, "Clocks go forward " + Year(year), received + " at 00:30 BST on the Monday after",
                        "At 00:30 BST on Monday " + ConformanceCase.FormatDate(forward.AddDays(1)) + " it is still Sunday in UTC: the UK date is the Monday, which is the day of receipt and is not counted."));
                    list.Add(new Candidate(back.AddMinutes(90), true, "Clocks go back " + Year(year), received + " at 01:30 BST in the hour that repeats",
                        "The clocks go back at 02:00 BST on " + ConformanceCase.FormatDate(back) + ", so 01:30 happens twice that night; either way it is Sunday in the UK."));
                    list.Add(new Candidate(julySaturday.AddMinutes(30), true, "Summer Saturday " + Year(year), received + " at 00:30 BST on a Saturday",
                        "At 00:30 BST on " + ConformanceCase.FormatDate(julySaturday) + " it is still Friday in UTC: the UK date is the Saturday, and day 1 is Monday."));
                }
            }

            return list;
        }

        private static List<Candidate> TimeLimitCandidates()
        {
            List<Candidate> list = new List<Candidate>();
            for (int year = FirstYear; year <= LastYear; year++)
            {
                int next = year + 1;
                if (DateTime.IsLeapYear(year))
                {
                    list.Add(new Candidate(new DateTime(year, 2, 29), false, "Leap day " + Year(year), "issue on 29 February",
                        "There is no 29 February in " + Year(next) + ": twelve months after 29 February ends on 28 February, the last day of that month."));
                }

                if (DateTime.IsLeapYear(next))
                {
                    list.Add(new Candidate(new DateTime(year, 2, 28), false, "Leap year " + Year(next), "issue on 28 February",
                        Year(next) + " is a leap year: twelve months after 28 February " + Year(year) + " is 28 February " + Year(next) + ", not 29 February."));
                    list.Add(new Candidate(new DateTime(year, 3, 1), false, "Leap year " + Year(next), "issue on 1 March",
                        "The twelve months include 29 February " + Year(next) + ": counting 365 days ends a day early, on 29 February instead of 1 March."));
                }

                foreach (int month in new[] { 1, 3, 4, 8, 10, 12 })
                {
                    DateTime endOfMonth = new DateTime(year, month, DateTime.DaysInMonth(year, month));
                    string monthName = endOfMonth.ToString("MMMM", CultureInfo.InvariantCulture);
                    list.Add(new Candidate(endOfMonth, false, "End of " + monthName + " " + Year(year), "issue on the last day of " + monthName,
                        "The issue is on the last day of " + monthName + ": twelve months later is the same date, " + ConformanceCase.FormatDate(endOfMonth.AddMonths(12)) + ", not the end of the month before."));
                }

                // The anniversary on a weekend, and on a bank holiday: the time limit is not moved back to a working day.
                DateTime weekendAnniversary = new DateTime(next, 6, 1);
                while (weekendAnniversary.DayOfWeek != DayOfWeek.Saturday)
                {
                    weekendAnniversary = weekendAnniversary.AddDays(1);
                }

                DateTime issue = weekendAnniversary.AddMonths(-12);
                list.Add(new Candidate(issue, false, "Weekend anniversary " + Year(year), "issue on " + issue.ToString("d MMMM", CultureInfo.InvariantCulture),
                    "Twelve months later is a Saturday, " + ConformanceCase.FormatDate(weekendAnniversary) + ": a complaint that day is in time, so the limit is not moved back to the Friday."));
                DateTime christmas = new DateTime(year, 12, 25);
                list.Add(new Candidate(christmas, false, "Christmas " + Year(year), "issue on Christmas Day",
                    "Twelve months later is Christmas Day " + Year(next) + ", a bank holiday: a complaint made that day is in time, so the limit is not moved back to the last working day."));

                // A summer night when the UTC date is the day before, and the night the clocks go forward.
                DateTime julySaturday = FirstSaturday(year, 7);
                list.Add(new Candidate(julySaturday.AddMinutes(30), true, "Summer Saturday " + Year(year), "issue at 00:30 BST on a Saturday",
                    "At 00:30 BST on " + ConformanceCase.FormatDate(julySaturday) + " it is still Friday in UTC: a date taken in UTC ends the time limit a day early, on a Friday instead of the Saturday."));
                DateTime forward = UkTime.ClocksGoForward(year);
                list.Add(new Candidate(forward.AddMinutes(30), true, "Clocks go forward " + Year(year), "issue at 00:30 GMT on the night the clocks go forward",
                    "The clocks go forward at 01:00 GMT on " + ConformanceCase.FormatDate(forward) + "; the UK date is the Sunday either side of the change."));
            }

            return list;
        }

        private static string WhatTheCountSkips(DateTime start, DateTime limit, WorkingDayCalendar calendar)
        {
            List<string> holidays = new List<string>();
            List<string> closures = new List<string>();
            int weekendDays = 0;
            for (DateTime day = start.AddDays(1); day <= limit; day = day.AddDays(1))
            {
                if (day.DayOfWeek == DayOfWeek.Saturday || day.DayOfWeek == DayOfWeek.Sunday)
                {
                    weekendDays++;
                }
                else if (WorkingDays.IsBankHoliday(day))
                {
                    holidays.Add(WorkingDays.NameOfBankHoliday(day) + " (" + ConformanceCase.FormatDate(day) + ")");
                }
                else if (calendar.IsClosureDay(day))
                {
                    closures.Add(ConformanceCase.FormatDate(day));
                }
            }

            StringBuilder text = new StringBuilder("The count skips ");
            text.Append(weekendDays.ToString(CultureInfo.InvariantCulture)).Append(weekendDays == 1 ? " weekend day" : " weekend days");
            if (holidays.Count > 0)
            {
                text.Append(" and ").Append(holidays.Count == 1 ? "the bank holiday " : "the bank holidays ").Append(Join(holidays));
            }

            if (closures.Count > 0)
            {
                text.Append(", and the landlord's closure ").Append(closures.Count == 1 ? "day " : "days ").Append(Join(closures));
            }

            return text.Append('.').ToString();
        }

        private static Candidate EndOfDay(DateTime date, bool deadline, string group, string what, string lead)
        {
            if (deadline)
            {
                return new Candidate(date, false, group, what, lead);
            }

            string late = WorkingDays.IsWorkingDay(date)
                ? " It arrives at 17:30, after many offices close: it was still received that day, so the next working day is day 1, not day 0."
                : " It arrives on a " + date.DayOfWeek + ", which is not a working day: day 1 is the first working day after it.";
            return new Candidate(date.Add(EndOfWorkingDay), true, group, what + " at 17:30", lead + late);
        }

        private static string SubstitutesAfterChristmas(int year)
        {
            List<string> substitutes = new List<string>();
            for (int day = 27; day <= 28; day++)
            {
                DateTime date = new DateTime(year, 12, day);
                if (WorkingDays.IsBankHoliday(date))
                {
                    substitutes.Add(ConformanceCase.FormatDate(date));
                }
            }

            if (substitutes.Count == 0)
            {
                return string.Empty;
            }

            return substitutes.Count == 1
                ? ", so " + substitutes[0] + " is a substitute bank holiday"
                : ", so " + substitutes[0] + " and " + substitutes[1] + " are substitute bank holidays";
        }

        private static DateTime PreviousWorkingDay(DateTime date)
        {
            DateTime day = date.AddDays(-1);
            while (!WorkingDays.IsWorkingDay(day))
            {
                day = day.AddDays(-1);
            }

            return day;
        }

        private static DateTime LastWorkingDayOn(DateTime date)
        {
            return WorkingDays.IsWorkingDay(date) ? date : PreviousWorkingDay(date);
        }

        private static DateTime NextBankHolidayFrom(DateTime date)
        {
            DateTime day = date;
            while (!WorkingDays.IsBankHoliday(day))
            {
                day = day.AddDays(1);
            }

            return day;
        }

        private static DateTime FirstSaturday(int year, int month)
        {
            DateTime day = new DateTime(year, month, 1);
            return day.AddDays(((int)DayOfWeek.Saturday - (int)day.DayOfWeek + 7) % 7);
        }

        // "the spring bank holiday, moved for the Platinum Jubilee" reads as "the spring bank holiday" in a case name.
        private static string ShortName(string name)
        {
            int comma = name.IndexOf(',');
            return comma < 0 ? name : name.Substring(0, comma);
        }

        private static string Capitalise(string text)
        {
            return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        private static string Year(int year)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }

        private static string Join(List<string> items)
        {
            if (items.Count == 1)
            {
                return items[0];
            }

            return string.Join(", ", items.GetRange(0, items.Count - 1).ToArray()) + " and " + items[items.Count - 1];
        }

        private struct Candidate
        {
            public readonly DateTime Start;
            public readonly bool TimeMatters;
            public readonly string Name;
            public readonly string Lead;

            public Candidate(DateTime start, bool timeMatters, string group, string what, string lead)
            {
                Start = start;
                TimeMatters = timeMatters;
                Name = group + ": " + what;
                Lead = lead;
            }
        }
    }
}
