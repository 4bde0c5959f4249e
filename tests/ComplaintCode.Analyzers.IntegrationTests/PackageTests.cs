using System.Xml.Linq;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>The packed package, consumed by fresh projects the way a housing-system developer gets it.</summary>
[Collection(DotnetCollection.Name)]
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_HasTheAnalyzersYamlDotNetAndBuildTransitive_AndNoLib()
    {
        using var zip = _package.OpenPackage();
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/ComplaintCode.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ComplaintCode.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/ComplaintCode.Analyzers.props", entries);
        Assert.Contains("buildTransitive/ComplaintCode.Analyzers.targets", entries);
        Assert.Contains("buildTransitive/ComplaintCode.Strict.globalconfig", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies").SelectMany(d => d.Descendants()));
    }

    [Fact]
    public void CompliantConsumer_BuildsWithoutWarnings_AndGeneratedTypesWork()
    {
        var directory = _package.NewConsumerDirectory("consumer");
        WriteProject(directory, "Consumer", outputType: "Exe", extraProperties: "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        File.WriteAllText(Path.Combine(directory, "Workflow.cs"), ConsumerSources.CompliantWorkflow);
        File.WriteAllText(Path.Combine(directory, "complaint-policy.yaml"), ConsumerSources.Policy);

        var output = Dotnet.Build(directory, _package.ConsumerEnvironment);

        Assert.Empty(Dotnet.RuleIds(output));
        Assert.Contains("0 Warning(s)", output);

        var (exitCode, run) = Dotnet.Run(directory, _package.ConsumerEnvironment, "run", "--no-build");
        Assert.True(exitCode == 0, run);
        Assert.Contains("6.3: Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.", run);
        Assert.Contains("Acknowledge by 2025-12-24", run);
        Assert.Contains("Riverside Homes", run);

        // The build step ran from the package's tools folder and wrote the assessment beside the assembly.
        Assert.Contains("ComplaintCode: 72 of 72 provisions met, 0 not met, 0 not evidenced -> bin/Debug/net10.0/complaint-self-assessment.json", output);
        var assessment = File.ReadAllText(Path.Combine(directory, "bin", "Debug", "net10.0", "complaint-self-assessment.json"));
        Assert.Empty(Tests.Shared.AssessmentSchema.Errors(assessment));
        Assert.Contains($"\"toolVersion\": \"{_package.Version}\"", assessment);
        Assert.Contains("complaint-self-assessment.html", run);

        var provisions = Directory.GetFiles(Path.Combine(directory, "obj"), "ComplaintCode.Provisions.g.cs", SearchOption.AllDirectories).Single();
        var source = File.ReadAllText(provisions);
        Assert.Contains("/// Provision 6.3 (section 6: Complaint stages, stage 1).", source);
        Assert.Contains("/// Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.", source);
    }

    [Fact]
    public void SelfAssessment_CanBeMovedOrTurnedOff()
    {
        var directory = _package.NewConsumerDirectory("settings");
        WriteProject(directory, "Settings", outputType: "Library");
        File.WriteAllText(Path.Combine(directory, "Workflow.cs"), "[ComplaintCode.ComplaintWorkflow] internal class Workflow { }");

        Dotnet.Build(directory, _package.ConsumerEnvironment, "-p:ComplaintCodeSelfAssessmentPath=reports/assessment.json");
        Assert.True(File.Exists(Path.Combine(directory, "reports", "assessment.json")));
        Assert.True(File.Exists(Path.Combine(directory, "reports", "assessment.html")));

        Directory.Delete(Path.Combine(directory, "reports"), recursive: true);
        var output = Dotnet.Build(directory, _package.ConsumerEnvironment, "--no-incremental", "-p:ComplaintCodeSelfAssessment=false", "-p:ComplaintCodeSelfAssessmentPath=reports/assessment.json");
        Assert.DoesNotContain("ComplaintCode:", output);
        Assert.False(Directory.Exists(Path.Combine(directory, "reports")));
    }

    [Fact]
    public void BreachInConsumer_IsAWarningOrError_AndStrictModeFailsTheBuild()
    {
        var directory = _package.NewConsumerDirectory("breach");
        WriteProject(directory, "Breach", outputType: "Library");
        File.WriteAllText(Path.Combine(directory, "Workflow.cs"), """
            using ComplaintCode;

            [ComplaintWorkflow]
            [Implements("6.2")]
            public class Workflow
            {
                [Implements("6.2")]
                public System.DateTime AcknowledgeBy(System.DateTime received) => received.AddDays(5);
            }
            """);

        var output = Dotnet.Build(directory, _package.ConsumerEnvironment);
        Assert.Contains("warning CHC0001", output);
        Assert.Contains("warning CHC0202", output);

        var (exitCode, strict) = Dotnet.Run(directory, _package.ConsumerEnvironment, "build", "-nologo", "-p:ComplaintCodeStrict=true");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CHC0001", strict);
        Assert.Contains("error CHC0202", strict);
    }

    [Fact]
    public void TwoProjectsThatSeeEachOthersInternals_DoNotClash()
    {
        var root = _package.NewConsumerDirectory("friends");
        var a = Path.Combine(root, "Alpha");
        var b = Path.Combine(root, "Beta");
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        WriteProject(a, "Alpha", "Library", extraItems: """<InternalsVisibleTo Include="Beta" />""", extraProperties: "<WarningsAsErrors>CS0436;CS0433</WarningsAsErrors>");
        WriteProject(b, "Beta", "Library", extraItems: """<ProjectReference Include="../Alpha/Alpha.csproj" />""", extraProperties: "<WarningsAsErrors>CS0436;CS0433</WarningsAsErrors>");
        File.WriteAllText(Path.Combine(a, "Alpha.cs"), """
            using ComplaintCode;
            namespace Alpha;
            [ComplaintStages] internal enum Stage { Stage1 = 1, Stage2 = 2 }
            internal static class Deadlines { public static int Stage1 => CodeTimescales.Stage1ResponseWorkingDays; }
            """);
        File.WriteAllText(Path.Combine(b, "Beta.cs"), """
            using ComplaintCode;
            namespace Beta;
            internal static class UsesBoth
            {
                // Beta sees Alpha's internals and has its own generated ComplaintCode types: no CS0436.
                [Implements("6.3")]
                public static int Stage1 => Alpha.Deadlines.Stage1 + CodeTimescales.Stage1ResponseWorkingDays;
                public static Alpha.Stage First => Alpha.Stage.Stage1;
            }
            """);

        var output = Dotnet.Build(Path.Combine(b, "Beta.csproj"), _package.ConsumerEnvironment);

        Assert.DoesNotContain("CS0436", output);
        Assert.DoesNotContain("CS0433", output);
    }

    private void WriteProject(string directory, string name, string outputType, string extraProperties = "", string extraItems = "")
        => File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>{outputType}</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ComplaintCode.Analyzers" Version="{_package.Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
}
