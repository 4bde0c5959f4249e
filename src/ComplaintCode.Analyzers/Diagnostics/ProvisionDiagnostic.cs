using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// Creates a diagnostic about provisions of the Code, with their ids in <see cref="Diagnostic.Properties"/>, so the
/// build step (and anything else) reads which provisions a finding concerns as data, never from the message.
/// </summary>
internal static class ProvisionDiagnostic
{
    /// <summary>The property that lists the provision ids, comma-separated, in Code order.</summary>
    public const string ProvisionsProperty = "ComplaintCode.Provisions";

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location? location, IEnumerable<string> provisions, params object?[] messageArgs)
        => Create(descriptor, location, provisions, ImmutableDictionary<string, string?>.Empty, messageArgs);

    /// <summary>The same, with further properties for a code fix to read.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location? location, IEnumerable<string> provisions, ImmutableDictionary<string, string?> properties, params object?[] messageArgs)
        => Diagnostic.Create(
            descriptor,
            location,
            properties.SetItem(ProvisionsProperty, string.Join(",", provisions.Distinct())),
            messageArgs);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location? location, string provision, params object?[] messageArgs)
        => Create(descriptor, location, new[] { provision }, messageArgs);

    /// <summary>
    /// The property that names the provisions as members of the generated Provision enum, comma-separated, for a
    /// code fix that writes [Implements(Provision.X)].
    /// </summary>
    public const string ProvisionMembersProperty = "ComplaintCode.ProvisionMembers";

    /// <summary>Properties naming the Provision members of the given provision ids.</summary>
    public static ImmutableDictionary<string, string?> NamingMembers(IEnumerable<string> provisions)
        => ImmutableDictionary<string, string?>.Empty.Add(
            ProvisionMembersProperty,
            string.Join(",", provisions.Distinct().Select(id => ComplaintCode.Model.Catalog.CodeCatalog.Instance.Get(id).Name)));

    /// <summary>The provision ids a diagnostic carries; empty for one about annotations or the policy file itself.</summary>
    public static IReadOnlyList<string> ProvisionsOf(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(ProvisionsProperty, out var ids) && !string.IsNullOrEmpty(ids)
            ? ids!.Split(',')
            : System.Array.Empty<string>();
}
