using System.Collections;
using ComplaintCode.Build.Tasks;
using ComplaintCode.Model.Findings;
using Microsoft.Build.Framework;

namespace ComplaintCode.Cli.Tests.Build;

/// <summary>
/// The task that puts a project's findings in the build output: each at its level, where the compiler would put it,
/// and a failed task only for errors, so ContinueOnError can let the build go on while failing it.
/// </summary>
public sealed class ReportFindingsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("complaintcode-report-").FullName;
    private readonly RecordingEngine _engine = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ErrorsAndWarnings_AreLoggedAtTheirLevel_WithTheirFileLineAndColumn_AndAnErrorFailsTheTask()
    {
        var path = Write(
            new LoggedFinding("CHC0201", LoggedFinding.Error, new[] { "6.3" }, "'Days' of 15 working days exceeds the Code's maximum of 10 (provision 6.3)", "/src/Workflow.cs", 12, 26, 12, 28, "https://example/CHC0201.md"),
            new LoggedFinding("CHC0202", LoggedFinding.Warning, new[] { "6.2" }, "'AddDays' counts calendar days", "/src/Workflow.cs", 20, 9),
            new LoggedFinding("CHC0003", LoggedFinding.Note, new[] { "9.5" }, "Provision 9.5 is declared not met", "/complaint-policy.yaml", 3, 3));

        var task = new ReportFindings { BuildEngine = _engine, FindingsFile = path, ProjectName = "Harbour.Workflow" };

        Assert.False(task.Execute());
        Assert.Equal(1, task.Errors);
        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("CHC0201", "/src/Workflow.cs", 12, 26), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
        Assert.Equal("https://example/CHC0201.md", error.HelpLink);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal(("CHC0202", "/src/Workflow.cs", 20, 9), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber));
        // A suggestion stays out of the build output, as the compiler keeps it out.
        var note = Assert.Single(_engine.Messages, m => m.Code == "CHC0003");
        Assert.Equal(MessageImportance.Low, note.Importance);
    }

    [Fact]
    public void WarningsAlone_LeaveTheTaskSucceeded()
    {
        var path = Write(new LoggedFinding("CHC0202", LoggedFinding.Warning, new[] { "6.2" }, "calendar days", "/src/Workflow.cs", 20, 9));

        Assert.True(new ReportFindings { BuildEngine = _engine, FindingsFile = path, ProjectName = "Harbour.Workflow" }.Execute());
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void UnreadableFindings_AreOneWarningNamingTheFile_NeverACrash()
    {
        var path = Path.Combine(_directory, "Harbour.Workflow.complaintcode.findings.json");
        File.WriteAllText(path, "{ \"format\": \"complaintcode-findings/99\" }");

        Assert.True(new ReportFindings { BuildEngine = _engine, FindingsFile = path, ProjectName = "Harbour.Workflow" }.Execute());
        var warning = Assert.Single(_engine.Warnings);
        Assert.Contains("Harbour.Workflow's findings could not be read", warning.Message);
        Assert.Contains(path, warning.Message);
    }

    [Fact]
    public void NoFindingsFile_IsNoFinding()
    {
        Assert.True(new ReportFindings { BuildEngine = _engine, FindingsFile = Path.Combine(_directory, "none.json"), ProjectName = "Harbour.Api" }.Execute());
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
    }

    private string Write(params LoggedFinding[] findings)
    {
        var path = Path.Combine(_directory, "Harbour.Workflow.complaintcode.findings.json");
        File.WriteAllText(path, FindingsContract.ToJson(new FindingsDocument(FindingsContract.Format, true, findings, Array.Empty<CodeEvidence>())));
        return path;
    }

    /// <summary>An MSBuild engine that keeps what a task logs.</summary>
    private sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = new();

        public List<BuildWarningEventArgs> Warnings { get; } = new();

        public List<BuildMessageEventArgs> Messages { get; } = new();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "Harbour.Workflow.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();
    }
}
