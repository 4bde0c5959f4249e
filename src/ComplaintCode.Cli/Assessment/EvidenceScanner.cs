using ComplaintCode.Analyzers.Catalog;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ComplaintCode.Cli.Assessment
{
    /// <summary>An [Implements] found in source: which provisions, on what, where.</summary>
    public sealed record CodeEvidence(IReadOnlyList<string> Ids, string Symbol, string File, int Line, string? Description, string? Commentary);

    /// <summary>
    /// Finds [Implements] attributes in the project's sources, to list the evidence in the self-assessment.
    /// It reads syntax only (no binding), and only files that mention "Implements", so it stays fast on large
    /// projects. Whether a provision counts as evidenced is not decided here: the analyzers decide (CHC0001 in the
    /// compiler's log); this only says where the evidence is.
    /// </summary>
    public static class EvidenceScanner
    {
        /// <param name="files">The project's Compile items.</param>
        /// <param name="preprocessorSymbols">DefineConstants, so #if blocks are read as the compiler reads them.</param>
        public static IReadOnlyList<CodeEvidence> Scan(IEnumerable<string> files, IEnumerable<string>? preprocessorSymbols = null)
        {
            var options = new CSharpParseOptions(LanguageVersion.Latest, Microsoft.CodeAnalysis.DocumentationMode.None)
                .WithPreprocessorSymbols(preprocessorSymbols ?? Array.Empty<string>());
            var found = new List<CodeEvidence>();
            foreach (var file in files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (!File.Exists(file))
                {
                    continue;
                }

                var text = File.ReadAllText(file);
                if (!text.Contains("Implements", StringComparison.Ordinal))
                {
                    continue;
                }

                var root = CSharpSyntaxTree.ParseText(text, options, file).GetRoot();
                foreach (var attribute in root.DescendantNodes().OfType<AttributeSyntax>())
                {
                    if (Read(attribute, file) is { } evidence)
                    {
                        found.Add(evidence);
                    }
                }
            }

            return found;
        }

        private static CodeEvidence? Read(AttributeSyntax attribute, string file)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax q => q.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
                SimpleNameSyntax s => s.Identifier.ValueText,
                _ => "",
            };
            if (name is not ("Implements" or "ImplementsAttribute") || attribute.ArgumentList is null)
            {
                return null;
            }

            var catalog = CodeCatalog.Instance;
            var ids = new List<string>();
            string? description = null, commentary = null;
            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                var named = argument.NameEquals?.Name.Identifier.ValueText;
                var literal = (argument.Expression as LiteralExpressionSyntax)?.Token.ValueText;
                switch (named)
                {
                    case "Evidence":
                        description = literal;
                        break;
                    case "Commentary":
                        commentary = literal;
                        break;
                    case null when literal is not null && catalog.TryGet(literal, out _):
                        ids.Add(literal);
                        break;
                    case null when argument.Expression is MemberAccessExpressionSyntax member:
                        var provision = catalog.Provisions.FirstOrDefault(p => p.Name == member.Name.Identifier.ValueText);
                        if (provision is not null)
                        {
                            ids.Add(provision.Id);
                        }

                        break;
                }
            }

            if (ids.Count == 0)
            {
                return null;
            }

            var line = attribute.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            return new CodeEvidence(ids.Distinct().ToList(), SymbolOf(attribute), file, line, description, commentary);
        }

        /// <summary>"Namespace.Type.Member" for the declaration the attribute sits on, or "assembly".</summary>
        private static string SymbolOf(AttributeSyntax attribute)
        {
            var list = attribute.Parent as AttributeListSyntax;
            if (list?.Target?.Identifier.ValueText is "assembly" or "module")
            {
                return list.Target.Identifier.ValueText;
            }

            var parts = new List<string>();
            foreach (var node in attribute.Ancestors())
            {
                var part = node switch
                {
                    BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                    MethodDeclarationSyntax method => method.Identifier.ValueText + "(" + string.Join(", ", method.ParameterList.Parameters.Select(p => p.Type?.ToString())) + ")",
                    PropertyDeclarationSyntax property => property.Identifier.ValueText,
                    FieldDeclarationSyntax field => string.Join(", ", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
                    EventDeclarationSyntax e => e.Identifier.ValueText,
                    EventFieldDeclarationSyntax e => string.Join(", ", e.Declaration.Variables.Select(v => v.Identifier.ValueText)),
                    ConstructorDeclarationSyntax c => c.Identifier.ValueText + "(" + string.Join(", ", c.ParameterList.Parameters.Select(p => p.Type?.ToString())) + ")",
                    ParameterSyntax p => p.Identifier.ValueText,
                    LocalFunctionStatementSyntax f => f.Identifier.ValueText,
                    BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                    DelegateDeclarationSyntax d => d.Identifier.ValueText,
                    _ => null,
                };
                if (part is not null)
                {
                    parts.Add(part);
                }
            }

            parts.Reverse();
            return string.Join(".", parts);
        }
    }
}
