using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text.Json;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// Every file of the package ships once and is used by something: the compiler, NuGet, the package's targets or the
/// build step's tool. A pack project that globs an output folder picks up stale copies and nested folders; this test
/// names each one.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class PackageContentsTests : IClassFixture<PackageFixture>
{
    private const string TasksFolder = "tasks/netstandard2.0/";

    /// <summary>
    /// What MSBuild itself brings to a task, on .NET (the SDK) and on .NET Framework (Visual Studio): the framework,
    /// MSBuild's own assemblies, and the libraries MSBuild depends on. A task that shipped its own copy of one of these
    /// could load a second Span or ImmutableArray type beside MSBuild's.
    /// </summary>
    private static readonly HashSet<string> s_msbuildBrings = new(StringComparer.Ordinal)
    {
        "netstandard", "mscorlib", "System", "System.Core",
        "Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core",
        "System.Text.Json", "System.Memory", "System.Buffers", "System.Collections.Immutable", "System.Text.Encodings.Web",
        "System.Runtime.CompilerServices.Unsafe", "System.Threading.Tasks.Extensions", "Microsoft.Bcl.AsyncInterfaces", "System.Numerics.Vectors",
    };

    private readonly PackageFixture _package;

    public PackageContentsTests(PackageFixture package) => _package = package;

    [Fact]
    public void TasksFolder_HoldsTheTasks_AndExactlyWhatTheyLoadThatMSBuildDoesNotBring()
    {
        using var zip = _package.OpenPackage();
        var taskFiles = Files(zip).Select(f => f.Path).Where(f => f.StartsWith(TasksFolder, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(taskFiles, f => f.Substring(TasksFolder.Length).Contains('/'));

        // The targets load the tasks from there.
        Assert.Contains("$(MSBuildThisFileDirectory)../" + TasksFolder + "ComplaintCode.Build.dll", Read(zip, "buildTransitive/ComplaintCode.Analyzers.targets"));

        // Every assembly there is the tasks' or one they reference, and every reference is there or MSBuild's.
        var assemblies = taskFiles.ToDictionary(f => AssemblyInfo(zip, f).Name, f => AssemblyInfo(zip, f).References);
        var needed = new HashSet<string>(StringComparer.Ordinal) { "ComplaintCode.Build" };
        foreach (var name in needed.ToList().Concat(assemblies.Keys))
        {
            if (needed.Contains(name) && assemblies.TryGetValue(name, out var references))
            {
                needed.UnionWith(references.Where(r => !s_msbuildBrings.Contains(r)));
            }
        }

        Assert.Equal(needed.Order(StringComparer.Ordinal), assemblies.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoFileShipsTwice_ExceptTheTasksOwnCopyOfWhatTheyLoad()
    {
        using var zip = _package.OpenPackage();
        var files = Files(zip).ToList();

        // MSBuild loads the tasks' dependencies from their own folder and the compiler the analyzers' from theirs, so a
        // file both load (the shared model, YamlDotNet) is there once for each; any other repeat is a stray copy.
        var repeats = files
            .GroupBy(f => (Name: Path.GetFileName(f.Path), f.Hash))
            .Where(g => g.Count() > 1)
            .Where(g => g.Count(f => f.Path.StartsWith(TasksFolder, StringComparison.Ordinal)) != 1 || g.Count() > 2)
            .Select(g => string.Join(", ", g.Select(f => f.Path)))
            .ToList();

        Assert.True(repeats.Count == 0, "Files shipped more than once:\n" + string.Join("\n", repeats));
    }

    [Fact]
    public void EveryBuildTransitiveAndAnalyzerFile_IsUsed()
    {
        using var zip = _package.OpenPackage();
        var files = Files(zip).Select(f => f.Path).ToList();

        // NuGet imports <id>.props and <id>.targets; any other file there must be named by one of them.
        var imported = new[] { "buildTransitive/ComplaintCode.Analyzers.props", "buildTransitive/ComplaintCode.Analyzers.targets" };
        var msbuild = string.Concat(imported.Select(f => Read(zip, f)));
        var unused = files.Where(f => f.StartsWith("buildTransitive/", StringComparison.Ordinal) && !imported.Contains(f))
            .Where(f => !msbuild.Contains("$(MSBuildThisFileDirectory)" + Path.GetFileName(f), StringComparison.Ordinal));
        Assert.Empty(unused);

        // The compiler loads each analyzer assembly; a dll beside them is there only if one of them references it.
        var analyzerFiles = files.Where(f => f.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).ToList();
        var assemblies = analyzerFiles.ToDictionary(f => f, f => AssemblyInfo(zip, f));
        foreach (var (file, info) in assemblies)
        {
            var isAnalyzer = info.References.Contains("Microsoft.CodeAnalysis");
            var isReferenced = assemblies.Values.Any(other => other.References.Contains(info.Name));
            Assert.True(isAnalyzer || isReferenced, $"{file} is neither an analyzer nor referenced by one");
        }

        // Nothing outside the parts that NuGet, the compiler and the targets read.
        var parts = new[] { "lib/", "analyzers/dotnet/cs/", "buildTransitive/", TasksFolder };
        Assert.DoesNotContain(files, f => f.Contains('/') && !parts.Any(p => f.StartsWith(p, StringComparison.Ordinal)));
    }

    private static IEnumerable<(string Path, string Hash)> Files(ZipArchive zip)
        => zip.Entries
            .Where(e => !e.FullName.EndsWith('/'))
            // NuGet's own packaging parts.
            .Where(e => !e.FullName.StartsWith("_rels/", StringComparison.Ordinal) && !e.FullName.StartsWith("package/", StringComparison.Ordinal) && e.FullName != "[Content_Types].xml")
            .Select(e =>
            {
                using var stream = e.Open();
                return (e.FullName, Convert.ToHexString(SHA256.HashData(stream)));
            });

    private static string Read(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }

    private static (string Name, HashSet<string> References) AssemblyInfo(ZipArchive zip, string path)
    {
        using var buffer = new MemoryStream();
        using (var stream = zip.GetEntry(path)!.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToHashSet();
        return (metadata.GetString(metadata.GetAssemblyDefinition().Name), references);
    }
}
