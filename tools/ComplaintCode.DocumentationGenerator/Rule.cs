using Microsoft.CodeAnalysis;

namespace ComplaintCode.DocumentationGenerator;

/// <summary>One diagnostic as the lists show it: its descriptor, the analyzers that report it, and whether a code fix exists.</summary>
public sealed record Rule(DiagnosticDescriptor Descriptor, IReadOnlyList<string> Analyzers, bool HasCodeFix)
{
    public string Id => Descriptor.Id;
}
