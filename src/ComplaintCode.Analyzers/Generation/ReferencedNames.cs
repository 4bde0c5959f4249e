using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Threading;
using ComplaintCode.Model;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Generation;

/// <summary>
/// What one reference of the project declares under the names the syntactic reading of [Implements] relies on: the
/// ComplaintCode library's ImplementsAttribute, and any other type named Implements, ImplementsAttribute,
/// Provision or ComplaintCode, or namespace <c>X.ComplaintCode</c>, which could be what such a name means in some
/// file. Read from the reference's metadata tables, without the compilation, so it is computed once per reference
/// and stays cached while the references do not change.
/// </summary>
/// <param name="DeclaresOurs">The reference declares ComplaintCode.ImplementsAttribute: it is the library (or a copy of it).</param>
/// <param name="Shadows">The watched names the reference declares other than ours.</param>
internal sealed record ReferencedNames(bool DeclaresOurs, EquatableArray<string> Shadows)
{
    private const string LibraryAssemblyName = "ComplaintCode";

    public static readonly ReferencedNames None = new(false, EquatableArray<string>.Empty);

    public static ReferencedNames Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        try
        {
            return reference switch
            {
                PortableExecutableReference pe => ReadMetadata(pe, cancellationToken),
                CompilationReference compilation => ReadCompilation(compilation.Compilation),
                _ => None,
            };
        }
        catch (System.Exception e) when (e is System.BadImageFormatException or System.IO.IOException or System.InvalidOperationException or System.NotSupportedException)
        {
            // An unreadable reference is the compiler's to report; it declares nothing the compiler could bind to.
            return None;
        }
    }

    /// <summary>A project reference in the IDE: its declaration table answers by name, without binding.</summary>
    private static ReferencedNames ReadCompilation(Compilation compilation)
    {
        var ours = compilation.AssemblyName == LibraryAssemblyName;
        var shadows = new List<string>();
        foreach (var name in new[] { ImplementsSyntax.ImplementsName, ImplementsSyntax.ImplementsAttributeName, ImplementsSyntax.ProvisionName, ImplementsSyntax.NamespaceName })
        {
            // The library's own project declares ImplementsAttribute and Provision in ComplaintCode, and nothing else by these names.
            if (!ours && compilation.ContainsSymbolsWithName(name, name == ImplementsSyntax.NamespaceName ? SymbolFilter.TypeAndMember | SymbolFilter.Namespace : SymbolFilter.Type))
            {
                shadows.Add(name);
            }
        }

        return new ReferencedNames(ours && compilation.GetTypeByMetadataName("ComplaintCode.ImplementsAttribute") is not null, shadows.ToEquatableArray());
    }

    private static ReferencedNames ReadMetadata(PortableExecutableReference reference, CancellationToken cancellationToken)
    {
        var modules = reference.GetMetadata() switch
        {
            AssemblyMetadata assembly => assembly.GetModules(),
            ModuleMetadata module => System.Collections.Immutable.ImmutableArray.Create(module),
            _ => System.Collections.Immutable.ImmutableArray<ModuleMetadata>.Empty,
        };

        var declaresOurs = false;
        var shadows = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var reader = module.GetMetadataReader();
            var isLibrary = reader.IsAssembly && reader.StringComparer.Equals(reader.GetAssemblyDefinition().Name, LibraryAssemblyName);
            foreach (var handle in reader.TypeDefinitions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var type = reader.GetTypeDefinition(handle);
                if (WatchedName(reader, type.Name) is not { } name)
                {
                    continue;
                }

                var topLevelInOurNamespace = type.GetDeclaringType().IsNil && reader.StringComparer.Equals(type.Namespace, ImplementsSyntax.NamespaceName);
                if (isLibrary && topLevelInOurNamespace && name == ImplementsSyntax.ImplementsAttributeName)
                {
                    declaresOurs = true;
                }
                else if (!(isLibrary && topLevelInOurNamespace && name == ImplementsSyntax.ProvisionName))
                {
                    shadows.Add(name);
                }
            }

            // A type forwarded to another assembly is found there, if that one is referenced; listing it here too costs nothing.
            foreach (var handle in reader.ExportedTypes)
            {
                if (WatchedName(reader, reader.GetExportedType(handle).Name) is { } name && !isLibrary)
                {
                    shadows.Add(name);
                }
            }

            if (HasNestedComplaintCodeNamespace(reader, reader.GetNamespaceDefinitionRoot(), depth: 0))
            {
                shadows.Add(ImplementsSyntax.NamespaceName);
            }
        }

        return new ReferencedNames(declaresOurs, shadows.ToEquatableArray());
    }

    private static string? WatchedName(MetadataReader reader, StringHandle name)
    {
        var comparer = reader.StringComparer;
        return comparer.Equals(name, ImplementsSyntax.ImplementsName) ? ImplementsSyntax.ImplementsName
            : comparer.Equals(name, ImplementsSyntax.ImplementsAttributeName) ? ImplementsSyntax.ImplementsAttributeName
            : comparer.Equals(name, ImplementsSyntax.ProvisionName) ? ImplementsSyntax.ProvisionName
            : comparer.Equals(name, ImplementsSyntax.NamespaceName) ? ImplementsSyntax.NamespaceName
            : null;
    }

    private static bool HasNestedComplaintCodeNamespace(MetadataReader reader, NamespaceDefinition ns, int depth)
    {
        foreach (var handle in ns.NamespaceDefinitions)
        {
            var child = reader.GetNamespaceDefinition(handle);
            if ((depth > 0 && reader.StringComparer.Equals(child.Name, ImplementsSyntax.NamespaceName)) || HasNestedComplaintCodeNamespace(reader, child, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
