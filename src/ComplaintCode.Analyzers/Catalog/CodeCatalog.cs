using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ComplaintCode.Analyzers.Helpers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ComplaintCode.Analyzers.Catalog;

/// <summary>
/// The Complaint Handling Code 2024 as data, read from the YAML embedded in this assembly.
/// It is loaded once per process: it never changes, so it is not a pipeline input.
/// </summary>
internal sealed class CodeCatalog
{
    public const string ResourceName = "ComplaintCode.complaint-handling-code-2024.yaml";

    private static readonly Lazy<CodeCatalog> s_instance = new(LoadEmbedded);

    private static readonly Regex s_provisionIdShape = new(@"^[1-9]\.[1-9][0-9]?$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, CodeProvision> _byId;

    private CodeCatalog(string title, string publisher, string edition, ImmutableArray<CodeSection> sections, ImmutableArray<CodeProvision> provisions)
    {
        Title = title;
        Publisher = publisher;
        Edition = edition;
        Sections = sections;
        Provisions = provisions;
        _byId = provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public static CodeCatalog Instance => s_instance.Value;

    public string Title { get; }

    public string Publisher { get; }

    public string Edition { get; }

    public ImmutableArray<CodeSection> Sections { get; }

    /// <summary>The provisions in Code order (1.2 … 9.8).</summary>
    public ImmutableArray<CodeProvision> Provisions { get; }

    public IEnumerable<CodeProvision> Timescales => Provisions.Where(p => p.Timescale is not null);

    public bool TryGet(string id, out CodeProvision provision) => _byId.TryGetValue(id, out provision!);

    public CodeProvision Get(string id) => _byId[id];

    /// <summary>True when <paramref name="id"/> looks like a provision number ("6.3"), whether or not the Code has it.</summary>
    public static bool IsWellFormedId(string id) => s_provisionIdShape.IsMatch(id);

    /// <summary>Finds the provision whose generated enum value is <paramref name="value"/> (e.g. 603 for 6.3).</summary>
    public CodeProvision? FromNumericValue(int value) => Provisions.FirstOrDefault(p => p.NumericValue == value);

    public static CodeCatalog Load(TextReader reader)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        var document = deserializer.Deserialize<CatalogDocument>(reader)
            ?? throw new InvalidDataException("The Code catalog is empty.");

        var sections = document.Sections.Select(s => new CodeSection(s.Number, s.Title)).ToImmutableArray();
        var titles = sections.ToDictionary(s => s.Number, s => s.Title);
        var provisions = document.Provisions.Select(p => new CodeProvision(
            p.Id,
            p.Name,
            p.Section,
            titles[p.Section],
            p.Stage,
            (EvidenceHome)Enum.Parse(typeof(EvidenceHome), p.EvidencedIn, ignoreCase: true),
            p.Gist,
            p.Requirement,
            p.Timescale is null
                ? null
                : new Timescale(p.Timescale.Value, (TimescaleUnit)Enum.Parse(typeof(TimescaleUnit), p.Timescale.Unit, ignoreCase: true), p.Timescale.Constant),
            p.Items.Select(i => new ProvisionItem(i.Letter, i.Text, i.ResponseLetterItem)).ToEquatableArray()))
            .ToImmutableArray();

        return new CodeCatalog(document.Code.Title, document.Code.Publisher, document.Code.Edition, sections, provisions);
    }

    private static CodeCatalog LoadEmbedded()
    {
        using var stream = typeof(CodeCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from {typeof(CodeCatalog).Assembly.FullName}.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }

    // YamlDotNet types never leave this class: the document is mapped to our records at once.
    private sealed class CatalogDocument
    {
        public CodeDocument Code { get; set; } = new();
        public List<SectionDocument> Sections { get; set; } = new();
        public List<ProvisionDocument> Provisions { get; set; } = new();
    }

    private sealed class CodeDocument
    {
        public string Title { get; set; } = "";
        public string Publisher { get; set; } = "";
        public string Edition { get; set; } = "";
        public string StatutorySince { get; set; } = "";
    }

    private sealed class SectionDocument
    {
        public int Number { get; set; }
        public string Title { get; set; } = "";
    }

    private sealed class ProvisionDocument
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public int Section { get; set; }
        public int? Stage { get; set; }
        public string EvidencedIn { get; set; } = "";
        public string Gist { get; set; } = "";
        public string Requirement { get; set; } = "";
        public TimescaleDocument? Timescale { get; set; }
        public List<ItemDocument> Items { get; set; } = new();
    }

    private sealed class TimescaleDocument
    {
        public int Value { get; set; }
        public string Unit { get; set; } = "";
        public string Constant { get; set; } = "";
    }

    private sealed class ItemDocument
    {
        public string Letter { get; set; } = "";
        public string Text { get; set; } = "";
        public string? ResponseLetterItem { get; set; }
    }
}
