using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using ComplaintCode.Analyzers.CodeFixes;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.DocumentationGenerator;

/// <summary>
/// The lists that repeat the rules, computed from the exported analyzers and code fixes, so a new descriptor reaches
/// every list by running this tool. Text is built with "\n" line ends; a checked-in file is compared the same way.
/// </summary>
public static class RuleLists
{
    public const string Command = "dotnet run --project tools/ComplaintCode.DocumentationGenerator";

    public const string StartMarker = "<!-- rules:start -->";
    public const string EndMarker = "<!-- rules:end -->";

    public const string ReadmePath = "README.md";
    public const string RulesReadmePath = "docs/rules/README.md";
    public const string StrictGlobalConfigPath = "src/ComplaintCode.Analyzers.Package/buildTransitive/ComplaintCode.Strict.globalconfig";
    public const string StrictPlannedGapsGlobalConfigPath = "src/ComplaintCode.Analyzers.Package/buildTransitive/ComplaintCode.StrictPlannedGaps.globalconfig";

    private const string CategoryPrefix = "ComplaintCode.";

    /// <summary>Every rule of every exported analyzer, in id order.</summary>
    public static ImmutableArray<Rule> Rules()
    {
        var analyzers = Exported<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(DiagnosticDescriptors).Assembly);
        var fixable = Exported<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(CalendarDaysCodeFixProvider).Assembly)
            .SelectMany(fix => fix.FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);

        return analyzers
            .SelectMany(analyzer => analyzer.SupportedDiagnostics.Select(descriptor => (Descriptor: descriptor, Analyzer: analyzer.GetType().Name)))
            .GroupBy(pair => pair.Descriptor.Id, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new Rule(
                group.First().Descriptor,
                group.Select(pair => pair.Analyzer).Distinct().Order(StringComparer.Ordinal).ToList(),
                fixable.Contains(group.Key)))
            .ToImmutableArray();
    }

    /// <summary>Each generated file with its checked-in text and the text it should have.</summary>
    public static IEnumerable<ListFile> Files(string repositoryRoot)
    {
        var rules = Rules();
        yield return BetweenMarkers(repositoryRoot, ReadmePath, ReadmeTable(rules));
        yield return BetweenMarkers(repositoryRoot, RulesReadmePath, RulesReadmeTable(rules));
        yield return WholeFile(repositoryRoot, StrictGlobalConfigPath, StrictGlobalConfig(rules));
        yield return WholeFile(repositoryRoot, StrictPlannedGapsGlobalConfigPath, StrictPlannedGapsGlobalConfig(rules));
        yield return WholeFile(repositoryRoot, CatalogSource.OutputPath, CatalogSource.Emit(repositoryRoot));
    }

    /// <summary>The README's table: the severity, whether a fix exists, and the rule's title.</summary>
    public static string ReadmeTable(IEnumerable<Rule> rules)
    {
        var text = new StringBuilder()
            .Append("| Id | Severity | Fix | What breaks the Code |\n")
            .Append("|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            text.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Descriptor.DefaultSeverity} |{(rule.HasCodeFix ? " Yes" : "")} | {Cell(rule.Descriptor.Title)}. |\n");
        }

        return text.ToString();
    }

    /// <summary>docs/rules/README.md's table, with the category as users write it in .editorconfig (without the prefix).</summary>
    public static string RulesReadmeTable(IEnumerable<Rule> rules)
    {
        var text = new StringBuilder()
            .Append("| Id | Title | Category | Default severity | Code fix |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var category = rule.Descriptor.Category.StartsWith(CategoryPrefix, StringComparison.Ordinal)
                ? rule.Descriptor.Category[CategoryPrefix.Length..]
                : rule.Descriptor.Category;
            text.Append($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Descriptor.Title)} | {category} | {rule.Descriptor.DefaultSeverity} | {(rule.HasCodeFix ? "Yes" : "No")} |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Strict mode's global config: every rule an error, except a declared plan (its own config, below) and a
    /// suggestion about how code is written, which are tagged so on their descriptors.
    /// </summary>
    public static string StrictGlobalConfig(IEnumerable<Rule> rules)
        => GlobalConfig(
            "# ComplaintCode strict mode (ComplaintCodeStrict=true): every CHC diagnostic that finds the Code unmet is an error.\n"
            + "# Not raised: a declared gap whose complyBy date has not passed (ComplaintCode.StrictPlannedGaps.globalconfig), and suggestions.\n",
            rules.Where(rule => !rule.Descriptor.CustomTags.Any(tag => tag is DiagnosticDescriptors.StrictModeTags.PlannedGap or DiagnosticDescriptors.StrictModeTags.Suggestion)));

    /// <summary>With ComplaintCodeStrictPlannedGaps=true too: every declared "No" fails the build, dated or not.</summary>
    public static string StrictPlannedGapsGlobalConfig(IEnumerable<Rule> rules)
        => GlobalConfig(
            "# ComplaintCode strict mode with ComplaintCodeStrictPlannedGaps=true: a declared gap fails the build even while its plan runs.\n",
            rules.Where(rule => rule.Descriptor.CustomTags.Contains(DiagnosticDescriptors.StrictModeTags.PlannedGap)));

    private static string GlobalConfig(string heading, IEnumerable<Rule> errors)
    {
        var text = new StringBuilder()
            .Append(heading)
            .Append($"# Generated from the analyzers' descriptors by `{Command}`.\n")
            .Append("is_global = true\n")
            .Append("# Above the level of a project's own .globalconfig (100), so the CI switch wins over it; .editorconfig still wins.\n")
            .Append("global_level = 1000\n")
            .Append('\n');
        foreach (var rule in errors)
        {
            text.Append($"dotnet_diagnostic.{rule.Id}.severity = error\n");
        }

        return text.ToString();
    }

    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static ListFile WholeFile(string repositoryRoot, string relativePath, string expected)
    {
        var path = Path.Combine(repositoryRoot, relativePath);
        return new ListFile(relativePath, File.Exists(path) ? Normalise(File.ReadAllText(path)) : "", expected);
    }

    private static ListFile BetweenMarkers(string repositoryRoot, string relativePath, string table)
    {
        var current = Normalise(File.ReadAllText(Path.Combine(repositoryRoot, relativePath)));
        var start = current.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = current.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{relativePath} has no {StartMarker} ... {EndMarker} pair around its rules table.");
        }

        var expected = current[..(start + StartMarker.Length)] + "\n" + table + current[end..];
        return new ListFile(relativePath, current, expected);
    }

    private static string Cell(LocalizableString text) => text.ToString().Replace("|", "\\|", StringComparison.Ordinal);

    private static IEnumerable<T> Exported<T, TAttribute>(Assembly assembly)
        where TAttribute : Attribute
        => assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttribute<TAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!);
}

/// <summary>A generated file: its path from the repository root, its checked-in text and the text it should have.</summary>
public sealed record ListFile(string RelativePath, string Current, string Expected)
{
    public bool IsStale => Current != Expected;
}
