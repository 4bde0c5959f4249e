using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.Helpers;

/// <summary>
/// A file's type-level declarations: its namespaces, its types and their members, nested types included, in the order
/// written. Bodies and expressions are not entered.
/// </summary>
/// <remarks>
/// A rule that judges only some declarations of one kind (constants, enums) walks these from one semantic-model
/// callback per file. A syntax-node callback for every declaration of that kind would cost more: in ordinary code
/// there are thousands of them and almost all are passed over at once.
/// </remarks>
internal static class TypeLevelDeclarations
{
    public static IEnumerable<MemberDeclarationSyntax> In(SyntaxNode root)
    {
        var pending = new Stack<MemberDeclarationSyntax>();
        PushMembers(pending, root);
        while (pending.Count > 0)
        {
            var member = pending.Pop();
            yield return member;
            PushMembers(pending, member);
        }
    }

    private static void PushMembers(Stack<MemberDeclarationSyntax> pending, SyntaxNode node)
    {
        var members = node switch
        {
            CompilationUnitSyntax unit => unit.Members,
            BaseNamespaceDeclarationSyntax @namespace => @namespace.Members,
            TypeDeclarationSyntax type => type.Members,
            _ => default,
        };

        // Pushed last to first, so they come out in the order written.
        for (var i = members.Count - 1; i >= 0; i--)
        {
            pending.Push(members[i]);
        }
    }
}
