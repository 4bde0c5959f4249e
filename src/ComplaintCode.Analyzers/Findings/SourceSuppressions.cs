using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Analyzers.Findings;

/// <summary>
/// Decides how the build shows one of our diagnostics: its level after .editorconfig, global configs and compiler
/// options, or null when the build does not show it (turned off, hidden, <c>#pragma warning disable</c>,
/// <c>[SuppressMessage]</c>). The findings log keeps only what the build shows, as the compiler's own log did.
/// </summary>
/// <remarks>
/// The compiler applies these after an analyzer reports and tells the analyzer nothing, so the rules are applied here
/// again, in the compiler's order. Only a handful of diagnostics per compile pass through it.
/// </remarks>
internal sealed class SourceSuppressions
{
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<SyntaxTree, PragmaWarningDirectiveTriviaSyntax[]> _pragmas = new();
    private IReadOnlyList<AttributeData>? _globalSuppressions;

    public SourceSuppressions(Compilation compilation, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>"error", "warning" or "note" (SARIF's names, as the build step expects), or null when not shown.</summary>
    public string? LevelOf(Diagnostic diagnostic)
    {
        var level = EffectiveSeverity(diagnostic) switch
        {
            ReportDiagnostic.Error => "error",
            ReportDiagnostic.Warn => "warning",
            ReportDiagnostic.Info => "note",
            _ => null,
        };
        return level is null || IsSuppressedByPragma(diagnostic) || IsSuppressedByAttribute(diagnostic) ? null : level;
    }

    /// <summary>
    /// Per-file .editorconfig beats command-line options (except a /nowarn), which beat global configs, which beat
    /// the rule's default; /warnaserror raises what is left at warning.
    /// </summary>
    private ReportDiagnostic EffectiveSeverity(Diagnostic diagnostic)
    {
        var options = _compilation.Options;
        var treeOptions = options.SyntaxTreeOptionsProvider;
        var specified = options.SpecificDiagnosticOptions.TryGetValue(diagnostic.Id, out var report);
        if (diagnostic.Location.SourceTree is { } tree
            && treeOptions is not null
            && treeOptions.TryGetDiagnosticValue(tree, diagnostic.Id, _cancellationToken, out var fromTree)
            && !(specified && report == ReportDiagnostic.Suppress))
        {
            report = fromTree;
            specified = true;
        }
        else if (!specified && treeOptions is not null && treeOptions.TryGetGlobalDiagnosticValue(diagnostic.Id, _cancellationToken, out var fromGlobal))
        {
            report = fromGlobal;
            specified = true;
        }

        if (!specified || report == ReportDiagnostic.Default)
        {
            if (!diagnostic.Descriptor.IsEnabledByDefault)
            {
                return ReportDiagnostic.Suppress;
            }

            report = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => ReportDiagnostic.Error,
                DiagnosticSeverity.Warning => options.GeneralDiagnosticOption == ReportDiagnostic.Error ? ReportDiagnostic.Error : ReportDiagnostic.Warn,
                DiagnosticSeverity.Info => ReportDiagnostic.Info,
                _ => ReportDiagnostic.Hidden,
            };
        }

        return report;
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

            if (pragma.ErrorCodes.Count == 0 || pragma.ErrorCodes.Any(code => CodeText(code) == diagnostic.Id))
            {
                suppressed = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }
        }

        return suppressed;
    }

    private static string CodeText(ExpressionSyntax code)
        => code is IdentifierNameSyntax name ? name.Identifier.ValueText : code.ToString().Trim();

    /// <summary>
    /// [SuppressMessage] on the member or type the diagnostic is in, or on any type or namespace around it; or an
    /// assembly-level one whose Target names one of those (or, without a Target, a diagnostic with no source location).
    /// </summary>
    private bool IsSuppressedByAttribute(Diagnostic diagnostic)
    {
        var global = _globalSuppressions ??= _compilation.Assembly.GetAttributes().Concat(_compilation.SourceModule.GetAttributes()).ToList();
        var globalForThisId = global.Where(a => IsSuppressMessage(a, diagnostic.Id)).ToList();

        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return globalForThisId.Any(a => TargetOf(a) is null);
        }

        var declared = DeclaredSymbolAt(tree, diagnostic.Location.SourceSpan.Start);
        for (var symbol = declared; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is IAssemblySymbol or IModuleSymbol)
            {
                break;
            }

            if (symbol.GetAttributes().Any(a => IsSuppressMessage(a, diagnostic.Id)))
            {
                return true;
            }

            var id = symbol.GetDocumentationCommentId();
            if (id is not null && globalForThisId.Any(a => TargetOf(a) is { } target && target.TrimStart('~') == id))
            {
                return true;
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
        return (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim() == id;
    }

    private static string? TargetOf(AttributeData attribute)
        => attribute.NamedArguments.FirstOrDefault(a => a.Key == "Target").Value.Value as string;
}
