using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ComplaintCode.Analyzers.Policy;

/// <summary>
/// Parses each policy file text once, however many analyzers ask. Keyed weakly by the SourceText, which the
/// compiler and the IDE keep while the text is unchanged.
/// </summary>
internal static class PolicyCache
{
    private static readonly ConditionalWeakTable<SourceText, PolicyFile> s_parsed = new();

    public static PolicyFile Get(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return PolicyFile.Empty(file.Path);
        }

        return s_parsed.GetValue(text, t => Parse(file.Path, t));
    }

    /// <summary>Parses a policy file held as a SourceText, refusing a huge one from its length, before it is turned into a string.</summary>
    public static PolicyFile Parse(string path, SourceText? text)
        => text is null ? PolicyFile.Empty(path)
           : text.Length > PolicyParser.MaxCharacters ? PolicyParser.TooLarge(path, text.Length)
           : PolicyParser.Parse(path, text.ToString(), CodeCatalog.Instance);

    /// <summary>The project's policy files in <see cref="PolicyFiles.InOrderOfUse"/>; the first one is used.</summary>
    public static AdditionalText[] Find(AnalyzerOptions options)
    {
        var candidates = options.AdditionalFiles.Where(f => PolicyAdditionalFiles.IsPolicyFile(f, options.AnalyzerConfigOptionsProvider)).ToList();
        return PolicyFiles.InOrderOfUse(candidates.Select(f => f.Path))
            .Select(path => candidates.First(f => f.Path == path))
            .ToArray();
    }

    public static Location LocationOf(AdditionalText file, PolicySpan span)
    {
        // The start of the file needs no line map; building one for a huge file would cost more than the check saved.
        var text = span == PolicySpan.Start ? null : file.GetText();
        var textSpan = default(TextSpan);
        if (text is not null && text.Lines.Count > 0)
        {
            var start = ToPosition(text, span.StartLine, span.StartColumn);
            var end = ToPosition(text, span.EndLine, span.EndColumn);
            textSpan = TextSpan.FromBounds(start, System.Math.Max(start, end));
        }

        return Location.Create(file.Path, textSpan, new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }

    private static int ToPosition(SourceText text, int line, int column)
    {
        if (line >= text.Lines.Count)
        {
            return text.Length;
        }

        var textLine = text.Lines[line];
        return System.Math.Min(textLine.Start + column, textLine.End);
    }
}
