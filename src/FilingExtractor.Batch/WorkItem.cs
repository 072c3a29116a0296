using FilingExtractor.Model;

namespace FilingExtractor.Batch;

/// <summary>One input to read, with its content hash (the journal key's companion and the shard key).</summary>
public sealed record WorkItem(InputItem Input, string Sha256)
{
    public string Path => Input.Path;
}

/// <summary>
/// How one input ended, whether it was read in this process or in a worker process: what was written,
/// what went wrong, and how long it took.
/// </summary>
/// <param name="Status">A <see cref="ReadStatus"/> name, or one of <see cref="OutcomeStatus"/>'s values.</param>
/// <param name="FlagRules">Rule id of each flag on the filing (with repeats), for the run summary.</param>
public sealed record ItemOutcome(
    string Path, string Sha256, string Status, string? FilingId, IReadOnlyList<string> ProspectusIds, int Pages,
    IReadOnlyList<ReadProblem> Problems, IReadOnlyList<string> FlagRules, double Seconds)
{
    public bool Failed => JournalEntry.IsFailure(Status);

    public JournalEntry ToJournal() => new(Path, Sha256, Status, FilingId, ProspectusIds, Pages, Problems, Seconds);
}

/// <summary>Outcomes the supervisor decides, beyond the readers' own <see cref="ReadStatus"/>.</summary>
public static class OutcomeStatus
{
    /// <summary>The worker process died while reading the input (a native crash, out of memory, killed).</summary>
    public const string Crashed = "Crashed";

    /// <summary>The input exceeded the page or file time limit and its worker was stopped.</summary>
    public const string TimedOut = "TimedOut";
}

/// <summary>Kinds of <see cref="ReadProblem"/> the supervisor records (errors.csv's kind column).</summary>
public static class ProblemKinds
{
    public const string WorkerCrashed = "WorkerCrashed";
    public const string PageTimeout = "PageTimeout";
    public const string FileTimeout = "FileTimeout";
    public const string Duplicate = "Duplicate";
    public const string Unreadable = "Unreadable";

    /// <summary>A library or language file is missing in a worker: the run stops (exit code 3).</summary>
    public const string DependencyMissing = "DependencyMissing";
}
