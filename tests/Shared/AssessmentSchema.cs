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

    // Draft 2020-12 as its reference implementation reads it: $defs, const, $ref beside other keywords, and formats.
    private const string PythonValidator = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        document = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
        """;

    /// <summary>
    /// The complaints of a second, independent validator: Python's jsonschema (the draft 2020-12 reference
    /// implementation), which reads the schema as written, without the rewriting NJsonSchema needs.
    /// </summary>
    /// <exception cref="InvalidOperationException">python3 or its jsonschema module is not installed.</exception>
    public static string[] PythonErrors(string json)
    {
        var start = new System.Diagnostics.ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonValidator);
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "docs", "self-assessment.schema.json"));
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        using (var input = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
        {
            input.Write(json);
        }

        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var stderr = errorTask.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The independent schema check needs python3 with the jsonschema module (pip install jsonschema): " + stderr);
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
