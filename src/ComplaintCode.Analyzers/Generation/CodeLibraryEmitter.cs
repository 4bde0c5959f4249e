using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// Writes the source of the ComplaintCode library: the public types every project of a housing system shares.
/// </summary>
/// <remarks>
/// The generator runs this only when it compiles the library itself (src/ComplaintCode), which ships in the package's
/// lib/ folder. A user's projects reference that one assembly, so a public record may expose an
/// <c>OmbudsmanContact</c> and two projects see the same <c>Provision</c>. What depends on the Code (the provisions,
/// the timescales, the letter items, the lookup table) is written from the catalog; the rest is fixed C# kept as
/// compiled template files in Templates/ and copied verbatim.
/// </remarks>
internal static class CodeLibraryEmitter
{
    public const string Namespace = "ComplaintCode";

    private static readonly string[] s_templates =
    {
        "Attributes.cs", "CodeConformance.cs", "CodeProvisionInfo.cs", "ComplaintSelfAssessment.cs", "ConformanceCase.cs", "ConformanceFailure.cs",
        "OmbudsmanContact.cs", "UkTime.cs", "WorkingDayCalendar.cs", "WorkingDays.cs",
    };

    /// <summary>Every file of the library, by hint name. The Code never changes within a process, so this is computed once.</summary>
    public static ImmutableArray<(string HintName, string Source)> Sources { get; } = Emit(CodeCatalog.Instance);

    private static ImmutableArray<(string HintName, string Source)> Emit(CodeCatalog catalog)
    {
        var sources = ImmutableArray.CreateBuilder<(string, string)>();
        sources.Add(("ComplaintCode.Provisions.g.cs", EmitProvisions(catalog)));
        sources.Add(("ComplaintCode.CodeTimescales.g.cs", EmitTimescales(catalog)));
        sources.Add(("ComplaintCode.ResponseLetterItem.g.cs", EmitResponseLetterItems(catalog)));
        sources.Add(("ComplaintCode.CodeProvisions.g.cs", EmitProvisionTable(catalog)));
        sources.Add(("ComplaintCode.ConformanceTimescales.g.cs", EmitConformanceTimescales(catalog)));
        foreach (var template in s_templates)
        {
            sources.Add(($"ComplaintCode.{Path.GetFileNameWithoutExtension(template)}.g.cs", new SourceWriter().Raw(Templates.Read(template)).ToString()));
        }

        return sources.ToImmutable();
    }

    public static string EmitProvisions(CodeCatalog catalog)
    {
        var w = Begin();
        w.Summary($"The provisions of the {catalog.Publisher}'s {catalog.Title} ({catalog.Edition}).\nEach value is section * 100 + number: provision 6.3 is 603.");
        w.Open("public enum Provision");
        foreach (var p in catalog.Provisions)
        {
            w.Summary(DescribeForHover(p));
            w.Line($"{p.Name} = {p.NumericValue.ToString(CultureInfo.InvariantCulture)},");
            w.Line();
        }

        w.Close();
        return End(w);
    }

    public static string EmitTimescales(CodeCatalog catalog)
    {
        var w = Begin();
        w.Summary("The timescales the Code sets, as compile-time constants. A landlord may be stricter, never looser: ComplaintPolicy has the landlord's own.");
        w.Open("public static class CodeTimescales");
        foreach (var p in catalog.Timescales)
        {
            w.Summary($"Provision {p.Id}: {p.Timescale!.Describe()}.\n{p.Requirement}");
            w.Line($"public const int {p.Timescale.Constant} = {p.Timescale.Value.ToString(CultureInfo.InvariantCulture)};");
            w.Line();
        }

        w.Close();
        return End(w);
    }

