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
}
