using System.Text.Json.Nodes;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Cli.Tests.Rendering;
using ComplaintCode.Tests.Shared;

namespace ComplaintCode.Cli.Tests.Schema;

/// <summary>docs/self-assessment.schema.json against the files complaint-code writes.</summary>
public class SchemaTests
{
    private static string[] Errors(string json) => AssessmentSchema.Errors(json);

    /// <summary>The realistic assessment as the file holds it, with <paramref name="change"/> made to its JSON.</summary>
    private static string Changed(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(AssessmentJson.Serialize(SampleAssessments.Realistic()))!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    private static JsonObject Provision(JsonObject document, string id)
        => document["provisions"]!.AsArray().Select(p => p!.AsObject()).Single(p => (string?)p["id"] == id);

    [Fact]
    public void Is_a_draft_2020_12_schema_with_a_description_on_every_property()
    {
        var schema = JsonNode.Parse(AssessmentSchema.SchemaText.Value)!.AsObject();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        var undescribed = new List<string>();
        Walk(schema, "#");
        Assert.Empty(undescribed);

        void Walk(JsonObject node, string path)
        {
            if (node["properties"] is JsonObject properties)
            {
                foreach (var (name, value) in properties)
                {
                    if (value is JsonObject property)
                    {
                        if (property["description"] is null)
                        {
                            undescribed.Add($"{path}/properties/{name}");
                        }

                        Walk(property, $"{path}/properties/{name}");
                    }
                }
            }

            if (node["$defs"] is JsonObject definitions)
            {
                foreach (var (name, value) in definitions)
                {
                    Walk(value!.AsObject(), $"{path}/$defs/{name}");
                }
            }
        }
    }

    [Fact]
    public void Accepts_a_realistic_assessment_as_written()
    {
        Assert.Empty(Errors(AssessmentJson.Serialize(SampleAssessments.Realistic())));
    }

    [Fact]
    public void Accepts_a_blank_assessment_with_no_landlord_project_or_date()
    {
        Assert.Empty(Errors(AssessmentJson.Serialize(SampleAssessments.Blank())));
    }

    [Fact]
    public void Accepts_keys_added_at_the_top_level()
    {
        Assert.Empty(Errors(Changed(d => d["generatedFrom"] = "complaint-policy.yaml")));
    }

    [Fact]
    public void Accepts_the_source_line_of_an_imported_provision()
    {
        Assert.Empty(Errors(Changed(d => Provision(d, "6.3")["sourceLine"] = 42)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Rejects_a_source_line_that_is_not_a_line_number(int line)
    {
        Assert.NotEmpty(Errors(Changed(d => Provision(d, "6.3")["sourceLine"] = line)));
        Assert.NotEmpty(Errors(Changed(d => Provision(d, "6.3")["sourceLine"] = "line 4")));
    }

    [Fact]
    public void An_assessment_not_made_by_import_has_no_source_line_key()
    {
        var document = JsonNode.Parse(AssessmentJson.Serialize(SampleAssessments.Realistic()))!.AsObject();

        Assert.All(document["provisions"]!.AsArray(), p => Assert.False(p!.AsObject().ContainsKey("sourceLine")));
    }

    [Fact]
    public void Rejects_a_comply_value_outside_yes_no_and_not_evidenced()
    {
        var json = Changed(d => Provision(d, "6.3")["comply"] = "Partially");

        Assert.NotEmpty(Errors(json));
    }

    [Fact]
    public void Rejects_an_evidence_kind_other_than_code_or_document()
    {
        Assert.NotEmpty(Errors(Changed(d => Provision(d, "6.3")["evidence"]![0]!["kind"] = "email")));
    }

    [Fact]
    public void Rejects_another_schema_version()
    {
        Assert.NotEmpty(Errors(Changed(d => d["schemaVersion"] = 3)));
    }

    [Fact]
    public void Rejects_an_assessment_missing_provisions()
    {
        Assert.NotEmpty(Errors(Changed(d => d["provisions"]!.AsArray().RemoveAt(71))));
        Assert.NotEmpty(Errors(Changed(d => d.Remove("provisions"))));
    }

    [Fact]
    public void Rejects_a_provision_missing_a_required_key()
    {
        Assert.NotEmpty(Errors(Changed(d => Provision(d, "1.2").Remove("requirement"))));
    }

    [Fact]
    public void Rejects_a_malformed_provision_id()
    {
        Assert.NotEmpty(Errors(Changed(d => Provision(d, "1.2")["id"] = "1.2a")));
    }
}
