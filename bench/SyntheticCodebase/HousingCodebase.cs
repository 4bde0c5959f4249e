using System.Globalization;
using System.Text;

namespace ComplaintCode.Bench.Synthetic;

/// <summary>One generated source file: a path relative to the project directory and its text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// What the codebase looks like besides its size. The default is the codebase bench/ has always measured; the flags
/// add the shapes the package's cost can depend on, alone or together.
/// </summary>
/// <param name="DenseDates">
/// Every ordinary domain file also has a schedule of dates (AddDays, AddMonths, AddYears, TimeSpan.FromDays, day
/// loops), day and month constants, and enums named like stages, tiers and escalation levels: repairs, rents and
/// tenancies, with no complaint context. This is what the inferred rules (CHC0111, CHC0211-CHC0213) are asked about.
/// </param>
/// <param name="ManyImplements">
/// Each annotated complaint file also has a procedures class with seven more [Implements] members (about 350 more in
/// all), a third of them timescale deadlines the rules check.
/// </param>
public sealed record CodebaseShape(bool DenseDates = false, bool ManyImplements = false)
{
    public static readonly CodebaseShape Default = new();

    /// <summary>The shapes bench/run.sh measures by default, by name.</summary>
    public static readonly IReadOnlyList<string> Names = ["plain", "dates", "implements", "dates+implements"];

    /// <summary>"plain", "dates", "implements" or "dates+implements".</summary>
    public string Name => (DenseDates, ManyImplements) switch
    {
        (false, false) => "plain",
        (true, false) => "dates",
        (false, true) => "implements",
        _ => "dates+implements",
    };

    /// <summary>Reads a <see cref="Name"/>; null for anything else.</summary>
    public static CodebaseShape? Parse(string name)
    {
        var parts = name.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0] == "plain")
        {
            return Default;
        }

        if (parts.Length == 0 || parts.Any(p => p is not ("dates" or "implements")) || parts.Distinct().Count() != parts.Length)
        {
            return null;
        }

        return new CodebaseShape(parts.Contains("dates"), parts.Contains("implements"));
    }
}

/// <summary>
/// A synthetic housing management codebase: ordinary domain code (repairs, rents, tenancies, properties), about
/// 100 lines a file, plus about 50 files of complaint workflow and letter types annotated with the package's
/// attributes, all compliant with the Code. The output is deterministic: the same file count gives the same files.
/// This file is shared (linked) with the BenchmarkDotNet project, so the benchmarks compile the same sources.
/// </summary>
public static class HousingCodebase
{
    public const int DefaultFiles = 2000;

    /// <summary>The files that use the package's attributes. They live under Complaints/.</summary>
    public const string AnnotatedFolder = "Complaints";

    /// <summary>Stand-ins for the generated types, compiled only in the build without the package.</summary>
    public const string StubsPath = "Baseline/ComplaintCodeStubs.cs";

    public const string PolicyPath = "complaint-policy.yaml";

    private static readonly string[] s_allIds =
    [
        "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7",
        "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7", "5.8", "5.9", "5.10", "5.11", "5.12", "5.13",
        "5.14", "5.15", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10", "6.11", "6.12", "6.13",
        "6.14", "6.15", "6.16", "6.17", "6.18", "6.19", "6.20", "7.1", "7.2", "7.3", "7.4", "8.1", "8.2", "8.3", "8.4",
        "8.5", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "9.7", "9.8",
    ];

    // Evidenced by the policy file (governance and publication), as a landlord would.
    private static readonly string[] s_policyIds = ["8.1", "8.2", "8.3", "8.4", "8.5", "9.1", "9.2", "9.3", "9.4", "9.5", "9.6", "9.7", "9.8"];

    // Evidenced by the specific annotated shapes below (timescales, stages, letters, handlers).
    private static readonly string[] s_specialIds = ["2.3", "5.2", "5.3", "6.2", "6.3", "6.4", "6.5", "6.9", "6.11", "6.13", "6.14", "6.15", "6.16", "6.19"];

    private static readonly string[] s_letterItems =
        ["ComplaintStage", "ComplaintDefinition", "Decision", "Reasons", "Remedy", "OutstandingActions", "EscalationRoute"];

    /// <summary>How many of <paramref name="files"/> are annotated complaint files: 50 by default, fewer for tiny codebases.</summary>
    public static int AnnotatedCount(int files) => Math.Clamp(files / 40, Math.Min(7, files), 50);

    public static IEnumerable<SourceFile> Generate(int files, CodebaseShape? shape = null)
    {
        shape ??= CodebaseShape.Default;
        if (files < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(files), "at least one file");
        }

