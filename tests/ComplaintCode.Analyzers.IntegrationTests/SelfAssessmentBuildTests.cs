using System.Text.Json;

namespace ComplaintCode.Analyzers.IntegrationTests;

/// <summary>The build step: complaint-self-assessment.json (and .html, .md) written by dotnet build of the samples.</summary>
[Collection(DotnetCollection.Name)]
public sealed class SelfAssessmentBuildTests
{
    private const string Compliant = "samples/RiversideHomes/RiversideHomes.Complaints";
    private const string NonCompliant = "samples/RiversideHomes.NonCompliant";

    [Fact]
    public void CompliantSample_WritesAnAssessmentWithEveryProvisionMet_AndTwoBuildsAreByteIdentical()
    {
        var output = Dotnet.Build(Compliant, null, "--no-incremental");
        var path = JsonPath(Compliant);
        var first = File.ReadAllBytes(path);

        Assert.Matches(@"ComplaintCode: 72 of 72 provisions met, 0 not met, 0 not evidenced across 3 projects -> bin/Debug/net10\.0/complaint-self-assessment\.json", output);
        using (var document = JsonDocument.Parse(first))
        {
            var root = document.RootElement;
            Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("Riverside Homes", root.GetProperty("landlord").GetProperty("name").GetString());
            Assert.Equal(72, root.GetProperty("provisions").GetArrayLength());
            Assert.All(root.GetProperty("provisions").EnumerateArray(), p => Assert.Equal("Yes", p.GetProperty("comply").GetString()));

            var stage1 = root.GetProperty("provisions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "6.3");
            var code = stage1.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "code");
            Assert.DoesNotContain("\\", code.GetProperty("file").GetString());
            Assert.False(Path.IsPathRooted(code.GetProperty("file").GetString()));
            Assert.True(code.GetProperty("line").GetInt32() > 0);
        }

        Assert.Empty(Tests.Shared.AssessmentSchema.Errors(System.Text.Encoding.UTF8.GetString(first)));
        Assert.True(File.Exists(Path.ChangeExtension(path, ".html")));
        Assert.True(File.Exists(Path.ChangeExtension(path, ".md")));

        Dotnet.Build(Compliant, null, "--no-incremental");
        Assert.Equal(first, File.ReadAllBytes(path));
    }

    [Fact]
    public void NoOpBuild_DoesNotRewriteTheAssessment()
    {
        Dotnet.Build(Compliant);
        var path = JsonPath(Compliant);
        var written = File.GetLastWriteTimeUtc(path);
        Thread.Sleep(1100);

        var output = Dotnet.Build(Compliant);

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.DoesNotContain("ComplaintCode: 72 of 72", output);
    }

    [Fact]
    public void NonCompliantSample_MarksEveryBreachedProvisionNo_WithItsFindings()
    {
        var (exitCode, output) = Dotnet.Run(Dotnet.RepositoryRoot, null, "build", NonCompliant, "-nologo", "--no-incremental");
        Assert.NotEqual(0, exitCode);

        using var document = JsonDocument.Parse(File.ReadAllText(JsonPath(NonCompliant)));
        var provisions = document.RootElement.GetProperty("provisions").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

        // Each breach in the sample, by the provision it breaks.
        foreach (var (id, rule) in new[] { ("5.3", "CHC0101"), ("5.2", "CHC0102"), ("6.3", "CHC0201"), ("6.2", "CHC0202"), ("2.3", "CHC0203"), ("6.5", "CHC0301"), ("6.9", "CHC0302"), ("2.4", "CHC0303"), ("6.13", "CHC0401") })
        {
            var provision = provisions[id];
            Assert.True(provision.GetProperty("comply").GetString() == "No", $"{id} should be No:\n{provision}");
            Assert.Contains(provision.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == rule);
        }

        Assert.Equal("No", provisions["9.5"].GetProperty("comply").GetString());
        Assert.Empty(Tests.Shared.AssessmentSchema.Errors(File.ReadAllText(JsonPath(NonCompliant))));
        Assert.Contains(provisions.Values, p => p.GetProperty("comply").GetString() == "NotEvidenced");
        Assert.Matches(@"ComplaintCode: \d+ of 72 provisions met, \d+ not met, \d+ not evidenced", output);
    }

    private static string JsonPath(string sample)
        => Path.Combine(Dotnet.RepositoryRoot, sample, "bin", "Debug", "net10.0", "complaint-self-assessment.json");
}
