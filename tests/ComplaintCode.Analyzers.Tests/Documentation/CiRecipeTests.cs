using ComplaintCode.Analyzers.Tests.Verifiers;
using YamlDotNet.RepresentationModel;

namespace ComplaintCode.Analyzers.Tests.Documentation;

/// <summary>
/// The README's CI recipes are files (docs/ci), so they can be checked: each parses, builds in strict mode, keeps the
/// three assessment files as an artifact even when the build fails, and (on GitHub) puts the form in the job summary.
/// </summary>
public class CiRecipeTests
{
    private static readonly string[] s_assessmentFiles = { "complaint-self-assessment.json", "complaint-self-assessment.html", "complaint-self-assessment.md" };

    [Fact]
    public void GitHubActionsWorkflow_BuildsStrict_KeepsTheAssessmentWhenTheBuildFails_AndSummarisesTheForm()
    {
        var steps = Sequence(Map(Map(Map(Load("github-actions.yml"))["jobs"]).Children.Values.Single())["steps"]).Select(Map).ToList();

        var build = Assert.Single(steps, s => Text(s, "run")?.StartsWith("dotnet build", StringComparison.Ordinal) == true);
        Assert.Contains("-p:ComplaintCodeStrict=true", Text(build, "run"));
        var buildIndex = steps.IndexOf(build);

        var upload = Assert.Single(steps, s => Text(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.True(steps.IndexOf(upload) > buildIndex);
        Assert.Equal("always()", Text(upload, "if"));
        var paths = Text(Map(upload["with"]), "path")!;
        Assert.All(s_assessmentFiles, file => Assert.Contains("**/bin/Release/**/" + file, paths));

        var summary = Assert.Single(steps, s => Text(s, "run")?.Contains("$GITHUB_STEP_SUMMARY", StringComparison.Ordinal) == true);
        Assert.True(steps.IndexOf(summary) > buildIndex);
        Assert.Equal("always()", Text(summary, "if"));
        Assert.Contains("complaint-self-assessment.md", Text(summary, "run"));
    }

    [Fact]
    public void AzurePipelinesJob_BuildsStrict_AndKeepsTheAssessmentWhenTheBuildFails()
    {
        var job = Map(Assert.Single(Sequence(Map(Load("azure-pipelines.yml"))["jobs"])));
        var steps = Sequence(job["steps"]).Select(Map).ToList();

        var build = Assert.Single(steps, s => Text(s, "script")?.StartsWith("dotnet build", StringComparison.Ordinal) == true);
        Assert.Contains("-p:ComplaintCodeStrict=true", Text(build, "script"));
        var buildIndex = steps.IndexOf(build);

        var copy = Assert.Single(steps, s => Text(s, "task") == "CopyFiles@2");
        Assert.True(steps.IndexOf(copy) > buildIndex);
        Assert.Equal("always()", Text(copy, "condition"));
        var contents = Text(Map(copy["inputs"]), "Contents")!;
        Assert.All(s_assessmentFiles, file => Assert.Contains("**/bin/Release/**/" + file, contents));

        var publish = Assert.Single(steps, s => Text(s, "task") == "PublishPipelineArtifact@1");
        Assert.True(steps.IndexOf(publish) > steps.IndexOf(copy));
        Assert.Equal("always()", Text(publish, "condition"));
        Assert.Equal(Text(Map(copy["inputs"]), "TargetFolder"), Text(Map(publish["inputs"]), "targetPath"));
    }

    [Theory]
    [InlineData("github-actions.yml")]
    [InlineData("azure-pipelines.yml")]
    public void ReadmeShowsEachRecipe_AsTheFileIs(string file)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var recipe = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "ci", file)).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```yaml\n" + recipe + "```\n", readme);
    }

    private static YamlNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryFiles.Root, "docs", "ci", file));
        stream.Load(reader);
        return Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Map(YamlNode node) => Assert.IsType<YamlMappingNode>(node);

    private static YamlSequenceNode Sequence(YamlNode node) => Assert.IsType<YamlSequenceNode>(node);

    private static string? Text(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
}
