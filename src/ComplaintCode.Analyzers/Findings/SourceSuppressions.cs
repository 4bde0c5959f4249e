using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Findings;

/// <summary>
/// Decides how the build shows one of our diagnostics: its level after .editorconfig, global configs and compiler
/// options, or null when the build does not show it (turned off, hidden, in generated code,
/// <c>#pragma warning disable</c>, <c>[SuppressMessage]</c>). The findings log keeps only what the build shows.
/// </summary>
/// <remarks>
/// The compiler applies these after an analyzer reports and tells the analyzer nothing, so the rules are applied here
/// again, in the compiler's order. Only a handful of diagnostics per compile pass through it.
/// SourceSuppressionsCrossCheckTests runs a table of cases through the compiler and through this class and fails on
/// any difference; a rule changed here, or by a Roslyn release, is checked there.
/// Known gap: a DiagnosticSuppressor (from any analyzer package) suppresses diagnostics after every analyzer has run,
/// so no analyzer can see its verdict; such diagnostics stay in the findings though the build hides them.
/// </remarks>
internal sealed class SourceSuppressions
{
    private static readonly string[] s_generatedFileSuffixes = { ".designer.cs", ".generated.cs", ".g.cs", ".g.i.cs" };

    private readonly Compilation _compilation;
    private readonly AnalyzerOptions? _analyzerOptions;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxTree, PragmaWarningDirectiveTriviaSyntax[]> _pragmas = new();
    private IReadOnlyList<AttributeData>? _globalSuppressions;

    /// <param name="analyzerOptions">The options the analyzers were given, for the bulk severities of .editorconfig.</param>
    public SourceSuppressions(Compilation compilation, AnalyzerOptions? analyzerOptions, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _analyzerOptions = analyzerOptions;
        _cancellationToken = cancellationToken;
    }

    /// <summary>"error", "warning" or "note" (SARIF's names, as the build step expects), or null when not shown.</summary>
    public string? LevelOf(Diagnostic diagnostic)
    {
        var severity = EffectiveSeverity(diagnostic);
        if (severity != ReportDiagnostic.Suppress && BulkSeverity(diagnostic) is { } bulk and not ReportDiagnostic.Default)
        {
            severity = bulk == ReportDiagnostic.Warn && _compilation.Options.GeneralDiagnosticOption == ReportDiagnostic.Error ? ReportDiagnostic.Error : bulk;
        }

        var level = severity switch
        {
            ReportDiagnostic.Error => "error",
            ReportDiagnostic.Warn => "warning",
            ReportDiagnostic.Info => "note",
            _ => null,
        };
        return level is null || IsInGeneratedCode(diagnostic) || IsSuppressedByPragma(diagnostic) || IsSuppressedByAttribute(diagnostic) ? null : level;
    }

