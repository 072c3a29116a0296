using System.Globalization;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Sources.Pdf;

/// <summary>
/// PDF pages through poppler-utils. A page that is one full-page scan yields that scan at its native
/// resolution, decoded by <c>pdfimages -tiff</c> (no resampling; CCITT streams come out as G4 TIFF that
/// Leptonica reads); any other page is rendered by <c>pdftoppm</c> at <see cref="PageSourceOptions.RenderDpi"/>
/// in gray. A text layer (<c>pdftotext -bbox-layout</c>) is attached where the page has words.
/// </summary>
public sealed class PdfPageSource : IPageSource
{
    /// <summary>How far an image's placed size may differ from the page's and still count as full-page.</summary>
    private const double FullPageTolerance = 0.04;

    public IEnumerable<SourcePage> ReadPages(string path, PageSourceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var info = Info(path, options, cancellationToken);
        return Pages(path, info, options, cancellationToken);
    }

    private static (int Pages, Dictionary<int, PdfPageGeometry> Geometry) Info(string path, PageSourceOptions options, CancellationToken ct)
    {
        // First pass without page ranges: a 10,000-page file is refused before poppler lists every page.
        var head = ExternalTool.Run("pdfinfo", [path], options.ToolTimeout, ct);
        ThrowIfFailed(head, path, "pdfinfo");
        var (pages, _, _) = PopplerOutput.ParseInfo(head.StandardOutput);
        if (pages <= 0)
        {
            throw new InputException(InputErrorKind.Corrupt, path, null, "the PDF has no pages");
        }

        if (pages > options.MaxPages)
        {
            throw new InputException(InputErrorKind.TooManyPages, path, null, string.Create(CultureInfo.InvariantCulture, $"{pages} pages exceeds the limit of {options.MaxPages}"));
        }

        var full = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), path], options.ToolTimeout, ct);
        ThrowIfFailed(full, path, "pdfinfo");
        return (pages, PopplerOutput.ParseInfo(full.StandardOutput).Geometry);
    }

    private static void ThrowIfFailed(ToolResult r, string path, string program, int? page = null)
    {
        if (r.Succeeded)
        {
            return;
        }

        var err = r.StandardError.Trim();
        if (err.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase) || err.Contains("encrypted", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(InputErrorKind.Encrypted, path, page, "the PDF is encrypted with a password");
        }

        var reason = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? $"exit code {r.ExitCode}";
        throw new InputException(InputErrorKind.Corrupt, path, page, $"{program}: {reason}");
    }

    private static IEnumerable<SourcePage> Pages(string path, (int Pages, Dictionary<int, PdfPageGeometry> Geometry) info, PageSourceOptions options, CancellationToken ct)
    {
        var images = ImageList(path, options, ct);
        var layer = options.UseTextLayer ? TextLayer(path, options, ct) : [];
        var temp = Path.Combine(options.TempDirectory ?? Path.GetTempPath(), "fe-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            for (var page = 1; page <= info.Pages; page++)
            {
                ct.ThrowIfCancellationRequested();
                yield return ReadPage(path, page, info.Geometry.GetValueOrDefault(page), images, layer, temp, options, ct);
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static SourcePage ReadPage(string path, int page, PdfPageGeometry geometry, List<PdfImageEntry> images, List<LayerPage> layer, string temp, PageSourceOptions options, CancellationToken ct)
    {
        try
        {
            var scan = FullPageScan(page, geometry, images);
            var (image, resolution, note) = scan is { } s
                ? Extract(path, page, s, geometry, temp, options, ct)
                : Render(path, page, geometry, temp, options, ct);
            var text = page - 1 < layer.Count && layer[page - 1].HasText
                ? layer[page - 1].ToPageText(image.Width, image.Height, resolution)
                : null;
            return new SourcePage(path, page, InputKind.Pdf, image, resolution, text, note);
        }
        catch (InputException e)
        {
            return SourcePage.Failed(path, page, InputKind.Pdf, e);
        }
        catch (ImagingException e)
        {
            return SourcePage.Failed(path, page, InputKind.Pdf, new InputException(InputErrorKind.Corrupt, path, page, e.Message, e));
        }
        catch (TimeoutException e)
        {
            return SourcePage.Failed(path, page, InputKind.Pdf, new InputException(InputErrorKind.ToolFailed, path, page, e.Message, e));
        }
    }

    /// <summary>The page's only image when it covers the page (a scan), else null.</summary>
    private static PdfImageEntry? FullPageScan(int page, PdfPageGeometry geometry, List<PdfImageEntry> images)
    {
        var onPage = images.Where(i => i.Page == page && i.Type == "image").ToList();
        if (onPage.Count != 1 || geometry.WidthPoints <= 0)
        {
            return null;
        }

        var img = onPage[0];
        if (img.XPpi <= 0 || img.YPpi <= 0)
        {
            return null;
        }

        // The image's size as placed, in points, against the page as displayed (either orientation).
        var w = img.Width * 72.0 / img.XPpi;
        var h = img.Height * 72.0 / img.YPpi;
        bool Near(double a, double b) => Math.Abs(a - b) <= FullPageTolerance * b;
        return (Near(w, geometry.WidthPoints) && Near(h, geometry.HeightPoints)) || (Near(h, geometry.WidthPoints) && Near(w, geometry.HeightPoints))
            ? img
            : null;
    }

    private static (Image Image, Resolution Resolution, string Note) Extract(string path, int page, PdfImageEntry scan, PdfPageGeometry geometry, string temp, PageSourceOptions options, CancellationToken ct)
    {
        ImageFileSource.CheckPixels(path, page, scan.Width, scan.Height, options);
        var prefix = Path.Combine(temp, "p" + page.ToString(CultureInfo.InvariantCulture));
        var p = page.ToString(CultureInfo.InvariantCulture);
        var r = ExternalTool.Run("pdfimages", ["-tiff", "-f", p, "-l", p, path, prefix], options.ToolTimeout, ct);
        ThrowIfFailed(r, path, "pdfimages", page);
        var file = Directory.GetFiles(temp, Path.GetFileName(prefix) + "-*").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InputException(InputErrorKind.Corrupt, path, page, "pdfimages wrote no image for the page");
        try
        {
            var image = Image.Load(file);
            var dpi = (int)Math.Round(scan.XPpi);
            image.SetDpi(dpi);
            if (geometry.Rotation != 0)
            {
                // pdfimages writes the image as stored; /Rotate turns the displayed page clockwise.
                var turned = image.RotateOrthogonal(geometry.Rotation / 90);
                image.Dispose();
                image = turned;
                image.SetDpi(dpi);
            }

            return (image, new Resolution(dpi, false), string.Create(CultureInfo.InvariantCulture, $"embedded {scan.Encoding} image at {dpi} ppi"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (Image Image, Resolution Resolution, string Note) Render(string path, int page, PdfPageGeometry geometry, string temp, PageSourceOptions options, CancellationToken ct)
    {
        var dpi = options.RenderDpi;
        ImageFileSource.CheckPixels(path, page, (long)Math.Ceiling(geometry.WidthPoints * dpi / 72), (long)Math.Ceiling(geometry.HeightPoints * dpi / 72), options);
        var p = page.ToString(CultureInfo.InvariantCulture);
        var prefix = Path.Combine(temp, "r" + p);
        // Raw PGM: poppler 22 writes "-gray -png" as RGB, and an uncompressed temporary file is faster anyway.
        var r = ExternalTool.Run("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", p, "-l", p, "-singlefile", path, prefix], options.ToolTimeout, ct);
        ThrowIfFailed(r, path, "pdftoppm", page);
        var file = prefix + ".pgm";
        try
        {
            var image = Image.Load(file);
            image.SetDpi(dpi);
            return (image, new Resolution(dpi, false), string.Create(CultureInfo.InvariantCulture, $"rendered at {dpi} DPI"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<PdfImageEntry> ImageList(string path, PageSourceOptions options, CancellationToken ct)
    {
        var r = ExternalTool.Run("pdfimages", ["-list", path], options.ToolTimeout, ct);
        ThrowIfFailed(r, path, "pdfimages");
        return PopplerOutput.ParseImageList(r.StandardOutput);
    }

    private static List<LayerPage> TextLayer(string path, PageSourceOptions options, CancellationToken ct)
    {
        var r = ExternalTool.Run("pdftotext", ["-bbox-layout", path, "-"], options.ToolTimeout, ct);
        // A text layer is an optimisation: when poppler cannot give one, the pages are read by OCR.
        return r.Succeeded ? TextLayerParser.Parse(r.StandardOutput) : [];
    }
}
