using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplaintCode.Analyzers.Tests.Generation;

/// <summary>
/// The generator reads [Implements] ids from syntax and binds only what syntax cannot prove. Whichever way an
/// attribute is written, the evidence it emits must be exactly what the bound attributes say, as the analyzers read
/// them (ImplementsIds.Read over AttributeData): an id counted on an attribute that is not ours, or read from the
/// wrong constant, would be an answer on the wrong provision.
/// </summary>
public class GeneratorEvidenceSyntaxTests
{
    [Fact]
    public void StringLiterals_ProvisionMembers_AndArrays_AreReadFromSyntax_WithoutBinding()
    {
        const string source = """"
            using ComplaintCode;

            [Implements("6.2", "6.3")]
            public class Workflow
            {
                [Implements(Provision.Stage2Response)] public void Stage2() { }
                [Implements(new[] { "1.2" })] public void A() { }
                [Implements(new string[] { @"6.11" })] public void B() { }
                [Implements(new Provision[] { Provision.Stage1Acknowledgement, Provision.Stage2Response })] public void C() { }
                [Implements(["6.13"])] public void D() { }
                [Implements("""9.4""")] public void E() { }
                [Implements("not an id", "6.99")] public void F() { }
                [\u0049mplements("6.5")] public void G() { }
            #if NEVER_DEFINED
                [Implements("5.1")] public void Disabled() { }
            #endif
            }
            """";

        var run = Run(source);

        Assert.Equal("1.2,6.2,6.3,6.5,6.11,6.13,6.14,9.4", run.Evidence);
        Assert.False(run.Plan.NeedsBinding);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void FullAndQualifiedNames_AreOurs_WherePlainlySo()
    {
        var run = Run(
            """
            [ComplaintCode.Implements("6.2")] public class A { }
            [global::ComplaintCode.ImplementsAttribute(global::ComplaintCode.Provision.Stage1Response)] public class B { }
            [ComplaintCode.ImplementsAttribute(ComplaintCode.Provision.Stage2Response)] public class C { }
            """,
            """
            using ComplaintCode;
            [ImplementsAttribute("9.4")] public class D { }
            """,
            """
            namespace ComplaintCode.Housing
            {
                [Implements("1.2")] public class E { }
            }
            """);

        Assert.Equal("1.2,6.2,6.3,6.14,9.4", run.Evidence);
        Assert.False(run.Plan.NeedsBinding);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void GlobalUsing_ImportsComplaintCodeInEveryFile_AndAUsingInAnotherNamespaceBlockDoesNot()
    {
        var withGlobal = Run("global using ComplaintCode;", "[Implements(Provision.Stage1Response)] public class A { }");
        Assert.Equal("6.3", withGlobal.Evidence);
        Assert.False(withGlobal.Plan.NeedsBinding);
        withGlobal.AssertMatchesBoundAttributes();

        // The using is scoped to namespace A; in B the name binds to nothing (CS0246), so it is no evidence.
        var scoped = Run(
            """
            namespace A { using ComplaintCode; [Implements("6.2")] public class InA { } }
            namespace B { [Implements("6.3")] public class InB { } }
            """);
        Assert.Equal("6.2", scoped.Evidence);
        Assert.False(scoped.Plan.NeedsBinding);
        scoped.AssertMatchesBoundAttributes(allowErrors: true);
    }

    [Fact]
    public void IdsThroughAConstantOrAnExpression_AreBound()
    {
        var run = Run(
            """
            using ComplaintCode;
            internal static class Ids { public const string Acknowledge = "6.2"; public const Provision Respond = Provision.Stage1Response; }

            [Implements(Ids.Acknowledge)] public class A { }
            [Implements(Ids.Respond)] public class B { }
            [Implements("6." + "13")] public class C { }
            [Implements((Provision)904)] public class D { }
            """,
            """
            using ComplaintCode;
            [Implements("1.2")] public class E { }
            """);

        Assert.Equal("1.2,6.2,6.3,6.13,9.4", run.Evidence);
        Assert.Equal(new[] { "File0.cs" }, run.Plan.FilesToBind);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void UsingAliases_OfTheNamespace_OfTheAttribute_FileAndGlobal_AreBound()
    {
        var run = Run(
            """
            using CC = ComplaintCode;
            [CC.Implements("6.2")] public class A { }
            """,
            """
            using Evidence = ComplaintCode.ImplementsAttribute;
            [Evidence("6.3")] public class B { }
            """,
            "global using GlobalEvidenceAttribute = global::ComplaintCode.ImplementsAttribute;",
            """
            [GlobalEvidence("6.13")] public class C { }
            [GlobalEvidenceAttribute(ComplaintCode.Provision.Stage2Response)] public class D { }
            """);

        Assert.Equal("6.2,6.3,6.13,6.14", run.Evidence);
        Assert.True(run.Plan.AliasEverywhere);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void AnImplementsAttributeOfTheUsers_IsNotOurs_AndMakesEveryImplementsBound()
    {
        var run = Run(
            """
            using ComplaintCode;

            namespace Acme
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ImplementsAttribute : System.Attribute { public ImplementsAttribute(params string[] ids) { } }

                // Acme's own: the namespace's type comes before the file's using.
                [Implements("6.2")] public class Theirs { }
                [global::ComplaintCode.Implements("6.3")] public class Ours { }
            }
            """,
            """
            using ComplaintCode;
            [Implements("9.4")] public class AlsoOurs { }
            """);

        Assert.Equal("6.3,9.4", run.Evidence);
        Assert.Equal(new[] { "File0.cs", "File1.cs" }, run.Plan.FilesToBind);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void AReferencedAssemblysImplementsAttribute_InAnEnclosingNamespace_ShadowsOurs_AndIsNotCounted()
    {
        // The hole syntax alone cannot see: Acme.ImplementsAttribute in a reference hides the file's using ComplaintCode.
        var vendor = Reference(
            "Acme.Vendor",
            """
            namespace Acme
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ImplementsAttribute : System.Attribute { public ImplementsAttribute(params string[] ids) { } }
            }
            """);
        var run = Run(
            new[] { vendor },
            """
            using ComplaintCode;
            namespace Acme.Housing
            {
                [Implements("6.2")] public class Theirs { }
                [ComplaintCode.Implements("6.3")] public class Ours { }
            }
            """,
            """
            [Implements("6.13")] public class NotImported { }
            """);

        Assert.Equal("6.3", run.Evidence);
        Assert.NotEmpty(run.Plan.FilesToBind);
        run.AssertMatchesBoundAttributes(allowErrors: true);
    }

    [Fact]
    public void WithoutUsingComplaintCode_AnImplementsIsNotOurs()
    {
        var vendor = Reference(
            "Other.Vendor",
            """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ImplementsAttribute : System.Attribute { public ImplementsAttribute(params string[] ids) { } }
            }
            """);
        var run = Run(new[] { vendor }, "using Other;\n[Implements(\"6.2\")] public class Theirs { }");

        Assert.Null(run.Evidence);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void AGenericImplements_IsNotOurs()
    {
        var vendor = Reference(
            "Generic.Vendor",
            """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ImplementsAttribute<T> : System.Attribute { public ImplementsAttribute(params string[] ids) { } }
            }
            """);
        var run = Run(
            new[] { vendor },
            """
            using ComplaintCode;
            using Other;
            [Implements<int>("6.2")] public class Theirs { }
            [Implements("6.3")] public class Ours { }
            """);

        Assert.Equal("6.3", run.Evidence);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void AProvisionTypeOfTheUsers_IsReadAsTheCompilerReadsIt()
    {
        // Acme.Provision.Stage1Response is "6.2" here, not ComplaintCode.Provision.Stage1Response (6.3).
        var run = Run(
            """
            using ComplaintCode;
            namespace Acme
            {
                internal static class Provision { public const string Stage1Response = "6.2"; }
                [Implements(Provision.Stage1Response)] public class A { }
                [Implements(global::ComplaintCode.Provision.Stage2Response)] public class B { }
            }
            """,
            """
            using ComplaintCode;
            [Implements("9.4")] public class C { }
            """);

        Assert.Equal("6.2,6.14,9.4", run.Evidence);
        Assert.Equal(new[] { "File0.cs" }, run.Plan.FilesToBind);
        run.AssertMatchesBoundAttributes();
    }

    [Fact]
    public void ANamespaceOfTheUsersNamedComplaintCode_IsReadAsTheCompilerReadsIt()
    {
        var run = Run(
            """
            namespace Acme.ComplaintCode
            {
                internal static class Provision { public const string Stage1Response = "6.2"; }
            }

            namespace Acme
            {
                [global::ComplaintCode.Implements(ComplaintCode.Provision.Stage1Response)] public class A { }
            }
            """);

        Assert.Equal("6.2", run.Evidence);
        Assert.Equal(new[] { "File0.cs" }, run.Plan.FilesToBind);
        run.AssertMatchesBoundAttributes();
    }

    private static GeneratorRun Run(params string[] sources) => Run(Array.Empty<MetadataReference>(), sources);

    private static GeneratorRun Run(MetadataReference[] references, params string[] sources)
    {
        var compilation = GeneratorHarness.Compilation(sources).AddReferences(references);
        var driver = GeneratorHarness.Driver(null).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var evidence = result.GeneratedSources.Where(s => s.HintName == "ComplaintCode.Evidence.g.cs").Select(s => s.SourceText.ToString()).SingleOrDefault();
        const string Prefix = "\"ComplaintCode.EvidencedProvisions\", \"";
        var ids = evidence is null ? null : evidence.Substring(evidence.IndexOf(Prefix, StringComparison.Ordinal) + Prefix.Length).Split('"')[0];
        var plan = (ImplementsPlan)result.TrackedSteps[TrackingNames.ImplementedIds].Single().Outputs.Single().Value;
        return new GeneratorRun(compilation, output, ids, plan);
    }

    /// <summary>A class library compiled in memory, as a NuGet package's assembly would be referenced.</summary>
    private static MetadataReference Reference(string name, string source)
    {
        var library = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ModernOptions) },
            GeneratorHarness.Compilation().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var emit = library.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private sealed record GeneratorRun(Compilation Input, Compilation Output, string? Evidence, ImplementsPlan Plan)
    {
        /// <summary>The evidence equals what the analyzers read from every bound [Implements] of the compilation.</summary>
        public void AssertMatchesBoundAttributes(bool allowErrors = false)
        {
            if (!allowErrors)
            {
                Assert.Empty(Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            }

            var implements = Input.GetTypeByMetadataName("ComplaintCode.ImplementsAttribute");
            var symbols = Input.GetSymbolsWithName(_ => true, SymbolFilter.TypeAndMember)
                .SelectMany(s => s is IMethodSymbol method ? method.Parameters.Cast<ISymbol>().Prepend(s) : new[] { s })
                .Append(Input.Assembly);
            var bound = symbols
                .SelectMany(s => s.GetAttributes())
                .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, implements))
                .SelectMany(ImplementsIds.Read)
                .Where(id => id.Provision is not null)
                .Select(id => id.Provision!)
                .Distinct()
                .OrderBy(p => p.NumericValue)
                .Select(p => p.Id);
            var expected = string.Join(",", bound);
            Assert.Equal(expected.Length == 0 ? null : expected, Evidence);
        }
    }
}
