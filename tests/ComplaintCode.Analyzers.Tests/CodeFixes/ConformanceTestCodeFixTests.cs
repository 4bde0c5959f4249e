using ComplaintCode.Analyzers.CodeFixes;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ConformanceFix = ComplaintCode.Analyzers.Tests.Verifiers.CodeFixVerifier<ComplaintCode.Analyzers.Diagnostics.ConformanceTestAnalyzer, ComplaintCode.Analyzers.CodeFixes.ConformanceTestCodeFixProvider>;

namespace ComplaintCode.Analyzers.Tests.CodeFixes;

/// <summary>
/// CHC0601 in a test project that references a project of deadline methods, and the test its fix writes in each
/// framework. The frameworks are small stand-ins with the members the written tests call, so the fixed project's
/// compilation proves the test compiles against that shape.
/// </summary>
public class ConformanceTestCodeFixTests
{
    private const string Deadlines = """
        using System;
        using System.Threading.Tasks;
        using ComplaintCode;

        namespace Landlord.Complaints
        {
            public static class ComplaintDeadlines
            {
                [Implements("6.2")]
                public static DateOnly Stage1AcknowledgementDue(DateOnly receivedOn) => WorkingDays.Add(receivedOn, 5);

                // Does not fit a Check overload (the extension needs a reason), so no test is suggested.
                [Implements("6.4")]
                public static DateOnly Stage1Extension(DateOnly currentDue, int extraWorkingDays, string reason) => WorkingDays.Add(currentDue, extraWorkingDays);

                // Not a timescale provision.
                [Implements(Provision.FullRecordKept)]
                public static DateOnly Archive(DateOnly closedOn) => closedOn;
            }

            public class SlaEngine
            {
                [Implements(Provision.Stage2Response)]
                public Task<DateTimeOffset> Stage2ResponseDueAsync(DateTimeOffset acknowledgedAt) => Task.FromResult(acknowledgedAt);
            }
        }
        """;

    private const string XunitStandIn = """
        namespace Xunit
        {
            public sealed class FactAttribute : System.Attribute { }
            public static class Assert { public static void True(bool condition, string message) { } }
        }
        """;

    private const string NUnitStandIn = """
        namespace NUnit.Framework
        {
            public sealed class TestAttribute : System.Attribute { }
            public interface IResolveConstraint { }
            public static class Is { public static IResolveConstraint Empty => null!; }
            public static class Assert { public static void That(object actual, IResolveConstraint constraint, string message) { } }
        }
        """;

