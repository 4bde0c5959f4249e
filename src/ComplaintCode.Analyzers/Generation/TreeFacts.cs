using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using ComplaintCode.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// The <see cref="ImplementsSyntax"/> facts of each syntax tree, read once per tree and kept while the tree lives.
/// </summary>
/// <remarks>
/// A tree is immutable and an edit replaces only the edited tree, so a new compilation reuses the facts of every
/// other tree and reads just the new one. A syntax provider would do the same per tree, but its first run walks every
/// node of every tree; most files never mention the names the facts are about, so a search of the text skips them,
/// and only the files that do are walked.
/// </remarks>
internal static class TreeFacts
{
    /// <summary>
    /// Each fact needs one of these in the file's text: the attribute's and the alias target's name, a shadowing
    /// declaration's name, a global using's namespace. An identifier may also be written with a Unicode escape.
    /// </summary>
    private static readonly string[] s_mentions =
    {
        ImplementsSyntax.ImplementsName, ImplementsSyntax.ProvisionName, ImplementsSyntax.NamespaceName, "\\u", "\\U",
    };

    private const int ChunkLength = 8192;

    private static readonly ConditionalWeakTable<SyntaxTree, Facts> s_facts = new();

    /// <summary>Every tree's facts, in the compilation's tree order.</summary>
    public static EquatableArray<ImplementsSyntax> Of(Compilation compilation, CancellationToken cancellationToken)
    {
        var all = ImmutableArray.CreateBuilder<ImplementsSyntax>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!s_facts.TryGetValue(tree, out var facts))
            {
                // Read before caching, so a cancelled read leaves nothing half-done behind.
                var read = new Facts(Read(tree, cancellationToken));
                facts = s_facts.GetValue(tree, _ => read);
            }

            all.AddRange(facts.Items);
        }

        return new EquatableArray<ImplementsSyntax>(all.ToImmutable());
    }

    private static ImmutableArray<ImplementsSyntax> Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (!Mentions(tree.GetText(cancellationToken)))
        {
            return ImmutableArray<ImplementsSyntax>.Empty;
        }

        var facts = ImmutableArray.CreateBuilder<ImplementsSyntax>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (ImplementsSyntax.IsCandidate(node) && ImplementsSyntax.Read(node) is { } fact)
            {
                facts.Add(fact);
            }
        }

        return facts.ToImmutable();
    }

    /// <summary>Whether the text contains one of <see cref="s_mentions"/>, searched in chunks so no copy of the whole file is made.</summary>
    internal static bool Mentions(SourceText text)
    {
        var overlap = ImplementsSyntax.NamespaceName.Length - 1;
        var buffer = new char[ChunkLength + overlap];
        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            var count = System.Math.Min(ChunkLength + overlap, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            var chunk = new System.ReadOnlySpan<char>(buffer, 0, count);
            foreach (var mention in s_mentions)
            {
                if (System.MemoryExtensions.IndexOf(chunk, System.MemoryExtensions.AsSpan(mention)) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private sealed class Facts(ImmutableArray<ImplementsSyntax> items)
    {
        public ImmutableArray<ImplementsSyntax> Items { get; } = items;
    }
}
