using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout.Tests;

public sealed class DotLeaderTests
{
    [Theory]
    [InlineData(300)]
    [InlineData(200)]
    public void A_leader_is_found_and_periods_and_letters_are_not(int dpi)
    {
        using var img = Image.CreateBlank(8 * dpi / 2, dpi, 1);
        var dot = Math.Max(2, dpi / 72);
        var pitch = (int)Math.Round(0.044 * dpi);
        // A leader of 20 dots, its baseline wavering by a pixel.
        for (var i = 0; i < 20; i++)
        {
            img.Blacken(new PixelRect(dpi + (i * pitch), (dpi / 2) + (i % 2), dot, dot));
        }

        // Two periods of an ellipsis elsewhere, and a letter-sized stroke in line with the leader.
        img.Blacken(new PixelRect(dpi / 4, dpi / 4, dot, dot));
        img.Blacken(new PixelRect((dpi / 4) + pitch, dpi / 4, dot, dot));
        img.Blacken(new PixelRect(dpi / 2, (dpi / 2) - (dpi / 10), dot, dpi / 8));

        var found = DotLeaders.Find(img, dpi);
        Assert.Equal(20, found.Count);
        Assert.All(found, d => Assert.InRange(d.Top, dpi / 2, (dpi / 2) + 1));
    }

    /// <summary>
    /// A long leader on a heavy scan: bled dots 6 px wide at 200 DPI, and a baseline that drifts three pixels over
    /// its length with residual skew, one pixel at a time. Grouped by rows around one centre line, it fell apart
    /// into short pieces that were left in the page OCR reads, and Tesseract dropped the rows they crossed
    /// (syn-22's C.1 table). Letters of small print broken into dot-sized pieces are not evenly spaced and stay.
    /// </summary>
    [Fact]
    public void A_bled_leader_drifting_with_skew_is_found_whole_and_broken_print_is_not()
    {
        const int dpi = 200;
        using var img = Image.CreateBlank(8 * dpi, dpi, 1);
        for (var i = 0; i < 60; i++)
        {
            img.Blacken(new PixelRect(dpi + (i * 9), (dpi / 2) + (i / 20), 6, 5));
        }

        // Pieces of broken small print: dot-sized, level, close enough to chain, but unevenly spaced.
        int[] gaps = [1, 10, 2, 9, 1, 10, 2, 9, 1, 10, 2];
        var x = dpi;
        foreach (var gap in gaps)
        {
            img.Blacken(new PixelRect(x, dpi / 4, 3, 4));
            x += 3 + gap;
        }

        var found = DotLeaders.Find(img, dpi);
        Assert.Equal(60, found.Count);
        Assert.All(found, d => Assert.InRange(d.Top, dpi / 2, (dpi / 2) + 2));
    }
}
