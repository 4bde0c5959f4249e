using System.Text;

namespace ComplaintCode.Cli.Import;

/// <summary>
/// Text as the importer compares it: lower case, quotes straightened, punctuation ignored, whitespace collapsed.
/// </summary>
/// <remarks>
/// This form is for matching only. The landlord's evidence and commentary are never written in it: a published
/// form says "landlord’s" or "landlord's", "–" or "-", as its author typed it, and the policy file keeps that.
/// Apostrophes are dropped rather than turned into spaces, so "landlord's", "landlord’s" and a stray "landlords"
/// all compare equal; other punctuation (curly or straight double quotes, dashes, bullets, brackets) separates words.
/// </remarks>
internal static class MatchText
{
    /// <summary>The words of <paramref name="text"/>, normalised, with where each one ends in the original text.</summary>
    public static List<(string Word, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var word = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0)
                {
                    start = i;
                }

                word.Append(char.ToLowerInvariant(c));
            }
            else if (IsApostrophe(c) && start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                // Inside a word ("landlord's"): dropped, and the word goes on.
            }
            else if (start >= 0)
            {
                words.Add((word.ToString(), start, i));
                word.Clear();
                start = -1;
            }
        }

        return words;
    }

    public static IReadOnlyList<string> Tokens(string text) => Words(text).Select(w => w.Word).ToList();

    public static string Normalise(string text) => string.Join(" ", Tokens(text));

    /// <summary>
    /// Dice's coefficient of the two texts' sets of words: 1 for the same words in any order, 0 for none shared.
    /// A set measure forgives what exports do to a row (a dropped word, reflowed lines, a quote turned curly) while
    /// still telling apart provisions that differ in a number ("10 working days" and "20 working days").
    /// </summary>
    public static double Similarity(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var left = a as HashSet<string> ?? new HashSet<string>(a, StringComparer.Ordinal);
        var right = b as HashSet<string> ?? new HashSet<string>(b, StringComparer.Ordinal);
        if (left.Count + right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count);
    }

    /// <summary>
    /// True when <paramref name="text"/> begins with the first words of <paramref name="requirement"/>. Used to tell
    /// a provision number that starts a (merged) row from one that a landlord's commentary merely mentions:
    /// "6.3 Landlords must issue a full response…" starts a row, "6.3 also sets out our extension process" does not.
    /// </summary>
    public static bool StartsLike(string text, string requirement, int words = 5)
    {
        var expected = Tokens(requirement);
        var actual = Words(text);
        var count = Math.Min(words, expected.Count);
        if (count == 0 || actual.Count < count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(actual[i].Word, expected[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the whole of <paramref name="requirement"/> ends in <paramref name="text"/>, when the text begins with
    /// it word for word (as normalised); -1 otherwise.
    /// </summary>
    public static int EndOfLeadingRequirement(string text, string requirement)
    {
        var expected = Tokens(requirement);
        var actual = Words(text);
        if (expected.Count == 0 || actual.Count < expected.Count)
        {
            return -1;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!string.Equals(actual[i].Word, expected[i], StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return actual[expected.Count - 1].End;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';
}
