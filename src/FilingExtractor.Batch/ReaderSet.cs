using FilingExtractor.Edgar;
using FilingExtractor.FormD.Scans;
using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;

namespace FilingExtractor.Batch;

/// <summary>
/// The readers an extraction run uses, asked in order; the first that claims an input reads it.
/// <paramref name="engines"/> OCR engines are initialised on first use of a scan and reused.
/// <paramref name="onProspectus"/> receives each resale prospectus an EDGAR input yields;
/// <paramref name="pageStarted"/> (path, 1-based page) is called before each scan page is read.
/// </summary>
public sealed class ReaderSet(int engines, Action<Prospectus> onProspectus, Action<string, int>? pageStarted = null) : IDisposable
{
    // Order matters: the EDGAR reader claims any text file, so transcripts are recognised before it.
    private readonly List<IFilingReader> readers =
    [
        new ScanFilingReader(engines) { PageStarted = pageStarted },
        new TranscriptFilingReader(),
        new EdgarFilingReader(onRead: r =>
        {
            if (r.Prospectus is { } p)
            {
                onProspectus(p);
            }
        }),
    ];

    public ReadResult Read(InputItem item, CancellationToken ct)
    {
        byte[] head;
        try
        {
            head = ReadHead(item.Files[0]);
        }
        catch (IOException e)
        {
            return ReadResult.Failed(item.Path, "NotFound", e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return ReadResult.Failed(item.Path, "Unreadable", e.Message);
        }

        if (head.Length == 0)
        {
            return ReadResult.Failed(item.Path, "Empty", "the file is empty (0 bytes)");
        }

        var reader = readers.FirstOrDefault(r => r.CanRead(item, head));
        return reader is null
            ? ReadResult.Unsupported(item.Path, "not a Form D scan, transcript or EDGAR document this tool reads")
            : reader.Read(item, ct);
    }

    public void Dispose()
    {
        foreach (var r in readers.OfType<IDisposable>())
        {
            r.Dispose();
        }
    }

    private static byte[] ReadHead(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("no such file", path);
        }

        using var s = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var n = s.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..n];
    }
}