    private const string MSTestStandIn = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            public sealed class TestClassAttribute : System.Attribute { }
            public sealed class TestMethodAttribute : System.Attribute { }
            public static class Assert { public static void AreEqual<T>(T expected, T actual, string message) { } }
        }
        """;

    [Fact]
    public async Task Xunit_DeadlineMethodsWithoutATest_AreReportedOnTheTestClass_AndTheFixWritesFacts()
    {
        const string tests = """
            using Xunit;

            namespace Landlord.Tests
            {
                public class {|#0:IntakeTests|}
                {
                    [Fact]
                    public void Something() { }
                }
            }
            """;
        const string written = """
            using System;
            using ComplaintCode;
            using Xunit;
            using Landlord.Complaints;

            namespace Landlord.Tests
            {
                public class ComplaintDeadlinesConformanceTests
                {
                    [Fact]
                    public void Stage1AcknowledgementDue_MeetsTheCode()
                    {
                        var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateOnly start) => ComplaintDeadlines.Stage1AcknowledgementDue(start), workingDays: ComplaintPolicy.Stage1AcknowledgementWorkingDays, calendar: ComplaintPolicy.Calendar);
                        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
                    }
                }
            }

            """;

        var test = Test(XunitStandIn, tests);
        test.ExpectedDiagnostics.Add(Stage1Acknowledgement(0));
        test.ExpectedDiagnostics.Add(Stage2Response(0));
        test.FixedState.Sources.Add(("/0/ComplaintDeadlinesConformanceTests.cs", written));
        // The other method still has no test after one fix; the new test class is now the first, by path, to report on.
        test.FixedState.ExpectedDiagnostics.Add(Stage2Response().WithSpan("/0/ComplaintDeadlinesConformanceTests.cs", 8, 18, 8, 52));
        test.CodeActionEquivalenceKey = "Add a conformance test for ComplaintDeadlines.Stage1AcknowledgementDue";
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NUnit_AsyncInstanceMethod_TheFixWritesAnAsyncTest()
    {
        const string tests = """
            using NUnit.Framework;

            namespace Landlord.Tests
            {
                public class {|#0:IntakeTests|}
                {
                    [Test]
                    public void Something() { }
                }
            }
            """;
        const string written = """
            using System;
            using System.Threading.Tasks;
            using ComplaintCode;
            using NUnit.Framework;
            using Landlord.Complaints;

            namespace Landlord.Tests
            {
                public class SlaEngineConformanceTests
                {
                    [Test]
                    public async Task Stage2ResponseDueAsync_MeetsTheCode()
                    {
                        var failures = await CodeConformance.Check(Provision.Stage2Response, (DateTimeOffset start) => new SlaEngine().Stage2ResponseDueAsync(start), workingDays: ComplaintPolicy.Stage2ResponseWorkingDays, calendar: ComplaintPolicy.Calendar);
                        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures));
                    }
                }
            }

            """;

        var test = Test(NUnitStandIn, tests);
        test.ExpectedDiagnostics.Add(Stage1Acknowledgement(0));
        test.ExpectedDiagnostics.Add(Stage2Response(0));
        test.FixedState.Sources.Add(("/0/SlaEngineConformanceTests.cs", written));
        test.FixedState.ExpectedDiagnostics.Add(Stage1Acknowledgement().WithSpan("/0/SlaEngineConformanceTests.cs", 9, 18, 9, 43));
        test.CodeActionEquivalenceKey = "Add a conformance test for SlaEngine.Stage2ResponseDueAsync";
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task MSTest_TheFixWritesATestClassWithATestMethod()
    {
        const string tests = """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            namespace Landlord.Tests
            {
                [TestClass]
                public class {|#0:IntakeTests|}
                {
                    [TestMethod]
                    public void Something() { }
                }
            }
            """;
        const string written = """
            using System;
            using ComplaintCode;
            using Microsoft.VisualStudio.TestTools.UnitTesting;
            using Landlord.Complaints;

            namespace Landlord.Tests
            {
                [TestClass]
                public class ComplaintDeadlinesConformanceTests
                {
                    [TestMethod]
                    public void Stage1AcknowledgementDue_MeetsTheCode()
                    {
                        var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateOnly start) => ComplaintDeadlines.Stage1AcknowledgementDue(start), workingDays: ComplaintPolicy.Stage1AcknowledgementWorkingDays, calendar: ComplaintPolicy.Calendar);
                        Assert.AreEqual(0, failures.Count, string.Join(Environment.NewLine, failures));
                    }
                }
            }

            """;

        var test = Test(MSTestStandIn, tests);
        test.ExpectedDiagnostics.Add(Stage1Acknowledgement(0));
        test.ExpectedDiagnostics.Add(Stage2Response(0));
        test.FixedState.Sources.Add(("/0/ComplaintDeadlinesConformanceTests.cs", written));
        test.FixedState.ExpectedDiagnostics.Add(Stage2Response().WithSpan("/0/ComplaintDeadlinesConformanceTests.cs", 9, 18, 9, 52));
        test.CodeActionEquivalenceKey = "Add a conformance test for ComplaintDeadlines.Stage1AcknowledgementDue";
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExistingConformanceTestClass_GetsTheNewTest_AndTheUsingsItNeeds()
    {
        const string existing = """
            using Xunit;

            namespace Landlord.Tests
            {
                public class {|#0:ComplaintDeadlinesConformanceTests|}
                {
                    [Fact]
                    public void Placeholder() { }
                }
            }
            """;
        const string written = """
            using Xunit;
            using System;
            using ComplaintCode;
            using Landlord.Complaints;

            namespace Landlord.Tests
            {
                public class ComplaintDeadlinesConformanceTests
                {
                    [Fact]
                    public void Placeholder() { }

                    [Fact]
                    public void Stage1AcknowledgementDue_MeetsTheCode()
                    {
                        var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateOnly start) => ComplaintDeadlines.Stage1AcknowledgementDue(start), workingDays: ComplaintPolicy.Stage1AcknowledgementWorkingDays, calendar: ComplaintPolicy.Calendar);
                        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
                    }
                }
            }
            """;

        var test = new ConformanceFix.Test();
        AddDeadlinesProject(test);
        test.TestState.Sources.Add(("/0/Xunit.cs", XunitStandIn));
        test.TestState.Sources.Add(("/0/ComplaintDeadlinesConformanceTests.cs", existing));
        test.FixedState.Sources.Add(("/0/Xunit.cs", XunitStandIn));
        test.FixedState.Sources.Add(("/0/ComplaintDeadlinesConformanceTests.cs", written));
        test.ExpectedDiagnostics.Add(Stage1Acknowledgement(0));
        test.ExpectedDiagnostics.Add(Stage2Response(0));
        test.FixedState.ExpectedDiagnostics.Add(Stage2Response().WithSpan("/0/ComplaintDeadlinesConformanceTests.cs", 8, 18, 8, 52));
        test.CodeActionEquivalenceKey = "Add a conformance test for ComplaintDeadlines.Stage1AcknowledgementDue";
        test.NumberOfFixAllIterations = 0;
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck | CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DeadlineMethodsWithConformanceTests_AreNotReported()
    {
        const string tests = """
            using System;
            using ComplaintCode;
            using Landlord.Complaints;
            using Xunit;

            namespace Landlord.Tests
            {
                public class DeadlineTests
                {
                    [Fact]
                    public void Acknowledgement() => Assert.True(CodeConformance.Check(Provision.Stage1Acknowledgement, ComplaintDeadlines.Stage1AcknowledgementDue).Count == 0, "");

                    [Fact]
                    public async System.Threading.Tasks.Task Stage2()
                        => Assert.True((await CodeConformance.Check(Provision.Stage2Response, (DateTimeOffset start) => new SlaEngine().Stage2ResponseDueAsync(start))).Count == 0, "");
                }
            }
            """;

        var test = new ConformanceFix.Test();
        AddDeadlinesProject(test);
        test.TestState.Sources.Add(("/0/Xunit.cs", XunitStandIn));
        test.TestState.Sources.Add(("/0/Test0.cs", tests));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ProjectWithoutATestFramework_IsNotReported()
    {
        var test = new ConformanceFix.Test();
        AddDeadlinesProject(test);
        test.TestState.Sources.Add(("/0/Test0.cs", "namespace Landlord.Web { public class Startup { } }"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ProjectThatIsNotATestProject_IsNotReported_EvenWithAFrameworkReference()
    {
        var test = new ConformanceFix.Test();
        AddDeadlinesProject(test);
        test.TestState.Sources.Add(("/0/Xunit.cs", XunitStandIn));
        test.TestState.Sources.Add(("/0/Test0.cs", "namespace Landlord.TestHelpers { public class Fixtures { } }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.IsTestProject = \n"));
        await test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Stage1Acknowledgement(int location)
        => Stage1Acknowledgement().WithLocation(location);

    private static DiagnosticResult Stage2Response(int location)
        => Stage2Response().WithLocation(location);

    private static DiagnosticResult Stage1Acknowledgement()
        => ConformanceFix.Diagnostic(DiagnosticDescriptors.DeadlineWithoutConformanceTest)
            .WithArguments("Landlord.Complaints.ComplaintDeadlines.Stage1AcknowledgementDue", "6.2", "acknowledge, define and log stage 1 complaints within five working days");

    private static DiagnosticResult Stage2Response()
        => ConformanceFix.Diagnostic(DiagnosticDescriptors.DeadlineWithoutConformanceTest)
            .WithArguments("Landlord.Complaints.SlaEngine.Stage2ResponseDueAsync", "6.14", "issue a final stage 2 response within 20 working days of acknowledgement");

    private static ConformanceFix.Test Test(string framework, string tests)
    {
        var test = new ConformanceFix.Test();
        AddDeadlinesProject(test);
        test.TestState.Sources.Add(("/0/Framework.cs", framework));
        test.TestState.Sources.Add(("/0/Test0.cs", tests));
        test.FixedState.Sources.Add(("/0/Framework.cs", framework));
        test.FixedState.Sources.Add(("/0/Test0.cs", tests.Replace("{|#0:IntakeTests|}", "{|#0:IntakeTests|}", StringComparison.Ordinal)));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        // Each test applies one fix; the harness would otherwise try them all, one after another.
        test.NumberOfFixAllIterations = 0;
        // CHC0601 is a compilation-end diagnostic (it needs every test of the project), so it is not local to a span:
        // the IDE offers the fix once a build or full-solution analysis has computed it, as in this harness.
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck | CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return test;
    }

    private static void AddDeadlinesProject(ConformanceFix.Test test)
    {
        var deadlines = test.TestState.AdditionalProjects["Landlord.Complaints"];
        deadlines.Sources.Add(("/Landlord.Complaints/ComplaintDeadlines.cs", Deadlines));
        deadlines.AdditionalReferences.Add(Verifiers.TestReferences.ComplaintCodeLibrary);
        test.TestState.AdditionalProjectReferences.Add("Landlord.Complaints");
    }
}
