using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>Runs the dotnet CLI and captures what it prints.</summary>
internal static class Dotnet
{
    public static string RepositoryRoot { get; } = typeof(Dotnet).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static (int ExitCode, string Output) Run(string workingDirectory, IDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Builds inside a test must not inherit the test host's MSBuild state, and must not leave build servers behind.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish.\n{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public static string Build(string projectOrDirectory, IDictionary<string, string>? environment = null, params string[] extra)
    {
        var (exitCode, output) = Run(RepositoryRoot, environment, new[] { "build", projectOrDirectory, "-nologo", "-clp:NoSummary;ForceNoAlign" }.Concat(extra).ToArray());
        Assert.True(exitCode == 0, $"dotnet build {projectOrDirectory} failed:\n{output}");
        return output;
    }

    /// <summary>
    /// Makes projects under <paramref name="directory"/> (outside the repository) consume the analyzers and the tool
    /// from source, as the samples do, through the samples' Directory.Build.props and .targets.
    /// </summary>
    public static void ConsumeFromSource(string directory)
    {
        var samples = Path.Combine(RepositoryRoot, "samples");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), $"""<Project><Import Project="{Path.Combine(samples, "Directory.Build.props")}" /></Project>""");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), $"""<Project><Import Project="{Path.Combine(samples, "Directory.Build.targets")}" /></Project>""");
    }

    private static readonly Lazy<string> s_tool = new(() =>
    {
        var (exitCode, output) = Run(RepositoryRoot, null, "build", "src/ComplaintCode.Cli/ComplaintCode.Cli.csproj", "-c", "Release", "-nologo");
        Assert.True(exitCode == 0, "dotnet build of complaint-code failed:\n" + output);
        return Path.Combine(RepositoryRoot, "src", "ComplaintCode.Cli", "bin", "Release", "net8.0", "complaint-code.dll");
    });

    /// <summary>complaint-code built from the repository, once per test run, for <c>dotnet exec</c>.</summary>
    public static string ComplaintCodeTool() => s_tool.Value;

    /// <summary>The distinct CHC ids in build output, sorted.</summary>
    public static IReadOnlyList<string> RuleIds(string output)
        => System.Text.RegularExpressions.Regex.Matches(output, @"\b(CHC\d{4})\b").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>Every test that runs dotnet builds shares the repository's obj folders, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetCollection
{
    public const string Name = "dotnet builds";
}
