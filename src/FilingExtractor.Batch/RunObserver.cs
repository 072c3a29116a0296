namespace FilingExtractor.Batch;

/// <summary>What a run is about to do: inputs found, to read, and skipped because the journal has them.</summary>
public sealed record RunPlan(int Inputs, int ToRead, int Skipped, int OutsideShard, int Duplicates);

/// <summary>
/// Follows a run as it goes (progress displays, logs). Called from worker threads concurrently:
/// implementations synchronise themselves.
/// </summary>
public interface IRunObserver
{
    void Planned(RunPlan plan);

    void InputStarted(WorkItem work);

    /// <param name="page">1-based page the worker started reading.</param>
    void PageStarted(WorkItem work, int page);

    void InputFinished(ItemOutcome outcome);

    /// <summary>A stage after reading: "linking", "tables".</summary>
    void StageStarted(string stage);
}

/// <summary>An observer that ignores everything.</summary>
public sealed class NullRunObserver : IRunObserver
{
    public static NullRunObserver Instance { get; } = new();

    public void Planned(RunPlan plan)
    {
    }

    public void InputStarted(WorkItem work)
    {
    }

    public void PageStarted(WorkItem work, int page)
    {
    }

    public void InputFinished(ItemOutcome outcome)
    {
    }

    public void StageStarted(string stage)
    {
    }
}

/// <summary>The end of a run, for the summary printed to the user.</summary>
/// <param name="Inputs">Inputs found (in this shard).</param>
/// <param name="Read">Inputs read in this run.</param>
/// <param name="Skipped">Inputs the journal had already finished with the same content.</param>
/// <param name="Failed">Inputs of this run that yielded nothing (failed, unsupported, crashed, timed out), read now or earlier.</param>
/// <param name="Partial">Inputs of this run that yielded a filing but with problems (a page that failed, no cover found).</param>
/// <param name="Filings">Filings in the output folder after the run.</param>
/// <param name="Pages">Pages read in this run.</param>
/// <param name="FlagsByRule">Flags on the output folder's filings, by rule id.</param>
/// <param name="ProblemsByKind">Rows of errors.csv by kind.</param>
/// <param name="PeakWorkerRssBytes">The highest peak resident memory of any worker process, when workers were processes.</param>
public sealed record BatchSummary(
    int Inputs, int Read, int Skipped, int Duplicates, int Failed, int Partial, int Filings, int Prospectuses, int Pages,
    IReadOnlyDictionary<string, int> FlagsByRule, IReadOnlyDictionary<string, int> ProblemsByKind,
    TimeSpan Elapsed, long? PeakWorkerRssBytes)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;

    /// <summary>Filings read in this run per minute of wall clock.</summary>
    public double FilingsPerMinute => Elapsed.TotalMinutes > 0 ? (Read - Failed) / Elapsed.TotalMinutes : 0;
}