    public static string EmitResponseLetterItems(CodeCatalog catalog)
    {
        var stage1 = catalog.Get("6.9");
        var stage2 = catalog.Get("6.19");
        var w = Begin();
        w.Summary("What every stage response letter must confirm in writing (provisions 6.9 and 6.19, items a to g).");
        w.Open("public enum ResponseLetterItem");
        for (var i = 0; i < stage1.Items.Count; i++)
        {
            var s1 = stage1.Items[i];
            var s2 = stage2.Items[i];
            var text = s1.Text == s2.Text
                ? $"Item {s1.Letter} of 6.9 and 6.19: {s1.Text}"
                : $"Item {s1.Letter} of 6.9: {s1.Text}\nItem {s2.Letter} of 6.19: {s2.Text}";
            w.Summary(text);
            w.Line($"{s1.ResponseLetterItem} = {i.ToString(CultureInfo.InvariantCulture)},");
            w.Line();
        }

        w.Close();
        return End(w);
    }

    /// <summary>The data half of <c>CodeProvisions</c>; its lookups are in Templates/CodeProvisionInfo.cs.</summary>
    public static string EmitProvisionTable(CodeCatalog catalog)
    {
        var w = Begin();
        w.Open("public static partial class CodeProvisions");
        w.Line("private static readonly CodeProvisionInfo[] AllProvisions = new CodeProvisionInfo[]");
        w.Line("{");
        foreach (var p in catalog.Provisions)
        {
            var stage = p.Stage is int s ? s.ToString(CultureInfo.InvariantCulture) : "null";
            w.Line($"    new CodeProvisionInfo({SourceWriter.Literal(p.Id)}, Provision.{p.Name}, {p.Section.ToString(CultureInfo.InvariantCulture)}, {SourceWriter.Literal(p.SectionTitle)}, {stage}, {SourceWriter.Literal(p.Requirement)}, {SourceWriter.Literal(p.Gist)}),");
        }

        w.Line("};");
        w.Close();
        return End(w);
    }

    /// <summary>
    /// The data half of <c>CodeConformance</c>: which provisions set a timescale, and its size and unit, from the
    /// catalog; the cases built from them are in Templates/CodeConformance.cs.
    /// </summary>
    public static string EmitConformanceTimescales(CodeCatalog catalog)
    {
        var w = Begin();
        w.Open("public static partial class CodeConformance");
        w.Line("private static readonly Provision[] TimescaleProvisions = new Provision[]");
        w.Line("{");
        foreach (var p in catalog.Timescales)
        {
            w.Line($"    Provision.{p.Name},");
        }

        w.Line("};");
        w.Line();
        w.Open("private static bool TryGetTimescale(Provision provision, out int value, out bool inMonths)");
        w.Open("switch (provision)");
        foreach (var p in catalog.Timescales)
        {
            var inMonths = p.Timescale!.Unit == TimescaleUnit.Months ? "true" : "false";
            w.Line($"case Provision.{p.Name}:");
            w.Line($"    value = CodeTimescales.{p.Timescale.Constant};");
            w.Line($"    inMonths = {inMonths};");
            w.Line("    return true;");
        }

        w.Line("default:");
        w.Line("    value = 0;");
        w.Line("    inMonths = false;");
        w.Line("    return false;");
        w.Close();
        w.Close();
        w.Close();
        return End(w);
    }

    /// <summary>The hover text of a Provision member: the id, the section and the full requirement.</summary>
    public static string DescribeForHover(CodeProvision p)
    {
        var stage = p.Stage is int s ? $", stage {s.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        var text = $"Provision {p.Id} (section {p.Section.ToString(CultureInfo.InvariantCulture)}: {p.SectionTitle}{stage}).\n{p.Requirement}";
        if (p.Timescale is not null)
        {
            text += $"\nTimescale: {p.Timescale.Describe()}.";
        }

        return text;
    }

    private static SourceWriter Begin()
    {
        var w = new SourceWriter();
        w.Line().Open($"namespace {Namespace}");
        return w;
    }

    private static string End(SourceWriter w)
    {
        w.Close();
        return w.ToString();
    }
}
