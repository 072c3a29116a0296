using System.Globalization;
using System.Text;
using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>
/// Pages and geometry shared by the tests: PostScript variants of the Fixtures sample page and the
/// conversion from PostScript points (origin bottom-left, y up) to image pixels (origin top-left, y down).
/// </summary>
internal static class TestPages
{
    public const int Dpi = 300;

    public const int PageWidthPt = 612;

    public const int PageHeightPt = 792;

    /// <summary>Width of a US Letter page at 300 DPI.</summary>
    public const int WidthPx = 2550;

    /// <summary>Height of a US Letter page at 300 DPI.</summary>
    public const int HeightPx = 3300;

    public static int Px(double points, int dpi = Dpi) => (int)Math.Round(points * dpi / 72.0);

    /// <summary>Pixel rectangle of a PostScript rectangle given by its lower-left corner and size in points.</summary>
    public static PixelRect FromPoints(double x, double y, double width, double height, int dpi = Dpi) =>
        PixelRect.FromEdges(Px(x, dpi), Px(PageHeightPt - y - height, dpi), Px(x + width, dpi), Px(PageHeightPt - y, dpi));

    /// <summary>
    /// The pixel band holding one sample line: from a little above the cap height to below the descenders,
    /// and from just left of the text to x = 534 pt, short of the vertical rule at x = 552 pt.
    /// </summary>
    public static PixelRect LineBand(string text, int dpi = Dpi, double widthPt = 470)
    {
        var (x, y, size, _) = Fixtures.SamplePageLines.Single(l => l.Text == text);
        return FromPoints(x - 8, y - (size * 0.45), widthPt, size * 1.5, dpi);
    }

    /// <summary>The drawing commands of the sample page (text lines, rules and the checkbox) without setup or showpage.</summary>
    public static string SampleDrawing(bool withRules = true)
    {
        var sb = new StringBuilder();
        foreach (var (x, y, size, text) in Fixtures.SamplePageLines)
        {
            sb.Append(CultureInfo.InvariantCulture, $"/Courier findfont {size} scalefont setfont {x} {y} moveto ({Escape(text)}) show\n");
        }

        if (withRules)
        {
            sb.Append("1.5 setlinewidth 60 705 moveto 552 705 lineto stroke 552 400 moveto 552 705 lineto stroke\n");
            sb.Append("1 setlinewidth 400 440 12 12 rectstroke\n");
        }

        return sb.ToString();
    }

    public static string Document(string body) =>
        "%!PS-Adobe-3.0\n%%BoundingBox: 0 0 612 792\n<< /PageSize [612 792] >> setpagedevice\n" + body + "showpage\n";

    /// <summary>
    /// The sample text and its horizontal rule (60-552 pt at y = 705 pt) turned about the page centre by
    /// <paramref name="degrees"/> with PostScript's <c>rotate</c>: positive is counter-clockwise as seen on
    /// the rendered page (PostScript's y axis points up).
    /// </summary>
    public static string RotatedSample(double degrees) => Document(string.Create(
        CultureInfo.InvariantCulture,
        $"gsave 306 396 translate {degrees} rotate -306 -396 translate\n{SampleDrawing(withRules: false)}1.5 setlinewidth 60 705 moveto 552 705 lineto stroke\ngrestore\n"));

    /// <summary>
    /// The sample page over an uneven background: horizontal bands that darken from almost white at the
    /// top to a mid gray at the bottom, and a darker vertical strip on the left, like a shadowed scan.
    /// </summary>
    public static string GradientSample()
    {
        var sb = new StringBuilder();
        const int Bands = 40;
        for (var i = 0; i < Bands; i++)
        {
            // Gray runs from 0.95 at the top band to 0.40 at the bottom one.
            var gray = 0.95 - (0.55 * i / (Bands - 1));
            var height = PageHeightPt / (double)Bands;
            var y = PageHeightPt - ((i + 1) * height);
            sb.Append(CultureInfo.InvariantCulture, $"{gray:0.###} setgray 0 {y:0.###} {PageWidthPt} {height + 0.5:0.###} rectfill\n");
        }

        sb.Append("0.55 setgray 0 0 40 792 rectfill\n0 setgray\n");
        sb.Append(SampleDrawing(withRules: false));
        return Document(sb.ToString());
    }

    public static string Escape(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    /// <summary>The one-page sample rendered with a Ghostscript device at 300 DPI.</summary>
    public static string Sample(string device, string extension) =>
        Fixtures.Render("sample-" + device, Fixtures.SamplePostScript(), device, Dpi, extension);

    /// <summary>A JPEG-compressed gray TIFF made with tiffcp from Ghostscript's uncompressed gray TIFF.</summary>
    public static string SampleJpegTiff()
    {
        var gray = Sample("tiffgray", ".tif");
        var jpeg = Path.Combine(Path.GetDirectoryName(gray)!, "sample-tiffjpeg.tif");
        lock (JpegGate)
        {
            if (!File.Exists(jpeg))
            {
                // libtiff's JPEG codec needs strips whose height is a multiple of 8.
                Fixtures.Run("tiffcp", "-c", "jpeg", "-r", "16", gray, jpeg);
            }
        }

        return jpeg;
    }

    private static readonly object JpegGate = new();
}
