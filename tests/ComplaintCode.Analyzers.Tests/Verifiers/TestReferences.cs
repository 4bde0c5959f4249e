using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ComplaintCode.Analyzers.Tests.Verifiers;

internal static class TestReferences
{
    /// <summary>
    /// .NET 8 reference assemblies. ReferenceAssemblies.Net.Net80 asks for Microsoft.NETCore.App.Ref 8.0.0, which the
    /// package feed here does not serve; 8.0.28 is served and has the same surface.
    /// </summary>
    public static readonly ReferenceAssemblies Net80 = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"),
        Path.Combine("ref", "net8.0"));

    /// <summary>
    /// The ComplaintCode library (the Code's public types), as a user's project references it from the package's
    /// lib/ folder; the generator adds only the project's own ComplaintPolicy.
    /// </summary>
    public static readonly MetadataReference ComplaintCodeLibrary = MetadataReference.CreateFromFile(typeof(global::ComplaintCode.Provision).Assembly.Location);

    /// <summary>The preprocessor symbols the SDK defines for net8.0, which the generated calendar's DateOnly overloads use.</summary>
    public static ParseOptions WithNet80Symbols(ParseOptions options)
        => ((CSharpParseOptions)options).WithPreprocessorSymbols("NET", "NET8_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER");
}
