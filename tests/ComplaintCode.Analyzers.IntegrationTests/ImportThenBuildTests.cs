using System.Text.Json.Nodes;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// A landlord's first day: import the published self-assessment with complaint-code, then build with the policy file
/// it wrote, untouched.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class ImportThenBuildTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;

    public ImportThenBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void ImportedPolicyFile_WithANoAndABlank_BuildsWithTheWarning_AndStrictModeFails()
    {
        var directory = _package.NewConsumerDirectory("imported");
        File.WriteAllText(Path.Combine(directory, "Imported.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ComplaintCode.Analyzers" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Workflow.cs"), "[ComplaintCode.ComplaintWorkflow] internal sealed class Workflow { }");

        // A published form: 6.3 met, 9.6 not met with no date, 3.3 left blank.
        string Row(string id, string comply, string evidence, string commentary)
            => string.Join('\t', id, CodeCatalog.Instance.Get(id).Requirement, comply, evidence, commentary) + "\n";
        var form = Path.Combine(directory, "published-self-assessment.txt");
        File.WriteAllText(form, "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n"
            + Row("3.3", "", "Quarterly complaints report", "Not yet reviewed.")
            + Row("6.3", "Yes", "Customer Feedback and Complaints Policy", "Monitored weekly.")
            + Row("9.6", "No", "", "The annual report has not yet gone to the board."));

        var tool = Dotnet.ComplaintCodeTool();
        var (importExit, import) = Dotnet.Run(directory, _package.ConsumerEnvironment, "exec", tool, "import", form, "--output", Path.Combine(directory, "complaint-policy.yaml"), "--landlord", "Riverside Homes");
        Assert.True(importExit == 0, import);
        Assert.Contains("Imported 3 of 72 provisions: 1 Yes, 1 No, 1 unanswered", import);

        var output = Dotnet.Build(directory, _package.ConsumerEnvironment);
        Assert.Contains("warning CHC0503", output);
        Assert.Contains("Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'", output);
        Assert.DoesNotContain("error CHC", output);
        Assert.DoesNotContain("CHC0501", output);

        var assessment = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "bin", "Debug", "net10.0", "complaint-self-assessment.json")))!;
        JsonNode Provision(string id) => assessment["provisions"]!.AsArray().Single(p => (string?)p!["id"] == id)!;
        string? Comply(string id) => (string?)Provision(id)["comply"];
        Assert.Equal("No", Comply("9.6"));
        Assert.Empty(Provision("9.6")["findings"]!.AsArray());
        Assert.Equal("NotEvidenced", Comply("3.3"));
        Assert.Equal("Yes", Comply("6.3"));

        var (strictExit, strict) = Dotnet.Run(directory, _package.ConsumerEnvironment, "build", "-nologo", "--no-incremental", "-p:ComplaintCodeStrict=true");
        Assert.NotEqual(0, strictExit);
        Assert.Contains("error CHC0503", strict);
        // An undated "No" is CHC0503's alone: CHC0003 is a plan with a date.
        Assert.DoesNotContain("CHC0003", strict);
        Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", "net10.0", "complaint-self-assessment.json")));
    }
}
