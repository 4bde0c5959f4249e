using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplaintCode.Benchmarks;

/// <summary>
/// The generator through GeneratorDriver on the synthetic codebase: a first run (a new driver, a fresh compilation),
/// and an incremental run (the driver that has already run, given the compilation after a one-line edit to an
/// ordinary domain file, as the IDE does on a keystroke). Each invocation gets its own fresh compilation, made in
/// the iteration setup, so nothing the compiler caches on a compilation is reused between invocations; a first run
/// also gets new tree objects, so nothing the generator keeps per tree is reused either.
/// </summary>
[Config(typeof(BenchConfig.Generator))]
public class GeneratorBenchmarks
{
    private SyntheticCompilation _synthetic = null!;
    private GeneratorDriver _driverAfterFirstRun = null!;
    private SyntaxTree _unrelated = null!;
    private TextSpan _editedLine;
    private Compilation[] _compilations = [];
    private int _next;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _synthetic = SyntheticCompilation.Instance;
        _driverAfterFirstRun = _synthetic.CreateDriver().RunGenerators(_synthetic.Compilation);

        // The IDE edits a compilation it has used, whose list of trees is built. The driver gives generators this one
        // with every generator's post-initialization sources added, so the first run builds that one's list, not this
        // one's; a compilation made from one whose list was never built builds it again from every tree, in the first
        // step that reads the trees (Breakdown measures both).
        _ = _synthetic.Compilation.SyntaxTrees.Count();
        _unrelated = UnrelatedTree(_synthetic);
        var text = _unrelated.GetText();
        var line = text.Lines.First(l => l.ToString().Contains("public const int Threshold", StringComparison.Ordinal));
        _editedLine = line.Span;
        Console.WriteLine($"// edited file: {_unrelated.FilePath}, line {line.LineNumber + 1}: {line.ToString().Trim()}");
    }

    [IterationSetup(Target = nameof(FirstRun))]
    public void FreshCompilations() => Prepare(_synthetic.WithFreshTrees);

    [IterationSetup(Target = nameof(IncrementalRunAfterUnrelatedEdit))]
    public void EditedCompilations() => Prepare(EditOneLine);

    [Benchmark(Description = "Generator: first run")]
    public GeneratorDriver FirstRun() => _synthetic.CreateDriver().RunGenerators(_compilations[_next++]);

    [Benchmark(Description = "Generator: incremental run after an unrelated one-line edit")]
    public GeneratorDriver IncrementalRunAfterUnrelatedEdit() => _driverAfterFirstRun.RunGenerators(_compilations[_next++]);

    /// <summary>A domain file in the middle of the codebase, far from the complaint code.</summary>
    internal static SyntaxTree UnrelatedTree(SyntheticCompilation synthetic)
        => synthetic.Trees.Where(t => t.FilePath.Contains("/Repairs/", StringComparison.Ordinal)).ElementAt(synthetic.Trees.Count(t => t.FilePath.Contains("/Repairs/", StringComparison.Ordinal)) / 2);

    /// <summary>The compilation after one edit to one line of the unrelated file (a different constant each time).</summary>
    internal Compilation EditOneLine()
    {
        var tree = _unrelated;
        return EditOneLine(_synthetic.Compilation, ref tree);
    }

    /// <summary>
    /// The compilation after one edit to one line of the unrelated file, made from <paramref name="previous"/>, the
    /// compilation of the edit before, as the IDE makes each keystroke's compilation from the last one.
    /// </summary>
    /// <param name="tree">The unrelated file's tree in <paramref name="previous"/>; the edited one on return.</param>
    internal Compilation EditOneLine(Compilation previous, ref SyntaxTree tree)
    {
        var edits = ++_edits;
        var edited = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(_editedLine, $"    public const int Threshold = {1000 + edits};")));
        var next = previous.ReplaceSyntaxTree(tree, edited);
        tree = edited;
        return next;
    }

    private void Prepare(Func<Compilation> create)
    {
        _next = 0;
        _compilations = Enumerable.Range(0, BenchConfig.GeneratorInvocations).Select(_ => create()).ToArray();
    }
}
