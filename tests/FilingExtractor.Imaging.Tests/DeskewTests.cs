using System.Globalization;
using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>
/// Skew detection on pages rendered at a known angle.
/// <para>
/// Sign convention, found empirically with Leptonica 1.82 and asserted below: the angle
/// <see cref="Image.Deskew"/> reports is positive when the page content is turned
/// <b>counter-clockwise</b> as seen on screen (the right end of a text line or rule is higher than its left
/// end; PostScript <c>2 rotate</c> gives about +2) and negative when it is turned clockwise. It is the
/// clockwise rotation Leptonica applies to level the page. (Image.Deskew's XML comment says the
/// opposite; see the report.)
/// </para>
/// </summary>
public sealed class DeskewTests
{
    // Two narrow strips across the rotated horizontal rule, right of every text line near it (the issuer
    // line ends at x = 274 pt), so that within rows 300-430 they hold only the rule.
    private static readonly int LeftStripX = TestPages.Px(300);
    private static readonly int RightStripX = TestPages.Px(500);

    [Theory]
    [InlineData("pnggray", 2.0)]
    [InlineData("pnggray", -2.0)]
    [InlineData("pnggray", 3.5)]
    [InlineData("pnggray", -1.0)]
    [InlineData("tiffg4", 2.5)]
    [InlineData("tiffg4", -2.5)]
    public void Deskew_finds_the_angle_within_0_3_degrees_and_levels_the_page(string device, double psDegrees)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"skew-{device}-{psDegrees}");
        var path = Fixtures.Render(name, TestPages.RotatedSample(psDegrees), device, TestPages.Dpi, device == "tiffg4" ? ".tif" : ".png");
        using var page = Image.Load(path);

        // The rendered rule's own slope: positive rise = right end higher = counter-clockwise on screen.
        var rise = RuleRise(page);
        var measured = Math.Atan2(rise, RightStripX - LeftStripX) * 180 / Math.PI;
        Assert.Equal(Math.Sign(psDegrees), Math.Sign(rise));
        Assert.InRange(measured, psDegrees - 0.2, psDegrees + 0.2);

        var result = page.Deskew();
        using var levelled = result.Image;

        // Magnitude, and the sign convention documented on the class: same sign as the on-screen rise.
        Assert.InRange(Math.Abs(result.AngleDegrees), Math.Abs(psDegrees) - 0.3, Math.Abs(psDegrees) + 0.3);
        Assert.Equal(Math.Sign(rise), Math.Sign(result.AngleDegrees));
        Assert.True(result.Confidence > 3, $"confidence {result.Confidence}");

        // The returned image is level: the rule's rise dropped from tens of pixels to a few, and a second
        // pass finds (almost) nothing left to correct.
        Assert.Equal(page.Depth, levelled.Depth);
        Assert.InRange(Math.Abs(RuleRise(levelled)), 0, 4);
        Assert.True(Math.Abs(rise) > 12, $"rise {rise}");
        var second = levelled.Deskew();
        second.Image.Dispose();
        Assert.InRange(second.AngleDegrees, -0.3f, 0.3f);
    }

    [Fact]
    public void Deskew_of_a_level_page_reports_about_zero_and_keeps_the_size()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));

        var result = page.Deskew();
        using var levelled = result.Image;

        Assert.InRange(result.AngleDegrees, -0.1f, 0.1f);
        Assert.Equal((page.Width, page.Height), (levelled.Width, levelled.Height));
        Assert.Equal(page.CountInk(), levelled.CountInk());
    }

    [Fact]
    public void Deskew_result_of_a_level_page_is_independent_of_the_source()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));
        var ink = page.CountInk();

        var result = page.Deskew();
        using var levelled = result.Image;
        levelled.Blacken(new PixelRect(0, 0, 100, 100));

        Assert.Equal(ink, page.CountInk());
    }

    /// <summary>
    /// How many pixels higher (smaller y) the horizontal rule is at the right strip than at the left one,
    /// from the ink-weighted mean row of each strip in the band where the rule lies.
    /// </summary>
    private static double RuleRise(Image page)
    {
        using var bin = page.ToBinary();
        return MeanInkRow(bin, LeftStripX) - MeanInkRow(bin, RightStripX);
    }

    private static double MeanInkRow(Image bin, int x)
    {
        double sum = 0;
        double weight = 0;
        for (var y = 300; y < 430; y++)
        {
            var ink = bin.CountInk(new PixelRect(x, y, 12, 1));
            sum += (double)ink * y;
            weight += ink;
        }

        Assert.True(weight > 0, "the rule crosses the strip");
        return sum / weight;
    }
}
