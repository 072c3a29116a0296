using System.Globalization;

namespace FilingExtractor.Batch;

/// <summary>Where inputs are read: in worker processes (isolated from native crashes, with time limits) or on threads of this process.</summary>
public enum Isolation
{
    Process,
    Thread,
}

/// <summary>Settings of one extraction run. Defaults suit an unattended archive run on this machine.</summary>
public sealed record BatchOptions
{
    /// <summary>Files and folders (walked recursively, in ordinal order).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    public required string OutputRoot { get; init; }

    /// <summary>Workers, each with one OCR engine; by default one per core.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    public Isolation Isolation { get; init; } = Isolation.Process;

    /// <summary>
    /// A worker that reports no new page for this long is stopped and its input recorded as timed out. A
    /// Form D page takes seconds; five minutes allows for a loaded machine and a huge page.
    /// </summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The most one input may take, all pages together.</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Only the inputs of this shard are read; null reads all.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Read again inputs the journal records as failed (otherwise a finished failure is skipped like a success).</summary>
    public bool RetryFailed { get; init; }

    /// <summary>How worker processes are started; by default this program itself.</summary>
    public WorkerLaunch? Launch { get; init; }

    /// <summary>Extra environment for worker processes (fault injection in tests).</summary>
    public IReadOnlyDictionary<string, string>? WorkerEnvironment { get; init; }
}

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based, as Kubernetes' JOB_COMPLETION_INDEX): an input
/// belongs to the shard its content hash falls in, so the split is the same on every machine and a file
/// keeps its shard when it is renamed or moved.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || index >= count)
        {
            throw new FormatException($"--shard '{text}': expected I/N with 0 <= I < N, e.g. 0/4");
        }

        return new ShardSpec(index, count);
    }

    /// <summary>Whether the input with this SHA-256 (hex) belongs to this shard: its first 64 bits modulo the count.</summary>
    public bool Contains(string sha256Hex)
    {
        ArgumentNullException.ThrowIfNull(sha256Hex);
        var head = ulong.Parse(sha256Hex.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (int)(head % (ulong)Count) == Index;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
