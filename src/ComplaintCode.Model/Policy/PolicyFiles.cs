using System;
using System.Collections.Generic;
using System.Linq;

namespace ComplaintCode.Model.Policy;

/// <summary>Which file is a project's policy file. The generator, the analyzers and the build step all decide with this.</summary>
public static class PolicyFiles
{
    public const string DefaultFileName = "complaint-policy.yaml";

    /// <summary>The AdditionalFiles item metadata that makes a file of another name the policy file.</summary>
    public const string MetadataName = "ComplaintCodePolicy";

    /// <summary>
    /// A project's policy files, the one it uses first: ordinal path order, each path once. The analyzers report
    /// every file after the first (CHC0501).
    /// </summary>
    public static IEnumerable<string> InOrderOfUse(IEnumerable<string> paths)
        => paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The one policy file a project uses when it is given several.</summary>
    public static string? Choose(IEnumerable<string> paths) => InOrderOfUse(paths).FirstOrDefault();
}
