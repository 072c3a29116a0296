using System.Diagnostics;
using FilingExtractor.Core.IO;
using FilingExtractor.Edgar;
using FilingExtractor.Export;
using FilingExtractor.Linking;

namespace FilingExtractor.Batch;

/// <summary>
/// Reads inputs one at a time with one OCR engine and writes what they yield into the output folder
/// (json/&lt;filing id&gt;.json, prospectus/&lt;id&gt;.json; each a temporary file renamed into place). It is
/// the unit of work of a worker process, and of each worker thread when the run is not isolated. Not
/// thread-safe: one processor per worker.
/// </summary>
public sealed class ItemProcessor : IDisposable
{
    private readonly OutputFolder output;
    private readonly ReaderSet readers;
    private readonly List<string> prospectusIds = [];
    private Action<int>? currentPageStarted;

    public ItemProcessor(OutputFolder output)
    {
        this.output = output;
        readers = new ReaderSet(1, OnProspectus, (_, page) => currentPageStarted?.Invoke(page));
    }

    /// <param name="pageStarted">Called with the 1-based page number before each scan page is read.</param>
    public ItemOutcome Process(WorkItem work, Action<int>? pageStarted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        var clock = Stopwatch.StartNew();
        prospectusIds.Clear();
        currentPageStarted = pageStarted;
        try
        {
            var result = readers.Read(work.Input, ct);
            if (result.Filing is { } filing)
            {
                output.WriteFiling(filing);
            }

            return new ItemOutcome(
                work.Path, work.Sha256, result.Status.ToString(), result.Filing?.FilingId, [.. prospectusIds.Order(StringComparer.Ordinal)],
                result.Filing?.Pages.Count ?? 0, result.Problems, result.Filing?.Flags.Select(f => f.Rule).ToList() ?? [], clock.Elapsed.TotalSeconds);
        }
        finally
        {
            currentPageStarted = null;
        }
    }

    public void Dispose() => readers.Dispose();

    private void OnProspectus(Prospectus p)
    {
        AtomicFile.WriteAllText(Path.Combine(LinkStage.ProspectusDir(output), p.ProspectusId + ".json"), ProspectusJson.Serialize(p));
        prospectusIds.Add(p.ProspectusId);
    }
}
