using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Findings;

/// <summary>
/// What our analyzers found in one command-line compile, written as a small JSON file for the package's build tasks:
/// every CHC diagnostic (at the level the compiler would give it, suppressions honoured), every [Implements] the
/// compiler saw, and every place a rule judged annotated code (<see cref="AddCheck"/>), so the assessment can say
/// which answers the build itself checked.
/// </summary>
/// <remarks>
/// <para>
/// In a build that asks for the file, the analyzers do not report their diagnostics to the compiler: they record them
/// here, and the package's ReportFindings task reports them right after the compile, with the same id, level, file,
/// line and message. So a breach of the Code fails the build but never the compile. The project compiles, every
/// project that references it compiles too, and the system's project can always assess the whole system from this
/// build's findings, whichever project holds the breach and however it became an error (a default-error rule,
/// strict mode, .editorconfig, /warnaserror). In the IDE (no request) they report live, as any analyzer does.
/// Suggestions about how code is written (CHC0005, CHC0601; tagged StrictModeTags.Suggestion) find nothing about
/// the Code, so they do not come here: they report to the compiler in every build, as any analyzer does.
/// </para>
/// <para>
/// Why a file rather than the compiler's SARIF log: asking for <c>/errorlog</c> makes the compiler run every analyzer
/// whose rules are only suggestions (it skips them otherwise, dotnet/roslyn#43546): the SDK's analyzers among them,
/// so the cost grows with the project, not with us (bench/README.md has what it measured).
/// </para>
/// <para>
/// It is written only when the build asks: the package's targets add an additional file named
/// <c>*.complaintcode.findings-request</c> to real compiles only, never to design-time builds, so the IDE never writes
/// anything. The findings go beside it, in <c>*.complaintcode.findings.json</c>.
/// </para>
/// <para>
/// Each analyzer joins the log at compilation start and leaves it at compilation end; the last to leave writes the
/// file, so it holds every analyzer's findings. The compiler runs every analyzer's compilation-start action before
/// any analysis, so no analyzer can leave before another has joined.
/// </para>
/// </remarks>
internal sealed class FindingsLog
{

    /// <summary>One log per compilation: analyzers of several projects share the compiler server process.</summary>
    private static readonly ConditionalWeakTable<Compilation, FindingsLog> s_logs = new();

    /// <summary>The log outside a requesting build: it reports and records nothing.</summary>
    private static readonly FindingsLog s_inactive = new(null);

    /// <summary>The request's path without its suffix: the findings go beside it.</summary>
    private readonly string? _stem;
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private readonly ConcurrentQueue<CodeEvidence> _evidence = new();
    private readonly ConcurrentQueue<(DiagnosticDescriptor Rule, string[] Provisions, Location Location)> _checks = new();
    private int _participants;
    private int _evidenceCollected;
    private int _abandoned;

    private FindingsLog(string? stem) => _stem = stem;

    /// <summary>True in a build that asked for the findings.</summary>
    public bool IsActive => _stem is not null;

    /// <summary>
    /// Joins the compilation's log. With <paramref name="leaveAtCompilationEnd"/> the log registers its own
    /// compilation-end action; an analyzer that reports from its own compilation end passes false and calls
    /// <see cref="Leave"/> after reporting, because the order of one analyzer's end actions is not specified.
    /// </summary>
    // RS1013 sees only this method; every caller registers its own analysis actions on the same context.
#pragma warning disable RS1013
    public static FindingsLog Join(CompilationStartAnalysisContext start, bool leaveAtCompilationEnd = true)
    {
        var request = start.Options.AdditionalFiles.FirstOrDefault(f => f.Path.EndsWith(FindingsContract.RequestSuffix, System.StringComparison.OrdinalIgnoreCase));
        if (request is null)
        {
            return s_inactive;
        }

        var log = s_logs.GetValue(start.Compilation, _ => new FindingsLog(request.Path.Substring(0, request.Path.Length - FindingsContract.RequestSuffix.Length)));
        Interlocked.Increment(ref log._participants);
        if (leaveAtCompilationEnd)
        {
            start.RegisterCompilationEndAction(log.Leave);
        }

        return log;
    }
#pragma warning restore RS1013

    /// <summary>
    /// Reports <paramref name="diagnostic"/> to the compiler, or, in a build that asked for the findings, records it
    /// for the build's ReportFindings task, which reports it after the compile.
    /// </summary>
    public void Report(System.Action<Diagnostic> report, Diagnostic diagnostic)
    {
        if (IsActive)
        {
            _diagnostics.Enqueue(diagnostic);
        }
        else
        {
            report(diagnostic);
        }
    }

    /// <summary>Records an [Implements]: valid provision ids only, where it is written and what it is on.</summary>
    public void AddEvidence(AttributeData attribute, ISymbol owner, IReadOnlyList<string> provisions)
    {
        if (!IsActive || provisions.Count == 0)
        {
            return;
        }

        var location = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation().GetLineSpan();
        _evidence.Enqueue(new CodeEvidence(
            provisions.ToArray(),
            owner is IAssemblySymbol ? "assembly" : owner is IModuleSymbol ? "module" : owner.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
            location?.Path,
            location is { } span ? span.StartLinePosition.Line + 1 : null,
            attribute.NamedString("Evidence"),
            attribute.NamedString("Commentary")));
    }

