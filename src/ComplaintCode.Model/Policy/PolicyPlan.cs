using System;
using System.Globalization;

namespace ComplaintCode.Model.Policy;

/// <summary>
/// Where a provision declared not met stands on a given day. A declared gap with a complyBy date is the landlord's
/// plan, like a waiver that expires: planned until the date, overdue after it. The analyzers (CHC0003, CHC0004) and
/// the build's summary both judge it here.
/// </summary>
public enum PolicyPlan
{
    /// <summary>Not declared not met.</summary>
    None,

    /// <summary>Declared not met with no complyBy date (CHC0503).</summary>
    Undated,

    /// <summary>Declared not met, to be met by a date that has not passed (CHC0003).</summary>
    Planned,

    /// <summary>Declared not met, to be met by a date that has passed (CHC0004).</summary>
    Overdue,
}

public static class PolicyPlans
{
    /// <summary>
    /// The plan of <paramref name="provision"/> on <paramref name="today"/> (yyyy-mm-dd, from <see cref="Today"/>);
    /// with no date known, a dated plan counts as planned. The complyBy date itself is the last day of the plan.
    /// </summary>
    public static PolicyPlan Of(PolicyProvision provision, string? today)
        => provision.Comply != PolicyComply.No ? PolicyPlan.None
            : provision.ComplyBy is null ? PolicyPlan.Undated
            // Both are yyyy-mm-dd, which sort as text in date order.
            : today is not null && string.CompareOrdinal(provision.ComplyBy, today) < 0 ? PolicyPlan.Overdue
            : PolicyPlan.Planned;

    /// <summary>The build's date (the ComplaintCodeToday property) as yyyy-mm-dd, or null when it is absent or not a date.</summary>
    public static string? Today(string? value)
        => value is not null && DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
