namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>The samples build as the README says: the compliant one clean, the non-compliant one showing every rule.</summary>
[Collection(DotnetCollection.Name)]
public sealed class SampleTests
{
    private const string Compliant = "samples/RiversideHomes/RiversideHomes.Complaints/RiversideHomes.Complaints.csproj";
    private const string NonCompliant = "samples/RiversideHomes.NonCompliant/RiversideHomes.NonCompliant.csproj";

    /// <summary>
    /// Every rule a module of a system can show. Not CHC0006, which stands for the CHC0001s of a system that has no
    /// policy file yet (the module has one), nor CHC0601, a rule of test projects (PackageTests shows it).
    /// </summary>
    public static readonly string[] AllRuleIds = typeof(Diagnostics.DiagnosticIds)
        .GetFields()
        .Select(f => (string)f.GetRawConstantValue()!)
        .Except(new[] { Diagnostics.DiagnosticIds.NoPolicyFile, Diagnostics.DiagnosticIds.DeadlineWithoutConformanceTest })
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void CompliantSample_BuildsWithNoWarnings_EvenInStrictMode()
    {
        // --no-incremental: the analyzers must run, not be skipped because an earlier build is up to date.
        var normal = Dotnet.Build(Compliant, null, "--no-incremental");
        Assert.Empty(Dotnet.RuleIds(normal));
        Assert.Contains("0 Warning(s)", normal);

        var strict = Dotnet.Build(Compliant, null, "--no-incremental", "-p:ComplaintCodeStrict=true");
        Assert.Empty(Dotnet.RuleIds(strict));
        Assert.Contains("0 Warning(s)", strict);
    }

    [Fact]
    public void NonCompliantSample_ShowsEveryRule_AndStrictModeMakesAllButARunningPlanAndASuggestionErrors()
    {
        var (exitCode, output) = Dotnet.Run(Dotnet.RepositoryRoot, null, "build", NonCompliant, "-nologo", "--no-incremental");
        Assert.NotEqual(0, exitCode);
        Assert.Equal(AllRuleIds, Dotnet.RuleIds(output));
        Assert.Contains("warning CHC0001", output);

        // A declared gap whose date has not passed is a plan, not a regression: strict mode leaves it as configured
        // (the sample's .globalconfig makes it a warning); ComplaintCodeStrictPlannedGaps raises it too.
        var (strictExit, strict) = Dotnet.Run(Dotnet.RepositoryRoot, null, "build", NonCompliant, "-nologo", "--no-incremental", "-p:ComplaintCodeStrict=true");
        Assert.NotEqual(0, strictExit);
        Assert.Equal(AllRuleIds, Dotnet.RuleIds(strict));
        // The suggestion CHC0005 stays as the .globalconfig sets it too.
        Assert.Equal(new[] { "warning CHC0003", "warning CHC0005" }, System.Text.RegularExpressions.Regex.Matches(strict, @"warning CHC\d{4}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

        var (plannedExit, planned) = Dotnet.Run(Dotnet.RepositoryRoot, null, "build", NonCompliant, "-nologo", "--no-incremental", "-p:ComplaintCodeStrict=true", "-p:ComplaintCodeStrictPlannedGaps=true");
        Assert.NotEqual(0, plannedExit);
        Assert.Contains("error CHC0003", planned);
        Assert.Equal(new[] { "warning CHC0005" }, System.Text.RegularExpressions.Regex.Matches(planned, @"warning CHC\d{4}").Select(m => m.Value).Distinct());
    }
}
