using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ComplaintCode.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ComplaintCode.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs one analyzer over test sources as in a user's project: the ComplaintCode library is referenced and the real
/// generator writes the project's ComplaintPolicy.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, policy: null, expected);

    public static Task VerifyAsync(string source, string? policy, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (policy is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/complaint-policy.yaml", policy));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.ComplaintCodeLibrary);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<System.Type> GetSourceGenerators() => new[] { typeof(ComplaintCodeGenerator) };

        protected override ParseOptions CreateParseOptions() => TestReferences.WithNet80Symbols(base.CreateParseOptions());
    }
}

/// <summary>Runs a code fix the same way, with the generator in the compilation.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.ComplaintCodeLibrary);
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<System.Type> GetSourceGenerators() => new[] { typeof(ComplaintCodeGenerator) };

        protected override ParseOptions CreateParseOptions() => TestReferences.WithNet80Symbols(base.CreateParseOptions());
    }
}
