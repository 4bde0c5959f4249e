using System.Xml.Linq;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>The packed package, consumed by fresh projects the way a housing-system developer gets it.</summary>
[Collection(DotnetCollection.Name)]
public sealed class PackageTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_HasTheLibraryWithItsDocs_TheAnalyzersYamlDotNetAndBuildTransitive_AndIsNotADevelopmentDependency()
    {
        using var zip = _package.OpenPackage();
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{framework}/ComplaintCode.dll", entries);
            Assert.Contains($"lib/{framework}/ComplaintCode.xml", entries);
        }

        Assert.Equal(4, entries.Count(e => e.StartsWith("lib/", StringComparison.Ordinal)));
        using (var docs = new StreamReader(zip.GetEntry("lib/net8.0/ComplaintCode.xml")!.Open()))
        {
            var xml = docs.ReadToEnd();
            Assert.Contains("Provision 6.3 (section 6: Complaint stages, stage 1).", xml);
            Assert.Contains("Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.", xml);
        }

        Assert.Contains("analyzers/dotnet/cs/ComplaintCode.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ComplaintCode.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/ComplaintCode.Analyzers.props", entries);
        Assert.Contains("buildTransitive/ComplaintCode.Analyzers.targets", entries);
        Assert.Contains("buildTransitive/ComplaintCode.Strict.globalconfig", entries);

        // A development dependency would stop the library, the analyzers and the build step at the first project.
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "developmentDependency");
        Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies").SelectMany(d => d.Descendants()));
    }

    [Fact]
    public void CompliantConsumerInThePublicStyle_BuildsWithoutWarnings_AndTheCodesTypesWork()
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

        // At run time the application ships one small assembly of ours; the analyzers and the tool stay out.
        var bin = Path.Combine(directory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "ComplaintCode.dll")));
        Assert.Empty(Directory.GetFiles(bin, "ComplaintCode.Analyzers*.dll"));
        Assert.Empty(Directory.GetFiles(bin, "YamlDotNet.dll"));

        // The project's own generated source is its ComplaintPolicy; the Code's types come from the library.
        var generated = Directory.GetFiles(Path.Combine(directory, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName);
        Assert.Contains("ComplaintCode.ComplaintPolicy.g.cs", generated);
        Assert.DoesNotContain("ComplaintCode.Provisions.g.cs", generated);
    }

    [Fact]
    public void SelfAssessment_CanBeMovedOrTurnedOff()
    {
        var directory = _package.NewConsumerDirectory("settings");
        WriteProject(directory, "Settings", outputType: "Library", extraProperties: "<ComplaintCodeSelfAssessment>true</ComplaintCodeSelfAssessment>");
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
        // A class library that is the whole system: the one line that makes it the assessed project.
        WriteProject(directory, "Breach", outputType: "Library", extraProperties: "<ComplaintCodeSelfAssessment>true</ComplaintCodeSelfAssessment>");
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
        // No policy file: the provisions without evidence are one CHC0006, with the next step.
        Assert.Contains("warning CHC0006", output);
        Assert.Contains("warning CHC0202", output);

        var (exitCode, strict) = Dotnet.Run(directory, _package.ConsumerEnvironment, "build", "-nologo", "-p:ComplaintCodeStrict=true");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CHC0006", strict);
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
            internal static class Deadlines { public static int Stage1 => ComplaintPolicy.Stage1ResponseWorkingDays; }
            """);
        File.WriteAllText(Path.Combine(b, "Beta.cs"), """
            using ComplaintCode;
            namespace Beta;
            internal static class UsesBoth
            {
                // Beta sees Alpha's internals, and each has its own internal ComplaintPolicy: no CS0436.
                [Implements("6.3")]
                public static int Stage1 => Alpha.Deadlines.Stage1 + ComplaintPolicy.Stage1ResponseWorkingDays;
                public static Alpha.Stage First => Alpha.Stage.Stage1;
            }
            """);

        var output = Dotnet.Build(Path.Combine(b, "Beta.csproj"), _package.ConsumerEnvironment);

        Assert.DoesNotContain("CS0436", output);
        Assert.DoesNotContain("CS0433", output);
    }

    [Fact]
    public void ProjectThatReferencesAProjectUsingThePackage_SharesItsPublicTypes_AndGetsTheAnalyzers()
    {
        var root = _package.NewConsumerDirectory("layers");
        var domain = Path.Combine(root, "Harbour.Domain");
        var api = Path.Combine(root, "Harbour.Api");
        Directory.CreateDirectory(domain);
        Directory.CreateDirectory(api);
        WriteProject(domain, "Harbour.Domain", "Library", extraProperties: "<WarningsAsErrors>CS0436;CS0433;CS0051;CS0053</WarningsAsErrors>");
        // No PackageReference of its own: the library, the analyzers and the build step come through Harbour.Domain.
        File.WriteAllText(Path.Combine(api, "Harbour.Api.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <WarningsAsErrors>CS0436;CS0433;CS0051;CS0053</WarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Harbour.Domain/Harbour.Domain.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(domain, "Letters.cs"), """
            using ComplaintCode;
            namespace Harbour.Domain;
            [ExtensionLetter(1), Implements("6.5")]
            public sealed record Stage1ExtensionLetter(string Reason, DateOnly NewResponseDate, OmbudsmanContact Ombudsman);
            public static class Provisions { public static Provision Stage1Response => Provision.Stage1Response; }
            """);
        File.WriteAllText(Path.Combine(api, "Endpoints.cs"), """
            using ComplaintCode;
            using Harbour.Domain;
            namespace Harbour.Api;
            public sealed class Endpoints
            {
                public Stage1ExtensionLetter Extend(string reason, DateOnly due)
                    => new(reason, ComplaintPolicy.Calendar.Add(due, ComplaintPolicy.Stage1ExtensionWorkingDays), new OmbudsmanContact());

                public bool IsStage1Response(Provision provision) => provision == Provisions.Stage1Response;

                public CodeProvisionInfo Describe(Provision provision) => CodeProvisions.Get(provision);

                [Implements("6.3")]
                public DateTime RespondBy(DateTime acknowledged) => acknowledged.AddDays(10);
            }
            """);

        var output = Dotnet.Build(Path.Combine(api, "Harbour.Api.csproj"), _package.ConsumerEnvironment);

        Assert.DoesNotContain(": error ", output);
        Assert.DoesNotContain("CS0436", output);
        Assert.DoesNotContain("CS0433", output);
        // The analyzers reached Harbour.Api through the reference: its calendar-day deadline is reported there.
        Assert.Contains("Endpoints.cs(14,", output);
        Assert.Contains("warning CHC0202", output);
    }

    [Fact]
    public void PublishedWebApp_ReadsItsSelfAssessment_FromItsOwnFolder()
    {
        var directory = _package.NewConsumerDirectory("published");
        File.WriteAllText(Path.Combine(directory, "Published.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ComplaintCode.Analyzers" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "complaint-policy.yaml"), ConsumerSources.Policy);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var app = WebApplication.CreateBuilder(args).Build();
            Console.WriteLine("content root " + app.Environment.ContentRootPath);
            Console.WriteLine("json " + (ComplaintCode.ComplaintSelfAssessment.ReadJson() ?? "missing"));
            Console.WriteLine("html " + (ComplaintCode.ComplaintSelfAssessment.ReadHtml()?.Length ?? 0));
            """);

        var (publishExit, publish) = Dotnet.Run(directory, _package.ConsumerEnvironment, "publish", "-nologo", "-o", "out");
        Assert.True(publishExit == 0, publish);
        foreach (var name in new[] { "complaint-self-assessment.json", "complaint-self-assessment.html", "complaint-self-assessment.md", "ComplaintCode.dll" })
        {
            Assert.True(File.Exists(Path.Combine(directory, "out", name)), name + "\n" + publish);
        }

        // Run from another folder: the content root is then not the application's base directory.
        var elsewhere = Directory.CreateDirectory(Path.Combine(directory, "elsewhere")).FullName;
        var (runExit, run) = Dotnet.Run(elsewhere, _package.ConsumerEnvironment, Path.Combine(directory, "out", "Published.dll"));
        Assert.True(runExit == 0, run);
        Assert.Contains("content root " + elsewhere, run);
        Assert.Contains("json {", run);
        Assert.Contains("\"schemaVersion\"", run);
        Assert.DoesNotContain("html 0", run);
    }

    [Fact]
    public void TestProject_IsToldOfAnUntestedDeadline_AndTheTestTheFixWrites_PassesUnderDotnetTest()
    {
        var root = _package.NewConsumerDirectory("conformance");
        var system = Path.Combine(root, "Harbour.Complaints");
        var tests = Path.Combine(root, "Harbour.Tests");
        Directory.CreateDirectory(system);
        Directory.CreateDirectory(tests);
        WriteProject(system, "Harbour.Complaints", "Library");
        File.WriteAllText(Path.Combine(system, "ComplaintDeadlines.cs"), """
            using ComplaintCode;
            namespace Harbour.Complaints;
            public static class ComplaintDeadlines
            {
                [Implements("6.2")]
                public static DateOnly Stage1AcknowledgementDue(DateOnly receivedOn)
                    => ComplaintPolicy.Calendar.Add(receivedOn, ComplaintPolicy.Stage1AcknowledgementWorkingDays);
            }
            """);
        // No PackageReference of its own: the library and the analyzers come through Harbour.Complaints.
        File.WriteAllText(Path.Combine(tests, "Harbour.Tests.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <ProjectReference Include="../Harbour.Complaints/Harbour.Complaints.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(tests, "IntakeTests.cs"), """
            using ComplaintCode;
            using Xunit;
            namespace Harbour.Tests;
            public class IntakeTests
            {
                [Fact]
                public void Acknowledgement_IsProvision62() => Assert.Equal("6.2", CodeProvisions.Get(Provision.Stage1Acknowledgement).Id);
            }
            """);
        // CHC0601 is a suggestion (info), which a build does not print; the test project raises it to a warning.
        File.WriteAllText(Path.Combine(tests, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.CHC0601.severity = warning\n");
        var project = Path.Combine(tests, "Harbour.Tests.csproj");

        // Strict mode leaves the suggestion as it is: a test project without conformance tests still builds.
        var untested = Dotnet.Build(project, _package.ConsumerEnvironment, "-p:ComplaintCodeStrict=true");
        Assert.Contains("warning CHC0601", untested);
        Assert.Contains("'Harbour.Complaints.ComplaintDeadlines.Stage1AcknowledgementDue' implements provision 6.2", untested);
        Assert.Contains("IntakeTests.cs(4,", untested);

        // The test the code fix writes for it in an xunit project (ConformanceTestCodeFixTests pins this text).
        File.WriteAllText(Path.Combine(tests, "ComplaintDeadlinesConformanceTests.cs"), """
            using System;
            using ComplaintCode;
            using Xunit;
            using Harbour.Complaints;

            namespace Harbour.Tests
            {
                public class ComplaintDeadlinesConformanceTests
                {
                    [Fact]
                    public void Stage1AcknowledgementDue_MeetsTheCode()
                    {
                        var failures = CodeConformance.Check(Provision.Stage1Acknowledgement, (DateOnly start) => ComplaintDeadlines.Stage1AcknowledgementDue(start), workingDays: ComplaintPolicy.Stage1AcknowledgementWorkingDays, calendar: ComplaintPolicy.Calendar);
                        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
                    }
                }
            }
            """);
        var (testedExit, tested) = Dotnet.Run(root, _package.ConsumerEnvironment, "test", project, "-nologo");

        Assert.True(testedExit == 0, tested);
        Assert.DoesNotContain("CHC0601", tested);
        Assert.Contains("Passed!", tested);
        Assert.Contains("Total:     2", tested);
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
