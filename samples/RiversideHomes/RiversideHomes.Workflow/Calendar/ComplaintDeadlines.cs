using ComplaintCode;

namespace RiversideHomes.Complaints.Calendar;

/// <summary>
/// Every complaint deadline, computed in working days from the generated <see cref="ComplaintPolicy"/> constants.
/// <c>ComplaintPolicy.Calendar</c> skips weekends, England and Wales bank holidays and the closure days listed in
/// complaint-policy.yaml. The analyzers check each number against the Code's maximum.
/// </summary>
public static class ComplaintDeadlines
{
    [Implements(Provision.Stage1Acknowledgement, Evidence = "Stage 1 acknowledgement due in ComplaintPolicy.Stage1AcknowledgementWorkingDays (3) working days of receipt.")]
    public static DateOnly Stage1AcknowledgementDue(DateOnly receivedOn)
        => ComplaintPolicy.Calendar.Add(receivedOn, ComplaintPolicy.Stage1AcknowledgementWorkingDays);

    [Implements(Provision.Stage1Response, Evidence = "Stage 1 response due in ComplaintPolicy.Stage1ResponseWorkingDays working days of acknowledgement.")]
    public static DateOnly Stage1ResponseDue(DateOnly acknowledgedOn)
        => ComplaintPolicy.Calendar.Add(acknowledgedOn, ComplaintPolicy.Stage1ResponseWorkingDays);

    [Implements(Provision.Stage1Extension, Evidence = "A stage 1 extension is refused above ComplaintPolicy.Stage1ExtensionWorkingDays and needs a reason.")]
    public static DateOnly Stage1Extension(DateOnly currentDue, int extraWorkingDays, string reason)
        => Extend(currentDue, extraWorkingDays, ComplaintPolicy.Stage1ExtensionWorkingDays, reason);

    [Implements(Provision.Stage2Acknowledgement, Evidence = "Stage 2 acknowledgement due in ComplaintPolicy.Stage2AcknowledgementWorkingDays (3) working days of the request.")]
    public static DateOnly Stage2AcknowledgementDue(DateOnly requestedOn)
        => ComplaintPolicy.Calendar.Add(requestedOn, ComplaintPolicy.Stage2AcknowledgementWorkingDays);

    [Implements(Provision.Stage2Response, Evidence = "Stage 2 response due in ComplaintPolicy.Stage2ResponseWorkingDays working days of acknowledgement.")]
    public static DateOnly Stage2ResponseDue(DateOnly acknowledgedOn)
        => ComplaintPolicy.Calendar.Add(acknowledgedOn, ComplaintPolicy.Stage2ResponseWorkingDays);

    [Implements(Provision.Stage2Extension, Evidence = "A stage 2 extension is refused above ComplaintPolicy.Stage2ExtensionWorkingDays and needs a reason.")]
    public static DateOnly Stage2Extension(DateOnly currentDue, int extraWorkingDays, string reason)
        => Extend(currentDue, extraWorkingDays, ComplaintPolicy.Stage2ExtensionWorkingDays, reason);

    /// <summary>Whether a complaint was made within the time limit of the issue happening or being noticed.</summary>
    [Implements(Provision.TwelveMonthTimeLimit, Evidence = "Complaints within ComplaintPolicy.ComplaintTimeLimitMonths (12) months of the issue are always accepted.")]
    public static bool WithinTimeLimit(DateOnly issueNoticedOn, DateOnly receivedOn)
        => issueNoticedOn.AddMonths(ComplaintPolicy.ComplaintTimeLimitMonths) >= receivedOn;

    /// <summary>The next date the resident is due an update, at the interval agreed with them.</summary>
    public static DateOnly NextUpdate(DateOnly from, int intervalWorkingDays) => ComplaintPolicy.Calendar.Add(from, intervalWorkingDays);

    private static DateOnly Extend(DateOnly currentDue, int extraWorkingDays, int maximum, string reason)
    {
        if (extraWorkingDays < 1 || extraWorkingDays > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(extraWorkingDays), extraWorkingDays, $"Riverside Homes extends a response by 1 to {maximum} working days at a time.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ComplaintPolicy.Calendar.Add(currentDue, extraWorkingDays);
    }
}
