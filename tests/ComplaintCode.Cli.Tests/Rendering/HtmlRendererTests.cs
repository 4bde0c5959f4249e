using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Build.Rendering;
using ComplaintCode.Cli.Rendering;

namespace ComplaintCode.Cli.Tests.Rendering;

public class HtmlRendererTests
{
    private static readonly string[] s_columns =
    {
        "Code provision", "Code requirement", "Comply: Yes / No", "Evidence", "Commentary / explanation",
    };

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IHtmlDocument Realistic() => Parse(HtmlRenderer.Render(SampleAssessments.Realistic()));

    private static IElement[] SectionTables(IDocument document) => document.QuerySelectorAll("table.provisions").ToArray();

    private static IElement[] ProvisionRows(IDocument document)
        => SectionTables(document).SelectMany(t => t.QuerySelectorAll("tbody tr")).Where(r => r.QuerySelector("th[scope=row]") is not null).ToArray();

    private static IElement Row(IDocument document, string id)
        => ProvisionRows(document).Single(r => r.QuerySelector("th[scope=row]")!.TextContent.Trim() == id);

    private static IElement Cell(IDocument document, string id, int column)
        => Row(document, id).Children[column];

    [Fact]
    public void Lists_every_one_of_the_72_provisions_once_in_code_order()
    {
        var document = Realistic();
        var ids = ProvisionRows(document).Select(r => r.QuerySelector("th[scope=row]")!.TextContent.Trim()).ToList();

        Assert.Equal(72, ids.Count);
        Assert.Equal(SampleAssessments.Realistic().Provisions.Select(p => p.Id), ids);
    }

    [Fact]
    public void Has_one_table_per_section_titled_and_with_the_forms_five_columns()
    {
        var document = Realistic();
        var tables = SectionTables(document);

        Assert.Equal(9, tables.Length);
        var sections = SampleAssessments.Realistic().Summary.Sections;
        for (var i = 0; i < tables.Length; i++)
        {
            Assert.Equal($"Section {sections[i].Section}: {sections[i].Title}", tables[i].QuerySelector("caption")!.TextContent.Trim());
            var headers = tables[i].QuerySelectorAll("thead th").ToArray();
            Assert.Equal(s_columns, headers.Select(h => h.TextContent.Trim()));
            Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
        }
    }

