using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>Test files, a scratch directory per test, and the import run through the real command line.</summary>
public sealed class ImportFixture : IDisposable
{
    public ImportFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "complaint-code-import-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public static string ReferenceForm => Path.Combine(AppContext.BaseDirectory, "TestData", "self-assessment-2024-example.txt");

    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "import", name);

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Runs <c>complaint-code</c> with <paramref name="args"/>, as the tool's Main does.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Reads and matches a form file the way the command does, without writing anything.</summary>
    internal static MatchResult Import(string path)
    {
        var (text, _) = InputText.Read(path);
        return ImportCommand.ReadForm(text).Result;
    }

    internal static ImportedProvision Provision(MatchResult result, string id)
        => result.Provisions.SingleOrDefault(p => p.Id == id) ?? throw new Xunit.Sdk.XunitException($"Provision {id} was not imported.");

    internal static PolicyFile Parse(string path) => PolicyParser.Parse(path, File.ReadAllText(path), CodeCatalog.Instance);

    /// <summary>
    /// The written policy file reads back as imported: no bad ids, nothing unusable, one CHC0503 warning for each
    /// "No" without a date, the dates read from the commentary, and every answer, piece of evidence and commentary exactly as imported.
    /// </summary>
    internal static void AssertRoundTrips(MatchResult result, PolicyFile policy)
    {
        Assert.DoesNotContain(policy.Issues, i => i.Kind == PolicyIssueKind.BadProvisionId);
        Assert.DoesNotContain(policy.Issues, i => i.Kind == PolicyIssueKind.Unusable);
        var undated = policy.Issues.Where(i => i.Kind == PolicyIssueKind.NotMetWithoutComplyBy).ToList();
        var noIds = result.Provisions.Where(p => p.Answer.Value == PolicyComply.No && p.ComplyBy is null).Select(p => p.Id).ToList();
        Assert.Equal(noIds.Count, undated.Count);

        Assert.Equal(result.Provisions.Select(p => p.Id), policy.Provisions.Select(p => p.Id));
        foreach (var (imported, read) in result.Provisions.Zip(policy.Provisions))
        {
            var expected = imported.Answer.Value switch
            {
                PolicyComply.Yes => PolicyComply.Yes,
                PolicyComply.No => PolicyComply.No,
                _ => PolicyComply.Unanswered,
            };
            Assert.Equal(expected, read.Comply);
            Assert.Equal(imported.Evidence, read.Evidence.Select(e => e.Description));
            Assert.Equal(imported.Commentary, read.Commentary);
            Assert.Equal(imported.ComplyBy?.Date, read.ComplyBy);
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
