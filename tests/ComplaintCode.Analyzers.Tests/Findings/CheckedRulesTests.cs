using ComplaintCode.Analyzers.Diagnostics;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Findings;

namespace ComplaintCode.Analyzers.Tests.Findings;

/// <summary>The words the form uses for what each rule checked, kept in step with the rules themselves.</summary>
public class CheckedRulesTests
{
    [Fact]
    public void EveryRuleThatRecordsChecks_IsARuleOnAnnotatedCode_WithWordsForWhatItChecks()
    {
        var ids = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Assert.All(CheckedRules.All, rule =>
        {
            Assert.Contains(rule, ids);
            Assert.NotEqual('1', rule[^2]); // CHCnn1n are the guesses from names: a guess is no check.
            Assert.NotNull(CheckedRules.WhatItChecks(rule, CodeCatalog.Instance.Get("6.3")));
        });
        Assert.Equal(DiagnosticIds.TimescaleTooLong, CheckedRules.TimescaleTooLong);
        Assert.Equal(DiagnosticIds.Stage2HandlerNotSeparated, CheckedRules.Stage2HandlerNotSeparated);
    }

    [Theory]
    [InlineData("6.3", "CHC0201", "every stage 1 response timescale is at most 10 working days")]
    [InlineData("6.14", "CHC0201", "every stage 2 response timescale is at most 20 working days")]
    [InlineData("2.3", "CHC0203", "the complaint time limit is at least 12 months")]
    [InlineData("6.16", "CHC0301", "every stage 2 extension letter carries the Ombudsman's contact details")]
    public void WhatItChecks_ComesFromTheProvisionsCatalogEntry(string provision, string rule, string expected)
        => Assert.Equal(expected, CheckedRules.WhatItChecks(rule, CodeCatalog.Instance.Get(provision)));

    [Fact]
    public void Describe_SaysWhatWasCheckedWhereAndHowOften()
    {
        var text = CheckedRules.Describe(CodeCatalog.Instance.Get("6.2"), new[] { ("CHC0202", 1, 1), ("CHC0201", 2, 0) }, places: 2);

        Assert.Equal(
            "The build checks that every stage 1 acknowledgement timescale is at most 5 working days (CHC0201) and dates are counted in working days, not calendar days (CHC0202). 2 places, 1 breach.",
            text);
    }
}
