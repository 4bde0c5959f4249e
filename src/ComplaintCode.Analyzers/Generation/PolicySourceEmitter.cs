using System.Globalization;
using System.IO;
using System.Linq;
using ComplaintCode.Analyzers.Catalog;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Analyzers.Policy;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>Emits what depends on the landlord's policy file: its constants and the working-day calendar.</summary>
internal static class PolicySourceEmitter
{
    private static readonly string s_workingDaysTemplate = ReadTemplate("WorkingDays.cs");

    public static string EmitPolicy(PolicyFile? policy, bool nullableAnnotations)
    {
        var w = new SourceWriter();
        if (nullableAnnotations)
        {
            w.Line("#nullable enable");
        }

        w.Line().Open("namespace ComplaintCode");
        w.Summary(policy is null
            ? "The landlord's own complaint policy. There is no complaint-policy.yaml, so every timescale is the Code's."
            : $"The landlord's own complaint policy, from {Path.GetFileName(policy.Path)}. Use these numbers in code: they may be stricter than the Code, never looser.");
        w.Line(CodeSourceEmitter.Embedded);
        w.Open("internal static class ComplaintPolicy");
        w.Summary("The landlord's name, from the policy file.");
        w.Line($"public const string{(nullableAnnotations ? "?" : string.Empty)} LandlordName = {SourceWriter.Literal(policy?.Landlord)};");
        foreach (var provision in CodeCatalog.Instance.Timescales)
        {
            var code = provision.Timescale!;
            var local = policy?.Timescales.FirstOrDefault(t => t.Constant == code.Constant);
            var value = local?.Value ?? code.Value;
            w.Line();
            w.Summary($"Provision {provision.Id}: {(local is null ? "the Code's" : "the landlord's")} {(code.Unit == TimescaleUnit.Months ? "limit" : "timescale")} of {value.ToString(CultureInfo.InvariantCulture)} {(code.Unit == TimescaleUnit.Months ? "months" : "working days")}. The Code's is {code.Describe()}.");
            w.Line($"public const int {code.Constant} = {value.ToString(CultureInfo.InvariantCulture)};");
        }

        w.Close();
        w.Line();
        w.Line(CodeSourceEmitter.Embedded);
        w.Open("internal static partial class WorkingDays");
        w.Line("// The landlord's closure days from the policy file, sorted for binary search.");
        w.Line("private static readonly global::System.DateTime[] s_policyClosureDays = new global::System.DateTime[]");
        w.Line("{");
        foreach (var day in policy?.ClosureDays ?? EquatableArray<string>.Empty)
        {
            var parts = day.Split('-');
            w.Line($"    new global::System.DateTime({int.Parse(parts[0], CultureInfo.InvariantCulture)}, {int.Parse(parts[1], CultureInfo.InvariantCulture)}, {int.Parse(parts[2], CultureInfo.InvariantCulture)}),");
        }

        w.Line("};");
        w.Line();
        w.Line("static partial void IsPolicyClosureDay(global::System.DateTime date, ref bool closed)");
        w.Line("{");
        w.Line("    closed = global::System.Array.BinarySearch(s_policyClosureDays, date.Date) >= 0;");
        w.Line("}");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The working-day calendar: the same for every project, so it is post-initialization output.</summary>
    public static string EmitWorkingDays() => new SourceWriter().Raw(s_workingDaysTemplate).ToString();

    private static string ReadTemplate(string name)
    {
        using var stream = typeof(PolicySourceEmitter).Assembly.GetManifestResourceStream("ComplaintCode.Templates." + name)
            ?? throw new System.InvalidOperationException($"Template {name} is missing from the generator assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
