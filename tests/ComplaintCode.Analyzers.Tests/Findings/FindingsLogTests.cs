using System.Collections.Immutable;
using System.Text.Json;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Analyzers.Tests.Generation;
using ComplaintCode.Analyzers.Tests.Verifiers;
using ComplaintCode.Model;
using ComplaintCode.Model.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ComplaintCode.Analyzers.Tests.Findings;

/// <summary>
/// The findings file the analyzers write for the self-assessment build step: written only when the build asks, holding
/// what the build shows (configured severities, suppressions honoured) and the evidence the compiler saw.
/// </summary>
public sealed class FindingsLogTests : IDisposable
{
    private const string Workflow = """
        using ComplaintCode;

        namespace Riverside.Complaints;

        [ComplaintWorkflow]
        public class ComplaintWorkflow
        {
            [Implements("6.3", Evidence = "Stage 1 deadline")]
            public const int Stage1Days = 15;
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("complaintcode-findings-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>What the analyzers reported to the compiler in the last run.</summary>
    private List<Diagnostic> _reported = new();

    private string RequestPath => Path.Combine(_directory, "Riverside" + FindingsContract.RequestSuffix);

    private string FindingsPath => Path.Combine(_directory, "Riverside" + FindingsContract.FindingsSuffix);

    [Fact]
    public async Task WithoutTheRequestFile_NothingIsWritten()
    {
        await RunAsync(Workflow, request: false);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task Breach_IsRecordedWithItsLevelFileAndLine()
    {
        using var findings = await RunAsync(Workflow);

        var breach = Findings(findings).Single(f => f.GetProperty("id").GetString() == "CHC0201");
        Assert.Equal("error", breach.GetProperty("level").GetString());
        Assert.Equal("/src/Workflow.cs", breach.GetProperty("file").GetString());
        Assert.Equal(9, breach.GetProperty("line").GetInt32());
        Assert.Contains("provision 6.3", breach.GetProperty("message").GetString());
        Assert.Equal(FindingsContract.Format, findings.RootElement.GetProperty("format").GetString());
        Assert.Equal("6.3", Assert.Single(breach.GetProperty("provisions").EnumerateArray()).GetString());
        Assert.True(findings.RootElement.GetProperty("evidenceCollected").GetBoolean());
        // The build decides which project is the system; nothing reads whether a project used the package.
        Assert.False(findings.RootElement.TryGetProperty("usesPackage", out _));
    }

    [Fact]
    public async Task InABuildThatAsks_TheFindingsGoToTheFile_NotToTheCompiler_WithTheirWholeSpan()
    {
        // A breach must not stop the compile (the build's ReportFindings task reports it); the IDE never asks.
        using (var findings = await RunAsync(Workflow))
        {
            // A suggestion about how code is written (CHC0005) is no finding of the Code: it reports as any analyzer does.
            Assert.DoesNotContain(_reported, d => d.Id.StartsWith("CHC", StringComparison.Ordinal) && !d.Descriptor.CustomTags.Contains(ComplaintCode.Analyzers.Diagnostics.DiagnosticDescriptors.StrictModeTags.Suggestion));
            var breach = Findings(findings).Single(f => f.GetProperty("id").GetString() == "CHC0201");
            Assert.Equal((9, 35, 9, 37), (breach.GetProperty("line").GetInt32(), breach.GetProperty("column").GetInt32(), breach.GetProperty("endLine").GetInt32(), breach.GetProperty("endColumn").GetInt32()));
            Assert.EndsWith("/docs/rules/CHC0201.md", breach.GetProperty("helpLink").GetString());
        }

        await RunAsync(Workflow, request: false);
        var live = Assert.Single(_reported, d => d.Id == "CHC0201");
        Assert.Equal(8, live.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public async Task EvidenceRulesBothOff_TheFileSaysTheEvidenceWasNotCollected()
    {
        // The compiler skips an analyzer whose every rule is off; a command-line build (no error log) also skips one
        // whose rules are only suggestions, which CompilationWithAnalyzers here does not.
        using var findings = await RunAsync(Workflow, severities: new[] { ("CHC0001", ReportDiagnostic.Suppress), ("CHC0002", ReportDiagnostic.Suppress), ("CHC0006", ReportDiagnostic.Suppress) });

        Assert.False(findings.RootElement.GetProperty("evidenceCollected").GetBoolean());
        Assert.Empty(findings.RootElement.GetProperty("evidence").EnumerateArray());
        Assert.Contains(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task Implements_IsRecordedAsEvidence()
    {
        using var findings = await RunAsync(Workflow);

        var evidence = Assert.Single(findings.RootElement.GetProperty("evidence").EnumerateArray());
        Assert.Equal(new[] { "6.3" }, evidence.GetProperty("provisions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Riverside.Complaints.ComplaintWorkflow.Stage1Days", evidence.GetProperty("symbol").GetString());
        Assert.Equal(("/src/Workflow.cs", 8), (evidence.GetProperty("file").GetString(), evidence.GetProperty("line").GetInt32()));
        Assert.Equal("Stage 1 deadline", evidence.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("commentary").ValueKind);
    }

    [Fact]
    public async Task AnnotatedCodeTheRulesJudged_IsRecordedAsChecks_WithRuleProvisionsFileAndLine()
    {
        using var findings = await RunAsync("""
            using System;
            using ComplaintCode;

