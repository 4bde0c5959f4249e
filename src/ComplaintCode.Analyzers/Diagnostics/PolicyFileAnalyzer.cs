using System.Collections.Immutable;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Model.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Checks complaint-policy.yaml: CHC0501 when it cannot be used, CHC0502 for a timescale looser than the Code's,
/// CHC0503 for a provision declared not met without a complyBy date, CHC0002 for a bad provision id, and for each
/// provision it declares not met with a date, CHC0003 while the plan runs and CHC0004 once its date has passed.
/// Runs live on the file.
/// </summary>
/// <remarks>
/// Plans are the system's, so they are judged in the system's project only (ComplaintCodeAssessedProject), as
/// CHC0001 is: a solution of four projects states each plan once. The day is the build's (ComplaintCodeToday, the
/// build machine's date); without it no plan is judged overdue.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PolicyFileUnusable,
        DiagnosticDescriptors.PolicyTimescaleLooserThanCode,
        DiagnosticDescriptors.NotMetWithoutComplyBy,
        DiagnosticDescriptors.InvalidProvisionId,
        DiagnosticDescriptors.ProvisionDeclaredNotMet,
        DiagnosticDescriptors.PlanToComplyOverdue);

    internal const string TodayProperty = "build_property.ComplaintCodeToday";

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var policyFiles = PolicyCache.Find(start.Options);
            if (policyFiles.Length == 0)
            {
                return;
            }

            var findings = FindingsLog.Join(start);
            var globalOptions = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var judgesPlans = globalOptions.IsAssessedProject(unknown: true);
            var today = globalOptions.TryGetValue(TodayProperty, out var todayValue) ? PolicyPlans.Today(todayValue) : null;
            start.RegisterAdditionalFileAction(file =>
            {
                var index = System.Array.IndexOf(policyFiles, file.AdditionalFile);
                if (index < 0)
                {
                    return;
                }

                if (index > 0)
                {
                    findings.Report(file.ReportDiagnostic, Diagnostic.Create(
                        DiagnosticDescriptors.PolicyFileUnusable,
                        PolicyCache.LocationOf(file.AdditionalFile, PolicySpan.Start),
                        $"A project has one policy file; this one is ignored because {policyFiles[0].Path} is used"));
                    return;
                }

                var policy = PolicyCache.Get(file.AdditionalFile, file.CancellationToken);
                foreach (var issue in policy.Issues)
                {
                    var descriptor = issue.Kind switch
                    {
                        PolicyIssueKind.BadProvisionId => DiagnosticDescriptors.InvalidProvisionId,
                        PolicyIssueKind.TimescaleLooserThanCode => DiagnosticDescriptors.PolicyTimescaleLooserThanCode,
                        PolicyIssueKind.NotMetWithoutComplyBy => DiagnosticDescriptors.NotMetWithoutComplyBy,
                        _ => DiagnosticDescriptors.PolicyFileUnusable,
                    };
                    var location = PolicyCache.LocationOf(file.AdditionalFile, issue.Span);
                    findings.Report(file.ReportDiagnostic, issue.Provision is null
                        ? Diagnostic.Create(descriptor, location, issue.Message)
                        : ProvisionDiagnostic.Create(descriptor, location, issue.Provision, issue.Message));
                }

                foreach (var provision in judgesPlans ? policy.Provisions : default)
                {
                    var location = PolicyCache.LocationOf(file.AdditionalFile, provision.Span);
                    switch (PolicyPlans.Of(provision, today))
                    {
                        case PolicyPlan.Planned:
                            findings.Report(file.ReportDiagnostic, ProvisionDiagnostic.Create(
                                DiagnosticDescriptors.ProvisionDeclaredNotMet, location, provision.Id, provision.Id, provision.ComplyBy, provision.Commentary ?? "no commentary given"));
                            break;
                        case PolicyPlan.Overdue:
                            findings.Report(file.ReportDiagnostic, ProvisionDiagnostic.Create(
                                DiagnosticDescriptors.PlanToComplyOverdue, location, provision.Id, provision.Id, provision.ComplyBy));
                            break;
                    }
                }
            });
        });
    }
}
