namespace FilingExtractor.Export;

/// <summary>
/// One run at a time per output folder: an exclusive lock on DIR/.lock (flock-style, released by the kernel
/// when the process dies, so a killed run never leaves a stale lock behind).
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = ".lock";

    private readonly FileStream stream;

    private OutputLock(FileStream stream) => this.stream = stream;

    public static OutputLock Acquire(string outputRoot)
    {
        Directory.CreateDirectory(outputRoot);
        var path = Path.Combine(outputRoot, FileName);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new OutputLockedException($"{outputRoot}: another run is using this output folder ({e.Message})", e);
        }
    }

    public void Dispose() => stream.Dispose();
}

/// <summary>The output folder is in use by another run.</summary>
public sealed class OutputLockedException : Exception
{
    public OutputLockedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public OutputLockedException()
    {
    }

    public OutputLockedException(string message)
        : base(message)
    {
    }
}
