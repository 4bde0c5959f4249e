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
    public static int Run(string[] args, TextWriter output, TextWriter error, bool ownProcess = false)
    {
        var options = new Options(args, "--project-dir", "--assembly-name", "--findings", "--parts", "--policy", "--output", "--today", "--not-compiled", "--not-reached", "--tool-version", "--html", "--markdown",
            "--repository-url", "--source-revision", "--repository-root", "--previous");
        var projectDirectory = Path.GetFullPath(options.Required("--project-dir"));
        string InProject(string path) => Path.GetFullPath(Path.Combine(projectDirectory, path));
        var outputPath = InProject(options.Required("--output"));
        if (options["--not-compiled"] is { } notCompiled)
        {
            SystemAssessment.MarkNotCurrent(outputPath, projectDirectory, Names(notCompiled), Names(options["--not-reached"] ?? ""), output);
            return 0;
        }

        var findingsPath = options["--findings"] is { Length: > 0 } given ? InProject(given) : null;
        if (ownProcess && Path.GetDirectoryName(findingsPath) is { } intermediate && Directory.Exists(intermediate))
        {
            StartJitProfile(intermediate);
        }

        SystemAssessment.Write(
            new AssessmentRequest(
                projectDirectory,
                options["--assembly-name"] ?? Path.GetFileName(projectDirectory),
                outputPath,
                findingsPath,
                options["--parts"] is { Length: > 0 } partsFile ? ReadParts(InProject(partsFile)) : [],
                (options["--policy"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(InProject).ToList(),
                options["--today"],
                options["--tool-version"] ?? SystemAssessment.PackageVersion(),
                Html: options["--html"] is not "false",
                Markdown: options["--markdown"] is not "false",
                RepositoryUrl: options["--repository-url"],
                SourceRevision: options["--source-revision"],
                RepositoryRoot: options["--repository-root"] is { Length: > 0 } root ? InProject(root) : null,
                PreviousAssessment: options["--previous"] is { Length: > 0 } previous ? InProject(previous) : null),
            output);
        return 0;
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
    private static IReadOnlyList<string> Names(string list)
        => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();

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
