using ComplaintCode.Analyzers.CodeFixes;
using ComplaintCode.Analyzers.Diagnostics;
using CalendarFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.TimescaleAnalyzer, ComplaintCode.Analyzers.CodeFixes.CalendarDaysCodeFixProvider>;
using ContactFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.LetterAnalyzer, ComplaintCode.Analyzers.CodeFixes.OmbudsmanContactCodeFixProvider>;

namespace ComplaintCode.Analyzers.Tests.CodeFixes;

public class CodeFixTests
{
    [Fact]
    public async Task AddDaysInWorkingDayMember_IsRewrittenToTheLandlordsCalendar()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Deadlines
            {
                [Implements("6.2")]
                public DateOnly AcknowledgeBy(DateOnly received) => {|#0:received.AddDays(5)|};
            }
            """;
        const string fixedSource = """
            using System;
            using ComplaintCode;

            class Deadlines
            {
                [Implements("6.2")]
                public DateOnly AcknowledgeBy(DateOnly received) => ComplaintPolicy.Calendar.Add(received, 5);
            }
            """;

        await CalendarFix.VerifyCodeFixAsync(source, fixedSource, CalendarFix.Diagnostic(DiagnosticDescriptors.CalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "6.2"));
    }

    [Fact]
    public async Task InferredCalendarDays_IsRewrittenToTheLandlordsCalendar_FullyQualifiedWithoutTheUsing()
    {
        const string source = """
            using System;

            class ComplaintService
            {
                public DateTime Stage1AcknowledgeBy(DateTime received) => {|#0:received.AddDays(5)|};
            }
            """;
        const string fixedSource = """
            using System;

            class ComplaintService
            {
                public DateTime Stage1AcknowledgeBy(DateTime received) => global::ComplaintCode.ComplaintPolicy.Calendar.Add(received, 5);
            }
            """;

        await CalendarFix.VerifyCodeFixAsync(source, fixedSource, CalendarFix.Diagnostic(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "the stage 1 acknowledgement", "6.2"));
    }

    [Fact]
    public async Task AddDaysWithDoubleArgument_HasNoFix()
    {
        const string source = """
            using System;
            using ComplaintCode;

            class Deadlines
            {
                [Implements("6.2")]
                public DateTime AcknowledgeBy(DateTime received, double days) => {|#0:received.AddDays(days)|};
            }
            """;

        // A fractional number of days has no working-day meaning, so the fix is not offered.
        await CalendarFix.VerifyCodeFixAsync(source, source, CalendarFix.Diagnostic(DiagnosticDescriptors.CalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "6.2"));
    }

    [Fact]
    public async Task ExtensionLetterWithoutContact_GetsAnOmbudsmanContactMember()
    {
        const string source = """
            using ComplaintCode;

            [ExtensionLetter(1)]
            class {|#0:Stage1Extension|}
            {
                public string Reason { get; set; } = "";
            }
            """;
        const string fixedSource = """
            using ComplaintCode;

            [ExtensionLetter(1)]
            class Stage1Extension
            {
                public string Reason { get; set; } = "";
                public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();
            }
            """;

        await ContactFix.VerifyCodeFixAsync(source, fixedSource, ContactFix.Diagnostic(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact).WithLocation(0).WithArguments("Stage1Extension", "6.5"));
    }

    [Fact]
    public async Task PositionalRecordExtensionLetter_GetsABodyWithTheMember()
    {
        const string source = """
            using ComplaintCode;

            [ExtensionLetter(2)]
            record {|#0:Stage2Extension|}(string Reason);
            """;
        const string fixedSource = """
            using ComplaintCode;

            [ExtensionLetter(2)]
            record Stage2Extension(string Reason)
            {
                public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();
            }
            """;

        await ContactFix.VerifyCodeFixAsync(source, fixedSource, ContactFix.Diagnostic(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact).WithLocation(0).WithArguments("Stage2Extension", "6.16"));
    }

    [Fact]
    public async Task PublicLetter_GetsAPublicMember_AndStructLetterAnExpressionBody()
    {
        const string source = """
            using ComplaintCode;

            [ExtensionLetter(1)]
            public class {|#0:PublicExtension|} { }

            [ExtensionLetter(2)]
            struct {|#1:StructExtension|} { }
            """;
        const string fixedSource = """
            using ComplaintCode;

            [ExtensionLetter(1)]
            public class PublicExtension
            {
                public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();
            }

            [ExtensionLetter(2)]
            struct StructExtension
            {
                public OmbudsmanContact Ombudsman => new OmbudsmanContact();
            }
            """;

        await ContactFix.VerifyCodeFixAsync(
            source,
            fixedSource,
            ContactFix.Diagnostic(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact).WithLocation(0).WithArguments("PublicExtension", "6.5"),
            ContactFix.Diagnostic(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact).WithLocation(1).WithArguments("StructExtension", "6.16"));
    }
}
