using System.Linq;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Helpers;

internal static class AttributeDataExtensions
{
    /// <summary>The string value of a named argument (<c>Evidence = "..."</c>), or null when it is not given.</summary>
    public static string? NamedString(this AttributeData attribute, string name)
        => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;
}
