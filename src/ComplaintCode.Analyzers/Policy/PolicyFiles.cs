using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Policy;

/// <summary>Finds the landlord's policy file among the AdditionalFiles; shared by the generator and the analyzers.</summary>
internal static class PolicyFiles
{
    /// <summary>Item metadata that marks an AdditionalFiles item with another name as the policy file.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ComplaintCodePolicy";

    /// <summary>
    /// The one policy file a project uses when it is given several: the first in ordinal path order. The generator,
    /// the analyzers (which report the others, CHC0501) and the build step all choose with this.
    /// </summary>
    public static string? Choose(IEnumerable<string> paths)
        => paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();

    public static bool IsPolicyFile(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        if (string.Equals(Path.GetFileName(text.Path), PolicyParser.DefaultFileName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.GetOptions(text).TryGetValue(MetadataKey, out var flag)
            && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
