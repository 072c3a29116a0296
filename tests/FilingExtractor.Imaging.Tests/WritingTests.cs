using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Encoding pages to PNG and CCITT G4 TIFF, to files and to memory, and reading them back.</summary>
public sealed class WritingTests
{
    [Fact]
    public void SavePng_round_trips_a_gray_page()
    {
        using var page = Image.Load(Fixtures.SamplePng());
        var path = Path.Combine(Fixtures.NewFolder("png"), "page.png");

        page.SavePng(path);

        Assert.Equal(ImageFormat.Png, Image.ReadHeader(path).Format);
        using var back = Image.Load(path);
        Assert.Equal((page.Width, page.Height, page.Depth), (back.Width, back.Height, back.Depth));
        Assert.Equal(300, back.StoredDpi);
        AssertSameBinaryInk(page, back);
    }

    [Fact]
    public void SavePng_round_trips_a_bilevel_page_exactly()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));
        var path = Path.Combine(Fixtures.NewFolder("png1"), "page.png");

        page.SavePng(path);

        using var back = Image.Load(path);
        Assert.Equal(1, back.Depth);
        Assert.Equal(page.CountInk(), back.CountInk());
        Assert.Equal(page.CountInk(TestPages.LineBand("(818) 734-5300")), back.CountInk(TestPages.LineBand("(818) 734-5300")));
    }

    [Fact]
    public void SaveTiffG4_round_trips_and_is_ccitt_g4()
    {
        using var gray = Image.Load(Fixtures.SamplePng());
        using var page = gray.ToBinary();
        var path = Path.Combine(Fixtures.NewFolder("g4"), "page.tif");

        page.SaveTiffG4(path);

        Assert.Contains("CCITT Group 4", Fixtures.Run("tiffinfo", path), StringComparison.Ordinal);
        using var back = Image.Load(path);
        Assert.Equal((page.Width, page.Height, 1), (back.Width, back.Height, back.Depth));
        Assert.Equal(page.CountInk(), back.CountInk());
    }

    [Fact]
    public void SaveTiffG4_and_ToTiffG4Bytes_refuse_a_gray_image()
    {
        using var gray = Image.Load(Fixtures.SamplePng());
        var path = Path.Combine(Fixtures.NewFolder("g4gray"), "page.tif");

        Assert.Throws<InvalidOperationException>(() => gray.SaveTiffG4(path));
        Assert.Throws<InvalidOperationException>(() => gray.ToTiffG4Bytes());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void SaveMultipageTiffG4_writes_three_pages_that_read_back_with_equal_ink()
    {
        var source = Image.LoadPages(Fixtures.SampleTiffG4(pages: 3)).ToList();
        var folder = Fixtures.NewFolder("multi");
        var path = Path.Combine(folder, "out.tif");
        try
        {
            // "Page 1" and "Page 3" differ, so a page written twice or out of order shows up in the ink.
            using var blank = Image.CreateBlank(TestPages.WidthPx, TestPages.HeightPx, 1);
            var pages = new[] { source[0], blank, source[2] };

            Image.SaveMultipageTiffG4(path, pages);

            var back = Image.LoadPages(path).ToList();
            try
            {
                Assert.Equal(3, back.Count);
                Assert.Equal(pages.Select(p => p.CountInk()), back.Select(p => p.CountInk()));
                Assert.Equal(0, back[1].CountInk());
                var pageLine = PixelRect.FromEdges(0, TestPages.Px(792 - 495), TestPages.WidthPx, TestPages.Px(792 - 470));
                Assert.Equal(source[2].CountInk(pageLine), back[2].CountInk(pageLine));
            }
            finally
            {
                back.ForEach(p => p.Dispose());
            }

            // Only the final file remains: the temporary file was renamed into place.
            Assert.Equal(["out.tif"], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Contains("CCITT Group 4", Fixtures.Run("tiffinfo", path), StringComparison.Ordinal);
        }
        finally
        {
            source.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void SaveMultipageTiffG4_replaces_an_existing_file_instead_of_appending_to_it()
    {
        var folder = Fixtures.NewFolder("multi2");
        var path = Path.Combine(folder, "out.tif");
        var source = Image.LoadPages(Fixtures.SampleTiffG4(pages: 3)).ToList();
        try
        {
            Image.SaveMultipageTiffG4(path, source);
            Image.SaveMultipageTiffG4(path, source.Take(2));

            Assert.Equal(2, Image.LoadPages(path).Select(p =>
            {
                p.Dispose();
                return 1;
            }).Sum());
        }
        finally
        {
            source.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void ToPngBytes_and_ToTiffG4Bytes_re_read_equal()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 3));

        var png = page.ToPngBytes();
        var tiff = page.ToTiffG4Bytes();

        Assert.Equal(ImageFormat.Png, Image.SniffFormat(png));
        Assert.Equal(ImageFormat.Tiff, Image.SniffFormat(tiff));
        using var fromPng = Image.Load(png);
        using var fromTiff = Assert.Single(Image.LoadPages(tiff));
        foreach (var back in new[] { fromPng, fromTiff })
        {
            Assert.Equal((page.Width, page.Height, 1), (back.Width, back.Height, back.Depth));
            Assert.Equal(page.CountInk(), back.CountInk());
        }

        // G4 is far smaller than PNG for a text page; both are far smaller than the raw bits.
        Assert.True(tiff.Length < png.Length, $"G4 {tiff.Length} bytes, PNG {png.Length} bytes");
        Assert.True(png.Length < page.Pixels / 8);
    }

    [Fact]
    public void ToPngBytes_of_a_gray_page_re_reads_equal()
    {
        using var page = Image.Load(Fixtures.SamplePng());

        using var back = Image.Load(page.ToPngBytes());

        Assert.Equal((page.Width, page.Height, 8), (back.Width, back.Height, back.Depth));
        AssertSameBinaryInk(page, back);
    }

    private static void AssertSameBinaryInk(Image a, Image b)
    {
        using var ba = a.ToBinary();
        using var bb = b.ToBinary();
        Assert.Equal(ba.CountInk(), bb.CountInk());
    }
}
