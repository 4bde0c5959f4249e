using System.Collections.Immutable;
using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.ComplaintStagesAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

public class ComplaintStagesAnalyzerTests
{
    [Fact]
    public async Task AnnotatedEnumWithThreeStages_ReportsOnEnumAndExtraStage()
    {
        const string source = """
            using ComplaintCode;

            [ComplaintStages]
            enum {|#0:Stage|} { Stage1, Stage2, {|#1:Stage3|} }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("Stage", 3),
            Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Stage3"));
    }

    [Fact]
    public async Task UnannotatedStageEnumInComplaintsNamespace_WithInformalStage_ReportsInferred()
    {
        const string source = """
            namespace Acme.Complaints
            {
                enum {|#0:ComplaintStage|} { {|#1:Informal|}, Stage1, Stage2 }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 3, "Informal, Stage1, Stage2"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Informal", "ComplaintStage"));
    }

    [Fact]
    public async Task UnannotatedStageEnumNestedInComplaintType_WithStageZero_ReportsInferred()
    {
        const string source = """
            class ComplaintService
            {
                enum Stage { {|#0:Stage_0|}, Stage1 }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(0).WithArguments("Stage_0", "Stage"));
    }

    [Fact]
    public async Task TwoStageEnum_DoesNotReport()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Complaints
            {
                [ComplaintStages]
                enum ComplaintStage { Stage1 = 1, Stage2 = 2 }

                enum StageOutcome { Upheld, NotUpheld }
            }
            """;

        // StageOutcome is named *Stage* in a Complaints namespace but has two members and no extra stage name.
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task StageEnumOutsideComplaintCode_IsNotGuessedAt()
    {
        const string source = """
            namespace Theatre
            {
                enum Stage { Front, Back, Stage3, Informal }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task OnceTheStagesEnumIsMarked_AStageEnumWithNoStageMembers_DoesNotReport()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Complaints
            {
                [ComplaintStages]
                enum ComplaintStage { Stage1 = 1, Stage2 = 2 }

                // A repairs lifecycle, not the complaint procedure.
                enum RepairStage { Reported, Scheduled, Completed }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task ZeroValuedNoneAndAliases_AreNotStages()
    {
        const string source = """
            using ComplaintCode;

            [ComplaintStages]
            enum ComplaintStage { None = 0, Stage1 = 1, Stage2 = 2, Final = Stage2 }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task StageEnumNamedForComplaints_InDomainEnumsNamespace_ReportsInferred()
    {
        const string source = """
            namespace Acme.Domain.Enums
            {
                public enum {|#0:ComplaintStage|} { {|#1:Stage0|}, Stage1, Stage2, {|#2:Stage3|} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 4, "Stage0, Stage1, Stage2, Stage3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage0", "ComplaintStage"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(2).WithArguments("Stage3", "ComplaintStage"));
    }

    [Fact]
    public async Task LegacyStageEnum_IsJudgedOnItsOwn_WhenAnotherEnumIsMarked()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing
            {
                [ComplaintStages]
                enum ProcedureStage { Stage1 = 1, Stage2 = 2 }
            }

            namespace Riverside.Legacy
            {
                // Still used by the old case screens; no name here says complaint.
                enum {|#0:CaseStage|} { {|#1:Stage0|}, Stage1, Stage2 }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("CaseStage", 3, "Stage0, Stage1, Stage2"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage0", "CaseStage"));
    }

    [Fact]
    public async Task OtherSubjectsStageEnums_InAProjectThatMarksItsStages_AreNotGuessedAt()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing
            {
                [ComplaintStages]
                enum ProcedureStage { Stage1 = 1, Stage2 = 2 }

                enum ArrearsStage { None, Stage1Letter, Stage2Letter, Stage3NoticeSeekingPossession, CourtAction }

                enum DeploymentStage { Stage1, Stage2, Stage3 }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task LegacyStageEnum_WithNoComplaintNameOrMarkedEnumInTheProject_IsNotGuessedAt()
    {
        const string source = """
            namespace Riverside.Legacy
            {
                enum CaseStage { Stage0, Stage1, Stage2 }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task ComplaintStatusEnum_WithMembersCarryingAThirdStage_ReportsInferred()
    {
        const string source = """
            namespace Acme.Domain.Enums
            {
                public enum {|#0:ComplaintStatus|} { New, Stage1Open, Stage2Open, {|#1:Stage3Open|}, Closed }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStatus", 3, "Stage1Open, Stage2Open, Stage3Open"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage3Open", "ComplaintStatus"));
    }

    [Fact]
    public async Task ComplaintStatusEnum_WithSeveralStatesPerStage_CountsStagesByNumber()
    {
        const string source = """
            namespace Acme.Domain.Enums
            {
                public enum ComplaintStatus { Received, Stage1Open, Stage1Closed, AwaitingStage2, Stage2Open, Stage2Closed, Withdrawn }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task EscalationLevelAndTierEnums_InComplaintCode_ReportInferred()
    {
        const string source = """
            namespace Acme.Complaints
            {
                enum {|#0:EscalationLevel|} { Level1 = 1, Level2 = 2, {|#1:Level3|} = 3 }

                enum {|#2:ComplaintTier|} { First, Second, {|#3:Third|} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("EscalationLevel", 3, "Level1, Level2, Level3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Level3", "EscalationLevel"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(2).WithArguments("ComplaintTier", 3, "First, Second, Third"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(3).WithArguments("Third", "ComplaintTier"));
    }

    [Fact]
    public async Task StageEnumsNestedInRecordsStructsAndInterfaces_UnderAFileScopedNamespace_AreJudged()
    {
        // Each file's declarations are walked for enums: every kind of type they can be nested in is entered.
        const string source = """
            using ComplaintCode;

            namespace Acme.Complaints;

            public record ComplaintCase
            {
                public struct Tracking
                {
                    [ComplaintStages]
                    public enum {|#0:Stage|} { Stage1, Stage2, {|#1:Stage3|} }
                }
            }

            public interface IComplaintQueue
            {
                enum {|#2:EscalationLevel|} { Level1 = 1, Level2 = 2, {|#3:Level3|} = 3 }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("Stage", 3),
            Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Stage3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(2).WithArguments("EscalationLevel", 3, "Level1, Level2, Level3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(3).WithArguments("Level3", "EscalationLevel"));
    }

    [Fact]
    public async Task UnderscoredNames_AreReadAsTheirWords()
    {
        // Underscores split the words a stage is named by (Pre_Complaint, Level_3, Escalation_Level): the names are
        // read without them, as before any name is passed over for want of such a word.
        const string source = """
            namespace Acme.Complaints
            {
                enum {|#0:Complaint_Escalation_Level|} { {|#1:Pre_Complaint|}, Level_1, Level_2 }

                enum {|#2:COMPLAINT_STATUS|} { RECEIVED, STAGE_1_OPEN, STAGE_2_OPEN, {|#3:STAGE_3_OPEN|}, CLOSED }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("Complaint_Escalation_Level", 3, "Pre_Complaint, Level_1, Level_2"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Pre_Complaint", "Complaint_Escalation_Level"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(2).WithArguments("COMPLAINT_STATUS", 3, "STAGE_1_OPEN, STAGE_2_OPEN, STAGE_3_OPEN"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(3).WithArguments("STAGE_3_OPEN", "COMPLAINT_STATUS"));
    }

    [Fact]
    public async Task StageNamedOnlyByAWholeWord_AfterMembersThatNameNoStage_IsReported()
    {
        // Only the last members name a stage, and only by the whole name (Appeal, Fourth): the enum is not passed over.
        const string source = """
            namespace Acme.Complaints
            {
                enum {|#0:ResolutionTier|} { Open = 10, Closed = 11, Withdrawn = 12, First = 1, Second = 2, {|#1:Appeal|} = 3 }

                enum {|#2:EscalationStage|} { Draft, Submitted, Cancelled, {|#3:Fourth|} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("ResolutionTier", 3, "First, Second, Appeal"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Appeal", "ResolutionTier"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(3).WithArguments("Fourth", "EscalationStage"));
    }

    [Fact]
    public async Task StageLikeEnumsWithNoStageMembers_OutsideComplaintCode_DrawNothing_WhileACaseStageInTheSameProjectIsJudged()
    {
        // The shape of a housing system's domain code: stage, tier, status and escalation enums whose members name no
        // stage. Beside them, a marked stages enum makes the project complaint code, so its legacy CaseStatus is judged.
        const string source = """
            using ComplaintCode;

            namespace Riverside.Repairs
            {
                public enum RepairStage { Reported, Inspected, Ordered, Completed, Signedoff }
                public enum RepairTier { Standard, Enhanced, Premium }
                public enum RepairStatus { Draft, Open, Scheduled, InProgress, Completed, Cancelled }
                public enum RepairEscalationLevel { None, Supervisor, Manager, Director }
            }

            namespace Riverside.Housing
            {
                [ComplaintStages]
                public enum ProcedureStage { Stage1 = 1, Stage2 = 2 }

                public enum {|#0:LegacyCaseStatus|} { Open, Stage1, Stage2, {|#1:Stage3|} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("LegacyCaseStatus", 3, "Stage1, Stage2, Stage3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage3", "LegacyCaseStatus"));
    }

    [Fact]
    public async Task StepsWithinHandling_AreNotStages()
    {
        const string source = """
            namespace Acme.Domain.Enums
            {
                public enum ComplaintStage { Registration, Assessment, Investigation, Resolution, Closure }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task OmbudsmanReferralAndLifecycleStates_AreNotStages()
    {
        const string source = """
            namespace Acme.Complaints
            {
                enum ComplaintStage { Stage1, Stage2, ReferredToOmbudsman }

                enum CaseStage { Open, Stage1, Stage2, Closed }

                enum ComplaintStageStatus { New, Stage1, Stage2, Resolved, Withdrawn, Stage3Ombudsman }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task MarkedStatusEnum_WithTwoNumberedStages_CountsTwoStages()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing
            {
                [ComplaintStages]
                public enum ComplaintStatus { Received, Acknowledged, Stage1Investigation, Stage1Responded, Stage2Escalated, Stage2Responded, Closed, ReferredToOmbudsman }
            }
            """;

        // Received, Acknowledged, Closed and ReferredToOmbudsman are states, not stages; the two Stage1 members are one stage.
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task MarkedStatusEnum_WithAStage3Member_ReportsThreeStagesAndTheExtraStage()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing
            {
                [ComplaintStages]
                public enum {|#0:ComplaintStatus|}
                {
                    Received,
                    Acknowledged,
                    Stage1Investigation,
                    Stage1Responded,
                    Stage2Escalated,
                    Stage2Responded,
                    {|#1:Stage3Review|},
                    Closed,
                    ReferredToOmbudsman,
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStatus", 3),
            Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Stage3Review"));
    }

    [Fact]
    public async Task MarkedStatusEnum_WithAnInformalStage_ReportsTheNamedStage()
    {
        const string source = """
            using ComplaintCode;

            [ComplaintStages]
            public enum {|#0:ComplaintStatus|} { Received, {|#1:InformalResolution|}, Stage1Open, Stage1Closed, Stage2Open, Closed }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStatus", 3),
            Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("InformalResolution"));
    }

    [Fact]
    public async Task MarkedEnumOfTheStagesThemselves_CountsEveryValue_AsBefore()
    {
        const string source = """
            using ComplaintCode;

            [ComplaintStages]
            enum ComplaintStage { Stage1 = 1, Stage2 = 2 }

            namespace Other
            {
                [ComplaintStages]
                enum {|#0:Stages|} { Initial, Final, Escalated }
            }
            """;

        // Members with no stage number at all are the stages themselves: three values, three stages.
        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("Stages", 3));
    }

    [Fact]
    public async Task HrEscalationLevel_BesideAMarkedStagesEnum_DrawsNothing_WhileTheLegacyCaseStageIsStillReported()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing.Complaints
            {
                [ComplaintStages]
                public enum ComplaintStatus { Received, Stage1Investigation, Stage1Responded, Stage2Escalated, Stage2Responded, Closed }

                // The old case screens still use it.
                public enum {|#0:CaseStage|} { {|#1:Stage0|}, Stage1, Stage2 }
            }

            namespace Riverside.Housing.People
            {
                public enum EscalationLevel { Level1_DirectManager = 1, Level2_HR, Level3_HRManager, Level4_CEO, Level5_Admin }

                public class Grievance
                {
                    public EscalationLevel Level { get; set; }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("CaseStage", 3, "Stage0, Stage1, Stage2"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage0", "CaseStage"));
    }

    [Fact]
    public async Task LegacyCaseStage_IsJudged_WhenTheMarkedEnumIsAStatusEnum()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing
            {
                [ComplaintStages]
                public enum CaseStatus { Received, Stage1Investigation, Stage1Responded, Stage2Escalated, Closed }
            }

            namespace Riverside.Legacy
            {
                enum {|#0:CaseStage|} { {|#1:Stage0|}, Stage1, Stage2 }

                enum EscalationLevel { Level1_DirectManager = 1, Level2_HR, Level3_HRManager, Level4_CEO, Level5_Admin }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("CaseStage", 3, "Stage0, Stage1, Stage2"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Stage0", "CaseStage"));
    }

    [Fact]
    public async Task EscalationLevel_UsedByAComplaintType_IsJudged_BesideAMarkedStagesEnum()
    {
        const string source = """
            using ComplaintCode;

            namespace Riverside.Housing
            {
                [ComplaintStages]
                public enum ProcedureStage { Stage1 = 1, Stage2 = 2 }

                public enum {|#0:EscalationLevel|} { Level1 = 1, Level2, {|#1:Level3|} }

                public enum {|#2:Tier|} { First, Second, {|#3:Third|} }

                public class ComplaintCase
                {
                    public EscalationLevel? Escalation { get; set; }
                }

                [ComplaintWorkflow]
                public class Workflow
                {
                    public void Escalate(Tier[] tiers) { }
                }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(0).WithArguments("EscalationLevel", 3, "Level1, Level2, Level3"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(1).WithArguments("Level3", "EscalationLevel"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(2).WithArguments("Tier", 3, "First, Second, Third"),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(3).WithArguments("Third", "Tier"));
    }

    [Fact]
    public async Task EnumMarkedNotComplaintStages_IsNotGuessedAt_EvenInComplaintCode()
    {
        const string source = """
            using ComplaintCode;

            namespace Acme.Complaints
            {
                [NotComplaintStages]
                enum EscalationLevel { Level1 = 1, Level2 = 2, Level3 = 3 }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task InferredBreach_IsAWarning_WhileTheAnnotatedOneStaysAnError()
    {
        const string source = """
            using ComplaintCode;

            [ComplaintStages]
            enum {|#0:Stage|} { Stage1, Stage2, {|#1:Stage3|} }

            namespace Acme.Complaints
            {
                enum {|#2:ComplaintStage|} { Stage1, Stage2, {|#3:Stage3|} }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("Stage", 3).WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Stage3").WithSeverity(DiagnosticSeverity.Error),
            Verify.Diagnostic(DiagnosticDescriptors.InferredMoreThanTwoStages).WithLocation(2).WithArguments("ComplaintStage", 3, "Stage1, Stage2, Stage3").WithSeverity(DiagnosticSeverity.Warning),
            Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(3).WithArguments("Stage3", "ComplaintStage").WithSeverity(DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task InferredBreach_IsAnError_InStrictMode()
    {
        var compilation = AnalyzerHarness.WithAnalyzerConfig(
            Generation.GeneratorHarness.Compilation("namespace Acme.Complaints { enum ComplaintStage { Stage1, Stage2, Stage3 } }"),
            ("/repo/ComplaintCode.Strict.globalconfig", RepositoryFiles.StrictGlobalConfig));

        var (diagnostics, crashes) = await AnalyzerHarness.RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ComplaintStagesAnalyzer()), ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(crashes);
        var ours = diagnostics.Where(d => d.Id.StartsWith("CHC", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { DiagnosticIds.InferredMoreThanTwoStages, DiagnosticIds.InferredExtraNamedStage }, ours.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(ours, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task InferredBreach_TurnedOffInEditorConfig_DoesNotReport_AndTheOtherRuleStillDoes()
    {
        var test = new Verify.Test
        {
            TestCode = """
                namespace Acme.Complaints
                {
                    enum ComplaintStage { Stage1, Stage2, {|#0:Stage3|} }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.CHC0111.severity = none\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InferredExtraNamedStage).WithLocation(0).WithArguments("Stage3", "ComplaintStage"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InTestProjects_StagesAreNotGuessedAt_ButMarkedEnumsAreStillChecked()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using ComplaintCode;

                [ComplaintStages]
                enum Stage { Stage1, Stage2, {|#0:Stage3|} }

                namespace Acme.Complaints.Tests
                {
                    enum ComplaintStage { Stage0, Stage1, Stage2, Stage3 }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = true\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithSpan(4, 6, 4, 11).WithArguments("Stage", 3));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(0).WithArguments("Stage3"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InferredBreach_CarriesItsProvisionInProperties()
    {
        var compilation = Generation.GeneratorHarness.Compilation("namespace Acme.Complaints { enum ComplaintStage { Stage0, Stage1, Stage2 } }");
        var (diagnostics, crashes) = await Verifiers.AnalyzerHarness.RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ComplaintStagesAnalyzer()), ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(crashes);
        Assert.Equal("5.3", Assert.Single(diagnostics, d => d.Id == DiagnosticIds.InferredMoreThanTwoStages).Properties[ProvisionDiagnostic.ProvisionsProperty]);
        Assert.Equal("5.2", Assert.Single(diagnostics, d => d.Id == DiagnosticIds.InferredExtraNamedStage).Properties[ProvisionDiagnostic.ProvisionsProperty]);
    }

    [Theory]
    [InlineData("Stage1", 1)]
    [InlineData("AwaitingStage2", 2)]
    [InlineData("Stage_3_Open", 3)]
    [InlineData("Level10", 10)]
    [InlineData("StageTwo", 2)]
    [InlineData("SecondTier", 2)]
    [InlineData("Third", 3)]
    [InlineData("Stage0", 0)]
    [InlineData("Open", null)]
    [InlineData("FirstResponseSent", null)]
    [InlineData("Investigation", null)]
    public void StageNumbers(string name, int? number)
        => Assert.Equal(number, ComplaintStagesAnalyzer.StageNumber(name));

    [Theory]
    [InlineData("ThirdParty", false)]
    [InlineData("Stage2Panel", false)]
    [InlineData("Appeal", true)]
    [InlineData("StageSeven", true)]
    [InlineData("Stage0", true)]
    [InlineData("PreComplaint", true)]
    [InlineData("Informal", true)]
    [InlineData("StageThree", true)]
    [InlineData("Stage4", true)]
    [InlineData("Stage1", false)]
    [InlineData("Stage2", false)]
    [InlineData("FinalResponse", false)]
    public void ExtraStageNames(string name, bool extra)
        => Assert.Equal(extra, ComplaintStagesAnalyzer.IsExtraStageName(name));

    [Fact]
    public void EveryNameThePatternsMatch_HasAWordThatLetsItBeRead()
    {
        // Names are passed over before matching when they have none of the words a stage is named by; this checks
        // every word the patterns name, alone and inside other words, in the spellings code uses.
        var words = StageNamePatterns.PatternTexts
            .SelectMany(p => System.Text.RegularExpressions.Regex.Matches(p, "[a-z]+").Select(m => m.Value))
            .Distinct()
            .ToList();
        var forms = words
            .SelectMany(w => new[] { w, "stage" + w, w + "stage", "level" + w, w + "tier", "awaiting" + w + "open", w + "3", w + "10", w + "0" })
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), char.ToUpperInvariant(w[0]) + w.Substring(1), string.Join("_", w.ToCharArray()) });
        var matched = 0;
        foreach (var name in forms)
        {
            var normalised = InferredComplaintCode.Normalise(name);
            if (StageNamePatterns.IsExtraStage(normalised) || StageNamePatterns.StageNumber(normalised).Success)
            {
                matched++;
                Assert.True(StageNamePatterns.MayNameAStage(name), $"{name} matches a pattern but is passed over");
            }
        }

        Assert.True(matched > 100, $"only {matched} forms matched a pattern");
    }

    [Theory]
    [InlineData("Draft", false)]
    [InlineData("Completed", false)]
    [InlineData("Signedoff", false)]
    [InlineData("Supervisor", false)]
    [InlineData("Stage1", true)]
    [InlineData("STAGE_3_OPEN", true)]
    [InlineData("Pre_Complaint", true)]
    [InlineData("Early_Resolution", true)]
    [InlineData("Fourth", true)]
    [InlineData("REVIEW", true)]
    [InlineData("Second", true)]
    public void NamesWithNoWordOfAStage_ArePassedOver(string name, bool read)
        => Assert.Equal(read, StageNamePatterns.MayNameAStage(name));
}
