using System.Text.RegularExpressions;

namespace ComplaintCode.Cli.Import;

/// <summary>The edition of the Code a published form was written against.</summary>
internal enum CodeEdition
{
    /// <summary>The 2024 Code, the one in force and the one the catalog holds.</summary>
    Code2024,

    /// <summary>
    /// The 2022 Code: numbered differently, so its rows are never placed by number, only by text, on the 2024
    /// provision whose requirement corresponds.
    /// </summary>
    Code2022,
}

/// <summary>One thing in the form that only a 2022-Code form has, and where it is.</summary>
internal sealed record EditionSign(int Line, string What);

/// <summary>Which edition the form is against, and the signs that say so (none for a 2024 form).</summary>
internal sealed record EditionReading(CodeEdition Edition, IReadOnlyList<EditionSign> Signs)
{
    public static readonly EditionReading Code2024 = new(CodeEdition.Code2024, Array.Empty<EditionSign>());
}

/// <summary>
/// Tells a form against the 2022 Code from one against the 2024 Code.
/// </summary>
/// <remarks>
/// <para>
/// The 2022 Code is numbered differently (its 5.12, the stage 2 handler rule, is the 2024 Code's 6.13), so placing
/// its rows by number puts nearly every answer on the wrong provision, and silently. The signs are ones no 2024
/// form has: the 2022 form's two parts, "Mandatory 'must' requirements" and "Best practice 'should' requirements";
/// its section titles "Complaint handling personnel" and "Complaint handling principles"; a "Code section" column;
/// requirements about a stage three; and requirements that say "organisation" where the 2024 Code says "landlord"
/// (the 2024 Code says "organisation" once, in 6.5 and 6.16, so this counts words, not their presence).
/// </para>
/// <para>
/// One sign is enough. Taking a 2024 form for a 2022 one costs little, since a 2024 form's requirements are the
/// Code's own words and still match by text; taking a 2022 form for a 2024 one is the silent failure above.
/// </para>
/// </remarks>
internal static class EditionDetector
{
    private static readonly (Regex Pattern, string What)[] s_lineSigns =
    {
        (new Regex(@"\bmandatory\s+['‘’""]?must['‘’""]?\s+requirements\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "a part headed \"Mandatory 'must' requirements\""),
        (new Regex(@"\bbest\s+practice\s+['‘’""]?should['‘’""]?\s+requirements\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "a part headed \"Best practice 'should' requirements\""),
        (new Regex(@"^[#*_\s]*(?:section\s+[0-9]{1,2}\s*[:.\-–—]?\s*)?complaint\s+handling\s+personnel\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "the section title \"Complaint handling personnel\""),
        (new Regex(@"^[#*_\s]*(?:section\s+[0-9]{1,2}\s*[:.\-–—]?\s*)?complaint\s+handling\s+principles\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "the section title \"Complaint handling principles\""),
        (new Regex(@"^[|\s]*code\s+section\s*[\t|]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), "a \"Code section\" column"),
    };

    private static readonly Regex s_stageThree = new(@"\bstage\s+(?:three|3)\b|\bthird\s+stage\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static EditionReading Detect(string text, IReadOnlyList<FormRow> rows)
    {
        var signs = new List<EditionSign>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var (pattern, what) in s_lineSigns)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (pattern.IsMatch(CellText.Tidy(lines[i])))
                {
                    signs.Add(new EditionSign(i + 1, what));
                    break;
                }
            }
        }

        // The 2024 Code has no stage three at all: a requirement about one is the 2022 Code's.
        if (rows.FirstOrDefault(r => s_stageThree.IsMatch(r.Requirement)) is { } stageThree)
        {
            signs.Add(new EditionSign(stageThree.Line, "a requirement about a stage three"));
        }

        var organisation = 0;
        var landlord = 0;
        var first = 0;
        foreach (var row in rows)
        {
            var words = MatchText.Tokens(row.Requirement);
            var count = words.Count(w => w is "organisation" or "organisations" or "organisational");
            if (count > 0 && organisation == 0)
            {
                first = row.Line;
            }

            organisation += count;
            landlord += words.Count(w => w is "landlord" or "landlords");
        }

        if (organisation >= 3 && organisation > landlord)
        {
            signs.Add(new EditionSign(first, $"requirements that say \"organisation\" ({organisation} times) where the 2024 Code says \"landlord\" ({landlord} times)"));
        }

        signs.Sort((a, b) => a.Line.CompareTo(b.Line));
        return signs.Count == 0 ? EditionReading.Code2024 : new EditionReading(CodeEdition.Code2022, signs);
    }
}
