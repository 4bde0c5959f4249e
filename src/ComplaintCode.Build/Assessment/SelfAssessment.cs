using System.Text.Json.Serialization;

namespace ComplaintCode.Build.Assessment;

// The self-assessment document. Its JSON keys are a published contract (docs/self-assessment.schema.json):
// other tools read them. Keys may be added, never renamed.

public sealed record SelfAssessment(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("code")] CodeInfo Code,
    [property: JsonPropertyName("landlord")] LandlordInfo? Landlord,
    [property: JsonPropertyName("project")] ProjectInfo? Project,
    [property: JsonPropertyName("assessmentDate")] string? AssessmentDate,
    [property: JsonPropertyName("summary")] Summary Summary,
    [property: JsonPropertyName("provisions")] IReadOnlyList<ProvisionAssessment> Provisions,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding>? Findings = null,
    // False when a later build could not judge the system (a project of it did not compile): these answers are an
    // earlier build's. A file written before the key existed was current when written, hence the default.
    [property: JsonPropertyName("current")] bool Current = true,
    // The projects that did not compile in the build that found this assessment not current; null while current.
    [property: JsonPropertyName("notCompiled")] IReadOnlyList<string>? NotCompiled = null)
{
    public const int CurrentSchemaVersion = 2;
}

public sealed record CodeInfo(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("edition")] string Edition);

public sealed record LandlordInfo([property: JsonPropertyName("name")] string Name);

public sealed record ProjectInfo(
    [property: JsonPropertyName("assembly")] string Assembly,
    [property: JsonPropertyName("tool")] string Tool,
    [property: JsonPropertyName("toolVersion")] string ToolVersion);

public sealed record Summary(
    [property: JsonPropertyName("provisions")] int Provisions,
    [property: JsonPropertyName("yes")] int Yes,
    [property: JsonPropertyName("no")] int No,
    [property: JsonPropertyName("notEvidenced")] int NotEvidenced,
    [property: JsonPropertyName("sections")] IReadOnlyList<SectionSummary> Sections);

public sealed record SectionSummary(
    [property: JsonPropertyName("section")] int Section,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("provisions")] int Provisions,
    [property: JsonPropertyName("yes")] int Yes,
    [property: JsonPropertyName("no")] int No,
    [property: JsonPropertyName("notEvidenced")] int NotEvidenced);

/// <summary>"Yes" | "No" | "NotEvidenced".</summary>
public static class Comply
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string NotEvidenced = "NotEvidenced";
}

public sealed record ProvisionAssessment(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("section")] int Section,
    [property: JsonPropertyName("sectionTitle")] string SectionTitle,
    [property: JsonPropertyName("stage")] int? Stage,
    [property: JsonPropertyName("requirement")] string Requirement,
    [property: JsonPropertyName("comply")] string Comply,
    [property: JsonPropertyName("evidence")] IReadOnlyList<Evidence> Evidence,
    [property: JsonPropertyName("commentary")] string? Commentary,
    [property: JsonPropertyName("findings")] IReadOnlyList<Finding> Findings,
    [property: JsonPropertyName("complyBy")] string? ComplyBy = null,
    // Left out when null, so an assessment the build writes keeps exactly the keys it always had.
    [property: JsonPropertyName("sourceLine"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SourceLine = null);

/// <summary>"code" (a declaration marked [Implements]) or "document" (cited in the policy file).</summary>
/// <remarks>The JSON keys are written in the contract's order: kind, symbol, file, line, description, link.</remarks>
public sealed record Evidence(
    [property: JsonPropertyName("kind"), JsonPropertyOrder(0)] string Kind,
    [property: JsonPropertyName("description"), JsonPropertyOrder(4)] string? Description,
    [property: JsonPropertyName("symbol"), JsonPropertyOrder(1)] string? Symbol = null,
    [property: JsonPropertyName("file"), JsonPropertyOrder(2)] string? File = null,
    [property: JsonPropertyName("line"), JsonPropertyOrder(3)] int? Line = null,
    [property: JsonPropertyName("link"), JsonPropertyOrder(5)] string? Link = null,
    // The project of the system the evidence is in; left out for a one-project system and for documents.
    [property: JsonPropertyName("project"), JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Project = null);

public sealed record Finding(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] int? Line,
    // The project of the system the finding is in; left out for a one-project system.
    [property: JsonPropertyName("project"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Project = null);
