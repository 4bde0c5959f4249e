using ComplaintCode.Build.Findings;
using ComplaintCode.Model.Findings;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ComplaintCode.Build.Tasks;

/// <summary>
/// Reports a project's CHC findings in the build output, after its compile: errors as errors, warnings as warnings,
/// each with its id, file, line and column, as the compiler would have shown it.
/// </summary>
/// <remarks>
/// In a command-line build the analyzers hand their diagnostics to the findings file instead of the compiler
/// (FindingsLog says why), so a breach of the Code never stops a compile. This task is where the build then fails:
/// the targets run it with ContinueOnError="ErrorAndContinue", so its errors fail the build while the projects that
/// reference this one still compile, and the system's project still writes the assessment. It runs in every build,
/// also when the compile was up to date, so a breach fails every build until it is mended, as a compile error would.
/// </remarks>
public sealed class ReportFindings : Microsoft.Build.Utilities.Task
{
    /// <summary>The project's findings file, obj/…/&lt;project&gt;.complaintcode.findings.json.</summary>
    [Required]
    public string FindingsFile { get; set; } = "";

    /// <summary>The project's name, for the messages that are about the file rather than a finding.</summary>
    public string ProjectName { get; set; } = "";

    /// <summary>How many errors were reported: the findings at level "error".</summary>
    [Output]
    public int Errors { get; private set; }

    public override bool Execute()
    {
        if (!File.Exists(FindingsFile))
        {
            // The compiler skips analyzers whose every rule is off or only a suggestion; nothing was found then.
            Log.LogMessage(MessageImportance.Low, $"ComplaintCode: {ProjectName} has no findings file ({FindingsFile}): the analyzers recorded nothing in its last compile.");
            return true;
        }

        FindingsDocument findings;
        try
        {
            findings = Findings.FindingsFile.Read(FindingsFile);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // The verdict is unknown, which must not read as "no breaches": a warning names the file and the fault.
            Log.LogWarning($"ComplaintCode: {ProjectName}'s findings could not be read, so its breaches of the Code are not reported: {FindingsFile} is not a findings file this build reads ({e.Message}). Rebuild the project.");
            return true;
        }

        foreach (var finding in findings.Findings)
        {
            Report(finding);
        }

        // Errors logged through the engine fail the task only if it says so: MSBuild then stops the target, which
        // ContinueOnError turns into a failed build that goes on.
        return Errors == 0;
    }

    private void Report(LoggedFinding finding)
    {
        // The start only, as the compiler prints it ("File.cs(12,26): error CHC0201: ..."), which is what CI problem
        // matchers and editors parse; the findings file keeps the whole span.
        var (file, line, column, endLine, endColumn) = (finding.File ?? "", finding.Line ?? 0, finding.Column ?? 0, 0, 0);
        switch (finding.Level)
        {
            case LoggedFinding.Error:
                Errors++;
                BuildEngine.LogErrorEvent(new BuildErrorEventArgs(
                    subcategory: null, finding.Id, file, line, column, endLine, endColumn, finding.Message,
                    helpKeyword: null, senderName: nameof(ReportFindings), helpLink: finding.HelpLink, eventTimestamp: DateTime.UtcNow));
                break;
            case LoggedFinding.Warning:
                BuildEngine.LogWarningEvent(new BuildWarningEventArgs(
                    subcategory: null, finding.Id, file, line, column, endLine, endColumn, finding.Message,
                    helpKeyword: null, senderName: nameof(ReportFindings), helpLink: finding.HelpLink, eventTimestamp: DateTime.UtcNow));
                break;
            default:
                // The compiler shows suggestions in the IDE, never in the build output; detailed logs keep them.
                BuildEngine.LogMessageEvent(new BuildMessageEventArgs(
                    subcategory: null, finding.Id, file, line, column, endLine, endColumn, finding.Message,
                    helpKeyword: null, senderName: nameof(ReportFindings), MessageImportance.Low));
                break;
        }
    }
}