    /// <summary>
    /// Records that <paramref name="rule"/> judged annotated code at <paramref name="location"/> against
    /// <paramref name="provisions"/>, breach or not. The self-assessment counts these to say a provision is checked by
    /// the build; a check where the build would not show the rule's breach (rule off, suppressed) is dropped on writing.
    /// </summary>
    public void AddCheck(DiagnosticDescriptor rule, IEnumerable<string> provisions, Location? location)
    {
        if (IsActive && location is { Kind: LocationKind.SourceFile or LocationKind.ExternalFile })
        {
            var ids = provisions.Distinct().ToArray();
            if (ids.Length > 0)
            {
                _checks.Enqueue((rule, ids, location));
            }
        }
    }

    /// <summary>
    /// The evidence analyzer ran. The compiler skips an analyzer whose every rule is off or only a suggestion, and the
    /// build step must then say that the evidence in code is missing rather than call it absent.
    /// </summary>
    public void MarkEvidenceCollected() => Interlocked.Exchange(ref _evidenceCollected, 1);

    /// <summary>An analyzer failed before reporting everything: the log must not be written as if it were complete.</summary>
    public void Abandon() => Interlocked.Exchange(ref _abandoned, 1);

    /// <summary>
    /// Leaves the log; the last analyzer to leave writes the file. A log that cannot be completed deletes the file of
    /// an earlier compile instead, so the build says it has no findings rather than report or assess old ones.
    /// </summary>
    public void Leave(CompilationAnalysisContext end)
    {
        if (!IsActive || Interlocked.Decrement(ref _participants) != 0)
        {
            return;
        }

        var path = _stem + FindingsContract.FindingsSuffix;
        if (_abandoned != 0)
        {
            Delete(path);
            return;
        }

        try
        {
            if (!WriteIfChanged(path, ToJson(end)))
            {
                Delete(path);
            }
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            Delete(path);
            throw;
        }
    }

    private string ToJson(CompilationAnalysisContext end)
    {
        var suppressions = new SourceSuppressions(end.Compilation, end.Options, end.CancellationToken);
        var findings = _diagnostics
            .Select(d => (Diagnostic: d, Level: suppressions.LevelOf(d)))
            .Where(f => f.Level is not null)
            .Select(f => Entry(f.Diagnostic, f.Level!))
            .Distinct()
            .OrderBy(f => f.File ?? "", System.StringComparer.Ordinal)
            .ThenBy(f => f.Line ?? 0)
            .ThenBy(f => f.Id, System.StringComparer.Ordinal)
            .ThenBy(f => f.Message, System.StringComparer.Ordinal)
            .ToList();
        var evidence = _evidence
            .Distinct()
            .OrderBy(e => e.File ?? "", System.StringComparer.Ordinal)
            .ThenBy(e => e.Line ?? 0)
            .ThenBy(e => e.Symbol, System.StringComparer.Ordinal)
            .ToList();

        var checks = _checks
            .Where(c => suppressions.LevelOf(Diagnostic.Create(c.Rule, c.Location)) is not null)
            .Select(c => (Check: c, Span: c.Location.GetLineSpan()))
            .Select(c => new RuleCheck(c.Check.Rule.Id, c.Check.Provisions, c.Span.Path, c.Span.StartLinePosition.Line + 1))
            .Distinct()
            .OrderBy(c => c.File ?? "", System.StringComparer.Ordinal)
            .ThenBy(c => c.Line ?? 0)
            .ThenBy(c => c.Rule, System.StringComparer.Ordinal)
            .ThenBy(c => string.Join(",", c.Provisions), System.StringComparer.Ordinal)
            .ToList();

        return FindingsContract.ToJson(new FindingsDocument(FindingsContract.Format, _evidenceCollected != 0, findings, evidence, checks));
    }

    private static LoggedFinding Entry(Diagnostic diagnostic, string level)
    {
        var inFile = diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile;
        var span = inFile ? diagnostic.Location.GetLineSpan() : default;
        return new LoggedFinding(
            diagnostic.Id,
            level,
            Diagnostics.ProvisionDiagnostic.ProvisionsOf(diagnostic),
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            inFile ? span.Path : null,
            inFile ? span.StartLinePosition.Line + 1 : null,
            inFile ? span.StartLinePosition.Character + 1 : null,
            inFile ? span.EndLinePosition.Line + 1 : null,
            inFile ? span.EndLinePosition.Character + 1 : null,
            string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : diagnostic.Descriptor.HelpLinkUri);
    }

    // RS1035 bans file IO in analyzers because the IDE runs them on snapshots that are never saved. This is the one
    // place that writes, and only for a command-line compile that asked for it through the request file.
#pragma warning disable RS1035
    /// <summary>
    /// Unchanged findings leave the file alone, so the assessment step (whose input it is) stays skipped. A changed file
    /// is written beside and moved over, so no task reads half of one. A failure to write is not a failure of the
    /// compile; the caller then deletes the old file, and without it the build says it has no findings for the
    /// project. Returns false when the file could not be written.
    /// </summary>
    private static bool WriteIfChanged(string path, string contents)
    {
        var temporary = path + "." + System.Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == contents)
            {
                return true;
            }

            File.WriteAllText(temporary, contents, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }

            return true;
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            Delete(temporary);
            return false;
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            // Nothing more can be done from inside the compiler; the build step reports what it finds.
        }
    }
#pragma warning restore RS1035

    /// <param name="Provisions">The provisions the finding concerns, from the diagnostic's properties; empty for one about annotations or the policy file.</param>
}
