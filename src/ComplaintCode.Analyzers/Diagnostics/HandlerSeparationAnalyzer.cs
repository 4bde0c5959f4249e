using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Analyzers.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// CHC0401: a member that implements 6.13 (assigning the stage 2 handler) must read the member marked
/// [ComplaintHandler(1)]. Any read counts: a comparison, a filter, an argument to a check. A member that never looks
/// at the stage 1 handler cannot be keeping the two apart.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerSeparationAnalyzer : DiagnosticAnalyzer
{
    private const string DifferentStage2Handler = "6.13";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.Stage2HandlerNotSeparated);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var generated = ComplaintCodeSymbols.OnFirstUse(start.Compilation);
            var findings = FindingsLog.Join(start);
            start.RegisterOperationBlockStartAction(block =>
            {
                if (generated.Value is not { ComplaintHandler: not null } symbols)
                {
                    return;
                }

                var owner = block.OwningSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : block.OwningSymbol;

                // This runs for every method of the project and almost none has [Implements]: those are passed over
                // on a look at their attributes, before any id is read.
                if (symbols.Find(owner, symbols.Implements) is null
                    || !symbols.ImplementedProvisions(owner).Any(p => p.Id == DifferentStage2Handler))
                {
                    return;
                }

                // A property assigns the handler in its setter; its getter only reads the result, so it is not judged.
                if (block.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet } && owner is IPropertySymbol { SetMethod: not null })
                {
                    return;
                }

                Judge(block, owner, symbols, findings);
            });
        });
    }

    /// <summary>
    /// A member marked 6.13: reports it at the end of its body unless the body reads the stage 1 handler. Its own
    /// method, so the state its actions share is made for a member marked 6.13 only, not for every method.
    /// </summary>
    private static void Judge(OperationBlockStartAnalysisContext block, ISymbol owner, ComplaintCodeSymbols symbols, FindingsLog findings)
    {
        var readsStage1Handler = 0;
        block.RegisterOperationAction(
            operation =>
            {
                if (IsStage1HandlerRead(operation.Operation, symbols))
                {
                    System.Threading.Interlocked.Exchange(ref readsStage1Handler, 1);
                }
            },
            OperationKind.FieldReference,
            OperationKind.PropertyReference,
            OperationKind.ParameterReference,
            OperationKind.Invocation);

        block.RegisterOperationBlockEndAction(end =>
        {
            // A method declared without a body (abstract, interface, partial) cannot be judged.
            var judged = end.OperationBlocks.Any(b => b.Kind is OperationKind.Block or OperationKind.MethodBody);
            if (judged)
            {
                findings.AddCheck(DiagnosticDescriptors.Stage2HandlerNotSeparated, new[] { DifferentStage2Handler }, owner.Locations.FirstOrDefault());
            }

            if (readsStage1Handler == 0 && judged)
            {
                findings.Report(end.ReportDiagnostic, ProvisionDiagnostic.Create(
                    DiagnosticDescriptors.Stage2HandlerNotSeparated,
                    owner.Locations.FirstOrDefault(),
                    "6.13",
                    owner.Name,
                    "the member marked [ComplaintHandler(1)]"));
            }
        });
    }

    /// <summary>
    /// On a record, [ComplaintHandler(1)] written on a positional parameter stays on the parameter, while code reads
    /// the property the compiler made from it.
    /// </summary>
    private static AttributeData? PositionalParameterAttribute(IPropertySymbol property, ComplaintCodeSymbols symbols)
        => property.ContainingType?.InstanceConstructors
            .SelectMany(c => c.Parameters)
            .Where(p => p.Name == property.Name)
            .Select(p => symbols.Find(p, symbols.ComplaintHandler))
            .FirstOrDefault(a => a is not null);

    private static bool IsStage1HandlerRead(IOperation operation, ComplaintCodeSymbols symbols)
    {
        ISymbol? member = operation switch
        {
            IFieldReferenceOperation f => f.Field,
            IPropertyReferenceOperation p => p.Property,
            IParameterReferenceOperation p => p.Parameter,
            IInvocationOperation i => i.TargetMethod,
            _ => null,
        };
        if (member is null)
        {
            return false;
        }

        // Writing the stage 1 handler is not looking at it.
        if (operation.Parent is IAssignmentOperation assignment && assignment.Target == operation)
        {
            return false;
        }

        var attribute = symbols.Find(member.OriginalDefinition, symbols.ComplaintHandler)
            ?? (member is IPropertySymbol property ? PositionalParameterAttribute(property, symbols) : null);
        return attribute is not null && ComplaintCodeSymbols.StageOf(attribute) == 1;
    }
}
