using System.Text;
using ComplaintCode.Cli.Import;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Tests.Import;

/// <summary>
/// The reference form's 72 rows, with answers varied, written out in each shape a landlord publishes in: every
/// answer must come back on its own provision, or not at all.
/// </summary>
public sealed class ReferenceFormShapesTests
{
    private sealed record Row(string Id, string Requirement, string Comply, string Evidence, string Commentary);

    /// <summary>The reference form's rows, each given Yes, No or a blank in turn so a misplaced answer shows.</summary>
    private static List<Row> Rows()
    {
        var result = ImportFixture.Import(ImportFixture.ReferenceForm);
        Assert.Equal(72, result.Provisions.Count);
        return result.Provisions.Select((p, i) => new Row(p.Id, p.Row.Requirement, (i % 3) switch { 0 => "Yes", 1 => "No", _ => "" }, p.Row.Evidence, p.Row.Commentary)).ToList();
    }

    private static PolicyComply Expected(Row row) => row.Comply switch { "Yes" => PolicyComply.Yes, "No" => PolicyComply.No, _ => PolicyComply.Unanswered };

    /// <summary>Right answers, and the provisions whose imported answer is not the form's (on the wrong provision, or wrong).</summary>
    private static (int Right, List<string> Wrong) Score(IReadOnlyList<Row> rows, MatchResult result)
    {
        var wrong = new List<string>();
        var right = 0;
        foreach (var imported in result.Provisions)
        {
            var row = rows.Single(r => r.Id == imported.Id);
            if (imported.Answer.Value == Expected(row))
            {
                right++;
            }
            else
            {
                wrong.Add($"{imported.Id}: {imported.Answer.Value}, the form says {Expected(row)}");
            }
        }

        return (right, wrong);
    }

    private static string Header => "Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n";

    [Fact]
    public void Tab_separated_every_answer_on_its_provision()
    {
        var rows = Rows();
        var text = new StringBuilder(Header);
        foreach (var row in rows)
        {
            text.Append(string.Join('\t', row.Id, row.Requirement, row.Comply, row.Evidence, row.Commentary)).Append('\n');
        }

        var (right, wrong) = Score(rows, ImportCommand.ReadForm(text.ToString()).Result);

        Assert.Empty(wrong);
        Assert.Equal(72, right);
    }

    [Fact]
    public void A_web_page_copy_every_answer_on_its_provision()
    {
        var rows = Rows();
        var text = new StringBuilder("Contents\nSection 1: Definition of a complaint\nLast Updated on 3 July 2024\n\nOur self-assessment against the Code.\n\n");
        int? section = null;
        foreach (var row in rows)
        {
            var provision = CodeCatalog.Instance.Get(row.Id);
            if (provision.Section != section)
            {
                section = provision.Section;
                text.Append($"\nSection {section}: {provision.SectionTitle}\n\n");
                text.Append("Code Provision | Code requirement | Comply: yes / no | Evidence | Commentary / explanation |\n---|---|---|---|---|\n");
            }

            text.Append(row.Id).Append(" |\n");
            foreach (var cell in new[] { Wrap(row.Requirement), row.Comply, row.Evidence, Wrap(row.Commentary) })
            {
                text.Append(cell.Length == 0 ? "|" : cell + " |").Append('\n');
            }
        }

        text.Append("\nRelated Items\nComplaints policy\n");

        var (reading, result) = ImportCommand.ReadForm(text.ToString());
        var (right, wrong) = Score(rows, result);

        Assert.Empty(wrong);
        Assert.Equal(72, right);
        Assert.Equal(
            rows.Select(r => MatchText.Normalise(r.Commentary)),
            result.Provisions.Select(p => MatchText.Normalise(p.Row.Commentary)));
        Assert.Contains(reading.Ignored, l => l.Text == "Related Items");
    }

    [Fact]
    public void Rows_merged_in_pairs_by_a_pdf_export_every_answer_on_its_provision()
    {
        var rows = Rows();
        var text = new StringBuilder(Header);
        var merged = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var next = i + 1 < rows.Count ? rows[i + 1] : null;

            // Every seventh row runs into the next one, when both are answered and in one section, as an export does.
            if (i % 7 == 3 && next is not null && row.Comply.Length > 0 && next.Comply.Length > 0
                && CodeCatalog.Instance.Get(row.Id).Section == CodeCatalog.Instance.Get(next.Id).Section)
            {
                text.Append(string.Join('\t', row.Id, row.Requirement + " " + next.Requirement, row.Comply + " " + next.Comply, row.Evidence + " " + next.Evidence, row.Commentary + " " + next.Commentary)).Append('\n');
                merged.Add(row.Id);
                merged.Add(next.Id);
                i++;
                continue;
            }

            text.Append(string.Join('\t', row.Id, row.Requirement, row.Comply, row.Evidence, row.Commentary)).Append('\n');
        }

        var result = ImportCommand.ReadForm(text.ToString()).Result;
        var (right, wrong) = Score(rows, result);

        Assert.True(merged.Count >= 8, string.Join(", ", merged));
        Assert.Empty(wrong);
        Assert.Equal(72, right);
        Assert.All(merged, id => Assert.True(ImportFixture.Provision(result, id).Row.Merged, id));
    }

    [Fact]
    public void The_same_rows_as_a_2022_form_numbered_otherwise_land_only_where_the_text_corresponds()
    {
        var rows = Rows();

        // The 2022 Code's numbering is not the 2024 Code's: shift every number, so a match by number is always wrong.
        var text = new StringBuilder("Mandatory 'must' requirements\n\nCode section\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var number = rows[(i + 5) % rows.Count].Id;
            var requirement = row.Requirement.Replace("landlords", "organisations", StringComparison.OrdinalIgnoreCase).Replace("landlord", "organisation", StringComparison.OrdinalIgnoreCase)
                .Replace("stage 1", "stage one", StringComparison.Ordinal).Replace("stage 2", "stage two", StringComparison.Ordinal);
            text.Append(string.Join('\t', number, requirement, row.Comply, row.Evidence, row.Commentary)).Append('\n');
        }

        var result = ImportCommand.ReadForm(text.ToString()).Result;

        Assert.Equal(CodeEdition.Code2022, result.Edition.Edition);
        Assert.All(result.Provisions, p => Assert.Equal(MatchedBy.Text, p.By));

        // Every carried answer is the one the form gave for that provision's text: none on a provision by its number.
        var (right, wrong) = Score(rows, result);
        Assert.Empty(wrong);
        Assert.All(result.Provisions, p => Assert.Equal(rows.Single(r => r.Id == p.Id).Commentary, p.Row.Commentary));

        // The rows are the 2024 Code's own words in 2022 usage, so each corresponds strongly; the provisions that share
        // their text (6.5 and 6.16, 6.6 and 6.17, 6.7 and 6.18) are told apart by the row before.
        Assert.True(right == 72, $"{right} carried; not: {string.Join(", ", result.EditionRows.Where(r => r.Strength != Correspondence.Strong).Select(r => $"{r.Row.Number} ({r.Counterpart}, {r.Score:0.00})"))}");
    }

    /// <summary>A long cell over several lines, as a narrow page column wraps it.</summary>
    private static string Wrap(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length > 90 && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        lines.Add(line.ToString());
        return string.Join("\n", lines);
    }
}
