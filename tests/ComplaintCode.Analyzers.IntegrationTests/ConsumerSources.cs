using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>A small workflow that follows the Code, written as a user would, for the package consumer.</summary>
internal static class ConsumerSources
{
    /// <summary>Provisions the workflow below evidences in code; the policy file evidences the rest.</summary>
    private static readonly string[] s_inCode = { "5.2", "5.3", "6.2", "6.3", "6.5", "6.9", "6.13", "6.16", "6.19", "2.3", "2.4", "5.11" };

    public const string CompliantWorkflow = """
        using ComplaintCode;

        Console.WriteLine("6.3: " + CodeProvisions.Get("6.3").Requirement);
        var workflow = new RiversideHomes.Workflow();
        Console.WriteLine($"Acknowledge by {workflow.AcknowledgeBy(new DateOnly(2025, 12, 19)):yyyy-MM-dd}");
        Console.WriteLine(ComplaintPolicy.LandlordName);
        Console.WriteLine(new OmbudsmanContact());
        Console.WriteLine(ComplaintSelfAssessment.ReadHtml() is null ? "no assessment" : ComplaintSelfAssessment.HtmlFileName);

        namespace RiversideHomes
        {
            // Written in the ordinary public style: the Code's types come from the ComplaintCode library, so public
            // records, methods and properties may expose them.
            [ComplaintStages, Implements("5.2", "5.3")]
            public enum ComplaintStage { Stage1 = 1, Stage2 = 2 }

            [ComplaintWorkflow]
            public sealed class Workflow
            {
                [Implements("2.3")]
                public const int ComplaintTimeLimitMonths = CodeTimescales.ComplaintTimeLimitMonths;

                [Implements("6.2", Evidence = "Acknowledgement deadline")]
                public DateOnly AcknowledgeBy(DateOnly received) => ComplaintPolicy.Calendar.Add(received, ComplaintPolicy.Stage1AcknowledgementWorkingDays);

                [Implements("6.3")]
                public DateOnly RespondBy(DateOnly acknowledged) => WorkingDays.Add(acknowledged, CodeTimescales.Stage1ResponseWorkingDays);

                public CodeProvisionInfo Describe(Provision provision) => CodeProvisions.Get(provision);

                [ComplaintHandler(1)] public string Stage1Handler { get; set; } = "";
                [ComplaintHandler(2)] public string Stage2Handler { get; set; } = "";

                [Implements("6.13")]
                public void AssignStage2(IEnumerable<string> managers) => Stage2Handler = managers.First(m => m != Stage1Handler);
            }

            [ExtensionLetter(1), Implements("6.5")]
            public sealed record Stage1ExtensionLetter(string Reason, DateOnly NewDate, OmbudsmanContact Ombudsman);

            [ExtensionLetter(2), Implements("6.16")]
            public sealed record Stage2ExtensionLetter(string Reason, DateOnly NewDate, [OmbudsmanContactDetails] string OmbudsmanParagraph);

            [StageResponseLetter(1)]
            [Implements("6.9", "6.19")]
            public sealed record ResponseLetter(
                [LetterItem(ResponseLetterItem.ComplaintStage)] ComplaintStage Stage,
                [LetterItem(ResponseLetterItem.ComplaintDefinition)] string Definition,
                [LetterItem(ResponseLetterItem.Decision)] string Decision,
                [LetterItem(ResponseLetterItem.Reasons)] string Reasons,
                [LetterItem(ResponseLetterItem.Remedy)] string Remedy,
                [LetterItem(ResponseLetterItem.OutstandingActions)] IReadOnlyList<string> OutstandingActions,
                [LetterItem(ResponseLetterItem.EscalationRoute)] string EscalationRoute);

            [RefusalLetter]
            [Implements("2.4", "5.11")]
            public sealed record RefusalLetter([LetterItem(ResponseLetterItem.Reasons)] string Reasons, OmbudsmanContact Ombudsman);
        }
        """;

    /// <summary>A policy file that evidences every provision the code above does not.</summary>
    public static string Policy
        => "landlord: Riverside Homes\ntimescales:\n  stage1AcknowledgementWorkingDays: 3\nprovisions:\n"
           + string.Concat(CodeCatalog.Instance.Provisions.Where(p => !s_inCode.Contains(p.Id)).Select(p => $"  \"{p.Id}\": Complaints Policy, section {p.Id}\n"));
}
