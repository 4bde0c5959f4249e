namespace ComplaintCode.Analyzers.Model;

/// <summary>What the consumer's compilation supports, so generated code compiles on netstandard2.0 and C# 7.3 too.</summary>
internal readonly record struct LanguageFeatures(bool NullableAnnotations, bool HasDateOnly);
