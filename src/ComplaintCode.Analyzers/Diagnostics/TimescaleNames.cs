using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Which of the Code's timescales an unannotated member is, from its name and the names around it:
/// <c>Stage1ResponseWorkingDays</c> is 6.3, <c>AcknowledgeBy</c> in <c>ComplaintDeadlines</c> is 6.2,
/// <c>ComplaintTimeLimitMonths</c> is 2.3. Names are compared in lower case without underscores.
/// </summary>
internal static class TimescaleNames
{
    // The Code's own names for its timescales, as the generated ComplaintPolicy constants spell them: a member named
    // Stage1ResponseWorkingDays says which timescale it is wherever it sits.
    private static readonly string[] s_codeConstants = CodeCatalog.Instance.Timescales.Select(p => p.Timescale!.Constant).ToArray();

    // The first letters of those names ("Stage", "Compl"): a name without one of them contains none of the names.
    private static readonly string[] s_constantStarts = s_codeConstants.Select(c => c.Substring(0, Math.Min(5, c.Length))).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>
    /// The cheap first question, asked of every member before any string is made: could its names say a timescale at
    /// all? True in complaint code, and for a name that contains one of the Code's timescale names.
    /// </summary>
    public static bool MayName(string memberName, bool complaintCode)
    {
        if (complaintCode || InferredComplaintCode.SaysComplaint(memberName))
        {
            return true;
        }

        var name = memberName.IndexOf('_') >= 0 ? memberName.Replace("_", string.Empty) : memberName;
        if (!ContainsAny(name, s_constantStarts))
        {
            // Asked of every identifier of ordinary code: most share no start with any of the Code's names.
            return false;
        }

        foreach (var constant in s_codeConstants)
        {
            if (name.IndexOf(constant, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string name, string[] values)
    {
        foreach (var value in values)
        {
            if (name.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of a type and the types around it, as <see cref="Infer"/> reads them.</summary>
    public static string TypeNames(INamedTypeSymbol type)
    {
        var names = string.Empty;
        for (var t = type; t is not null; t = t.ContainingType)
        {
            names += "|" + InferredComplaintCode.Normalise(t.Name);
        }

        return names;
    }

    /// <summary>What the name says, or null when it says no timescale of the Code. Ask only when <see cref="MayName"/> is true.</summary>
    /// <param name="memberName">The member, or the variable or property the value is assigned to.</param>
    /// <param name="typeNames">The <see cref="TypeNames"/> of the member's type.</param>
    /// <param name="requireUnit">For a number rather than a deadline: the name must say days (or months, for 2.3).</param>
    public static (ImmutableArray<CodeProvision> Provisions, string Description)? Infer(string memberName, string typeNames, bool requireUnit)
    {
        var member = InferredComplaintCode.Normalise(memberName);
        var types = typeNames;
        if (Patterns.NotADeadline.IsMatch(member))
        {
            return null;
        }

        var stage = StageOf(member) ?? StageOf(types);
        var kind = KindOf(member);
        if (kind is null && Patterns.Deadline.IsMatch(member))
        {
            kind = KindOf(types) ?? (stage is not null && (member.Contains("due") || member.Contains("deadline")) ? Kind.Response : null);
        }

        var inDays = member.Contains("day");
        (string? Id, string Description) found = (kind, stage) switch
        {
            (Kind.Acknowledgement, 2) => ("6.11", "the stage 2 acknowledgement"),
            (Kind.Acknowledgement, _) => ("6.2", stage is null ? "the acknowledgement" : "the stage 1 acknowledgement"),
            (Kind.Response, 1) => ("6.3", "the stage 1 response"),
            (Kind.Response, 2) => ("6.14", "the stage 2 response"),
            (Kind.Extension, 1) => ("6.4", "a stage 1 extension"),
            (Kind.Extension, 2) => ("6.15", "a stage 2 extension"),
            (Kind.TimeLimit, _) when (!requireUnit || inDays || member.Contains("month")) => ("2.3", "the complaint time limit"),
            _ => (null, string.Empty),
        };
        if (found.Id is null || (requireUnit && found.Id != "2.3" && !inDays))
        {
            return null;
        }

        return (ImmutableArray.Create(CodeCatalog.Instance.Get(found.Id)), found.Description);
    }

    private enum Kind
    {
        Acknowledgement,
        Response,
        Extension,
        TimeLimit,
    }

    private static Kind? KindOf(string name)
        => name.Contains("extension") || name.Contains("extend") ? Kind.Extension
            : name.Contains("acknowledg") ? Kind.Acknowledgement
            : name.Contains("respon") || name.Contains("reply") ? Kind.Response
            : Patterns.TimeLimit.IsMatch(name) ? Kind.TimeLimit
            : null;

    private static int? StageOf(string name)
    {
        var match = Patterns.Stage.Match(name);
        return !match.Success ? null : match.Value is "stage1" or "stageone" or "firststage" ? 1 : 2;
    }

    /// <summary>
    /// The patterns <see cref="Infer"/> reads names with, in a class of their own so that they are built only when a
    /// name is read further, in complaint code, and not by the cheap question every compile asks.
    /// </summary>
    private static class Patterns
    {
        // Stage 1 or 2, not Stage10 or Stage12.
        public static readonly Regex Stage = new("stage(1|2|one|two)(?![0-9])|(first|second)stage", RegexOptions.CultureInvariant);

        // A member whose name says it is the deadline itself or a count of days may take its kind from its type
        // (Stage1Response.DueDate, Stage2Extension.WorkingDays).
        public static readonly Regex Deadline = new("due|deadline|target|limit|expir|day|month|by$", RegexOptions.CultureInvariant);

        // Complaint code that looks back or keeps records: a reminder two days before, complaints since a date, how long
        // to keep them. Not the Code's deadlines.
        public static readonly Regex NotADeadline = new("remind|chase|retention|retain|archive|purge|cache|token|cookie|session|report|since|ago|history|lookback", RegexOptions.CultureInvariant);

        // Words for the complaint time limit (2.3).
        public static readonly Regex TimeLimit = new("timelimit|window|cutoff|outoftime|eligib|limitation|acceptwithin", RegexOptions.CultureInvariant);
    }
}
