namespace ComplaintCode.Analyzers.Generation;

/// <summary>Names of the generator's pipeline steps, so tests can assert that each one is cached.</summary>
internal static class TrackingNames
{
    public const string IsCodeLibrary = nameof(IsCodeLibrary);

    /// <summary>Every [Implements] read from its syntax, and every declaration that changes what its names mean.</summary>
    public const string ImplementsSyntax = nameof(ImplementsSyntax);

    /// <summary>Per reference: whether it declares our ImplementsAttribute, and any other type by the names syntax relies on.</summary>
    public const string ReferencedNames = nameof(ReferencedNames);

    /// <summary>The ids syntax proves, and the attributes left to bind.</summary>
    public const string ImplementedIds = nameof(ImplementedIds);

    /// <summary>The evidenced ids in Code order, after binding what syntax could not prove.</summary>
    public const string Evidence = nameof(Evidence);

    public const string PolicyFiles = nameof(PolicyFiles);
    public const string Policy = nameof(Policy);
    public const string NullableAnnotations = nameof(NullableAnnotations);
    public const string PolicySource = nameof(PolicySource);
}
