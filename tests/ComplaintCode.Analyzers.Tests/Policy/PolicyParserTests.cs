using System.Text;
using ComplaintCode.Analyzers.Policy;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Analyzers.Tests.Policy;

/// <summary>The policy file is user input: hostile or broken files give CHC0501 with a location, never a crash.</summary>
public class PolicyParserTests
{
    private static PolicyFile Parse(string text) => PolicyParser.Parse("complaint-policy.yaml", text, CodeCatalog.Instance);

    [Theory]
    [InlineData("")]
    [InlineData("# comments only\n# nothing declared yet\n")]
    [InlineData("\uFEFFlandlord: Riverside Homes\n")]
    [InlineData("landlord: Riverside Homes\r\ntimescales:\r\n  stage1ResponseWorkingDays: 8\r\n")]
    public void OrdinaryFiles_AreAccepted(string text)
        => Assert.Empty(Parse(text).Issues);

    [Fact]
    public void NotMetWithoutComplyBy_IsItsOwnIssue_AndTheEntryIsKept()
    {
        var policy = Parse("provisions:\n  \"9.6\":\n    comply: no\n    commentary: Board report due.\n");

        var issue = Assert.Single(policy.Issues);
        Assert.Equal(PolicyIssueKind.NotMetWithoutComplyBy, issue.Kind);
        Assert.Equal("Provision 9.6 is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'", issue.Message);
        Assert.Equal(2, issue.Span.StartLine);
        var provision = Assert.Single(policy.Provisions);
        Assert.Equal(PolicyComply.No, provision.Comply);
        Assert.Equal("Board report due.", provision.Commentary);
    }

    [Fact]
    public void SignOff_IsRead_AndApprovedWhenTheBodyAndTheDateAreGiven()
    {
        var policy = Parse("""
            signOff:
              completedBy: Jane Smith, Complaints Manager
              governingBody: Board of Riverside Homes
              approvedOn: 2026-07-15
              minute: Board minute 2026/41
              response: The Board welcomes the assessment.
              responseLink: https://riverside.example/board-response
            """);

        Assert.Empty(policy.Issues);
        Assert.Equal(
            new PolicySignOff("Jane Smith, Complaints Manager", "Board of Riverside Homes", "2026-07-15", "Board minute 2026/41", "The Board welcomes the assessment.", "https://riverside.example/board-response"),
            policy.SignOff);
        Assert.True(policy.SignOff!.IsApproved);
    }

    [Theory]
    [InlineData("signOff:\n  completedBy: Jane Smith\n")]
    [InlineData("signOff:\n  governingBody: Board of Riverside Homes\n")]
    [InlineData("landlord: Riverside Homes\n")]
    public void SignOff_WithoutTheBodyOrTheDate_IsNotApproved(string text)
    {
        var policy = Parse(text);

        Assert.Empty(policy.Issues);
        Assert.False(policy.SignOff?.IsApproved ?? false);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://riverside.example/response")]
    [InlineData("board/response.html")]
    [InlineData("file:///c:/board.docx")]
    public void SignOff_ResponseLinkOtherThanHttps_IsUnusable_AndLeftOut(string link)
    {
        var policy = Parse($"signOff:\n  responseLink: \"{link}\"\n");

        var issue = Assert.Single(policy.Issues);
        Assert.Equal(PolicyIssueKind.Unusable, issue.Kind);
        Assert.Equal(1, issue.Span.StartLine);
        Assert.Null(policy.SignOff!.ResponseLink);
    }

    [Fact]
    public void NotMetWithComplyBy_HasNoIssue()
        => Assert.Empty(Parse("provisions:\n  \"9.6\":\n    comply: no\n    complyBy: 2026-03-31\n").Issues);

    [Fact]
    public void CrlfFile_IsReadLikeLf()
    {
        var policy = Parse("landlord: Riverside Homes\r\nclosureDays:\r\n  - 2026-12-29\r\n");

        Assert.Equal("Riverside Homes", policy.Landlord);
        Assert.Equal(new[] { "2026-12-29" }, policy.ClosureDays);
    }

    [Fact]
    public void DeepNesting_IsRefusedAtTheLimit()
    {
        var text = "provisions:\n  \"6.3\":\n    evidence: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var issue = Assert.Single(Parse(text).Issues);

        Assert.Equal(PolicyIssueKind.Unusable, issue.Kind);
        Assert.Contains("nests deeper than", issue.Message);
        Assert.Equal(2, issue.Span.StartLine);
    }

    [Fact]
    public void AliasBomb_IsRefused()
    {
        var text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            text.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var issues = Parse(text.ToString()).Issues;

        Assert.Contains(issues, i => i.Kind == PolicyIssueKind.Unusable && i.Message.Contains("aliases"));
    }

    [Fact]
    public void HugeFile_IsRefusedBeforeParsing()
    {
        var text = "landlord: " + new string('x', 50 * 1024 * 1024) + "\n";

        var issue = Assert.Single(Parse(text).Issues);

        Assert.Contains("the limit is", issue.Message);
        Assert.Equal(PolicySpan.Start, issue.Span);
    }

    [Fact]
    public void InvalidUtf8_IsRefusedAtTheBadByte()
    {
        // The compiler decodes AdditionalFiles leniently: invalid bytes arrive as U+FFFD.
        var bytes = Encoding.UTF8.GetBytes("landlord: Riverside Homes\ncommentary: caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var text = new UTF8Encoding(false, false).GetString(bytes);

        var issue = Assert.Single(Parse(text).Issues);

        Assert.Equal("The policy file is not valid UTF-8.", issue.Message);
        Assert.Equal(new PolicySpan(1, 15, 1, 16), issue.Span);
    }

    [Fact]
    public void SecondDocument_IsRefused()
        => Assert.Contains(Parse("landlord: A\n---\nlandlord: B\n").Issues, i => i.Message.Contains("one YAML document"));

    [Fact]
    public void ShortFormAndFullFormEvidence_AreRead()
    {
        var policy = Parse("""
            provisions:
              "1.2": Complaints Policy, section 3.1
              "9.4":
                evidence:
                  - document: Board terms of reference
                    section: "2"
                    link: https://riverside.example/board
                commentary: Director of Housing
              "4.2":
                comply: unanswered
            """);

        Assert.Empty(policy.Issues);
        Assert.Equal("Complaints Policy, section 3.1", policy.Provisions[0].Evidence.Single().Description);
        var board = policy.Provisions[1].Evidence.Single();
        Assert.Equal(("Board terms of reference, section 2", "https://riverside.example/board"), (board.Description, board.Link));
        Assert.True(policy.Provisions[1].CountsAsEvidence);
        Assert.False(policy.Provisions[2].CountsAsEvidence);
    }

    [Fact]
    public void Parse_IsEquatable_SoTheGeneratorCanCacheIt()
    {
        const string text = "landlord: Riverside Homes\nprovisions:\n  \"1.2\": Complaints Policy\n";

        Assert.Equal(Parse(text), Parse(text));
    }
}
