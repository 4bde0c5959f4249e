namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>complaint-code as users get it: packed as a .NET tool, installed from a local feed, run.</summary>
[Collection(DotnetCollection.Name)]
public sealed class ToolTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("complaintcode-tool-").FullName;

    [Fact]
    public void PackedTool_ImportsTheReferenceSelfAssessment_AndRendersIt()
    {
        var feed = Path.Combine(_root, "feed");
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        var (packExit, pack) = Dotnet.Run(Dotnet.RepositoryRoot, null, "pack", "src/ComplaintCode.Cli/ComplaintCode.Cli.csproj", "-c", "Release", "-o", feed, $"-p:Version={version}", "-nologo");
        Assert.True(packExit == 0, pack);

        var tools = Path.Combine(_root, "tools");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        var (installExit, install) = Dotnet.Run(_root, environment, "tool", "install", "ComplaintCode.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
        Assert.True(installExit == 0, install);

        var tool = Path.Combine(tools, "complaint-code");
        var reference = Path.Combine(Dotnet.RepositoryRoot, "tests", "ComplaintCode.Analyzers.Tests", "TestData", "self-assessment-2024-example.txt");
        var policy = Path.Combine(_root, "complaint-policy.yaml");
        var json = Path.Combine(_root, "assessment.json");
        var (importExit, import) = Run(tool, "import", reference, "--output", policy, "--json", json);
        Assert.True(importExit == 0, import);
        Assert.Contains("Imported 72 of 72 provisions: 72 Yes", import);
        Assert.True(File.Exists(policy));

        var (renderExit, render) = Run(tool, "render", json, "--format", "html");
        Assert.True(renderExit == 0, render);
        Assert.Contains("<table", File.ReadAllText(Path.ChangeExtension(json, ".html")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (int ExitCode, string Output) Run(string executable, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
