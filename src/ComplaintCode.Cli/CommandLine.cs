namespace ComplaintCode.Cli;

/// <summary>complaint-code's commands. Each returns a process exit code: 0 done, 1 failed, 2 usage.</summary>
public static class CommandLine
{
    public const string Usage = """
        complaint-code: the Housing Ombudsman's Complaint Handling Code (2024) self-assessment tool

        Usage:
          complaint-code import <file> --output complaint-policy.yaml [--json assessment.json] [--landlord NAME] [--force]
              Reads a published self-assessment (text exported from Word or PDF, or a Markdown table) and writes a
              policy file with each provision's comply answer, evidence and commentary.
          complaint-code render <assessment.json> --format html|md [--output <file>]
              Renders a self-assessment as the Ombudsman's form.
          complaint-code diff <previous.json> <current.json> [--format text|md|html] [--output <file>] [--fail-on-regression]
              Lists what changed between two self-assessments: answers, evidence, findings and the sign-off. Exits 1
              only with --fail-on-regression, when an answer got worse.
          complaint-code assess ...
              Used by the build: writes complaint-self-assessment.json, .html and .md after compiling.
        """;

    /// <param name="ownProcess">
    /// True when the command is the whole process (the tool run from a command line), false when a host such as a test
    /// calls it: only a process of its own may set process-wide things like the JIT profile.
    /// </param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool ownProcess = false)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            return args[0] switch
            {
                "import" => Import.ImportCommand.Run(args.Skip(1).ToArray(), output, error),
                "render" => Rendering.RenderCommand.Run(args.Skip(1).ToArray(), output, error),
                "diff" => Diff.DiffCommand.Run(args.Skip(1).ToArray(), output, error),
                "assess" => Assessment.AssessCommand.Run(args.Skip(1).ToArray(), output, error, ownProcess),
                _ => UsageError(error, $"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            return UsageError(error, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            error.WriteLine($"complaint-code: {e.Message}");
            return 1;
        }
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"complaint-code: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}

/// <summary>A command line the tool cannot act on; the message says what is wrong.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}

/// <summary>Reads "--name value" options after the positional arguments.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Options(IReadOnlyList<string> args, params string[] known)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!known.Contains(arg))
                {
                    throw new UsageException($"Unknown option '{arg}'.");
                }

                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"Option '{arg}' needs a value.");
                }

                _values[arg] = args[++i];
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public List<string> Positional { get; } = new();

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) => this[name] ?? throw new UsageException($"Option '{name}' is required.");
}
