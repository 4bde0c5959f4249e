using System;
using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Analyzers.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Checks the numbers of declarations that implement a timescale provision:
/// CHC0201, a working-day timescale longer than the Code allows (6.2, 6.3, 6.4, 6.11, 6.14, 6.15);
/// CHC0202, calendar days added where the Code counts working days;
/// CHC0203, a complaint time limit shorter than twelve months (2.3).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TimescaleAnalyzer : DiagnosticAnalyzer
{
    private const string ComplaintTimeLimit = "2.3";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TimescaleTooLong,
        DiagnosticDescriptors.CalendarDaysForWorkingDays,
        DiagnosticDescriptors.ComplaintTimeLimitTooShort);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (ComplaintCodeSymbols.Resolve(start.Compilation) is not { } symbols)
            {
                return;
            }

            var findings = FindingsLog.Join(start);
            start.RegisterSymbolAction(c => AnalyzeDeclaration(c, symbols, findings), SymbolKind.Field, SymbolKind.Property, SymbolKind.Method, SymbolKind.NamedType);
            start.RegisterOperationAction(c => AnalyzeInitializer(c, symbols, findings), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterOperationAction(c => AnalyzeReturn(c, symbols, findings), OperationKind.Return);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, findings), OperationKind.Invocation);
        });
    }

    /// <summary>Constants and attribute arguments on the declaration itself.</summary>
    private static void AnalyzeDeclaration(SymbolAnalysisContext context, ComplaintCodeSymbols symbols, FindingsLog findings)
    {
        var provisions = TimescaleProvisions(context.Symbol, symbols);
        if (provisions.IsEmpty)
        {
            return;
        }

        if (context.Symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field
            && field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken) is VariableDeclaratorSyntax declarator)
        {
            // A const's value is checked here; other field initializers are checked as operations.
            var valueSyntax = (SyntaxNode?)declarator.Initializer?.Value ?? declarator;
            CheckValue(findings, context.ReportDiagnostic, provisions, field.Name, value, valueSyntax.GetLocation(), strictest: true);
        }

        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (attribute.AttributeClass is null || symbols.All.Contains(attribute.AttributeClass) || attribute.AttributeConstructor is null)
            {
                continue;
            }

            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;
            var location = syntax?.GetLocation() ?? context.Symbol.Locations.FirstOrDefault() ?? Location.None;
            var parameters = attribute.AttributeConstructor.Parameters;
            for (var i = 0; i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                if (attribute.ConstructorArguments[i].Value is int argument && IsDurationName(parameters[i].Name))
                {
                    var argumentLocation = syntax?.ArgumentList?.Arguments.Count > i ? syntax.ArgumentList.Arguments[i].GetLocation() : location;
                    CheckValue(findings, context.ReportDiagnostic, provisions, context.Symbol.Name, argument, argumentLocation, strictest: true, unitName: parameters[i].Name);
                }
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Value.Value is int argument && IsDurationName(named.Key))
                {
                    var argumentLocation = syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == named.Key)?.GetLocation() ?? location;
                    CheckValue(findings, context.ReportDiagnostic, provisions, context.Symbol.Name, argument, argumentLocation, strictest: true, unitName: named.Key);
                }
            }
        }
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, ComplaintCodeSymbols symbols, FindingsLog findings)
    {
        var (members, value) = context.Operation switch
        {
            IFieldInitializerOperation f => (f.InitializedFields.Where(m => !m.IsConst).Cast<ISymbol>().ToImmutableArray(), f.Value),
            IPropertyInitializerOperation p => (p.InitializedProperties.Cast<ISymbol>().ToImmutableArray(), p.Value),
            _ => (ImmutableArray<ISymbol>.Empty, null!),
        };
        foreach (var member in members)
        {
            var provisions = TimescaleProvisions(member, symbols);
            if (!provisions.IsEmpty && value.ConstantValue is { HasValue: true, Value: int number })
            {
                CheckValue(findings, context.ReportDiagnostic, provisions, member.Name, number, value.Syntax.GetLocation(), strictest: true);
            }
        }
    }

    /// <summary>An expression-bodied property: <c>int Stage1Days =&gt; 15;</c>.</summary>
    private static void AnalyzeReturn(OperationAnalysisContext context, ComplaintCodeSymbols symbols, FindingsLog findings)
    {
        var operation = (IReturnOperation)context.Operation;
        if (context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property }
            && operation.ReturnedValue?.ConstantValue is { HasValue: true, Value: int number })
        {
            var provisions = TimescaleProvisions(property, symbols);
            if (!provisions.IsEmpty)
            {
                CheckValue(findings, context.ReportDiagnostic, provisions, property.Name, number, operation.ReturnedValue.Syntax.GetLocation(), strictest: true);
            }
        }
    }

    /// <summary>Date arithmetic inside a member that implements a timescale.</summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context, ComplaintCodeSymbols symbols, FindingsLog findings)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var kind = Classify(method);
        if (kind == DateArithmetic.None)
        {
            return;
        }

        var owner = context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : context.ContainingSymbol;
        var provisions = TimescaleProvisions(owner, symbols);
        if (provisions.IsEmpty)
        {
            return;
        }

        var workingDayProvisions = provisions.Where(p => p.Timescale!.Unit == TimescaleUnit.WorkingDays).ToImmutableArray();
        var amount = invocation.Arguments
            .Where(a => a.Parameter?.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Double or SpecialType.System_Int64)
            .Select(a => a.Value.ConstantValue)
            .FirstOrDefault(c => c.HasValue);
        var number = amount.HasValue ? Convert.ToDouble(amount.Value, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;

        if (kind == DateArithmetic.CalendarDays && !workingDayProvisions.IsEmpty)
        {
            var provision = workingDayProvisions[0];
            findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.CalendarDaysForWorkingDays, invocation.Syntax.GetLocation(), provision.Id, method.Name, provision.Id));
        }

        if (number is not double days)
        {
            return;
        }

        if (kind is DateArithmetic.CalendarDays or DateArithmetic.WorkingDays && !workingDayProvisions.IsEmpty && days % 1 == 0)
        {
            CheckValue(findings, context.ReportDiagnostic, workingDayProvisions, method.Name, (int)Math.Abs(days), invocation.Syntax.GetLocation(), strictest: false);
        }

        if (provisions.Any(p => p.Id == ComplaintTimeLimit))
        {
            var (tooShort, described) = kind switch
            {
                DateArithmetic.Months => (Math.Abs(days) < 12, $"{Math.Abs(days)} months"),
                DateArithmetic.Years => (Math.Abs(days) < 1, $"{Math.Abs(days)} years"),
                _ => (Math.Abs(days) < 365, $"{Math.Abs(days)} days"),
            };
            if (tooShort)
            {
                findings.Report(context.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.ComplaintTimeLimitTooShort, invocation.Syntax.GetLocation(), ComplaintTimeLimit, $"'{method.Name}'", described));
            }
        }
    }

    private enum DateArithmetic
    {
        None,
        CalendarDays,
        WorkingDays,
        Months,
        Years,
    }

    private static DateArithmetic Classify(IMethodSymbol method)
    {
        var type = method.ContainingType?.Name;
        switch (method.Name)
        {
            case "AddDays" when type is "DateTime" or "DateOnly" or "DateTimeOffset":
            case "FromDays" when type is "TimeSpan":
                return DateArithmetic.CalendarDays;
            case "AddMonths":
                return DateArithmetic.Months;
            case "AddYears":
                return DateArithmetic.Years;
            case "Add" when type is "WorkingDays" or "WorkingDayCalendar":
                return DateArithmetic.WorkingDays;
        }

        return method.Name.IndexOf("WorkingDay", StringComparison.OrdinalIgnoreCase) >= 0 || method.Name.IndexOf("BusinessDay", StringComparison.OrdinalIgnoreCase) >= 0
            ? DateArithmetic.WorkingDays
            : DateArithmetic.None;
    }

    /// <summary>
    /// Checks one number against the provisions a declaration implements. A single value must satisfy all of them
    /// (<paramref name="strictest"/>); a method that computes several deadlines may use up to the longest.
    /// </summary>
    private static void CheckValue(FindingsLog findings, Action<Diagnostic> report, ImmutableArray<CodeProvision> provisions, string name, int value, Location location, bool strictest, string? unitName = null)
    {
        var working = provisions.Where(p => p.Timescale!.Unit == TimescaleUnit.WorkingDays).OrderBy(p => p.Timescale!.Value).ToList();
        if (working.Count > 0)
        {
            var limit = strictest ? working.First() : working.Last();
            if (value > limit.Timescale!.Value)
            {
                findings.Report(report, ProvisionDiagnostic.Create(DiagnosticDescriptors.TimescaleTooLong, location, limit.Id, $"'{name}'", value, limit.Timescale.Value, limit.Id));
            }
        }

        if (provisions.Any(p => p.Id == ComplaintTimeLimit))
        {
            // A member or parameter counting days ("ComplaintWindowDays = 180") is compared with a year of days.
            var inDays = (unitName ?? name).IndexOf("Day", StringComparison.OrdinalIgnoreCase) >= 0;
            if (value < (inDays ? 365 : 12))
            {
                findings.Report(report, ProvisionDiagnostic.Create(DiagnosticDescriptors.ComplaintTimeLimitTooShort, location, ComplaintTimeLimit, $"'{name}'", inDays ? $"{value} days" : $"{value} months"));
            }
        }
    }

    private static bool IsDurationName(string name)
        => name.IndexOf("day", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("month", StringComparison.OrdinalIgnoreCase) >= 0;

    private static ImmutableArray<CodeProvision> TimescaleProvisions(ISymbol symbol, ComplaintCodeSymbols symbols)
        => symbols.ImplementedProvisions(symbol).Where(p => p.Timescale is not null).ToImmutableArray();
}
