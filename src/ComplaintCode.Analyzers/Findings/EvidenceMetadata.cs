using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ComplaintCode.Analyzers.Helpers;
using ComplaintCode.Model;
using ComplaintCode.Model.Catalog;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Findings;

/// <summary>
/// How a project tells the system that references it which provisions it evidences: the generator writes
/// <c>[assembly: AssemblyMetadata("ComplaintCode.EvidencedProvisions", "6.2,6.3")]</c> from the project's
/// [Implements], and CHC0001 in the assessed project reads it from each reference.
/// </summary>
/// <remarks>
/// An assembly attribute is the one channel that is the same on the command line and in the IDE: it survives in
/// reference assemblies (which drop private members, and with them the [Implements] on private methods), and the IDE
/// sees a referenced project's generated sources without building it. AssemblyMetadataAttribute is the framework's
/// own key-value attribute, so no type of ours is added to the user's assemblies.
/// </remarks>
internal static class EvidenceMetadata
{
    public const string Key = "ComplaintCode.EvidencedProvisions";
    public const string HintName = "ComplaintCode.Evidence.g.cs";

    private const string LibraryAssemblyName = "ComplaintCode";
    private const string MetadataAttribute = "System.Reflection.AssemblyMetadataAttribute";

    /// <summary>The source of the assembly attribute, for provision ids in Code order.</summary>
    public static string Emit(EquatableArray<string> ids)
        => new SourceWriter()
            .Line()
            .Line($"[assembly: global::System.Reflection.AssemblyMetadata({SourceWriter.Literal(Key)}, {SourceWriter.Literal(string.Join(",", ids))})]")
            .ToString();

    /// <summary>The provisions that the compilation's references evidence.</summary>
    public static IEnumerable<string> ReadReferenced(Compilation compilation, CancellationToken cancellationToken)
    {
        var catalog = CodeCatalog.Instance;
        foreach (var reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Only an assembly built against the ComplaintCode library can carry evidence; the framework's hundreds
            // of reference assemblies are skipped without decoding their attributes.
            if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly
                || !assembly.Modules.Any(m => m.ReferencedAssemblies.Any(a => a.Name == LibraryAssemblyName)))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == MetadataAttribute
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is Key
                    && attribute.ConstructorArguments[1].Value is string ids)
                {
                    foreach (var id in ids.Split(','))
                    {
                        if (catalog.TryGet(id.Trim(), out var provision))
                        {
                            yield return provision.Id;
                        }
                    }
                }
            }
        }
    }
}
