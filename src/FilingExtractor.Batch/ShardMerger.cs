using System.Diagnostics;
using FilingExtractor.Export;
using FilingExtractor.Linking;

namespace FilingExtractor.Batch;

/// <summary>
/// The <c>merge</c> verb: combines the output folders of shard runs (<c>extract --shard i/n</c>) into one
/// folder equal, byte for byte, to a single run over all inputs. Each shard's json/ and prospectus/
/// documents and journal rows are taken as they are; linking, the tables and errors.csv are then made
/// from the union (<see cref="OutputFinisher"/>), so links across shards are found as in one run.
/// </summary>
public static class ShardMerger
{
    public static BatchSummary Merge(IReadOnlyList<string> shardRoots, string outputRoot, IRunObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(shardRoots);
        observer ??= NullRunObserver.Instance;
        var clock = Stopwatch.StartNew();
        foreach (var shard in shardRoots)
        {
            if (!File.Exists(Path.Combine(shard, RunJournal.FileName)))
            {
                throw new DirectoryNotFoundException($"{shard}: not an extract output folder (no {RunJournal.FileName})");
            }

            if (Path.GetFullPath(shard) == Path.GetFullPath(outputRoot))
            {
                throw new ArgumentException($"{shard}: the merged folder cannot be one of the shards");
            }
        }

        using var outputLock = OutputLock.Acquire(outputRoot);
        OutputFinisher.RemoveStaleTemporaries(outputRoot);
        var output = new OutputFolder(outputRoot);
        var prospectusDir = LinkStage.ProspectusDir(output);
        Directory.CreateDirectory(prospectusDir);
        using var journal = RunJournal.Open(outputRoot);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        int inputs = 0, pages = 0, duplicates = 0, failed = 0, partial = 0;
        foreach (var shard in shardRoots)
        {
            using var shardLock = OutputLock.Acquire(shard);
            using var shardJournal = RunJournal.Open(shard);
            var shardOutput = new OutputFolder(shard);
            foreach (var entry in shardJournal.All())
            {
                if (owner.TryGetValue(entry.Path, out var other))
                {
                    throw new InvalidDataException($"{entry.Path} is in two shards ({other} and {shard}): were the shards made with the same --shard count?");
                }

                owner[entry.Path] = shard;
                if (entry.FilingId is { } filingId)
                {
                    CopyAtomically(shardOutput.PathOf(filingId), output.PathOf(filingId));
                }

                foreach (var id in entry.ProspectusIds)
                {
                    CopyAtomically(Path.Combine(LinkStage.ProspectusDir(shardOutput), id + ".json"), Path.Combine(prospectusDir, id + ".json"));
                }

                journal.Record(entry);
                inputs++;
                pages += entry.Pages;
                duplicates += entry.Status == JournalEntry.Duplicate ? 1 : 0;
                failed += JournalEntry.IsFailure(entry.Status) ? 1 : 0;
                partial += entry.Status == nameof(FilingExtractor.Model.ReadStatus.Partial) ? 1 : 0;
            }
        }

        var finished = OutputFinisher.Finish(output, journal, observer);
        return new BatchSummary(inputs, 0, inputs, duplicates, failed, partial, finished.Filings, finished.Prospectuses, pages,
            finished.FlagsByRule, finished.ProblemsByKind, clock.Elapsed, null);
    }

    private static void CopyAtomically(string from, string to)
    {
        if (!File.Exists(from))
        {
            throw new FileNotFoundException($"{from}: listed in its shard's journal but missing; run that shard again to repair it", from);
        }

        FilingExtractor.Core.IO.AtomicFile.Write(to, s =>
        {
            using var source = File.OpenRead(from);
            source.CopyTo(s);
        });
    }
}
