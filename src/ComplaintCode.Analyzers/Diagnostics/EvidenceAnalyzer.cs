using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ComplaintCode.Analyzers.Findings;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// CHC0002: a bad id in [Implements]. CHC0001: a provision with no evidence at all, in code or in the policy file;
/// CHC0006 in its place, once, while the system has no policy file.
/// </summary>
/// <remarks>
/// <para>
/// CHC0001 is judged only in the project that is the system (the package's targets set ComplaintCodeAssessedProject:
/// an executable, a project holding the policy file, or one marked ComplaintCodeSelfAssessment=true). It counts the
/// evidence of every project the system references: each one's generator records the provisions its [Implements]
/// name as an assembly attribute (<see cref="EvidenceMetadata"/>), which the compiler and the IDE both see in the
/// reference, so no earlier build is needed. Without the property (a host that is not our MSBuild targets) a project
/// is judged once it uses an attribute of ours or has a policy file, as before.
/// </para>
/// <para>
/// CHC0001 needs every declaration of the project, so it is a compilation-end diagnostic: it shows on build, and in
/// the IDE only when full solution analysis is on. It is reported at the policy file, where evidence is declared (at
/// the provision's entry when the file has one), or with no source location when there is no policy file, as the
/// compiler's project-level diagnostics are. CHC0002 reports live, per declaration.
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EvidenceAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ProvisionNotEvidenced,
        DiagnosticDescriptors.NoPolicyFile,
        DiagnosticDescriptors.InvalidProvisionId);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // This analyzer reports from its own compilation end, so it leaves the findings log there, after reporting.
            // Nothing is looked up here (see ComplaintCodeSymbols.OnFirstUse), so the assembly's own attributes are
            // read at compilation end.
            var compilation = start.Compilation;
            var findings = FindingsLog.Join(start, leaveAtCompilationEnd: false);
            var evidence = new Lazy<CompilationState?>(
                () => ComplaintCodeSymbols.Resolve(compilation) is { } symbols ? new CompilationState(symbols, compilation, findings) : null,
                System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

            // Only declarations with an attribute written on them can carry ours, so the attribute lists are visited
            // rather than every symbol: a name that cannot be one of our attributes is passed over before any binding.
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var list = (AttributeListSyntax)node.Node;
                    if (evidence.Value is not { } state || !state.Names.MayBeOurs(list))
                    {
                        return;
                    }

                    var symbols = state.Symbols;

                    void Report(Diagnostic diagnostic) => findings.Report(node.ReportDiagnostic, diagnostic);
                    if (list.Target?.Identifier.Kind() is SyntaxKind.AssemblyKeyword or SyntaxKind.ModuleKeyword)
                    {
                        // Assembly and module attributes belong to no declaration symbol: their ids are checked where
                        // they are written, so CHC0002 stays live in the IDE for them too. Their evidence is kept at
                        // compilation end.
                        var owner = list.Target.Identifier.IsKind(SyntaxKind.AssemblyKeyword) ? (ISymbol)node.Compilation.Assembly : node.Compilation.SourceModule;
                        foreach (var attribute in owner.GetAttributes())
                        {
                            if (IsWrittenIn(attribute, list) && symbols.Is(attribute, symbols.Implements))
                            {
                                state.CheckIds(attribute, owner, Report);
                            }
                        }

                        return;
                    }

                    var firstOwner = true;
                    foreach (var owner in AttributeOwners.Of(list, node.SemanticModel, node.CancellationToken))
                    {
                        // "int a, b;" gives both fields the one attribute written: each is evidence, but a bad id is
                        // one mistake, reported once.
                        state.Visit(owner, firstOwner || list.Parent is not BaseFieldDeclarationSyntax ? Report : static _ => { }, list);
                        firstOwner = false;
                    }
                },
                SyntaxKind.AttributeList);

            start.RegisterCompilationEndAction(end =>
            {
                try
                {
                    if (evidence.Value is { } state)
                    {
                        findings.MarkEvidenceCollected();
                        state.Visit(end.Compilation.Assembly, reportDiagnostic: null);
                        state.Visit(end.Compilation.SourceModule, reportDiagnostic: null);
                        ReportUnevidenced(end, state, findings);
                    }
                }
                catch
                {
                    // Without its CHC0001s the log would make unevidenced provisions look evidenced.
                    findings.Abandon();
                    throw;
                }
                finally
                {
                    findings.Leave(end);
                }
            });
        });
    }

    /// <summary>CHC0001 for each provision with no evidence in code, in a referenced project or in the policy file.</summary>
    private static void ReportUnevidenced(CompilationAnalysisContext end, CompilationState state, FindingsLog findings)
    {
        var policyFiles = PolicyCache.Find(end.Options);
        var policyFile = policyFiles.Length > 0 ? policyFiles[0] : null;
        var policy = policyFile is not null ? PolicyCache.Get(policyFile, end.CancellationToken) : null;
        var globalOptions = end.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var assessed = globalOptions.IsAssessedProject(unknown: state.UsesPackage || policy is not null);
        if (!assessed)
        {
            return;
        }

        var evidenced = new HashSet<string>(state.Implemented.Keys);
        evidenced.UnionWith(EvidenceMetadata.ReadReferenced(end.Compilation, end.CancellationToken));
        var entries = new Dictionary<string, PolicyProvision>();
        if (policy is not null)
        {
            foreach (var provision in policy.Provisions)
            {
                entries[provision.Id] = provision;

                // Declared non-compliance is CHC0003's, not "no evidence".
                if (provision.CountsAsEvidence || provision.Comply == PolicyComply.No)
                {
                    evidenced.Add(provision.Id);
                }
            }
        }

        var unevidenced = CodeCatalog.Instance.Provisions.Where(p => !evidenced.Contains(p.Id)).ToList();
        if (policyFile is null)
        {
            // No file to point at: one diagnostic with the next step, carrying every provision as data for the assessment.
            if (unevidenced.Count > 0)
            {
                findings.Report(end.ReportDiagnostic, ProvisionDiagnostic.Create(
                    DiagnosticDescriptors.NoPolicyFile,
                    Location.None,
                    unevidenced.Select(p => p.Id),
                    unevidenced.Count,
                    CodeCatalog.Instance.Provisions.Length,
                    Listed(unevidenced.Select(p => p.Id).ToList())));
            }

            return;
        }

        foreach (var provision in unevidenced)
        {
            var location = PolicyCache.LocationOf(policyFile, entries.TryGetValue(provision.Id, out var entry) ? entry.Span : PolicySpan.Start);
            findings.Report(end.ReportDiagnostic, ProvisionDiagnostic.Create(DiagnosticDescriptors.ProvisionNotEvidenced, location, provision.Id, provision.Id, provision.Gist));
        }
    }

    private static bool IsWrittenIn(AttributeData attribute, AttributeListSyntax list)
        => attribute.ApplicationSyntaxReference is { } reference && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span);

    /// <summary>"6.13, 9.4", or for many "1.2, 1.3, 1.4, 1.5, 1.6 and 67 more": a line a person reads to the end.</summary>
    internal static string Listed(IReadOnlyList<string> ids)
    {
        const int Shown = 5;
        return ids.Count <= Shown + 1
            ? string.Join(", ", ids)
            : string.Join(", ", ids.Take(Shown)) + " and " + (ids.Count - Shown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more";
    }

    private sealed class CompilationState
    {
        private readonly FindingsLog _findings;
        private int _usesPackage;

        public CompilationState(ComplaintCodeSymbols symbols, Compilation compilation, FindingsLog findings)
        {
            Symbols = symbols;
            _findings = findings;
            Names = new AttributeNames(symbols, compilation);
        }

        public ComplaintCodeSymbols Symbols { get; }

        /// <summary>The names an attribute of ours can be written with.</summary>
        public AttributeNames Names { get; }

        public ConcurrentDictionary<string, bool> Implemented { get; } = new();

        public bool UsesPackage => _usesPackage != 0;

        /// <param name="writtenIn">Only the attributes written in this list (a declaration may have several lists).</param>
        public void Visit(ISymbol symbol, System.Action<Diagnostic>? reportDiagnostic, AttributeListSyntax? writtenIn = null)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is null || (writtenIn is not null && !IsWrittenIn(attribute, writtenIn)) || !Symbols.All.Contains(attribute.AttributeClass))
                {
                    continue;
                }

                System.Threading.Interlocked.Exchange(ref _usesPackage, 1);

                if (Symbols.Is(attribute, Symbols.Implements))
                {
                    // Without a reporter (assembly attributes, read at compilation end) only the evidence is kept.
                    CheckIds(attribute, symbol, reportDiagnostic ?? (_ => { }));
                }
            }
        }

        public void CheckIds(AttributeData attribute, ISymbol owner, System.Action<Diagnostic> report)
        {
            var seen = new HashSet<string>();
            var valid = new List<string>();
            foreach (var id in ImplementsIds.Read(attribute))
            {
                var location = id.Syntax?.GetLocation() ?? attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
                string? problem = null;
                if (id.Provision is null)
                {
                    problem = CodeCatalog.IsWellFormedId(id.Text)
                        ? $"The Complaint Handling Code has no provision {id.Text}"
                        : $"'{id.Text}' is not a provision number; write it as section.number, e.g. \"6.3\"";
                }
                else if (!seen.Add(id.Provision.Id))
                {
                    problem = $"Provision {id.Provision.Id} is named twice in the same [Implements]";
                }
                else
                {
                    Implemented[id.Provision.Id] = true;
                    valid.Add(id.Provision.Id);
                }

                if (problem is not null)
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.InvalidProvisionId, location, problem));
                }
            }

            _findings.AddEvidence(attribute, owner, valid);
        }
    }
}
