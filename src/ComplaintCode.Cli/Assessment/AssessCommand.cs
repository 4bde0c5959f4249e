namespace ComplaintCode.Cli.Assessment;

public static class AssessCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => throw new NotImplementedException();
}
