using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.Helpers;

internal static class NameSyntaxExtensions
{
    /// <summary>
    /// The rightmost identifier of a name as an attribute or an alias target is written: <c>Implements</c> for
    /// <c>Implements</c>, <c>ComplaintCode.Implements</c> and <c>global::Implements</c>; null for any other shape.
    /// </summary>
    public static string? RightmostIdentifier(this NameSyntax name)
        => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };
}
