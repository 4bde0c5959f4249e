using ComplaintCode.Build.Findings;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Findings;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Build.Assessment;

/// <summary>What the system's assessment is made from: the system's project, its parts, the policy file, the output.</summary>
/// <param name="FindingsPath">The system's own project's findings file; its evidence and CHC0001 come from it.</param>
/// <param name="Parts">The projects the system references that use the package (the system's own may be among them).</param>
/// <param name="PolicyFiles">Candidate policy files; <see cref="PolicyFiles.Choose"/> picks the one the analyzers use.</param>
/// <param name="Today">The build's date (yyyy-mm-dd), for the summary's planned and overdue gaps; never in the files.</param>
/// <param name="RepositoryUrl">With <paramref name="SourceRevision"/>: the form links code evidence and findings to the code at that commit.</param>
/// <param name="RepositoryRoot">The git repository's root, which the links' paths start from; found from the project when null.</param>
/// <param name="PreviousAssessment">Last year's assessment (ComplaintCodePreviousAssessment): the form then lists what changed.</param>
public sealed record AssessmentRequest(
    string ProjectDirectory,
    string ProjectName,
    string OutputPath,
    string? FindingsPath,
    IReadOnlyList<PartReference> Parts,
    IReadOnlyList<string> PolicyFiles,
    string? Today,
    string ToolVersion,
    bool Html = true,
    bool Markdown = true,
    string? RepositoryUrl = null,
    string? SourceRevision = null,
    string? RepositoryRoot = null,
    string? PreviousAssessment = null);

/// <summary>One project of the system as the build names it: its name, its directory and its findings file.</summary>
public sealed record PartReference(string Project, string Directory, string FindingsPath);

/// <summary>One project of the system: its name, its directory, and what its analyzers found.</summary>
internal sealed record AssessedPart(string Project, string Directory, IReadOnlyList<CodeEvidence> Evidence, IReadOnlyList<LoggedFinding> Findings, IReadOnlyList<RuleCheck>? Checks = null);

/// <summary>
/// The build step: after the system's project has compiled, writes complaint-self-assessment.json (and .html, .md)
/// from the findings files the analyzers wrote during the compiles of every part of the system (their diagnostics and
/// the [Implements] evidence) and the policy file. The package's WriteSelfAssessment task runs it inside MSBuild;
/// `complaint-code assess` runs the same code from a command line.
/// </summary>
/// <remarks>
/// A provision is "No" when the landlord declares it not met or the analyzers found a breach of it; "NotEvidenced"
/// when the analyzers report it unevidenced (CHC0001) or no evidence is found; otherwise "Yes". Every line it has for
/// the build output goes to the writer it is given.
/// </remarks>
public static class SystemAssessment
{
    // These say what the answer is (not evidenced, declared not met with a plan running or overdue, or with no date),
    // which the comply column and complyBy already show; listed as findings, they would read as breaches in the form
    // the landlord publishes, and the plans' would change the files from one day to the next.
    private static readonly HashSet<string> s_statusOnly = new(StringComparer.Ordinal) { "CHC0001", "CHC0003", "CHC0004", "CHC0006", "CHC0503" };

    // The provisions these carry have no evidence: CHC0001 one each, CHC0006 all of them while there is no policy file.
    private static readonly HashSet<string> s_unevidenced = new(StringComparer.Ordinal) { "CHC0001", "CHC0006" };

    public static void Write(AssessmentRequest request, TextWriter output)
    {
        // Without the analyzers' findings there is nothing to assess, and "no findings" would read as "no breaches".
        var (projectDirectory, outputPath, findingsPath) = (request.ProjectDirectory, request.OutputPath, request.FindingsPath);
        if (findingsPath is null || !File.Exists(findingsPath))
        {
            MarkEarlier(outputPath, projectDirectory, [], "ComplaintCode: self-assessment not written: the analyzers wrote no findings (" + (findingsPath ?? "no findings file given") + ").", output);
            return;
        }

        if (!TryRead(findingsPath, out var findings, out var problem))
        {
            MarkEarlier(outputPath, projectDirectory, [], "ComplaintCode: self-assessment not written: " + problem, output);
            return;
        }

        var projectName = request.ProjectName;
        var own = new AssessedPart(projectName, projectDirectory, findings.Evidence, CodeFindings(findings), findings.Checks);

        var parts = new List<AssessedPart> { own };
        parts.AddRange(ReadParts(request.Parts, findingsPath, output));

        var policyPath = PolicyFiles.Choose(request.PolicyFiles);
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

        // Links to the code at this commit, when the build knows the repository and the commit; plain text otherwise.
        var links = RepositoryLinks.Create(
            request.RepositoryUrl,
            request.SourceRevision,
            request.RepositoryRoot is { Length: > 0 } root ? root : RepositoryLinks.FindRoot(projectDirectory));
        var assessment = Assess(
            baseDirectory,
            parts,
            policy,
            new ProjectInfo(projectName, "ComplaintCode.Analyzers", request.ToolVersion, links?.RepositoryPage, links?.Revision),
            links);

        if (request.PreviousAssessment is { Length: > 0 } previousPath && ReadPrevious(previousPath, output) is { } previous)
        {
            assessment = assessment with { Changes = AssessmentChanges.Between(previous, assessment) };
        }

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
        var plans = (policy?.Provisions ?? default)
            .Select(p => (Provision: p, Plan: PolicyPlans.Of(p, PolicyPlans.Today(request.Today))))
            .Where(p => p.Plan is PolicyPlan.Planned or PolicyPlan.Overdue)
            .ToList();
        var approval = assessment.SignOff is { Approved: true } ? "" : $" ({SignOff.NotYetApproved.ToLowerInvariant()})";
        output.WriteLine(
            $"ComplaintCode: {s.Yes} of {s.Provisions} provisions met, {s.No} not met{PlanCounts(plans.Select(p => p.Plan))}, {s.NotEvidenced} not evidenced{across} -> {Relative(projectDirectory, outputPath)}{approval}");

        // A plan is not a regression, and CI must still show it, with its date, in every build until it is met.
        foreach (var (provision, plan) in plans)
        {
            output.WriteLine(plan == PolicyPlan.Overdue
                ? $"ComplaintCode: overdue: provision {provision.Id} was to be met by {provision.ComplyBy}, which has passed (CHC0004)."
                : $"ComplaintCode: planned: provision {provision.Id} is declared not met, to be met by {provision.ComplyBy}.");
        }

    }

