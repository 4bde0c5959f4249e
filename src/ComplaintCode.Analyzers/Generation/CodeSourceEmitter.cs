using System.Globalization;
using System.Linq;
using ComplaintCode.Analyzers.Catalog;
using ComplaintCode.Analyzers.Helpers;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// Emits the types that depend only on the Code itself: the Provision enum, the timescales, the response letter
/// items, the Ombudsman's contact details, the runtime lookup and the attributes.
/// </summary>
/// <remarks>
/// These go out as post-initialization output. The attributes depend on the Provision and ResponseLetterItem enums,
/// so all of them are emitted together, before the user's code is bound. Each type is internal and marked
/// [Embedded]: a project that sees another's internals (InternalsVisibleTo) then never meets two definitions of the
/// same type (CS0436). We chose this over an annotations assembly because the package is a development dependency
/// (NuGet gives such packages no compile assets) and because the attributes need the generated enums.
/// Post-initialization output cannot see the compilation's language version, so it uses C# 7.3 and no
/// #nullable directive.
/// </remarks>
internal static class CodeSourceEmitter
{
    public const string Namespace = "ComplaintCode";
    /// <summary>Marks every generated type, so projects that see each other's internals never meet it twice (CS0436).</summary>
    internal const string Embedded = "[global::Microsoft.CodeAnalysis.EmbeddedAttribute]";
    private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ComplaintCode.Analyzers\", \"1.0\")]";

