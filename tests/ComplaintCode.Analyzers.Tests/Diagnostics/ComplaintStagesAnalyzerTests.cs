using ComplaintCode.Analyzers.Diagnostics;
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
    public async Task UnannotatedStageEnumInComplaintsNamespace_WithInformalStage_Reports()
    {
        const string source = """
            namespace Acme.Complaints
            {
                enum {|#0:ComplaintStage|} { {|#1:Informal|}, Stage1, Stage2 }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.MoreThanTwoStages).WithLocation(0).WithArguments("ComplaintStage", 3),
            Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(1).WithArguments("Informal"));
    }

    [Fact]
    public async Task UnannotatedStageEnumNestedInComplaintType_WithStageZero_Reports()
    {
        const string source = """
            class ComplaintService
            {
                enum Stage { {|#0:Stage_0|}, Stage1 }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.ExtraNamedStage).WithLocation(0).WithArguments("Stage_0"));
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
    public async Task OnceTheStagesEnumIsMarked_OtherStageEnumsAreNotGuessedAt()
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
}
