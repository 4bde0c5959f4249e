using System.CommandLine;
using System.Runtime;
using ComplaintCode.Build.Assessment;

namespace ComplaintCode.Cli.Assessment;

/// <summary>
/// `complaint-code assess`: the build step from a command line, for a build that cannot run the package's MSBuild
/// task. It reads its options and runs <see cref="SystemAssessment"/>, the same code the task runs.
/// </summary>
public static class AssessCommand
{
    /// <summary>The multicore JIT profile, kept beside the findings file (the project's intermediate directory).</summary>
    internal const string JitProfileFileName = "complaint-code.jitprofile";

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
        var today = new Option<string>("--today") { Description = "The day plans are judged on (yyyy-mm-dd); by default today.", HelpName = "yyyy-mm-dd" };
        var notCompiled = new Option<string>("--not-compiled")
        {
            Description = "The projects that did not compile, separated by ';': the earlier assessment is then marked not current instead.",
            HelpName = "names",
        };
        var notReached = new Option<string>("--not-reached") { Description = "With --not-compiled: the projects the build did not reach, separated by ';'.", HelpName = "names" };
        var toolVersion = new Option<string>("--tool-version") { Description = "The version to record as the tool's; by default this tool's.", HelpName = "version" };
        var html = CommandLine.TrueOrFalse("--html", "false to leave out the HTML form.");
        var markdown = CommandLine.TrueOrFalse("--markdown", "false to leave out the Markdown form.");
        var repositoryUrl = new Option<string>("--repository-url") { Description = "The repository's address (RepositoryUrl): with --source-revision, the form links to the code.", HelpName = "url" };
        var sourceRevision = new Option<string>("--source-revision") { Description = "The commit the build is of (SourceRevisionId).", HelpName = "sha" };
        var repositoryRoot = Path("--repository-root", "The git repository's root, where the links' paths start; found from the project by default.");
        var previous = Path("--previous", "Last year's complaint-self-assessment.json: the form then lists what changed.");
        var command = new Command("assess", "The build step from a command line: writes complaint-self-assessment.json, .html and .md after compiling.")
        {
            projectDir, assemblyName, findings, parts, policy, outputPath, today, notCompiled, notReached, toolVersion, html, markdown,
            repositoryUrl, sourceRevision, repositoryRoot, previous,
        };
        command.SetAction(r =>
        {
            var projectDirectory = System.IO.Path.GetFullPath(r.GetValue(projectDir)!);
            string InProject(string path) => System.IO.Path.GetFullPath(System.IO.Path.Combine(projectDirectory, path));
            var assessment = InProject(r.GetValue(outputPath)!);
            if (r.GetValue(notCompiled) is { } names)
            {
                SystemAssessment.MarkNotCurrent(assessment, projectDirectory, Names(names), Names(r.GetValue(notReached) ?? ""), output);
                return ExitCodes.Done;
            }

            var findingsPath = r.GetValue(findings) is { Length: > 0 } given ? InProject(given) : null;
            if (ownProcess && System.IO.Path.GetDirectoryName(findingsPath) is { } intermediate && Directory.Exists(intermediate))
            {
                StartJitProfile(intermediate);
            }

            SystemAssessment.Write(
                new AssessmentRequest(
                    projectDirectory,
                    r.GetValue(assemblyName) ?? System.IO.Path.GetFileName(projectDirectory),
                    assessment,
                    findingsPath,
                    r.GetValue(parts) is { Length: > 0 } partsFile ? ReadParts(InProject(partsFile)) : [],
                    (r.GetValue(policy) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(InProject).ToList(),
                    r.GetValue(today),
                    r.GetValue(toolVersion) ?? SystemAssessment.PackageVersion(),
                    Html: CommandLine.IsTrue(r, html, absent: true),
                    Markdown: CommandLine.IsTrue(r, markdown, absent: true),
                    RepositoryUrl: r.GetValue(repositoryUrl),
                    SourceRevision: r.GetValue(sourceRevision),
                    RepositoryRoot: r.GetValue(repositoryRoot) is { Length: > 0 } root ? InProject(root) : null,
                    PreviousAssessment: r.GetValue(previous) is { Length: > 0 } previousPath ? InProject(previousPath) : null),
                output);
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The parts file the build wrote: "name|directory|findings" a line.</summary>
    private static List<PartReference> ReadParts(string partsFile)
        => !File.Exists(partsFile) ? []
            : File.ReadAllLines(partsFile)
                .Select(line => line.Split('|'))
                .Where(fields => fields.Length == 3)
                .Select(fields => new PartReference(fields[0], fields[1], fields[2]))
                .ToList();

    /// <summary>Project names as MSBuild lists them, separated by semicolons.</summary>
    private static string[] Names(string list) => list.Split(';');

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
}
