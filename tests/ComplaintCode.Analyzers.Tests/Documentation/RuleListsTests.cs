using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.DocumentationGenerator;

namespace ComplaintCode.Analyzers.Tests.Documentation;

/// <summary>
/// The lists that repeat the rules are what the documentation generator writes from the descriptors, and every
/// descriptor has its docs page, help link, README row, release entry and strict setting.
/// </summary>
public sealed class RuleListsTests
{
    private static readonly string s_root = RepositoryRoot.Find(AppContext.BaseDirectory);

    public static TheoryData<string> GeneratedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in RuleLists.Files(s_root))
        {
            data.Add(file.RelativePath);
        }

        return data;
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleLists.Rules())
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void GeneratedList_IsUpToDate(string relativePath)
    {
        var file = RuleLists.Files(s_root).Single(f => f.RelativePath == relativePath);
        Assert.False(file.IsStale, $"{relativePath} is stale: run `{RuleLists.Command}` at the repository root and commit the result.");
    }

    [Fact]
    public void DescriptorIds_AreUnique_AndAreExactlyTheDiagnosticIds()
    {
        var declared = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);
        var descriptors = typeof(DiagnosticDescriptors).GetFields().Select(f => f.GetValue(null)).OfType<Microsoft.CodeAnalysis.DiagnosticDescriptor>().Select(d => d.Id);
        var exported = RuleLists.Rules().Select(r => r.Id).ToList();

        Assert.Equal(exported.Count, exported.Distinct().Count());
        Assert.Equal(declared, exported);
        Assert.Equal(declared, descriptors.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_HasDocsPageHelpLinkReadmeRowReleaseEntryAndStrictSetting(string id)
    {
        var descriptor = RuleLists.Rules().Single(r => r.Id == id).Descriptor;

        var page = Path.Combine(s_root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page));

        Assert.Equal($"{DiagnosticDescriptors.RepositoryUrl}/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);

        var readme = File.ReadAllLines(Path.Combine(s_root, "README.md"));
        Assert.Contains(readme, line => line.StartsWith($"| [{id}](docs/rules/{id}.md) | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));

        // Release tracking is RS2008's, kept by hand; the rule must be in it with its category and severity.
        var releases = File.ReadAllText(Path.Combine(s_root, "src", "ComplaintCode.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(s_root, "src", "ComplaintCode.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);

        // Strict mode raises every rule but a running plan (raised by its own switch) and a suggestion.
        var strict = File.ReadAllText(Path.Combine(s_root, RuleLists.StrictGlobalConfigPath));
        var plannedGaps = File.ReadAllText(Path.Combine(s_root, RuleLists.StrictPlannedGapsGlobalConfigPath));
        var setting = $"dotnet_diagnostic.{id}.severity = error";
        var tags = descriptor.CustomTags.ToList();
        Assert.Equal(!tags.Contains(DiagnosticDescriptors.StrictModeTags.PlannedGap) && !tags.Contains(DiagnosticDescriptors.StrictModeTags.Suggestion), strict.Contains(setting, StringComparison.Ordinal));
        Assert.Equal(tags.Contains(DiagnosticDescriptors.StrictModeTags.PlannedGap), plannedGaps.Contains(setting, StringComparison.Ordinal));
    }

    [Fact]
    public void TableBetweenMarkers_ReplacesOnlyTheTable()
    {
        var directory = Directory.CreateTempSubdirectory("complaintcode-lists-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "docs", "rules"));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(directory, RuleLists.StrictGlobalConfigPath))!);
            File.WriteAllText(Path.Combine(directory, "README.md"), $"before\r\n{RuleLists.StartMarker}\r\n| old |\r\n{RuleLists.EndMarker}\r\nafter\r\n");
            File.WriteAllText(Path.Combine(directory, RuleLists.RulesReadmePath), $"{RuleLists.StartMarker}\n{RuleLists.EndMarker}\n");
            File.WriteAllText(Path.Combine(directory, RuleLists.StrictGlobalConfigPath), "");
            File.Copy(Path.Combine(s_root, CatalogSource.SourcePath), Path.Combine(directory, CatalogSource.SourcePath));

            var readme = RuleLists.Files(directory).Single(f => f.RelativePath == RuleLists.ReadmePath);

            Assert.True(readme.IsStale);
            Assert.Equal($"before\n{RuleLists.StartMarker}\n{RuleLists.ReadmeTable(RuleLists.Rules())}{RuleLists.EndMarker}\nafter\n", readme.Expected);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