    public static string EmitProvisions(CodeCatalog catalog)
    {
        var w = Begin();
        w.Summary($"The provisions of the {catalog.Publisher}'s {catalog.Title} ({catalog.Edition}).\nEach value is section * 100 + number: provision 6.3 is 603.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal enum Provision");
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
        w.Summary("The timescales the Code sets, as compile-time constants. A landlord may be stricter, never looser.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal static class CodeTimescales");
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
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal enum ResponseLetterItem");
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

    public static string EmitOmbudsmanContact()
    {
        var w = Begin();
        w.Summary("The Housing Ombudsman Service's published contact details.\nUse it as a member type on a letter (6.5, 6.16, 2.4): the analyzers then know the letter carries them.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal sealed class OmbudsmanContact");
        w.Line("public const string Name = \"Housing Ombudsman Service\";");
        w.Line("public const string PostalAddress = \"PO Box 1484, Unit D, Preston, PR2 0ET\";");
        w.Line("public const string Telephone = \"0300 111 3000\";");
        w.Line("public const string Email = \"info@housing-ombudsman.org.uk\";");
        w.Line("public const string Website = \"www.housing-ombudsman.org.uk\";");
        w.Line();
        w.Summary("The contact details as a paragraph for a letter.");
        w.Line("public override string ToString()");
        w.Line("{");
        w.Line("    return Name + \", \" + PostalAddress + \". Telephone: \" + Telephone + \". Email: \" + Email + \". Website: \" + Website + \".\";");
        w.Line("}");
        w.Close();
        return End(w);
    }

    public static string EmitLookup(CodeCatalog catalog)
    {
        var w = Begin();
        w.Summary("A provision of the Code, for showing the Code to staff at run time.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal sealed class CodeProvisionInfo");
        w.Line("internal CodeProvisionInfo(string id, Provision provision, int section, string sectionTitle, int? stage, string requirement, string gist)");
        w.Line("{");
        w.Line("    Id = id; Provision = provision; Section = section; SectionTitle = sectionTitle; Stage = stage; Requirement = requirement; Gist = gist;");
        w.Line("}");
        w.Line();
        w.Summary("The provision number, e.g. \"6.3\".");
        w.Line("public string Id { get; private set; }");
        w.Line("public Provision Provision { get; private set; }");
        w.Line("public int Section { get; private set; }");
        w.Summary("The section title, e.g. \"Complaint stages\".");
        w.Line("public string SectionTitle { get; private set; }");
        w.Summary("1 or 2 for the provisions of section 6; otherwise null.");
        w.Line("public int? Stage { get; private set; }");
        w.Summary("The requirement, word for word as the Code has it.");
        w.Line("public string Requirement { get; private set; }");
        w.Summary("A short paraphrase, for lists and messages.");
        w.Line("public string Gist { get; private set; }");
        w.Line();
        w.Line("public override string ToString() { return Id + \" \" + Requirement; }");
        w.Close();
        w.Line();
        w.Summary("Looks up the Code's provisions by id or by Provision value.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal static class CodeProvisions");
        w.Line("private static readonly CodeProvisionInfo[] s_all = new CodeProvisionInfo[]");
        w.Line("{");
        foreach (var p in catalog.Provisions)
        {
            var stage = p.Stage is int s ? s.ToString(CultureInfo.InvariantCulture) : "null";
            w.Line($"    new CodeProvisionInfo({SourceWriter.Literal(p.Id)}, Provision.{p.Name}, {p.Section.ToString(CultureInfo.InvariantCulture)}, {SourceWriter.Literal(p.SectionTitle)}, {stage}, {SourceWriter.Literal(p.Requirement)}, {SourceWriter.Literal(p.Gist)}),");
        }

        w.Line("};");
        w.Line();
        w.Summary("All provisions, in Code order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<CodeProvisionInfo> All { get { return s_all; } }");
        w.Line();
        w.Summary("Finds a provision by its number, e.g. \"6.3\". Returns false for an id the Code does not have.");
        w.Line("public static bool TryGet(string id, out CodeProvisionInfo provision)");
        w.Line("{");
        w.Line("    foreach (var candidate in s_all)");
        w.Line("    {");
        w.Line("        if (string.Equals(candidate.Id, id, global::System.StringComparison.Ordinal)) { provision = candidate; return true; }");
        w.Line("    }");
        w.Line();
        w.Line("    provision = null;");
        w.Line("    return false;");
        w.Line("}");
        w.Line();
        w.Summary("Finds a provision by its number, e.g. \"6.3\".");
        w.Line("public static CodeProvisionInfo Get(string id)");
        w.Line("{");
        w.Line("    CodeProvisionInfo provision;");
        w.Line("    if (TryGet(id, out provision)) { return provision; }");
        w.Line("    throw new global::System.Collections.Generic.KeyNotFoundException(\"The Complaint Handling Code has no provision \" + id + \".\");");
        w.Line("}");
        w.Line();
        w.Line("public static CodeProvisionInfo Get(Provision provision)");
        w.Line("{");
        w.Line("    foreach (var candidate in s_all) { if (candidate.Provision == provision) { return candidate; } }");
        w.Line("    throw new global::System.ArgumentOutOfRangeException(\"provision\");");
        w.Line("}");
        w.Close();
        return End(w);
    }

    /// <summary>
    /// The run-time accessor of the self-assessment. The build writes the files beside the application after
    /// compiling (the findings are the analyzers' output, so they cannot be compiled in); this reads them.
    /// </summary>
    public static string EmitSelfAssessmentAccessor()
    {
        var w = Begin();
        w.Summary("The Complaint Handling Code self-assessment that the build wrote beside this application (complaint-self-assessment.json, .html, .md), for serving on an admin page.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Open("internal static class ComplaintSelfAssessment");
        w.Line("public const string JsonFileName = \"complaint-self-assessment.json\";");
        w.Line("public const string HtmlFileName = \"complaint-self-assessment.html\";");
        w.Line("public const string MarkdownFileName = \"complaint-self-assessment.md\";");
        w.Line();
        w.Summary("The assessment as JSON (schemaVersion 1), or null when the build wrote none (ComplaintCodeSelfAssessment=false).");
        w.Line("public static string ReadJson() { return Read(JsonFileName); }");
        w.Line();
        w.Summary("The assessment as the Ombudsman's form: a self-contained HTML page, fit to publish; or null.");
        w.Line("public static string ReadHtml() { return Read(HtmlFileName); }");
        w.Line();
        w.Summary("The assessment as Markdown, or null.");
        w.Line("public static string ReadMarkdown() { return Read(MarkdownFileName); }");
        w.Line();
        w.Line("private static string Read(string fileName)");
        w.Line("{");
        w.Line("    var path = global::System.IO.Path.Combine(global::System.AppContext.BaseDirectory, fileName);");
        w.Line("    return global::System.IO.File.Exists(path) ? global::System.IO.File.ReadAllText(path) : null;");
        w.Line("}");
        w.Close();
        return End(w);
    }

    public static string EmitAttributes()
    {
        var w = Begin();
        Attribute(w, "ComplaintWorkflowAttribute", "Class", allowMultiple: false,
            "Marks the complaint workflow under assessment. Diagnostics about provisions that have no evidence (CHC0001) are reported here.");
        w.Summary("Evidence that this declaration implements one or more provisions of the Code.\nExample: [Implements(\"6.2\", \"6.3\")] or [assembly: Implements(\"9.4\", \"9.5\", Evidence = \"Board terms of reference\")].");
        w.Line(Embedded).Line(GeneratedCode);
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]");
        w.Open("internal sealed class ImplementsAttribute : global::System.Attribute");
        w.Summary("Evidence for the given provisions.");
        w.Line("public ImplementsAttribute(params Provision[] provisions) { Provisions = provisions; Ids = new string[0]; }");
        w.Line();
        w.Summary("Evidence for the provisions with the given numbers, e.g. \"6.3\".");
        w.Line("public ImplementsAttribute(params string[] ids) { Ids = ids; Provisions = new Provision[0]; }");
        w.Line();
        w.Line("public Provision[] Provisions { get; private set; }");
        w.Line();
        w.Line("public string[] Ids { get; private set; }");
        w.Line();
        w.Summary("How this declaration evidences the provisions, in the words of the self-assessment.");
        w.Line("public string Evidence { get; set; }");
        w.Line();
        w.Summary("Commentary or explanation for the self-assessment.");
        w.Line("public string Commentary { get; set; }");
        w.Close();
        w.Line();
        Attribute(w, "ComplaintStagesAttribute", "Enum", allowMultiple: false,
            "Marks the enum of complaint stages. The Code allows exactly two stages and no extra named ones (5.2, 5.3).");
        StageAttribute(w, "ExtensionLetterAttribute", "Class | global::System.AttributeTargets.Struct",
            "Marks the type that models an extension letter at the given stage. It must carry the Ombudsman's contact details (6.5, 6.16).");
        StageAttribute(w, "StageResponseLetterAttribute", "Class | global::System.AttributeTargets.Struct",
            "Marks the type that models a stage response letter. It must confirm items a to g of 6.9 (stage 1) or 6.19 (stage 2).");
        Attribute(w, "RefusalLetterAttribute", "Class | global::System.AttributeTargets.Struct", allowMultiple: false,
            "Marks the type that models a decision not to accept a complaint, or not to escalate one. It must give the reasons and the right to take the decision to the Ombudsman (2.4, 5.11).");
        Attribute(w, "OmbudsmanContactDetailsAttribute", "Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Method", allowMultiple: false,
            "Marks a letter member that carries the Housing Ombudsman Service's contact details.");
        w.Summary("Marks a letter member that carries one of the items a stage response letter must confirm.");
        w.Line(Embedded).Line(GeneratedCode);
        w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Method, AllowMultiple = true, Inherited = false)]");
        w.Open("internal sealed class LetterItemAttribute : global::System.Attribute");
        w.Line("public LetterItemAttribute(ResponseLetterItem item) { Item = item; }");
        w.Line();
        w.Line("public ResponseLetterItem Item { get; private set; }");
        w.Close();
        w.Line();
        StageAttribute(w, "ComplaintHandlerAttribute", "Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Method",
            "Marks the member that holds the complaint handler of the given stage. The stage 2 handler must not be the stage 1 handler (6.13).");
        return End(w);
    }

    private static void Attribute(SourceWriter w, string name, string targets, bool allowMultiple, string summary)
    {
        w.Summary(summary);
        w.Line(Embedded).Line(GeneratedCode);
        w.Line($"[global::System.AttributeUsage(global::System.AttributeTargets.{targets}, AllowMultiple = {(allowMultiple ? "true" : "false")}, Inherited = false)]");
        w.Line($"internal sealed class {name} : global::System.Attribute {{ }}");
        w.Line();
    }

    private static void StageAttribute(SourceWriter w, string name, string targets, string summary)
    {
        w.Summary(summary);
        w.Line(Embedded).Line(GeneratedCode);
        w.Line($"[global::System.AttributeUsage(global::System.AttributeTargets.{targets}, AllowMultiple = false, Inherited = false)]");
        w.Open($"internal sealed class {name} : global::System.Attribute");
        w.Line($"public {name}(int stage) {{ Stage = stage; }}");
        w.Line();
        w.Summary("The complaint stage: 1 or 2.");
        w.Line("public int Stage { get; private set; }");
        w.Close();
        w.Line();
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
