using System.Diagnostics;
using System.Threading.Channels;
using FilingExtractor.Core.IO;
using FilingExtractor.Export;
using FilingExtractor.Linking;
using FilingExtractor.Model;
using FilingExtractor.Sources;

namespace FilingExtractor.Batch;

/// <summary>
/// An extraction run over many inputs: finds them, hashes them, keeps this shard's, skips what the journal
/// says is finished with the same content, reads the rest on <see cref="BatchOptions.Jobs"/> workers,
/// journals each input once its outputs are in place, and finishes the folder (linking, tables, errors).
/// Outputs depend only on the inputs, never on the number of workers or on interruptions.
/// </summary>
public static class BatchRunner
{
    /// <summary>Extensions picked up from folders: scans plus the text formats the readers understand.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(InputCatalog.ScanExtensions, StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".xml", ".htm", ".html", ".nc", ".ori",
    };

    public static async Task<BatchSummary> RunAsync(BatchOptions options, IRunObserver? observer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        observer ??= NullRunObserver.Instance;
        var clock = Stopwatch.StartNew();
        using var outputLock = OutputLock.Acquire(options.OutputRoot);
        OutputFinisher.RemoveStaleTemporaries(options.OutputRoot);
        var output = new OutputFolder(options.OutputRoot);
        Directory.CreateDirectory(LinkStage.ProspectusDir(output));
        using var journal = RunJournal.Open(options.OutputRoot);

        var jobs = Math.Max(1, options.Jobs);
        var plan = await PlanAsync(options, journal, jobs, ct).ConfigureAwait(false);
        observer.Planned(new RunPlan(plan.Inputs, plan.ToRead.Count, plan.Skipped, plan.OutsideShard, plan.Early.Count(o => o.Status == JournalEntry.Duplicate)));
        var gate = new Lock();
        var read = 0;
        var failed = plan.SkippedFailed;
        var partial = plan.SkippedPartial;
        var pages = 0;
        foreach (var early in plan.Early)
        {
            Record(early);
        }

        var queue = Channel.CreateUnbounded<WorkItem>();
        foreach (var w in plan.ToRead)
        {
            queue.Writer.TryWrite(w);
        }

        queue.Writer.Complete();
        var slots = Enumerable.Range(0, Math.Min(jobs, Math.Max(1, plan.ToRead.Count))).Select(_ => CreateSlot(options)).ToList();
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(ct);
        string? dependencyMissing = null;
        try
        {
            await Task.WhenAll(slots.Select(slot => Task.Run(async () =>
            {
                await foreach (var work in queue.Reader.ReadAllAsync(abort.Token).ConfigureAwait(false))
                {
                    observer.InputStarted(work);
                    var outcome = await slot.RunAsync(work, page => observer.PageStarted(work, page), abort.Token).ConfigureAwait(false);
                    if (outcome.Problems.FirstOrDefault(p => p.Kind == ProblemKinds.DependencyMissing) is { } missing)
                    {
                        // Every other input would fail the same way: stop, and journal nothing for this one.
                        dependencyMissing = missing.Reason;
                        await abort.CancelAsync().ConfigureAwait(false);
                        return;
                    }

                    Record(outcome);
                    observer.InputFinished(outcome);
                }
            }, abort.Token))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (dependencyMissing is not null && !ct.IsCancellationRequested)
        {
            // Reported below.
        }
        finally
        {
            // Disposing a process slot lets its worker exit and report its peak memory.
            foreach (var s in slots)
            {
                s.Dispose();
            }
        }

        if (dependencyMissing is not null)
        {
            throw new WorkerDependencyMissingException(dependencyMissing);
        }

        var finished = OutputFinisher.Finish(output, journal, observer);
        var peak = slots.Select(s => s.PeakRssBytes).Where(p => p is not null).Max();
        return new BatchSummary(
            plan.Inputs, read, plan.Skipped, plan.Early.Count(o => o.Status == JournalEntry.Duplicate), failed, partial,
            finished.Filings, finished.Prospectuses, pages, finished.FlagsByRule, finished.ProblemsByKind, clock.Elapsed, peak);

        void Record(ItemOutcome outcome)
        {
            lock (gate)
            {
                var previous = journal.Find(outcome.Path);
                journal.Record(outcome.ToJournal());
                if (previous is not null)
                {
                    RemoveReplacedOutputs(output, journal, previous, outcome);
                }

                if (outcome.Status != JournalEntry.Duplicate)
                {
                    read++;
                    failed += outcome.Failed ? 1 : 0;
                    partial += outcome.Status == nameof(ReadStatus.Partial) ? 1 : 0;
                    pages += outcome.Pages;
                }
            }
        }
    }

    private static IWorkerSlot CreateSlot(BatchOptions options) => options.Isolation switch
    {
        Isolation.Thread => new InProcessSlot(new OutputFolder(options.OutputRoot)),
        _ => new ProcessSlot(options.Launch ?? WorkerLaunch.Self(), options.OutputRoot, options.PageTimeout, options.FileTimeout, options.WorkerEnvironment),
    };

    private sealed record Plan(int Inputs, int OutsideShard, int Skipped, int SkippedFailed, int SkippedPartial, IReadOnlyList<WorkItem> ToRead, IReadOnlyList<ItemOutcome> Early);

    private static async Task<Plan> PlanAsync(BatchOptions options, RunJournal journal, int jobs, CancellationToken ct)
    {
        var items = InputGrouping.Group(InputCatalog.Expand(options.Inputs, p => Extensions.Contains(Path.GetExtension(p)) && !p.EndsWith(".truth.json", StringComparison.Ordinal)));
        var hashes = new string?[items.Count];
        var hashErrors = new string?[items.Count];
        await Parallel.ForAsync(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = ct }, (i, _) =>
        {
            try
            {
                hashes[i] = ContentHash.Of(items[i].Files);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hashErrors[i] = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            }

            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var toRead = new List<WorkItem>();
        var early = new List<ItemOutcome>();
        var firstByHash = new Dictionary<string, string>(StringComparer.Ordinal);
        int outside = 0, skipped = 0, inputs = 0, skippedFailed = 0, skippedPartial = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // An unreadable input has no content hash: it goes to the shard of its path's hash, so exactly one shard reports it.
            var key = hashes[i] ?? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(item.Path)));
            if (options.Shard is { } shard && !shard.Contains(key))
            {
                outside++;
                continue;
            }

            inputs++;
            if (hashes[i] is not { } sha)
            {
                early.Add(new ItemOutcome(item.Path, string.Empty, nameof(ReadStatus.Failure), null, [], 0,
                    [new ReadProblem(item.Path, null, ProblemKinds.Unreadable, hashErrors[i] ?? "unreadable")], [], 0));
                continue;
            }

            if (firstByHash.TryGetValue(sha, out var original))
            {
                early.Add(new ItemOutcome(item.Path, sha, JournalEntry.Duplicate, null, [], 0,
                    [new ReadProblem(item.Path, null, ProblemKinds.Duplicate, $"same content as {original}, which is read instead")], [], 0));
                continue;
            }

            firstByHash[sha] = item.Path;
            if (journal.Find(item.Path) is { } done && done.Sha256 == sha && (!options.RetryFailed || !JournalEntry.IsFailure(done.Status)) && OutputsExist(options.OutputRoot, done))
            {
                skipped++;
                skippedFailed += JournalEntry.IsFailure(done.Status) ? 1 : 0;
                skippedPartial += done.Status == nameof(ReadStatus.Partial) ? 1 : 0;
                continue;
            }

            toRead.Add(new WorkItem(item, sha));
        }

        return new Plan(inputs, outside, skipped, skippedFailed, skippedPartial, toRead, early);
    }

    private static bool OutputsExist(string root, JournalEntry entry)
    {
        var output = new OutputFolder(root);
        return (entry.FilingId is null || File.Exists(output.PathOf(entry.FilingId)))
            && entry.ProspectusIds.All(id => File.Exists(Path.Combine(LinkStage.ProspectusDir(output), id + ".json")));
    }

    /// <summary>
    /// An input read again after it changed may yield a different filing id: the old document goes, unless
    /// another journalled input still yields it.
    /// </summary>
    private static void RemoveReplacedOutputs(OutputFolder output, RunJournal journal, JournalEntry previous, ItemOutcome now)
    {
        var all = journal.All();
        if (previous.FilingId is { } oldId && oldId != now.FilingId && !all.Any(e => e.FilingId == oldId))
        {
            File.Delete(output.PathOf(oldId));
        }

        foreach (var id in previous.ProspectusIds.Except(now.ProspectusIds, StringComparer.Ordinal))
        {
            if (!all.Any(e => e.ProspectusIds.Contains(id, StringComparer.Ordinal)))
            {
                File.Delete(Path.Combine(LinkStage.ProspectusDir(output), id + ".json"));
            }
        }
    }
}

/// <summary>A worker found a library or language file missing: no input can be read until it is installed.</summary>
public sealed class WorkerDependencyMissingException : Exception
{
    public WorkerDependencyMissingException(string message)
        : base(message)
    {
    }

    public WorkerDependencyMissingException()
    {
    }

    public WorkerDependencyMissingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
