using FilingExtractor.Core.Errors;
using FilingExtractor.Imaging;
using FilingExtractor.Sources.Pdf;

namespace FilingExtractor.Sources;

/// <summary>
/// Turns command-line inputs (files and folders) into the files to read, and opens each with the source
/// that its content (not its name) calls for.
/// </summary>
public static class InputCatalog
{
    /// <summary>Extensions picked up when a folder is walked; explicit files are read whatever their name.</summary>
    public static readonly IReadOnlySet<string> ScanExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".pnm", ".pbm", ".pgm", ".ppm",
    };

    /// <summary>
    /// Expands folders recursively. The order is stable: inputs as given, and within a folder the files
    /// by their path relative to it, compared ordinally (so runs on any machine list them alike).
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        include ??= p => ScanExtensions.Contains(Path.GetExtension(p));
        var result = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(include)
                    .Select(f => (Full: f, Relative: Path.GetRelativePath(input, f).Replace('\\', '/')))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal)
                    .Select(f => f.Full);
                result.AddRange(files);
            }
            else
            {
                result.Add(input);
            }
        }

        return result;
    }

    /// <summary>What a file's first bytes say it is.</summary>
    public static InputKind? Sniff(string path)
    {
        Span<byte> head = stackalloc byte[1024];
        int n;
        using (var s = File.OpenRead(path))
        {
            n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..n];
        // PDF readers accept junk before the header within the first kilobyte; so do we.
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return InputKind.Pdf;
        }

        return Image.SniffFormat(head) switch
        {
            ImageFormat.Tiff => InputKind.Tiff,
            ImageFormat.Png => InputKind.Png,
            ImageFormat.Jpeg => InputKind.Jpeg,
            ImageFormat.Pnm => InputKind.Pnm,
            ImageFormat.Unknown => null,
            _ => InputKind.OtherImage,
        };
    }

    /// <summary>
    /// Opens a file: checks it exists and is not empty, identifies it by content, refuses a known extension
    /// that names another format (unless <see cref="PageSourceOptions.TrustContent"/>), and returns its pages.
    /// </summary>
    public static IEnumerable<SourcePage> ReadPages(string path, PageSourceOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= PageSourceOptions.Default;
        var kind = Identify(path, options);
        IPageSource source = kind == InputKind.Pdf ? new PdfPageSource() : new ImageFileSource();
        return source.ReadPages(path, options, cancellationToken);
    }

    /// <summary>The kind of a readable file, or an <see cref="InputException"/> saying why it is not.</summary>
    public static InputKind Identify(string path, PageSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException(InputErrorKind.NotFound, path, null, Directory.Exists(path) ? "is a folder" : "no such file");
        }

        if (info.Length == 0)
        {
            throw new InputException(InputErrorKind.Empty, path, null, "the file is empty (0 bytes)");
        }

        var kind = Sniff(path) ?? throw new InputException(InputErrorKind.UnsupportedFormat, path, null, "not a PDF or an image format that can be read (TIFF, PNG, JPEG, PNM)");
        var claimed = ClaimedKind(Path.GetExtension(path));
        if (claimed is { } c && c != kind && !options.TrustContent)
        {
            throw new InputException(InputErrorKind.WrongExtension, path, null, $"the name says {c} but the content is {kind}; rename the file or allow reading by content");
        }

        return kind;
    }

    private static InputKind? ClaimedKind(string extension) => extension.ToUpperInvariant() switch
    {
        ".PDF" => InputKind.Pdf,
        ".TIF" or ".TIFF" => InputKind.Tiff,
        ".PNG" => InputKind.Png,
        ".JPG" or ".JPEG" => InputKind.Jpeg,
        ".PNM" or ".PBM" or ".PGM" or ".PPM" => InputKind.Pnm,
        _ => null,
    };
}
