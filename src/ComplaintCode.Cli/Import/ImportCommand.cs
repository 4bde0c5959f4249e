namespace ComplaintCode.Cli.Import;

public static class ImportCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => throw new NotImplementedException();
}
