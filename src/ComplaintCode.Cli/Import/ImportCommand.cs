using System.CommandLine;
using System.Globalization;
using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;
using ComplaintCode.Model.Catalog;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Cli.Import;

/// <summary>What <c>complaint-code import</c> was asked to do.</summary>
internal sealed record ImportRequest(string Form, string Output, string? Json, string? Landlord, bool Force, bool Merge);

/// <summary>
/// <c>complaint-code import &lt;file&gt; --output complaint-policy.yaml [--json assessment.json] [--landlord NAME] [--force | --merge]</c>:
/// turns a landlord's published self-assessment into a policy file, so the answers already given are not typed again.
/// </summary>
/// <remarks>
/// <para>
/// The pipeline is <see cref="InputText"/> (bytes to text) → <see cref="PublishedFormReader"/> (text to rows) →
/// <see cref="EditionDetector"/> (which edition of the Code the form answers) → <see cref="ProvisionMatcher"/> (rows
/// to provisions) → <see cref="PolicyFileWriter"/> and, with --json, <see cref="ToAssessment"/>. The command reports
/// what it imported and everything it could not use: provisions not in the form, rows it could not place,
/// duplicates, a 2022-Code form's rows without a strong 2024 counterpart, and the repairs it made, then a line per
/// section, so a landlord can check the result.
/// </para>
/// <para>
/// Exit codes: 0 when at least one provision was imported; 1 when none was, when an output exists (without
/// --force or --merge), when a file to merge into cannot be edited safely, or a file cannot be read or written; 2 for
/// a command line it cannot act on.
/// </para>
/// </remarks>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var form = new Argument<string>("form")
        {
            Description = "The published self-assessment: text exported from Word or PDF, a web page's table copied as text, or a Markdown table.",
        };
        var policy = new Option<string>("--output")
        {
            Description = "The policy file to write, e.g. complaint-policy.yaml at the solution root.",
            Required = true,
            HelpName = "complaint-policy.yaml",
        };
        var json = new Option<string>("--json") { Description = "Also write the imported answers as a self-assessment JSON document.", HelpName = "assessment.json" };
        var landlord = new Option<string>("--landlord") { Description = "The landlord's name; wins over a name read from the form's title.", HelpName = "NAME" };
        var force = new Option<bool>("--force") { Description = "Replace an existing policy file (or JSON file) entirely." };
        var merge = new Option<bool>("--merge")
        {
            Description = "Merge the form's answers into the existing policy file: everything else in it (landlord, dates, timescales, "
                + "closure days, comments, other provisions) is kept, and each changed answer is listed.",
        };
        var command = new Command("import", "Reads a published self-assessment and writes a policy file with each provision's comply answer, evidence and commentary.")
        {
            form, policy, json, landlord, force, merge,
        };
        command.SetAction(r => Run(
            new ImportRequest(r.GetValue(form)!, r.GetValue(policy)!, r.GetValue(json), r.GetValue(landlord), r.GetValue(force), r.GetValue(merge)),
            output,
            error));
        return command;
    }

    internal static int Run(ImportRequest request, TextWriter output, TextWriter error)
    {
        if (request.Force && request.Merge)
        {
            throw new UsageException("--force replaces the policy file and --merge keeps it; give one of them.");
        }

        var inputPath = Path.GetFullPath(request.Form);
        var outputPath = Path.GetFullPath(request.Output);
        var jsonPath = request.Json is { Length: > 0 } json ? Path.GetFullPath(json) : null;
        var landlord = request.Landlord is { } name && name.Trim().Length > 0 ? name.Trim() : null;
        var force = request.Force;

        if (!File.Exists(inputPath))
        {
            error.WriteLine($"complaint-code: {request.Form} does not exist.");
            return 1;
        }

        // Nothing the user wrote is lost: never write over the form itself, and over another file only when asked.
        foreach (var target in new[] { outputPath, jsonPath }.OfType<string>())
        {
            if (SamePath(target, inputPath))
            {
                throw new UsageException($"The output {target} is the file being imported; choose another name.");
            }

            var mergeInto = request.Merge && target == outputPath && File.Exists(target);
            if (!force && !mergeInto && (File.Exists(target) || Directory.Exists(target)))
            {
                error.WriteLine(target == outputPath
                    ? $"complaint-code: {target} already exists; nothing was written. Pass --merge to merge the form's answers into it, or --force to replace it."
                    : $"complaint-code: {target} already exists; nothing was written. Pass --force to replace it.");
                return ExitCodes.Failed;
            }
        }

        if (jsonPath is not null && SamePath(jsonPath, outputPath))
        {
            throw new UsageException("--output and --json name the same file.");
        }

        var (text, encoding) = InputText.Read(inputPath);
        var (reading, result) = ReadForm(text);
        var source = Path.GetFileName(inputPath);

        if (result.Provisions.Count == 0)
        {
            error.WriteLine($"complaint-code: no row of {source} could be matched to a provision of the Code; nothing was written.");
            Report(error, result, reading, encoding);
            return 1;
        }

        var heading = FormHeading.Read(text, reading);
        MergeResult? merged = null;
        string yaml;
        if (request.Merge && File.Exists(outputPath))
        {
            var (existing, bom) = ReadPolicy(outputPath);
            try
            {
                merged = PolicyFileMerger.Merge(outputPath, existing, result, landlord, heading);
            }
            catch (MergeRefusedException e)
            {
                error.WriteLine($"complaint-code: {e.Message}");
                return ExitCodes.Failed;
            }

            yaml = merged.Text;
            AssessmentJson.WriteAtomically(outputPath, bom ? "\uFEFF" + yaml : yaml);
        }
        else
        {
            yaml = PolicyFileWriter.Write(result, landlord, source, heading);
            AssessmentJson.WriteAtomically(outputPath, yaml);
        }

        if (jsonPath is not null)
        {
            var policy = PolicyParser.Parse(outputPath, yaml, CodeCatalog.Instance);
            AssessmentJson.WriteAtomically(jsonPath, AssessmentJson.Serialize(ToAssessment(result, policy.Landlord, policy.AssessmentDate)));
        }

        output.WriteLine(Summary(result));
        ReportHeading(output, heading, landlord, merged is not null);
        if (merged is not null)
        {
            ReportMerge(output, merged);
        }

        Report(output, result, reading, encoding, merging: merged is not null);
        if (yaml.Length > PolicyParser.MaxCharacters)
        {
            output.WriteLine($"Warning: the policy file is {yaml.Length:N0} characters; the analyzers read at most {PolicyParser.MaxCharacters:N0}. Shorten the commentary.");
        }

        output.WriteLine($"Wrote {outputPath}");
        if (jsonPath is not null)
        {
            output.WriteLine($"Wrote {jsonPath}");
        }

        return 0;
    }

    /// <summary>The form's text to rows, its edition, and the rows to provisions: the import short of writing.</summary>
    internal static (FormReading Reading, MatchResult Result) ReadForm(string text)
    {
        var reading = PublishedFormReader.Read(text);
        var edition = EditionDetector.Detect(text, reading.Rows);
        return (reading, ProvisionMatcher.Match(reading.Rows, edition));
    }

    /// <summary>"Imported 72 of 72 provisions: 70 Yes, 1 No, 1 unanswered".</summary>
    internal static string Summary(MatchResult result)
        => $"Imported {result.Provisions.Count} of {result.Provisions.Count + result.Missing.Count} provisions: "
           + $"{result.Count(PolicyComply.Yes)} Yes, {result.Count(PolicyComply.No)} No, {result.Count(PolicyComply.Unanswered)} unanswered"
           + (result.Edition.Edition == CodeEdition.Code2022 ? ", from a form against the 2022 Code: review every answer against the 2024 Code" : "");

    /// <summary>
    /// The imported answers as a self-assessment document, built the way the build step builds one: "Yes" is
    /// declared met even with an empty evidence cell, "No" declared not met, and an unanswered provision keeps its
    /// commentary but not its evidence, so it stays "NotEvidenced" (evidence alone would make it "Yes").
    /// </summary>
    internal static SelfAssessment ToAssessment(MatchResult result, string? landlord, string? assessmentDate = null)
    {
        var records = AssessmentBuilder.NewRecords();
        foreach (var provision in result.Provisions)
        {
            var record = records[provision.Id];
            record.SourceLine = provision.Row.Line;
            record.ComplyBy = provision.ComplyBy?.Date;
            record.DeclaredMet = provision.Answer.Value == PolicyComply.Yes;
            record.DeclaredNotMet = provision.Answer.Value == PolicyComply.No;
            if (provision.Answer.Value != PolicyComply.Unanswered)
            {
                record.Evidence.AddRange(provision.Evidence.Select(e => new Evidence("document", e)));
            }

            if (provision.Commentary is not null)
            {
                record.Commentary.Add(provision.Commentary);
            }
        }

        return AssessmentBuilder.Build(records, landlord, project: null, assessmentDate);
    }

    /// <summary>The policy file as text, and whether it starts with a byte order mark, which a merge keeps.</summary>
    private static (string Text, bool Bom) ReadPolicy(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith("\uFEFF"u8);
        return (new System.Text.UTF8Encoding(false).GetString(bom ? bytes[3..] : bytes), bom);
    }

    /// <summary>Where the landlord and the assessment date came from, so the user can check both.</summary>
    private static void ReportHeading(TextWriter output, FormHeading heading, string? landlord, bool merging)
    {
        if (landlord is not null)
        {
            output.WriteLine($"Landlord \"{landlord}\" from --landlord" + (heading.Landlord is { } read && read.Value != landlord ? $" (the form's line {read.Line} reads \"{read.Text}\")." : "."));
        }
        else if (heading.Landlord is { } read && !merging)
        {
            output.WriteLine($"Landlord \"{read.Value}\" from line {read.Line} of the form: \"{read.Text}\". Give --landlord to write another name.");
        }

        if (heading.AssessmentDate is { } date && !merging)
        {
            output.WriteLine($"assessmentDate {date.Value} from line {date.Line} of the form: \"{date.Text}\".");
        }
    }

    /// <summary>"Merged: 3 answers changed, 1 added, 68 unchanged, 2 kept that the form does not answer", then each change.</summary>
    private static void ReportMerge(TextWriter output, MergeResult merged)
    {
        var changed = merged.Changes.Where(c => !c.Added).ToList();
        var added = merged.Changes.Where(c => c.Added).ToList();
        output.WriteLine($"Merged into the existing policy file: {changed.Count} answers changed, {added.Count} added, {merged.Unchanged} unchanged, "
            + $"{merged.KeptFromFile} entries the form does not answer kept; everything else in the file is as it was.");
        foreach (var change in merged.Changes)
        {
            output.WriteLine(change.Added ? $"  {change.Id}: added" : $"  {change.Id}: {string.Join("; ", change.Fields)}");
        }

        foreach (var note in merged.Notes)
        {
            output.WriteLine($"  {note}");
        }
    }

    private static void Report(TextWriter output, MatchResult result, FormReading reading, string encoding, bool merging = false)
    {
        if (encoding == "windows-1252")
        {
            output.WriteLine($"The file is not UTF-8; it was read as {encoding}.");
        }

        ReportEdition(output, result);
        if (result.Missing.Count > 0)
        {
            output.WriteLine(merging
                ? $"Not found in the form ({result.Missing.Count}), so their entries in the policy file, if any, are kept as they were: {string.Join(", ", result.Missing)}"
                : $"Not found in the form ({result.Missing.Count}), left out of the policy file: {string.Join(", ", result.Missing)}");
        }

        if (result.Unmatched.Count > 0)
        {
            output.WriteLine($"Rows not matched to a provision ({result.Unmatched.Count}), not imported:");
            foreach (var row in result.Unmatched)
            {
                var number = row.Row.Number is null ? "" : row.Row.Number + " ";
                output.WriteLine($"  line {row.Row.Line}: {number}\"{Excerpt(row.Row.Requirement)}\": {row.Reason}");
            }
        }

        if (result.Duplicates.Count > 0)
        {
            output.WriteLine($"Provisions found twice ({result.Duplicates.Count}); the first row is kept:");
            foreach (var duplicate in result.Duplicates)
            {
                output.WriteLine($"  line {duplicate.Row.Line}: {duplicate.Id} again (imported from line {duplicate.FirstLine})");
            }
        }

        var answers = result.Provisions.Where(p => p.Answer.KeepsRawWord).ToList();
        if (answers.Count > 0)
        {
            output.WriteLine($"Answers that are not a plain yes or no ({answers.Count}); the word is kept in the commentary:");
            foreach (var provision in answers)
            {
                var read = provision.Answer.Value == PolicyComply.No ? "No (partial compliance is not compliance)" : "unanswered";
                output.WriteLine($"  {provision.Id}: \"{Excerpt(provision.Answer.Raw)}\" imported as {read}");
            }
        }

        if (result.Notes.Count > 0)
        {
            output.WriteLine($"Repairs made while reading ({result.Notes.Count}):");
            foreach (var note in result.Notes)
            {
                output.WriteLine($"  {note}");
            }
        }

        var ignored = reading.Ignored;
        if (ignored.Count > 0)
        {
            output.WriteLine($"Lines outside the table, ignored ({ignored.Count}):");
            foreach (var line in ignored)
            {
                output.WriteLine($"  line {line.Line}: \"{Excerpt(line.Text)}\"");
            }
        }

        var dated = result.Provisions.Where(p => p.ComplyBy is not null).ToList();
        if (dated.Count > 0)
        {
            output.WriteLine($"Dates taken from the commentary as complyBy ({dated.Count}); check each is the date meant:");
            foreach (var provision in dated)
            {
                output.WriteLine($"  {provision.Id}: complyBy {provision.ComplyBy!.Date}, from \"{provision.ComplyBy.Text}\"");
            }
        }

        var no = result.Provisions.Where(p => p.Answer.Value == PolicyComply.No && p.ComplyBy is null).Select(p => p.Id).ToList();
        if (no.Count > 0)
        {
            output.WriteLine(
                $"Answered No without a date ({no.Count}): {string.Join(", ", no)}. Add 'complyBy: yyyy-mm-dd' to each in the policy file "
                + "(marked TODO). Until then the build warns CHC0503 on each.");
        }

        foreach (var line in SectionLines(result))
        {
            output.WriteLine(line);
        }
    }

    /// <summary>
    /// One line per section of the Code, for a person to check against the form: "Section 6, Complaint stages: 20
    /// rows found, 18 Yes, 1 No, 1 unanswered, 1 merged, 0 matched by text".
    /// </summary>
    internal static IEnumerable<string> SectionLines(MatchResult result, CodeCatalog? catalog = null)
    {
        catalog ??= CodeCatalog.Instance;
        foreach (var section in catalog.Sections)
        {
            var found = result.Provisions.Where(p => catalog.Get(p.Id).Section == section.Number).ToList();
            var count = catalog.Provisions.Count(p => p.Section == section.Number);
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"Section {section.Number}, {section.Title}: {found.Count} of {count} rows found, {found.Count(p => p.Answer.Value == PolicyComply.Yes)} Yes, "
                + $"{found.Count(p => p.Answer.Value == PolicyComply.No)} No, {found.Count(p => p.Answer.Value == PolicyComply.Unanswered)} unanswered, "
                + $"{found.Count(p => p.Row.Merged)} merged, {found.Count(p => p.By == MatchedBy.Text)} matched by text");
        }
    }

    private static void ReportEdition(TextWriter output, MatchResult result)
    {
        if (result.Edition.Edition != CodeEdition.Code2022)
        {
            return;
        }

        output.WriteLine("The form is against the 2022 edition of the Code, which is numbered differently. Signs:");
        foreach (var sign in result.Edition.Signs)
        {
            output.WriteLine($"  line {sign.Line}: {sign.What}");
        }

        output.WriteLine("No row was matched by its number. An answer was carried over only to the 2024 provision whose requirement corresponds "
            + "strongly by text; review each against the 2024 Code before relying on it.");
        void List(Correspondence strength, string heading)
        {
            var rows = result.EditionRows.Where(r => r.Strength == strength).ToList();
            if (rows.Count == 0)
            {
                return;
            }

            output.WriteLine($"{heading} ({rows.Count}):");
            foreach (var row in rows)
            {
                var number = row.Row.Number is null ? "" : $"2022 {row.Row.Number} ";
                var counterpart = row.Counterpart is null ? "no 2024 provision is like it" : $"nearest 2024 provision {row.Counterpart}, {ProvisionMatcher.Percent(row.Score)} alike";
                output.WriteLine(strength == Correspondence.Strong
                    ? $"  line {row.Row.Line}: {number}-> {row.Counterpart} ({ProvisionMatcher.Percent(row.Score)} alike)"
                    : $"  line {row.Row.Line}: {number}\"{Excerpt(row.Row.Requirement)}\": {counterpart}");
            }
        }

        List(Correspondence.Strong, "2022 rows carried over to the 2024 provision they correspond to");
        List(Correspondence.Weak, "2022 rows with only a weak 2024 counterpart, not imported");
        List(Correspondence.None, "2022 rows with no 2024 counterpart, not imported");
    }

    private static string Excerpt(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= 70 ? line : line.Substring(0, 67) + "...";
    }

    private static bool SamePath(string a, string b)
        => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
