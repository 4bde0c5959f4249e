using BenchmarkDotNet.Attributes;

namespace ComplaintCode.Benchmarks;

/// <summary>
/// The conformance kit: every case of one provision, built and checked against a right deadline method, as one
/// conformance test in a user's test project runs it (the target: under 100 ms for one provision). The cases
/// are built on each call, as <c>CodeConformance.Check</c> does; <see cref="CasesOnly"/> shows that part alone.
/// </summary>
[Config(typeof(BenchConfig.Conformance))]
public class ConformanceBenchmarks
{
    // 6.2 has the most cases with a time of day; 6.14 counts the longest; 2.3 counts months.
    [Params(Provision.Stage1Acknowledgement, Provision.Stage2Response, Provision.TwelveMonthTimeLimit)]
    public Provision Provision { get; set; }

    private Func<DateOnly, DateOnly> _deadline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _deadline = Provision switch
        {
            Provision.TwelveMonthTimeLimit => start => start.AddMonths(CodeTimescales.ComplaintTimeLimitMonths),
            Provision.Stage1Acknowledgement => start => WorkingDays.Add(start, CodeTimescales.Stage1AcknowledgementWorkingDays),
            _ => start => WorkingDays.Add(start, CodeTimescales.Stage2ResponseWorkingDays),
        };

        // A right method passes every case; a benchmark of a failing check would measure the failure messages instead.
        if (CodeConformance.Check(Provision, _deadline).Count != 0)
        {
            throw new InvalidOperationException($"The benchmark's deadline for {Provision} does not conform.");
        }
    }

    [Benchmark(Baseline = true)]
    public int CasesOnly() => CodeConformance.Cases(Provision).Count;

    [Benchmark]
    public int CheckAllCasesOfOneProvision() => CodeConformance.Check(Provision, _deadline).Count;
}
