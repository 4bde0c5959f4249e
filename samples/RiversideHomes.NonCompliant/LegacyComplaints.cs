namespace RiversideHomes.NonCompliant.Legacy;

// The complaint code from before the package: nothing here is annotated, so each breach below is inferred from
// names and reported as a warning under the inferred ids.

internal enum ComplaintStatus // CHC0111: three stages, by the numbers its members carry (5.3)
{
    New,
    Stage1Open,
    Stage2Open,
    Stage3Open, // CHC0112: an extra named stage (5.2)
    Closed,
    ReferredToOmbudsman, // not a landlord stage: not counted
}

internal static class ComplaintRules
{
    public const int Stage1ResponseWorkingDays = 15; // CHC0211: longer than the Code's 10 working days (6.3)

    public const int ComplaintTimeLimitMonths = 6; // CHC0213: shorter than the Code's 12 months (2.3)

    public static DateTime Stage2ResponseDue(DateTime acknowledged) => acknowledged.AddDays(20); // CHC0212: calendar days (6.14)
}
