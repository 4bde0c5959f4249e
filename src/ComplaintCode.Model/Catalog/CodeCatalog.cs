using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ComplaintCode.Model.Policy;

namespace ComplaintCode.Model.Catalog;

/// <summary>
/// The Complaint Handling Code 2024 as data. Its one source is src/complaint-handling-code-2024.yaml, which
/// <see cref="Load"/> reads; the instance every component uses is that file compiled to C# (CodeCatalog.Compiled.cs,
/// written by tools/ComplaintCode.DocumentationGenerator and checked by a test), because the compiler loads this
/// assembly in every compile and a YAML parse there would be paid cold each time. It never changes, so it is not a
/// pipeline input.
/// </summary>
public sealed partial class CodeCatalog
{
    private static readonly Lazy<CodeCatalog> s_instance = new(Compiled);

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
    public static bool IsWellFormedId(string id) => IdShape.Pattern.IsMatch(id);

    /// <summary>Finds the provision whose generated enum value is <paramref name="value"/> (e.g. 603 for 6.3).</summary>
    public CodeProvision? FromNumericValue(int value) => Provisions.FirstOrDefault(p => p.NumericValue == value);

    /// <summary>Reads the Code from its YAML source (the documentation tool compiles it; the tests compare).</summary>
    public static CodeCatalog Load(TextReader reader)
    {
        var root = YamlTree.Parse(reader.ReadToEnd()) as YamlMappingNode
            ?? throw new InvalidDataException("The Code catalog is empty.");

        var code = Mapping(root, "code");
        var sections = Sequence(root, "sections").Select(s => new CodeSection(Int(s, "number"), Text(s, "title"))).ToImmutableArray();
        var titles = sections.ToDictionary(s => s.Number, s => s.Title);
        var provisions = Sequence(root, "provisions").Select(p =>
        {
            var section = Int(p, "section");
            var timescale = OptionalMapping(p, "timescale");
            return new CodeProvision(
                Text(p, "id"),
                Text(p, "name"),
                section,
                titles[section],
                OptionalText(p, "stage") is { } stage ? int.Parse(stage, CultureInfo.InvariantCulture) : null,
                (EvidenceHome)Enum.Parse(typeof(EvidenceHome), Text(p, "evidencedIn"), ignoreCase: true),
                Text(p, "gist"),
                Text(p, "requirement"),
                timescale is null
                    ? null
                    : new Timescale(Int(timescale, "value"), (TimescaleUnit)Enum.Parse(typeof(TimescaleUnit), Text(timescale, "unit"), ignoreCase: true), Text(timescale, "constant")),
                OptionalSequence(p, "items").Select(i => new ProvisionItem(Text(i, "letter"), Text(i, "text"), OptionalText(i, "responseLetterItem"))).ToEquatableArray());
        }).ToImmutableArray();

        return new CodeCatalog(Text(code, "title"), Text(code, "publisher"), Text(code, "edition"), sections, provisions);
    }

    // The catalog ships inside this assembly and is checked by its tests, so a malformed one is a build defect: it
    // throws rather than reporting.
    private static YamlNode? Value(YamlMappingNode mapping, string key)
        => mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value is { } value && !(value is YamlScalarNode { IsNull: true }) ? value : null;

    private static YamlMappingNode Mapping(YamlMappingNode mapping, string key)
        => OptionalMapping(mapping, key) ?? throw Missing(key);

    private static YamlMappingNode? OptionalMapping(YamlMappingNode mapping, string key)
        => Value(mapping, key) switch
        {
            null => null,
            YamlMappingNode found => found,
            _ => throw Missing(key),
        };

    private static IEnumerable<YamlMappingNode> Sequence(YamlMappingNode mapping, string key)
        => Value(mapping, key) is YamlSequenceNode sequence ? sequence.Items.Select(i => i as YamlMappingNode ?? throw Missing(key)) : throw Missing(key);

    private static IEnumerable<YamlMappingNode> OptionalSequence(YamlMappingNode mapping, string key)
        => Value(mapping, key) is null ? Enumerable.Empty<YamlMappingNode>() : Sequence(mapping, key);

    private static string Text(YamlMappingNode mapping, string key) => OptionalText(mapping, key) ?? throw Missing(key);

    private static string? OptionalText(YamlMappingNode mapping, string key)
        => Value(mapping, key) switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw Missing(key),
        };

    private static int Int(YamlMappingNode mapping, string key) => int.Parse(Text(mapping, key), CultureInfo.InvariantCulture);

    private static InvalidDataException Missing(string key) => new($"The Code catalog has no usable '{key}'.");

    // Built only when an id is questioned, not whenever the catalog is first used.
    private static class IdShape
    {
        public static readonly Regex Pattern = new(@"^[1-9]\.[1-9][0-9]?$", RegexOptions.CultureInvariant);
    }
}
