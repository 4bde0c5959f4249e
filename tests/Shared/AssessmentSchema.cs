using System.Text.Json.Nodes;
using NJsonSchema;

namespace ComplaintCode.Tests.Shared;

/// <summary>
/// Validates self-assessment JSON against docs/self-assessment.schema.json. Shared by the tool's tests and the
/// build tests, which validate the file a real build wrote.
/// </summary>
/// <remarks>
/// NJsonSchema validates. JsonSchema.Net, a draft 2020-12 validator, cannot be restored from the package feed here (its
/// dependency JsonPointer.Net is not served), and NJsonSchema predates 2020-12: it knows "definitions" but not "$defs",
/// and "enum" but not "const". <see cref="ForNJsonSchema"/> rewrites those two, which mean the same in both drafts, and
/// leaves everything else in the schema as it is.
/// </remarks>
internal static class AssessmentSchema
{

    public static readonly Lazy<string> SchemaText = new(() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "self-assessment.schema.json")));

    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromJsonAsync(ForNJsonSchema(SchemaText.Value)).GetAwaiter().GetResult());

    /// <summary>The schema with "$defs" as "definitions" and "const": x as "enum": [x], for NJsonSchema.</summary>
    private static string ForNJsonSchema(string schema)
    {
        var root = JsonNode.Parse(schema)!;
        Rewrite(root);
        return root.ToJsonString();

        static void Rewrite(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if (o["$defs"] is { } definitions)
                    {
                        o.Remove("$defs");
                        o["definitions"] = definitions;
                    }

                    if (o["$ref"] is JsonValue reference && ((string?)reference)?.StartsWith("#/$defs/", StringComparison.Ordinal) == true)
                    {
                        o["$ref"] = "#/definitions/" + ((string)reference!)["#/$defs/".Length..];
                    }

                    if (o["const"] is { } constant && o["enum"] is null)
                    {
                        o.Remove("const");
                        o["enum"] = new JsonArray(constant);
                    }

                    foreach (var (_, child) in o.ToList())
                    {
                        Rewrite(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Rewrite(child);
                    }

                    break;
            }
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ComplaintCode.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ComplaintCode.Analyzers.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The schema's complaints about <paramref name="json"/>; empty when it is valid.</summary>
    public static string[] Errors(string json) => s_schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToArray();
}
