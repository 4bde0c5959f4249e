using System.Text;
using ComplaintCode.Build.Assessment;
using Microsoft.Build.Framework;

namespace ComplaintCode.Build.Tasks;

/// <summary>
/// Writes the system's complaint-self-assessment.json, .html and .md, in the build itself: no process is started.
/// With <see cref="NotCompiled"/> set (a build in which the system's project did not compile), it marks the earlier
/// assessment as not current instead.
/// </summary>
/// <remarks>
/// Whatever goes wrong with the assessment is said in the build output and never fails the build: a breach of the
/// Code is the findings' business (ReportFindings), and an unreadable file must not hide them.
/// </remarks>
public sealed class WriteSelfAssessment : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ProjectDirectory { get; set; } = "";

    [Required]
    public string OutputPath { get; set; } = "";

    /// <summary>The system's project's name, shown in the form ("from the code of …").</summary>
    public string AssemblyName { get; set; } = "";

    /// <summary>The system's own project's findings file.</summary>
    public string FindingsFile { get; set; } = "";

    /// <summary>The parts of the system: each with ProjectName, ProjectDirectory and Findings metadata.</summary>
    public ITaskItem[] Parts { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The policy files among the project's additional files; the one the analyzers use is chosen the same way.</summary>
    public ITaskItem[] PolicyFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The build's date (yyyy-mm-dd), for the summary's planned and overdue gaps.</summary>
    public string Today { get; set; } = "";

    /// <summary>The repository's address (RepositoryUrl): with <see cref="SourceRevision"/>, the form links to the code.</summary>
    public string RepositoryUrl { get; set; } = "";

    /// <summary>The commit the build is of (SourceRevisionId).</summary>
    public string SourceRevision { get; set; } = "";

    /// <summary>The git repository's root (SourceLink's SourceRoot); found from the project when empty.</summary>
    public string RepositoryRoot { get; set; } = "";

    /// <summary>Last year's assessment (ComplaintCodePreviousAssessment): the form then lists what changed.</summary>
    public string PreviousAssessment { get; set; } = "";

    /// <summary>The package's version, shown in the form; by default the version this task was built as.</summary>
    public string ToolVersion { get; set; } = "";

    /// <summary>The projects whose compile failed in this build: the assessment is then marked as not current.</summary>
    public string[] NotCompiled { get; set; } = Array.Empty<string>();

    /// <summary>With <see cref="NotCompiled"/>: the projects the build never compiled because one they reference failed.</summary>
    public string[] NotReached { get; set; } = Array.Empty<string>();

    /// <summary>True when this build could not judge the system: mark the earlier assessment instead of writing one.</summary>
    public bool MarkNotCurrent { get; set; }

    public override bool Execute()
    {
        using var output = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            if (MarkNotCurrent)
            {
                SystemAssessment.MarkNotCurrent(OutputPath, ProjectDirectory, NotCompiled, NotReached, output);
            }
            else
            {
                SystemAssessment.Write(
                    new AssessmentRequest(
                        ProjectDirectory,
                        AssemblyName.Length > 0 ? AssemblyName : Path.GetFileName(ProjectDirectory),
                        OutputPath,
                        FindingsFile.Length > 0 ? FindingsFile : null,
                        Parts.Select(p => new PartReference(p.GetMetadata("ProjectName"), p.GetMetadata("ProjectDirectory"), p.GetMetadata("Findings"))).ToList(),
                        PolicyFiles.Select(p => p.GetMetadata("FullPath")).ToList(),
                        Today.Length > 0 ? Today : null,
                        ToolVersion.Length > 0 ? ToolVersion : SystemAssessment.PackageVersion(),
                        RepositoryUrl: NullIfEmpty(RepositoryUrl),
                        SourceRevision: NullIfEmpty(SourceRevision),
                        RepositoryRoot: NullIfEmpty(RepositoryRoot),
                        PreviousAssessment: NullIfEmpty(PreviousAssessment)),
                    output);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"ComplaintCode: self-assessment not written: {e.Message}");
        }

        foreach (var line in output.ToString().Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            Log.LogMessage(MessageImportance.High, line);
        }

        return true;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
