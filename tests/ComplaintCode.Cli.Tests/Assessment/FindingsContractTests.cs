using System.Text;
using ComplaintCode.Build.Findings;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Model.Findings;

namespace ComplaintCode.Cli.Tests.Assessment;

/// <summary>The findings file has one contract: what the analyzers' writer puts in is what the build step's reader takes out.</summary>
public class FindingsContractTests
{
    [Fact]
    public void WrittenDocument_ReadsBackAsTheSameRecords()
    {
        var written = new FindingsDocument(
            FindingsContract.Format,
            EvidenceCollected: true,
            new[]
            {
                new LoggedFinding("CHC0202", "warning", new[] { "6.2" }, "'AddDays' counts \"calendar\" days\\ \t\u0001 \u2028 é", "/src/Workflow/Deadlines.cs", 12),
                new LoggedFinding("CHC0501", "error", Array.Empty<string>(), "Unknown key 'x' in the policy file", null, null),
                new LoggedFinding("CHC0303", "note", new[] { "2.4", "5.11" }, "A refusal letter", "/src/Letters.cs", 3),
            },
            new[]
            {
                new CodeEvidence(new[] { "6.3", "6.14" }, "Harbour.Workflow.Deadlines.RespondBy(System.DateOnly)", "/src/Deadlines.cs", 7, "Response deadline", null),
                new CodeEvidence(new[] { "9.4" }, "assembly", null, null, null, "Board terms of reference"),
            });

        var json = FindingsContract.ToJson(written);
        var read = FindingsFile.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(written.Format, read.Format);
        Assert.Equal(written.EvidenceCollected, read.EvidenceCollected);
        Assert.Equal(written.Findings, read.Findings);
        Assert.Equal(written.Evidence, read.Evidence);
    }

    [Fact]
    public void EvidenceNotCollected_RoundTrips()
    {
        var written = new FindingsDocument(FindingsContract.Format, EvidenceCollected: false, Array.Empty<LoggedFinding>(), Array.Empty<CodeEvidence>());

        var read = FindingsFile.Parse(Encoding.UTF8.GetBytes(FindingsContract.ToJson(written)));

        Assert.False(read.EvidenceCollected);
        Assert.Empty(read.Findings);
        Assert.Empty(read.Evidence);
    }

    [Fact]
    public void RecordsWithTheSameListContents_AreEqual()
    {
        // The writer removes repeats (the same diagnostic reported twice) by equality, so lists compare by content.
        Assert.Equal(new LoggedFinding("CHC0101", "error", new[] { "5.3" }, "m", "a.cs", 1), new LoggedFinding("CHC0101", "error", new List<string> { "5.3" }, "m", "a.cs", 1));
        Assert.NotEqual(new LoggedFinding("CHC0101", "error", new[] { "5.3" }, "m", "a.cs", 1), new LoggedFinding("CHC0101", "error", new[] { "5.2" }, "m", "a.cs", 1));
    }
}