    [Fact]
    public void Every_table_has_a_caption()
    {
        var document = Realistic();

        Assert.All(document.QuerySelectorAll("table"), t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
    }

    [Fact]
    public void Each_provision_row_has_the_five_cells_with_the_provision_id_as_row_header()
    {
        var document = Realistic();

        Assert.All(ProvisionRows(document), row =>
        {
            Assert.Equal(5, row.Children.Length);
            Assert.Equal("TH", row.Children[0].TagName);
            Assert.Equal("row", row.Children[0].GetAttribute("scope"));
            Assert.All(row.Children.Skip(1), cell => Assert.Equal("TD", cell.TagName));
        });
    }

    [Fact]
    public void States_the_status_of_every_provision_in_words()
    {
        var assessment = SampleAssessments.Realistic();
        var document = Parse(HtmlRenderer.Render(assessment));

        foreach (var provision in assessment.Provisions)
        {
            var expected = provision.Comply switch
            {
                Comply.Yes => "Yes",
                Comply.No => "No",
                _ => "Not evidenced",
            };
            Assert.Equal(expected, Cell(document, provision.Id, 2).TextContent.Trim());
        }

        Assert.Equal("No", Cell(document, "9.5", 2).TextContent.Trim());
        Assert.Equal("No", Cell(document, "6.13", 2).TextContent.Trim());
        Assert.Equal("Yes", Cell(document, "6.3", 2).TextContent.Trim());
        Assert.Equal("Not evidenced", Cell(document, "2.1", 2).TextContent.Trim());
    }

    [Fact]
    public void Is_english_with_a_charset_and_a_mobile_viewport()
    {
        var document = Realistic();

        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[charset]"));
        Assert.Equal("width=device-width, initial-scale=1", document.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Equal("Riverside Homes — Complaint Handling Code self-assessment", document.Title);
        Assert.Equal("Riverside Homes — Complaint Handling Code self-assessment", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Is_self_contained_with_no_script_and_no_outside_resources()
    {
        var document = Realistic();

        Assert.Empty(document.QuerySelectorAll("script, link, iframe, object, embed, img, [src]"));
        Assert.All(document.QuerySelectorAll("*"), e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var style = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", style, StringComparison.OrdinalIgnoreCase);

        // The only links that leave the page are the landlord's own evidence documents.
        foreach (var link in document.QuerySelectorAll("[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (!href.StartsWith('#'))
            {
                Assert.NotNull(link.Closest("ul.evidence"));
            }
        }
    }

    [Fact]
    public void Links_document_evidence_and_shows_code_evidence_with_its_symbol_and_location()
    {
        var document = Realistic();

        var policy = Cell(document, "1.2", 3).QuerySelector("ul.evidence a")!;
        Assert.Equal("https://www.riversidehomes.example/complaints-policy#definition", policy.GetAttribute("href"));
        Assert.Equal("Customer Feedback and Complaints Policy, paragraph 3.1", policy.TextContent);

        var code = Cell(document, "6.3", 3).QuerySelectorAll("ul.evidence li").ToArray();
        Assert.Equal(2, code.Length);
        Assert.Equal("Stage 1 deadline", code[0].QuerySelector(".desc")!.TextContent);
        Assert.Equal("RiversideHomes.Workflow.Deadlines.RespondBy(DateOnly)", code[0].QuerySelector("code")!.TextContent);
        Assert.Contains("Workflow/Deadlines.cs:42", code[0].TextContent);

        // A description that only repeats the symbol is not said twice.
        Assert.Null(code[1].QuerySelector(".desc"));
        Assert.Equal(1, CountOf(code[1].TextContent, "AcknowledgeBy"));

        // A document with no link is named, not linked.
        var leaflet = Cell(document, "3.4", 3).QuerySelectorAll("li").ToArray();
        Assert.Equal(2, leaflet.Length);
        Assert.Null(leaflet[1].QuerySelector("a"));
        Assert.Equal("Easy-read leaflet (paper copies at every office)", leaflet[1].TextContent);
    }

    [Fact]
    public void Lists_findings_under_a_findings_label_in_the_commentary_cell()
    {
        var document = Realistic();
        var commentary = Cell(document, "6.13", 4);

        Assert.Equal("Findings", commentary.QuerySelector(".findings-label")!.TextContent);
        var findings = commentary.QuerySelectorAll(".findings li").Select(li => li.TextContent).ToArray();
        Assert.Equal(2, findings.Length);
        Assert.StartsWith("CHC0401 The stage 2 response may be written by the person who handled stage 1", findings[0]);
        Assert.EndsWith("Workflow/Assign.cs:12", findings[0]);
        Assert.EndsWith("Workflow/Deadlines.cs:57", findings[1]);
        Assert.Null(Cell(document, "6.3", 4).QuerySelector(".findings"));
    }

    [Fact]
    public void Shows_commentary_and_the_date_a_provision_will_be_met_by()
    {
        var document = Realistic();

        Assert.Contains("Working days exclude bank holidays in England and Wales.", Cell(document, "6.3", 4).TextContent);
        var commentary = Cell(document, "9.5", 4);
        Assert.Contains("To comply by: 30 September 2026", commentary.TextContent);
        Assert.Equal("2026-09-30", commentary.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Summarises_each_section_and_all_sections_with_counts_and_percentages()
    {
        var assessment = SampleAssessments.Realistic();
        var document = Parse(HtmlRenderer.Render(assessment));
        var summary = document.QuerySelector("table.summary")!;

        Assert.Equal(new[] { "Section", "Provisions", "Yes", "No", "Not evidenced" }, summary.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
        var rows = summary.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(9, rows.Length);
        foreach (var (row, section) in rows.Zip(assessment.Summary.Sections))
        {
            var cells = row.Children.Select(c => c.TextContent.Trim()).ToArray();
            Assert.Equal($"Section {section.Section}: {section.Title}", cells[0]);
            Assert.Equal(section.Provisions.ToString(), cells[1]);
            Assert.StartsWith($"{section.Yes} (", cells[2]);
            Assert.StartsWith($"{section.No} (", cells[3]);
            Assert.StartsWith($"{section.NotEvidenced} (", cells[4]);
        }

        var s = assessment.Summary;
        var total = summary.QuerySelector("tfoot tr")!.Children.Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(
            new[] { "All sections", "72", $"{s.Yes} ({Percent(s.Yes)})", $"{s.No} ({Percent(s.No)})", $"{s.NotEvidenced} ({Percent(s.NotEvidenced)})" },
            total);

        static string Percent(int n) => $"{Math.Round(100.0 * n / 72, MidpointRounding.AwayFromZero)}%";
    }

    [Fact]
    public void Section_6_is_divided_into_stage_1_and_stage_2()
    {
        var document = Realistic();
        var section6 = SectionTables(document)[5];

        Assert.Equal(new[] { "Stage 1", "Stage 2" }, section6.QuerySelectorAll("tr.stage th").Select(th => th.TextContent));
    }

    [Fact]
    public void Escapes_text_so_it_reads_as_written()
    {
        var assessment = SampleAssessments.WithRequirement(SampleAssessments.Realistic(), "1.2", "Residents <b>must</b> be told & kept \"informed\"");
        assessment = SampleAssessments.WithProvision(assessment, "1.3", p => p with
        {
            Commentary = "<script>alert('x')</script>",
            Evidence = new[] { new Evidence("document", "Policy <i>draft</i>", Link: "javascript:alert(1)") },
        });
        var html = HtmlRenderer.Render(assessment);
        var document = Parse(html);

        Assert.Contains("Residents &lt;b&gt;must&lt;/b&gt; be told &amp; kept", html);
        var requirement = Cell(document, "1.2", 1);
        Assert.Equal("Residents <b>must</b> be told & kept \"informed\"", requirement.TextContent);
        Assert.Empty(requirement.QuerySelectorAll("b"));

        Assert.Empty(document.QuerySelectorAll("script, i"));
        Assert.Equal("<script>alert('x')</script>", Cell(document, "1.3", 4).TextContent);
        Assert.Empty(Cell(document, "1.3", 3).QuerySelectorAll("a"));
        Assert.DoesNotContain(document.QuerySelectorAll("[href]"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Gives_the_same_bytes_for_the_same_assessment()
    {
        Assert.Equal(HtmlRenderer.Render(SampleAssessments.Realistic()), HtmlRenderer.Render(SampleAssessments.Realistic()));
        Assert.DoesNotContain("\r", HtmlRenderer.Render(SampleAssessments.Realistic()));
    }

    [Fact]
    public void Survives_a_round_trip_through_the_json_file()
    {
        var assessment = SampleAssessments.Realistic();

        Assert.Equal(HtmlRenderer.Render(assessment), HtmlRenderer.Render(AssessmentJson.Deserialize(AssessmentJson.Serialize(assessment))));
    }

    [Fact]
    public void Dates_the_assessment_and_says_what_generated_it()
    {
        var document = Realistic();
        var header = document.QuerySelector("header")!;

        Assert.Equal("2026-06-30", header.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("30 June 2026", header.TextContent);
        Assert.Contains("Generated by ComplaintCode.Analyzers 0.1.0 from the code of RiversideHomes.", header.TextContent);
    }

    [Fact]
    public void Renders_an_assessment_with_no_landlord_project_or_date()
    {
        var document = Parse(HtmlRenderer.Render(SampleAssessments.Blank()));

        Assert.Equal("Complaint Handling Code self-assessment", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(72, ProvisionRows(document).Length);
        Assert.All(ProvisionRows(document), r => Assert.Equal("Not evidenced", r.Children[2].TextContent.Trim()));
        Assert.Contains("Not recorded", document.QuerySelector("header")!.TextContent);
    }

    [Fact]
    public void Lists_findings_tied_to_no_provision_after_the_sections()
    {
        var document = Realistic();
        var other = document.QuerySelector("section.general-findings")!;

        Assert.Equal("Other findings", other.QuerySelector("h2")!.TextContent);
        Assert.Contains("CHC0901 The complaints policy file lists no landlord name complaint-policy.yaml:1", other.QuerySelector("li")!.TextContent);
        Assert.Null(Parse(HtmlRenderer.Render(SampleAssessments.Blank())).QuerySelector("section.general-findings"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
