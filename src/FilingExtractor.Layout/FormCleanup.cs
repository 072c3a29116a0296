using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>
/// Makes the image a form page is recognised from: the bilevel page without its form rules, checkbox frames
/// and marks, and dot leaders. None of these is text, yet Tesseract's line finding and recogniser spend time
/// on them and read them as junk glued to the labels beside them ("[Ll]", "X", "LeQal FECS occ cece").
/// Coordinates and size are those of the input (image pixels, top-left origin).
/// </summary>
public static class FormCleanup
{
    /// <summary>Rules at least this long are removed: 0.3 in, longer than any glyph of the form's type.</summary>
    public const double RuleInches = 0.3;

    /// <summary>A new 1 bpp image for OCR made from <paramref name="binary"/>, which is left unchanged.</summary>
    /// <param name="binary">The deskewed 1 bpp page.</param>
    /// <param name="dpi">The page's resolution, to turn inches into pixels.</param>
    /// <param name="boxes">The page's checkboxes (<see cref="Checkboxes.Find"/>), blanked with their frames.</param>
    public static Image OcrImage(Image binary, int dpi, IEnumerable<PixelRect> boxes)
    {
        ArgumentNullException.ThrowIfNull(binary);
        ArgumentNullException.ThrowIfNull(boxes);
        var rule = Math.Max(10, (int)(RuleInches * dpi));
        var ocr = binary.RemoveRules(rule, rule);
        try
        {
            // Box states are read from the bilevel page's pixels, not from this image.
            foreach (var box in boxes)
            {
                Checkboxes.Erase(ocr, box, dpi);
            }

            foreach (var dot in DotLeaders.Find(binary, dpi))
            {
                ocr.Whiten(dot.Inflate(1, 1));
            }

            return ocr;
        }
        catch
        {
            ocr.Dispose();
            throw;
        }
    }
}
