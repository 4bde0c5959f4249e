using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ComplaintCode.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.CodeFixes;

/// <summary>
/// CHC0202 and its inferred form CHC0212: rewrites <c>date.AddDays(n)</c> to <c>ComplaintPolicy.Calendar.Add(date, n)</c>,
/// the landlord's working-day calendar (weekends, bank holidays and the policy file's closure days).
/// Offered only where the rewrite keeps the meaning: a DateTime or DateOnly receiver and a whole number of days.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CalendarDaysCodeFixProvider)), Shared]
public sealed class CalendarDaysCodeFixProvider : CodeFixProvider
{
    public const string Title = "Count working days with ComplaintPolicy.Calendar.Add";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CalendarDaysForWorkingDays, DiagnosticIds.InferredCalendarDaysForWorkingDays);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AddDays" } access,
                    ArgumentList.Arguments.Count: 1,
                } invocation)
            {
                continue;
            }

            var receiver = model.GetTypeInfo(access.Expression, context.CancellationToken).Type;
            var days = model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression, context.CancellationToken).Type;
            if (receiver?.ContainingNamespace?.ToDisplayString() != "System"
                || receiver.Name is not ("DateTime" or "DateOnly")
                || days?.SpecialType != SpecialType.System_Int32)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => RewriteAsync(context.Document, invocation, access, TypeNames.InScope(model, invocation, "ComplaintPolicy") + ".Calendar", ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    private static async Task<Document> RewriteAsync(Document document, InvocationExpressionSyntax invocation, MemberAccessExpressionSyntax access, string calendar, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var calendarAdd = SyntaxFactory.ParseExpression(calendar + ".Add");
        var replacement = SyntaxFactory.InvocationExpression(
                calendarAdd,
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(access.Expression.WithoutTrivia()),
                    invocation.ArgumentList.Arguments[0].WithoutTrivia(),
                })))
            .WithTriviaFrom(invocation);
        return document.WithSyntaxRoot(root!.ReplaceNode(invocation, replacement));
    }
}
