using System.Collections.Immutable;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// What a diagnostic carries for the build step and code fixes in <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>,
/// so no reader has to recover it from the message.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>The provisions the diagnostic concerns, comma-separated in Code order: "5.3", "6.2,6.11".</summary>
    public const string ProvisionIds = "ProvisionIds";

    public static ImmutableDictionary<string, string?> ForProvisions(params string[] ids)
        => ImmutableDictionary<string, string?>.Empty.Add(ProvisionIds, string.Join(",", ids));
}
