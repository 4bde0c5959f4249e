using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ComplaintCode.Cli;

/// <summary>The process exit codes of every complaint-code command, as README.md documents them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Done = 0;

    /// <summary>It could not: a file is missing, unreadable or would be overwritten, or the input held nothing usable.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, a missing or bad value.</summary>
    public const int Usage = 2;
}

/// <summary>
/// complaint-code's command line, on System.CommandLine: the commands (init, import, render, assess), their options,
/// help on each (<c>--help</c>), and errors that name the option. Each command returns an <see cref="ExitCodes"/> value.
/// </summary>
public static class CommandLine
{
    // A policy path or a form's name may start with '@'; it is a file name, never a response file to expand.
    private static readonly ParserConfiguration s_parser = new() { ResponseFileTokenReplacer = null };

    /// <summary>The root command with its commands under it, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <param name="ownProcess">See <see cref="Run"/>.</param>
    /// <remarks>
    /// A plain command named complaint-code rather than a <see cref="RootCommand"/>, which takes its name from the
    /// executable: run through <c>dotnet exec</c> or from a test host, help would name that instead.
    /// </remarks>
    /// <param name="only">
    /// The one command the command line names, when it names one: the others are not built, which the build step
    /// (assess, run on every build that cannot load the package's task) would otherwise pay for at each start.
    /// </param>
    public static Command Create(TextWriter output, TextWriter error, bool ownProcess = false, string? only = null)
    {
        var root = new Command("complaint-code", "The Housing Ombudsman's Complaint Handling Code (2024) self-assessment tool. Exit codes: 0 done, 1 failed, 2 usage error.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        foreach (var (name, create) in s_commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(create(output, error, ownProcess));
            }
        }

        return root;
    }

    /// <summary>The commands, by name, in the order help lists them.</summary>
    private static readonly (string Name, Func<TextWriter, TextWriter, bool, Command> Create)[] s_commands =
    [
        ("init", (output, error, _) => Init.InitCommand.Create(output, error)),
        ("import", (output, error, _) => Import.ImportCommand.Create(output, error)),
        ("render", (output, error, _) => Rendering.RenderCommand.Create(output, error)),
        ("diff", (output, error, _) => Diff.DiffCommand.Create(output, error)),
        ("assess", Assessment.AssessCommand.Create),
    ];

    /// <param name="ownProcess">
    /// True when the command is the whole process (the tool run from a command line), false when a host such as a test
    /// calls it: only a process of its own may set process-wide things like the JIT profile.
    /// </param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool ownProcess = false)
    {
        // "complaint-code help import" reads as "complaint-code import --help", as it did before System.CommandLine.
        if (args.Length > 0 && args[0] == "help")
        {
            args = [.. args.Skip(1), "--help"];
        }

        var root = Create(output, error, ownProcess, args.Length > 0 && s_commands.Any(c => c.Name == args[0]) ? args[0] : null);
        var parsed = root.Parse(args, s_parser);
        if (parsed.Action is not HelpAction && parsed.Errors.Count > 0)
        {
            foreach (var message in parsed.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
            {
                error.WriteLine($"complaint-code: {message}");
            }

            return UsageError(root, parsed.CommandResult.Command, error);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"complaint-code: {e.Message}");
            return UsageError(root, parsed.CommandResult.Command, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            error.WriteLine($"complaint-code: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>After the error: the help of the command the user was writing, so the right form is in front of them.</summary>
    private static int UsageError(Command root, Command command, TextWriter error)
    {
        error.WriteLine();
        string[] help = command == root ? ["--help"] : [command.Name, "--help"];
        root.Parse(help, s_parser).Invoke(new InvocationConfiguration { Output = error, Error = error });
        return ExitCodes.Usage;
    }

    /// <summary>
    /// A "true"/"false" option as MSBuild writes them (any case; empty is false), always with its value, as the build
    /// step passes it; anything else is an error naming the option. (An <c>Option&lt;bool&gt;</c> would not take a
    /// value it cannot parse, so "--html yes" would be reported as a stray "yes", not as the option's error.)
    /// </summary>
    public static Option<string> TrueOrFalse(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, HelpName = "true|false" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { Length: > 0 } value && !bool.TryParse(value, out _))
            {
                result.AddError($"Option '{name}' takes true or false, not '{value}'.");
            }
        });
        return option;
    }

    /// <summary>The value of a <see cref="TrueOrFalse"/> option; <paramref name="absent"/> when it was not given.</summary>
    public static bool IsTrue(ParseResult parsed, Option<string> option, bool absent)
        => parsed.GetValue(option) is { } value ? value.Length > 0 && bool.Parse(value) : absent;
}

/// <summary>A command line the tool cannot act on; the message says what is wrong.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