    /// <summary>
    /// The compiler's order (CSharpDiagnosticFilter.GetDiagnosticReport): the warning level first (a diagnostic's own
    /// level: 0 for errors, 1 for the rest, so WarningLevel 0 hides warnings and notes); then a command-line option for
    /// the id (NoWarn, WarningsAsErrors) wins; otherwise the file's .editorconfig, then global configs. A configured
    /// "warning" is raised by /warnaserror, and so is an unconfigured warning, unless WarningsNotAsErrors names the id:
    /// then the configured severity holds as written, except that it cannot raise a warning to an error.
    /// </summary>
    private ReportDiagnostic EffectiveSeverity(Diagnostic diagnostic)
    {
        var options = _compilation.Options;
        if (diagnostic.WarningLevel > options.WarningLevel)
        {
            return ReportDiagnostic.Suppress;
        }

        var specified = options.SpecificDiagnosticOptions.TryGetValue(diagnostic.Id, out var report);
        // WarningsNotAsErrors (/warnaserror-:id) is the id given Default on the command line.
        var notAsError = specified && report == ReportDiagnostic.Default;
        if ((!specified || notAsError) && options.SyntaxTreeOptionsProvider is { } treeOptions)
        {
            var tree = diagnostic.Location.SourceTree;
            if (((tree is not null && treeOptions.TryGetDiagnosticValue(tree, diagnostic.Id, _cancellationToken, out var configured))
                    || treeOptions.TryGetGlobalDiagnosticValue(diagnostic.Id, _cancellationToken, out configured))
                && !(notAsError && diagnostic.Severity == DiagnosticSeverity.Warning && configured == ReportDiagnostic.Error))
            {
                report = !notAsError && configured == ReportDiagnostic.Warn && options.GeneralDiagnosticOption == ReportDiagnostic.Error ? ReportDiagnostic.Error : configured;
                specified = true;
            }
        }

        if (!specified)
        {
            report = diagnostic.Descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
        }

        if (report != ReportDiagnostic.Default)
        {
            return report;
        }

        return diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ReportDiagnostic.Error,
            DiagnosticSeverity.Warning when options.GeneralDiagnosticOption == ReportDiagnostic.Error && !specified => ReportDiagnostic.Error,
            DiagnosticSeverity.Warning or DiagnosticSeverity.Info when options.GeneralDiagnosticOption == ReportDiagnostic.Suppress => ReportDiagnostic.Suppress,
            DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
            DiagnosticSeverity.Info => ReportDiagnostic.Info,
            _ => ReportDiagnostic.Hidden,
        };
    }

    /// <summary>
    /// As the analyzer driver's bulk configuration (AnalyzerOptionsExtensions.TryGetSeverityFromBulkConfiguration):
    /// <c>dotnet_analyzer_diagnostic.category-{category}.severity</c>, else <c>dotnet_analyzer_diagnostic.severity</c>,
    /// for a rule enabled by default whose id is configured nowhere. The driver applies it after the compiler's
    /// filter, over whatever that decided, so it never revives a diagnostic the filter dropped; /warnaserror still
    /// raises a bulk "warning", as it raises a configured one.
    /// </summary>
    private ReportDiagnostic? BulkSeverity(Diagnostic diagnostic)
    {
        if (_analyzerOptions is null || diagnostic.Location.SourceTree is not { } tree || !diagnostic.Descriptor.IsEnabledByDefault)
        {
            return null;
        }

        var options = _compilation.Options;
        if (options.SpecificDiagnosticOptions.ContainsKey(diagnostic.Id)
            || options.SyntaxTreeOptionsProvider?.TryGetDiagnosticValue(tree, diagnostic.Id, _cancellationToken, out _) == true
            || options.SyntaxTreeOptionsProvider?.TryGetGlobalDiagnosticValue(diagnostic.Id, _cancellationToken, out _) == true)
        {
            return null;
        }

        var config = _analyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree);
        return ParseSeverity(config, $"dotnet_analyzer_diagnostic.category-{diagnostic.Descriptor.Category}.severity")
            ?? ParseSeverity(config, "dotnet_analyzer_diagnostic.severity");
    }

    /// <summary>The severity names of .editorconfig (AnalyzerConfigSet.TryParseSeverity, which is internal).</summary>
    private static ReportDiagnostic? ParseSeverity(AnalyzerConfigOptions config, string key)
    {
        if (!config.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.Trim().ToLowerInvariant() switch
        {
            "default" => ReportDiagnostic.Default,
            "error" => ReportDiagnostic.Error,
            "warning" => ReportDiagnostic.Warn,
            "suggestion" => ReportDiagnostic.Info,
            "silent" or "refactoring" => ReportDiagnostic.Hidden,
            "none" => ReportDiagnostic.Suppress,
            _ => null,
        };
    }

    /// <summary>The last <c>#pragma warning</c> before the diagnostic that names its id (or no id) decides.</summary>
    private bool IsSuppressedByPragma(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return false;
        }

        if (!_pragmas.TryGetValue(tree, out var pragmas))
        {
            pragmas = tree.GetRoot(_cancellationToken)
                .DescendantTrivia(descendIntoTrivia: true)
                .Select(t => t.GetStructure())
                .OfType<PragmaWarningDirectiveTriviaSyntax>()
                .Where(p => p.IsActive)
                .ToArray();
            _pragmas[tree] = pragmas;
        }

        var position = diagnostic.Location.SourceSpan.Start;
        var suppressed = false;
        foreach (var pragma in pragmas)
        {
            if (pragma.SpanStart > position)
            {
                break;
            }

            // A directive with no disable/restore keyword is malformed, and the compiler ignores it.
            if ((pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword) || pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.RestoreKeyword))
                && (pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => CodeText(code) == diagnostic.Id)))
            {
                suppressed = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }
        }

        return suppressed;
    }

    private static string CodeText(ExpressionSyntax code)
        => code is IdentifierNameSyntax name ? name.Identifier.ValueText : code.ToString().Trim();

    /// <summary>
    /// As the compiler's SuppressMessageAttributeState: [SuppressMessage] on the declaration the diagnostic is in or on
    /// anything around it; an assembly-level one with no Target (and no Scope, or Scope "module") everywhere; one with
    /// a Target (a documentation id, "~" optional) on that symbol and what is inside it for Scope "member" or "type",
    /// everything in the namespace for "namespaceanddescendants", and only the namespace's own declarations for
    /// "namespace". A Target without a Scope suppresses nothing, as in the compiler.
    /// </summary>
    private bool IsSuppressedByAttribute(Diagnostic diagnostic)
    {
        var global = _globalSuppressions ??= _compilation.Assembly.GetAttributes().Concat(_compilation.SourceModule.GetAttributes()).ToList();
        var forThisId = global.Where(a => IsSuppressMessage(a, diagnostic.Id)).ToList();
        if (forThisId.Any(a => TargetOf(a) is null && ScopeOf(a) is null or "module"))
        {
            return true;
        }

        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return false;
        }

        var targeted = forThisId.Where(a => TargetOf(a) is not null && ScopeOf(a) is "member" or "type" or "namespace" or "namespaceanddescendants").ToList();
        var first = DeclaredSymbolAt(tree, diagnostic.Location.SourceSpan.Start);
        for (var symbol = first; symbol is not null and not IAssemblySymbol and not IModuleSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.GetAttributes().Any(a => IsSuppressMessage(a, diagnostic.Id)))
            {
                return true;
            }

            var id = symbol.GetDocumentationCommentId();
            foreach (var suppression in targeted)
            {
                var target = TargetOf(suppression)!;
                if (id is null || (target.StartsWith("~", System.StringComparison.Ordinal) ? target.Substring(1) : target) != id)
                {
                    continue;
                }

                var applies = ScopeOf(suppression) switch
                {
                    "namespace" => symbol is INamespaceSymbol && SymbolEqualityComparer.Default.Equals(symbol, first),
                    "namespaceanddescendants" => symbol is INamespaceSymbol,
                    _ => symbol is not INamespaceSymbol,
                };
                if (applies)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Diagnostics in generated code never reach the build: every analyzer of ours asks for
    /// <c>GeneratedCodeAnalysisFlags.None</c>, so the compiler drops those it reports there. The same rules as the
    /// compiler's: what .editorconfig says (generated_code), else the file name, else an auto-generated header.
    /// </summary>
    private bool IsInGeneratedCode(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return false;
        }

        switch (_compilation.Options.SyntaxTreeOptionsProvider?.IsGenerated(tree, _cancellationToken))
        {
            case GeneratedKind.MarkedGenerated:
                return true;
            case GeneratedKind.NotGenerated:
                return false;
        }

        var name = System.IO.Path.GetFileName(tree.FilePath) ?? "";
        if (name.StartsWith("TemporaryGeneratedFile_", System.StringComparison.OrdinalIgnoreCase)
            || s_generatedFileSuffixes.Any(suffix => name.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(_cancellationToken).GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var text = trivia.ToString();
                if (text.IndexOf("<autogenerated", System.StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("<auto-generated", System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private ISymbol? DeclaredSymbolAt(SyntaxTree tree, int position)
    {
        var model = _compilation.GetSemanticModel(tree);
        var node = tree.GetRoot(_cancellationToken).FindToken(position).Parent;
        for (; node is not null; node = node.Parent)
        {
            if (node is MemberDeclarationSyntax or AccessorDeclarationSyntax or VariableDeclaratorSyntax or EnumMemberDeclarationSyntax)
            {
                if (model.GetDeclaredSymbol(node, _cancellationToken) is { } symbol)
                {
                    return symbol;
                }
            }
        }

        return null;
    }

    private static bool IsSuppressMessage(AttributeData attribute, string id)
    {
        if (attribute.AttributeClass is not { Name: "SuppressMessageAttribute" or "UnconditionalSuppressMessageAttribute" } type
            || type.ContainingNamespace?.ToDisplayString() != "System.Diagnostics.CodeAnalysis"
            || attribute.ConstructorArguments.Length != 2
            || attribute.ConstructorArguments[1].Value is not string checkId)
        {
            return false;
        }

        // "CHC0202" or "CHC0202:Calendar days for a working-day limit".
        var colon = checkId.IndexOf(':');
        return (colon < 0 ? checkId : checkId.Substring(0, colon)) == id;
    }

    private static string? TargetOf(AttributeData attribute) => attribute.NamedString("Target");

    private static string? ScopeOf(AttributeData attribute) => attribute.NamedString("Scope")?.ToLowerInvariant();
}
