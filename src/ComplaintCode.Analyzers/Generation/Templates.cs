using System.IO;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>The fixed C# files under Generation/Templates, embedded in this assembly as resources.</summary>
internal static class Templates
{
    public static string Read(string name)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("ComplaintCode.Templates." + name)
            ?? throw new System.InvalidOperationException($"Template {name} is missing from the generator assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
