using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ComplaintCode.Model.Catalog;
using YamlDotNet.Core;

namespace ComplaintCode.Model.Policy;

/// <summary>
/// Reads complaint-policy.yaml into a <see cref="PolicyFile"/>. It never throws: every problem becomes a
/// <see cref="PolicyIssue"/> with a line and column, and whatever could be read is kept.
/// </summary>
public static class PolicyParser
{
    /// <summary>A real policy file is a few kilobytes; this stops a huge file before the YAML parser sees it.</summary>
    public const int MaxCharacters = 1_000_000;

    private static readonly string[] s_topLevelKeys = { "landlord", "assessmentDate", "timescales", "closureDays", "provisions", "signOff" };
    private static readonly string[] s_provisionKeys = { "comply", "evidence", "commentary", "complyBy" };
    private static readonly string[] s_evidenceKeys = { "description", "document", "section", "link" };
    private static readonly string[] s_signOffKeys = { "completedBy", "governingBody", "approvedOn", "minute", "response", "responseLink" };

    /// <summary>
    /// The result for a file over <see cref="MaxCharacters"/>, decided from its length alone, so a huge file is never
    /// copied into a string.
    /// </summary>
    public static PolicyFile TooLarge(string path, int length)
        => PolicyFile.Empty(path) with
        {
            Issues = new[] { new PolicyIssue(PolicyIssueKind.Unusable, TooLargeMessage(length), PolicySpan.Start) }.ToEquatableArray(),
        };

    private static string TooLargeMessage(int length)
        => string.Format(CultureInfo.InvariantCulture, "The policy file is {0:N0} characters long; the limit is {1:N0}.", length, MaxCharacters);

    public static PolicyFile Parse(string path, string text, CodeCatalog catalog)
    {
        var reader = new Reader(catalog);

        // A byte order mark is not content; the compiler usually strips it, a file read by other means may not.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        try
        {
            if (text.Length > MaxCharacters)
            {
                reader.Unusable(TooLargeMessage(text.Length), PolicySpan.Start);
            }
            else if (FindReplacementCharacter(text) is PolicySpan badBytes)
            {
                reader.Unusable("The policy file is not valid UTF-8.", badBytes);
            }
            else
            {
                reader.ReadRoot(YamlTree.Parse(text));
            }
        }
        catch (YamlLimitException e)
        {
            reader.Unusable(e.Message, e.Span);
        }
        catch (YamlException e)
        {
            reader.Unusable($"YAML syntax error: {TrimLocation(e.Message)}", YamlTree.SpanOf(e.Start, e.End));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Hostile input must give a diagnostic, never an analyzer crash (AD0001) or a generator crash (CS8785).
            reader.Unusable($"The policy file could not be read: {e.Message}", PolicySpan.Start);
        }

        return reader.Build(path);
    }

    private static PolicySpan? FindReplacementCharacter(string text)
    {
        var index = text.IndexOf('\uFFFD');
        if (index < 0)
        {
            return null;
        }

        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new PolicySpan(line, index - lineStart, line, index - lineStart + 1);
    }

    // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic has its own location.
    private static string TrimLocation(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(", StringComparison.Ordinal) && marker > 0 ? message.Substring(marker + 3) : message;
    }

    private sealed class Reader
    {
        private readonly CodeCatalog _catalog;
        private readonly List<PolicyIssue> _issues = new();
        private readonly List<PolicyTimescale> _timescales = new();
        private readonly List<string> _closureDays = new();
        private readonly List<PolicyProvision> _provisions = new();
        private string? _landlord;
        private string? _assessmentDate;
        private PolicySignOff? _signOff;

        public Reader(CodeCatalog catalog) => _catalog = catalog;

        public void Unusable(string message, PolicySpan span) => _issues.Add(new PolicyIssue(PolicyIssueKind.Unusable, message, span));

        public PolicyFile Build(string path) => new(
            path,
            _landlord,
            _assessmentDate,
            _timescales.ToEquatableArray(),
            _closureDays.ToEquatableArray(),
            _provisions.ToEquatableArray(),
            _issues.ToEquatableArray(),
            _signOff);

        public void ReadRoot(YamlNode? root)
        {
            if (root is null || (root is YamlScalarNode rootScalar && rootScalar.IsNull))
            {
                // An empty file, or comments only: a policy that declares nothing yet.
                return;
            }

            foreach (var (key, value) in Entries(root, "The policy file", s_topLevelKeys))
            {
                switch (key.Value)
                {
                    case "landlord":
                        _landlord = Text(value, "landlord");
                        break;
                    case "assessmentDate":
                        _assessmentDate = Date(value, "assessmentDate");
                        break;
                    case "timescales":
                        ReadTimescales(value);
                        break;
                    case "closureDays":
                        foreach (var day in Items(value, "closureDays"))
                        {
                            if (Date(day, "A closure day") is string date)
                            {
                                _closureDays.Add(date);
                            }
                        }

                        break;
                    case "provisions":
                        ReadProvisions(value);
                        break;
                    case "signOff":
                        ReadSignOff(value);
                        break;
                }
            }

            _closureDays.Sort(StringComparer.Ordinal);
        }

        /// <summary>
        /// The sign-off: who completed the assessment and the governing body's approval. A body without a date is an
        /// approval still to come, not an error. The response's link is https only: the form publishes it as a hyperlink.
        /// </summary>
        private void ReadSignOff(YamlNode node)
        {
            if (node is YamlScalarNode { IsNull: true })
            {
                return;
            }

            string? completedBy = null, governingBody = null, approvedOn = null, minute = null, response = null, responseLink = null;
            foreach (var (key, value) in Entries(node, "the signOff map", s_signOffKeys))
            {
                switch (key.Value)
                {
                    case "completedBy": completedBy = NonBlank(Text(value, "completedBy")); break;
                    case "governingBody": governingBody = NonBlank(Text(value, "governingBody")); break;
                    case "approvedOn": approvedOn = Date(value, "'approvedOn' in signOff"); break;
                    case "minute": minute = NonBlank(Text(value, "minute")); break;
                    case "response": response = NonBlank(Text(value, "response")); break;
                    case "responseLink": responseLink = HttpsLink(value, "responseLink"); break;
                }
            }

            _signOff = new PolicySignOff(completedBy, governingBody, approvedOn, minute, response, responseLink);
        }

        private static string? NonBlank(string? text) => text is null || text.Trim().Length == 0 ? null : text.Trim();

        /// <summary>An absolute https address; anything else (http, javascript:, a relative path) is reported and left out.</summary>
        private string? HttpsLink(YamlNode node, string what)
        {
            if (NonBlank(Text(node, what)) is not string text)
            {
                return null;
            }

            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !text.Any(char.IsControl) && text.IndexOf(' ') < 0)
            {
                return text;
            }

            Unusable($"'{what}' must be an https:// address, not '{text}'", node.Span);
            return null;
        }

        private void ReadTimescales(YamlNode node)
        {
            var known = _catalog.Timescales.ToDictionary(p => Camel(p.Timescale!.Constant), p => p, StringComparer.Ordinal);
            foreach (var (key, value) in Entries(node, "timescales", known.Keys.ToArray()))
            {
                var provision = known[key.Value];
                if (Integer(value, key.Value) is not int local)
                {
                    continue;
                }

                var code = provision.Timescale!;
                _timescales.Add(new PolicyTimescale(code.Constant, local, value.Span));
                var looser = code.Unit == TimescaleUnit.Months ? local < code.Value : local > code.Value;
                if (looser)
                {
                    var relation = code.Unit == TimescaleUnit.Months ? "shorter" : "longer";
                    _issues.Add(new PolicyIssue(
                        PolicyIssueKind.TimescaleLooserThanCode,
                        $"The local timescale {key.Value} of {local} {(code.Unit == TimescaleUnit.Months ? "months" : "working days")} is {relation} than the Code allows: {code.Describe()} (provision {provision.Id})",
                        value.Span,
                        provision.Id));
                }
            }
        }

        private void ReadProvisions(YamlNode node)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in Entries(node, "provisions", allowedKeys: null))
            {
                var id = key.Value.Trim();
                if (!CodeCatalog.IsWellFormedId(id))
                {
                    BadId($"'{id}' is not a provision number; write it as section.number, e.g. \"6.3\"", key.Span);
                    continue;
                }

                if (!_catalog.TryGet(id, out _))
                {
                    BadId($"The Complaint Handling Code has no provision {id}", key.Span);
                    continue;
                }

                if (!seen.Add(id))
                {
                    BadId($"Provision {id} is listed twice in the policy file", key.Span);
                    continue;
                }

                ReadProvision(id, key.Span, value);
            }
        }

        private void ReadProvision(string id, PolicySpan span, YamlNode node)
        {
            var comply = PolicyComply.Unstated;
            var evidence = new List<PolicyEvidence>();
            string? commentary = null;
            string? complyBy = null;
            var complySpan = span;

            if (node is YamlScalarNode shortForm && !shortForm.IsNull && shortForm.Value.Trim().Length > 0)
            {
                // "6.3: Complaints Policy, section 6" is the short form of a single piece of evidence.
                evidence.Add(new PolicyEvidence(shortForm.Value, null, null, null));
            }
            else if (node is not YamlScalarNode)
            {
                foreach (var (key, value) in Entries(node, $"Provision {id}", s_provisionKeys))
                {
                    switch (key.Value)
                    {
                        case "comply":
                            complySpan = value.Span;
                            comply = Comply(value, id);
                            break;
                        case "evidence":
                            ReadEvidence(value, id, evidence);
                            break;
                        case "commentary":
                            commentary = Text(value, "commentary");
                            break;
                        case "complyBy":
                            complyBy = Date(value, "complyBy");
                            break;
                    }
                }
            }

            if (comply == PolicyComply.No && complyBy is null)
            {
                _issues.Add(new PolicyIssue(
                    PolicyIssueKind.NotMetWithoutComplyBy,
                    $"Provision {id} is declared not met; give the date it will be met by with 'complyBy: yyyy-mm-dd'",
                    complySpan,
                    id));
            }

            _provisions.Add(new PolicyProvision(id, comply, evidence.ToEquatableArray(), commentary, complyBy, span));
        }

        private void ReadEvidence(YamlNode node, string id, List<PolicyEvidence> evidence)
        {
            var items = node is YamlSequenceNode ? Items(node, "evidence") : new List<YamlNode> { node };
            foreach (var item in items)
            {
                if (item is YamlScalarNode scalar)
                {
                    if (Text(scalar, "evidence") is string text && text.Trim().Length > 0)
                    {
                        evidence.Add(new PolicyEvidence(text, null, null, null));
                    }

                    continue;
                }

                string? description = null, document = null, section = null, link = null;
                foreach (var (key, value) in Entries(item, $"Evidence for provision {id}", s_evidenceKeys))
                {
                    var text = Text(value, key.Value);
                    switch (key.Value)
                    {
                        case "description": description = text; break;
                        case "document": document = text; break;
                        case "section": section = text; break;
                        case "link": link = text; break;
                    }
                }

                var summary = description ?? string.Join(", ", new[] { document, section is null ? null : "section " + section }.Where(s => s is not null));
                if (summary.Length == 0 && link is null)
                {
                    Unusable($"Evidence for provision {id} needs a description, a document or a link", item.Span);
                    continue;
                }

                evidence.Add(new PolicyEvidence(summary.Length == 0 ? link! : summary, document, section, link));
            }
        }

        private PolicyComply Comply(YamlNode node, string id)
        {
            if (node is YamlScalarNode scalar)
            {
                if (scalar.IsNull)
                {
                    return PolicyComply.Unanswered;
                }

                switch (scalar.Value.Trim().ToLowerInvariant())
                {
                    case PolicyComplyWords.Yes: case "true": return PolicyComply.Yes;
                    case PolicyComplyWords.No: case "false": return PolicyComply.No;
                    case PolicyComplyWords.Unanswered: return PolicyComply.Unanswered;
                }
            }

            Unusable($"'comply' for provision {id} must be yes, no or unanswered", node.Span);
            return PolicyComply.Unanswered;
        }

        private IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries(YamlNode node, string what, string[]? allowedKeys)
        {
            if (node is not YamlMappingNode mapping)
            {
                Unusable($"{what} must be a map of keys and values", node.Span);
                yield break;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in mapping.Entries)
            {
                var key = entry.Key;
                if (allowedKeys is not null && Array.IndexOf(allowedKeys, key.Value) < 0)
                {
                    Unusable($"Unknown key '{key.Value}' in {what.ToLowerInvariant()}; expected one of: {string.Join(", ", allowedKeys)}", key.Span);
                    continue;
                }

                if (allowedKeys is not null && !seen.Add(key.Value))
                {
                    Unusable($"The key '{key.Value}' appears twice in {what.ToLowerInvariant()}", key.Span);
                    continue;
                }

                yield return (key, entry.Value);
            }
        }

        private List<YamlNode> Items(YamlNode node, string what)
        {
            if (node is YamlSequenceNode sequence)
            {
                return sequence.Items;
            }

            if (node is not YamlScalarNode { IsNull: true })
            {
                Unusable($"'{what}' must be a list", node.Span);
            }

            return new List<YamlNode>();
        }

        private string? Text(YamlNode node, string what)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.IsNull ? null : scalar.Value;
            }

            Unusable($"'{what}' must be text, not a list or a map", node.Span);
            return null;
        }

        private int? Integer(YamlNode node, string what)
        {
            if (node is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1000)
            {
                return value;
            }

            Unusable($"'{what}' must be a whole number of days or months", node.Span);
            return null;
        }

        private string? Date(YamlNode node, string what)
        {
            if (node is YamlScalarNode scalar
                && DateTime.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            Unusable($"{Capitalise(what)} must be a date written yyyy-mm-dd", node.Span);
            return null;
        }

        private void BadId(string message, PolicySpan span) => _issues.Add(new PolicyIssue(PolicyIssueKind.BadProvisionId, message, span));

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

        private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
