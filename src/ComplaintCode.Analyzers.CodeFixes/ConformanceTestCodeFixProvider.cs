using System;
using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace ComplaintCode.Analyzers.CodeFixes;

/// <summary>
/// CHC0601: writes a conformance test for a deadline method, in the syntax of the test framework the project
/// references (xunit, NUnit or MSTest). The test goes in the class <c>{Type}ConformanceTests</c>: added to it when the
/// project has it already, otherwise in a new file of that name beside the document the diagnostic is on. A working-day
/// deadline is checked against the landlord's own timescale and calendar (<c>ComplaintPolicy</c>), which may be
/// stricter than the Code's.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConformanceTestCodeFixProvider)), Shared]
public sealed class ConformanceTestCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DeadlineWithoutConformanceTest);

    // Each fix adds its own test, possibly to a file another fix creates: one at a time is the only safe way.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (ConformanceTest.From(diagnostic.Properties) is not { } test)
            {
                continue;
            }

            var title = $"Add a conformance test for {test.Type}.{test.Method}";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => AddTestAsync(context.Document, test, ct), equivalenceKey: title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> AddTestAsync(Document document, ConformanceTest test, CancellationToken cancellationToken)
    {
        var project = document.Project;
        foreach (var existing in project.Documents)
        {
            var root = await existing.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.ValueText == test.ClassName) is { } testClass)
            {
                // A blank line before the new test when the class has members already, as between any two methods.
                var blankLine = testClass.Members.Count > 0 ? "\n" : string.Empty;
                var method = (MemberDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(blankLine + test.TestMethod(indent: string.Empty))!
                    .WithAdditionalAnnotations(Formatter.Annotation);
                var updated = root.ReplaceNode(testClass, testClass.AddMembers(method));
                updated = AddMissingUsings((CompilationUnitSyntax)updated, test);
                var formatted = await Formatter.FormatAsync(existing.WithSyntaxRoot(updated), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                return formatted.Project.Solution;
            }
        }

        var namespaceName = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))?
            .DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
        var folder = document.FilePath is { } path ? Path.GetDirectoryName(path) : null;
        var fileName = test.ClassName + ".cs";
        return project.AddDocument(fileName, test.NewFile(namespaceName), document.Folders, folder is null ? null : Path.Combine(folder, fileName)).Project.Solution;
    }

    private static CompilationUnitSyntax AddMissingUsings(CompilationUnitSyntax unit, ConformanceTest test)
    {
        foreach (var name in test.Usings)
        {
            if (!unit.Usings.Any(u => u.Alias is null && u.Name?.ToString() == name))
            {
                unit = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(name)).WithAdditionalAnnotations(Formatter.Annotation));
            }
        }

        return unit;
    }

    /// <summary>What CHC0601's properties say the test must call, and the test written out.</summary>
    private sealed class ConformanceTest
    {
        private ConformanceTest(TestFramework framework, string @namespace, string type, string typeName, string method, bool instance, string dateType, bool isAsync, string provision, string? policyConstant)
        {
            Framework = framework;
            Namespace = @namespace;
            Type = type;
            TypeName = typeName;
            Method = method;
            Instance = instance;
            DateType = dateType;
            IsAsync = isAsync;
            Provision = provision;
            PolicyConstant = policyConstant;
        }

        public TestFramework Framework { get; }

        public string Namespace { get; }

        public string Type { get; }

        public string TypeName { get; }

        public string Method { get; }

        public bool Instance { get; }

        public string DateType { get; }

        public bool IsAsync { get; }

        public string Provision { get; }

        public string? PolicyConstant { get; }

        public string ClassName => TypeName + "ConformanceTests";

        public ImmutableArray<string> Usings
        {
            get
            {
                var usings = ImmutableArray.CreateBuilder<string>();
                usings.Add("System");
                if (IsAsync)
                {
                    usings.Add("System.Threading.Tasks");
                }

                usings.Add("ComplaintCode");
                usings.Add(Framework switch
                {
                    TestFramework.NUnit => "NUnit.Framework",
                    TestFramework.MSTest => "Microsoft.VisualStudio.TestTools.UnitTesting",
                    _ => "Xunit",
                });
                if (Namespace.Length > 0)
                {
                    usings.Add(Namespace);
                }

                return usings.ToImmutable();
            }
        }

        public static ConformanceTest? From(ImmutableDictionary<string, string?> properties)
        {
            string? Get(string key) => properties.TryGetValue(key, out var value) ? value : null;
            if (!Enum.TryParse<TestFramework>(Get(ConformanceTestProperties.Framework), out var framework) || framework == TestFramework.None
                || Get(ConformanceTestProperties.Type) is not { Length: > 0 } type
                || Get(ConformanceTestProperties.TypeName) is not { Length: > 0 } typeName
                || Get(ConformanceTestProperties.Method) is not { Length: > 0 } method
                || Get(ConformanceTestProperties.DateType) is not ("DateOnly" or "DateTime" or "DateTimeOffset") 
                || Get(ConformanceTestProperties.Provision) is not { Length: > 0 } provision)
            {
                return null;
            }

            return new ConformanceTest(
                framework,
                Get(ConformanceTestProperties.Namespace) ?? string.Empty,
                type,
                typeName,
                method,
                Get(ConformanceTestProperties.Instance) == "true",
                Get(ConformanceTestProperties.DateType)!,
                Get(ConformanceTestProperties.Async) == "true",
                provision,
                Get(ConformanceTestProperties.PolicyConstant));
        }

        public string NewFile(string? testNamespace)
        {
            var text = new StringBuilder();
            foreach (var name in Usings)
            {
                text.Append("using ").Append(name).Append(";\n");
            }

            text.Append('\n');
            var indent = string.Empty;
            if (testNamespace is { Length: > 0 })
            {
                text.Append("namespace ").Append(testNamespace).Append("\n{\n");
                indent = "    ";
            }

            if (Framework == TestFramework.MSTest)
            {
                text.Append(indent).Append("[TestClass]\n");
            }

            text.Append(indent).Append("public class ").Append(ClassName).Append('\n')
                .Append(indent).Append("{\n")
                .Append(TestMethod(indent + "    "))
                .Append(indent).Append("}\n");
            if (testNamespace is { Length: > 0 })
            {
                text.Append("}\n");
            }

            return text.ToString();
        }

        public string TestMethod(string indent)
        {
            var attribute = Framework switch
            {
                TestFramework.NUnit => "Test",
                TestFramework.MSTest => "TestMethod",
                _ => "Fact",
            };
            var receiver = Instance ? $"new {Type}()" : Type;
            var call = $"{(IsAsync ? "await " : string.Empty)}CodeConformance.Check(Provision.{Provision}, ({DateType} start) => {receiver}.{Method}(start)";
            if (PolicyConstant is not null)
            {
                call += $", workingDays: ComplaintPolicy.{PolicyConstant}, calendar: ComplaintPolicy.Calendar";
            }

            var assert = Framework switch
            {
                TestFramework.NUnit => "Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures));",
                TestFramework.MSTest => "Assert.AreEqual(0, failures.Count, string.Join(Environment.NewLine, failures));",
                _ => "Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));",
            };
            return new StringBuilder()
                .Append(indent).Append('[').Append(attribute).Append("]\n")
                .Append(indent).Append("public ").Append(IsAsync ? "async Task " : "void ").Append(Method).Append("_MeetsTheCode()\n")
                .Append(indent).Append("{\n")
                .Append(indent).Append("    var failures = ").Append(call).Append(");\n")
                .Append(indent).Append("    ").Append(assert).Append('\n')
                .Append(indent).Append("}\n")
                .ToString();
        }
    }
}
