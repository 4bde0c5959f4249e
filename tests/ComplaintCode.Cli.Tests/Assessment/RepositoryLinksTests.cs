using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Assessment;

/// <summary>Links to a file and line at a commit, in the URL shape of each host SourceLink knows.</summary>
public class RepositoryLinksTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "repo");

    private static string File(params string[] parts) => Path.Combine(new[] { s_root }.Concat(parts).ToArray());

    [Theory]
    [InlineData("https://github.com/octo/harbour.git", "https://github.com/octo/harbour/blob/" + Sha + "/src/My%20App/Deadlines.cs#L42")]
    [InlineData("git@github.com:octo/harbour.git", "https://github.com/octo/harbour/blob/" + Sha + "/src/My%20App/Deadlines.cs#L42")]
    [InlineData("ssh://git@github.com/octo/harbour", "https://github.com/octo/harbour/blob/" + Sha + "/src/My%20App/Deadlines.cs#L42")]
    [InlineData("https://user:token@github.com/octo/harbour/", "https://github.com/octo/harbour/blob/" + Sha + "/src/My%20App/Deadlines.cs#L42")]
    [InlineData("https://gitlab.com/housing/team/harbour.git", "https://gitlab.com/housing/team/harbour/-/blob/" + Sha + "/src/My%20App/Deadlines.cs#L42")]
    [InlineData("https://bitbucket.org/housing/harbour.git", "https://bitbucket.org/housing/harbour/src/" + Sha + "/src/My%20App/Deadlines.cs#lines-42")]
    [InlineData("https://housing@dev.azure.com/housing/Harbour/_git/harbour", "https://dev.azure.com/housing/Harbour/_git/harbour?path=/src/My%20App/Deadlines.cs&version=GC" + Sha + "&line=42&lineEnd=42&lineStartColumn=1&lineEndColumn=1")]
    [InlineData("git@ssh.dev.azure.com:v3/housing/Harbour/harbour", "https://dev.azure.com/housing/Harbour/_git/harbour?path=/src/My%20App/Deadlines.cs&version=GC" + Sha + "&line=42&lineEnd=42&lineStartColumn=1&lineEndColumn=1")]
    public void EachHostsShape(string repository, string expected)
    {
        var links = RepositoryLinks.Create(repository, Sha, s_root)!;

        Assert.Equal(expected, links.To(File("src", "My App", "Deadlines.cs"), 42));
        Assert.StartsWith("https://", links.RepositoryPage);
        Assert.DoesNotContain("@", links.RepositoryPage);
    }

    [Theory]
    [InlineData("https://git.internal.example/octo/harbour", Sha)]
    [InlineData("http://github.com/octo/harbour", Sha)]
    [InlineData("javascript:alert(1)//github.com/octo/harbour", Sha)]
    [InlineData("https://github.com/octo", Sha)]
    [InlineData("https://github.com/octo/harbour", "0123456")]
    [InlineData("https://github.com/octo/harbour", "main")]
    [InlineData("", Sha)]
    [InlineData(null, Sha)]
    [InlineData("https://github.com/octo/harbour", null)]
    public void UnknownHostNonHttpsOrPartialCommit_GivesNoLinks(string? repository, string? revision)
        => Assert.Null(RepositoryLinks.Create(repository, revision, s_root));

    [Fact]
    public void FileOutsideTheRepository_HasNoLink()
    {
        var links = RepositoryLinks.Create("https://github.com/octo/harbour", Sha, s_root)!;

        Assert.Null(links.To(Path.Combine(Path.GetTempPath(), "elsewhere", "Deadlines.cs"), 1));
        Assert.Null(links.To(null, 1));
        Assert.Equal($"https://github.com/octo/harbour/blob/{Sha}/Deadlines.cs", links.To(File("Deadlines.cs"), null));
    }

    [Fact]
    public void RepositoryRoot_IsTheNearestDirectoryWithAGitFolderOrFile()
    {
        var root = Directory.CreateTempSubdirectory("complaintcode-root-").FullName;
        try
        {
            var project = Directory.CreateDirectory(Path.Combine(root, "src", "Harbour")).FullName;
            Directory.CreateDirectory(Path.Combine(root, ".git"));
            Assert.Equal(root, RepositoryLinks.FindRoot(project));

            // A worktree or submodule has a .git file pointing elsewhere.
            System.IO.File.WriteAllText(Path.Combine(root, "src", ".git"), "gitdir: ../.git/worktrees/src");
            Assert.Equal(Path.Combine(root, "src"), RepositoryLinks.FindRoot(project));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
