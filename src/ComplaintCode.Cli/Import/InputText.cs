using System.Text;

namespace ComplaintCode.Cli.Import;

/// <summary>
/// Reads the exported form as text, whatever encoding the export used.
/// </summary>
/// <remarks>
/// Word's "Unicode text" export is UTF-16 with a byte order mark; "plain text" on Windows is often Windows-1252,
/// where curly quotes and dashes are single bytes that are not valid UTF-8. A byte order mark is believed; otherwise
/// strict UTF-8 is tried, and a file that is not valid UTF-8 is read as Windows-1252, which gives every byte a
/// character (so nothing becomes U+FFFD and is lost). The encoding used is reported.
/// </remarks>
internal static class InputText
{
    /// <summary>A published self-assessment is tens of kilobytes; this stops a wrong file (a video, a dump) early.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static (string Text, string Encoding) Read(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new InvalidDataException($"{path} is {length:N0} bytes; a published self-assessment is far smaller (the limit is {MaxBytes:N0}).");
        }

        return Decode(File.ReadAllBytes(path));
    }

    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (HasByteOrderMark(bytes))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            return (text, reader.CurrentEncoding.WebName);
        }

        try
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }

    private static bool HasByteOrderMark(byte[] bytes)
        => (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
           || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));
}
