namespace ComplaintCode.Cli.Rendering;

public static class RenderCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => throw new NotImplementedException();
}
