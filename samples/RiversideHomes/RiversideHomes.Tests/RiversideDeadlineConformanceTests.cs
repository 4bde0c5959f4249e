using ComplaintCode;
using RiversideHomes.Complaints.Calendar;

namespace RiversideHomes.Tests;

/// <summary>
/// Riverside Homes' own deadline code on the Code's hardest dates. Riverside is stricter than the Code (3 working days
/// to acknowledge) and closes between Christmas and New Year, so each check is given the landlord's timescale and
/// calendar: this project's ComplaintPolicy is written from the same complaint-policy.yaml as the workflow's.
/// </summary>
public class RiversideDeadlineConformanceTests
{
    [Fact]
    public void Stage1AcknowledgementDue_MeetsTheCode()
    {
        var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, ComplaintDeadlines.Stage1AcknowledgementDue,
            workingDays: ComplaintPolicy.Stage1AcknowledgementWorkingDays, calendar: ComplaintPolicy.Calendar);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Stage1ResponseDue_MeetsTheCode()
    {
        var failures = CodeConformance.Check(Provision.Stage1Response, ComplaintDeadlines.Stage1ResponseDue,
            workingDays: ComplaintPolicy.Stage1ResponseWorkingDays, calendar: ComplaintPolicy.Calendar);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Stage1Extension_OfTheLongestAllowed_MeetsTheCode()
    {
        // The longest extension Riverside's code allows, from the deadline being extended.
        var failures = CodeConformance.Check(Provision.Stage1Extension,
            (DateOnly due) => ComplaintDeadlines.Stage1Extension(due, ComplaintPolicy.Stage1ExtensionWorkingDays, "Awaiting a surveyor's report"),
            workingDays: ComplaintPolicy.Stage1ExtensionWorkingDays, calendar: ComplaintPolicy.Calendar);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Stage2AcknowledgementDue_MeetsTheCode()
    {
        var failures = CodeConformance.Check(Provision.Stage2Acknowledgement, ComplaintDeadlines.Stage2AcknowledgementDue,
            workingDays: ComplaintPolicy.Stage2AcknowledgementWorkingDays, calendar: ComplaintPolicy.Calendar);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Stage2ResponseDue_MeetsTheCode()
    {
        var failures = CodeConformance.Check(Provision.Stage2Response, ComplaintDeadlines.Stage2ResponseDue,
            workingDays: ComplaintPolicy.Stage2ResponseWorkingDays, calendar: ComplaintPolicy.Calendar);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Stage2Extension_OfTheLongestAllowed_MeetsTheCode()
    {
        var failures = CodeConformance.Check(Provision.Stage2Extension,
            (DateOnly due) => ComplaintDeadlines.Stage2Extension(due, ComplaintPolicy.Stage2ExtensionWorkingDays, "Independent inspection booked"),
            workingDays: ComplaintPolicy.Stage2ExtensionWorkingDays, calendar: ComplaintPolicy.Calendar);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void WithinTimeLimit_AcceptsEveryComplaintTheCodeDoes()
    {
        // WithinTimeLimit answers yes or no; the kit wants the last day a complaint is accepted, found by asking it.
        var failures = CodeConformance.Check(Provision.TwelveMonthTimeLimit, (DateOnly issue) => LastDayAccepted(issue));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static DateOnly LastDayAccepted(DateOnly issue)
    {
        var day = issue;
        while (ComplaintDeadlines.WithinTimeLimit(issue, day.AddDays(1)))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
