using ComplaintCode.DocumentationGenerator;

// Rewrites each stale list in place; the repository root is found from the working directory, or given.
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : RepositoryRoot.Find(Environment.CurrentDirectory);
foreach (var file in RuleLists.Files(root))
{
    if (file.IsStale)
    {
        File.WriteAllText(Path.Combine(root, file.RelativePath), file.Expected);
        Console.WriteLine($"updated {file.RelativePath}");
    }
    else
    {
        Console.WriteLine($"up to date {file.RelativePath}");
    }
}
