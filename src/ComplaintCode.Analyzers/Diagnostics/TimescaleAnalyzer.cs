using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Checks the numbers of declarations that implement a timescale provision:
/// CHC0201, a working-day timescale longer than the Code allows (6.2, 6.3, 6.4, 6.11, 6.14, 6.15);
/// CHC0202, calendar days added where the Code counts working days;
/// CHC0203, a complaint time limit shorter than twelve months (2.3).
/// In unannotated complaint code the same checks run on what names say (<see cref="TimescaleNames"/>) and report
/// CHC0211-CHC0213, warnings, because a name is weaker evidence than [Implements]. Inside a [ComplaintWorkflow] type
/// the type says it is complaint code, so what its members' names say is reported under CHC0201-CHC0203.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TimescaleAnalyzer : DiagnosticAnalyzer
{
    private const string ComplaintTimeLimit = "2.3";
    private const string WorkingDays = "working days";
    private const string CalendarDays = "calendar days";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TimescaleTooLong,
        DiagnosticDescriptors.CalendarDaysForWorkingDays,
        DiagnosticDescriptors.ComplaintTimeLimitTooShort,
        DiagnosticDescriptors.InferredTimescaleTooLong,
        DiagnosticDescriptors.InferredCalendarDaysForWorkingDays,
        DiagnosticDescriptors.InferredComplaintTimeLimitTooShort);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var infer = InferredComplaintCode.IsOn(start.Options);
            var judge = new Judge(ComplaintCodeSymbols.OnFirstUse(start.Compilation), infer, start.Compilation);
            var findings = FindingsLog.Join(start);

            // Declarations are reached through their syntax, not a callback for every member of every type: a constant
            // can be named for a timescale, and anything else is held to one only by an [Implements] on it. A constant
            // without one is judged only by what names say, so only when the guesses are on.
            if (infer)
            {
                start.RegisterSemanticModelAction(c => AnalyzeConstants(c, judge, findings));
            }

            start.RegisterSyntaxNodeAction(c => AnalyzeAnnotated(c, judge, findings), SyntaxKind.AttributeList);

            start.RegisterOperationAction(c => AnalyzeInitializer(c, judge, findings), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            start.RegisterOperationAction(c => AnalyzeReturn(c, judge, findings), OperationKind.Return);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, judge, findings), OperationKind.Invocation);
        });
    }

    /// <summary>
    /// The file's constants without an attribute that may be ours: their names may say a timescale. The others are
    /// <see cref="AnalyzeAnnotated"/>'s. A constant is bound only when its name, or the names around it, could say one.
    /// </summary>
    private static void AnalyzeConstants(SemanticModelAnalysisContext context, Judge judge, FindingsLog findings)
    {
        Action<Diagnostic>? report = null;
        foreach (var member in TypeLevelDeclarations.In(context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken)))
        {
            if (member is not FieldDeclarationSyntax field
                || !field.Modifiers.Any(SyntaxKind.ConstKeyword)
                || (judge.AttributeNames is { } names && names.MayBeOurs(field.AttributeLists))
                || !judge.MayNameATimescale(field))
            {
                continue;
            }

            foreach (var variable in field.Declaration.Variables)
            {
                if (context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken) is IFieldSymbol constant)
                {
                    AnalyzeDeclaration(constant, report ??= context.ReportDiagnostic, judge, findings, context.CancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// The types, members and constants an attribute list that may be ours is written on. Each is judged from the
    /// first such list of its declarations only, however many it has; the choice is made from the syntax alone, so
    /// it holds however often, and for whatever span, the IDE asks again.
    /// </summary>
    private static void AnalyzeAnnotated(SyntaxNodeAnalysisContext context, Judge judge, FindingsLog findings)
    {
        var list = (AttributeListSyntax)context.Node;
        if (judge.AttributeNames is not { } names || !names.MayBeOurs(list))
        {
            return;
        }

        foreach (var owner in AttributeOwners.Of(list, context.SemanticModel, context.CancellationToken))
        {
            if (owner.Kind is SymbolKind.Field or SymbolKind.Property or SymbolKind.Method or SymbolKind.NamedType
                && FirstListThatMayBeOurs(owner, names, context.CancellationToken) == list)
            {
                AnalyzeDeclaration(owner, context.ReportDiagnostic, judge, findings, context.CancellationToken);
            }
        }
    }

    /// <summary>The first attribute list that may be ours, over the symbol's declarations in order.</summary>
    private static AttributeListSyntax? FirstListThatMayBeOurs(ISymbol symbol, AttributeNames names, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var lists = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
                MemberDeclarationSyntax member => member.AttributeLists,
                AccessorDeclarationSyntax accessor => accessor.AttributeLists,
                ParameterSyntax parameter => parameter.AttributeLists,
                _ => default,
            };
            foreach (var candidate in lists)
            {
                if (names.MayBeOurs(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Constants and attribute arguments on the declaration itself.</summary>
    private static void AnalyzeDeclaration(ISymbol symbol, Action<Diagnostic> report, Judge judge, FindingsLog findings, CancellationToken cancellationToken)
    {
        // Names are read for a constant's value; attribute arguments and other declarations answer only to [Implements].
        var judgement = judge.Of(symbol, value: true, infer: symbol is IFieldSymbol { IsConst: true });
        if (judgement is null)
        {
            return;
        }

        if (symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field
            && field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator)
        {
            // A const's value is checked here; other field initializers are checked as operations.
            var valueSyntax = (SyntaxNode?)declarator.Initializer?.Value ?? declarator;
            CheckValue(findings, report, judgement, field.Name, value, valueSyntax.GetLocation(), strictest: true);
        }

        if (judgement.Description is not null || judge.Symbols is not { } symbols)
        {
            // An attribute argument is checked only against what [Implements] says.
            return;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is null || symbols.All.Contains(attribute.AttributeClass) || attribute.AttributeConstructor is null)
            {
                continue;
            }

            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            var location = syntax?.GetLocation() ?? symbol.Locations.FirstOrDefault() ?? Location.None;
            var parameters = attribute.AttributeConstructor.Parameters;
            for (var i = 0; i < attribute.ConstructorArguments.Length && i < parameters.Length; i++)
            {
                if (attribute.ConstructorArguments[i].Value is int argument && IsDurationName(parameters[i].Name))
                {
                    var argumentLocation = syntax?.ArgumentList?.Arguments.Count > i ? syntax.ArgumentList.Arguments[i].GetLocation() : location;
                    CheckValue(findings, report, judgement, symbol.Name, argument, argumentLocation, strictest: true, unitName: parameters[i].Name);
                }
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Value.Value is int argument && IsDurationName(named.Key))
                {
                    var argumentLocation = syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == named.Key)?.GetLocation() ?? location;
                    CheckValue(findings, report, judgement, symbol.Name, argument, argumentLocation, strictest: true, unitName: named.Key);
                }
            }
        }
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, Judge judge, FindingsLog findings)
    {
        // Every field and property initializer of the compilation comes here; only a whole number can be a timescale.
        var initializer = (ISymbolInitializerOperation)context.Operation;
        if (initializer.Value.ConstantValue is not { HasValue: true, Value: int number })
        {
            return;
        }

        var members = initializer switch
        {
            IFieldInitializerOperation f => f.InitializedFields.Where(m => !m.IsConst).Cast<ISymbol>().ToImmutableArray(),
            IPropertyInitializerOperation p => p.InitializedProperties.Cast<ISymbol>().ToImmutableArray(),
            _ => ImmutableArray<ISymbol>.Empty,
        };
        foreach (var member in members)
        {
            if (judge.Of(member, value: true) is { } judgement)
            {
                CheckValue(findings, context.ReportDiagnostic, judgement, member.Name, number, initializer.Value.Syntax.GetLocation(), strictest: true);
            }
        }
    }

    /// <summary>An expression-bodied property: <c>int Stage1Days =&gt; 15;</c>.</summary>
    private static void AnalyzeReturn(OperationAnalysisContext context, Judge judge, FindingsLog findings)
    {
        var operation = (IReturnOperation)context.Operation;
        if (context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property }
            && operation.ReturnedValue?.ConstantValue is { HasValue: true, Value: int number })
        {
            if (judge.Of(property, value: true) is { } judgement)
            {
                CheckValue(findings, context.ReportDiagnostic, judgement, property.Name, number, operation.ReturnedValue.Syntax.GetLocation(), strictest: true);
            }
        }
    }

    /// <summary>Date arithmetic inside a member that implements a timescale.</summary>
    private static void AnalyzeInvocation(OperationAnalysisContext context, Judge judge, FindingsLog findings)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var kind = Classify(method);
        if (kind == DateArithmetic.None)
        {
            return;
        }

        // The name the date is stored in first, then the member's own; a date that is not stored is judged once.
        var owner = context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : context.ContainingSymbol;
        var storedIn = AssignedTo(invocation);
        if ((judge.Of(owner, value: false, storedIn) ?? (storedIn is null ? null : judge.Of(owner, value: false))) is not { } judgement)
        {
            return;
        }

        var provisions = judgement.Provisions;
        var workingDayProvisions = provisions.Where(p => p.Timescale!.Unit == TimescaleUnit.WorkingDays).ToImmutableArray();
        var amount = invocation.Arguments
            .Where(a => a.Parameter?.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Double or SpecialType.System_Int64)
            .Select(a => a.Value.ConstantValue)
            .FirstOrDefault(c => c.HasValue);
        var number = amount.HasValue ? Convert.ToDouble(amount.Value, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;

        // A name-inferred deadline lies ahead; going back (AddDays(-30)) is a look-back in complaint code, not a
        // deadline. The time limit is often written as a cutoff, today.AddMonths(-12), so it is judged either way.
        var lookBack = judgement.Description is not null && number < 0;
        if (judgement.Description is null && kind is DateArithmetic.CalendarDays or DateArithmetic.WorkingDays && !workingDayProvisions.IsEmpty)
        {
            // Date arithmetic in annotated code is judged for its unit, breach or not.
            findings.AddCheck(DiagnosticDescriptors.CalendarDaysForWorkingDays, workingDayProvisions.Select(p => p.Id), invocation.Syntax.GetLocation());
        }

        if (kind == DateArithmetic.CalendarDays && !workingDayProvisions.IsEmpty && !lookBack)
        {
            var provision = workingDayProvisions[0];
            findings.Report(context.ReportDiagnostic, judgement.Description is null
                ? ProvisionDiagnostic.Create(DiagnosticDescriptors.CalendarDaysForWorkingDays, invocation.Syntax.GetLocation(), provision.Id, method.Name, provision.Id)
                : ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredCalendarDaysForWorkingDays, invocation.Syntax.GetLocation(), new[] { provision.Id }, ProvisionDiagnostic.NamingMembers(new[] { provision.Id }), method.Name, judgement.Description, provision.Id));
        }

        if (number is not double days)
        {
            return;
        }

        if (kind is DateArithmetic.CalendarDays or DateArithmetic.WorkingDays && !workingDayProvisions.IsEmpty && days % 1 == 0 && !lookBack)
        {
            // AddDays counts calendar days: the message says so, though the limit it is held to is in working days.
            CheckValue(findings, context.ReportDiagnostic, judgement with { Provisions = workingDayProvisions }, method.Name, (int)Math.Abs(days), invocation.Syntax.GetLocation(), strictest: false, unit: kind == DateArithmetic.CalendarDays ? CalendarDays : WorkingDays);
        }

        if (provisions.Any(p => p.Id == ComplaintTimeLimit))
        {
            if (judgement.Description is null)
            {
                findings.AddCheck(DiagnosticDescriptors.ComplaintTimeLimitTooShort, new[] { ComplaintTimeLimit }, invocation.Syntax.GetLocation());
            }

            var (tooShort, described) = kind switch
            {
                DateArithmetic.Months => (Math.Abs(days) < 12, $"{Math.Abs(days)} months"),
                DateArithmetic.Years => (Math.Abs(days) < 1, $"{Math.Abs(days)} years"),
                _ => (Math.Abs(days) < 365, $"{Math.Abs(days)} days"),
            };
            if (tooShort)
            {
                ReportTimeLimit(findings, context.ReportDiagnostic, judgement, invocation.Syntax.GetLocation(), $"'{method.Name}'", described);
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

    /// <remarks>Asked of every call in the compilation: the method's name is read first, its type only when the name needs it.</remarks>
    private static DateArithmetic Classify(IMethodSymbol method)
    {
        var name = method.Name;
        switch (name)
        {
            case "AddDays" when method.ContainingType?.Name is "DateTime" or "DateOnly" or "DateTimeOffset":
            case "FromDays" when method.ContainingType?.Name is "TimeSpan":
                return DateArithmetic.CalendarDays;
            case "AddMonths":
                return DateArithmetic.Months;
            case "AddYears":
                return DateArithmetic.Years;
            case "Add" when method.ContainingType?.Name is "WorkingDays" or "WorkingDayCalendar":
                return DateArithmetic.WorkingDays;
        }

        return name.IndexOf("WorkingDay", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("BusinessDay", StringComparison.OrdinalIgnoreCase) >= 0
            ? DateArithmetic.WorkingDays
            : DateArithmetic.None;
    }

    /// <summary>
    /// Checks one number against the provisions a declaration implements. A single value must satisfy all of them
    /// (<paramref name="strictest"/>); a method that computes several deadlines may use up to the longest.
    /// </summary>
    /// <param name="unit">What the value counts: working days, or calendar days for AddDays and FromDays.</param>
    private static void CheckValue(FindingsLog findings, Action<Diagnostic> report, Judgement judgement, string name, int value, Location location, bool strictest, string? unitName = null, string unit = WorkingDays)
    {
        var provisions = judgement.Provisions;
        var working = provisions.Where(p => p.Timescale!.Unit == TimescaleUnit.WorkingDays).OrderBy(p => p.Timescale!.Value).ToList();
        if (working.Count > 0)
        {
            if (judgement.Description is null)
            {
                findings.AddCheck(DiagnosticDescriptors.TimescaleTooLong, working.Select(p => p.Id), location);
            }

            var limit = strictest ? working.First() : working.Last();
            if (value > limit.Timescale!.Value)
            {
                findings.Report(report, judgement.Description is null
                    ? ProvisionDiagnostic.Create(DiagnosticDescriptors.TimescaleTooLong, location, limit.Id, $"'{name}'", $"{value} {unit}", limit.Timescale.Value, limit.Id)
                    : ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredTimescaleTooLong, location, new[] { limit.Id }, ProvisionDiagnostic.NamingMembers(new[] { limit.Id }), $"'{name}'", $"{value} {unit}", limit.Timescale.Value, judgement.Description, limit.Id));
            }
        }

        if (provisions.Any(p => p.Id == ComplaintTimeLimit))
        {
            if (judgement.Description is null)
            {
                findings.AddCheck(DiagnosticDescriptors.ComplaintTimeLimitTooShort, new[] { ComplaintTimeLimit }, location);
            }

            // A member or parameter counting days ("ComplaintWindowDays = 180") is compared with a year of days.
            var inDays = (unitName ?? name).IndexOf("Day", StringComparison.OrdinalIgnoreCase) >= 0;
            if (value < (inDays ? 365 : 12))
            {
                ReportTimeLimit(findings, report, judgement, location, $"'{name}'", inDays ? $"{value} days" : $"{value} months");
            }
        }
    }

    private static bool IsDurationName(string name)
        => name.IndexOf("day", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("month", StringComparison.OrdinalIgnoreCase) >= 0;

    private static void ReportTimeLimit(FindingsLog findings, Action<Diagnostic> report, Judgement judgement, Location location, string name, string described)
        => findings.Report(report, judgement.Description is null
            ? ProvisionDiagnostic.Create(DiagnosticDescriptors.ComplaintTimeLimitTooShort, location, ComplaintTimeLimit, name, described)
            : ProvisionDiagnostic.Create(DiagnosticDescriptors.InferredComplaintTimeLimitTooShort, location, new[] { ComplaintTimeLimit }, ProvisionDiagnostic.NamingMembers(new[] { ComplaintTimeLimit }), name, described));

    /// <summary>The property, field or local a computed date is stored in: <c>complaint.ResponseDue = received.AddDays(10)</c>.</summary>
    private static string? AssignedTo(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } => member.Member.Name,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local.Name,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            _ => null,
        };
    }

    /// <summary>
    /// The provisions a check holds a member to. <see cref="Description"/> is null when they come from annotations
    /// (or a [ComplaintWorkflow] type); otherwise it says what the names suggest, e.g. "the stage 1 response".
    /// </summary>
    private sealed record Judgement(ImmutableArray<CodeProvision> Provisions, string? Description);

    private sealed class Judge
    {
        private readonly bool _infer;
        private readonly bool _assemblyNameSaysComplaint;

        // What the names and annotations around a member say, worked out once per type: most members of a compilation
        // share a few hundred types, and every date calculation asks. Every analyzer thread of the compiler adds types
        // at once, early in the compile; the default dictionary starts with one lock per core and a few dozen buckets,
        // so they queued for its locks (bench/README.md, "Fourth pass").
        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeFacts> _types = new(concurrencyLevel: 64, capacity: 4096, SymbolEqualityComparer.Default);
        private readonly Func<INamedTypeSymbol, TypeFacts> _facts;
        private readonly Lazy<ComplaintCodeSymbols?> _symbols;
        private readonly Lazy<AttributeNames?> _attributeNames;

        public Judge(Lazy<ComplaintCodeSymbols?> symbols, bool infer, Compilation compilation)
        {
            _symbols = symbols;
            _attributeNames = new Lazy<AttributeNames?>(
                () => symbols.Value is { } resolved ? new AttributeNames(resolved, compilation) : null,
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            var assemblyName = compilation.AssemblyName;
            _infer = infer;
            _assemblyNameSaysComplaint = assemblyName is not null && InferredComplaintCode.SaysComplaint(assemblyName);
            _facts = Facts;
        }

        /// <summary>The generated types; null when the library is not referenced.</summary>
        public ComplaintCodeSymbols? Symbols => _symbols.Value;

        /// <summary>The names an attribute of ours can be written with; null when the library is not referenced.</summary>
        public AttributeNames? AttributeNames => _attributeNames.Value;

        /// <param name="value">The member holds a number rather than computing a date, so its name must say its unit.</param>
        /// <param name="name">The name to read instead of the member's: what a computed date is assigned to.</param>
        /// <param name="infer">False where only [Implements] is read.</param>
        public Judgement? Of(ISymbol member, bool value, string? name = null, bool infer = true)
        {
            if (Symbols is not null && Implemented(member) is { } implemented)
            {
                // What [Implements] says is the whole answer, even when it names no timescale, and even over the
                // name a computed date is stored in: once a member is marked, the annotated rules take over.
                return implemented.IsEmpty ? null : new Judgement(implemented, null);
            }

            if (!infer || !_infer || member.ContainingType is not { } type || (name is null && member is IMethodSymbol { MethodKind: not MethodKind.Ordinary }))
            {
                return null;
            }

            var facts = _types.GetOrAdd(type, _facts);
            if (!TimescaleNames.MayName(name ?? member.Name, facts.ComplaintCode)
                || TimescaleNames.Infer(name ?? member.Name, facts.Names, requireUnit: value) is not { } inferred)
            {
                return null;
            }

            return new Judgement(inferred.Provisions, facts.InWorkflow ? null : inferred.Description);
        }

        /// <summary>
        /// False when the syntax alone proves that <see cref="Of"/> finds no timescale in what the names of a field
        /// declaration without an attribute of ours say: no variable's name may say one (<see cref="TimescaleNames.MayName"/>
        /// outside complaint code), and the type it is declared in is not complaint code (see <see cref="Facts"/>). That
        /// is, neither the assembly, the types around it nor its namespaces are named for complaints, and none of those
        /// types can carry [ComplaintWorkflow]; a partial type may carry it in another part.
        /// </summary>
        public bool MayNameATimescale(FieldDeclarationSyntax field)
        {
            foreach (var variable in field.Declaration.Variables)
            {
                if (TimescaleNames.MayName(variable.Identifier.ValueText, complaintCode: false))
                {
                    return true;
                }
            }

            if (_assemblyNameSaysComplaint)
            {
                return true;
            }

            for (var node = field.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case TypeDeclarationSyntax type when InferredComplaintCode.SaysComplaint(type.Identifier.ValueText)
                        || type.Modifiers.Any(SyntaxKind.PartialKeyword)
                        || (AttributeNames is { } names && names.MayBeOurs(type.AttributeLists)):
                    case BaseNamespaceDeclarationSyntax @namespace when InferredComplaintCode.SaysComplaint(@namespace.Name):
                        return true;
                }
            }

            return false;
        }

        /// <summary>The timescale provisions a member's [Implements] name, or null when it has no [Implements].</summary>
        private ImmutableArray<CodeProvision>? Implemented(ISymbol member)
            => Symbols!.Find(member, Symbols.Implements) is not null ? Symbols.ImplementedProvisions(member).Where(p => p.Timescale is not null).ToImmutableArray() : null;

        private TypeFacts Facts(INamedTypeSymbol type)
        {
            var complaint = _assemblyNameSaysComplaint || InferredComplaintCode.IsInComplaintCode(type, assemblyName: null);
            var inWorkflow = false;
            for (var t = type; t is not null && !inWorkflow; t = t.ContainingType)
            {
                inWorkflow = Symbols?.Find(t, Symbols.ComplaintWorkflow) is not null;
            }

            var complaintCode = complaint || inWorkflow;
            return new TypeFacts(complaintCode, inWorkflow, complaintCode ? TimescaleNames.TypeNames(type) : string.Empty);
        }

        /// <param name="ComplaintCode">The type, a type or namespace around it, or the assembly says complaint, or it is a [ComplaintWorkflow].</param>
        private sealed record TypeFacts(bool ComplaintCode, bool InWorkflow, string Names);
    }
}
