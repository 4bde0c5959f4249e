using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis.Testing;
using Verify = ComplaintCode.Analyzers.Tests.Verifiers.AnalyzerVerifier<ComplaintCode.Analyzers.Diagnostics.EvidenceAnalyzer>;

namespace ComplaintCode.Analyzers.Tests.Diagnostics;

public class EvidenceAnalyzerTests
{
    /// <summary>An assembly attribute evidencing every provision except those given.</summary>
    private static string EvidenceAllBut(params string[] missing)
        => "using ComplaintCode;\n[assembly: Implements("
           + string.Join(", ", CodeCatalog.Instance.Provisions.Where(p => !missing.Contains(p.Id)).Select(p => $"\"{p.Id}\""))
           + ", Evidence = \"Complaints Policy\")]\n";

    private static DiagnosticResult NotEvidenced(string id) => Verify.Diagnostic(DiagnosticDescriptors.ProvisionNotEvidenced)
        .WithArguments(id, CodeCatalog.Instance.Get(id).Gist);

    /// <summary>The one CHC0006 of a system without a policy file, in place of its CHC0001s.</summary>
    private static DiagnosticResult NoPolicyFile(string listed, int count) => Verify.Diagnostic(DiagnosticDescriptors.NoPolicyFile)
        .WithArguments(count, 72, listed).WithNoLocation();

    [Fact]
    public async Task ProvisionsWithoutEvidence_AndNoPolicyFile_ReportOnceWithTheNextStep_NotStackedOnTheWorkflowClass()
    {
        var source = EvidenceAllBut("6.13", "9.4") + """
            [ComplaintWorkflow]
            class RiversideWorkflow { }
            """;

        await Verify.VerifyAsync(source, NoPolicyFile("6.13, 9.4", 2));
    }

