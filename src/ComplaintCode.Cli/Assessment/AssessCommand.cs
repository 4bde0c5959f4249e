using System.Reflection;
using System.Runtime;
using ComplaintCode.Analyzers.Catalog;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Cli.Rendering;

namespace ComplaintCode.Cli.Assessment;

/// <summary>
/// The build step: after the compiler has run, writes complaint-self-assessment.json (and .html, .md) from the
/// findings file the analyzers wrote during the compile (their diagnostics and the [Implements] evidence) and the
/// policy file.
/// </summary>
/// <remarks>
/// It runs after the compiler because the findings are the analyzers' output, and outside it so the analyzers only
/// report what they saw: the document, its renderings and leaving unchanged files alone are done here. A provision is
/// "No" when the landlord declares it not met or the analyzers found a breach of it; "NotEvidenced" when the
/// analyzers report it unevidenced (CHC0001) or no evidence is found; otherwise "Yes".
/// </remarks>
public static class AssessCommand
{
    /// <summary>The multicore JIT profile, kept beside the findings file (the project's intermediate directory).</summary>
    internal const string JitProfileFileName = "complaint-code.jitprofile";

    // These say what the answer is (not evidenced, declared not met, not met with no date yet), which the comply
    // column already shows; listed as findings, they would read as breaches in the form the landlord publishes.
    private static readonly HashSet<string> s_statusOnly = new(StringComparer.Ordinal) { "CHC0001", "CHC0003", "CHC0503" };

