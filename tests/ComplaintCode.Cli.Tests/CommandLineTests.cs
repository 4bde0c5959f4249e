using System.CommandLine;

namespace ComplaintCode.Cli.Tests;

/// <summary>The command line itself: help on every command and option, errors that name the option, exit codes.</summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static IEnumerable<Command> Commands() => CommandLine.Create(TextWriter.Null, TextWriter.Null).Subcommands;

    public static TheoryData<string> CommandNames() => new(Commands().Select(c => c.Name));

    [Fact]
    public void Help_lists_every_command_and_the_exit_codes()
    {
        var (exit, output, _) = Run("--help");

        Assert.Equal(ExitCodes.Done, exit);
        Assert.Equal(new[] { "init", "import", "render", "diff", "assess" }, Commands().Select(c => c.Name));
        foreach (var command in Commands())
        {
            Assert.Contains($"  {command.Name}", output, StringComparison.Ordinal);
        }

        Assert.Contains("0 done, 1 failed, 2 usage error", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_on_each_command_lists_its_options_with_a_description(string name)
    {
        var (exit, output, error) = Run(name, "--help");

        Assert.Equal(ExitCodes.Done, exit);
        Assert.Equal("", error);
        var command = Commands().Single(c => c.Name == name);
        Assert.NotEmpty(command.Options);
        foreach (var option in command.Options)
        {
            Assert.Contains(option.Name, output, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{name} {option.Name} has no description");
        }
    }

    [Fact]
    public void Help_word_before_a_command_shows_that_commands_help()
    {
        var (exit, output, _) = Run("help", "import");

        Assert.Equal(ExitCodes.Done, exit);
        Assert.Contains("--merge", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_with_a_missing_required_option_is_still_help()
    {
        var (exit, output, _) = Run("import", "--help");

        Assert.Equal(ExitCodes.Done, exit);
        Assert.Contains("--output", output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_is_a_usage_error_with_the_commands_listed()
    {
        var (exit, _, error) = Run();

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("import <form>", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import form.txt", "Option '--output' is required.")]
    [InlineData("import form.txt --output out.yaml --colour red", "'--colour'")]
    [InlineData("render a.json --format pdf", "Option '--format' takes html or md, not 'pdf'.")]
    [InlineData("render a.json --format", "'--format'")]
    [InlineData("assess --project-dir . --output a.json --html maybe", "Option '--html' takes true or false, not 'maybe'.")]
    [InlineData("assess --output a.json", "Option '--project-dir' is required.")]
    [InlineData("init --landlord", "'--landlord'")]
    public void A_usage_error_names_the_option_and_exits_2(string commandLine, string expected)
    {
        var (exit, output, error) = Run(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_and_merge_together_is_a_usage_error()
    {
        var (exit, _, error) = Run("import", "form.txt", "--output", "out.yaml", "--force", "--merge");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--force replaces the policy file and --merge keeps it", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_argument_starting_with_at_is_a_file_name_not_a_response_file()
    {
        var (exit, _, error) = Run("import", "@form.txt", "--output", "out.yaml");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("@form.txt does not exist", error, StringComparison.Ordinal);
    }
}
