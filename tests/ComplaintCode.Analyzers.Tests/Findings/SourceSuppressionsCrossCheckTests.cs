using System.Collections.Immutable;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Tests.Generation;
using ComplaintCode.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Tests.Findings;

/// <summary>
/// SourceSuppressions re-implements the compiler's severity and suppression rules so the findings file holds what the
/// build shows. Each case here runs through Roslyn's own CompilationWithAnalyzers, configured as the command line
/// configures it, and through SourceSuppressions, and the two verdicts must agree. A new Roslyn release that changes
/// a rule fails here instead of silently changing the self-assessment.
/// </summary>
public sealed class SourceSuppressionsCrossCheckTests
{
    private const string Warning = "CHC9901";
    private const string Error = "CHC9902";
    private const string Info = "CHC9903";
    private const string Hidden = "CHC9904";
    private const string DisabledByDefault = "CHC9905";

    private const string Member = "~M:Riverside.Complaints.ComplaintWorkflow.Respond";
    private const string Type = "~T:Riverside.Complaints.ComplaintWorkflow";
    private const string Namespace = "~N:Riverside.Complaints";

    /// <summary>Every case is checked for all five ids; <see cref="Case.Expected"/> pins the compiler's verdict for <see cref="Case.Id"/>.</summary>
    private static readonly Case[] s_cases =
    {
        new("Default warning", Warning, "warning"),
        new("Default error", Error, "error"),
        new("Default info is a note", Info, "note"),
        new("Default hidden is not shown", Hidden, null),
        new("Disabled by default is not shown", DisabledByDefault, null),

        new("editorconfig error", Warning, "error") { EditorConfig = Severity(Warning, "error") },
        new("editorconfig warning", Error, "warning") { EditorConfig = Severity(Error, "warning") },
        new("editorconfig suggestion", Warning, "note") { EditorConfig = Severity(Warning, "suggestion") },
        new("editorconfig silent", Warning, null) { EditorConfig = Severity(Warning, "silent") },
        new("editorconfig none", Error, null) { EditorConfig = Severity(Error, "none") },
        new("editorconfig default", Error, "error") { EditorConfig = Severity(Error, "default") },
        new("editorconfig enables a rule disabled by default", DisabledByDefault, "warning") { EditorConfig = Severity(DisabledByDefault, "warning") },
        new("editorconfig section for another file", Warning, "warning") { EditorConfig = $"root = true\n\n[Other.cs]\ndotnet_diagnostic.{Warning}.severity = none\n" },

        new("global config error", Warning, "error") { GlobalConfig = GlobalSeverity(Warning, "error") },
        new("global config none", Error, null) { GlobalConfig = GlobalSeverity(Error, "none") },
        new("global config section for the file", Warning, "error") { GlobalConfig = $"is_global = true\n\n[/src/Workflow.cs]\ndotnet_diagnostic.{Warning}.severity = error\n" },
        new("editorconfig warning beats global config error", Warning, "warning") { EditorConfig = Severity(Warning, "warning"), GlobalConfig = GlobalSeverity(Warning, "error") },
        new("editorconfig none beats global config error", Warning, null) { EditorConfig = Severity(Warning, "none"), GlobalConfig = GlobalSeverity(Warning, "error") },
        new("global config applies where editorconfig is silent on the id", Warning, "error") { EditorConfig = Severity(Error, "warning"), GlobalConfig = GlobalSeverity(Warning, "error") },

        new("NoWarn", Warning, null) { Options = o => o.WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Suppress)) },
        new("WarningsAsErrors", Warning, "error") { Options = o => o.WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Error)) },
        new("NoWarn beats editorconfig error", Warning, null) { EditorConfig = Severity(Warning, "error"), Options = o => o.WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Suppress)) },
        new("WarningsAsErrors beats editorconfig none", Warning, "error") { EditorConfig = Severity(Warning, "none"), Options = o => o.WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Error)) },
        new("NoWarn on an error", Error, null) { Options = o => o.WithSpecificDiagnosticOptions(Specific(Error, ReportDiagnostic.Suppress)) },

        new("/warnaserror raises a default warning", Warning, "error") { Options = WarnAsError },
        new("/warnaserror raises an editorconfig warning", Error, "error") { EditorConfig = Severity(Error, "warning"), Options = WarnAsError },
        new("/warnaserror raises a global config warning", Error, "error") { GlobalConfig = GlobalSeverity(Error, "warning"), Options = WarnAsError },
        new("/warnaserror leaves an editorconfig suggestion", Warning, "note") { EditorConfig = Severity(Warning, "suggestion"), Options = WarnAsError },
        new("/warnaserror leaves an editorconfig default warning", Warning, "warning") { EditorConfig = Severity(Warning, "default"), Options = WarnAsError },
        new("/warnaserror leaves a default info", Info, "note") { Options = WarnAsError },
        new("WarningsNotAsErrors keeps a warning", Warning, "warning") { Options = o => WarnAsError(o).WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Default)) },
        new("WarningsNotAsErrors ignores an editorconfig error on a warning", Warning, "warning") { EditorConfig = Severity(Warning, "error"), Options = o => WarnAsError(o).WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Default)) },
        new("WarningsNotAsErrors without /warnaserror ignores an editorconfig error", Warning, "warning") { EditorConfig = Severity(Warning, "error"), Options = o => o.WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Default)) },
        new("WarningsNotAsErrors keeps an editorconfig error on an error", Error, "error") { EditorConfig = Severity(Error, "error"), Options = o => WarnAsError(o).WithSpecificDiagnosticOptions(Specific(Error, ReportDiagnostic.Default)) },
        new("WarningsNotAsErrors with editorconfig suggestion", Warning, "note") { EditorConfig = Severity(Warning, "suggestion"), Options = o => WarnAsError(o).WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Default)) },
        new("WarningsNotAsErrors with editorconfig warning", Error, "warning") { EditorConfig = Severity(Error, "warning"), Options = o => WarnAsError(o).WithSpecificDiagnosticOptions(Specific(Error, ReportDiagnostic.Default)) },
        new("WarningsNotAsErrors with editorconfig none", Warning, null) { EditorConfig = Severity(Warning, "none"), Options = o => WarnAsError(o).WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Default)) },
        new("All warnings off (GeneralDiagnosticOption Suppress)", Warning, null) { Options = o => o.WithGeneralDiagnosticOption(ReportDiagnostic.Suppress) },
        new("All warnings off leaves an error", Error, "error") { Options = o => o.WithGeneralDiagnosticOption(ReportDiagnostic.Suppress) },

        new("WarningLevel 0 hides a warning", Warning, null) { Options = o => o.WithWarningLevel(0) },
        new("WarningLevel 0 leaves an error", Error, "error") { Options = o => o.WithWarningLevel(0) },
        new("WarningLevel 0 hides an info", Info, null) { Options = o => o.WithWarningLevel(0) },
        new("WarningLevel 1 keeps an info", Info, "note") { Options = o => o.WithWarningLevel(1) },
        new("WarningLevel 0 with an editorconfig error", Warning, null) { EditorConfig = Severity(Warning, "error"), Options = o => o.WithWarningLevel(0) },

        new("Bulk: dotnet_analyzer_diagnostic.severity = error", Warning, "error") { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\n" },
        new("Bulk: category severity none", Warning, null) { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-Test.severity = none\n" },
        new("Bulk: category severity in a global config", Warning, "error") { GlobalConfig = "is_global = true\n\ndotnet_analyzer_diagnostic.category-Test.severity = error\n" },
        new("Bulk: the id's own severity beats the category", Warning, "warning") { EditorConfig = $"root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-Test.severity = none\ndotnet_diagnostic.{Warning}.severity = warning\n" },

        new("Bulk: a warning is raised by /warnaserror", Warning, "error") { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = warning\n", Options = WarnAsError },
        new("Bulk: default keeps /warnaserror", Warning, "error") { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = default\n", Options = WarnAsError },
        new("Bulk: not for a rule disabled by default", DisabledByDefault, null) { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\n" },
        new("Bulk: NoWarn beats it", Warning, null) { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\n", Options = o => o.WithSpecificDiagnosticOptions(Specific(Warning, ReportDiagnostic.Suppress)) },
        new("Bulk: WarningLevel 0 beats it", Warning, null) { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\n", Options = o => o.WithWarningLevel(0) },
        new("Bulk: a pragma beats it", Warning, null) { EditorConfig = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\n", Source = Src(before: $"#pragma warning disable {Warning}") },

        new("#pragma warning disable", Warning, null) { Source = Src(before: $"#pragma warning disable {Warning}") },
        new("#pragma warning disable with a comment", Warning, null) { Source = Src(before: $"#pragma warning disable {Warning} // agreed with the Ombudsman") },
        new("#pragma warning disable of every id", Warning, null) { Source = Src(before: "#pragma warning disable") },
        new("#pragma warning disable of another id", Warning, "warning") { Source = Src(before: $"#pragma warning disable {Error}") },
        new("#pragma warning disable then restore", Warning, "warning") { Source = Src(before: $"#pragma warning disable {Warning}\n#pragma warning restore {Warning}") },
        new("#pragma last directive wins", Warning, null) { Source = Src(before: $"#pragma warning disable {Warning}\n#pragma warning restore {Warning}\n#pragma warning disable {Warning}") },
        new("#pragma restore of every id", Warning, "warning") { Source = Src(before: $"#pragma warning disable {Warning}\n#pragma warning restore") },
        new("#pragma warning disable after the diagnostic", Warning, "warning") { Source = Src(after: $"#pragma warning disable {Warning}") },
        new("#pragma warning disable in an inactive #if", Warning, "warning") { Source = Src(before: $"#if NEVER\n#pragma warning disable {Warning}\n#endif") },
        new("#pragma warning disable of an error", Error, null) { Source = Src(before: $"#pragma warning disable {Error}") },
        new("#pragma warning disable under /warnaserror", Warning, null) { Source = Src(before: $"#pragma warning disable {Warning}"), Options = WarnAsError },
        new("#pragma warning disable of an editorconfig error", Warning, null) { Source = Src(before: $"#pragma warning disable {Warning}"), EditorConfig = Severity(Warning, "error") },

        new("[SuppressMessage] on the member", Warning, null) { Source = Src(member: Suppress(Warning)) },
        new("[SuppressMessage] with id and title", Warning, null) { Source = Src(member: Suppress($"{Warning}:Calendar days")) },
        new("[SuppressMessage] on the member, of an error", Error, null) { Source = Src(member: Suppress(Error)) },
        new("[SuppressMessage] on the member, of another id", Warning, "warning") { Source = Src(member: Suppress(Error)) },
        new("[SuppressMessage] on another member", Warning, "warning") { Source = Src(other: Suppress(Warning)) },
        new("[SuppressMessage] on the type", Warning, null) { Source = Src(type: Suppress(Warning)) },
        new("[SuppressMessage] under /warnaserror", Warning, null) { Source = Src(member: Suppress(Warning)), Options = WarnAsError },
        new("[UnconditionalSuppressMessage] on the member", Warning, null) { Source = Src(member: $"[UnconditionalSuppressMessage(\"Test\", \"{Warning}\")]") },
        new("Assembly [SuppressMessage] without Scope or Target", Warning, null) { Source = Src(assembly: AssemblySuppress(Warning)) },
        new("Assembly [SuppressMessage] Scope module", Warning, null) { Source = Src(assembly: AssemblySuppress(Warning, scope: "module")) },
        new("Assembly [SuppressMessage] Scope member", Warning, null) { Source = Src(assembly: AssemblySuppress(Warning, "member", Member)) },
        new("Assembly [SuppressMessage] Scope member without ~", Warning, null) { Source = Src(assembly: AssemblySuppress(Warning, "member", Member.Substring(1))) },
        new("Assembly [SuppressMessage] Scope member on another member", Warning, "warning") { Source = Src(assembly: AssemblySuppress(Warning, "member", "~M:Riverside.Complaints.ComplaintWorkflow.Unrelated")) },
        new("Assembly [SuppressMessage] Scope type", Warning, null) { Source = Src(assembly: AssemblySuppress(Warning, "type", Type)) },
        new("Assembly [SuppressMessage] Scope namespace", Warning, "warning") { Source = Src(assembly: AssemblySuppress(Warning, "namespace", Namespace)) },
        new("Assembly [SuppressMessage] Scope namespaceanddescendants", Warning, null) { Source = Src(assembly: AssemblySuppress(Warning, "namespaceanddescendants", Namespace)) },
        new("Assembly [SuppressMessage] Target without Scope", Warning, "warning") { Source = Src(assembly: AssemblySuppress(Warning, target: Member)) },

        new("Generated code: *.g.cs", Warning, null) { Path = "/src/Workflow.g.cs" },
        new("Generated code: *.designer.cs", Warning, null) { Path = "/src/Workflow.Designer.cs" },
        new("Generated code: // <auto-generated/>", Warning, null) { Source = "// <auto-generated/>\n" + Src() },
        new("Generated code: // <autogenerated />", Warning, null) { Source = "// <autogenerated />\n" + Src() },
        new("Generated code: editorconfig generated_code = true", Warning, null) { EditorConfig = "root = true\n\n[*.cs]\ngenerated_code = true\n" },
        new("Generated code: editorconfig generated_code = false on *.g.cs", Warning, "warning") { Path = "/src/Workflow.g.cs", EditorConfig = "root = true\n\n[*.cs]\ngenerated_code = false\n" },
        new("Generated code: <auto-generated> below the first line of code", Warning, "warning") { Source = Src() + "\n// <auto-generated/>\n" },
        new("Generated code: error in *.g.cs", Error, null) { Path = "/src/Workflow.g.cs" },

        new("DiagnosticSuppressor of another package", Warning, null)
        {
            WithSuppressor = true,
            Gap = new("a DiagnosticSuppressor runs after every analyzer, so SourceSuppressions cannot see its verdict", "warning"),
        },
    };

    public static TheoryData<string> CaseNames => new(s_cases.Select(c => c.Name));

    [Fact]
    public void CaseNames_AreUnique()
        => Assert.Equal(s_cases.Length, s_cases.Select(c => c.Name).Distinct().Count());

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task SourceSuppressions_GivesTheCompilersVerdict(string name)
    {
        var @case = s_cases.Single(c => c.Name == name);

        var (compiler, port) = await VerdictsAsync(@case);

        Assert.True(@case.Expected == compiler[@case.Id], $"{name}: the compiler's verdict on {@case.Id} is {Show(compiler[@case.Id])}, the case expects {Show(@case.Expected)}");
        foreach (var id in compiler.Keys)
        {
            if (@case.Gap is { } gap && id == @case.Id)
            {
                Assert.True(gap.PortVerdict == port[id] && compiler[id] != port[id], $"{name}: known gap ({gap.Reason}) expected SourceSuppressions to say {Show(gap.PortVerdict)} against the compiler's {Show(compiler[id])}; now it says {Show(port[id])}. If they agree, the gap is closed: remove it.");
            }
            else
            {
                Assert.True(compiler[id] == port[id], $"{name}: on {id} the compiler says {Show(compiler[id])}, SourceSuppressions says {Show(port[id])}");
            }
        }
    }

    private static string Show(string? verdict) => verdict ?? "not shown";

    /// <summary>The verdict of the compiler and of SourceSuppressions on each of the test analyzer's ids.</summary>
    private static async Task<(Dictionary<string, string?> Compiler, Dictionary<string, string?> Port)> VerdictsAsync(Case @case)
    {
        var tree = CSharpSyntaxTree.ParseText(@case.Source, GeneratorHarness.ModernOptions, path: @case.Path);
        var configs = new List<(string, string)>();
        if (@case.EditorConfig is not null)
        {
            configs.Add(("/src/.editorconfig", @case.EditorConfig));
        }

        if (@case.GlobalConfig is not null)
        {
            configs.Add(("/src/ComplaintCode.globalconfig", @case.GlobalConfig));
        }

        var (options, analyzerConfig) = CommandLineConfig.Apply(
            @case.Options(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)),
            new[] { tree },
            configs);
        var compilation = CSharpCompilation.Create("Riverside", new[] { tree }, GeneratorHarness.Compilation("").References, (CSharpCompilationOptions)options);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var crashes = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            @case.WithSuppressor ? ImmutableArray.Create<DiagnosticAnalyzer>(new BreachAnalyzer(), new WarningSuppressor()) : ImmutableArray.Create<DiagnosticAnalyzer>(new BreachAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, analyzerConfig),
                onAnalyzerException: (exception, _, _) => crashes.Add(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true));
        var shown = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(crashes);

        // What the analyzer reports, before the compiler's filtering: the same diagnostics FindingsLog hands to SourceSuppressions.
        var location = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single(i => i.Expression.ToString() == "Breach").GetLocation();
        var suppressions = new SourceSuppressions(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, analyzerConfig), CancellationToken.None);

        var compiler = new Dictionary<string, string?>();
        var port = new Dictionary<string, string?>();
        foreach (var descriptor in BreachAnalyzer.Descriptors)
        {
            var reported = shown.Where(d => d.Id == descriptor.Id).ToList();
            Assert.True(reported.Count <= 1, $"{descriptor.Id} reported {reported.Count} times");
            compiler[descriptor.Id] = reported.SingleOrDefault() is { IsSuppressed: false } d ? LevelOf(d.Severity) : null;
            port[descriptor.Id] = suppressions.LevelOf(Diagnostic.Create(descriptor, location));
        }

        return (compiler, port);
    }

    /// <summary>As the build shows a diagnostic (and SourceSuppressions names it): hidden ones are not shown.</summary>
    private static string? LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => null,
    };

    private static CSharpCompilationOptions WarnAsError(CSharpCompilationOptions options) => options.WithGeneralDiagnosticOption(ReportDiagnostic.Error);

    private static ImmutableDictionary<string, ReportDiagnostic> Specific(string id, ReportDiagnostic report)
        => ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(id, report);

    private static string Severity(string id, string severity) => $"root = true\n\n[*.cs]\ndotnet_diagnostic.{id}.severity = {severity}\n";

    private static string GlobalSeverity(string id, string severity) => $"is_global = true\n\ndotnet_diagnostic.{id}.severity = {severity}\n";

    private static string Suppress(string checkId) => $"[SuppressMessage(\"Test\", \"{checkId}\", Justification = \"test\")]";

    private static string AssemblySuppress(string checkId, string? scope = null, string? target = null)
        => $"[assembly: SuppressMessage(\"Test\", \"{checkId}\"" + (scope is null ? "" : $", Scope = \"{scope}\"") + (target is null ? "" : $", Target = \"{target}\"") + ")]";

    /// <summary>The one source every case varies: a Breach() call the test analyzer reports, and slots around it.</summary>
    private static string Src(string assembly = "", string type = "", string member = "", string other = "", string before = "", string after = "") => $$"""
        using System.Diagnostics.CodeAnalysis;
        {{assembly}}

        namespace Riverside.Complaints
        {
            {{type}}
            public class ComplaintWorkflow
            {
                {{member}}
                public void Respond()
                {
        {{before}}
                    Breach();
        {{after}}
                }

                {{other}}
                public void Unrelated() { }

                private static void Breach() { }
            }
        }
        """;

    public sealed record Case(string Name, string Id, string? Expected)
    {
        public string Source { get; init; } = Src();

        public string Path { get; init; } = "/src/Workflow.cs";

        public string? EditorConfig { get; init; }

        public string? GlobalConfig { get; init; }

        public Func<CSharpCompilationOptions, CSharpCompilationOptions> Options { get; init; } = o => o;

        /// <summary>Another package's DiagnosticSuppressor that suppresses the warning id runs too.</summary>
        public bool WithSuppressor { get; init; }

        /// <summary>A difference from the compiler that is known and documented in SourceSuppressions; the case fails when it changes.</summary>
        public KnownGap? Gap { get; init; }
    }

    public sealed record KnownGap(string Reason, string? PortVerdict);

    /// <summary>
    /// A stand-in for our analyzers: it reports every id on each Breach() call, with the default severities our rules
    /// use, and leaves generated code alone as every analyzer of ours does.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class BreachAnalyzer : DiagnosticAnalyzer
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
            Descriptor(Warning, DiagnosticSeverity.Warning),
            Descriptor(Error, DiagnosticSeverity.Error),
            Descriptor(Info, DiagnosticSeverity.Info),
            Descriptor(Hidden, DiagnosticSeverity.Hidden),
            Descriptor(DisabledByDefault, DiagnosticSeverity.Warning, enabled: false));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    if (((InvocationExpressionSyntax)c.Node).Expression.ToString() == "Breach")
                    {
                        foreach (var descriptor in Descriptors)
                        {
                            c.ReportDiagnostic(Diagnostic.Create(descriptor, c.Node.GetLocation()));
                        }
                    }
                },
                SyntaxKind.InvocationExpression);
        }

        private static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity, bool enabled = true)
            => new(id, "Breach", "Breach of the Code", "Test", severity, enabled);
    }

    /// <summary>Suppresses every <see cref="Warning"/>, as a suppressor in another analyzer package might.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class WarningSuppressor : DiagnosticSuppressor
    {
        private static readonly SuppressionDescriptor s_descriptor = new("SPR9901", Warning, "test");

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(s_descriptor);

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                context.ReportSuppression(Suppression.Create(s_descriptor, diagnostic));
            }
        }
    }
}
