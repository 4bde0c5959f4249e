using System.Globalization;
using System.Text;

namespace ComplaintCode.Model;

/// <summary>
/// Quoted text that is at once a C# string literal and a JSON string: the escapes both languages share (quote,
/// backslash, \n, \r, \t, and \uXXXX for other control characters and the line separators JSON allows raw but
/// C# does not). The generator writes source with it and the analyzers write the findings file.
/// </summary>
public static class QuotedText
{
    /// <summary>The text in double quotes, escaped, or <c>null</c> for null.</summary>
    public static string Of(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
