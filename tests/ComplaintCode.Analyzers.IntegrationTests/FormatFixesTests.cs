namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// The fixes that annotate, from the command line: `dotnet format analyzers` on a project that consumes the packed
/// package, as a team would run it over years of unannotated complaint code. After it, the annotated rules judge the
/// code the guesses were about.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class FormatFixesTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;

    public FormatFixesTests(PackageFixture package) => _package = package;

    [Fact]
    public void DotnetFormat_AppliesTheAnnotatingFixes_AndTheAnnotatedRulesTakeOver()
    {
        var directory = _package.NewConsumerDirectory("format");
        File.WriteAllText(Path.Combine(directory, "Legacy.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ComplaintCode.Analyzers" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "ComplaintService.cs"), """
            using System;

            namespace Riverside.Complaints
            {
                public class ComplaintService
                {
                    public DateTime Stage1ResponseDue(DateTime acknowledged) => acknowledged.AddDays(28);

                    public const int ComplaintTimeLimitMonths = 6;
                }
            }
            """);
        File.WriteAllText(Path.Combine(directory, "Letters.cs"), """
            namespace Riverside.Letters
            {
                [ComplaintCode.Implements("6.5", Evidence = "The letter prints the Ombudsman's details.")]
                public sealed class ExtensionLetter { }

                [ComplaintCode.Implements("6.16")]
                public sealed class Stage2ExtensionLetter { }
            }
            """);
        File.WriteAllText(Path.Combine(directory, "Stages.cs"), """
            namespace Riverside.Complaints
            {
                public enum ComplaintStage { Informal, Stage1, Stage2 }
            }
            """);

        var (exitCode, output) = Dotnet.Run(
            directory,
            _package.ConsumerEnvironment,
            "format", "analyzers", Path.Combine(directory, "Legacy.csproj"),
            "--diagnostics", "CHC0211", "CHC0212", "CHC0213", "CHC0005", "CHC0111", "CHC0112",
            "--severity", "info",
            "-v", "n");
        Assert.True(exitCode == 0, output);

        var service = File.ReadAllText(Path.Combine(directory, "ComplaintService.cs"));
        Assert.StartsWith("using System;\nusing ComplaintCode;\n", service.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(service, @"\[Implements\(Provision\.Stage1Response\)\]"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(service, @"\[Implements\(Provision\.TwelveMonthTimeLimit\)\]"));

        var letters = File.ReadAllText(Path.Combine(directory, "Letters.cs"));
        Assert.Contains("[ComplaintCode.Implements(Provision.Stage1ExtensionOmbudsmanContact, Evidence = \"The letter prints the Ombudsman's details.\")]", letters);
        Assert.Contains("[ComplaintCode.Implements(Provision.Stage2ExtensionOmbudsmanContact)]", letters);
        Assert.DoesNotContain("\"6.5\"", letters);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(letters, "using ComplaintCode;"));

        var stages = File.ReadAllText(Path.Combine(directory, "Stages.cs"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stages, @"\[ComplaintStages\]"));

        // The guesses are gone; the annotated rules judge the same code, at their own ids and severities. (CHC0212
        // has two fixes, and dotnet format applies every fix of an id it is given: whether AddDays(28) was also
        // rewritten to the landlord's calendar depends on the order it takes the ids in. Either way 28 days is over
        // 6.3's 10, CHC0201.)
        var (buildExit, build) = Dotnet.Run(directory, _package.ConsumerEnvironment, "build", "-nologo", "--no-incremental");
        Assert.NotEqual(0, buildExit);
        var ids = Dotnet.RuleIds(build);
        Assert.True(ids.Contains("CHC0201"), build);
        Assert.Contains("CHC0203", ids);
        Assert.Contains("CHC0101", ids);
        Assert.Contains("CHC0102", ids);
        Assert.DoesNotContain("CHC0211", ids);
        Assert.DoesNotContain("CHC0212", ids);
        Assert.DoesNotContain("CHC0213", ids);
        Assert.DoesNotContain("CHC0111", ids);
        Assert.DoesNotContain("CHC0112", ids);
        Assert.DoesNotContain("error CS", build);
    }
}
