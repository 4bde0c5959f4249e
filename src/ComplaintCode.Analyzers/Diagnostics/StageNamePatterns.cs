using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// The names of stages, read by <see cref="ComplaintStagesAnalyzer"/>: the patterns that say what a member name means,
/// and the words without which no pattern can match, so that a member named Draft or Completed is passed over before
/// its name is copied or matched. The patterns read a name in lower case without underscores (see
/// <see cref="InferredComplaintCode.Normalise"/>).
/// </summary>
internal static class StageNamePatterns
{
    /// <summary>
    /// Every alternative of the patterns below contains one of these words or is one of <see cref="s_wholeNames"/>.
    /// A word added to a pattern must be added here too; a test checks every word the patterns name.
    /// </summary>
    private static readonly string[] s_words =
    {
        "stage", "level", "tier",
        "informal", "precomplaint", "preliminary", "frontline", "triage", "earlyresolution", "localresolution", "quickfix",
    };

    private static readonly HashSet<string> s_wholeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "zero", "three", "third", "four", "fourth", "five", "fifth", "six", "sixth", "seven", "seventh",
        "first", "second",
        "appeal", "panel", "review", "reviewpanel", "independentreview", "finalreview",
    };

    /// <summary>
    /// A name of ASCII letters and digits with no underscore: comparing it ignoring case (ordinal) is comparing its
    /// normalised form, so it can be tested where it stands, without making the normalised copy.
    /// </summary>
    public static bool IsPlain(string name)
    {
        foreach (var c in name)
        {
            if (c == '_' || c > '\u007f')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// False when neither <see cref="IsExtraStage"/> nor <see cref="StageNumber"/> can match the name once normalised.
    /// </summary>
    public static bool MayNameAStage(string name)
    {
        if (!IsPlain(name))
        {
            // An underscore may split a word (Pre_Complaint), and a letter outside ASCII may lower-case to one in it.
            return MayNameAStageNormalised(InferredComplaintCode.Normalise(name));
        }

        foreach (var word in s_words)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return s_wholeNames.Contains(name);
    }

    private static bool MayNameAStageNormalised(string normalised)
    {
        foreach (var word in s_words)
        {
            if (normalised.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return s_wholeNames.Contains(normalised);
    }

    /// <summary>A stage the Code forbids: stage 0, stage 3 and above, informal, an appeal and the like.</summary>
    public static bool IsExtraStage(string normalised) => Patterns.ExtraStage.IsMatch(normalised);

    /// <summary>The match whose first, second or third group is the number a member carries.</summary>
    public static Match StageNumber(string normalised) => Patterns.StageNumber.Match(normalised);

    /// <summary>A name for an enum's default rather than a stage: None, Unknown.</summary>
    public static bool IsSentinel(string normalised) => Patterns.Sentinel.IsMatch(normalised);

    /// <summary>The pattern texts, for the test that every word they name passes <see cref="MayNameAStage"/>.</summary>
    internal static IEnumerable<string> PatternTexts => new[] { Patterns.ExtraStageText, Patterns.StageNumberText };

    // Its own class, so the patterns are built the first time a name needs them, not in every compile that has enums.
    private static class Patterns
    {
        public const string ExtraStageText =
            "(stage|level|tier)(0|zero|[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten)"
            + "|^(stage)?(zero|three|third|four|fourth|five|fifth|six|sixth|seven|seventh)$"
            + "|informal|precomplaint|preliminary|frontline|triage|earlyresolution|localresolution|quickfix"
            + "|^(appeal|panel|review|reviewpanel|independentreview|finalreview|thirdstage)$";

        // The number a member carries: Stage2, AwaitingStage2, Level3, Tier_1, StageOne, SecondStage, Third.
        public const string StageNumberText =
            "(?:stage|level|tier)([0-9]+|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
            + "|(first|second|third|fourth|fifth|sixth|seventh)(?:stage|level|tier)"
            + "|^(first|second|third|fourth|fifth|sixth|seventh)$";

        public static readonly Regex ExtraStage = new(ExtraStageText, RegexOptions.CultureInvariant);

        public static readonly Regex StageNumber = new(StageNumberText, RegexOptions.CultureInvariant);

        // A zero-valued "None" is the usual default of an enum, not a stage of the procedure.
        public static readonly Regex Sentinel = new("^(none|unknown|unspecified|notset|undefined)$", RegexOptions.CultureInvariant);
    }
}