    /// <summary>
    /// The previous assessment the build was given (ComplaintCodePreviousAssessment), or null, having said why, when it
    /// cannot be read: a missing or unreadable file costs the changes section, never the assessment.
    /// </summary>
    private static SelfAssessment? ReadPrevious(string path, TextWriter output)
    {
        try
        {
            var previous = AssessmentJson.Deserialize(File.ReadAllText(path));
            if (previous.Provisions is null || !SelfAssessment.IsReadable(previous.SchemaVersion))
            {
                output.WriteLine($"ComplaintCode: the previous assessment {path} is not a self-assessment this tool reads; the form has no changes section.");
                return null;
            }

            return previous;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException or NotSupportedException)
        {
            output.WriteLine($"ComplaintCode: the previous assessment {path} could not be read ({e.Message}); the form has no changes section.");
            return null;
        }
    }

    /// <summary>" (1 planned, 1 overdue)" for the declared gaps with a date, or nothing when there are none.</summary>
    private static string PlanCounts(IEnumerable<PolicyPlan> plans)
    {
        var counted = plans.ToList();
        var parts = new[] { (PolicyPlan.Planned, "planned"), (PolicyPlan.Overdue, "overdue") }
            .Select(kind => (Count: counted.Count(p => p == kind.Item1), Word: kind.Item2))
            .Where(kind => kind.Count > 0)
            .Select(kind => $"{kind.Count} {kind.Word}")
            .ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    /// <summary>
    /// After a build in which projects of the system did not compile: no verdict on them is known, so the assessment
    /// an earlier build wrote is marked as not current (its answers kept, for what they were), never left looking
    /// like this build's. One that cannot be read is removed, since it cannot be marked.
    /// </summary>
    /// <param name="notCompiled">The projects whose compile failed.</param>
    /// <param name="notReached">The projects the build never compiled, because a project they reference failed.</param>
    public static void MarkNotCurrent(string outputPath, string projectDirectory, IEnumerable<string> notCompiledNames, IEnumerable<string> notReachedNames, TextWriter output)
    {
        var (notCompiled, notReached) = (Names(notCompiledNames), Names(notReachedNames));
        var projects = notCompiled.Count == 0 ? "a project of the system" : FormText.List(notCompiled);
        var above = notReached.Count == 0 ? ""
            : $" ({FormText.List(notReached)}, which {(notReached.Count > 1 ? "depend" : "depends")} on {(notCompiled.Count > 1 ? "them" : "it")}, {(notReached.Count > 1 ? "were" : "was")} not compiled either)";
        MarkEarlier(outputPath, projectDirectory, notCompiled, $"ComplaintCode: self-assessment not updated: {projects} did not compile{above}, so this build could not judge the system against the Code.", output);
    }

    /// <summary>Project names as the build gives them: each once, in order, so the files never depend on MSBuild's order.</summary>
    private static List<string> Names(IEnumerable<string> names)
        => names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Says <paramref name="said"/> and marks the assessment an earlier build wrote, if any, as not current (its answers
    /// kept, for what they were), so it never looks like this build's. One that cannot be read is removed, since it
    /// cannot be marked.
    /// </summary>
    private static void MarkEarlier(string outputPath, string projectDirectory, IReadOnlyList<string> notCompiled, string said, TextWriter output)
    {
        var files = new[] { outputPath, Path.ChangeExtension(outputPath, ".html"), Path.ChangeExtension(outputPath, ".md") };
        if (!File.Exists(outputPath))
        {
            output.WriteLine(said + " No assessment has been written yet.");
            return;
        }

        SelfAssessment previous;
        try
        {
            previous = AssessmentJson.Deserialize(File.ReadAllText(outputPath));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or IOException)
        {
            foreach (var file in files)
            {
                File.Delete(file);
            }

            output.WriteLine(said + $" The earlier assessment, {Relative(projectDirectory, outputPath)}, could not be read to mark it as not current, so it was removed.");
            return;
        }

        var marked = previous with { Current = false, NotCompiled = notCompiled };
        WriteIfChanged(outputPath, AssessmentJson.Serialize(marked));
        if (File.Exists(files[1]))
        {
            WriteIfChanged(files[1], HtmlRenderer.Render(marked));
        }

        if (File.Exists(files[2]))
        {
            WriteIfChanged(files[2], MarkdownRenderer.Render(marked));
        }

        output.WriteLine(said + $" {Relative(projectDirectory, outputPath)} is an earlier build's, and now says so (\"current\": false).");
    }

    /// <summary>
    /// The other parts of the system. A part without a findings file (its compile ran without the analyzers) is
    /// named, because its evidence is then missing.
    /// </summary>
    private static IEnumerable<AssessedPart> ReadParts(IEnumerable<PartReference> references, string ownFindings, TextWriter output)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(ownFindings) };
        foreach (var reference in references.OrderBy(r => r.Project, StringComparer.Ordinal).ThenBy(r => r.FindingsPath, StringComparer.Ordinal))
        {
            var (name, directory, findingsPath) = (reference.Project, Path.GetFullPath(reference.Directory), Path.GetFullPath(reference.FindingsPath));
            if (!seen.Add(findingsPath))
            {
                continue;
            }

            if (!File.Exists(findingsPath))
            {
                output.WriteLine($"ComplaintCode: {name} has no findings from its last compile, so its evidence and breaches are missing from the assessment.");
                continue;
            }

            if (!TryRead(findingsPath, out var findings, out var problem))
            {
                output.WriteLine($"ComplaintCode: {name} is left out: {problem}");
            }
            else
            {
                // CHC0001 and CHC0006 are the assessed project's alone: it already counts the evidence of every part.
                yield return new AssessedPart(name, directory, findings.Evidence, CodeFindings(findings).Where(d => !s_unevidenced.Contains(d.Id)).ToList(), findings.Checks);
            }
        }
    }

