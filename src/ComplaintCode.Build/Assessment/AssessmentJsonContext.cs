using System.Text.Json.Serialization;

namespace ComplaintCode.Build.Assessment;

/// <summary>
/// Writes the self-assessment with code generated at compile time. The build step runs once per build in a fresh
/// process, where the reflection-based serializer spent a sixth of the step building the same code at run time.
/// </summary>
/// <remarks>
/// Serialization only: metadata, which reading needs (<see cref="AssessmentJsonReadContext"/>), costs as much again
/// to set up on first use, and the build step never reads an assessment.
/// </remarks>
// Nulls are written: the contract has every key in every object.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SelfAssessment), GenerationMode = JsonSourceGenerationMode.Serialization)]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext
{
}
