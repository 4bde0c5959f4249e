using System;
using System.Collections.Generic;
using System.Linq;

namespace Riverside.Housing.Repairs
{
    public enum RepairPriority { Emergency, Urgent, Routine, Planned }

    public enum RepairStage { Reported, Triage, Scheduled, InProgress, Completed, Inspected }

    public enum RepairStatus { New, Open, AwaitingParts, Closed, Cancelled }

    public sealed class RepairJob
    {
        public int Id { get; set; }
        public string Property { get; set; } = "";
        public RepairPriority Priority { get; set; }
        public RepairStage Stage { get; set; }
        public DateTime Reported { get; set; }

        // Response targets are in calendar days under the repairs policy.
        public DateTime ResponseDue => Priority switch
        {
            RepairPriority.Emergency => Reported.AddHours(24),
            RepairPriority.Urgent => Reported.AddDays(3),
            RepairPriority.Routine => Reported.AddDays(28),
            _ => Reported.AddMonths(3),
        };

        public DateTime Stage1InspectionDue => Reported.AddDays(10);

        public bool IsOverdue(DateTime now) => Stage != RepairStage.Completed && now > ResponseDue;
    }

    public sealed class RepairScheduler
    {
        private readonly List<RepairJob> _jobs = new();

        public const int RoutineResponseDays = 28;
        public const int DampAndMouldInvestigationDays = 14;

        public void Add(RepairJob job) => _jobs.Add(job);

        public IReadOnlyList<RepairJob> DueThisWeek(DateTime today)
        {
            var endOfWeek = today.AddDays(7 - (int)today.DayOfWeek);
            return _jobs.Where(j => j.ResponseDue <= endOfWeek && j.Stage != RepairStage.Completed).ToList();
        }

        public RepairJob? Next() => _jobs.OrderBy(j => j.Priority).ThenBy(j => j.ResponseDue).FirstOrDefault();

        public int CountBy(RepairStage stage)
        {
            var count = 0;
            foreach (var job in _jobs)
            {
                if (job.Stage == stage)
                {
                    count++;
                }
            }

            return count;
        }

        public DateTime Reschedule(RepairJob job, int days) => job.Reported.AddDays(days);
    }
}
