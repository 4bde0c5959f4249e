using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Tests.Verifiers;

/// <summary>
/// .editorconfig and global config files read as the command-line compiler reads them (CommonCompiler): an
/// <see cref="AnalyzerConfigSet"/> gives each tree its options, the compiler's own SyntaxTreeOptionsProvider serves the
/// severities and generated_code to the compilation, and the analyzers get the same options.
/// </summary>
internal static class CommandLineConfig
{
    /// <summary>
    /// The compiler's provider is internal; it is built by reflection because a look-alike written here would test
    /// our reading of the compiler instead of the compiler. If a Roslyn release changes its constructor, this throws.
    /// </summary>
    private static readonly Type s_compilerProvider = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.CompilerSyntaxTreeOptionsProvider", throwOnError: true)!;

    /// <param name="configs">(path, text) of each .editorconfig or global config, as the build passes them (/analyzerconfig).</param>
    public static (CompilationOptions Options, AnalyzerConfigOptionsProvider AnalyzerOptions) Apply(
        CompilationOptions options,
        IReadOnlyList<SyntaxTree> trees,
        IEnumerable<(string Path, string Text)> configs)
    {
        var set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList(), out var problems);
        Assert.Empty(problems);
        var perTree = trees.Select(t => set.GetOptionsForSourcePath(t.FilePath)).ToImmutableArray();
        Assert.All(perTree, r => Assert.Empty(r.Diagnostics));

        var provider = (SyntaxTreeOptionsProvider)Activator.CreateInstance(
            s_compilerProvider,
            BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic,
            binder: null,
            new object[] { trees.ToArray(), perTree, set.GlobalConfigOptions },
            culture: null)!;

        var analyzerOptions = new PerTreeOptionsProvider(
            trees.Select((t, i) => (t, perTree[i].AnalyzerOptions)).ToImmutableDictionary(p => p.t, p => p.AnalyzerOptions),
            set.GlobalConfigOptions.AnalyzerOptions);
        return (options.WithSyntaxTreeOptionsProvider(provider), analyzerOptions);
    }

    /// <summary>Each tree's analyzer options and the global ones, as the compiler hands them to analyzers.</summary>
    private sealed class PerTreeOptionsProvider(ImmutableDictionary<SyntaxTree, ImmutableDictionary<string, string>> perTree, ImmutableDictionary<string, string> global)
        : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
            => new Options(perTree.TryGetValue(tree, out var values) ? values : ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override IEnumerable<string> Keys => values.Keys;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
