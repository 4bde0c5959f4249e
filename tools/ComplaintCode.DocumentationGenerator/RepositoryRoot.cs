namespace ComplaintCode.DocumentationGenerator;

public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintCode.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ComplaintCode.Analyzers.sln not found at or above " + start);
    }
}