    /// <param name="problem">What is wrong with the file, when it cannot be read: "PATH is not a findings file …".</param>
    private static bool TryRead(string path, out FindingsDocument findings, out string problem)
    {
        try
        {
            findings = FindingsFile.Read(path);
            problem = "";
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // The build goes on either way; a stack trace would bury the one thing to fix.
            problem = $"{path} is not a findings file the tool can read ({e.Message}).";
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
            var parts = FilePaths.Segments(directory);
            common = common is null ? parts : common.Zip(parts, (first, second) => (First: first, Second: second)).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray();
        }

        var joined = common is null ? "" : string.Join(Path.DirectorySeparatorChar.ToString(), common);
        return joined.Length == 0 ? Path.GetPathRoot(Path.GetFullPath(".")) ?? "/" : joined;
    }

    /// <summary>
    /// The system's assessment from its parts' evidence and findings and the policy file. Paths are relative to
    /// <paramref name="baseDirectory"/>, and each piece of evidence and each finding names its project.
    /// </summary>
    internal static SelfAssessment Assess(string baseDirectory, IReadOnlyList<AssessedPart> parts, PolicyFile? policy, ProjectInfo project, RepositoryLinks? links = null)
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

                record.Evidence.Add(new Evidence("code", evidence.Description ?? evidence.Symbol, evidence.Symbol, InBase(evidence.File), evidence.Line, Project: named ? part.Project : null, Url: links?.To(evidence.File, evidence.Line)));
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

        // Where the rules judged annotated code: an id of another edition of the Code has no row to go in.
        foreach (var part in parts)
        {
            foreach (var check in part.Checks ?? Array.Empty<RuleCheck>())
            {
                foreach (var id in check.Provisions.Where(records.ContainsKey).Distinct(StringComparer.Ordinal))
                {
                    records[id].Checks.Add(new CheckedPlace(check.Rule, named ? part.Project : null, InBase(check.File), check.Line));
                }
            }
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

            var finding = new Finding(diagnostic.Id, diagnostic.Message, InBase(diagnostic.File), diagnostic.Line, named ? part.Project : null, links?.To(diagnostic.File, diagnostic.Line));

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
            records[id].Checks.Clear();
            records[id].DeclaredMet = false;
        }

        var assessment = AssessmentBuilder.Build(records, policy?.Landlord, project, policy?.AssessmentDate, SignOff.From(policy?.SignOff));
        return assessment with { Findings = general.Count == 0 ? null : general };
    }

    /// <summary>The package version this was built as, without the source revision the SDK appends ("+abc123").</summary>
    public static string PackageVersion()
    {
        var version = typeof(SystemAssessment).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }

    /// <summary>A path relative to the project directory, with forward slashes, as the JSON contract asks.</summary>
    public static string Relative(string projectDirectory, string path)
        => FilePaths.Relative(projectDirectory, path).Replace('\\', '/');

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
