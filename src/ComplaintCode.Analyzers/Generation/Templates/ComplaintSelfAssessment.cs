#nullable enable
using System;
using System.IO;

namespace ComplaintCode
{
    /// <summary>
    /// The Complaint Handling Code self-assessment that the build wrote beside this application
    /// (complaint-self-assessment.json, .html and .md), for serving on an admin page.
    /// </summary>
    /// <remarks>
    /// The build writes the files after compiling, because the findings are the analyzers' output, so they cannot be
    /// compiled in. <c>dotnet publish</c> copies them into the publish folder. They are read from
    /// <see cref="AppContext.BaseDirectory"/>, the folder of the application's own assembly, which is right for a
    /// console app, a service and an ASP.NET Core app alike (whose content root may be elsewhere).
    /// </remarks>
    public static class ComplaintSelfAssessment
    {
        /// <summary>The name of the JSON file: complaint-self-assessment.json.</summary>
        public const string JsonFileName = "complaint-self-assessment.json";

        /// <summary>The name of the HTML file, the Ombudsman's form: complaint-self-assessment.html.</summary>
        public const string HtmlFileName = "complaint-self-assessment.html";

        /// <summary>The name of the Markdown file: complaint-self-assessment.md.</summary>
        public const string MarkdownFileName = "complaint-self-assessment.md";

        /// <summary>The assessment as JSON (schemaVersion 2; "current" says whether it is the latest build's), or null when the build wrote none (ComplaintCodeSelfAssessment=false).</summary>
        /// <returns>The file's text, or null.</returns>
        public static string? ReadJson()
        {
            return Read(JsonFileName);
        }

        /// <summary>The assessment as the Ombudsman's form: a self-contained HTML page, fit to publish; or null.</summary>
        /// <returns>The file's text, or null.</returns>
        public static string? ReadHtml()
        {
            return Read(HtmlFileName);
        }

        /// <summary>The assessment as Markdown, or null.</summary>
        /// <returns>The file's text, or null.</returns>
        public static string? ReadMarkdown()
        {
            return Read(MarkdownFileName);
        }

        private static string? Read(string fileName)
        {
            string path = Path.Combine(AppContext.BaseDirectory, fileName);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
    }
}