    [Fact]
    public async Task NoPolicyFile_OneDiagnosticNamesInit_AndCarriesEveryUnevidencedProvisionAsData()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Harbour",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(EvidenceAllBut("1.2", "6.13", "9.4") + "[ComplaintWorkflow] class Workflow { }") },
            (await Verifiers.TestReferences.Net80.ResolveAsync(Microsoft.CodeAnalysis.LanguageNames.CSharp, CancellationToken.None)).Add(Verifiers.TestReferences.ComplaintCodeLibrary),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));

        var (diagnostics, crashes) = await Verifiers.AnalyzerHarness.RunAsync(compilation, [new EvidenceAnalyzer()], []);

        Assert.Empty(crashes);
        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.ProvisionNotEvidenced);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == DiagnosticIds.NoPolicyFile);
        Assert.Equal(Microsoft.CodeAnalysis.Location.None, diagnostic.Location);
        Assert.Contains("'dotnet complaint-code init'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("(1.2, 6.13, 9.4)", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { "1.2", "6.13", "9.4" }, ProvisionDiagnostic.ProvisionsOf(diagnostic));
    }

    [Fact]
    public void EveryProvisionsMessage_ReadsAsGrammaticalEnglish()
    {
        // "requires that landlords" takes the bare verb (or "not" and the bare verb): never "to", an -s, -ing or -ed form.
        var thirdPersonAllowed = new[] { "address", "assess", "discuss", "process" };
        foreach (var provision in CodeCatalog.Instance.Provisions)
        {
            var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.ProvisionNotEvidenced.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), provision.Id, provision.Gist);
            var clause = message.Substring(message.IndexOf("The Code requires that landlords ", StringComparison.Ordinal) + "The Code requires that landlords ".Length);
            var words = clause.TrimEnd('.').Split(' ');
            var verb = words[0] is "not" ? words[1] : words[0] is "do" && words[1] is "not" ? words[2] : words[0];

            Assert.True(char.IsLower(clause[0]), $"{provision.Id}: {message}");
            Assert.EndsWith(".", message, StringComparison.Ordinal);
            Assert.DoesNotContain("..", message, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
            Assert.False(verb == "to", $"{provision.Id}: '{clause}' follows 'requires that landlords' with 'to'");
            Assert.False(verb.EndsWith("ing", StringComparison.Ordinal) || verb.EndsWith("ed", StringComparison.Ordinal), $"{provision.Id}: '{verb}' is not the bare verb: {message}");
            Assert.False(verb.EndsWith('s') && !thirdPersonAllowed.Contains(verb) && !verb.EndsWith("ss", StringComparison.Ordinal), $"{provision.Id}: '{verb}' is not the bare verb: {message}");
        }
    }

    [Fact]
    public async Task ProvisionWithoutEvidence_ReportsAtThePolicyFile_WhereEvidenceIsDeclared()
    {
        var source = EvidenceAllBut("6.13");
        const string policy = "landlord: Riverside Homes\n";

        await Verify.VerifyAsync(source, policy, NotEvidenced("6.13").WithSpan("/0/complaint-policy.yaml", 1, 1, 1, 1));
    }

    [Fact]
    public async Task PartOfTheSystem_ReportsNoCHC0001_EvenWithProvisionsUnevidenced()
    {
        var test = new Verify.Test { TestCode = EvidenceAllBut("6.13", "9.4") + "[ComplaintWorkflow] class Workflow { }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ComplaintCodeAssessedProject = false\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task AssessedProject_IsJudgedEvenWithNothingOfThePackageInIt()
    {
        // An application that has the package through a reference is the system, annotated or not.
        var test = new Verify.Test { TestCode = "class Program { static void Main() { } }" };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ComplaintCodeAssessedProject = true\n"));
        test.ExpectedDiagnostics.Add(NoPolicyFile("1.2, 1.3, 1.4, 1.5, 1.6 and 67 more", 72));

        await test.RunAsync();
    }

    [Fact]
    public async Task AssessedProject_CountsTheEvidenceOfTheProjectsItReferences()
    {
        // What the generator writes into a referenced project (Harbour.Domain) that has [Implements("6.13", "9.4")].
        var domain = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Harbour.Domain",
            new[]
            {
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("""
                    [assembly: System.Reflection.AssemblyMetadata("ComplaintCode.EvidencedProvisions", "6.13,9.4")]
                    [ComplaintCode.Implements("6.13", "9.4")] public sealed class HandlerAssignment { }
                    """),
            },
            (await Verifiers.TestReferences.Net80.ResolveAsync(Microsoft.CodeAnalysis.LanguageNames.CSharp, CancellationToken.None)).Add(Verifiers.TestReferences.ComplaintCodeLibrary),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(domain.Emit(image).Success);

        var test = new Verify.Test { TestCode = EvidenceAllBut("6.13", "9.4", "3.7") };
        test.TestState.AdditionalReferences.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromImage(image.ToArray()));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ComplaintCodeAssessedProject = true\n"));
        test.ExpectedDiagnostics.Add(NoPolicyFile("3.7", 1));

        await test.RunAsync();
    }


    [Fact]
    public async Task ProvisionWithoutEvidence_AndNoWorkflowClass_ReportsWithoutLocation()
    {
        var source = EvidenceAllBut("3.7");

        await Verify.VerifyAsync(source, NoPolicyFile("3.7", 1));
    }

    [Fact]
    public async Task EveryProvisionEvidencedInCodeOrPolicy_DoesNotReport()
    {
        var source = EvidenceAllBut("9.4", "9.5", "6.3") + """
            [ComplaintWorkflow]
            class Workflow
            {
                [Implements(Provision.Stage1Response)]
                public int Stage1Days => 10;
            }
            """;
        const string policy = """
            provisions:
              "9.4": Board terms of reference, section 2
              "9.5":
                comply: no
                commentary: MRC to be appointed at the next board meeting.
                complyBy: 2026-03-31
            """;

        // 9.5 is declared not met: that is CHC0003's (PolicyFileAnalyzer), never "no evidence".
        await Verify.VerifyAsync(source, policy);
    }

    [Fact]
    public async Task UnansweredPolicyEntry_IsNotEvidence()
    {
        var source = EvidenceAllBut("4.2");
        const string policy = """
            provisions:
              "4.2":
                comply: unanswered
                evidence: Complaints Policy
            """;

        // Reported at the provision's own entry, where the landlord gives the answer.
        await Verify.VerifyAsync(source, policy, NotEvidenced("4.2").WithSpan("/0/complaint-policy.yaml", 2, 3, 2, 8));
    }

    [Fact]
    public async Task ProjectThatDoesNotUseThePackage_IsNotAssessed()
        => await Verify.VerifyAsync("class Repository { }");

    [Fact]
    public async Task UnknownMalformedAndDuplicatedIds_ReportAtTheArgument()
    {
        var source = EvidenceAllBut() + """
            class Workflow
            {
                [Implements({|#0:"6.21"|}, {|#1:"six"|}, "6.2", {|#2:"6.2"|})]
                void Acknowledge() { }

                [Implements("6.3")]
                void Respond() { }
            }
            """;

        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId).WithLocation(0).WithArguments("The Complaint Handling Code has no provision 6.21"),
            Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId).WithLocation(1).WithArguments("'six' is not a provision number; write it as section.number, e.g. \"6.3\""),
            Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId).WithLocation(2).WithArguments("Provision 6.2 is named twice in the same [Implements]"));
    }

    [Fact]
    public async Task UnknownIdOnAssemblyAttribute_Reports()
    {
        var source = EvidenceAllBut() + """
            [assembly: Implements({|#0:"10.1"|}, Evidence = "Board minutes")]
            """;

        await Verify.VerifyAsync(source, Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId).WithLocation(0).WithArguments("'10.1' is not a provision number; write it as section.number, e.g. \"6.3\""));
    }

    // The analyzer visits only attribute lists whose names may be ours; these are the spellings and places it must
    // still find, each with a bad id so the test sees the attribute was read.
    [Fact]
    public async Task OurAttributes_UnderEverySpellingAndOnEveryKindOfDeclaration_AreRead()
    {
        var source = "using Evidence = ComplaintCode.ImplementsAttribute;\n" + EvidenceAllBut() + """
            public enum Stage
            {
                [Implements({|#0:"6.30"|})] Stage1 = 1,
            }

            public record Letter([property: ComplaintCode.Implements({|#1:"6.31"|})] string Decision, [global::ComplaintCode.ImplementsAttribute({|#2:"6.32"|})] string Reasons);

            public class Workflow
            {
                [Evidence({|#3:"6.33"|})]
                public int Acknowledge, Respond;

                public string Handler
                {
                    get => "";
                    [Implements({|#4:"6.34"|})] set { }
                }

                public void Assign([Implements({|#5:"6.35"|})] string manager) { }

                [Implements({|#6:"6.36"|})]
                public event System.EventHandler? Escalated;
            }
            """;

        static Microsoft.CodeAnalysis.Testing.DiagnosticResult NoSuchProvision(int location, string id)
            => Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId).WithLocation(location).WithArguments($"The Complaint Handling Code has no provision {id}");

        await Verify.VerifyAsync(
            source,
            NoSuchProvision(0, "6.30"),
            NoSuchProvision(1, "6.31"),
            NoSuchProvision(2, "6.32"),
            NoSuchProvision(3, "6.33"),
            NoSuchProvision(4, "6.34"),
            NoSuchProvision(5, "6.35"),
            NoSuchProvision(6, "6.36"));
    }

    [Fact]
    public async Task GlobalAliasInAnotherFile_IsRead()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Usings.cs", "global using Evidence = ComplaintCode.ImplementsAttribute;"));
        test.TestState.Sources.Add(("/0/Workflow.cs", EvidenceAllBut() + """
            class Workflow
            {
                [Evidence({|#0:"6.40"|})]
                void Respond() { }
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidProvisionId).WithLocation(0).WithArguments("The Complaint Handling Code has no provision 6.40"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AnotherLibrarysImplementsAttribute_IsNotOurs()
    {
        var source = EvidenceAllBut() + """
            namespace Plugins
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ImplementsAttribute(string contract) : System.Attribute { }

                public class Exporter
                {
                    [Implements("6.99")]
                    public void Export() { }
                }
            }
            """;

        await Verify.VerifyAsync(source);
    }
}
