using System.Collections.Immutable;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Model.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Checks complaint-policy.yaml: CHC0501 when it cannot be used, CHC0502 for a timescale looser than the Code's,
/// CHC0503 for a provision declared not met without a complyBy date,
/// CHC0002 for a bad provision id, and CHC0003 for each provision it declares not met. Runs live on the file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.PolicyFileUnusable,
        DiagnosticDescriptors.PolicyTimescaleLooserThanCode,
        DiagnosticDescriptors.NotMetWithoutComplyBy,
        DiagnosticDescriptors.InvalidProvisionId,
        DiagnosticDescriptors.ProvisionDeclaredNotMet);

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

                foreach (var provision in policy.Provisions)
                {
                    if (provision.Comply == PolicyComply.No)
                    {
                        findings.Report(file.ReportDiagnostic, ProvisionDiagnostic.Create(
                            DiagnosticDescriptors.ProvisionDeclaredNotMet,
                            PolicyCache.LocationOf(file.AdditionalFile, provision.Span),
                            provision.Id,
                            provision.Id,
                            provision.ComplyBy ?? "an unstated date",
                            provision.Commentary ?? "no commentary given"));
                    }
                }
            });
        });
    }
}
