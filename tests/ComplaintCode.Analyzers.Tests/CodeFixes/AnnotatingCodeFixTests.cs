using ComplaintCode.Analyzers.CodeFixes;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ContactFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.LetterAnalyzer, ComplaintCode.Analyzers.CodeFixes.OmbudsmanContactCodeFixProvider>;
using EvidenceFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.TimescaleAnalyzer, ComplaintCode.Analyzers.CodeFixes.ImplementsCodeFixProvider>;
using MemberFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.ProvisionMemberAnalyzer, ComplaintCode.Analyzers.CodeFixes.ProvisionMemberCodeFixProvider>;
using StagesFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.ComplaintStagesAnalyzer, ComplaintCode.Analyzers.CodeFixes.ComplaintStagesCodeFixProvider>;

namespace ComplaintCode.Analyzers.Tests.CodeFixes;

/// <summary>The fixes that turn a guess into an annotation, after which the annotated rule judges the code.</summary>
public class AnnotatingCodeFixTests
{
    [Fact]
    public async Task InferredCalendarDaysAndTimescale_MarkTheMemberOnce_AndTheAnnotatedRulesTakeOver()
    {
        var test = new EvidenceFix.Test
        {
            TestCode = """
                using System;

                namespace Acme.Services
                {
                    public class ComplaintService
                    {
                        /// <summary>When the stage 1 response is due.</summary>
                        public DateTime Stage1ResponseDue(DateTime acknowledged) => {|#0:acknowledged.AddDays(28)|};
                    }
                }
                """,
            FixedCode = """
                using System;
                using ComplaintCode;

                namespace Acme.Services
                {
                    public class ComplaintService
                    {
                        /// <summary>When the stage 1 response is due.</summary>
                        [Implements(Provision.Stage1Response)]
                        public DateTime Stage1ResponseDue(DateTime acknowledged) => {|#0:acknowledged.AddDays(28)|};
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "the stage 1 response", "6.3"));
        test.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'AddDays'", "28 calendar days", 10, "the stage 1 response", "6.3"));
        test.FixedState.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.CalendarDaysForWorkingDays).WithLocation(0).WithArguments("AddDays", "6.3"));
        test.FixedState.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'AddDays'", "28 calendar days", 10, "6.3"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InferredTimeLimit_MarksEachMemberWithItsProvision_AndFixAllMarksThemAll()
    {
        var test = new EvidenceFix.Test
        {
            TestCode = """
                using System;
                using ComplaintCode;

                class ComplaintEligibility
                {
                    public const int ComplaintTimeLimitMonths = {|#0:6|};

                    public bool IsWithinTimeLimit(DateTime issueDate, DateTime received) => received <= {|#1:issueDate.AddMonths(6)|};
                }
                """,
            FixedCode = """
                using System;
                using ComplaintCode;

                class ComplaintEligibility
                {
                    [Implements(Provision.TwelveMonthTimeLimit)]
                    public const int ComplaintTimeLimitMonths = {|#0:6|};

                    [Implements(Provision.TwelveMonthTimeLimit)]
                    public bool IsWithinTimeLimit(DateTime issueDate, DateTime received) => received <= {|#1:issueDate.AddMonths(6)|};
                }
                """,
        };
        test.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.InferredComplaintTimeLimitTooShort).WithLocation(0).WithArguments("'ComplaintTimeLimitMonths'", "6 months"));
        test.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.InferredComplaintTimeLimitTooShort).WithLocation(1).WithArguments("'AddMonths'", "6 months"));
        test.FixedState.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.ComplaintTimeLimitTooShort).WithLocation(0).WithArguments("'ComplaintTimeLimitMonths'", "6 months"));
        test.FixedState.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.ComplaintTimeLimitTooShort).WithLocation(1).WithArguments("'AddMonths'", "6 months"));

        await test.RunAsync();
    }

    [Fact]
    public async Task MarkAsEvidence_IsTitledWithTheProvision()
    {
        var test = new EvidenceFix.Test
        {
            TestCode = """
                class ComplaintRules
                {
                    public const int Stage2ResponseDays = {|#0:30|};
                }
                """,
            FixedCode = """
                using ComplaintCode;

                class ComplaintRules
                {
                    [Implements(Provision.Stage2Response)]
                    public const int Stage2ResponseDays = {|#0:30|};
                }
                """,
            CodeActionEquivalenceKey = ImplementsCodeFixProvider.EquivalenceKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Mark as evidence for provision 6.14", action.Title),
        };
        test.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.InferredTimescaleTooLong).WithLocation(0).WithArguments("'Stage2ResponseDays'", "30 working days", 20, "the stage 2 response", "6.14"));
        test.FixedState.ExpectedDiagnostics.Add(EvidenceFix.Diagnostic(DiagnosticDescriptors.TimescaleTooLong).WithLocation(0).WithArguments("'Stage2ResponseDays'", "30 working days", 20, "6.14"));

        await test.RunAsync();
    }

    [Fact]
    public async Task StageEnumWithStage1AndStage2_IsMarkedComplaintStages_AndTheAnnotatedRulesTakeOver()
    {
        var test = new StagesFix.Test
        {
            TestCode = """
                namespace Acme.Complaints
                {
                    // The procedure as the old system has it.
                    enum {|#0:ComplaintStage|} { {|#1:Informal|}, Stage1, Stage2 }
                }
                """,
            FixedCode = """
                using ComplaintCode;

                namespace Acme.Complaints
                {
                    // The procedure as the old system has it.
                    [ComplaintStages]
                    enum {|#0:ComplaintStage|} { {|#1:Informal|}, Stage1, Stage2 }
                }
                """,
            CodeActionEquivalenceKey = ComplaintStagesCodeFixProvider.MarkAsStagesKey,
        };
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 3, "Informal, Stage1, Stage2"));
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Informal", "ComplaintStage"));
        test.FixedState.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 3));
        test.FixedState.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Informal"));

        await test.RunAsync();
    }

    [Fact]
    public async Task StageEnumWithoutAStage2_IsNotOfferedComplaintStages()
    {
        const string source = """
            class ComplaintService
            {
                enum Stage { {|#0:Stage_0|}, Stage1 }
            }
            """;
        var test = new StagesFix.Test
        {
            TestCode = source,
            FixedCode = source,
            CodeActionEquivalenceKey = ComplaintStagesCodeFixProvider.MarkAsStagesKey,
        };
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(0).WithArguments("Stage_0", "Stage"));

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_MarksOnlyTheEnumsOfferedComplaintStages_AndNeverMarksOneNotTheStages()
    {
        var test = new StagesFix.Test
        {
            TestCode = """
                using ComplaintCode;

                namespace Acme.Complaints
                {
                    enum {|#0:ComplaintStage|} { Stage1, Stage2, {|#1:Stage3|} }

                    enum Tier { {|#2:Informal|}, Stage1 }
                }
                """,
            FixedCode = """
                using ComplaintCode;

                namespace Acme.Complaints
                {
                    [ComplaintStages]
                    enum {|#0:ComplaintStage|} { Stage1, Stage2, {|#1:Stage3|} }

                    enum Tier { {|#2:Informal|}, Stage1 }
                }
                """,
            CodeActionEquivalenceKey = ComplaintStagesCodeFixProvider.MarkAsStagesKey,
        };
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 3, "Stage1, Stage2, Stage3"));
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage3", "ComplaintStage"));
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(2).WithArguments("Informal", "Tier"));
        test.FixedState.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 3));
        test.FixedState.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Stage3"));
        test.FixedState.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(2).WithArguments("Informal", "Tier"));

        await test.RunAsync();
    }

    [Fact]
    public async Task EscalationLevelThatIsNotTheStages_IsMarkedNotComplaintStages_AndDrawsNothing()
    {
        var test = new StagesFix.Test
        {
            TestCode = """
                using ComplaintCode;

                namespace Acme.Complaints.Staff
                {
                    enum {|#0:EscalationLevel|} { Level1 = 1, Level2 = 2, {|#1:Level3|} = 3 }
                }
                """,
            FixedCode = """
                using ComplaintCode;

                namespace Acme.Complaints.Staff
                {
                    [NotComplaintStages]
                    enum EscalationLevel { Level1 = 1, Level2 = 2, Level3 = 3 }
                }
                """,
            // The second action: the choice is made enum by enum, so it has no Fix All.
            CodeActionIndex = 1,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
        };
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("EscalationLevel", 3, "Level1, Level2, Level3"));
        test.ExpectedDiagnostics.Add(StagesFix.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Level3", "EscalationLevel"));

        await test.RunAsync();
    }

    [Fact]
    public async Task RefusalLetterWithoutTheOmbudsman_GetsCHC0301sFix()
    {
        const string source = """
            using ComplaintCode;

            [RefusalLetter]
            class {|#0:Refusal|}
            {
                [LetterItem(ResponseLetterItem.Reasons)]
                public string Reasons { get; set; } = "";
            }
            """;
        const string fixedSource = """
            using ComplaintCode;

            [RefusalLetter]
            class Refusal
            {
                [LetterItem(ResponseLetterItem.Reasons)]
                public string Reasons { get; set; } = "";
                public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();
            }
            """;

        await ContactFix.VerifyCodeFixAsync(
            source,
            fixedSource,
            ContactFix.Diagnostic(DiagnosticDescriptors.RefusalLetterIncomplete).WithLocation(0).WithArguments("Refusal", "the right to take the decision to the Ombudsman (an OmbudsmanContact member)"));
    }

    [Fact]
    public async Task RefusalLetterLackingOnlyItsReasons_HasNoFix()
    {
        const string source = """
            using ComplaintCode;

            [RefusalLetter]
            class {|#0:Refusal|}
            {
                public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();
            }
            """;

        await ContactFix.VerifyCodeFixAsync(
            source,
            source,
            ContactFix.Diagnostic(DiagnosticDescriptors.RefusalLetterIncomplete).WithLocation(0).WithArguments("Refusal", "the reasons ([LetterItem(ResponseLetterItem.Reasons)])"));
    }

    [Fact]
    public async Task StringIds_AreRewrittenAsProvisionMembers_KeepingNamedArguments()
    {
        const string source = """
            using ComplaintCode;

            [Implements({|#0:"6.2", "6.3"|}, Evidence = "Deadline service")]
            class Deadlines { }
            """;
        const string fixedSource = """
            using ComplaintCode;

            [Implements(Provision.Stage1Acknowledgement, Provision.Stage1Response, Evidence = "Deadline service")]
            class Deadlines { }
            """;

        await MemberFix.VerifyCodeFixAsync(
            source,
            fixedSource,
            MemberFix.Diagnostic(DiagnosticDescriptors.ProvisionIdAsString).WithLocation(0).WithArguments("\"6.2\", \"6.3\"", "Provision.Stage1Acknowledgement, Provision.Stage1Response"));
    }

    [Fact]
    public async Task QualifiedAttributes_GetTheUsingOnce_UnderFixAll()
    {
        const string source = """
            // Riverside Housing: letters.
            namespace Riverside.Letters
            {
                [ComplaintCode.Implements({|#0:"6.5"|})]
                class Stage1Extension { }

                [ComplaintCode.ImplementsAttribute({|#1:"6.16"|})]
                class Stage2Extension { }
            }
            """;
        const string fixedSource = """
            // Riverside Housing: letters.
            using ComplaintCode;

            namespace Riverside.Letters
            {
                [ComplaintCode.Implements(Provision.Stage1ExtensionOmbudsmanContact)]
                class Stage1Extension { }

                [ComplaintCode.ImplementsAttribute(Provision.Stage2ExtensionOmbudsmanContact)]
                class Stage2Extension { }
            }
            """;

        await MemberFix.VerifyCodeFixAsync(
            source,
            fixedSource,
            MemberFix.Diagnostic(DiagnosticDescriptors.ProvisionIdAsString).WithLocation(0).WithArguments("\"6.5\"", "Provision.Stage1ExtensionOmbudsmanContact"),
            MemberFix.Diagnostic(DiagnosticDescriptors.ProvisionIdAsString).WithLocation(1).WithArguments("\"6.16\"", "Provision.Stage2ExtensionOmbudsmanContact"));
    }

    [Fact]
    public async Task AnAttributeWithABadOrRepeatedId_IsLeftToCHC0002()
    {
        const string source = """
            using ComplaintCode;

            [Implements("6.5", "6.21")]
            class A { }

            [Implements("6.5", "6.5")]
            class B { }

            [Implements(Provision.Stage1Response)]
            class C { }
            """;

        await Verifiers.AnalyzerVerifier<ProvisionMemberAnalyzer>.VerifyAsync(source);
    }

    [Fact]
    public async Task ManyStringIds_AreSummarisedInTheMessage()
    {
        const string source = """
            using ComplaintCode;

            [assembly: Implements({|#0:"9.1", "9.2", "9.3", "9.4", "9.5"|}, Evidence = "Board terms of reference")]
            """;

        await Verifiers.AnalyzerVerifier<ProvisionMemberAnalyzer>.VerifyAsync(
            source,
            MemberFix.Diagnostic(DiagnosticDescriptors.ProvisionIdAsString).WithLocation(0).WithArguments(
                "\"9.1\", \"9.2\", \"9.3\" and 2 more ids",
                "Provision.LearningFromComplaints, Provision.ComplaintsAsIntelligence, Provision.LearningReported and 2 more members"));
    }
}
