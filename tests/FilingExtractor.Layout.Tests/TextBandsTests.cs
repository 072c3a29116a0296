using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout.Tests;

public sealed class TextBandsTests
{
    /// <summary>A 200 DPI page with "glyphs" (ink blocks) on three lines, dust between them and a speck in the margin.</summary>
    private static Image Page()
    {
        var img = Image.CreateBlank(1000, 300, 1);
        foreach (var (top, height) in new[] { (20, 22), (47, 22), (120, 30) })
        {
            for (var x = 100; x < 900; x += 14)
            {
                img.Blacken(new PixelRect(x, top, 10, height));
            }
        }

        // One pixel of dust on a row between lines: below the inked-row threshold, it joins nothing.
        img.Blacken(new PixelRect(500, 44, 1, 1));
        // A speck band too thin to be text (4 rows at 200 DPI, under 0.04 in) and a speck left of line 1.
        img.Blacken(new PixelRect(300, 90, 40, 4));
        img.Blacken(new PixelRect(20, 25, 3, 3));
        return img;
    }

    [Fact]
    public void Bands_are_the_runs_of_inked_rows_without_dust()
    {
        using var img = Page();

        var bands = TextBands.Find(img, 200);

        Assert.Equal([new TextBand(20, 42), new TextBand(47, 69), new TextBand(120, 150)], bands);
        Assert.Equal(22, bands[0].Height);
    }

    [Fact]
    public void Extent_ignores_specks_left_of_the_text()
    {
        using var img = Page();

        Assert.Equal((100, 908), TextBands.Extent(img, new TextBand(20, 42), 200));
        Assert.Null(TextBands.Extent(img, new TextBand(88, 96), 200));
    }

    [Fact]
    public void Row_profile_counts_ink_per_row()
    {
        using var img = Image.CreateBlank(50, 10, 1);
        img.Blacken(new PixelRect(5, 2, 7, 3));

        Assert.Equal([0, 0, 7, 7, 7, 0, 0, 0, 0, 0], img.InkPerRow());
    }
}
