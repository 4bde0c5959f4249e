using System.Collections.Immutable;
using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.TimescaleAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

/// <summary>CHC0211-CHC0213: the timescale rules on complaint code nobody has annotated, from what its names say.</summary>
public class InferredTimescaleTests
{
    [Fact]
    public async Task CalendarDaysForStage1Response_InComplaintsType_ReportsInferred()
    {
        const string source = """
            using System;

            namespace Acme.Services
            {
                public class ComplaintService
                {
                    public DateTime Stage1ResponseDue(DateTime acknowledged) => {|#0:acknowledged.AddDays(28)|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "the stage 1 response", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'AddDays'", "28 calendar days", 10, "the stage 1 response", "6.3"));
    }

    [Fact]
    public async Task CalendarDaysAssignedToAnAcknowledgementDeadline_ReportsInferred()
    {
        const string source = """
            using System;

            class Complaint
            {
                public DateTime Received { get; set; }
                public DateTime AcknowledgeBy { get; set; }
            }

            class ComplaintIntake
            {
                public void Register(Complaint complaint)
                {
                    complaint.AcknowledgeBy = {|#0:complaint.Received.AddDays(5)|};
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "the acknowledgement", "6.2"));
    }

    [Fact]
    public async Task ConstantsNamedLikeTheCodesTimescales_OverTheLimit_ReportInferred()
    {
        const string source = """
            namespace Acme.Settings
            {
                public static class HandlingRules
                {
                    public const int Stage1ResponseWorkingDays = {|#0:15|};
                    public const int Stage2ExtensionWorkingDays = {|#1:25|};
                    public const int Stage1AcknowledgementWorkingDays = 5;
                    public const int Stage2ResponseWorkingDays = 20;
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'Stage1ResponseWorkingDays'", "15 working days", 10, "the stage 1 response", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(1).WithArguments("'Stage2ExtensionWorkingDays'", "25 working days", 20, "a stage 2 extension", "6.15"));
    }

    [Fact]
    public async Task TimescaleNamesInComplaintType_OnPropertyAndField_ReportInferred()
    {
        const string source = """
            class ComplaintOptions
            {
                public int AcknowledgementDays { get; set; } = {|#0:7|};
                public int Stage2ResponseDays => {|#1:30|};
                public int Stage1ResponseHours { get; set; } = 240;
            }
            """;

        // Hours are not a count the rule can compare with working days.
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'AcknowledgementDays'", "7 working days", 5, "the acknowledgement", "6.2"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(1).WithArguments("'Stage2ResponseDays'", "30 working days", 20, "the stage 2 response", "6.14"));
    }

    [Fact]
    public async Task ComplaintTimeLimitUnderTwelveMonths_ReportsInferred()
    {
        const string source = """
            using System;

            class ComplaintEligibility
            {
                public const int ComplaintTimeLimitMonths = {|#0:6|};

                public bool IsWithinTimeLimit(DateTime issueDate, DateTime received) => received <= {|#1:issueDate.AddMonths(6)|};

                public bool IsOutOfTime(DateTime issueDate) => issueDate < {|#2:DateTime.Today.AddMonths(-6)|};

                public bool IsInsideWindow(DateTime issueDate) => issueDate >= DateTime.Today.AddMonths(-12);
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredComplaintTimeLimitTooShort).WithLocation(0).WithArguments("'ComplaintTimeLimitMonths'", "6 months"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredComplaintTimeLimitTooShort).WithLocation(1).WithArguments("'AddMonths'", "6 months"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredComplaintTimeLimitTooShort).WithLocation(2).WithArguments("'AddMonths'", "6 months"));
    }

    [Fact]
    public async Task CompliantOrUnrelatedComplaintDateArithmetic_DoesNotReport()
    {
        const string source = """
            using System;
            using System.Linq;
            using ComplaintCode;

            class ComplaintReportService
            {
                public const int Stage1ResponseWorkingDays = 10;
                public const int ComplaintRetentionDays = 2190;

                public DateTime Stage1ResponseDue(DateTime acknowledged) => WorkingDays.Add(acknowledged, Stage1ResponseWorkingDays);

                // Looking back, reminding, keeping records: not the Code's deadlines.
                public DateTime[] ComplaintsSince(DateTime[] received) => received.Where(r => r > DateTime.Today.AddDays(-30)).ToArray();
                public DateTime Stage1ResponseReminder(DateTime due) => due.AddDays(-2);
                public DateTime PurgeComplaintsAfter(DateTime closed) => closed.AddDays(ComplaintRetentionDays);
                public DateTime CreatedAt { get; } = DateTime.UtcNow.AddDays(1);
            }

            namespace Arrears
            {
                // A stage number alone is not complaint code.
                class ArrearsLetters
                {
                    public const int Stage1ResponseDays = 28;
                    public DateTime Stage2ResponseDue(DateTime sent) => sent.AddDays(14);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task MemberWithImplements_IsJudgedOnlyByWhatItImplements()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class ComplaintLetters
            {
                [Implements("6.9")]
                public DateTime Stage1ResponseDue(DateTime acknowledged) => acknowledged.AddDays(28);

                [Implements("6.3")]
                public const int Stage1ResponseWorkingDays = {|#0:15|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Stage1ResponseWorkingDays'", "15 working days", 10, "6.3"));
    }

    [Fact]
    public async Task TimescaleNamesInAComplaintWorkflow_KeepTheAnnotatedRulesAndSeverity()
    {
        const string source = """
            using System;
            using ComplaintCode;

            [ComplaintWorkflow]
            class Workflow
            {
                public const int Stage1ResponseWorkingDays = {|#0:15|};

                public DateTime AcknowledgeBy(DateTime received) => {|#1:received.AddDays(5)|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Stage1ResponseWorkingDays'", "15 working days", 10, "6.3").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(DiagnosticDescriptors.CalendarDaysForWorkingDays).WithLocation(1).WithArguments("AddDays", "6.2"));
    }

    [Fact]
    public async Task InferredBreach_IsAWarning_AndTurnedOffInEditorConfig_DoesNotReport()
    {
        var test = new Verify.Test
        {
            TestCode = """
                class ComplaintSettings
                {
                    public const int Stage1ResponseWorkingDays = {|#0:15|};
                    public const int ComplaintTimeLimitMonths = 6;
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CHC0213.severity = none\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'Stage1ResponseWorkingDays'", "15 working days", 10, "the stage 1 response", "6.3").WithSeverity(DiagnosticSeverity.Warning));

        await test.RunAsync();
    }

    [Fact]
    public async Task InTestProjects_TimescalesAreNotGuessedAt()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;

                class ComplaintFixtures
                {
                    public const int Stage1ResponseWorkingDays = 15;
                    public DateTime Stage1ResponseDue(DateTime acknowledged) => acknowledged.AddDays(28);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InferredBreaches_AreErrorsInStrictMode_AndCarryTheirProvisions()
    {
        var compilation = AnalyzerHarness.WithAnalyzerConfig(
            Generation.GeneratorHarness.Compilation("""
                class ComplaintService
                {
                    public const int Stage1ResponseWorkingDays = 15;
                    public const int ComplaintTimeLimitMonths = 6;
                    public System.DateTime Stage2AcknowledgeBy(System.DateTime received) => received.AddDays(5);
                }
                """),
            ("/repo/ComplaintCode.Strict.globalconfig", RepositoryFiles.StrictGlobalConfig));

        var (diagnostics, crashes) = await AnalyzerHarness.RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new TimescaleAnalyzer()), ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(crashes);
        var ours = diagnostics.Where(d => d.Id.StartsWith("CHC", StringComparison.Ordinal)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { ("CHC0211", "6.3"), ("CHC0212", "6.11"), ("CHC0213", "2.3") },
            ours.Select(d => (d.Id, d.Properties[ProvisionDiagnostic.ProvisionsProperty]!)));
        Assert.All(ours, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task CalendarArithmetic_IsNeverCalledWorkingDays_InTheMessages()
    {
        const string source = """
            using System;
            using ComplaintCode;

            public class ComplaintService
            {
                public DateTime Stage1ResponseDue(DateTime acknowledged) => acknowledged.AddDays(14);

                public DateTime Stage2ResponseDue(DateTime escalated) => escalated + TimeSpan.FromDays(30);

                [Implements(Provision.Stage1Response)]
                public DateTime RespondBy(DateTime acknowledged) => acknowledged.AddDays(14);

                public const int Stage1ResponseWorkingDays = 15;
            }
            """;
        var (diagnostics, crashes) = await AnalyzerHarness.RunAsync(
            Generation.GeneratorHarness.Run(Generation.GeneratorHarness.Compilation(source)).Output,
            ImmutableArray.Create<DiagnosticAnalyzer>(new TimescaleAnalyzer()),
            ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(crashes);
        var messages = diagnostics
            .Where(d => d.Id is DiagnosticIds.TimescaleTooLong or DiagnosticIds.InferredTimescaleTooLong)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            new[]
            {
                "'AddDays' counts 14 calendar days where the Code allows at most 10 working days (provision 6.3)",
                "'AddDays' counts 14 calendar days where the Code allows at most 10 working days for the stage 1 response (provision 6.3). Inferred from names: mark it [Implements(\"6.3\")] once confirmed.",
                "'FromDays' counts 30 calendar days where the Code allows at most 20 working days for the stage 2 response (provision 6.14). Inferred from names: mark it [Implements(\"6.14\")] once confirmed.",
                "'Stage1ResponseWorkingDays' counts 15 working days where the Code allows at most 10 working days for the stage 1 response (provision 6.3). Inferred from names: mark it [Implements(\"6.3\")] once confirmed.",
            },
            messages);
        Assert.DoesNotContain(messages, m => m.Contains("14 working days", StringComparison.Ordinal) || m.Contains("30 working days", StringComparison.Ordinal));
    }

    // Code with nothing of complaints about it is passed over by type; a date stored under a name that says one of
    // the Code's timescales must still be read.
    [Fact]
    public async Task DateStoredUnderATimescaleName_InOrdinaryCode_ReportsInferred()
    {
        const string source = """
            using System;

            namespace Acme.Repairs
            {
                public class RepairJob
                {
                    public DateTime Raised { get; set; }
                    public DateTime Due { get; set; }

                    public void Schedule()
                    {
                        Due = Raised.AddDays(20);
                        var complaintStage1ResponseDue = {|#0:Raised.AddDays(28)|};
                    }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "the stage 1 response", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'AddDays'", "28 calendar days", 10, "the stage 1 response", "6.3"));
    }

    [Fact]
    public async Task OrdinaryTypeWithOneMemberNamedForATimescale_IsJudged()
    {
        const string source = """
            using System;

            namespace Acme.Repairs
            {
                public class RepairJob
                {
                    public DateTime Raised { get; set; }

                    public DateTime Inspect() => Raised.AddDays(20);

                    public DateTime Stage1ResponseWorkingDaysEnd() => {|#0:Raised.AddDays(28)|};
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "the stage 1 response", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'AddDays'", "28 calendar days", 10, "the stage 1 response", "6.3"));
    }

    [Fact]
    public async Task ConstantWhoseNameAloneSaysNoTimescale_IsJudgedByEveryNameAroundIt()
    {
        // Stage1ResponseDays is not one of the Code's names: only complaint code around it makes it the stage 1
        // response. Each constant below is in complaint code in one way: a namespace, an enclosing type, a
        // [ComplaintWorkflow] on an enclosing type, and one on another part of a partial type.
        const string source = """
            using ComplaintCode;

            namespace Housing.Complaints.Rules
            {
                class Deadlines
                {
                    public const int Stage1ResponseDays = {|#0:28|};
                }
            }

            namespace Housing.Repairs
            {
                class ComplaintDesk
                {
                    class Deadlines
                    {
                        public const int Stage1ResponseDays = {|#1:28|};
                    }
                }

                [ComplaintWorkflow]
                class Workflow
                {
                    class Deadlines
                    {
                        public const int Stage1ResponseDays = {|#2:28|};
                    }
                }

                [ComplaintWorkflow]
                partial class Escalation { }

                partial class Escalation
                {
                    public const int Stage1ResponseDays = {|#3:28|};
                }

                // The same name in ordinary code says nothing.
                class RepairDeadlines
                {
                    public const int Stage1ResponseDays = 28;
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'Stage1ResponseDays'", "28 working days", 10, "the stage 1 response", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(1).WithArguments("'Stage1ResponseDays'", "28 working days", 10, "the stage 1 response", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(2).WithArguments("'Stage1ResponseDays'", "28 working days", 10, "6.3").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(3).WithArguments("'Stage1ResponseDays'", "28 working days", 10, "6.3").WithSeverity(DiagnosticSeverity.Error));
    }
}
