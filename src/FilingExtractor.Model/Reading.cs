namespace FilingExtractor.Model;

/// <summary>How reading one input ended.</summary>
public enum ReadStatus
{
    /// <summary>Every page or part was read.</summary>
    Success,

    /// <summary>A filing was produced, but some pages failed (listed in <see cref="ReadResult.Problems"/>).</summary>
    Partial,

    /// <summary>No filing could be produced.</summary>
    Failure,

    /// <summary>The input is readable but not a document this reader handles (e.g. an S-1, not a Form D).</summary>
    NotSupported,
}

/// <summary>A problem with an input or one of its pages: what kind, where, and why.</summary>
public sealed record ReadProblem(string Path, int? Page, string Kind, string Reason);

/// <summary>The outcome of reading one input: the filing (if any) and what went wrong on the way.</summary>
public sealed record ReadResult(ReadStatus Status, Filing? Filing, IReadOnlyList<ReadProblem> Problems)
{
    public static ReadResult Failed(string path, string kind, string reason, int? page = null) =>
        new(ReadStatus.Failure, null, [new ReadProblem(path, page, kind, reason)]);

    public static ReadResult Unsupported(string path, string reason) =>
        new(ReadStatus.NotSupported, null, [new ReadProblem(path, null, "NotSupported", reason)]);
}

/// <summary>
/// One input: usually a single file; a scan delivered as one image per page ("NAME-p01.png",
/// "NAME-p02.png", ...) is one input whose <see cref="Files"/> are its pages in order.
/// <see cref="Path"/> names it in outputs and errors.
/// </summary>
public sealed record InputItem(string Path, IReadOnlyList<string> Files)
{
    public static InputItem Single(string path) => new(path, [path]);
}

/// <summary>
/// Reads one kind of input into a <see cref="Filing"/>. Readers never throw for bad input: failures come
/// back in the <see cref="ReadResult"/>, so a batch records them and goes on.
/// </summary>
public interface IFilingReader
{
    /// <summary>A short name for logs ("scan", "transcript", "edgar").</summary>
    string Name { get; }

    /// <summary>Whether this reader handles the input, judged from its name and its first file's first bytes (up to 64 KiB).</summary>
    bool CanRead(InputItem input, ReadOnlySpan<byte> head);

    ReadResult Read(InputItem input, CancellationToken cancellationToken);
}
