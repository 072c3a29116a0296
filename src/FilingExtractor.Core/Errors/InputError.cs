namespace FilingExtractor.Core.Errors;

/// <summary>Why an input could not be read. Stable names: they appear in errors.csv and summaries.</summary>
public enum InputErrorKind
{
    NotFound,
    Empty,
    Corrupt,
    UnsupportedFormat,
    WrongExtension,
    Encrypted,
    PageTooLarge,
    TooManyPages,
    ToolFailed,
}

/// <summary>
/// A bad input: names the file, the 1-based page where one applies, and the reason. Thrown by page
/// sources; a batch records it and goes on with the next file.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(InputErrorKind kind, string path, int? page, string reason, Exception? inner = null)
        : base(Format(kind, path, page, reason), inner)
    {
        Kind = kind;
        Path = path;
        Page = page;
        Reason = reason;
    }

    public InputException()
        : this(InputErrorKind.Corrupt, string.Empty, null, "unknown")
    {
    }

    public InputException(string message)
        : this(InputErrorKind.Corrupt, string.Empty, null, message)
    {
    }

    public InputException(string message, Exception inner)
        : this(InputErrorKind.Corrupt, string.Empty, null, message, inner)
    {
    }

    public InputErrorKind Kind { get; }

    public string Path { get; }

    public int? Page { get; }

    public string Reason { get; }

    private static string Format(InputErrorKind kind, string path, int? page, string reason) => page is { } p
        ? FormattableString.Invariant($"{path}: page {p}: {kind}: {reason}")
        : FormattableString.Invariant($"{path}: {kind}: {reason}");
}

/// <summary>
/// A native library, data file or external program the project needs is missing. The message names the
/// Debian package that provides it.
/// </summary>
public sealed class DependencyMissingException : Exception
{
    public DependencyMissingException(string what, string debianPackage, Exception? inner = null)
        : base($"{what} is missing: install the Debian package '{debianPackage}' (apt-get install -y {debianPackage})", inner)
    {
        What = what;
        DebianPackage = debianPackage;
    }

    public DependencyMissingException()
        : this("a dependency", "unknown")
    {
    }

    public DependencyMissingException(string message)
        : this(message, "unknown")
    {
    }

    public string What { get; } = string.Empty;

    public string DebianPackage { get; } = string.Empty;
}
