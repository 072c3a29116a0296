using FilingExtractor.Core.Geometry;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Ink counted over the PIX's words, against Leptonica's own count of a cropped copy.</summary>
public sealed class InkCountTests
{
    private static Image Speckled()
    {
        var img = Image.CreateBlank(203, 61, 1);
        var random = new Random(7);
        for (var i = 0; i < 400; i++)
        {
            img.Blacken(new PixelRect(random.Next(0, 200), random.Next(0, 60), random.Next(1, 9), random.Next(1, 4)));
        }

        return img;
    }

    [Fact]
    public void Rectangles_count_as_leptonica_counts_their_crops()
    {
        using var img = Speckled();
        var random = new Random(11);
        // Edges on and off the 32-pixel word boundaries, one-pixel rectangles, rows and the whole image.
        var rects = new List<PixelRect> { new(0, 0, 203, 61), new(31, 5, 2, 1), new(32, 0, 32, 61), new(64, 10, 1, 1), new(0, 30, 203, 1), new(190, 0, 13, 61) };
        for (var i = 0; i < 200; i++)
        {
            var left = random.Next(0, 202);
            var top = random.Next(0, 60);
            rects.Add(new PixelRect(left, top, random.Next(1, 203 - left), random.Next(1, 61 - top)));
        }

        foreach (var rect in rects)
        {
            using var crop = img.Crop(rect);
            Assert.Equal(crop.CountInk(), img.CountInk(rect));
        }
    }

    [Fact]
    public void Rectangles_are_clipped_to_the_image()
    {
        using var img = Speckled();

        Assert.Equal(img.CountInk(), img.CountInk(new PixelRect(-10, -10, 500, 500)));
        Assert.Equal(0, img.CountInk(new PixelRect(300, 0, 10, 10)));
    }

    [Fact]
    public void Row_profile_sums_to_the_image_ink()
    {
        using var img = Speckled();

        var rows = img.InkPerRow();

        Assert.Equal(61, rows.Length);
        Assert.Equal(img.CountInk(), rows.Sum());
        Assert.Equal(img.CountInk(new PixelRect(0, 17, 203, 1)), rows[17]);
    }
}
