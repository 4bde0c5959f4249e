using System.Text.Json.Serialization;

namespace ComplaintCode.Build.Assessment;

/// <summary>Reads a self-assessment (render, import round trips) with metadata generated at compile time.</summary>
[JsonSerializable(typeof(SelfAssessment), GenerationMode = JsonSourceGenerationMode.Metadata)]
internal sealed partial class AssessmentJsonReadContext : JsonSerializerContext
{
}
