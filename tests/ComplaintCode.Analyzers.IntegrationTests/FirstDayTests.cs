using System.Text.RegularExpressions;
using ComplaintCode.Model.Catalog;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>
/// A developer's first day with the package: installed as the README says, the first build of a system with no
/// policy file says what to do, and after <c>complaint-code init</c> each provision to answer has its own line.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class FirstDayTests : IClassFixture<PackageFixture>
{
    private readonly PackageFixture _package;

    public FirstDayTests(PackageFixture package) => _package = package;

    [Fact]
    public void WebAppWithoutPolicyFile_GetsOneNextStep_AndAfterInitEachProvisionIsReportedAtItsOwnLine()
    {
        var root = _package.NewConsumerDirectory("first-day");
        File.WriteAllText(Path.Combine(root, "Harbour.slnx"), """
            <Solution>
              <Project Path="src/Harbour.Domain/Harbour.Domain.csproj" />
              <Project Path="src/Harbour.Web/Harbour.Web.csproj" />
            </Solution>
            """);
        var domain = Path.Combine(root, "src", "Harbour.Domain");
        Directory.CreateDirectory(domain);
        File.WriteAllText(Path.Combine(domain, "Harbour.Domain.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ComplaintCode.Analyzers" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(domain, "Deadlines.cs"), """
            namespace Harbour.Domain;

            public static class Deadlines
            {
                [ComplaintCode.Implements("6.3")]
                public static System.DateTime Stage1RespondBy(System.DateTime acknowledged)
                    => ComplaintCode.ComplaintPolicy.Calendar.Add(acknowledged, ComplaintCode.ComplaintPolicy.Stage1ResponseWorkingDays);
            }
            """);
        var web = Path.Combine(root, "src", "Harbour.Web");
        Directory.CreateDirectory(web);
        File.WriteAllText(Path.Combine(web, "Harbour.Web.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Harbour.Domain/Harbour.Domain.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(web, "Program.cs"), "var app = WebApplication.Create(args);\napp.MapGet(\"/\", () => Harbour.Domain.Deadlines.Stage1RespondBy(DateTime.Today));\napp.Run();\n");

        // The first build: a line or two about the provisions without evidence, one naming the next step.
        var first = Dotnet.Build(web, _package.ConsumerEnvironment);
        var about = first.Split('\n').Where(l => l.Contains("CHC0001", StringComparison.Ordinal) || l.Contains("CHC0006", StringComparison.Ordinal)).Distinct().ToList();
        Assert.InRange(about.Count, 1, 3);
        Assert.Contains(about, l => l.Contains("warning CHC0006", StringComparison.Ordinal) && l.Contains("complaint-code init", StringComparison.Ordinal));
        Assert.DoesNotContain(about, l => l.Contains("warning CHC0001", StringComparison.Ordinal));
        Assert.Contains("71 not evidenced", first);

        // init from the web project's folder writes the file at the solution root, leaving out what the code evidences.
        var tool = Dotnet.ComplaintCodeTool();
        var (initExit, init) = Dotnet.Run(web, _package.ConsumerEnvironment, "exec", tool, "init", "--landlord", "Harbour Homes");
        Assert.True(initExit == 0, init);
        var policy = Path.Combine(root, "complaint-policy.yaml");
        Assert.Contains($"Wrote {policy}: 71 of 72 provisions to answer", init);

        var second = Dotnet.Build(web, _package.ConsumerEnvironment);
        var reported = Regex.Matches(second, @"complaint-policy\.yaml\((?<line>\d+),\d+\): warning CHC0001: Provision (?<id>\d+\.\d+) has no evidence")
            .Select(m => (Id: m.Groups["id"].Value, Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct()
            .ToList();
        Assert.DoesNotContain("CHC0006", second);
        Assert.Equal(CodeCatalog.Instance.Provisions.Select(p => p.Id).Where(id => id != "6.3"), reported.Select(r => r.Id).Distinct().Order(Comparer<string>.Create(CompareIds)));
        Assert.Equal(71, reported.Count);
        Assert.Equal(71, reported.Select(r => r.Line).Distinct().Count());
        var lines = File.ReadAllLines(policy);
        Assert.All(reported, r => Assert.Equal($"  \"{r.Id}\":", lines[r.Line - 1]));
    }

    [Fact]
    public void ReadmeInstallSteps_InAFreshFolder_PutTheSourceInTheSolutionsNuGetConfig_AndTheToolRuns()
    {
        var solution = Path.Combine(_package.Root, "readme-install");
        var domain = Path.Combine(solution, "src", "YourHousing.Domain");
        Directory.CreateDirectory(domain);
        File.WriteAllText(Path.Combine(domain, "YourHousing.Domain.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        // A fresh machine: its own package folder, and its own ~/.dotnet, whose local-tool cache would otherwise still
        // point an earlier install of the same tool version at a package folder that no longer exists.
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_package.Root, "readme-install-packages"),
            ["DOTNET_CLI_HOME"] = Path.Combine(_package.Root, "readme-install-home"),
        };
        var userConfig = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet", "NuGet.Config");
        var userConfigBefore = File.Exists(userConfig) ? File.ReadAllText(userConfig) : null;

        // The README's own commands, run as written: the clone is this repository, the solution the fresh folder.
        var directory = Dotnet.RepositoryRoot;
        var ran = new List<string>();
        foreach (var command in ReadmeInstallCommands())
        {
            var line = command.Replace("$SOLUTION", solution, StringComparison.Ordinal);
            if (line.StartsWith("SOLUTION=", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("cd ", StringComparison.Ordinal))
            {
                directory = line.Substring(3);
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("dotnet", words[0]);
            var (exit, output) = Dotnet.Run(directory, environment, words.Skip(1).ToArray());
            Assert.True(exit == 0, $"{line}\n{output}");
            ran.Add(line);
            if (line == "dotnet complaint-code --help")
            {
                Assert.Contains("init", output);
                Assert.Contains("import", output);
            }
        }

        Assert.Contains(ran, l => l.StartsWith("dotnet tool install ComplaintCode.Cli", StringComparison.Ordinal));
        var config = File.ReadAllText(Path.Combine(solution, "nuget.config"));
        Assert.Contains("<add key=\"complaintcode-local\" value=\"packages\" />", config);
        Assert.Equal(userConfigBefore, File.Exists(userConfig) ? File.ReadAllText(userConfig) : null);
        Assert.Contains("ComplaintCode.Analyzers", File.ReadAllText(Path.Combine(domain, "YourHousing.Domain.csproj")));

        // As a teammate would after cloning: the tool from the manifest ("--": the help asked of the tool, not of dotnet tool run).
        var (runExit, run) = Dotnet.Run(solution, environment, "tool", "run", "complaint-code", "--", "--help");
        Assert.True(runExit == 0, run);
        Assert.Contains("Exit codes: 0 done, 1 failed, 2 usage error.", run);
    }

    /// <summary>The commands of the README's from-source install block, without comments.</summary>
    private static IEnumerable<string> ReadmeInstallCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Dotnet.RepositoryRoot, "README.md"));
        var section = readme.Substring(readme.IndexOf("Until then, install it from a clone", StringComparison.Ordinal));
        var start = section.IndexOf("```sh\n", StringComparison.Ordinal) + "```sh\n".Length;
        var block = section.Substring(start, section.IndexOf("```", start, StringComparison.Ordinal) - start);
        return block.Split('\n')
            .Select(l => (l.IndexOf('#') is var hash and >= 0 ? l.Substring(0, hash) : l).Trim())
            .Where(l => l.Length > 0)
            .ToList();
    }

    private static int CompareIds(string a, string b)
    {
        var (x, y) = (a.Split('.'), b.Split('.'));
        var section = int.Parse(x[0], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(y[0], System.Globalization.CultureInfo.InvariantCulture));
        return section != 0 ? section : int.Parse(x[1], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(y[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