    /// <param name="ownProcess">True when this is the whole process, which may then record and replay a JIT profile.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool ownProcess = false)
    {
        var options = new Options(args, "--project-dir", "--assembly-name", "--findings", "--policy", "--output", "--build-failed", "--tool-version", "--html", "--markdown");
        var projectDirectory = Path.GetFullPath(options.Required("--project-dir"));
        string InProject(string path) => Path.GetFullPath(Path.Combine(projectDirectory, path));
        var outputPath = InProject(options.Required("--output"));
        var buildFailed = Flag(options, "--build-failed");

        // Without the analyzers' findings there is nothing to assess, and "no findings" would read as "no breaches".
        var findingsPath = options["--findings"] is { Length: > 0 } given ? InProject(given) : null;
        if (ownProcess && Path.GetDirectoryName(findingsPath) is { } intermediate && Directory.Exists(intermediate))
        {
            StartJitProfile(intermediate);
        }

        if (findingsPath is null || !File.Exists(findingsPath))
        {
            output.WriteLine("ComplaintCode: self-assessment not written: the analyzers wrote no findings (" + (findingsPath ?? "no --findings") + ").");
            return 0;
        }

        FindingsFile findings;
        try
        {
            findings = FindingsFile.Read(findingsPath);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // The build goes on either way; a stack trace would bury the one thing to fix.
            output.WriteLine($"ComplaintCode: self-assessment not written: {findingsPath} is not a findings file the tool can read ({e.Message}).");
            return 0;
        }

        var diagnostics = findings.Findings.Where(d => d.Id.StartsWith("CHC", StringComparison.Ordinal)).ToList();

        // A compile that failed on its own errors gives analyzers half-bound code, and an assessment from it would look
        // better than the code is; the previous one stays until the code compiles. (When the compiler stopped before
        // the analyzers finished at all, the build does not run this step.) A compile that failed on our errors (a
        // breach, or strict mode in CI) is assessed: those findings are what the assessment is for.
        if (buildFailed && !diagnostics.Exists(d => d.Level == "error"))
        {
            output.WriteLine("ComplaintCode: self-assessment not updated: the compile failed with errors of its own.");
            return 0;
        }

        // The analyzers use the first policy file in ordinal path order; so does the assessment.
        var policyPath = (options["--policy"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(InProject)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        var policy = policyPath is not null && File.Exists(policyPath)
            ? PolicyParser.Parse(policyPath, File.ReadAllText(policyPath), CodeCatalog.Instance)
            : null;

        if (findings.EvidenceCollected && !findings.UsesPackage && findings.Evidence.Count == 0 && policy is null && diagnostics.Count == 0)
        {
            // The analyzers do not assess a project that uses nothing of the package; neither does the build step.
            return 0;
        }

        if (!findings.EvidenceCollected)
        {
            // Silence here would turn every provision evidenced in code into "not evidenced" without a word.
            output.WriteLine("ComplaintCode: the evidence in code was not collected: the compiler skipped the analyzer of CHC0001 and CHC0002, "
                + "because both are turned off or lowered to suggestions. Keep one of them at warning or above; until then no [Implements] counts as evidence.");
        }

        var assessment = Assess(
            projectDirectory,
            findings.Evidence,
            diagnostics,
            policy,
            new ProjectInfo(options["--assembly-name"] ?? Path.GetFileName(projectDirectory), "ComplaintCode.Analyzers", options["--tool-version"] ?? ToolVersion()));

        var json = AssessmentJson.Serialize(assessment);
        WriteIfChanged(outputPath, json);
        if (options["--html"] is not "false")
        {
            WriteIfChanged(Path.ChangeExtension(outputPath, ".html"), HtmlRenderer.Render(assessment));
        }

        if (options["--markdown"] is not "false")
        {
            WriteIfChanged(Path.ChangeExtension(outputPath, ".md"), MarkdownRenderer.Render(assessment));
        }

        var s = assessment.Summary;
        output.WriteLine(
            $"ComplaintCode: {s.Yes} of {s.Provisions} provisions met, {s.No} not met, {s.NotEvidenced} not evidenced -> {Relative(projectDirectory, outputPath)}");
        return 0;
    }

    internal static SelfAssessment Assess(string projectDirectory, IReadOnlyList<CodeEvidence> code, IReadOnlyList<LoggedFinding> diagnostics, PolicyFile? policy, ProjectInfo project)
    {
        var records = AssessmentBuilder.NewRecords();
        // Sorted here although the analyzers sort too: the output must not depend on how another program orders its file.
        foreach (var evidence in code.OrderBy(e => RelativeOrEmpty(projectDirectory, e.File), StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Symbol, StringComparer.Ordinal))
        {
            foreach (var id in evidence.Ids.Distinct(StringComparer.Ordinal))
            {
                // The analyzers list catalog ids only; an id from another edition of the Code has no row to go in.
                if (!records.TryGetValue(id, out var record))
                {
                    continue;
                }

                record.Evidence.Add(new Evidence("code", evidence.Description ?? evidence.Symbol, evidence.Symbol, evidence.File is null ? null : Relative(projectDirectory, evidence.File), evidence.Line));
                if (evidence.Commentary is not null)
                {
                    record.Commentary.Add(evidence.Commentary);
                }
            }
        }

        foreach (var provision in policy?.Provisions ?? default)
        {
            var record = records[provision.Id];
            if (provision.Comply != PolicyComply.Unanswered)
            {
                foreach (var evidence in provision.Evidence)
                {
                    record.Evidence.Add(new Evidence("document", evidence.Description, Link: evidence.Link));
                }
            }

            if (provision.Commentary is not null)
            {
                record.Commentary.Add(provision.Commentary);
            }

            record.DeclaredNotMet |= provision.Comply == PolicyComply.No;
            record.DeclaredMet |= provision.Comply == PolicyComply.Yes;
            record.ComplyBy = provision.ComplyBy;
        }

        var unevidenced = new HashSet<string>(StringComparer.Ordinal);
        var general = new List<Finding>();
        foreach (var diagnostic in diagnostics.OrderBy(d => RelativeOrEmpty(projectDirectory, d.File), StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal))
        {
            var named = AssessmentBuilder.ProvisionsNamedIn(diagnostic.Message);
            if (diagnostic.Id == "CHC0001")
            {
                unevidenced.UnionWith(named);
                continue;
            }

            // A breach stays a breach when its rule is lowered to a suggestion ("note"); rules turned off are absent.
            if (s_statusOnly.Contains(diagnostic.Id))
            {
                continue;
            }

            var finding = new Finding(diagnostic.Id, diagnostic.Message, diagnostic.File is null ? null : Relative(projectDirectory, diagnostic.File), diagnostic.Line);
            if (named.Count == 0)
            {
                general.Add(finding);
            }

            foreach (var id in named)
            {
                if (!records[id].Findings.Contains(finding))
                {
                    records[id].Findings.Add(finding);
                }
            }
        }

        // The analyzers' verdict wins: a provision they report unevidenced is not "Yes", whatever evidence we listed.
        foreach (var id in unevidenced)
        {
            records[id].Evidence.Clear();
            records[id].DeclaredMet = false;
        }

        var assessment = AssessmentBuilder.Build(records, policy?.Landlord, project, policy?.AssessmentDate);
        return assessment with { Findings = general.Count == 0 ? null : general };
    }

    /// <summary>
    /// Most of a run is the JIT compiling code used once (YamlDotNet for the catalog and the policy file, the
    /// renderers). With a profile of the previous run in the project's intermediate directory, the runtime compiles
    /// those methods ahead on the other cores while this one works, so every build but the first starts sooner; the
    /// first only records, at a small cost (bench/README.md has both). The runtime writes the profile when the process
    /// exits; a missing, stale or unwritable one only costs the speed-up.
    /// </summary>
    private static void StartJitProfile(string directory)
    {
        ProfileOptimization.SetProfileRoot(directory);
        ProfileOptimization.StartProfile(JitProfileFileName);
    }

    /// <summary>The package version the tool was built as, without the source revision the SDK appends ("+abc123").</summary>
    private static string ToolVersion()
    {
        var version = typeof(AssessCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    /// <summary>A path relative to the project directory, with forward slashes, as the JSON contract asks.</summary>
    public static string Relative(string projectDirectory, string path)
        => Path.GetRelativePath(projectDirectory, path).Replace('\\', '/');

    private static string RelativeOrEmpty(string projectDirectory, string? path) => path is null ? "" : Relative(projectDirectory, path);

    /// <summary>"true" or "false" (any case, as MSBuild may write them); absent or empty is false.</summary>
    private static bool Flag(Options options, string name)
        => options[name] switch
        {
            null or "" => false,
            var value when bool.TryParse(value, out var flag) => flag,
            var value => throw new UsageException($"Option '{name}' takes true or false, not '{value}'."),
        };

    // An unchanged assessment leaves the file alone, so its timestamp (and anything watching it) is undisturbed.
    private static void WriteIfChanged(string path, string contents)
    {
        if (File.Exists(path) && File.ReadAllText(path) == contents)
        {
            return;
        }

        AssessmentJson.WriteAtomically(path, contents);
    }
}
