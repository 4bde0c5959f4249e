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
}
