using ComplaintCode.Build.Assessment;
using ComplaintCode.Cli.Assessment;

namespace ComplaintCode.Cli.Tests.Assessment;

/// <summary>
/// AssessmentJson.WriteAtomically writes a temporary file and renames it over the target: a reader sees the whole
/// old file or the whole new one, never half a file, and a write that fails leaves the old file and no litter behind.
/// </summary>
public sealed class AtomicWriteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("complaintcode-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ConcurrentReader_SeesOnlyTheWholeOldOrTheWholeNewFile()
    {
        var path = Path.Combine(_directory, AssessmentJson.FileName);
        var versions = Enumerable.Range(0, 6).Select(Document).ToArray();
        AssessmentJson.WriteAtomically(path, versions[0]);

        var reads = 0;
        var writes = 0;
        var torn = new List<string>();
        using var writing = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            // Reads until the writer is done, then once more: the last read must see the last version written.
            while (true)
            {
                var done = writing.IsCancellationRequested;
                var text = File.ReadAllText(path);
                if (!versions.Contains(text))
                {
                    torn.Add($"read {reads}: {text.Length} characters, starting {text[..Math.Min(40, text.Length)]}");
                }

                Interlocked.Increment(ref reads);
                if (done)
                {
                    return text;
                }
            }
        });

        // The writer keeps replacing the file until the reader has read it many times, so reads and writes overlap.
        var lastWritten = versions[0];
        var writer = Task.Run(() =>
        {
            while (Volatile.Read(ref reads) < 200 || writes < 20)
            {
                lastWritten = versions[1 + (writes % (versions.Length - 1))];
                AssessmentJson.WriteAtomically(path, lastWritten);
                writes++;
            }

            writing.Cancel();
        });

        await writer;
        var last = await reader;

        Assert.True(torn.Count == 0, string.Join("\n", torn));
        Assert.Equal(lastWritten, last);
        Assert.Equal(new[] { AssessmentJson.FileName }, Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void FailedMoveOverTheTarget_LeavesTheTargetAsItWas_AndNoTemporaryFile()
    {
        // The target is a directory, so the rename of the finished temporary file over it fails.
        var path = Path.Combine(_directory, AssessmentJson.FileName);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "keep.txt"), "old");

        Assert.ThrowsAny<IOException>(() => AssessmentJson.WriteAtomically(path, Document(1)));

        Assert.True(Directory.Exists(path));
        Assert.Equal("old", File.ReadAllText(Path.Combine(path, "keep.txt")));
        Assert.Equal(new[] { AssessmentJson.FileName }, Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void FailedTemporaryFile_LeavesTheOldFileUnchanged_AndNoTemporaryFile()
    {
        // A file name of 230 characters is valid, but the temporary name beside it (38 characters longer) is not, so the
        // write fails before the rename, with the old file in place.
        var path = Path.Combine(_directory, new string('a', 225) + ".json");
        var old = Document(0);
        File.WriteAllText(path, old);
        var written = File.GetLastWriteTimeUtc(path);

        Assert.ThrowsAny<IOException>(() => AssessmentJson.WriteAtomically(path, Document(1)));

        Assert.Equal(old, File.ReadAllText(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(new[] { Path.GetFileName(path) }, Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public void SuccessfulWrite_ReplacesTheFile_AndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory, "nested", AssessmentJson.FileName);
        AssessmentJson.WriteAtomically(path, Document(0));
        AssessmentJson.WriteAtomically(path, Document(1));

        Assert.Equal(Document(1), File.ReadAllText(path));
        Assert.Equal(new[] { AssessmentJson.FileName }, Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    /// <summary>A large JSON document, different for each version, so a torn read cannot pass for a whole one.</summary>
    private static string Document(int version)
    {
        var filler = new string((char)('a' + version), 8 * 1024 * 1024 + version * 4096);
        return $"{{\n  \"version\": {version},\n  \"filler\": \"{filler}\"\n}}\n";
    }
}