            namespace Riverside.Complaints;

            [ComplaintStages]
            public enum Stage { One = 1, Two = 2 }

            public class Deadlines
            {
                [Implements("6.3")]
                public const int Stage1Days = 10;

                [Implements("6.2")]
                public DateTime AcknowledgeBy(DateTime received) => received.AddDays(5);
            }
            """);

        var checks = Checks(findings);
        Assert.Equal(
            new[]
            {
                ("CHC0101", "5.3", 7), ("CHC0102", "5.2", 7),
                ("CHC0201", "6.3", 12),
                ("CHC0201", "6.2", 15), ("CHC0202", "6.2", 15),
            },
            checks.Select(c => (c.Rule, string.Join(",", c.Provisions), c.Line)));
        Assert.All(checks, c => Assert.Equal("/src/Workflow.cs", c.File));

        // The calendar-day breach is found at the place checked, and stays a finding of its own.
        Assert.Contains(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0202" && f.GetProperty("line").GetInt32() == 15);
    }

    [Fact]
    public async Task CheckOfARuleTurnedOff_IsNotRecorded_AndNamesAloneAreNoCheck()
    {
        using var findings = await RunAsync(
            """
            using ComplaintCode;

            public class Deadlines
            {
                [Implements("6.3")]
                public const int Stage1Days = 10;
            }

            public class ComplaintService
            {
                public const int Stage1ResponseWorkingDays = 10;
            }
            """,
            severities: new[] { ("CHC0201", ReportDiagnostic.Suppress) });

        Assert.Empty(Checks(findings));
    }

    [Fact]
    public async Task ImplementsInAnInactiveIfBlock_IsNotEvidence()
    {
        using var findings = await RunAsync("""
            using ComplaintCode;

