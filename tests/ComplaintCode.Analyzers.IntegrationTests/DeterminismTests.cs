using System.Text;
using System.Text.Json;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// The build is deterministic: two clean builds give byte-identical generated sources and self-assessment, and a
/// parallel build of several projects writes each project's own assessment, never a neighbour's.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class DeterminismTests
{
    private const string Compliant = "samples/RiversideHomes/RiversideHomes.Complaints";

    [Fact]
    public void TwoCleanBuilds_GiveByteIdenticalGeneratedSourcesAndAssessment()
    {
        var sample = Path.Combine(Dotnet.RepositoryRoot, Compliant);
        var generated = Path.Combine(sample, "obj", "Debug", "net10.0", "generated");
        var json = Path.Combine(sample, "bin", "Debug", "net10.0", "complaint-self-assessment.json");

        try
        {
            var first = CleanBuild(generated, json);
            var second = CleanBuild(generated, json);

            // A user's project gets its ComplaintPolicy (and Roslyn's [Embedded]); the Code's types come from the library.
            Assert.Equal(
                new[] { "ComplaintCode.Analyzers.Generation.ComplaintCodeGenerator/ComplaintCode.ComplaintPolicy.g.cs", "ComplaintCode.Analyzers.Generation.ComplaintCodeGenerator/Microsoft.CodeAnalysis.EmbeddedAttribute.cs" },
                first.Sources.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(first.Sources.Keys.Order(StringComparer.Ordinal), second.Sources.Keys.Order(StringComparer.Ordinal));
            foreach (var (file, bytes) in first.Sources)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(second.Sources[file]), $"{file} differs between two clean builds");
            }

            Assert.True(first.Json.AsSpan().SequenceEqual(second.Json), "complaint-self-assessment.json differs between two clean builds");
        }
        finally
        {
            // Leave the sample's obj folder as the other tests expect it.
            if (Directory.Exists(generated))
            {
                Directory.Delete(generated, recursive: true);
            }
        }

        static (Dictionary<string, byte[]> Sources, byte[] Json) CleanBuild(string generated, string json)
        {
            if (Directory.Exists(generated))
            {
                Directory.Delete(generated, recursive: true);
            }

            File.Delete(json);
            Dotnet.Build(Compliant, null, "--no-incremental", "-p:EmitCompilerGeneratedFiles=true");

            var ours = Path.Combine(generated, "ComplaintCode.Analyzers");
            Assert.True(Directory.Exists(ours), $"{ours} was not written");
            var sources = Directory.EnumerateFiles(ours, "*", SearchOption.AllDirectories)
                .ToDictionary(path => Path.GetRelativePath(ours, path).Replace('\\', '/'), File.ReadAllBytes);
            return (sources, File.ReadAllBytes(json));
        }
    }

    [Fact]
    public void ParallelBuildOfThreeProjects_WritesEachProjectsOwnAssessment()
    {
        var projects = new[]
        {
            (Name: "Alpha.Complaints", Landlord: "Alpha Housing Association", Provisions: new[] { "1.2" }),
            (Name: "Beta.Complaints", Landlord: "Beta Homes", Provisions: new[] { "1.2", "3.1", "4.1" }),
            (Name: "Gamma.Complaints", Landlord: "Gamma Living Trust", Provisions: new[] { "1.2", "1.3", "3.1", "4.1", "9.4" }),
        };
        var root = Directory.CreateTempSubdirectory("complaintcode-parallel-").FullName;
        try
        {
            Dotnet.ConsumeFromSource(root);
            var solution = new StringBuilder("<Solution>\n");
            foreach (var project in projects)
            {
                var directory = Directory.CreateDirectory(Path.Combine(root, project.Name)).FullName;
                File.WriteAllText(Path.Combine(directory, project.Name + ".csproj"), """<Project Sdk="Microsoft.NET.Sdk" />""");
                File.WriteAllText(Path.Combine(directory, "complaint-policy.yaml"), $"landlord: {project.Landlord}\nassessmentDate: 2026-06-30\n");
                var source = new StringBuilder("using ComplaintCode;\n\nnamespace ").Append(project.Name).Append(";\n");
                for (var i = 0; i < project.Provisions.Length; i++)
                {
                    source.Append($"\n[Implements(\"{project.Provisions[i]}\", Evidence = \"{project.Name} evidence {i}\")]\ninternal sealed class Evidence{i} {{ }}\n");
                }

                File.WriteAllText(Path.Combine(directory, "Evidence.cs"), source.ToString());
                solution.Append($"  <Project Path=\"{project.Name}/{project.Name}.csproj\" />\n");
            }

            File.WriteAllText(Path.Combine(root, "Parallel.slnx"), solution.Append("</Solution>\n").ToString());

            var output = Dotnet.Build(Path.Combine(root, "Parallel.slnx"), null, "-m");

            foreach (var project in projects)
            {
                var json = Path.Combine(root, project.Name, "bin", "Debug", "net10.0", "complaint-self-assessment.json");
                Assert.True(File.Exists(json), $"{project.Name} has no assessment:\n{output}");
                var text = File.ReadAllText(json);
                Assert.Empty(Tests.Shared.AssessmentSchema.Errors(text));
                using var document = JsonDocument.Parse(text);
                var assessment = document.RootElement;
                Assert.Equal(project.Landlord, assessment.GetProperty("landlord").GetProperty("name").GetString());
                Assert.Equal(project.Name, assessment.GetProperty("project").GetProperty("assembly").GetString());

                var summary = assessment.GetProperty("summary");
                Assert.Equal(72, summary.GetProperty("provisions").GetInt32());
                Assert.Equal(project.Provisions.Length, summary.GetProperty("yes").GetInt32());
                Assert.Equal(0, summary.GetProperty("no").GetInt32());
                Assert.Equal(72 - project.Provisions.Length, summary.GetProperty("notEvidenced").GetInt32());

                var met = assessment.GetProperty("provisions").EnumerateArray()
                    .Where(p => p.GetProperty("comply").GetString() == "Yes")
                    .ToList();
                Assert.Equal(project.Provisions, met.Select(p => p.GetProperty("id").GetString()));
                var evidence = met.SelectMany(p => p.GetProperty("evidence").EnumerateArray()).ToList();
                Assert.Equal(project.Provisions.Length, evidence.Count);
                Assert.All(evidence, e =>
                {
                    Assert.Equal("code", e.GetProperty("kind").GetString());
                    Assert.Equal("Evidence.cs", e.GetProperty("file").GetString());
                    Assert.StartsWith(project.Name + ".Evidence", e.GetProperty("symbol").GetString());
                    Assert.StartsWith(project.Name + " evidence ", e.GetProperty("description").GetString());
                });

                Assert.Contains($"ComplaintCode: {project.Provisions.Length} of 72 provisions met, 0 not met, {72 - project.Provisions.Length} not evidenced", output);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder.
            }
        }
    }
}
