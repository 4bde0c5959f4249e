using ComplaintCode.Analyzers.Diagnostics;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.TimescaleAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

public class TimescaleAnalyzerTests
{
    [Fact]
    public async Task Stage1DeadlineOver10WorkingDays_OnConstant_Reports()
    {
        const string source = """
            using ComplaintCode;

            static class Deadlines
            {
                [Implements("6.3")]
                public const int Stage1ResponseDays = {|#0:15|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Stage1ResponseDays'", "15 working days", 10, "6.3"));
    }

    [Fact]
    public async Task AcknowledgementOver5WorkingDays_OnPropertyAndField_Reports()
    {
        const string source = """
            using ComplaintCode;

            class Settings
            {
                [Implements(Provision.Stage1Acknowledgement)]
                public int AcknowledgeWithin { get; } = {|#0:7|};

                [Implements("6.11")]
                public int Stage2Acknowledge => {|#1:6|};

                [Implements("6.14")]
                private readonly int _stage2 = {|#2:25|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'AcknowledgeWithin'", "7 working days", 5, "6.2"),
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(1).WithArguments("'Stage2Acknowledge'", "6 working days", 5, "6.11"),
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(2).WithArguments("'_stage2'", "25 working days", 20, "6.14"));
    }

    [Fact]
    public async Task ExtensionOverLimit_InAttributeArgument_Reports()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class DeadlineAttribute : Attribute
            {
                public DeadlineAttribute(int workingDays) { }
            }

            class Extensions
            {
                [Implements("6.4"), Deadline({|#0:12|})]
                public void ExtendStage1() { }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'ExtendStage1'", "12 working days", 10, "6.4"));
    }

    [Fact]
    public async Task ConstantPassedToWorkingDayComputation_OverLimit_Reports()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Deadlines
            {
                [Implements("6.14")]
                public DateOnly Stage2Due(DateOnly acknowledged) => {|#0:WorkingDays.Add(acknowledged, 30)|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Add'", "30 working days", 20, "6.14"));
    }

    [Fact]
    public async Task TimescalesWithinTheCode_DoNotReport()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Deadlines
            {
                [Implements("6.3")]
                public const int Stage1ResponseDays = CodeTimescales.Stage1ResponseWorkingDays;

                [Implements("6.2")]
                public int Acknowledge { get; } = 3;

                [Implements("6.2", "6.3")]
                public DateOnly Due(DateOnly received, bool acknowledged)
                    => acknowledged ? WorkingDays.Add(received, 10) : WorkingDays.Add(received, ComplaintPolicy.Stage1AcknowledgementWorkingDays);

                // Not a timescale provision: numbers here are not checked.
                [Implements("5.12")]
                public const int RetentionYears = 60;
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task CalendarDaysInWorkingDayMember_Reports()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Deadlines
            {
                [Implements("6.2")]
                public DateTime AcknowledgeBy(DateTime received) => {|#0:received.AddDays(5)|};

                [Implements("6.3")]
                public DateTime RespondBy(DateTime acknowledged) => acknowledged + {|#1:TimeSpan.FromDays(14)|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.CalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "6.2"),
            Verify.Diagnostic(DiagnosticDescriptors.CalendarDaysForWorkingDays).WithLocation(1).WithArguments("FromDays", "6.3"),
            Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(1).WithArguments("'FromDays'", "14 calendar days", 10, "6.3"));
    }

    [Fact]
    public async Task CalendarDaysOutsideTimescaleMembers_DoNotReport()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Housekeeping
            {
                public DateTime PurgeAfter(DateTime closed) => closed.AddDays(30);

                [Implements("5.12")]
                public DateTime RetainUntil(DateTime closed) => closed.AddDays(365 * 6);
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task ComplaintTimeLimitShorterThanTwelveMonths_Reports()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Exclusions
            {
                [Implements("2.3")]
                public const int ComplaintTimeLimitMonths = {|#0:6|};

                [Implements("2.3")]
                public bool InTime(DateTime issue, DateTime received) => issue >= {|#1:received.AddMonths(-6)|};
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.ComplaintTimeLimitTooShort).WithLocation(0).WithArguments("'ComplaintTimeLimitMonths'", "6 months"),
            Verify.Diagnostic(DiagnosticDescriptors.ComplaintTimeLimitTooShort).WithLocation(1).WithArguments("'AddMonths'", "6 months"));
    }

    [Fact]
    public async Task ComplaintTimeLimitInDays_ShorterThanAYear_Reports()
    {
        const string source = """
            using ComplaintCode;

            class Exclusions
            {
                [Implements("2.3")]
                public const int ComplaintWindowDays = {|#0:180|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.ComplaintTimeLimitTooShort).WithLocation(0).WithArguments("'ComplaintWindowDays'", "180 days"));
    }

    [Fact]
    public async Task ComplaintTimeLimitOfTwelveMonthsOrMore_DoesNotReport()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Exclusions
            {
                [Implements("2.3")]
                public const int ComplaintTimeLimitMonths = CodeTimescales.ComplaintTimeLimitMonths;

                [Implements("2.3")]
                public bool InTime(DateTime issue, DateTime received) => issue >= received.AddMonths(-12) || issue >= received.AddYears(-1);
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task AConstantWithTwoAttributeListsOfOurs_IsJudgedOnce_AgainstTheStrictestLimit()
    {
        // Each attribute list that may be ours leads to its declaration; the declaration is still judged once.
        const string source = """
            using ComplaintCode;

            static class Deadlines
            {
                [Implements("6.14")]
                [Implements("6.3")]
                public const int ResponseDays = {|#0:15|};
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'ResponseDays'", "15 working days", 10, "6.3"));
    }

    [Fact]
    public async Task ATypeMarkedThroughAnAlias_HasItsAttributeArgumentJudged()
    {
        const string source = """
            using System;
            using Evidence = ComplaintCode.ImplementsAttribute;

            class DeadlineAttribute : Attribute
            {
                public DeadlineAttribute(int workingDays) { }
            }

            [Evidence("6.4"), Deadline({|#0:15|})]
            class Stage1Extension { }

            [Deadline(15)]
            class Unmarked { }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Stage1Extension'", "15 working days", 10, "6.4"));
    }

    [Fact]
    public async Task APartialTypeMarkedInBothParts_IsJudgedOnce()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class DeadlineAttribute : Attribute
            {
                public DeadlineAttribute(int workingDays) { }
            }

            [Implements("6.4")]
            partial class Stage1Extension { }

            [Deadline({|#0:15|})]
            [Implements("6.4")]
            partial class Stage1Extension { }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Stage1Extension'", "15 working days", 10, "6.4"));
    }
}
