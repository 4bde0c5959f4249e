using System.CommandLine;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Build.Findings;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Cli.Init;

/// <summary>What <c>complaint-code init</c> was asked to do.</summary>
internal sealed record InitRequest(string? Output, string? Landlord, IReadOnlyList<string> Findings, bool Force);

/// <summary>
/// <c>complaint-code init [--output complaint-policy.yaml] [--landlord NAME] [--findings FILE...] [--force]</c>: writes a
/// first policy file at the solution root, with every provision the code does not already evidence as an
/// <c>unanswered</c> entry under its number and requirement, so each CHC0001 points at the entry to fill in.
/// </summary>
/// <remarks>
/// Provisions evidenced in code are read from the findings files the analyzers wrote in the last build (the obj/
/// folders under the solution), or from the files given with --findings; without any, every provision is listed,
/// which is never wrong, only longer. Evidence in a project the system does not reference (a test project) is read
/// too: the build then reports such a provision CHC0001 with no entry to point at, and the user adds one.
/// Exit codes: 0 written; 1 when the file exists (without --force), no solution was found, or a file cannot be written.
/// </remarks>
public static class InitCommand
{
    public const string FileName = "complaint-policy.yaml";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var outputFile = new Option<string>("--output")
        {
            Description = "The policy file to write; by default complaint-policy.yaml beside the .sln or .slnx found from the current directory upward.",
            HelpName = "file",
        };
        var landlord = new Option<string>("--landlord") { Description = "The landlord's name, written as 'landlord:'.", HelpName = "NAME" };
        var findings = new Option<string[]>("--findings")
        {
            Description = "Findings files of the last build (obj/**/*.complaintcode.findings.json); by default those found under the solution. "
                + "Provisions they show evidenced by [Implements] are not listed as unanswered.",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace an existing policy file." };
        var command = new Command("init", "Writes a first complaint-policy.yaml with every provision not yet evidenced in code as an unanswered entry.")
        {
            outputFile, landlord, findings, force,
        };
        command.SetAction(r => Run(new InitRequest(r.GetValue(outputFile), r.GetValue(landlord), r.GetValue(findings) ?? [], r.GetValue(force)), Directory.GetCurrentDirectory(), output, error));
        return command;
    }

    internal static int Run(InitRequest request, string currentDirectory, TextWriter output, TextWriter error)
    {
        var solution = SolutionDirectory(currentDirectory);
        string outputPath;
        if (request.Output is { Length: > 0 } given)
        {
            outputPath = Path.GetFullPath(Path.Combine(currentDirectory, given));
        }
        else if (solution is not null)
        {
            outputPath = Path.Combine(solution, FileName);
        }
        else
        {
            error.WriteLine($"complaint-code: no .sln or .slnx file in {currentDirectory} or any folder above it; give the file to write with --output.");
            return ExitCodes.Failed;
        }

        if (!request.Force && (File.Exists(outputPath) || Directory.Exists(outputPath)))
        {
            error.WriteLine($"complaint-code: {outputPath} already exists; nothing was written. Pass --force to replace it, "
                + "or 'complaint-code import FORM --output FILE --merge' to merge a published self-assessment into it.");
            return ExitCodes.Failed;
        }

        var findingsFiles = request.Findings.Count > 0
            ? request.Findings.Select(f => Path.GetFullPath(Path.Combine(currentDirectory, f))).ToList()
            : solution is not null ? FindingsFilesUnder(solution) : [];
        var evidenced = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in findingsFiles)
        {
            try
            {
                foreach (var evidence in FindingsFile.Read(file).Evidence)
                {
                    foreach (var id in evidence.Provisions.Where(id => CodeCatalog.Instance.TryGet(id, out _)))
                    {
                        (evidenced.TryGetValue(id, out var symbols) ? symbols : evidenced[id] = new SortedSet<string>(StringComparer.Ordinal)).Add(evidence.Symbol);
                    }
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // Leaving its evidence out only lists more provisions; the user should still know which file it was.
                output.WriteLine($"{file} was not read ({e.Message}); its evidence is not taken into account.");
            }
        }

        var landlord = request.Landlord is { } name && name.Trim().Length > 0 ? name.Trim() : null;
        var yaml = PolicyTemplate.Write(landlord, evidenced.ToDictionary(e => e.Key, e => (IReadOnlyCollection<string>)e.Value, StringComparer.Ordinal));
        AssessmentJson.WriteAtomically(outputPath, yaml);

        var total = CodeCatalog.Instance.Provisions.Length;
        output.WriteLine($"Wrote {outputPath}: {total - evidenced.Count} of {total} provisions to answer, each 'comply: unanswered'.");
        if (findingsFiles.Count == 0)
        {
            output.WriteLine("No findings file of a build was found, so every provision is listed; build once and run init --force to leave out those evidenced in code.");
        }
        else if (evidenced.Count > 0)
        {
            output.WriteLine($"Evidenced in code by [Implements], from {findingsFiles.Count} findings file(s), so listed as comments only ({evidenced.Count}): {string.Join(", ", CodeCatalog.Instance.Provisions.Select(p => p.Id).Where(evidenced.ContainsKey))}");
        }

        output.WriteLine("Next: build; each provision still unanswered is reported (CHC0001) at its entry. Answer it there, or mark the code that meets it [Implements].");
        return ExitCodes.Done;
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> that holds a .sln or .slnx file.</summary>
    internal static string? SolutionDirectory(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (current.Exists && (current.EnumerateFiles("*.sln").Any() || current.EnumerateFiles("*.slnx").Any()))
            {
                return current.FullName;
            }
        }

        return null;
    }

    /// <summary>The findings files the analyzers left in the projects' obj folders under <paramref name="root"/>, in a stable order.</summary>
    private static List<string> FindingsFilesUnder(string root)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8 };
        return Directory.EnumerateFiles(root, "*.complaintcode.findings.json", enumeration)
            .Where(f => f.Split(Path.DirectorySeparatorChar).Contains("obj"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
