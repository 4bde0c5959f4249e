using ComplaintCode.DocumentationGenerator;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Tests.Generation;

/// <summary>
/// Every file the generator writes, in the ComplaintCode library's build and in a user's project with a fixed policy
/// file and [Implements], is the checked-in approved file under Generation/Approved. A change to the output is then
/// seen in review as a diff of those files. Line ends are compared as "\n", so the test reads the same on Windows.
/// </summary>
public sealed class ApprovedOutputTests
{
    public const string ApproveVariable = "COMPLAINTCODE_APPROVE";
    public const string ApproveCommand = ApproveVariable + "=1 dotnet test tests/ComplaintCode.Analyzers.Tests --filter FullyQualifiedName~ApprovedOutput";

    private const string ConsumerPolicy = """
        landlord: Riverside Homes
        assessmentDate: 2025-04-01
        timescales:
          stage1AcknowledgementWorkingDays: 3
          stage1ResponseWorkingDays: 8
        closureDays:
          - 2025-12-29
          - 2025-12-30
        provisions:
          "1.2":
            comply: yes
            evidence: Complaints policy, section 1
        """;

    private const string ConsumerSource = """
        using ComplaintCode;
        [assembly: Implements("9.4", Evidence = "Board terms of reference")]
        [ComplaintWorkflow, Implements("6.13")]
        public class Workflow
        {
            [Implements(Provision.Stage1Response)]
            public int Stage1 => ComplaintPolicy.Stage1ResponseWorkingDays;
        }
        """;

    private static readonly string s_approved = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "tests", "ComplaintCode.Analyzers.Tests", "Generation", "Approved");

    private static bool Approving => Environment.GetEnvironmentVariable(ApproveVariable) == "1";

    public static TheoryData<string> Modes() => new() { "Library", "Consumer" };

    [Theory]
    [MemberData(nameof(Modes))]
    public void GeneratedFiles_AreTheApprovedFiles(string mode)
    {
        var result = mode == "Library"
            ? GeneratorHarness.RunAsCodeLibrary().Result
            : GeneratorHarness.Run(GeneratorHarness.Compilation(ConsumerSource), new InMemoryAdditionalText("complaint-policy.yaml", ConsumerPolicy)).Result;
        Assert.Empty(result.Diagnostics);
        // The compiler writes EmbeddedAttribute's text (AddEmbeddedAttributeDefinition), not us.
        var generated = result.Results.Single().GeneratedSources
            .Where(s => s.HintName != "Microsoft.CodeAnalysis.EmbeddedAttribute.cs")
            .ToDictionary(s => s.HintName, s => Normalise(s.SourceText.ToString()), StringComparer.Ordinal);

        var directory = Path.Combine(s_approved, mode);
        if (Approving)
        {
            Approve(directory, generated);
        }

        var approved = Directory.Exists(directory)
            ? Directory.GetFiles(directory).ToDictionary(Path.GetFileName, f => Normalise(File.ReadAllText(f)), StringComparer.Ordinal)
            : new Dictionary<string, string>();

        var differences = generated.Keys.Union(approved.Keys)
            .Order(StringComparer.Ordinal)
            .Where(name => !generated.TryGetValue(name, out var text) || !approved.TryGetValue(name, out var expected) || text != expected)
            .Select(name => !approved.ContainsKey(name) ? $"{name}: generated, not approved"
                : !generated.ContainsKey(name) ? $"{name}: approved, no longer generated"
                : $"{name}: differs from the approved file")
            .ToList();
        Assert.True(
            differences.Count == 0,
            $"The generator's {mode.ToLowerInvariant()} output is not the approved output in {Path.GetRelativePath(RepositoryRoot.Find(AppContext.BaseDirectory), directory)}:\n"
            + string.Join("\n", differences)
            + $"\nIf the change is intended, approve it with `{ApproveCommand}` and commit the files.");
    }

    private static void Approve(string directory, IReadOnlyDictionary<string, string> generated)
    {
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.GetFiles(directory).Where(f => !generated.ContainsKey(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in generated)
        {
            File.WriteAllText(Path.Combine(directory, name), text);
        }
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