        var annotated = AnnotatedCount(files);
        var genericIds = s_allIds.Except(s_policyIds).Except(s_specialIds).ToArray();
        var slots = Enumerable.Range(0, annotated).Where(j => j % 7 is 0 or 5 or 6).ToArray();
        var perSlot = (genericIds.Length + slots.Length - 1) / slots.Length;
        for (var j = 0; j < annotated; j++)
        {
            var slot = Array.IndexOf(slots, j);
            var ids = slot < 0 ? [] : genericIds.Skip(slot * perSlot).Take(perSlot).ToArray();
            yield return Annotated(j, ids, shape.ManyImplements);
        }

        for (var i = 0; i < files - annotated; i++)
        {
            yield return Domain(i, shape.DenseDates);
        }
    }

    /// <summary>The landlord's policy file: the name, the date, and documents for sections 8 and 9.</summary>
    public static string PolicyFile()
    {
        var b = new StringBuilder();
        b.AppendLine("# Synthetic landlord's complaint policy (bench). Sections 8 and 9 are evidenced by documents;");
        b.AppendLine("# every other provision by [Implements] in Complaints/.");
        b.AppendLine("landlord: Synthetic Housing Association");
        b.AppendLine("assessmentDate: 2025-06-30");
        b.AppendLine("provisions:");
        foreach (var id in s_policyIds)
        {
            b.AppendLine($"  \"{id}\":");
            b.AppendLine("    evidence:");
            b.AppendLine("      - document: Complaints Governance Framework");
            b.AppendLine($"        section: \"{id}\"");
        }

        return b.ToString();
    }

    /// <summary>
    /// A stand-in for the project's generated ComplaintPolicy, so the build without the package compiles the same
    /// 2,000 files. Both builds reference the ComplaintCode library (the package's lib/), whose types cost the compiler
    /// only a metadata reference; what differs is the package's analyzers, generator and build step.
    /// </summary>
    public static string Stubs() => """
        // Stand-in for the ComplaintPolicy that ComplaintCode.Analyzers generates. Compiled only when WithPackage=false.
        namespace ComplaintCode
        {
            internal static class ComplaintPolicy
            {
                public const string? LandlordName = "Synthetic Housing Association";
                public const int ComplaintTimeLimitMonths = 12;
                public const int Stage1AcknowledgementWorkingDays = 5;
                public const int Stage1ResponseWorkingDays = 10;
                public const int Stage1ExtensionWorkingDays = 10;
                public const int Stage2AcknowledgementWorkingDays = 5;
                public const int Stage2ResponseWorkingDays = 20;
                public const int Stage2ExtensionWorkingDays = 20;
                public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
            }
        }

        """;

    // ----------------------------------------------------------------------------------------------------------
    // Annotated complaint files: seven shapes in rotation.

    private static SourceFile Annotated(int j, string[] ids, bool manyImplements)
    {
        var n = j.ToString(CultureInfo.InvariantCulture);
        var ns = $"Synthetic.Housing.Complaints.Module{j / 7}";
        var b = new Code();
        b.L("using ComplaintCode;").L().L($"namespace {ns};").L();
        string name;
        switch (j % 7)
        {
            case 0:
                name = j == 0 ? "ComplaintStage" : $"ComplaintRecords{n}";
                if (j == 0)
                {
                    b.L("/// <summary>The Code's two stages and nothing else.</summary>");
                    b.L("[ComplaintStages]");
                    b.L("[Implements(\"5.2\", \"5.3\", Evidence = \"Stage 1 and stage 2 are the only stages a complaint can be in.\")]");
                    b.L("public enum ComplaintStage").L("{").L("    Stage1 = 1,").L("    Stage2 = 2,").L("}").L();
                    name = $"ComplaintRecords{n}";
                }

                Service(b, name, ids);
                break;
            case 1:
                name = $"ComplaintWorkflow{n}";
                Workflow(b, name);
                break;
            case 2:
                name = $"Stage1ResponseLetter{n}";
                ResponseRecord(b, name);
                break;
            case 3:
                name = $"Stage2ResponseLetter{n}";
                ResponseClass(b, name);
                break;
            case 4:
                name = $"ExtensionLetter{n}";
                Extension(b, name);
                break;
            case 5:
                name = $"ComplaintDeadlines{n}";
                Deadlines(b, name, ids);
                break;
            default:
                name = $"ComplaintCaseLog{n}";
                Service(b, name, ids);
                break;
        }

        if (manyImplements)
        {
            Procedures(b, name, j);
        }

        return new SourceFile($"{AnnotatedFolder}/Module{j / 7}/{name}.cs", b.ToString());
    }

    private static void Workflow(Code b, string name)
    {
        b.L("/// <summary>The complaint workflow of one service area.</summary>");
        b.L("[ComplaintWorkflow]");
        b.L($"public sealed class {name}").L("{");
        b.L("    [Implements(\"6.2\", Evidence = \"Stage 1 acknowledgement within 5 working days.\")]");
        b.L("    public const int Stage1AcknowledgementWorkingDays = 5;").L();
        b.L("    [Implements(\"6.3\", Evidence = \"Stage 1 response within 10 working days.\")]");
        b.L("    public const int Stage1ResponseWorkingDays = 10;").L();
        b.L("    [Implements(\"6.4\", Evidence = \"A stage 1 extension is at most 10 working days.\")]");
        b.L("    public const int Stage1ExtensionWorkingDays = 10;").L();
        b.L("    [Implements(\"6.14\", Evidence = \"Stage 2 response within 20 working days.\")]");
        b.L("    public const int Stage2ResponseWorkingDays = 20;").L();
        b.L("    private readonly List<string> _history = new();").L();
        b.L("    [ComplaintHandler(1)] public string Stage1Handler { get; set; } = \"\";").L();
        b.L("    [ComplaintHandler(2)] public string Stage2Handler { get; set; } = \"\";").L();
        b.L("    public IReadOnlyList<string> History => _history;").L();
        b.L("    [Implements(\"6.2\", Evidence = \"Acknowledgement deadline in working days.\")]");
        b.L("    public DateOnly AcknowledgeBy(DateOnly received)");
        b.L("        => ComplaintPolicy.Calendar.Add(received, ComplaintPolicy.Stage1AcknowledgementWorkingDays);").L();
        b.L("    [Implements(\"6.3\", Evidence = \"Stage 1 response deadline in working days.\")]");
        b.L("    public DateOnly RespondBy(DateOnly acknowledged)");
        b.L("        => ComplaintPolicy.Calendar.Add(acknowledged, ComplaintPolicy.Stage1ResponseWorkingDays);").L();
        b.L("    [Implements(\"6.14\", Evidence = \"Stage 2 response deadline in working days.\")]");
        b.L("    public DateOnly RespondAtStage2By(DateOnly acknowledged)");
        b.L("        => ComplaintPolicy.Calendar.Add(acknowledged, ComplaintPolicy.Stage2ResponseWorkingDays);").L();
        b.L("    [Implements(\"6.13\", Evidence = \"The stage 2 handler is never the stage 1 handler.\")]");
        b.L("    public void AssignStage2(IEnumerable<string> managers)");
        b.L("    {");
        b.L("        Stage2Handler = managers.First(m => m != Stage1Handler);");
        b.L("        _history.Add($\"stage 2 assigned to {Stage2Handler}\");");
        b.L("    }").L();
        b.L("    public void AssignStage1(IReadOnlyList<string> officers, int caseNumber)");
        b.L("    {");
        b.L("        if (officers.Count == 0)");
        b.L("        {");
        b.L("            throw new InvalidOperationException(\"No complaints officer is available.\");");
        b.L("        }").L();
        b.L("        Stage1Handler = officers[caseNumber % officers.Count];");
        b.L("        _history.Add($\"stage 1 assigned to {Stage1Handler}\");");
        b.L("    }").L();
        b.L("    public int OpenDays(DateOnly received, DateOnly today)");
        b.L("    {");
        b.L("        var days = 0;");
        b.L("        for (var d = received; d < today; d = d.AddDays(1))");
        b.L("        {");
        b.L("            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))");
        b.L("            {");
        b.L("                days++;");
        b.L("            }");
        b.L("        }").L();
        b.L("        return days;");
        b.L("    }");
        b.L("}");
    }

    private static void ResponseRecord(Code b, string name)
    {
        b.L("/// <summary>A stage 1 response letter: items a to g of 6.9, one positional member each.</summary>");
        b.L("[StageResponseLetter(1)]");
        b.L("[Implements(\"6.9\", Evidence = \"Each of items a to g is a member of the letter.\")]");
        b.L($"public sealed record {name}(");
        for (var k = 0; k < s_letterItems.Length; k++)
        {
            var type = k switch { 0 => "int", 4 => "IReadOnlyList<string>", 5 => "IReadOnlyList<string>", _ => "string" };
            var param = k switch { 0 => "Stage", 1 => "Definition", 2 => "Decision", 3 => "Reasons", 4 => "Remedies", 5 => "OutstandingActions", _ => "EscalationRoute" };
            b.L($"    [LetterItem(ResponseLetterItem.{s_letterItems[k]})] {type} {param}{(k < s_letterItems.Length - 1 ? "," : ")")}");
        }

        b.L("{");
        LetterBody(b);
        b.L("}");
    }

    private static void ResponseClass(Code b, string name)
    {
        b.L("/// <summary>A stage 2 response letter: items a to g of 6.19 and the Ombudsman's details.</summary>");
        b.L("[StageResponseLetter(2)]");
        b.L("[Implements(\"6.19\", Evidence = \"Each of items a to g is a member of the letter.\")]");
        b.L($"public sealed class {name}").L("{");
        b.L("    [LetterItem(ResponseLetterItem.ComplaintStage)] public int Stage { get; init; } = 2;").L();
        b.L("    [LetterItem(ResponseLetterItem.ComplaintDefinition)] public string Definition { get; init; } = \"\";").L();
        b.L("    [LetterItem(ResponseLetterItem.Decision)] public string Decision { get; init; } = \"\";").L();
        b.L("    [LetterItem(ResponseLetterItem.Reasons)] public string Reasons { get; init; } = \"\";").L();
        b.L("    [LetterItem(ResponseLetterItem.Remedy)] public IReadOnlyList<string> Remedies { get; init; } = [];").L();
        b.L("    [LetterItem(ResponseLetterItem.OutstandingActions)] public IReadOnlyList<string> OutstandingActions { get; init; } = [];").L();
        b.L("    [LetterItem(ResponseLetterItem.EscalationRoute)]");
        b.L("    public string EscalationRoute => $\"Not satisfied? Refer it to the {OmbudsmanContact.Name}: {OmbudsmanContact.Telephone}\";").L();
        b.L("    public OmbudsmanContact Ombudsman { get; } = new();").L();
        LetterBody(b);
        b.L("}");
    }

    private static void LetterBody(Code b)
    {
        b.L("    public IEnumerable<string> Lines()");
        b.L("    {");
        b.L("        yield return $\"a. Stage {Stage} of 2\";");
        b.L("        yield return $\"b. Your complaint: {Definition}\";");
        b.L("        yield return $\"c. Decision: {Decision}\";");
        b.L("        yield return $\"d. Reasons: {Reasons}\";");
        b.L("        yield return \"e. Remedy: \" + (Remedies.Count == 0 ? \"none\" : string.Join(\"; \", Remedies));");
        b.L("        yield return \"f. Outstanding: \" + string.Join(\"; \", OutstandingActions.DefaultIfEmpty(\"none\"));");
        b.L("        yield return $\"g. {EscalationRoute}\";");
        b.L("    }").L();
        b.L("    public string Render(string residentName)");
        b.L("    {");
        b.L("        var text = new System.Text.StringBuilder();");
        b.L("        text.AppendLine($\"Dear {residentName},\");");
        b.L("        foreach (var line in Lines())");
        b.L("        {");
        b.L("            text.AppendLine(line);");
        b.L("        }").L();
        b.L("        return text.ToString();");
        b.L("    }").L();
        b.L("    public int WordCount() => Lines().Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);");
    }

    private static void Extension(Code b, string name)
    {
        b.L("/// <summary>An extension letter at stage 1: the reason, the new date and the Ombudsman's details.</summary>");
        b.L("[ExtensionLetter(1)]");
        b.L("[Implements(\"6.5\", Evidence = \"The letter carries an OmbudsmanContact member.\")]");
        b.L($"public sealed record {name}(string Reason, DateOnly NewDueDate, int UpdateIntervalWorkingDays)").L("{");
        b.L("    public OmbudsmanContact Ombudsman { get; } = new();").L();
        b.L("    public IEnumerable<string> Lines()");
        b.L("    {");
        b.L("        yield return $\"We need more time: {Reason}\";");
        b.L("        yield return $\"New response date: {NewDueDate:d MMM yyyy}\";");
        b.L("        yield return $\"We will update you every {UpdateIntervalWorkingDays} working days.\";");
        b.L("        yield return $\"You can contact the {OmbudsmanContact.Name}: {OmbudsmanContact.Telephone}, {OmbudsmanContact.Website}\";");
        b.L("    }");
        b.L("}").L();
        b.L("/// <summary>An extension letter at stage 2.</summary>");
        b.L("[ExtensionLetter(2)]");
        b.L("[Implements(\"6.16\", Evidence = \"The letter carries an OmbudsmanContact member.\")]");
        b.L($"public sealed class {name}Stage2").L("{");
        b.L("    public string Reason { get; init; } = \"\";").L();
        b.L("    public DateOnly NewDueDate { get; init; }").L();
        b.L("    public OmbudsmanContact Ombudsman { get; } = new();").L();
        b.L("    public bool IsWithinLimit(DateOnly currentDue)");
        b.L("        => NewDueDate <= WorkingDays.Add(currentDue, ComplaintPolicy.Stage2ExtensionWorkingDays);");
        b.L("}");
    }

    private static void Deadlines(Code b, string name, string[] ids)
    {
        b.L("/// <summary>Complaint deadlines, in working days from the policy's timescales.</summary>");
        b.L($"public static class {name}").L("{");
        b.L("    [Implements(\"6.11\", Evidence = \"Stage 2 acknowledgement within 5 working days.\")]");
        b.L("    public static DateOnly Stage2AcknowledgementDue(DateOnly requestedOn)");
        b.L("        => ComplaintPolicy.Calendar.Add(requestedOn, ComplaintPolicy.Stage2AcknowledgementWorkingDays);").L();
        b.L("    [Implements(\"6.15\", Evidence = \"A stage 2 extension is at most 20 working days.\")]");
        b.L("    public static DateOnly Stage2Extension(DateOnly currentDue, int extraWorkingDays)");
        b.L("    {");
        b.L("        if (extraWorkingDays < 1 || extraWorkingDays > ComplaintPolicy.Stage2ExtensionWorkingDays)");
        b.L("        {");
        b.L("            throw new ArgumentOutOfRangeException(nameof(extraWorkingDays));");
        b.L("        }").L();
        b.L("        return WorkingDays.Add(currentDue, extraWorkingDays);");
        b.L("    }").L();
        b.L("    [Implements(\"2.3\", Evidence = \"Complaints within 12 months of the issue are accepted.\")]");
        b.L("    public static bool WithinTimeLimit(DateOnly noticedOn, DateOnly receivedOn)");
        b.L("        => noticedOn.AddMonths(ComplaintPolicy.ComplaintTimeLimitMonths) >= receivedOn;").L();
        Evidenced(b, ids);
        b.L("}");
    }

    private static void Service(Code b, string name, string[] ids)
    {
        b.L("/// <summary>Part of the complaint case record.</summary>");
        b.L($"public sealed class {name}").L("{");
        b.L("    private readonly Dictionary<string, List<string>> _entries = new();").L();
        b.L("    public int Count => _entries.Sum(e => e.Value.Count);").L();
        b.L("    public void Record(string reference, string entry)");
        b.L("    {");
        b.L("        if (!_entries.TryGetValue(reference, out var list))");
        b.L("        {");
        b.L("            list = new List<string>();");
        b.L("            _entries[reference] = list;");
        b.L("        }").L();
        b.L("        list.Add(entry);");
        b.L("    }").L();
        Evidenced(b, ids);
        b.L("    public IEnumerable<string> References() => _entries.Keys.OrderBy(k => k, StringComparer.Ordinal);");
        b.L("}");
    }

    private static void Evidenced(Code b, string[] ids)
    {
        foreach (var id in ids)
        {
            var method = "Provision" + id.Replace('.', '_');
            b.L($"    [Implements(\"{id}\", Evidence = \"{method} keeps a record of how provision {id} is met.\")]");
            b.L($"    public static string {method}(IEnumerable<string> notes)");
            b.L("    {");
            b.L("        var kept = notes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();");
            b.L($"        return kept.Count == 0 ? \"{id}: nothing recorded\" : \"{id}: \" + string.Join(\", \", kept);");
            b.L("    }").L();
        }
    }

    // Provisions a procedures class may name besides the timescales: none of them has a rule of its own beyond evidence.
    private static readonly string[] s_procedureIds =
        ["1.2", "1.3", "3.1", "3.2", "3.3", "4.1", "5.1", "5.4", "5.5", "5.6", "6.1", "6.6", "6.7", "6.8", "6.10", "6.12", "6.17", "6.18", "6.20", "7.1", "7.2", "7.3", "7.4"];

    /// <summary>Seven more [Implements] members: two deadlines in working days, a time-limit check, four procedures.</summary>
    private static void Procedures(Code b, string name, int j)
    {
        var (deadlineId, deadlineConstant) = (j % 4) switch
        {
            0 => ("6.2", "Stage1AcknowledgementWorkingDays"),
            1 => ("6.3", "Stage1ResponseWorkingDays"),
            2 => ("6.11", "Stage2AcknowledgementWorkingDays"),
            _ => ("6.14", "Stage2ResponseWorkingDays"),
        };
        b.L().L($"/// <summary>How {name}'s service area handles each step of a complaint.</summary>");
        b.L($"public static class {name}Procedures").L("{");
        b.L($"    [Implements(\"{deadlineId}\", Evidence = \"The due date in working days from the policy.\")]");
        b.L("    public static DateOnly DueOn(DateOnly from)");
        b.L($"        => ComplaintPolicy.Calendar.Add(from, ComplaintPolicy.{deadlineConstant});").L();
        b.L($"    [Implements(\"{deadlineId}\", Evidence = \"The working days the policy allows.\")]");
        b.L($"    public const int AllowedWorkingDays = ComplaintPolicy.{deadlineConstant};").L();
        b.L("    [Implements(\"2.3\", Evidence = \"Accepted within twelve months.\")]");
        b.L("    public static bool InTime(DateOnly noticedOn, DateOnly receivedOn)");
        b.L("        => noticedOn.AddMonths(ComplaintPolicy.ComplaintTimeLimitMonths) >= receivedOn;").L();
        for (var k = 0; k < 4; k++)
        {
            var id = s_procedureIds[(j * 4 + k) % s_procedureIds.Length];
            var method = $"Step{k}_{id.Replace('.', '_')}";
            b.L($"    [Implements(\"{id}\", Evidence = \"{method} records how provision {id} is met.\")]");
            b.L($"    public static string {method}(string reference, IReadOnlyList<string> notes)");
            b.L($"        => notes.Count == 0 ? $\"{{reference}}: {id} has nothing recorded\" : $\"{{reference}}: {id}: {{string.Join(\", \", notes)}}\";").L();
        }

        b.L("}");
    }

    // ----------------------------------------------------------------------------------------------------------
    // Ordinary domain code: four areas, ~100 lines a file, each file using the type of the file before it.

    private sealed record Area(string Namespace, string Noun, string Item, string Category, string Money, string Party);

    private static readonly Area[] s_areas =
    [
        new("Repairs", "RepairJob", "RepairTask", "Trade", "Cost", "Contractor"),
        new("Rents", "RentAccount", "RentCharge", "ChargeType", "Amount", "Tenant"),
        new("Tenancies", "Tenancy", "TenancyEvent", "EventKind", "Deposit", "Household"),
        new("Properties", "PropertyAsset", "Component", "Element", "Valuation", "Surveyor"),
    ];

    private static SourceFile Domain(int i, bool denseDates)
    {
        var area = s_areas[i % s_areas.Length];
        var index = i / s_areas.Length;
        var group = index / 50;
        var n = index.ToString(CultureInfo.InvariantCulture);
        var type = $"{area.Noun}{n}";
        var item = $"{area.Item}{n}";
        var status = $"{type}Status";
        var ns = $"Synthetic.Housing.{area.Namespace}.Group{group}";
        string? previous = index == 0 ? null : $"Synthetic.Housing.{area.Namespace}.Group{(index - 1) / 50}.{area.Noun}{index - 1}";
        var seed = (i * 7919) % 97;

        var b = new Code();
        b.L($"namespace {ns};").L();
        b.L($"public enum {status} {{ Draft, Open, Scheduled, InProgress, Completed, Cancelled }}").L();
        b.L($"public sealed record {item}(string Description, string {area.Category}, decimal {area.Money}, int Quantity, DateOnly DueOn);").L();
        b.L($"/// <summary>A {area.Noun.ToLowerInvariant()} of the synthetic housing system ({area.Namespace.ToLowerInvariant()}).</summary>");
        b.L($"public sealed class {type}").L("{");
        b.L($"    private readonly List<{item}> _items = new();");
        b.L("    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);").L();
        b.L($"    public {type}(string reference, string {Camel(area.Party)}, DateOnly openedOn)");
        b.L("    {");
        b.L("        Reference = reference ?? throw new ArgumentNullException(nameof(reference));");
        b.L($"        {area.Party} = {Camel(area.Party)};");
        b.L("        OpenedOn = openedOn;");
        b.L($"        Status = {status}.Draft;");
        b.L("    }").L();
        b.L("    public string Reference { get; }");
        b.L($"    public string {area.Party} {{ get; private set; }}");
        b.L("    public DateOnly OpenedOn { get; }");
        b.L($"    public {status} Status {{ get; private set; }}");
        b.L("    public string? Notes { get; set; }").L();
        b.L($"    public IReadOnlyList<{item}> Items => _items;").L();
        b.L($"    public void Add(string description, string {Camel(area.Category)}, decimal {Camel(area.Money)}, int quantity, DateOnly dueOn)");
        b.L("    {");
        b.L($"        if (quantity <= 0 || {Camel(area.Money)} < 0)");
        b.L("        {");
        b.L("            throw new ArgumentOutOfRangeException(nameof(quantity));");
        b.L("        }").L();
        b.L($"        _items.Add(new {item}(description, {Camel(area.Category)}, {Camel(area.Money)}, quantity, dueOn));");
        b.L($"        _counters[{Camel(area.Category)}] = _counters.TryGetValue({Camel(area.Category)}, out var count) ? count + 1 : 1;");
        b.L("    }").L();
        b.L("    public decimal Total()");
        b.L("    {");
        b.L("        decimal total = 0;");
        b.L("        foreach (var entry in _items)");
        b.L("        {");
        b.L($"            total += entry.{area.Money} * entry.Quantity;");
        b.L("        }").L();
        b.L($"        return Math.Round(total * {(1 + seed / 100m).ToString("0.00", CultureInfo.InvariantCulture)}m, 2);");
        b.L("    }").L();
        b.L($"    public IEnumerable<string> LargeItems(decimal threshold)");
        b.L($"        => _items.Where(x => x.{area.Money} * x.Quantity > threshold).OrderByDescending(x => x.{area.Money}).Select(x => x.Description);").L();
        b.L($"    public Dictionary<string, decimal> By{area.Category}()");
        b.L($"        => _items.GroupBy(x => x.{area.Category}).ToDictionary(g => g.Key, g => g.Sum(x => x.{area.Money} * x.Quantity));").L();
        b.L("    public int Overdue(DateOnly today) => _items.Count(x => x.DueOn < today);").L();
        b.L("    public string Describe() => Status switch");
        b.L("    {");
        b.L($"        {status}.Draft => $\"{{Reference}} is a draft\",");
        b.L($"        {status}.Open => $\"{{Reference}} is open with {{_items.Count}} items\",");
        b.L($"        {status}.Scheduled => $\"{{Reference}} is scheduled for {area.Party.ToLowerInvariant()} {{{area.Party}}}\",");
        b.L($"        {status}.InProgress => $\"{{Reference}} is in progress: {{Total():0.00}}\",");
        b.L($"        {status}.Completed => $\"{{Reference}} is complete\",");
        b.L("        _ => $\"{Reference} is cancelled\",");
        b.L("    };").L();
        b.L("    public void Advance(DateOnly today)");
        b.L("    {");
        b.L("        switch (Status)");
        b.L("        {");
        b.L($"            case {status}.Draft when _items.Count > 0:");
        b.L($"                Status = {status}.Open;");
        b.L("                break;");
        b.L($"            case {status}.Open:");
        b.L($"                Status = Overdue(today) > {1 + seed % 3} ? {status}.InProgress : {status}.Scheduled;");
        b.L("                break;");
        b.L($"            case {status}.Scheduled or {status}.InProgress:");
        b.L($"                Status = _items.All(x => x.DueOn <= today) ? {status}.Completed : {status}.InProgress;");
        b.L("                break;");
        b.L("        }");
        b.L("    }").L();
        b.L($"    public void Reassign(string {Camel(area.Party)}, string reason) => ({area.Party}, Notes) = ({Camel(area.Party)}, Notes + Environment.NewLine + reason);").L();
        b.L("    public int CountOf(string key) => _counters.TryGetValue(key, out var value) ? value : 0;");
        b.L("}").L();
        b.L($"public static class {type}Rules").L("{");
        b.L($"    public const int Threshold = {100 + seed * 10};").L();
        b.L($"    public static bool NeedsApproval({type} value) => value.Total() > Threshold || value.Items.Count > {5 + seed % 7};").L();
        b.L($"    public static {type} Merge({type} left, {type} right)");
        b.L("    {");
        b.L($"        var merged = new {type}(left.Reference + \"+\" + right.Reference, left.{area.Party}, left.OpenedOn < right.OpenedOn ? left.OpenedOn : right.OpenedOn);");
        b.L("        foreach (var x in left.Items.Concat(right.Items))");
        b.L("        {");
        b.L($"            merged.Add(x.Description, x.{area.Category}, x.{area.Money}, x.Quantity, x.DueOn);");
        b.L("        }").L();
        b.L("        return merged;");
        b.L("    }");
        if (previous is not null)
        {
            b.L();
            b.L($"    public static decimal Compare({type} value, {previous} earlier)");
            b.L("        => value.Total() - earlier.Total();");
        }

        b.L("}");
        if (denseDates)
        {
            Schedule(b, area, type, seed);
        }

        return new SourceFile($"{area.Namespace}/Group{group}/{type}.cs", b.ToString());
    }

    /// <summary>
    /// A service area's dates, as housing code is full of them: response and inspection targets, notice periods,
    /// reviews, instalments, escalation tiers and stages of a repair or an arrears case. None of it is about complaints,
    /// and some of it uses the words complaint code uses (response, acknowledge, stage, extension, deadline).
    /// </summary>
    private static void Schedule(Code b, Area area, string type, int seed)
    {
        var priority = $"{type}Priority";
        var stage = $"{type}Stage";
        var tier = $"{type}EscalationLevel";
        b.L();
        b.L($"public enum {priority} {{ Emergency, Urgent, Routine, Planned }}").L();
        b.L($"public enum {stage} {{ Reported, Inspected, Ordered, Completed, Signedoff }}").L();
        b.L($"public enum {tier} {{ None, Supervisor, Manager, Director }}").L();
        b.L($"public enum {type}Tier {{ Standard, Enhanced, Premium }}").L();
        b.L($"/// <summary>The dates of a {area.Noun.ToLowerInvariant()}: targets, reviews and notice periods.</summary>");
        b.L($"public static class {type}Schedule").L("{");
        b.L($"    public const int InspectionDays = {5 + seed % 9};");
        b.L($"    public const int NoticePeriodDays = {28 + seed % 3 * 7};");
        b.L("    public const int ReviewMonths = 12;");
        b.L($"    public const int TargetResponseDays = {(seed % 2 == 0 ? 20 : 28)};").L();
        b.L($"    public static DateOnly DueBy(DateOnly reportedOn, {priority} priority) => priority switch");
        b.L("    {");
        b.L($"        {priority}.Emergency => reportedOn.AddDays(1),");
        b.L($"        {priority}.Urgent => reportedOn.AddDays({3 + seed % 4}),");
        b.L($"        {priority}.Routine => reportedOn.AddDays(TargetResponseDays),");
        b.L("        _ => reportedOn.AddDays(90),");
        b.L("    };").L();
        b.L("    public static DateOnly ResponseDue(DateOnly reportedOn) => reportedOn.AddDays(InspectionDays);").L();
        b.L("    public static DateOnly AcknowledgeBy(DateOnly received) => received.AddDays(2);").L();
        b.L("    public static DateOnly ExtendDeadline(DateOnly due, int days) => due.AddDays(days);").L();
        b.L("    public static DateTime NextReview(DateTime last) => last.AddMonths(ReviewMonths);").L();
        b.L("    public static DateTime RenewalDate(DateTime start) => start.AddYears(1).AddDays(-1);").L();
        b.L("    public static TimeSpan GracePeriod => TimeSpan.FromDays(14);").L();
        b.L("    public static bool IsOverdue(DateTime due, DateTime now) => now > due.AddHours(48);").L();
        b.L($"    public static DateOnly Escalate(DateOnly raised, {tier} level) => level switch");
        b.L("    {");
        b.L($"        {tier}.Supervisor => raised.AddDays(5),");
        b.L($"        {tier}.Manager => raised.AddDays(10),");
        b.L($"        {tier}.Director => raised.AddMonths(1),");
        b.L("        _ => raised,");
        b.L("    };").L();
        b.L($"    public static {stage} Next({stage} current) => current == {stage}.Signedoff ? current : current + 1;").L();
        b.L("    public static IEnumerable<DateOnly> Instalments(DateOnly first, int count)");
        b.L("    {");
        b.L("        for (var i = 0; i < count; i++)");
        b.L("        {");
        b.L("            yield return first.AddMonths(i);");
        b.L("        }");
        b.L("    }").L();
        b.L("    public static int WeekdaysBetween(DateOnly from, DateOnly to)");
        b.L("    {");
        b.L("        var count = 0;");
        b.L("        for (var d = from; d < to; d = d.AddDays(1))");
        b.L("        {");
        b.L("            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))");
        b.L("            {");
        b.L("                count++;");
        b.L("            }");
        b.L("        }").L();
        b.L("        return count;");
        b.L("    }").L();
        b.L("    public static DateOnly NoticeEnds(DateOnly served)");
        b.L("    {");
        b.L("        var end = served.AddDays(NoticePeriodDays);");
        b.L("        return end.DayOfWeek == DayOfWeek.Sunday ? end.AddDays(1) : end;");
        b.L("    }");
        b.L("}");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private sealed class Code
    {
        private readonly StringBuilder _b = new();

        public Code L(string line = "")
        {
            _b.Append(line).Append('\n');
            return this;
        }

        public override string ToString() => _b.ToString();
    }
}
