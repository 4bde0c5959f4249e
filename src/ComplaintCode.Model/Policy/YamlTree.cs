using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ComplaintCode.Model.Policy;

/// <summary>
/// A small YAML tree built from YamlDotNet's event parser, with positions, under hard limits.
/// We do not use YamlDotNet's deserializer or representation model on user input: the event parser never expands
/// aliases, so an alias bomb cannot grow memory, and every node keeps the line and column diagnostics need.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(PolicySpan span) => Span = span;

    public PolicySpan Span { get; }
}

internal sealed class YamlScalarNode : YamlNode
{
    public YamlScalarNode(string value, bool isPlain, PolicySpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    /// <summary>Unquoted: "~", "null" and "" mean null only when plain.</summary>
    public bool IsPlain { get; }

    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

internal sealed class YamlSequenceNode : YamlNode
{
    public YamlSequenceNode(PolicySpan span)
        : base(span)
    {
    }

    public List<YamlNode> Items { get; } = new();
}

internal sealed class YamlMappingNode : YamlNode
{
    public YamlMappingNode(PolicySpan span)
        : base(span)
    {
    }

    public List<KeyValuePair<YamlScalarNode, YamlNode>> Entries { get; } = new();
}

internal sealed class YamlLimitException : Exception
{
    public YamlLimitException(string message, PolicySpan span)
        : base(message) => Span = span;

    public PolicySpan Span { get; }
}

internal static class YamlTree
{
    /// <summary>Deeper than any real policy file needs (it has four levels), shallow enough to stop a nesting attack at once.</summary>
    public const int MaxDepth = 32;

    /// <summary>Aliases are allowed, a few: each one is a shared reference, never a copy.</summary>
    public const int MaxAliases = 64;

    /// <summary>All nodes, counting each alias use as a node; bounds the work of reading a file.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>Parses the first document of <paramref name="text"/>. Returns null for an empty file or a file of comments only.</summary>
    /// <exception cref="YamlException">The text is not YAML.</exception>
    /// <exception cref="YamlLimitException">A limit was passed, or the file has a construct we do not accept.</exception>
    public static YamlNode? Parse(string text)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var stack = new Stack<(YamlNode Node, YamlScalarNode? PendingKey)>();
        YamlNode? root = null;
        var aliases = 0;
        var nodes = 0;
        var documents = 0;

        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart start when !start.IsImplicit || documents > 0:
                    documents++;
                    if (documents > 1)
                    {
                        throw new YamlLimitException("A policy file holds one YAML document; remove the second '---'.", SpanOf(current));
                    }

                    continue;
                case DocumentStart:
                    documents++;
                    continue;
                case StreamStart or StreamEnd or DocumentEnd or Comment:
                    continue;
            }

            YamlNode? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    completed = Register(new YamlScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, SpanOf(scalar)), scalar.Anchor);
                    break;
                case AnchorAlias alias:
                    if (++aliases > MaxAliases)
                    {
                        throw new YamlLimitException($"The file uses more than {MaxAliases} aliases.", SpanOf(alias));
                    }

                    if (!anchors.TryGetValue(alias.Value.Value, out completed))
                    {
                        throw new YamlLimitException($"The alias *{alias.Value.Value} refers to no anchor.", SpanOf(alias));
                    }

                    break;
                case SequenceStart sequenceStart:
                    Push(Register(new YamlSequenceNode(SpanOf(sequenceStart)), sequenceStart.Anchor), current);
                    continue;
                case MappingStart mappingStart:
                    Push(Register(new YamlMappingNode(SpanOf(mappingStart)), mappingStart.Anchor), current);
                    continue;
                case SequenceEnd or MappingEnd:
                    completed = stack.Pop().Node;
                    break;
                default:
                    continue;
            }

            if (++nodes > MaxNodes)
            {
                throw new YamlLimitException($"The file has more than {MaxNodes} values.", SpanOf(current));
            }

            if (stack.Count == 0)
            {
                root ??= completed;
                continue;
            }

            var (parent, pendingKey) = stack.Pop();
            if (parent is YamlSequenceNode sequence)
            {
                sequence.Items.Add(completed!);
                stack.Push((parent, null));
            }
            else if (pendingKey is null)
            {
                if (completed is not YamlScalarNode key)
                {
                    throw new YamlLimitException("Keys must be plain words or quoted strings, not lists or maps.", completed!.Span);
                }

                stack.Push((parent, key));
            }
            else
            {
                ((YamlMappingNode)parent).Entries.Add(new KeyValuePair<YamlScalarNode, YamlNode>(pendingKey, completed!));
                stack.Push((parent, null));
            }
        }

        return root;

        YamlNode Register(YamlNode node, AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            return node;
        }

        void Push(YamlNode node, ParsingEvent current)
        {
            if (stack.Count >= MaxDepth)
            {
                throw new YamlLimitException($"The file nests deeper than {MaxDepth} levels.", SpanOf(current));
            }

            stack.Push((node, null));
        }
    }

    public static PolicySpan SpanOf(ParsingEvent e) => SpanOf(e.Start, e.End);

    public static PolicySpan SpanOf(Mark start, Mark end)
    {
        // YamlDotNet marks are one-based; diagnostics are zero-based.
        var startLine = Math.Max(0, (int)start.Line - 1);
        var startColumn = Math.Max(0, (int)start.Column - 1);
        var endLine = Math.Max(startLine, (int)end.Line - 1);
        var endColumn = endLine == startLine ? Math.Max(startColumn, (int)end.Column - 1) : Math.Max(0, (int)end.Column - 1);
        return new PolicySpan(startLine, startColumn, endLine, endColumn);
    }
}
