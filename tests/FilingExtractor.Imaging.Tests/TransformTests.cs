using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Crop, scale, orthogonal rotation, painting and the bilevel conversions.</summary>
public sealed class TransformTests
{
    [Fact]
    public void Crop_cuts_the_rectangle_and_keeps_the_resolution()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));
        var band = TestPages.LineBand("Capstone Turbine Corporation");

        using var crop = page.Crop(band);

        Assert.Equal((band.Width, band.Height, 1), (crop.Width, crop.Height, crop.Depth));
        Assert.Equal(300, crop.StoredDpi);
        Assert.Equal(page.CountInk(band), crop.CountInk());
    }

    [Fact]
    public void Crop_clips_to_the_page_and_rejects_a_rectangle_outside_it()
    {
        using var page = Image.Load(Fixtures.SamplePng());

        using var corner = page.Crop(new PixelRect(TestPages.WidthPx - 100, TestPages.HeightPx - 50, 400, 400));

        Assert.Equal((100, 50, 8), (corner.Width, corner.Height, corner.Depth));
        Assert.Throws<ArgumentOutOfRangeException>(() => page.Crop(new PixelRect(TestPages.WidthPx, 0, 10, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => page.Crop(new PixelRect(-50, -50, 40, 40)));
    }

    [Theory]
    [InlineData(0.5f, 0.5f, 1275, 1650)]
    [InlineData(2f / 3f, 2f / 3f, 1700, 2200)]
    [InlineData(1f, 0.25f, 2550, 825)]
    public void Scale_gives_the_scaled_dimensions(float sx, float sy, int width, int height)
    {
        using var gray = Image.Load(Fixtures.SamplePng());
        using var bilevel = Image.Load(Fixtures.SampleTiffG4(pages: 3));

        foreach (var source in new[] { gray, bilevel })
        {
            using var scaled = source.Scale(sx, sy);
            Assert.InRange(scaled.Width, width - 1, width + 1);
            Assert.InRange(scaled.Height, height - 1, height + 1);
        }
    }

    [Fact]
    public void Scale_halves_the_stored_resolution_with_the_size()
    {
        using var page = Image.Load(Fixtures.SamplePng());

        using var half = page.Scale(0.5f, 0.5f);

        Assert.Equal(150, half.StoredDpi);
    }

    [Fact]
    public void RotateOrthogonal_turns_clockwise_and_swaps_width_and_height()
    {
        using var image = Image.CreateBlank(100, 50, 1);
        image.Blacken(new PixelRect(0, 0, 10, 10)); // a mark in the top-left corner

        using var quarter = image.RotateOrthogonal(1);
        using var half = image.RotateOrthogonal(2);
        using var threeQuarters = image.RotateOrthogonal(3);
        using var minusOne = image.RotateOrthogonal(-1);

        Assert.Equal((50, 100), (quarter.Width, quarter.Height));
        Assert.Equal((100, 50), (half.Width, half.Height));
        Assert.Equal((50, 100), (threeQuarters.Width, threeQuarters.Height));

        // Clockwise: top-left goes to top-right, then bottom-right, then bottom-left.
        Assert.Equal(100, quarter.CountInk(new PixelRect(40, 0, 10, 10)));
        Assert.Equal(100, half.CountInk(new PixelRect(90, 40, 10, 10)));
        Assert.Equal(100, threeQuarters.CountInk(new PixelRect(0, 90, 10, 10)));
        Assert.Equal(100, minusOne.CountInk(new PixelRect(0, 90, 10, 10)));
    }

    [Fact]
    public void RotateOrthogonal_four_times_gives_back_the_page()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));
        var issuer = TestPages.LineBand("Capstone Turbine Corporation");

        using var r1 = page.RotateOrthogonal(1);
        using var r2 = r1.RotateOrthogonal(1);
        using var r3 = r2.RotateOrthogonal(1);
        using var r4 = r3.RotateOrthogonal(1);

        Assert.Equal((TestPages.HeightPx, TestPages.WidthPx), (r1.Width, r1.Height));
        Assert.Equal((TestPages.WidthPx, TestPages.HeightPx), (r4.Width, r4.Height));
        Assert.Equal(page.CountInk(), r1.CountInk());
        Assert.Equal(page.CountInk(), r4.CountInk());
        Assert.Equal(page.CountInk(issuer), r4.CountInk(issuer));
        Assert.Equal(page.CountInk(issuer), r2.CountInk(new PixelRect(TestPages.WidthPx - issuer.Right, TestPages.HeightPx - issuer.Bottom, issuer.Width, issuer.Height)));
    }

    [Fact]
    public void Operations_return_new_images_and_leave_the_source_unchanged()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));
        var ink = page.CountInk();
        var corner = new PixelRect(0, 0, 200, 200);

        using var clone = page.Clone();
        using var crop = page.Crop(new PixelRect(0, 0, 400, 400));
        using var rotated = page.RotateOrthogonal(2);
        using var binary = page.ToBinaryAdaptive();
        clone.Blacken(corner);
        crop.Blacken(corner);
        rotated.Blacken(corner);
        binary.Blacken(corner);

        Assert.Equal(ink, page.CountInk());
        Assert.Equal(0, page.CountInk(corner));
        Assert.Equal(ink + (200 * 200), clone.CountInk());
    }

    [Fact]
    public void Whiten_clears_a_rectangle_on_1_bpp_and_8_bpp()
    {
        var band = TestPages.LineBand("Capstone Turbine Corporation");
        using var bilevel = Image.Load(Fixtures.SampleTiffG4(pages: 3));
        using var gray = Image.Load(Fixtures.SamplePng());
        var before = bilevel.CountInk();
        var inBand = bilevel.CountInk(band);
        Assert.True(inBand > 3_000);
        var phone = TestPages.LineBand("(818) 734-5300");
        int GrayInk(PixelRect r)
        {
            using var bin = gray.ToBinary(250); // even light gray counts as ink at this threshold
            return bin.CountInk(r);
        }

        var phoneInk = GrayInk(phone);
        Assert.True(GrayInk(band) > 3_000);

        bilevel.Whiten(band);
        gray.Whiten(band);

        Assert.Equal(0, bilevel.CountInk(band));
        Assert.Equal(before - inBand, bilevel.CountInk());
        Assert.Equal(0, GrayInk(band));
        Assert.Equal(phoneInk, GrayInk(phone)); // text outside the rectangle stays
        Assert.True(phoneInk > 1_000);
    }

    [Fact]
    public void Blacken_fills_a_rectangle_and_needs_1_bpp()
    {
        using var image = Image.CreateBlank(300, 200, 1);
        using var gray = Image.CreateBlank(300, 200, 8);

        image.Blacken(new PixelRect(10, 20, 30, 40));
        image.Blacken(new PixelRect(290, 190, 50, 50)); // clipped to 10x10

        Assert.Equal((30 * 40) + 100, image.CountInk());
        Assert.Equal(1200, image.CountInk(new PixelRect(0, 0, 100, 100)));
        Assert.Throws<InvalidOperationException>(() => gray.Blacken(new PixelRect(0, 0, 10, 10)));
        Assert.Throws<InvalidOperationException>(() => gray.CountInk());
    }

    [Fact]
    public void CreateBlank_is_white_at_every_depth()
    {
        using var bilevel = Image.CreateBlank(120, 80, 1);
        using var gray = Image.CreateBlank(120, 80, 8);
        using var grayBin = gray.ToBinary(255);

        Assert.Equal(0, bilevel.CountInk());
        Assert.Equal(0, grayBin.CountInk());
        Assert.Equal((120, 80, 8), (gray.Width, gray.Height, gray.Depth));
    }

    [Fact]
    public void CountInk_clips_the_rectangle_and_is_zero_outside_the_image()
    {
        using var image = Image.CreateBlank(100, 100, 1);
        image.Blacken(new PixelRect(0, 0, 100, 100));

        Assert.Equal(10_000, image.CountInk(new PixelRect(-50, -50, 500, 500)));
        Assert.Equal(2_500, image.CountInk(new PixelRect(50, 50, 500, 500)));
        Assert.Equal(0, image.CountInk(new PixelRect(100, 0, 10, 10)));
    }

    [Fact]
    public void ToGray_and_ToBinary_convert_depths()
    {
        using var bilevel = Image.Load(Fixtures.SampleTiffG4(pages: 3));

        using var gray = bilevel.ToGray();
        using var back = gray.ToBinary();

        Assert.Equal(8, gray.Depth);
        Assert.Equal(1, back.Depth);
        Assert.Equal(bilevel.CountInk(), back.CountInk());
    }
}
