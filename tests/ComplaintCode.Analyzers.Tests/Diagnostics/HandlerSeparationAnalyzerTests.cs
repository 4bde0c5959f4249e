using ComplaintCode.Analyzers.Diagnostics;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.HandlerSeparationAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

public class HandlerSeparationAnalyzerTests
{
    private const string Complaint = """
        using System.Collections.Generic;
        using System.Linq;
        using ComplaintCode;

        class Complaint
        {
            [ComplaintHandler(1)] public string Stage1Handler { get; set; } = "";
            [ComplaintHandler(2)] public string Stage2Handler { get; set; } = "";
        }

        """;

    [Fact]
    public async Task Stage2AssignmentThatIgnoresStage1Handler_Reports()
    {
        const string source = Complaint + """
            class Assignment
            {
                [Implements("6.13")]
                public void {|#0:AssignStage2|}(Complaint complaint, IReadOnlyList<string> managers)
                {
                    complaint.Stage2Handler = managers[0];
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.Stage2HandlerNotSeparated).WithLocation(0).WithArguments("AssignStage2", "the member marked [ComplaintHandler(1)]"));
    }

    [Fact]
    public async Task WritingTheStage1HandlerIsNotReadingIt_Reports()
    {
        const string source = Complaint + """
            class Assignment
            {
                [Implements("6.13")]
                public void {|#0:Reassign|}(Complaint complaint, string manager)
                {
                    complaint.Stage1Handler = manager;
                    complaint.Stage2Handler = manager;
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.Stage2HandlerNotSeparated).WithLocation(0).WithArguments("Reassign", "the member marked [ComplaintHandler(1)]"));
    }

    [Fact]
    public async Task FilterAgainstStage1Handler_DoesNotReport()
    {
        const string source = Complaint + """
            class Assignment
            {
                [Implements("6.13")]
                public void AssignStage2(Complaint complaint, IReadOnlyList<string> managers)
                    => complaint.Stage2Handler = managers.First(m => m != complaint.Stage1Handler);
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task ComparisonWithStage1Handler_DoesNotReport()
    {
        const string source = Complaint + """
            class Assignment
            {
                [Implements(Provision.DifferentStage2Handler)]
                public bool CanConsiderStage2(Complaint complaint, string manager)
                {
                    if (manager == complaint.Stage1Handler)
                    {
                        return false;
                    }

                    return true;
                }

                // Not 6.13: never checked.
                public void Unrelated(Complaint complaint) => complaint.Stage2Handler = "anyone";
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task PositionalRecordHandlerAndPropertySetter_AreUnderstood()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using ComplaintCode;

            record Case([ComplaintHandler(1)] string FirstHandler, string SecondHandler);

            class Assignment
            {
                private string _stage2 = "";
                private readonly Case _case = new Case("a", "");
                private readonly IReadOnlyList<string> _managers = new[] { "a", "b" };

                [Implements("6.13")]
                public string Stage2Handler
                {
                    get => _stage2;
                    set => _stage2 = value != _case.FirstHandler ? value : _managers.First(m => m != _case.FirstHandler);
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Stage2Assignment_AmongOtherAttributesAndIds_Reports()
    {
        // Members with no [Implements] are passed over on their attributes: one whose 6.13 comes after other
        // attributes, and after an [Implements] of another provision, is still judged.
        const string source = Complaint + """
            class Assignment
            {
                [System.Obsolete("use the new assignment")]
                [Implements("6.12")]
                [Implements(Provision.DifferentStage2Handler, Provision.Stage2Response)]
                public void {|#0:AssignStage2|}(Complaint complaint, IReadOnlyList<string> managers)
                {
                    complaint.Stage2Handler = managers[0];
                }

                [System.Obsolete("not 6.13: never checked")]
                public void Unrelated(Complaint complaint) => complaint.Stage2Handler = "anyone";
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.Stage2HandlerNotSeparated).WithLocation(0).WithArguments("AssignStage2", "the member marked [ComplaintHandler(1)]"));
    }

    [Fact]
    public async Task PropertyMarkedForStage2Assignment_WhoseSetterIgnoresStage1Handler_Reports()
    {
        // The attribute is on the property and the body is its setter's: the setter is judged by its property's marks.
        const string source = Complaint + """
            class Assignment
            {
                private string _stage2 = "";

                [Implements("6.13")]
                public string {|#0:Stage2Handler|}
                {
                    get => _stage2;
                    set => _stage2 = value;
                }
            }
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.Stage2HandlerNotSeparated).WithLocation(0).WithArguments("Stage2Handler", "the member marked [ComplaintHandler(1)]"));
    }
}
