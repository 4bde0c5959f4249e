using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Cli.Rendering;

namespace ComplaintCode.Cli.Tests.Rendering;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("complaint-code-render-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteAssessment(SelfAssessment assessment, string name = AssessmentJson.FileName)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, AssessmentJson.Serialize(assessment));
        return path;
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Renders_html_beside_the_assessment_by_default()
    {
        var assessment = SampleAssessments.Realistic();
        var json = WriteAssessment(assessment);

        var (exit, output, error) = Run("render", json, "--format", "html");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var html = Path.Combine(_directory, "complaint-self-assessment.html");
        Assert.Equal(HtmlRenderer.Render(assessment), File.ReadAllText(html));
        Assert.Contains(html, output);
    }

    [Fact]
    public void Renders_markdown_beside_the_assessment_by_default()
    {
        var assessment = SampleAssessments.Realistic();
        var json = WriteAssessment(assessment);

        var (exit, _, error) = Run("render", json, "--format", "md");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(MarkdownRenderer.Render(assessment), File.ReadAllText(Path.Combine(_directory, "complaint-self-assessment.md")));
    }

    [Fact]
    public void Writes_to_the_output_given_creating_its_folder()
    {
        var json = WriteAssessment(SampleAssessments.Realistic());
        var target = Path.Combine(_directory, "site", "complaints", "self-assessment-2026.html");

        var (exit, _, _) = Run("render", json, "--format", "html", "--output", target);

        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(target));
        Assert.False(File.Exists(Path.ChangeExtension(json, ".html")));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [Fact]
    public void Replaces_an_existing_rendering()
    {
        var json = WriteAssessment(SampleAssessments.Realistic());
        var target = Path.Combine(_directory, "form.md");
        File.WriteAllText(target, "old");

        Assert.Equal(0, Run("render", json, "--format", "md", "--output", target).Exit);
        Assert.StartsWith("# Riverside Homes", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("")]
    public void Refuses_a_format_it_does_not_know_with_usage(string format)
    {
        var json = WriteAssessment(SampleAssessments.Realistic());

        var (exit, _, error) = Run("render", json, "--format", format);

        Assert.Equal(2, exit);
        Assert.Contains($"Option '--format' takes html or md, not '{format}'.", error);
        Assert.Contains("complaint-code render <assessment", error);
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "a.json")]
    [InlineData("render", "a.json", "b.json", "--format", "html")]
    [InlineData("render", "a.json", "--format", "html", "--colour", "red")]
    [InlineData("render", "a.json", "--format")]
    public void Refuses_a_command_line_it_cannot_act_on_with_usage(params string[] args)
    {
        Assert.Equal(2, Run(args).Exit);
    }

    [Fact]
    public void Fails_with_a_clear_message_when_the_file_is_not_json()
    {
        var path = Path.Combine(_directory, "broken.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1, \"provisions\": [ ");

        var (exit, _, error) = Run("render", path, "--format", "html");

        Assert.Equal(1, exit);
        Assert.Contains("broken.json", error);
        Assert.Contains("is not a self-assessment JSON file", error);
        Assert.False(File.Exists(Path.ChangeExtension(path, ".html")));
    }

    [Fact]
    public void Fails_with_a_clear_message_when_the_json_is_not_a_self_assessment()
    {
        var path = Path.Combine(_directory, "other.json");
        File.WriteAllText(path, "{ \"name\": \"something else\" }");

        var (exit, _, error) = Run("render", path, "--format", "md");

        Assert.Equal(1, exit);
        Assert.Contains("is not a self-assessment JSON file", error);
        Assert.Contains("\"provisions\"", error);
    }

    [Fact]
    public void Fails_with_a_clear_message_when_the_file_is_missing()
    {
        var path = Path.Combine(_directory, "missing.json");

        var (exit, _, error) = Run("render", path, "--format", "html");

        Assert.Equal(1, exit);
        Assert.Contains("cannot read the assessment", error);
        Assert.Contains("missing.json", error);
    }

    [Fact]
    public void Fails_on_an_assessment_from_a_later_schema_version()
    {
        var later = SelfAssessment.CurrentSchemaVersion + 1;
        var path = WriteAssessment(SampleAssessments.Realistic() with { SchemaVersion = later });

        var (exit, _, error) = Run("render", path, "--format", "html");

        Assert.Equal(1, exit);
        Assert.Contains($"schemaVersion {later}", error);
    }

    [Fact]
    public void Renders_an_assessment_of_schema_version_1_written_before_the_sign_off()
    {
        var path = WriteAssessment(SampleAssessments.Realistic() with { SchemaVersion = 1, SignOff = null });

        var (exit, _, _) = Run("render", path, "--format", "html");

        Assert.Equal(0, exit);
        Assert.Contains(SignOff.NotYetApproved, File.ReadAllText(Path.ChangeExtension(path, ".html")));
    }

    [Fact]
    public void Will_not_overwrite_the_assessment_it_reads()
    {
        var json = WriteAssessment(SampleAssessments.Realistic());
        var before = File.ReadAllText(json);

        Assert.Equal(2, Run("render", json, "--format", "html", "--output", json).Exit);
        Assert.Equal(before, File.ReadAllText(json));
    }
}
