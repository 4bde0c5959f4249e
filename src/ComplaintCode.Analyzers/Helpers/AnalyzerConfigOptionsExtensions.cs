using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Helpers;

internal static class AnalyzerConfigOptionsExtensions
{
    /// <summary>
    /// Whether an MSBuild property or item metadata the compiler was given (build_property.X,
    /// build_metadata.AdditionalFiles.X) is true; MSBuild writes "true" in any case, with or without spaces.
    /// </summary>
    public static bool IsTrue(this AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Set by the package's targets: true in the project that is the system, false in its parts.</summary>
    public const string AssessedProjectProperty = "build_property.ComplaintCodeAssessedProject";

    /// <summary>
    /// Whether this compile is of the system's project, which judges what concerns the whole system (CHC0001, the
    /// plans). Without the property (a host other than the package's build) <paramref name="unknown"/> decides.
    /// </summary>
    public static bool IsAssessedProject(this AnalyzerConfigOptions globalOptions, bool unknown)
        => globalOptions.TryGetValue(AssessedProjectProperty, out _) ? globalOptions.IsTrue(AssessedProjectProperty) : unknown;
}
