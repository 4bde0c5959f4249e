using System.CommandLine;
using System.Reflection;
using System.Runtime;
using ComplaintCode.Cli.Rendering;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Findings;
using ComplaintCode.Model.Policy;

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
/// <summary>One project of the system: its name, its directory, and what its analyzers found.</summary>
internal sealed record AssessedPart(string Project, string Directory, IReadOnlyList<CodeEvidence> Evidence, IReadOnlyList<LoggedFinding> Findings);

/// <summary>What the build step asked <c>complaint-code assess</c> to do; see <see cref="AssessCommand.Create"/>.</summary>
internal sealed record AssessRequest(
    string ProjectDirectory,
    string? AssemblyName,
    string? Findings,
    string? Parts,
    string? Policy,
    string Output,
    bool BuildFailed,
    string? ToolVersion,
    bool Html,
    bool Markdown);

public static class AssessCommand
{
    /// <summary>The multicore JIT profile, kept beside the findings file (the project's intermediate directory).</summary>
    internal const string JitProfileFileName = "complaint-code.jitprofile";

    // These say what the answer is (not evidenced, declared not met, not met with no date yet), which the comply
    // column already shows; listed as findings, they would read as breaches in the form the landlord publishes.
    private static readonly HashSet<string> s_statusOnly = new(StringComparer.Ordinal) { "CHC0001", "CHC0003", "CHC0006", "CHC0503" };

    // The provisions these carry have no evidence: CHC0001 one each, CHC0006 all of them while there is no policy file.
    private static readonly HashSet<string> s_unevidenced = new(StringComparer.Ordinal) { "CHC0001", "CHC0006" };

    /// <summary>
    /// The command the build step runs (buildTransitive's ComplaintCode_WriteSelfAssessment). Its options are that
    /// target's command line: a change here is a change to the package's build step.
    /// </summary>
    /// <param name="ownProcess">True when this is the whole process, which may then record and replay a JIT profile.</param>
    public static Command Create(TextWriter output, TextWriter error, bool ownProcess = false)
    {
        Option<string> Path(string name, string description, bool required = false) => new(name) { Description = description, Required = required, HelpName = "path" };
        var projectDir = Path("--project-dir", "The assessed project's directory; the other paths are relative to it.", required: true);
        var assemblyName = new Option<string>("--assembly-name") { Description = "The assessed project's name in the assessment.", HelpName = "name" };
        var findings = Path("--findings", "The findings file the analyzers wrote during the compile.");
        var parts = Path("--parts", "The build's list of the system's other projects: name|directory|findings, a line each.");
        var policy = Path("--policy", "The policy files (complaint-policy.yaml), separated by ';'; the first that exists is used.");
        var outputPath = Path("--output", "The assessment to write (complaint-self-assessment.json); .html and .md are written beside it.", required: true);
        var buildFailed = CommandLine.TrueOrFalse("--build-failed", "true when the compile failed: the assessment is then kept unless the failure is a finding of ours.");
        var toolVersion = new Option<string>("--tool-version") { Description = "The version to record as the tool's; by default this tool's.", HelpName = "version" };
        var html = CommandLine.TrueOrFalse("--html", "false to leave out the HTML form.");
        var markdown = CommandLine.TrueOrFalse("--markdown", "false to leave out the Markdown form.");
        var command = new Command("assess", "Used by the build: writes complaint-self-assessment.json, .html and .md after compiling.")
        {
            projectDir, assemblyName, findings, parts, policy, outputPath, buildFailed, toolVersion, html, markdown,
        };
        command.SetAction(r => Run(
            new AssessRequest(
                r.GetValue(projectDir)!,
                r.GetValue(assemblyName),
                r.GetValue(findings),
                r.GetValue(parts),
                r.GetValue(policy),
                r.GetValue(outputPath)!,
                CommandLine.IsTrue(r, buildFailed, absent: false),
                r.GetValue(toolVersion),
                CommandLine.IsTrue(r, html, absent: true),
                CommandLine.IsTrue(r, markdown, absent: true)),
            output,
            ownProcess));
        return command;
    }

