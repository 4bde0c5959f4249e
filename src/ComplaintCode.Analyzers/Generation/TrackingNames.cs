namespace ComplaintCode.Analyzers.Generation;

/// <summary>Names of the generator's pipeline steps, so tests can assert that each one is cached.</summary>
internal static class TrackingNames
{
    public const string IsCodeLibrary = nameof(IsCodeLibrary);
    public const string ImplementedIds = nameof(ImplementedIds);
    public const string Evidence = nameof(Evidence);
    public const string PolicyFiles = nameof(PolicyFiles);
    public const string Policy = nameof(Policy);
    public const string NullableAnnotations = nameof(NullableAnnotations);
    public const string PolicySource = nameof(PolicySource);
}
