using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ComplaintCode.Analyzers.Tests.Generation;

public class GeneratorOutputTests
{
    private const string Policy = """
        landlord: Riverside Homes
        timescales:
          stage1AcknowledgementWorkingDays: 3
        closureDays:
          - 2025-12-29
        """;

    [Fact]
    public void InAUsersProject_GeneratorEmitsOnlyTheProjectsComplaintPolicy()
    {
        var (_, result) = GeneratorHarness.Run(GeneratorHarness.Compilation("class C { }"));

        Assert.Equal(
            new[] { "ComplaintCode.ComplaintPolicy.g.cs", "Microsoft.CodeAnalysis.EmbeddedAttribute.cs" },
            result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void ProjectsImplementsIds_BecomeOneAssemblyAttribute_InCodeOrder_ForTheSystemThatReferencesIt()
    {
        const string source = """
            using ComplaintCode;
            [assembly: Implements("9.4", Evidence = "Board terms of reference")]
            [Implements("6.13", "6.21", "six")]
            public class Workflow
            {
                [Implements(Provision.Stage1Response, Provision.Stage1Response)]
                public int Days([Implements("6.2")] int received) => received;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compilation(source));

        // Malformed and unknown ids are CHC0002's; only the Code's ids are evidence.
        Assert.Contains(
            "[assembly: global::System.Reflection.AssemblyMetadata(\"ComplaintCode.EvidencedProvisions\", \"6.2,6.3,6.13,9.4\")]",
            GeneratorHarness.Source(result, "ComplaintCode.Evidence.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS0618"));
    }

    [Fact]
    public void ProjectWithoutImplements_GetsNoEvidenceAttribute()
    {
        var (_, result) = GeneratorHarness.Run(GeneratorHarness.Compilation("[ComplaintCode.ComplaintWorkflow] class Workflow { }"));

        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.EndsWith("ComplaintCode.Evidence.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void InTheCodeLibrarysBuild_GeneratorEmitsEveryLibraryFile_WithStableHintNames_AndNoComplaintPolicy()
    {
        var (output, result) = GeneratorHarness.RunAsCodeLibrary();

        Assert.Equal(
            new[]
            {
                "ComplaintCode.Attributes.g.cs", "ComplaintCode.CodeConformance.g.cs", "ComplaintCode.CodeProvisionInfo.g.cs", "ComplaintCode.CodeProvisions.g.cs",
                "ComplaintCode.CodeTimescales.g.cs", "ComplaintCode.ComplaintSelfAssessment.g.cs", "ComplaintCode.ConformanceCase.g.cs",
                "ComplaintCode.ConformanceFailure.g.cs", "ComplaintCode.ConformanceTimescales.g.cs", "ComplaintCode.OmbudsmanContact.g.cs",
                "ComplaintCode.Provisions.g.cs", "ComplaintCode.ResponseLetterItem.g.cs", "ComplaintCode.UkTime.g.cs",
                "ComplaintCode.WorkingDayCalendar.g.cs", "ComplaintCode.WorkingDays.g.cs",
                "Microsoft.CodeAnalysis.EmbeddedAttribute.cs",
            },
            result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void CodeLibraryOutput_DeclaresExactlyThePublicTypesOfTheShippedLibrary()
    {
        // The shipped ComplaintCode.dll is this generator's output; the two must never drift apart.
        var (output, _) = GeneratorHarness.RunAsCodeLibrary();
        var generated = output.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public && t.ContainingType is null)
            .Select(t => t.ToDisplayString())
            .OrderBy(n => n, StringComparer.Ordinal);
        var shipped = typeof(global::ComplaintCode.Provision).Assembly.GetExportedTypes()
            .Select(t => t.FullName!)
            .OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(shipped, generated);
        Assert.Contains("ComplaintCode.WorkingDayCalendar", generated);
        // The conformance kit users' test projects call (issue 19); UkTime stays internal.
        Assert.Contains("ComplaintCode.CodeConformance", generated);
        Assert.Contains("ComplaintCode.ConformanceCase", generated);
        Assert.Contains("ComplaintCode.ConformanceFailure", generated);
        Assert.Contains("ComplaintCode.ConformanceBound", generated);
        Assert.DoesNotContain("ComplaintCode.UkTime", generated);
        Assert.Equal(10, shipped.Count(n => n.EndsWith("Attribute", StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryAttributeAndItsConstructors_SayWhichProvisionsTheyConcern()
    {
        // Hover over [ComplaintWorkflow] shows the constructor's summary, so an implicit constructor shows nothing.
        var (output, _) = GeneratorHarness.RunAsCodeLibrary();
        var attributes = output.GetSymbolsWithName(n => n.EndsWith("Attribute", StringComparison.Ordinal), SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public && t.ContainingNamespace.ToDisplayString() == "ComplaintCode")
            .ToList();

        Assert.Equal(10, attributes.Count);
        var provisionNumber = new System.Text.RegularExpressions.Regex(@"\b[1-9]\.[0-9]{1,2}\b");
        foreach (var symbol in attributes.SelectMany(a => a.InstanceConstructors.Cast<ISymbol>().Prepend(a)))
        {
            Assert.False(symbol.IsImplicitlyDeclared, $"{symbol.ToDisplayString()} has no constructor of its own to document");
            Assert.Matches(provisionNumber, System.Xml.Linq.XElement.Parse(symbol.GetDocumentationCommentXml()!).Element("summary")!.Value);
        }

        var extensionLetter = attributes.Single(a => a.Name == "ExtensionLetterAttribute");
        Assert.All(extensionLetter.InstanceConstructors.Cast<ISymbol>().Prepend(extensionLetter), s => Assert.Contains("6.5", s.GetDocumentationCommentXml()));
        Assert.All(extensionLetter.InstanceConstructors.Cast<ISymbol>().Prepend(extensionLetter), s => Assert.Contains("6.16", s.GetDocumentationCommentXml()));
    }

    [Fact]
    public void EveryPublicTypeAndMemberOfTheLibrary_IsDocumented()
    {
        // Hover and Go to Definition show these summaries; the library's build also makes CS1591 an error.
        var (output, _) = GeneratorHarness.RunAsCodeLibrary();
        var undocumented = output.GetSymbolsWithName(_ => true, SymbolFilter.TypeAndMember)
            .Where(s => IsPubliclyVisible(s) && !s.IsImplicitlyDeclared && s is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet })
            .Where(s => string.IsNullOrWhiteSpace(s.GetDocumentationCommentXml()))
            .Select(s => s.ToDisplayString())
            .ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public void GeneratedCode_CompilesWithoutWarnings_AndIsUsableWithPublicTypes()
    {
        const string source = """
            using System;
            using ComplaintCode;

            [ComplaintWorkflow]
            [Implements("6.2", "6.3", Evidence = "Deadlines")]
            public class Workflow
            {
                [Implements(Provision.Stage1Response, Provision.Stage2Response)]
                public DateOnly Due(DateOnly acknowledged) => ComplaintPolicy.Calendar.Add(acknowledged, CodeTimescales.Stage1ResponseWorkingDays);

                public DateOnly DueWithoutClosures(DateOnly acknowledged) => WorkingDays.Add(acknowledged, ComplaintPolicy.Stage1ResponseWorkingDays);

                public Provision Assessed(Provision provision) => provision;

                public string Ombudsman => OmbudsmanContact.Telephone + CodeProvisions.Get("6.3").Requirement + ComplaintPolicy.Stage2ResponseWorkingDays;
            }

            [ComplaintStages] public enum Stage { Stage1 = 1, Stage2 = 2 }

            [StageResponseLetter(1)]
            public record Letter([property: LetterItem(ResponseLetterItem.Decision)] string Decision, [property: ComplaintHandler(1)] string Handler, [property: OmbudsmanContactDetails] OmbudsmanContact Contact);

            [ExtensionLetter(1)] public sealed record Stage1ExtensionLetter(string Reason, DateOnly NewResponseDate, OmbudsmanContact Ombudsman);
            [RefusalLetter] public class Refusal { }
            """;
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compilation(source));

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void ProvisionMembers_CarryTheIdSectionAndFullRequirement_ForHover()
    {
        var (_, result) = GeneratorHarness.RunAsCodeLibrary();
        var source = GeneratorHarness.Source(result, "ComplaintCode.Provisions.g.cs");

        Assert.Contains("/// Provision 6.3 (section 6: Complaint stages, stage 1).", source);
        Assert.Contains("/// Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.", source);
        Assert.Contains("Stage1Response = 603,", source);
        Assert.Contains("/// Provision 1.2 (section 1: Definition of a complaint).", source);
        Assert.Equal(72, source.Split('\n').Count(line => line.TrimStart().StartsWith("/// Provision ", StringComparison.Ordinal)));
        Assert.StartsWith("// <auto-generated/>", source);
    }

    [Fact]
    public void ResponseLetterItem_HasExactlyTheSevenItems()
    {
        var type = typeof(global::ComplaintCode.ResponseLetterItem);

        Assert.Equal(
            new[] { "ComplaintStage", "ComplaintDefinition", "Decision", "Reasons", "Remedy", "OutstandingActions", "EscalationRoute" },
            Enum.GetNames(type));
    }

    [Fact]
    public void CodeTimescales_AreConstants()
    {
        var type = typeof(global::ComplaintCode.CodeTimescales);
        var constants = type.GetFields().Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);

        Assert.Equal(10, constants["Stage1ResponseWorkingDays"]);
        Assert.Equal(5, constants["Stage1AcknowledgementWorkingDays"]);
        Assert.Equal(10, constants["Stage1ExtensionWorkingDays"]);
        Assert.Equal(5, constants["Stage2AcknowledgementWorkingDays"]);
        Assert.Equal(20, constants["Stage2ResponseWorkingDays"]);
        Assert.Equal(20, constants["Stage2ExtensionWorkingDays"]);
        Assert.Equal(12, constants["ComplaintTimeLimitMonths"]);
    }

    [Fact]
    public void RuntimeLookup_ShowsTheCodeToStaff()
    {
        var lookup = typeof(global::ComplaintCode.CodeProvisions);
        var get = lookup.GetMethod("Get", new[] { typeof(string) })!;
        var info = get.Invoke(null, new object[] { "6.13" })!;

        Assert.Equal("The person considering the complaint at stage 2 must not be the same person that considered the complaint at stage 1.", info.GetType().GetProperty("Requirement")!.GetValue(info));
        Assert.Equal("Complaint stages", info.GetType().GetProperty("SectionTitle")!.GetValue(info));
        Assert.Equal(2, info.GetType().GetProperty("Stage")!.GetValue(info));
        Assert.Equal(72, ((System.Collections.ICollection)lookup.GetProperty("All")!.GetValue(null)!).Count);
        var tryGet = lookup.GetMethod("TryGet")!;
        Assert.False((bool)tryGet.Invoke(null, new object?[] { "6.21", null })!);
    }

    [Fact]
    public void OmbudsmanContact_HasThePublishedDetails()
    {
        var type = typeof(global::ComplaintCode.OmbudsmanContact);

        Assert.Equal("0300 111 3000", type.GetField("Telephone")!.GetRawConstantValue());
        Assert.Equal("info@housing-ombudsman.org.uk", type.GetField("Email")!.GetRawConstantValue());
        Assert.Equal("PO Box 1484, Unit D, Preston, PR2 0ET", type.GetField("PostalAddress")!.GetRawConstantValue());
        Assert.Equal("www.housing-ombudsman.org.uk", type.GetField("Website")!.GetRawConstantValue());
        Assert.Contains("0300 111 3000", Activator.CreateInstance(type)!.ToString());
    }

    [Fact]
    public void PolicyFile_BecomesConstants_AndClosureDaysAreSkipped()
    {
        var assembly = CompileAndLoad("class C { }", new InMemoryAdditionalText("/project/complaint-policy.yaml", Policy));
        var policy = assembly.GetType("ComplaintCode.ComplaintPolicy")!;

        Assert.Equal("Riverside Homes", policy.GetField("LandlordName")!.GetRawConstantValue());
        Assert.Equal(3, policy.GetField("Stage1AcknowledgementWorkingDays")!.GetRawConstantValue());
        Assert.Equal(10, policy.GetField("Stage1ResponseWorkingDays")!.GetRawConstantValue());

        // Wed 24 Dec 2025 + 1 working day: 25 and 26 are bank holidays, the weekend follows, 29 Dec is a closure day.
        var calendar = (global::ComplaintCode.WorkingDayCalendar)policy.GetField("Calendar")!.GetValue(null)!;
        Assert.Equal(new[] { new DateTime(2025, 12, 29) }, calendar.ClosureDays);
        Assert.Equal(new DateTime(2025, 12, 30), calendar.Add(new DateTime(2025, 12, 24), 1));
        Assert.Equal(new DateTime(2025, 12, 29), global::ComplaintCode.WorkingDays.Add(new DateTime(2025, 12, 24), 1));
    }

    [Fact]
    public void WithoutPolicyFile_ComplaintPolicyUsesTheCodesTimescales()
    {
        var policy = CompileAndLoad("class C { }").GetType("ComplaintCode.ComplaintPolicy")!;

        Assert.Null(policy.GetField("LandlordName")!.GetRawConstantValue());
        Assert.Equal(20, policy.GetField("Stage2ResponseWorkingDays")!.GetRawConstantValue());
        Assert.Empty(((global::ComplaintCode.WorkingDayCalendar)policy.GetField("Calendar")!.GetValue(null)!).ClosureDays);
    }

    [Fact]
    public void GeneratedCode_CompilesAsCSharp73()
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp7_3);
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compilation(options, "class C { }"), new InMemoryAdditionalText("complaint-policy.yaml", Policy));

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain("#nullable", GeneratorHarness.Source(result, "ComplaintCode.ComplaintPolicy.g.cs"));
    }

    [Fact]
    public void UnusablePolicyFile_DoesNotBreakTheGenerator()
    {
        var (output, result) = GeneratorHarness.Run(
            GeneratorHarness.Compilation("class C { }"),
            new InMemoryAdditionalText("complaint-policy.yaml", "landlord: [unclosed\n  timescales: {"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private static bool IsPubliclyVisible(ISymbol symbol)
    {
        for (var s = symbol; s is not null and not INamespaceSymbol; s = s.ContainingSymbol)
        {
            if (s.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static Assembly CompileAndLoad(string source, params Microsoft.CodeAnalysis.AdditionalText[] additionalTexts)
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compilation(source), additionalTexts);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }
}
