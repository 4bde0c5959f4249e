namespace ComplaintCode.Build.Assessment;

/// <summary>
/// The path operations the assessment needs that .NET Standard 2.0 lacks (Visual Studio's MSBuild runs the task on
/// .NET Framework): relative paths between folders, and a rename over an existing file.
/// </summary>
internal static class FilePaths
{
    // Paths on Windows differ only in case for the same file; elsewhere case makes another file.
    private static readonly StringComparison s_comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The full path's folders and file, without empty segments: "/a/b/" gives "", "a", "b" (the root first).</summary>
    public static string[] Segments(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var rest = full.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        return new[] { root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) }.Concat(rest).ToArray();
    }

    /// <summary>
    /// <paramref name="path"/> relative to the folder <paramref name="from"/>, with the platform's separators; the full
    /// path when the two are on different roots (another drive), as Path.GetRelativePath gives it.
    /// </summary>
    public static string Relative(string from, string path)
    {
        var (a, b) = (Segments(from), Segments(path));
        if (!string.Equals(a[0], b[0], s_comparison))
        {
            return Path.GetFullPath(path);
        }

        var common = 0;
        while (common < a.Length && common < b.Length && string.Equals(a[common], b[common], s_comparison))
        {
            common++;
        }

        var up = Enumerable.Repeat("..", a.Length - common);
        var relative = string.Join(Path.DirectorySeparatorChar.ToString(), up.Concat(b.Skip(common)));
        return relative.Length == 0 ? "." : relative;
    }

    /// <summary>Renames <paramref name="source"/> to <paramref name="destination"/>, replacing it if it exists.</summary>
    public static void MoveOver(string source, string destination)
    {
        if (File.Exists(destination))
        {
            File.Replace(source, destination, destinationBackupFileName: null);
        }
        else
        {
            File.Move(source, destination);
        }
    }
}