            [ComplaintWorkflow]
            public class ComplaintWorkflow
            {
            #if LEGACY
                [Implements("6.3")]
            #endif
                public void Respond() { }
            }
            """);

        Assert.Empty(findings.RootElement.GetProperty("evidence").EnumerateArray());
        // No policy file: the provisions without evidence are CHC0006's, as data.
        Assert.Contains(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0006" && f.GetProperty("provisions").EnumerateArray().Any(p => p.GetString() == "6.3"));
    }

    [Fact]
    public async Task BreachUnderPragmaWarningDisable_IsLeftOut()
    {
        using var findings = await RunAsync(Workflow.Replace(
            "    public const int Stage1Days = 15;",
            "#pragma warning disable CHC0201 // agreed with the Ombudsman\n    public const int Stage1Days = 15;\n#pragma warning restore CHC0201"));

        Assert.DoesNotContain(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task BreachAfterPragmaWarningRestore_IsRecorded()
    {
        using var findings = await RunAsync(Workflow.Replace(
            "    public const int Stage1Days = 15;",
            "#pragma warning disable CHC0201\n#pragma warning restore CHC0201\n    public const int Stage1Days = 15;"));

        Assert.Contains(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task BreachInATypeWithSuppressMessage_IsLeftOut()
    {
        using var findings = await RunAsync(Workflow.Replace(
            "[ComplaintWorkflow]",
            "[ComplaintWorkflow]\n[System.Diagnostics.CodeAnalysis.SuppressMessage(\"ComplaintCode.Timescales\", \"CHC0201:Timescale longer than the Code allows\", Justification = \"test\")]"));

        Assert.DoesNotContain(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task BreachTargetedByAnAssemblySuppressMessage_IsLeftOut()
    {
        // GlobalSuppressions.cs, as Visual Studio writes it.
        using var findings = await RunAsync(Workflow.Replace(
            "using ComplaintCode;\n",
            "using ComplaintCode;\n[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"ComplaintCode.Timescales\", \"CHC0201\", Scope = \"member\", Target = \"~F:Riverside.Complaints.ComplaintWorkflow.Stage1Days\")]\n"));

        Assert.DoesNotContain(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task RuleTurnedOff_IsLeftOut_AndRuleLoweredToASuggestion_IsANote()
    {
        using (var off = await RunAsync(Workflow, severities: new[] { ("CHC0201", ReportDiagnostic.Suppress) }))
        {
            Assert.DoesNotContain(Findings(off), f => f.GetProperty("id").GetString() == "CHC0201");
        }

        using var lowered = await RunAsync(Workflow, severities: new[] { ("CHC0201", ReportDiagnostic.Info) });
        Assert.Equal("note", Findings(lowered).Single(f => f.GetProperty("id").GetString() == "CHC0201").GetProperty("level").GetString());
    }

    [Fact]
    public async Task EditorConfigSeverityOfTheFile_BeatsTheGlobalConfig()
    {
        var treeOptions = new FixedSeverities(
            perTree: new() { ["CHC0201"] = ReportDiagnostic.Warn },
            global: new() { ["CHC0201"] = ReportDiagnostic.Suppress, ["CHC0001"] = ReportDiagnostic.Suppress });

        using var findings = await RunAsync(Workflow, treeOptions: treeOptions);

        Assert.Equal("warning", Findings(findings).Single(f => f.GetProperty("id").GetString() == "CHC0201").GetProperty("level").GetString());
        Assert.DoesNotContain(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0001");
    }

    [Fact]
    public async Task TreatWarningsAsErrors_RaisesAWarningSetInEditorConfig()
    {
        var treeOptions = new FixedSeverities(perTree: new() { ["CHC0201"] = ReportDiagnostic.Warn }, global: new());

        using var findings = await RunAsync(Workflow, treeOptions: treeOptions, general: ReportDiagnostic.Error);

        Assert.Equal("error", Level(findings, "CHC0201"));
    }

    [Fact]
    public async Task WarningsAsErrorsOnTheCommandLine_BeatsEditorConfig()
    {
        var treeOptions = new FixedSeverities(perTree: new() { ["CHC0202"] = ReportDiagnostic.Warn }, global: new());
        var source = Workflow.Replace(
            "    public const int Stage1Days = 15;",
            "    [Implements(\"6.2\")]\n    public System.DateTime Due(System.DateTime received) => received.AddDays(5);");

        using var findings = await RunAsync(source, severities: new[] { ("CHC0202", ReportDiagnostic.Error) }, treeOptions: treeOptions);

        Assert.Equal("error", Level(findings, "CHC0202"));
    }

    [Fact]
    public async Task WarningsNotAsErrors_KeepsAWarningAWarningUnderTreatWarningsAsErrors()
    {
        using (var raised = await RunAsync(Workflow, general: ReportDiagnostic.Error))
        {
            Assert.Equal(new[] { "error" }, Levels(raised, "CHC0006"));
        }

        using var kept = await RunAsync(Workflow, severities: new[] { ("CHC0006", ReportDiagnostic.Default) }, general: ReportDiagnostic.Error);

        Assert.Equal(new[] { "warning" }, Levels(kept, "CHC0006"));
    }

    [Fact]
    public async Task AssemblySuppressMessageWithoutTarget_SuppressesTheRuleEverywhere()
    {
        using var findings = await RunAsync(Workflow.Replace(
            "using ComplaintCode;\n",
            "using ComplaintCode;\n[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"ComplaintCode.Timescales\", \"CHC0201\")]\n"));

        Assert.DoesNotContain(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task AssemblySuppressMessageWithATargetButNoScope_SuppressesNothing_AsInTheCompiler()
    {
        using var findings = await RunAsync(Workflow.Replace(
            "using ComplaintCode;\n",
            "using ComplaintCode;\n[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"ComplaintCode.Timescales\", \"CHC0201\", Target = \"~F:Riverside.Complaints.ComplaintWorkflow.Stage1Days\")]\n"));

        Assert.Equal("error", Level(findings, "CHC0201"));
    }

    [Fact]
    public async Task BreachInGeneratedCode_IsLeftOut_AsTheCompilerDropsIt()
    {
        using var findings = await RunAsync(Workflow, path: "/src/Workflow.g.cs");

        Assert.DoesNotContain(Findings(findings), f => f.GetProperty("id").GetString() == "CHC0201");
    }

    [Fact]
    public async Task PolicyFileFindings_NameThePolicyFileAndLine()
    {
        var policy = new InMemoryAdditionalText("/src/complaint-policy.yaml", "landlord: Riverside Homes\nprovisions:\n  \"6.3\":\n    comply: nope\n");

        using var findings = await RunAsync(Workflow, extra: policy);

        var unusable = Findings(findings).Single(f => f.GetProperty("id").GetString() == "CHC0501");
        Assert.Equal(("/src/complaint-policy.yaml", 4), (unusable.GetProperty("file").GetString(), unusable.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task SameFindingsAgain_LeaveTheFileUntouched_AndAreByteIdentical()
    {
        using (await RunAsync(Workflow))
        {
        }

        var first = File.ReadAllBytes(FindingsPath);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(FindingsPath, old);

        using (await RunAsync(Workflow))
        {
        }

        Assert.Equal(first, File.ReadAllBytes(FindingsPath));
        Assert.Equal(old, File.GetLastWriteTimeUtc(FindingsPath));
        Assert.Single(Directory.EnumerateFiles(_directory, "*.tmp*").Concat(Directory.EnumerateFiles(_directory, "*.json")));
    }

    [Fact]
    public async Task ProjectThatOnlyReferencesThePackage_RecordsNoFindingsAndNoEvidence()
    {
        using var findings = await RunAsync("class Repair { }");

        Assert.Empty(Findings(findings));
        Assert.Empty(findings.RootElement.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public void Json_EscapesQuotesBackslashesAndControlCharacters()
    {
        var json = FindingsContract.ToJson(new FindingsDocument(
            FindingsContract.Format,
            EvidenceCollected: true,
            new[] { new LoggedFinding("CHC0201", "error", new[] { "6.3" }, "say \"no\" \\ then\ttab\u0001", @"C:\src\a.cs", 3) },
            Array.Empty<CodeEvidence>()));

        using var document = JsonDocument.Parse(json);
        var finding = document.RootElement.GetProperty("findings")[0];
        Assert.Equal("say \"no\" \\ then\ttab\u0001", finding.GetProperty("message").GetString());
        Assert.Equal(@"C:\src\a.cs", finding.GetProperty("file").GetString());
        Assert.Equal("6.3", Assert.Single(finding.GetProperty("provisions").EnumerateArray()).GetString());
    }

    private static IEnumerable<JsonElement> Findings(JsonDocument document) => document.RootElement.GetProperty("findings").EnumerateArray();

    private static List<(string Rule, string[] Provisions, string File, int Line)> Checks(JsonDocument document)
        => document.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => (c.GetProperty("rule").GetString()!, c.GetProperty("provisions").EnumerateArray().Select(p => p.GetString()!).ToArray(), c.GetProperty("file").GetString()!, c.GetProperty("line").GetInt32()))
            .ToList();

    private static IEnumerable<string?> Levels(JsonDocument document, string id)
        => Findings(document).Where(f => f.GetProperty("id").GetString() == id).Select(f => f.GetProperty("level").GetString()).Distinct();

    private static string? Level(JsonDocument document, string id)
        => Findings(document).Single(f => f.GetProperty("id").GetString() == id).GetProperty("level").GetString();

    /// <summary>Runs the generator, then every analyzer of the assembly, as a command-line compile would.</summary>
    private async Task<JsonDocument> RunAsync(
        string source,
        bool request = true,
        (string Id, ReportDiagnostic Report)[]? severities = null,
        SyntaxTreeOptionsProvider? treeOptions = null,
        AdditionalText? extra = null,
        ReportDiagnostic general = ReportDiagnostic.Default,
        string path = "/src/Workflow.cs")
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: general);
        if (severities is not null)
        {
            options = options.WithSpecificDiagnosticOptions(severities.ToDictionary(s => s.Id, s => s.Report));
        }

        if (treeOptions is not null)
        {
            options = options.WithSyntaxTreeOptionsProvider(treeOptions);
        }

        var compilation = CSharpCompilation.Create(
            "Riverside",
            new[] { CSharpSyntaxTree.ParseText(source, GeneratorHarness.ModernOptions, path: path) },
            GeneratorHarness.Compilation("").References,
            options);

        var additional = new List<AdditionalText>();
        if (request)
        {
            File.WriteAllText(RequestPath, "requested by the test");
            additional.Add(new InMemoryAdditionalText(RequestPath, File.ReadAllText(RequestPath)));
        }

        if (extra is not null)
        {
            additional.Add(extra);
        }

        GeneratorHarness.Driver(null, additional.ToArray()).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        // Concurrent, as in a build: the last analyzer to leave the log writes it, whichever that is.
        var (reported, crashes) = await AnalyzerHarness.RunAsync(generated, AnalyzerHarness.All, additional.ToImmutableArray(), concurrent: true);
        Assert.Empty(crashes);
        _reported = reported.ToList();

        return request ? JsonDocument.Parse(File.ReadAllText(FindingsPath)) : JsonDocument.Parse("{}");
    }

    /// <summary>Severities as .editorconfig (per file) and a global config would give them.</summary>
    private sealed class FixedSeverities : SyntaxTreeOptionsProvider
    {
        private readonly Dictionary<string, ReportDiagnostic> _perTree;
        private readonly Dictionary<string, ReportDiagnostic> _global;

        public FixedSeverities(Dictionary<string, ReportDiagnostic> perTree, Dictionary<string, ReportDiagnostic> global)
        {
            _perTree = perTree;
            _global = global;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _perTree.TryGetValue(diagnosticId, out severity) && tree.FilePath == "/src/Workflow.cs";

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => _global.TryGetValue(diagnosticId, out severity);
    }
}
