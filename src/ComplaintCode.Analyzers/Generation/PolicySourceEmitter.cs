using System.Globalization;
using System.IO;
using System.Linq;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Model;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>Emits what depends on the landlord's policy file: ComplaintPolicy, its constants and its working-day calendar.</summary>
internal static class PolicySourceEmitter
{
    /// <summary>
    /// ComplaintPolicy is each project's own, and internal. [Embedded] keeps a project that sees another's internals
    /// (a test project with InternalsVisibleTo) from meeting two of them (CS0436).
    /// </summary>
    internal const string Embedded = "[global::Microsoft.CodeAnalysis.EmbeddedAttribute]";

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
        w.Line(Embedded);
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

        w.Line();
        w.Summary(policy is null || policy.ClosureDays.Count == 0
            ? "The landlord's working-day calendar: weekends and England and Wales bank holidays. The policy file lists no closure days."
            : $"The landlord's working-day calendar: weekends, England and Wales bank holidays, and the {policy.ClosureDays.Count.ToString(CultureInfo.InvariantCulture)} closure days of {Path.GetFileName(policy.Path)}. Count the landlord's deadlines with it.");
        w.Line("public static readonly global::ComplaintCode.WorkingDayCalendar Calendar = new global::ComplaintCode.WorkingDayCalendar(new global::System.DateTime[]");
        w.Line("{");
        foreach (var day in policy?.ClosureDays ?? EquatableArray<string>.Empty)
        {
            var parts = day.Split('-');
            w.Line($"    new global::System.DateTime({int.Parse(parts[0], CultureInfo.InvariantCulture)}, {int.Parse(parts[1], CultureInfo.InvariantCulture)}, {int.Parse(parts[2], CultureInfo.InvariantCulture)}),");
        }

        w.Line("});");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
