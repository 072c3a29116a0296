using System.Globalization;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Sources;

/// <summary>
/// TIFF (every page; G4, LZW, JPEG-in-TIFF, ...), PNG, JPEG and PNM files through Leptonica. The header
/// is checked before pixels are decoded so an oversized page is refused without allocating it.
/// </summary>
public sealed class ImageFileSource : IPageSource
{
    public IEnumerable<SourcePage> ReadPages(string path, PageSourceOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var header = ReadHeader(path);
        var kind = header.Format switch
        {
            ImageFormat.Tiff => InputKind.Tiff,
            ImageFormat.Png => InputKind.Png,
            ImageFormat.Jpeg => InputKind.Jpeg,
            ImageFormat.Pnm => InputKind.Pnm,
            _ => InputKind.OtherImage,
        };
        CheckPixels(path, 1, header.Width, header.Height, options);
        return Pages(path, kind, options, cancellationToken);
    }

    private static IEnumerable<SourcePage> Pages(string path, InputKind kind, PageSourceOptions options, CancellationToken cancellationToken)
    {
        using var pages = Image.LoadPages(path).GetEnumerator();
        for (var number = 1; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Image? image = null;
            InputException? failure = null;
            try
            {
                if (!pages.MoveNext())
                {
                    yield break;
                }

                image = pages.Current;
            }
            catch (ImagingException e)
            {
                failure = new InputException(InputErrorKind.Corrupt, path, number, e.Message, e);
            }

            if (image is null)
            {
                // Leptonica cannot go past a page it failed to decode: report it and stop this file.
                yield return SourcePage.Failed(path, number, kind, failure!);
                yield break;
            }

            if (number > options.MaxPages)
            {
                image.Dispose();
                throw new InputException(InputErrorKind.TooManyPages, path, null, string.Create(CultureInfo.InvariantCulture, $"more than {options.MaxPages} pages"));
            }

            if (image.Pixels > options.MaxPagePixels)
            {
                var error = TooLarge(path, number, image.Width, image.Height, options);
                image.Dispose();
                yield return SourcePage.Failed(path, number, kind, error);
                continue;
            }

            var resolution = Resolution.FromFile(image.StoredDpi);
            if (resolution.Assumed)
            {
                image.SetDpi(resolution.Dpi);
            }

            yield return new SourcePage(path, number, kind, image, resolution, null, resolution.Assumed ? "no resolution in file; 200 DPI assumed" : null);
        }
    }

    private static ImageHeader ReadHeader(string path)
    {
        try
        {
            return Image.ReadHeader(path);
        }
        catch (ImagingException e)
        {
            throw new InputException(InputErrorKind.Corrupt, path, null, e.Message, e);
        }
    }

    internal static void CheckPixels(string path, int page, long width, long height, PageSourceOptions options)
    {
        if (width * height > options.MaxPagePixels)
        {
            throw TooLarge(path, page, width, height, options);
        }
    }

    private static InputException TooLarge(string path, int page, long width, long height, PageSourceOptions options) =>
        new(InputErrorKind.PageTooLarge, path, page, string.Create(
            CultureInfo.InvariantCulture,
            $"{width} x {height} pixels ({width * height / 1e6:F1} MP) exceeds the limit of {options.MaxPagePixels / 1e6:F0} MP"));
}
