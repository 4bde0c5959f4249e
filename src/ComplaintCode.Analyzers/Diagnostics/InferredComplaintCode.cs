using System;
using ComplaintCode.Analyzers.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// What the rules that guess from names (CHC0111, CHC0112, CHC0211-CHC0213) share: when they run at all, and what
/// counts as complaint code.
/// </summary>
internal static class InferredComplaintCode
{
    /// <summary>
    /// The guesses stay quiet in test projects: their fixtures build complaints with AddDays and odd stage enums on
    /// purpose, and once the package flows to them transitively every fixture would be a warning. The props file makes
    /// IsTestProject visible to the compiler.
    /// </summary>
    public static bool IsOn(AnalyzerOptions options)
        => !options.AnalyzerConfigOptionsProvider.GlobalOptions.IsTrue("build_property.IsTestProject");

    /// <summary>Names are compared in lower case without underscores: "Stage_0", "PreComplaint", "STAGE3".</summary>
    public static string Normalise(string name) => name.Replace("_", string.Empty).ToLowerInvariant();

    public static bool SaysComplaint(string name) => name.IndexOf("Complaint", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>A namespace's name as written (<c>Housing.Complaints</c>): one of its parts is named for complaints.</summary>
    public static bool SaysComplaint(NameSyntax name)
        => name switch
        {
            QualifiedNameSyntax qualified => SaysComplaint(qualified.Left) || SaysComplaint(qualified.Right),
            SimpleNameSyntax simple => SaysComplaint(simple.Identifier.ValueText),
            _ => true, // not a namespace's shape: not read, so it may be
        };

    /// <summary>The symbol, a type or namespace around it, or the assembly is named for complaints.</summary>
    public static bool IsInComplaintCode(ISymbol symbol, string? assemblyName)
    {
        if (assemblyName is not null && SaysComplaint(assemblyName))
        {
            return true;
        }

        for (ISymbol? s = symbol; s is not null && s is not INamespaceSymbol { IsGlobalNamespace: true }; s = s.ContainingSymbol)
        {
            if (s is not IAssemblySymbol and not IModuleSymbol && SaysComplaint(s.Name))
            {
                return true;
            }
        }

        return false;
    }
}
