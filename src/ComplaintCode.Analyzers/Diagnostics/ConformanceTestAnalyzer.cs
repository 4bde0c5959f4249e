using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// CHC0601, in a test project: a public deadline method of a referenced project, marked [Implements] for a timescale
/// provision, whose signature fits a <c>CodeConformance.Check</c> overload, and that no test in this project passes to
/// <c>CodeConformance</c>. The diagnostic is reported on the project's first test class, so the code fix has a document
/// beside which it writes the test; the method itself lives in another project, where a fix could not add a test.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConformanceTestAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] DateTypes = { "DateOnly", "DateTime", "DateTimeOffset" };

    // Test attributes of xunit, NUnit and MSTest, as written in source, to find a test class to report on.
    private static readonly ImmutableHashSet<string> TestAttributeNames = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Fact", "Theory", "Test", "TestCase", "TestMethod", "DataTestMethod", "TestClass", "TestFixture");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.DeadlineWithoutConformanceTest);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // A test project references a test framework (without one there is no syntax to write the test in). Where
            // the package's props make IsTestProject visible, it must be true too, so a library of test helpers that
            // references xunit is left alone; where it is not visible, the framework decides.
            var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (options.TryGetValue("build_property.IsTestProject", out _) && !options.IsTrue("build_property.IsTestProject"))
            {
                return;
            }

            // The framework and the deadline methods are looked up on the first call, not here: see
            // ComplaintCodeSymbols.OnFirstUse.
            var compilation = start.Compilation;
            var plan = new Lazy<Plan?>(() => Plan.For(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var tested = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (plan.Value is not { } found || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, found.Conformance))
                    {
                        return;
                    }

                    foreach (var argument in invocation.Arguments)
                    {
                        foreach (var node in argument.Value.DescendantsAndSelf())
                        {
                            var target = node switch
                            {
                                IMethodReferenceOperation reference => reference.Method,
                                IInvocationOperation call => call.TargetMethod,
                                _ => null,
                            };
                            if (target is not null)
                            {
                                tested.TryAdd(target.OriginalDefinition, true);
                            }
                        }
                    }
                },
                OperationKind.Invocation);

            start.RegisterCompilationEndAction(end =>
            {
                if (plan.Value is not { } found)
                {
                    return;
                }

                var untested = found.Candidates.Where(c => !tested.ContainsKey(c.Method)).ToList();
                if (untested.Count == 0)
                {
                    return;
                }

                var location = TestClassLocation(end.Compilation, end.CancellationToken);
                foreach (var candidate in untested)
                {
                    end.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.DeadlineWithoutConformanceTest,
                        location,
                        Properties(candidate, found.Framework, found.Policy),
                        candidate.Method.ContainingType.ToDisplayString() + "." + candidate.Method.Name,
                        candidate.Provision.Id,
                        candidate.Provision.Gist));
                }
            });
        });
    }

    /// <summary>What a test project is checked for: null when it has no framework, no CodeConformance or no deadline method to test.</summary>
    private sealed record Plan(TestFramework Framework, INamedTypeSymbol Conformance, List<Candidate> Candidates, INamedTypeSymbol? Policy)
    {
        public static Plan? For(Compilation compilation)
        {
            var framework = TestFrameworks.Referenced(compilation);
            if (framework == TestFramework.None
                || compilation.GetTypeByMetadataName("ComplaintCode.CodeConformance") is not { } conformance
                || ComplaintCodeSymbols.Resolve(compilation) is not { } symbols)
            {
                return null;
            }

            var candidates = DeadlineMethods(compilation, symbols);
            return candidates.Count == 0 ? null : new Plan(framework, conformance, candidates, compilation.GetTypeByMetadataName("ComplaintCode.ComplaintPolicy"));
        }
    }

    private sealed record Candidate(IMethodSymbol Method, CodeProvision Provision, string DateType, bool Async);

    // The public methods of referenced projects that implement a timescale provision and fit a Check overload, in a
    // stable order (assembly, then type and method name) so the diagnostics come out the same in every build.
    private static List<Candidate> DeadlineMethods(Compilation compilation, ComplaintCodeSymbols symbols)
    {
        var found = new List<Candidate>();
        var library = symbols.Implements.ContainingAssembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, library)
                || !assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == library.Name)))
            {
                continue;
            }

            foreach (var type in PublicTypes(assembly.GlobalNamespace))
            {
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    if (method.DeclaredAccessibility != Accessibility.Public || method.MethodKind != MethodKind.Ordinary || method.IsGenericMethod
                        || (!method.IsStatic && (type.IsAbstract || !type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.IsEmpty))))
                    {
                        continue;
                    }

                    var provision = symbols.ImplementedProvisions(method).FirstOrDefault(p => p.Timescale is not null);
                    if (provision is not null && Fits(method, out var dateType, out var isAsync))
                    {
                        found.Add(new Candidate(method, provision, dateType, isAsync));
                    }
                }
            }
        }

        return found;
    }

    // One parameter of DateOnly, DateTime or DateTimeOffset, returning the same type or a Task of it.
    private static bool Fits(IMethodSymbol method, out string dateType, out bool isAsync)
    {
        dateType = string.Empty;
        isAsync = false;
        if (method.Parameters.Length != 1 || method.Parameters[0].RefKind != RefKind.None || !IsSystemDate(method.Parameters[0].Type, out dateType))
        {
            return false;
        }

        var returns = method.ReturnType;
        if (returns is INamedTypeSymbol { Name: "Task", Arity: 1 } task && task.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks")
        {
            isAsync = true;
            returns = task.TypeArguments[0];
        }

        return IsSystemDate(returns, out var returned) && returned == dateType;
    }

    private static bool IsSystemDate(ITypeSymbol type, out string name)
    {
        name = type.Name;
        return type.ContainingNamespace?.ToDisplayString() == "System" && Array.IndexOf(DateTypes, type.Name) >= 0;
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (type.DeclaredAccessibility == Accessibility.Public && !type.IsGenericType)
            {
                yield return type;
            }
        }

        foreach (var child in ns.GetNamespaceMembers().OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            foreach (var type in PublicTypes(child))
            {
                yield return type;
            }
        }
    }

    private static ImmutableDictionary<string, string?> Properties(Candidate candidate, TestFramework framework, INamedTypeSymbol? policy)
    {
        var type = candidate.Method.ContainingType;
        var timescale = candidate.Provision.Timescale!;
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        builder[ConformanceTestProperties.Framework] = framework.ToString();
        builder[ConformanceTestProperties.Namespace] = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
        builder[ConformanceTestProperties.Type] = NameWithContainingTypes(type);
        builder[ConformanceTestProperties.TypeName] = type.Name;
        builder[ConformanceTestProperties.Method] = candidate.Method.Name;
        builder[ConformanceTestProperties.Instance] = candidate.Method.IsStatic ? "false" : "true";
        builder[ConformanceTestProperties.DateType] = candidate.DateType;
        builder[ConformanceTestProperties.Async] = candidate.Async ? "true" : "false";
        builder[ConformanceTestProperties.Provision] = candidate.Provision.Name;
        builder[ConformanceTestProperties.PolicyConstant] = policy is not null && timescale.Unit == TimescaleUnit.WorkingDays && !policy.GetMembers(timescale.Constant).IsEmpty
            ? timescale.Constant
            : null;
        return builder.ToImmutable();
    }

    private static string NameWithContainingTypes(INamedTypeSymbol type)
        => type.ContainingType is null ? type.Name : NameWithContainingTypes(type.ContainingType) + "." + type.Name;

    // The identifier of the first test class, by file path; a project without one has its first class, and a project
    // without any class gets the diagnostic without a location (and so without a fix).
    private static Location TestClassLocation(Compilation compilation, System.Threading.CancellationToken cancellationToken)
    {
        ClassDeclarationSyntax? firstClass = null;
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            if (tree.FilePath.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                firstClass ??= declaration;
                if (HasTestAttribute(declaration.AttributeLists) || declaration.Members.OfType<MethodDeclarationSyntax>().Any(m => HasTestAttribute(m.AttributeLists)))
                {
                    return declaration.Identifier.GetLocation();
                }
            }
        }

        return firstClass?.Identifier.GetLocation() ?? Location.None;
    }

    private static bool HasTestAttribute(SyntaxList<AttributeListSyntax> lists)
        => lists.SelectMany(l => l.Attributes).Any(a => TestAttributeNames.Contains(SimpleName(a.Name)));

    private static string SimpleName(NameSyntax name)
    {
        var text = name.RightmostIdentifier() ?? name.ToString();
        return text.EndsWith("Attribute", StringComparison.Ordinal) ? text.Substring(0, text.Length - "Attribute".Length) : text;
    }
}
