using System;
using System.IO;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ComplaintCode.Analyzers.Policy;

/// <summary>Finds the landlord's policy file among the AdditionalFiles; shared by the generator and the analyzers.</summary>
internal static class PolicyAdditionalFiles
{
    /// <summary>Item metadata that marks an AdditionalFiles item with another name as the policy file.</summary>
    public const string MetadataKey = "build_metadata.AdditionalFiles." + PolicyFiles.MetadataName;

    public static bool IsPolicyFile(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        if (string.Equals(Path.GetFileName(text.Path), PolicyFiles.DefaultFileName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.GetOptions(text).IsTrue(MetadataKey);
    }
}
