using ComplaintCode;

namespace RiversideHomes.NonCompliant;

public static class Deadlines
{
    [Implements("6.3")]
    public const int Stage1ResponseDays = 15; // CHC0201: longer than the Code's 10 working days (6.3)

    [Implements("2.3")]
    public const int ComplaintTimeLimitMonths = 6; // CHC0203: shorter than the Code's 12 months (2.3)

    [Implements("6.2")]
    public static DateTime AcknowledgeBy(DateTime received) => received.AddDays(5); // CHC0202: calendar days, not working days

    [Implements("6.21")] // CHC0002: the Code has no provision 6.21
    public const int ReviewAfterDays = 30;
}
