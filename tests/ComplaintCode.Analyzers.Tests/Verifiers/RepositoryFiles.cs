using System.IO;

namespace ComplaintCode.Analyzers.Tests.Verifiers;

/// <summary>Files of the repository the tests read as they are shipped, such as the strict-mode global config.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    /// <summary>The strict-mode global config the package adds for ComplaintCodeStrict=true.</summary>
    public static string StrictGlobalConfig => File.ReadAllText(Path.Combine(Root, "src", "ComplaintCode.Analyzers.Package", "buildTransitive", "ComplaintCode.Strict.globalconfig"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintCode.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ComplaintCode.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
