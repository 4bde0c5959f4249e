using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Policy;

/// <summary>Finds the landlord's policy file among the AdditionalFiles; shared by the generator and the analyzers.</summary>
internal static class PolicyFiles
{
    /// <summary>Item metadata that marks an AdditionalFiles item with another name as the policy file.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles.ComplaintCodePolicy";

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
