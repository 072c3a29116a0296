using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>
/// A run of rows holding ink on a level page, which on a form with its rules erased is one printed line of
/// text (or several where lines touch). Page pixels, top-left origin; <see cref="Bottom"/> is exclusive.
/// </summary>
public readonly record struct TextBand(int Top, int Bottom)
{
    public int Height => Bottom - Top;
}

/// <summary>Finds the text lines of a page from its row profile, before any OCR.</summary>
public static class TextBands
{
    /// <summary>
    /// The bands of <paramref name="image"/> (1 bpp, level, rules erased), top to bottom. A row counts as
    /// inked from a hundredth of an inch of ink (so a speck or two of scanner dust leaves it empty); bands
    /// under 0.04 in tall (dust, the dots of an i above an empty row) are left out.
    /// </summary>
    public static IReadOnlyList<TextBand> Find(Image image, int dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        var ink = image.InkPerRow();
        var minInk = Math.Max(2, dpi / 100);
        var minHeight = Math.Max(3, (int)Math.Round(dpi * 0.04));
        var bands = new List<TextBand>();
        var top = -1;
        for (var y = 0; y <= ink.Length; y++)
        {
            var inked = y < ink.Length && ink[y] >= minInk;
            if (inked && top < 0)
            {
                top = y;
            }
            else if (!inked && top >= 0)
            {
                if (y - top >= minHeight)
                {
                    bands.Add(new TextBand(top, y));
                }

                top = -1;
            }
        }

        return bands;
    }

    /// <summary>
    /// Where the ink of a band begins and ends across the page, ignoring specks: the outermost of its
    /// components at least 0.04 in tall (a capital or a digit of small print is about 0.07 in), or null for
    /// a band of specks alone.
    /// </summary>
    public static (int Left, int Right)? Extent(Image image, TextBand band, int dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var crop = image.Crop(new PixelRect(0, band.Top, image.Width, band.Height));
        var min = Math.Max(3, (int)Math.Round(dpi * 0.04));
        var glyphs = crop.ConnectedComponents().Where(c => c.Height >= min).ToList();
        return glyphs.Count == 0 ? null : (glyphs.Min(c => c.Left), glyphs.Max(c => c.Right));
    }
}
