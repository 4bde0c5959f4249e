using ComplaintCode.Analyzers.Diagnostics;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.LetterAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

public class LetterAnalyzerTests
{
    [Fact]
    public async Task ExtensionLetterWithoutOmbudsmanContact_Reports()
    {
        const string source = """
            using ComplaintCode;

            [ExtensionLetter(1)]
            class {|#0:Stage1Extension|}
            {
                public string Reason { get; set; } = "";
            }

            [ExtensionLetter(2)]
            record {|#1:Stage2Extension|}(string Reason);
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact).WithLocation(0).WithArguments("Stage1Extension", "6.5"),
            Verify.Diagnostic(DiagnosticDescriptors.ExtensionLetterLacksOmbudsmanContact).WithLocation(1).WithArguments("Stage2Extension", "6.16"));
    }

    [Fact]
    public async Task ExtensionLetterWithOmbudsmanContact_DoesNotReport()
    {
        const string source = """
            using ComplaintCode;

            [ExtensionLetter(1)]
            class Stage1Extension
            {
                public OmbudsmanContact Ombudsman { get; } = new OmbudsmanContact();
            }

            [ExtensionLetter(2)]
            record Stage2Extension(string Reason, [OmbudsmanContactDetails] string OmbudsmanParagraph);

            abstract class LetterBase
            {
                protected readonly OmbudsmanContact Ombudsman = new OmbudsmanContact();
            }

            [ExtensionLetter(1)]
            class InheritedExtension : LetterBase { }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task StageResponseLetterMissingItems_NamesTheMissingItems()
    {
        const string source = """
            using ComplaintCode;

            [StageResponseLetter(2)]
            class {|#0:Stage2Response|}
            {
                [LetterItem(ResponseLetterItem.ComplaintStage)] public int Stage => 2;
                [LetterItem(ResponseLetterItem.ComplaintDefinition)] public string Definition { get; set; } = "";
                [LetterItem(ResponseLetterItem.Decision)] public string Decision { get; set; } = "";
                [LetterItem(ResponseLetterItem.Reasons)] public string Reasons { get; set; } = "";
                [LetterItem(ResponseLetterItem.Remedy)] public string Remedy { get; set; } = "";
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.StageResponseLetterLacksItems).WithLocation(0)
                .WithArguments("Stage2Response", 2, "items f (OutstandingActions), g (EscalationRoute)", "6.19"));
    }

    [Fact]
    public async Task StageResponseLetterWithAllItems_DoesNotReport()
    {
        const string source = """
            using ComplaintCode;

            [StageResponseLetter(1)]
            record Stage1Response(
                [LetterItem(ResponseLetterItem.ComplaintStage)] int Stage,
                [LetterItem(ResponseLetterItem.ComplaintDefinition)] string Definition,
                [LetterItem(ResponseLetterItem.Decision), LetterItem(ResponseLetterItem.Reasons)] string DecisionAndReasons,
                [LetterItem(ResponseLetterItem.Remedy)] string Remedy,
                [property: LetterItem(ResponseLetterItem.OutstandingActions)] string[] OutstandingActions)
            {
                [LetterItem(ResponseLetterItem.EscalationRoute)]
                public string HowToEscalate() => "Ask for stage 2 within 20 working days.";
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task RefusalLetterWithoutReasonsOrOmbudsman_Reports()
    {
        const string source = """
            using ComplaintCode;

            [RefusalLetter]
            class {|#0:NotAccepted|} { public string Text { get; set; } = ""; }

            [RefusalLetter]
            class {|#1:NotEscalated|}
            {
                [LetterItem(ResponseLetterItem.Reasons)] public string Reasons { get; set; } = "";
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.RefusalLetterIncomplete).WithLocation(0)
                .WithArguments("NotAccepted", "the reasons ([LetterItem(ResponseLetterItem.Reasons)]) or the right to take the decision to the Ombudsman (an OmbudsmanContact member)"),
            Verify.Diagnostic(DiagnosticDescriptors.RefusalLetterIncomplete).WithLocation(1)
                .WithArguments("NotEscalated", "the right to take the decision to the Ombudsman (an OmbudsmanContact member)"));
    }

    [Fact]
    public async Task RefusalLetterWithReasonsAndOmbudsman_DoesNotReport()
    {
        const string source = """
            using ComplaintCode;

            [RefusalLetter]
            record NotAccepted([LetterItem(ResponseLetterItem.Reasons)] string Reasons, OmbudsmanContact Ombudsman);
            """;

        await Verify.VerifyAsync(source);
    }
}
