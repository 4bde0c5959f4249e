using System.Collections.Immutable;
using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Tests.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.PolicyFileAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

public class PolicyFileAnalyzerTests
{
    private const string PolicyPath = "/0/complaint-policy.yaml";
    private const string Source = "class C { }";

    private static DiagnosticResult At(DiagnosticResult result, int line, int column, int endLine, int endColumn)
        => result.WithSpan(PolicyPath, line, column, endLine, endColumn);

    [Fact]
    public async Task CompletePolicy_DoesNotReport()
    {
        const string policy = """
            # Riverside Homes complaint policy
            landlord: Riverside Homes
            assessmentDate: 2026-06-30
            timescales:
              stage1AcknowledgementWorkingDays: 3
              stage1ResponseWorkingDays: 10
              complaintTimeLimitMonths: 12
            closureDays:
              - 2026-12-29
            provisions:
              "1.2": Complaints Policy, section 3.1
              "9.4":
                comply: yes
                evidence:
                  - document: Board terms of reference
                    section: "2"
                    link: https://riverside.example/board
                  - Annual report 2025
                commentary: The Director of Housing is the lead.
            """;

        await Verify.VerifyAsync(Source, policy);
    }

    [Fact]
    public async Task YamlSyntaxError_ReportsAtItsLineAndColumn()
    {
        const string policy = "landlord: Riverside Homes\ntimescales:\n  stage1ResponseWorkingDays: [10\n";

        var result = await RunAsync(policy);

        var diagnostic = Assert.Single(result);
        Assert.Equal(DiagnosticIds.PolicyFileUnusable, diagnostic.Id);
        Assert.StartsWith("YAML syntax error", diagnostic.GetMessage());
        Assert.Equal(PolicyPath, diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 2);
    }

    [Fact]
    public async Task UnknownKeyWrongTypeAndDuplicateKey_Report()
    {
        const string policy = """
            landlord: Riverside Homes
            landlrod: typo
            closureDays: 2026-12-29
            landlord: Again
            """;

        await Verify.VerifyAsync(
            Source,
            policy,
            At(Verify.Diagnostic(DiagnosticDescriptors.PolicyFileUnusable), 2, 1, 2, 9)
                .WithArguments("Unknown key 'landlrod' in the policy file; expected one of: landlord, assessmentDate, timescales, closureDays, provisions"),
            At(Verify.Diagnostic(DiagnosticDescriptors.PolicyFileUnusable), 3, 14, 3, 24).WithArguments("'closureDays' must be a list"),
            At(Verify.Diagnostic(DiagnosticDescriptors.PolicyFileUnusable), 4, 1, 4, 9).WithArguments("The key 'landlord' appears twice in the policy file"));
    }

    [Fact]
    public async Task LooserLocalTimescale_Reports()
    {
        const string policy = """
            timescales:
              stage1ResponseWorkingDays: 15
              complaintTimeLimitMonths: 6
            """;

        await Verify.VerifyAsync(
            Source,
            policy,
            At(Verify.Diagnostic(DiagnosticDescriptors.PolicyTimescaleLooserThanCode), 2, 30, 2, 32)
                .WithArguments("The local timescale stage1ResponseWorkingDays of 15 working days is longer than the Code allows: 10 working days (provision 6.3)"),
            At(Verify.Diagnostic(DiagnosticDescriptors.PolicyTimescaleLooserThanCode), 3, 29, 3, 30)
                .WithArguments("The local timescale complaintTimeLimitMonths of 6 months is shorter than the Code allows: 12 months (provision 2.3)"));
    }

    [Fact]
    public async Task BadProvisionIds_Report()
    {
        const string policy = """
            provisions:
              "6.21": Complaints Policy
              "six": Complaints Policy
              "6.3": Complaints Policy
              "6.3": Complaints Policy, again
            """;

        await Verify.VerifyAsync(
            Source,
            policy,
            At(Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId), 2, 3, 2, 9).WithArguments("The Complaint Handling Code has no provision 6.21"),
            At(Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId), 3, 3, 3, 8).WithArguments("'six' is not a provision number; write it as section.number, e.g. \"6.3\""),
            At(Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId), 5, 3, 5, 8).WithArguments("Provision 6.3 is listed twice in the policy file"));
    }

    private const string Plans = """
        provisions:
          "9.5":
            comply: no
            commentary: The MRC will be appointed in March.
            complyBy: 2026-03-31
          "9.6":
            comply: no
        """;

    [Fact]
    public async Task PlanWhoseDateHasNotPassed_IsAnInfo_AndNoWithoutADateWarns()
    {
        // The complyBy day itself is the plan's last day.
        await VerifyPlansAsync(
            "is_global = true\nbuild_property.ComplaintCodeToday = 2026-03-31\n",
            At(Verify.Diagnostic(DiagnosticDescriptors.ProvisionDeclaredNotMet), 2, 3, 2, 8).WithArguments("9.5", "2026-03-31", "The MRC will be appointed in March."),
            At(Verify.Diagnostic(DiagnosticDescriptors.NotMetWithoutComplyBy), 7, 13, 7, 15).WithArguments("Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'"));
    }

    [Fact]
    public async Task PlanWhoseDateHasPassed_IsCHC0004_AtItsEntry()
    {
        await VerifyPlansAsync(
            "is_global = true\nbuild_property.ComplaintCodeToday = 2026-04-01\n",
            At(Verify.Diagnostic(DiagnosticDescriptors.PlanToComplyOverdue), 2, 3, 2, 8).WithArguments("9.5", "2026-03-31"),
            At(Verify.Diagnostic(DiagnosticDescriptors.NotMetWithoutComplyBy), 7, 13, 7, 15).WithArguments("Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'"));
    }

    [Fact]
    public async Task PlanWithNoDateKnownOrABadOne_IsNeverJudgedOverdue()
    {
        foreach (var config in new[] { "is_global = true\n", "is_global = true\nbuild_property.ComplaintCodeToday = 05/12/2026\n" })
        {
            await VerifyPlansAsync(
                config,
                At(Verify.Diagnostic(DiagnosticDescriptors.ProvisionDeclaredNotMet), 2, 3, 2, 8).WithArguments("9.5", "2026-03-31", "The MRC will be appointed in March."),
                At(Verify.Diagnostic(DiagnosticDescriptors.NotMetWithoutComplyBy), 7, 13, 7, 15).WithArguments("Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'"));
        }
    }

    [Fact]
    public async Task PlansAreJudgedInTheSystemsProjectOnly()
    {
        // A part of the system still reports the file's own faults (CHC0503), never the plans, so each is stated once.
        await VerifyPlansAsync(
            "is_global = true\nbuild_property.ComplaintCodeToday = 2026-04-01\nbuild_property.ComplaintCodeAssessedProject = false\n",
            At(Verify.Diagnostic(DiagnosticDescriptors.NotMetWithoutComplyBy), 7, 13, 7, 15).WithArguments("Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'"));
    }

    private static Task VerifyPlansAsync(string globalConfig, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = Source };
        test.TestState.AdditionalFiles.Add((PolicyPath, Plans));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Runs the analyzer directly, for assertions the markup cannot express (a message's start).</summary>
    internal static async Task<IReadOnlyList<Diagnostic>> RunAsync(string policy, string path = PolicyPath)
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(path, policy)));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyFileAnalyzer()), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}