    internal static int Run(AssessRequest request, TextWriter output, bool ownProcess = false)
    {
        var projectDirectory = System.IO.Path.GetFullPath(request.ProjectDirectory);
        string InProject(string path) => System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, path));
        var outputPath = InProject(request.Output);
        var buildFailed = request.BuildFailed;

        // Without the analyzers' findings there is nothing to assess, and "no findings" would read as "no breaches".
        var findingsPath = request.Findings is { Length: > 0 } given ? InProject(given) : null;
        if (ownProcess && Path.GetDirectoryName(findingsPath) is { } intermediate && Directory.Exists(intermediate))
        {
            StartJitProfile(intermediate);
        }

        if (findingsPath is null || !File.Exists(findingsPath))
        {
            output.WriteLine("ComplaintCode: self-assessment not written: the analyzers wrote no findings (" + (findingsPath ?? "no --findings") + ").");
            return 0;
        }

        if (!TryRead(findingsPath, "self-assessment not written: ", output, out var findings))
        {
            return 0;
        }

        var projectName = request.AssemblyName ?? Path.GetFileName(projectDirectory);
        var own = new AssessedPart(projectName, projectDirectory, findings.Evidence, CodeFindings(findings));

        // A compile that failed on its own errors gives analyzers half-bound code, and an assessment from it would look
        // better than the code is; the previous one stays until the code compiles. (When the compiler stopped before
        // the analyzers finished at all, the build does not run this step.) A compile that failed on our errors (a
        // breach, or strict mode in CI) is assessed: those findings are what the assessment is for.
        if (buildFailed && !own.Findings.Any(d => d.Level == "error"))
        {
            output.WriteLine("ComplaintCode: self-assessment not updated: the compile failed with errors of its own.");
            return 0;
        }

        var parts = new List<AssessedPart> { own };
        if (request.Parts is { Length: > 0 } partsFile)
        {
            parts.AddRange(ReadParts(InProject(partsFile), findingsPath, output));
        }

        var policyPath = PolicyFiles.Choose((request.Policy ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(InProject));
        var policy = policyPath is not null && File.Exists(policyPath)
            ? PolicyParser.Parse(policyPath, File.ReadAllText(policyPath), CodeCatalog.Instance)
            : null;

        if (!findings.EvidenceCollected)
        {
            // Silence here would turn every provision evidenced in code into "not evidenced" without a word.
            output.WriteLine("ComplaintCode: the evidence in code was not collected: the compiler skipped the analyzer of CHC0001, CHC0002 and CHC0006, "
                + "because all three are turned off or lowered to suggestions. Keep one of them at warning or above; until then no [Implements] counts as evidence.");
        }

        var baseDirectory = CommonDirectory(parts.Select(p => p.Directory).Concat(policyPath is null ? [] : [Path.GetDirectoryName(policyPath)!]));
        var assessment = Assess(
            baseDirectory,
            parts,
            policy,
            new ProjectInfo(projectName, "ComplaintCode.Analyzers", request.ToolVersion ?? ToolVersion()));

        var json = AssessmentJson.Serialize(assessment);
        WriteIfChanged(outputPath, json);
        if (request.Html)
        {
            WriteIfChanged(Path.ChangeExtension(outputPath, ".html"), HtmlRenderer.Render(assessment));
        }

        if (request.Markdown)
        {
            WriteIfChanged(Path.ChangeExtension(outputPath, ".md"), MarkdownRenderer.Render(assessment));
        }

        var s = assessment.Summary;
        var across = parts.Count > 1 ? $" across {parts.Count} projects" : "";
        output.WriteLine(
            $"ComplaintCode: {s.Yes} of {s.Provisions} provisions met, {s.No} not met, {s.NotEvidenced} not evidenced{across} -> {Relative(projectDirectory, outputPath)}");
        return 0;
    }

    /// <summary>
    /// The other parts of the system, from the build's parts file ("name|directory|findings" a line). A part without
    /// a findings file (its compile ran without the analyzers) is named, because its evidence is then missing.
    /// </summary>
    private static IEnumerable<AssessedPart> ReadParts(string partsFile, string ownFindings, TextWriter output)
    {
        if (!File.Exists(partsFile))
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { ownFindings };
        foreach (var line in File.ReadAllLines(partsFile).Order(StringComparer.Ordinal))
        {
            var fields = line.Split('|');
            if (fields.Length != 3 || !seen.Add(Path.GetFullPath(fields[2])))
            {
                continue;
            }

            var (name, directory, findingsPath) = (fields[0], Path.GetFullPath(fields[1]), Path.GetFullPath(fields[2]));
            if (!File.Exists(findingsPath))
            {
                output.WriteLine($"ComplaintCode: {name} has no findings from its last compile, so its evidence and breaches are missing from the assessment.");
                continue;
            }

            if (TryRead(findingsPath, $"{name} is left out: ", output, out var findings))
            {
                // CHC0001 and CHC0006 are the assessed project's alone: it already counts the evidence of every part.
                yield return new AssessedPart(name, directory, findings.Evidence, CodeFindings(findings).Where(d => !s_unevidenced.Contains(d.Id)).ToList());
            }
        }
    }

    private static bool TryRead(string path, string consequence, TextWriter output, out FindingsDocument findings)
    {
        try
        {
            findings = FindingsFile.Read(path);
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // The build goes on either way; a stack trace would bury the one thing to fix.
            output.WriteLine($"ComplaintCode: {consequence}{path} is not a findings file the tool can read ({e.Message}).");
            findings = null!;
            return false;
        }
    }

    private static List<LoggedFinding> CodeFindings(FindingsDocument findings)
        => findings.Findings.Where(d => d.Id.StartsWith("CHC", StringComparison.Ordinal)).ToList();

    /// <summary>The deepest directory that holds all of <paramref name="directories"/>: the base of every path in the assessment.</summary>
    internal static string CommonDirectory(IEnumerable<string> directories)
    {
        string[]? common = null;
        foreach (var directory in directories)
        {
            var parts = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)).Split(Path.DirectorySeparatorChar);
            common = common is null ? parts : common.Zip(parts).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray();
        }

        var joined = common is null ? "" : string.Join(Path.DirectorySeparatorChar, common);
        return joined.Length == 0 ? Path.GetPathRoot(Path.GetFullPath(".")) ?? "/" : joined;
    }

    /// <summary>
    /// The system's assessment from its parts' evidence and findings and the policy file. Paths are relative to
    /// <paramref name="baseDirectory"/>, and each piece of evidence and each finding names its project.
    /// </summary>
    internal static SelfAssessment Assess(string baseDirectory, IReadOnlyList<AssessedPart> parts, PolicyFile? policy, ProjectInfo project)
    {
        var records = AssessmentBuilder.NewRecords();
        string? InBase(string? path) => path is null ? null : Relative(baseDirectory, path);
        var named = parts.Count > 1;

        // Sorted here although the analyzers sort too: the output must not depend on how another program orders its file.
        var evidenceInCode = parts
            .SelectMany(p => p.Evidence.Select(e => (Part: p, Evidence: e)))
            .OrderBy(x => InBase(x.Evidence.File) ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.Evidence.Line)
            .ThenBy(x => x.Evidence.Symbol, StringComparer.Ordinal);
        foreach (var (part, evidence) in evidenceInCode)
        {
            foreach (var id in evidence.Provisions.Distinct(StringComparer.Ordinal))
            {
                // The analyzers list catalog ids only; an id from another edition of the Code has no row to go in.
                if (!records.TryGetValue(id, out var record))
                {
                    continue;
                }

                record.Evidence.Add(new Evidence("code", evidence.Description ?? evidence.Symbol, evidence.Symbol, InBase(evidence.File), evidence.Line, Project: named ? part.Project : null));
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
        var diagnostics = parts
            .SelectMany(p => p.Findings.Select(d => (Part: p, Diagnostic: d)))
            .OrderBy(x => InBase(x.Diagnostic.File) ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.Diagnostic.Line)
            .ThenBy(x => x.Diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Diagnostic.Message, StringComparer.Ordinal);
        foreach (var (part, diagnostic) in diagnostics)
        {
            // Which provisions a finding concerns is data the analyzers give; an id of another edition has no row.
            var provisions = diagnostic.Provisions.Where(records.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            if (s_unevidenced.Contains(diagnostic.Id))
            {
                unevidenced.UnionWith(provisions);
                continue;
            }

            // A breach stays a breach when its rule is lowered to a suggestion ("note"); rules turned off are absent.
            if (s_statusOnly.Contains(diagnostic.Id))
            {
                continue;
            }

            var finding = new Finding(diagnostic.Id, diagnostic.Message, InBase(diagnostic.File), diagnostic.Line, named ? part.Project : null);

            // A finding about annotations or the policy file (a bad id, an unknown key) is the assessment's own: it
            // says nothing about whether the landlord meets a provision.
            if (provisions.Count == 0)
            {
                if (!general.Contains(finding))
                {
                    general.Add(finding);
                }
            }

            foreach (var id in provisions)
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
