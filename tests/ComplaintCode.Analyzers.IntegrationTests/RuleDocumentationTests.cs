using System.Reflection;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>Every descriptor of every exported analyzer has its docs page, help link, README row and release entry.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void DescriptorIds_AreUnique_AndMatchDiagnosticIds()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(SampleTests.AllRuleIds, ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_HasDocsPageHelpLinkReadmeRowReleaseEntryAndStrictSetting(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var root = Dotnet.RepositoryRoot;

        var page = Path.Combine(root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page));

        Assert.Equal($"{DiagnosticDescriptors.RepositoryUrl}/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);

        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        Assert.Contains(readme, line => line.StartsWith($"| [{id}](docs/rules/{id}.md) | {descriptor.DefaultSeverity} |", StringComparison.Ordinal));

        var releases = File.ReadAllText(Path.Combine(root, "src", "ComplaintCode.Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(root, "src", "ComplaintCode.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);

        var strict = File.ReadAllText(Path.Combine(root, "src", "ComplaintCode.Analyzers.Package", "buildTransitive", "ComplaintCode.Strict.globalconfig"));
        Assert.Contains($"dotnet_diagnostic.{id}.severity = error", strict);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors()
        => typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .GroupBy(d => d.Id)
            .Select(g => g.First());
}
