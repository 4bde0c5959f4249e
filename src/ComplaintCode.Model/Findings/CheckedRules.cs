using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Model.Findings;

/// <summary>
/// What each rule that records checks (<see cref="RuleCheck"/>) verifies, in words a governing body reads. The
/// self-assessment's "checked by the build" text is composed from these, the provision's catalog entry and the counts
/// the analyzers recorded: never from a diagnostic's message.
/// </summary>
/// <remarks>
/// Only the rules on annotated code are here: a rule inferred from names (CHC0111, CHC0211...) is a guess, and a
/// guess that found nothing proves nothing.
/// </remarks>
public static class CheckedRules
{
    public const string MoreThanTwoStages = "CHC0101";
    public const string ExtraNamedStage = "CHC0102";
    public const string TimescaleTooLong = "CHC0201";
    public const string CalendarDaysForWorkingDays = "CHC0202";
    public const string ComplaintTimeLimitTooShort = "CHC0203";
    public const string ExtensionLetterLacksOmbudsmanContact = "CHC0301";
    public const string StageResponseLetterLacksItems = "CHC0302";
    public const string RefusalLetterIncomplete = "CHC0303";
    public const string Stage2HandlerNotSeparated = "CHC0401";

    /// <summary>Every rule that records checks, in id order.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        MoreThanTwoStages, ExtraNamedStage, TimescaleTooLong, CalendarDaysForWorkingDays, ComplaintTimeLimitTooShort,
        ExtensionLetterLacksOmbudsmanContact, StageResponseLetterLacksItems, RefusalLetterIncomplete, Stage2HandlerNotSeparated,
    };

    /// <summary>
    /// What <paramref name="rule"/> verifies about code that implements <paramref name="provision"/>, as a clause:
    /// "every stage 1 response timescale is at most 10 working days". Null for a rule that records no checks.
    /// </summary>
    public static string? WhatItChecks(string rule, CodeProvision provision)
    {
        var stage = provision.Stage is { } s ? "stage " + s.ToString(CultureInfo.InvariantCulture) + " " : "";
        return rule switch
        {
            MoreThanTwoStages => "the complaint stages enum has no more than two stages",
            ExtraNamedStage => "no stage of the complaint stages enum is a stage 0, an informal stage or a stage 3",
            TimescaleTooLong when provision.Timescale is { Unit: TimescaleUnit.WorkingDays } t => $"every {Subject(t)} is at most {t.Describe()}",
            TimescaleTooLong => "every timescale is within the Code's limit",
            CalendarDaysForWorkingDays => "dates are counted in working days, not calendar days",
            ComplaintTimeLimitTooShort when provision.Timescale is { Unit: TimescaleUnit.Months } t => $"the {Subject(t)} is at least {t.Describe()}",
            ComplaintTimeLimitTooShort => "the complaint time limit is at least 12 months",
            ExtensionLetterLacksOmbudsmanContact => $"every {stage}extension letter carries the Ombudsman's contact details",
            StageResponseLetterLacksItems => $"every {stage}response letter confirms items a to g",
            RefusalLetterIncomplete => "every refusal letter gives the reasons and the right to take the decision to the Ombudsman",
            Stage2HandlerNotSeparated => "the code that assigns the stage 2 handler looks at who handled stage 1",
            _ => null,
        };
    }

    /// <summary>
    /// The sentence a form shows for a provision the build checked: "The build checks that every stage 1 response
    /// timescale is at most 10 working days (CHC0201) and dates are counted in working days, not calendar days
    /// (CHC0202). 3 places, no breach."
    /// </summary>
    /// <param name="rules">Each rule with the number of places it judged and the breaches it found there.</param>
    /// <param name="places">The places in the code any of the rules judged, each counted once.</param>
    public static string Describe(CodeProvision provision, IEnumerable<(string Rule, int Places, int Breaches)> rules, int places)
    {
        var list = rules.OrderBy(r => r.Rule, StringComparer.Ordinal).ToList();
        var clauses = list
            .Select(r => (Text: WhatItChecks(r.Rule, provision) ?? "rule " + r.Rule + " holds", r.Rule))
            .Select(c => $"{c.Text} ({c.Rule})")
            .ToList();
        var text = new StringBuilder("The build checks that ");
        text.Append(clauses.Count <= 1 ? string.Concat(clauses) : string.Join(", ", clauses.Take(clauses.Count - 1)) + " and " + clauses[clauses.Count - 1]);
        var breaches = list.Sum(r => r.Breaches);
        text.Append(". ").Append(Count(places, "place", "places")).Append(", ")
            .Append(breaches == 0 ? "no breach" : Count(breaches, "breach", "breaches")).Append('.');
        return text.ToString();
    }

    /// <summary>"stage 1 response timescale" from the constant Stage1ResponseWorkingDays.</summary>
    private static string Subject(Timescale timescale)
    {
        var name = timescale.Constant;
        foreach (var unit in new[] { "WorkingDays", "Months" })
        {
            if (name.EndsWith(unit, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - unit.Length);
            }
        }

        var words = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        var subject = words.ToString();
        return subject.EndsWith("limit", StringComparison.Ordinal) ? subject : subject + " timescale";
    }

    private static string Count(int n, string one, string many)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
