using System.Text.RegularExpressions;

namespace ComplaintCode.Build.Assessment;

/// <summary>
/// Links from the form to a file and line of the code at the commit the build was made from, so a reader can open the
/// evidence: GitHub, GitLab, Azure Repos and Bitbucket, the hosts SourceLink knows. Any other host, or a repository or
/// revision the build does not know, gives no link, and the form shows the file and line as text.
/// </summary>
/// <remarks>
/// Every link is https: a repository URL given as ssh (git@github.com:owner/repo.git) becomes its https form; one
/// with another scheme gives no link. User names and passwords in the URL are never copied into the form.
/// </remarks>
public sealed class RepositoryLinks
{
    // A full commit id: SHA-1, or SHA-256 for repositories that use it. A short or symbolic one can move.
    private static readonly Regex s_revision = new("^([0-9a-f]{40}|[0-9a-f]{64})$", RegexOptions.CultureInvariant);
    private static readonly Regex s_scp = new("^(?:[^@/]+@)?(?<host>[A-Za-z0-9.-]+):(?<path>[^/].*)$", RegexOptions.CultureInvariant);

    private readonly Host _host;
    private readonly string _base;
    private readonly string _revision;
    private readonly string _root;

    private RepositoryLinks(Host host, string baseUrl, string revision, string root)
    {
        _host = host;
        _base = baseUrl;
        _revision = revision;
        _root = root;
    }

    private enum Host
    {
        GitHub,
        GitLab,
        AzureRepos,
        Bitbucket,
    }

    /// <summary>The https address of the repository's web page (no ".git", no user name).</summary>
    public string RepositoryPage => _base;

    /// <summary>The full commit id the links point at.</summary>
    public string Revision => _revision;

    /// <summary>
    /// Links for <paramref name="repositoryUrl"/> at <paramref name="revision"/>, for files under
    /// <paramref name="repositoryRoot"/>; null when any of them is missing or the host is not one we know.
    /// </summary>
    public static RepositoryLinks? Create(string? repositoryUrl, string? revision, string? repositoryRoot)
    {
        if (repositoryUrl is null || repositoryUrl.Trim().Length == 0 || revision is null || repositoryRoot is null)
        {
            return null;
        }

        revision = revision.Trim().ToLowerInvariant();
        if (!s_revision.IsMatch(revision) || Normalise(repositoryUrl.Trim()) is not { } uri)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        Host? kind = host == "github.com" || host.StartsWith("github.", StringComparison.Ordinal) ? Host.GitHub
            : host == "gitlab.com" || host.StartsWith("gitlab.", StringComparison.Ordinal) ? Host.GitLab
            : host == "dev.azure.com" || host.EndsWith(".visualstudio.com", StringComparison.Ordinal) ? Host.AzureRepos
            : host == "bitbucket.org" ? Host.Bitbucket
            : null;
        if (kind is null)
        {
            return null;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }

        // Owner and repository at least; Azure Repos: organisation (or the host's), project, _git, repository.
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || (kind == Host.AzureRepos && !segments.Contains("_git")))
        {
            return null;
        }

        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return new RepositoryLinks(kind.Value, "https://" + host + port + "/" + string.Join("/", segments), revision, Path.GetFullPath(repositoryRoot));
    }

    /// <summary>The repository's root: the nearest directory at or above <paramref name="directory"/> with a .git folder (or file, for a worktree).</summary>
    public static string? FindRoot(string directory)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }

    /// <summary>The address of <paramref name="file"/> (a full path) at <paramref name="line"/>, or null when it is outside the repository.</summary>
    public string? To(string? file, int? line)
    {
        if (file is not { Length: > 0 })
        {
            return null;
        }

        var relative = SystemAssessment.Relative(_root, Path.GetFullPath(file));
        if (relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative))
        {
            return null;
        }

        var escaped = string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));
        var l = line?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _host switch
        {
            Host.GitHub => $"{_base}/blob/{_revision}/{escaped}" + (l is null ? "" : "#L" + l),
            Host.GitLab => $"{_base}/-/blob/{_revision}/{escaped}" + (l is null ? "" : "#L" + l),
            Host.Bitbucket => $"{_base}/src/{_revision}/{escaped}" + (l is null ? "" : "#lines-" + l),
            _ => $"{_base}?path=/{escaped}&version=GC{_revision}" + (l is null ? "" : $"&line={l}&lineEnd={l}&lineStartColumn=1&lineEndColumn=1"),
        };
    }

    /// <summary>An https URI for an https, http-free ssh or scp-style address; null for anything else.</summary>
    private static Uri? Normalise(string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "ssh" or "git+ssh")
        {
            // ssh://git@ssh.dev.azure.com/v3/org/project/repo is Azure's ssh form.
            if (uri.Scheme != "https" && uri.Host.Equals("ssh.dev.azure.com", StringComparison.OrdinalIgnoreCase))
            {
                var parts = uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 4 && parts[0] == "v3" ? new Uri($"https://dev.azure.com/{parts[1]}/{parts[2]}/_git/{parts[3]}") : null;
            }

            return new Uri("https://" + uri.Host + (uri.Scheme == "https" && !uri.IsDefaultPort ? ":" + uri.Port : "") + uri.AbsolutePath);
        }

        // scp-like ssh: git@github.com:owner/repo.git, git@ssh.dev.azure.com:v3/org/project/repo.
        if (!url.Contains("://", StringComparison.Ordinal) && s_scp.Match(url) is { Success: true } scp
            && Uri.TryCreate("ssh://" + scp.Groups["host"].Value + "/" + scp.Groups["path"].Value, UriKind.Absolute, out var ssh))
        {
            return Normalise(ssh.AbsoluteUri);
        }

        return null;
    }
}
