using System.Globalization;
using System.Text;

namespace FilingExtractor.Core.IO;

/// <summary>
/// Writes files so that no reader ever sees one half-written: the content goes to a temporary file in the
/// same folder (same file system, so the rename is atomic) and is renamed over the target when complete.
/// A crash leaves at most a stray "*.tmp-PID" file, never a truncated target.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void WriteAllText(string path, string text) => Write(path, s =>
    {
        using var w = new StreamWriter(s, Utf8NoBom, leaveOpen: true);
        w.Write(text);
    });

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, s => s.Write(copy));
    }

    /// <summary>Writes through <paramref name="fill"/> into a temporary file, flushes it to disk, then renames.</summary>
    public static void Write(string path, Action<Stream> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(path) + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture));
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                fill(fs);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }
}
