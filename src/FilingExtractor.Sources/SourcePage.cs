using FilingExtractor.Core.Errors;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging;

namespace FilingExtractor.Sources;

/// <summary>The kind of file a page came from.</summary>
public enum InputKind
{
    Tiff,
    Png,
    Jpeg,
    Pnm,
    OtherImage,
    Pdf,
}

/// <summary>
/// One page of an input: its image at native resolution (or rendered at 300 DPI), that resolution (with
/// <see cref="Resolution.Assumed"/> when the file carried none), its 1-based number, and the file's own
/// text layer where it has one. A page that could not be read carries <see cref="Error"/> instead of an
/// image, so that a batch records it and reads the remaining pages. Dispose to free the image.
/// </summary>
public sealed class SourcePage : IDisposable
{
    public SourcePage(string path, int pageNumber, InputKind kind, Image image, Resolution resolution, PageText? textLayer, string? note = null)
    {
        Path = path;
        PageNumber = pageNumber;
        Kind = kind;
        Image = image;
        Resolution = resolution;
        TextLayer = textLayer;
        Note = note;
    }

    private SourcePage(string path, int pageNumber, InputKind kind, InputException error)
    {
        Path = path;
        PageNumber = pageNumber;
        Kind = kind;
        Error = error;
    }

    public static SourcePage Failed(string path, int pageNumber, InputKind kind, InputException error) => new(path, pageNumber, kind, error);

    public string Path { get; }

    public int PageNumber { get; }

    public InputKind Kind { get; }

    public Image? Image { get; }

    public Resolution Resolution { get; }

    /// <summary>Words of the document's own text layer in this page image's pixels, or null.</summary>
    public PageText? TextLayer { get; }

    /// <summary>How the page was obtained, e.g. "embedded image at 200 ppi" or "rendered at 300 DPI".</summary>
    public string? Note { get; }

    public InputException? Error { get; }

    public bool Succeeded => Error is null;

    public void Dispose() => Image?.Dispose();
}

/// <summary>Limits and choices shared by every page source.</summary>
public sealed record PageSourceOptions
{
    /// <summary>A page above this many pixels is refused (a 100 MP page is ~ 34 x 34 inches at 300 DPI).</summary>
    public long MaxPagePixels { get; init; } = 100_000_000;

    /// <summary>Files with more pages are refused outright: a Form D runs to about a dozen pages.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>Resolution for PDF pages that must be rendered rather than extracted.</summary>
    public int RenderDpi { get; init; } = 300;

    /// <summary>Use a PDF's text layer in place of OCR where the page has one.</summary>
    public bool UseTextLayer { get; init; } = true;

    /// <summary>Read a file whose extension names another format by its content instead of refusing it.</summary>
    public bool TrustContent { get; init; }

    /// <summary>Time limit for each poppler program run.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Where PDF pages are extracted to; the system temporary folder when null.</summary>
    public string? TempDirectory { get; init; }

    public static PageSourceOptions Default { get; } = new();
}

/// <summary>Reads the pages of one kind of file.</summary>
public interface IPageSource
{
    /// <summary>
    /// The file's pages in order, produced lazily. File-level problems (not found, empty, encrypted, too many
    /// pages, unreadable) throw <see cref="InputException"/> from this call or the first MoveNext; a page-level problem
    /// yields a failed <see cref="SourcePage"/>.
    /// </summary>
    IEnumerable<SourcePage> ReadPages(string path, PageSourceOptions options, CancellationToken cancellationToken = default);
}
