using System;
using System.Collections.Generic;
using System.Linq;

namespace Riverside.Housing.Tenancies
{
    public enum TenancyStage { Offer, SignUp, Starter, Secure, Ended }

    public enum ArrearsStage { None, Stage1Letter, Stage2Letter, Stage3NoticeSeekingPossession, CourtAction }

    public enum TenancyStatus { Pending, Active, Ended, Terminated }

    public sealed class Tenancy
    {
        public const int StarterTenancyMonths = 12;
        public const int NoticePeriodDays = 28;

        public string Reference { get; set; } = "";
        public DateTime Start { get; set; }
        public DateTime? End { get; set; }
        public TenancyStage Stage { get; set; }
        public ArrearsStage Arrears { get; set; }
        public decimal WeeklyRent { get; set; }

        public DateTime StarterReviewDue => Start.AddMonths(StarterTenancyMonths - 3);
        public DateTime NoticeExpires(DateTime served) => served.AddDays(NoticePeriodDays);
        public DateTime ArrearsStage1ResponseDue(DateTime letterSent) => letterSent.AddDays(14);

        public decimal RentBetween(DateTime from, DateTime to)
        {
            var weeks = (decimal)(to - from).TotalDays / 7m;
            return Math.Round(weeks * WeeklyRent, 2);
        }
    }

    public sealed class ArrearsEscalation
    {
        public ArrearsStage Next(ArrearsStage current) => current switch
        {
            ArrearsStage.None => ArrearsStage.Stage1Letter,
            ArrearsStage.Stage1Letter => ArrearsStage.Stage2Letter,
            ArrearsStage.Stage2Letter => ArrearsStage.Stage3NoticeSeekingPossession,
            _ => ArrearsStage.CourtAction,
        };

        public DateTime Stage2LetterDue(DateTime stage1Sent) => stage1Sent.AddDays(21);
    }

    public static class TenancyReports
    {
        public static IEnumerable<Tenancy> EndingWithin(IEnumerable<Tenancy> tenancies, int days)
            => tenancies.Where(t => t.End is { } end && end <= DateTime.Today.AddDays(days));

        public static IEnumerable<IGrouping<TenancyStage, Tenancy>> ByStage(IEnumerable<Tenancy> tenancies)
            => tenancies.GroupBy(t => t.Stage);
    }
}
