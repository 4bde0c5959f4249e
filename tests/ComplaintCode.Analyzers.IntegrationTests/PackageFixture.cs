using System.IO.Compression;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// Packs ComplaintCode.Analyzers once into a temporary feed, with a version of its own so no stale copy from the
/// NuGet cache can stand in for it, and gives consumers an isolated package folder.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("complaintcode-package-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        var (exitCode, output) = Dotnet.Run(
            Dotnet.RepositoryRoot,
            null,
            "pack", "src/ComplaintCode.Analyzers.Package/ComplaintCode.Analyzers.Package.csproj",
            "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-nologo");
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        PackagePath = Path.Combine(Feed, $"ComplaintCode.Analyzers.{Version}.nupkg");
        Assert.True(File.Exists(PackagePath), output);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>A fresh project directory with a NuGet.config that adds the feed, plus the package's own cache folder.</summary>
    public string NewConsumerDirectory(string name)
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="complaintcode-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // Stop the repository's Directory.Build.* from leaking in: the temp folder is outside it anyway, but be explicit.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        return directory;
    }

    public IDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
    };

    public ZipArchive OpenPackage() => ZipFile.OpenRead(PackagePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
