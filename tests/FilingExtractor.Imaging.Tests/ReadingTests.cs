using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Decoding every input format the archive holds, from a path and from memory.</summary>
public sealed class ReadingTests
{
    [Fact]
    public void MultipageG4Tiff_from_path_has_three_bilevel_pages_of_letter_size_at_300_dpi()
    {
        var path = Fixtures.SampleTiffG4(pages: 3);

        var pages = Image.LoadPages(path).ToList();
        try
        {
            Assert.Equal(3, pages.Count);
            Assert.All(pages, p =>
            {
                Assert.Equal(TestPages.WidthPx, p.Width);
                Assert.Equal(TestPages.HeightPx, p.Height);
                Assert.Equal(1, p.Depth);
                Assert.Equal(300, p.StoredDpi);
                Assert.True(p.CountInk() > 20_000, "a page of text has ink");
                Assert.True(p.CountInk(TestPages.LineBand("Capstone Turbine Corporation")) > 3_000);
            });

            // The pages differ only by their "Page N" line, so the ink of the issuer line is identical.
            var issuer = TestPages.LineBand("Capstone Turbine Corporation");
            Assert.Single(pages.Select(p => p.CountInk(issuer)).Distinct());
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void MultipageG4Tiff_from_memory_matches_the_pages_read_from_path()
    {
        var path = Fixtures.SampleTiffG4(pages: 3);
        var fromPath = Image.LoadPages(path).ToList();
        var fromMemory = Image.LoadPages(File.ReadAllBytes(path)).ToList();
        try
        {
            Assert.Equal(3, fromMemory.Count);
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(fromPath[i].Width, fromMemory[i].Width);
                Assert.Equal(fromPath[i].Height, fromMemory[i].Height);
                Assert.Equal(300, fromMemory[i].StoredDpi);
                Assert.Equal(fromPath[i].CountInk(), fromMemory[i].CountInk());
            }
        }
        finally
        {
            fromPath.ForEach(p => p.Dispose());
            fromMemory.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Load_reads_only_the_first_page_of_a_multipage_tiff()
    {
        var path = Fixtures.SampleTiffG4(pages: 3);
        using var first = Image.Load(path);
        using var viaPages = Image.LoadPages(path).First();

        Assert.Equal(viaPages.CountInk(), first.CountInk());
        Assert.Equal(TestPages.WidthPx, first.Width);
    }

    public static TheoryData<string, string, int, int> Formats => new()
    {
        // device, extension, expected depth, expected stored DPI (PNM has no resolution field)
        { "tiffg4", ".tif", 1, 300 },
        { "tifflzw", ".tif", 1, 300 },
        { "tiffgray", ".tif", 8, 300 },
        { "pnggray", ".png", 8, 300 },
        { "jpeggray", ".jpg", 8, 300 },
        { "pgmraw", ".pgm", 8, 0 },
        { "pbmraw", ".pbm", 1, 0 },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_format_reads_from_path_and_memory_with_size_depth_and_stored_dpi(string device, string extension, int depth, int dpi)
    {
        var path = TestPages.Sample(device, extension);
        AssertSamplePage(path, depth, dpi);
    }

    [Fact]
    public void JpegCompressedTiff_made_by_tiffcp_reads_as_8_bit_gray_with_black_text_on_white()
    {
        var path = TestPages.SampleJpegTiff();
        Assert.Contains("JPEG", Fixtures.Run("tiffinfo", path), StringComparison.Ordinal);

        AssertSamplePage(path, depth: 8, dpi: 300);
    }

    [Fact]
    public void Pages_of_every_format_carry_the_same_text_ink_as_the_lossless_png()
    {
        using var reference = Image.Load(Fixtures.SamplePng());
        using var referenceBin = reference.ToBinary();
        var band = TestPages.LineBand("Capstone Turbine Corporation");
        var expected = referenceBin.CountInk(band);

        foreach (var path in new[] { TestPages.Sample("tifflzw", ".tif"), TestPages.Sample("jpeggray", ".jpg"), TestPages.SampleJpegTiff(), TestPages.Sample("pgmraw", ".pgm") })
        {
            using var image = Image.Load(path);
            using var bin = image.ToBinary();
            var ink = bin.CountInk(band);

            // Lossy JPEG and Ghostscript's different bilevel rendering move a few edge pixels only.
            Assert.InRange(ink, expected * 0.85, expected * 1.15);
        }
    }

    [Fact]
    public void ReadHeader_gives_format_and_size_without_decoding()
    {
        var cases = new (string Path, ImageFormat Format, int Bits, int Samples)[]
        {
            (Fixtures.SampleTiffG4(pages: 3), ImageFormat.Tiff, 1, 1),
            (TestPages.Sample("tifflzw", ".tif"), ImageFormat.Tiff, 1, 1),
            (TestPages.SampleJpegTiff(), ImageFormat.Tiff, 8, 1),
            (Fixtures.SamplePng(), ImageFormat.Png, 8, 1),
            (TestPages.Sample("jpeggray", ".jpg"), ImageFormat.Jpeg, 8, 1),
            (TestPages.Sample("pgmraw", ".pgm"), ImageFormat.Pnm, 8, 1),
            (TestPages.Sample("pbmraw", ".pbm"), ImageFormat.Pnm, 1, 1),
        };

        foreach (var (path, format, bits, samples) in cases)
        {
            var header = Image.ReadHeader(path);
            Assert.Equal(new ImageHeader(format, TestPages.WidthPx, TestPages.HeightPx, bits, samples), header);
            Assert.Equal((long)TestPages.WidthPx * TestPages.HeightPx, header.Pixels);
            Assert.Equal(header, Image.ReadHeader(File.ReadAllBytes(path)));
        }
    }

    [Fact]
    public void SniffFormat_recognises_the_magic_bytes_whatever_the_file_is_called()
    {
        var cases = new (string Path, ImageFormat Format)[]
        {
            (Fixtures.SampleTiffG4(pages: 3), ImageFormat.Tiff),
            (Fixtures.SamplePng(), ImageFormat.Png),
            (TestPages.Sample("jpeggray", ".jpg"), ImageFormat.Jpeg),
            (TestPages.Sample("pgmraw", ".pgm"), ImageFormat.Pnm),
            (TestPages.Sample("pbmraw", ".pbm"), ImageFormat.Pnm),
        };

        foreach (var (path, format) in cases)
        {
            var head = new byte[16];
            using (var stream = File.OpenRead(path))
            {
                stream.ReadExactly(head);
            }

            Assert.Equal(format, Image.SniffFormat(head));

            // Copied under a misleading name, the format still comes from the content.
            var renamed = Path.Combine(Fixtures.NewFolder("sniff"), "scan.pdf");
            File.Copy(path, renamed);
            Assert.Equal(format, Image.ReadHeader(renamed).Format);
        }

        // Leptonica knows PDF (and PostScript) but the project does not decode them as images.
        Assert.Equal(ImageFormat.Other, Image.SniffFormat("%PDF-1.4\n%abcdefgh"u8));
        Assert.Equal(ImageFormat.Unknown, Image.SniffFormat("just some text, not an image"u8));
        // Fewer than 12 bytes are never enough, even a valid PNG signature.
        Assert.Equal(ImageFormat.Unknown, Image.SniffFormat(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.Equal(ImageFormat.Unknown, Image.SniffFormat([]));
    }

    [Fact]
    public void Bad_input_raises_ImagingException_that_quotes_leptonica()
    {
        var folder = Fixtures.NewFolder("bad");
        var missing = Path.Combine(folder, "missing.tif");
        var garbage = Path.Combine(folder, "garbage.png");
        File.WriteAllBytes(garbage, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);

        var e1 = Assert.Throws<ImagingException>(() => Image.Load(missing));
        Assert.Contains("missing.tif", e1.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Leptonica reported no detail", e1.Message, StringComparison.Ordinal);

        Assert.Throws<ImagingException>(() => Image.Load(garbage));
        Assert.Throws<ImagingException>(() => Image.ReadHeader(garbage));
        Assert.Throws<ImagingException>(() => Image.Load(File.ReadAllBytes(garbage)));

        // A truncated TIFF: the header survives, the strips do not.
        var tiff = File.ReadAllBytes(Fixtures.SampleTiffG4(pages: 3));
        Assert.Throws<ImagingException>(() => Image.LoadPages(tiff[..64]).ToList().ForEach(p => p.Dispose()));
    }

    private static void AssertSamplePage(string path, int depth, int dpi)
    {
        using var fromPath = Image.Load(path);
        var fromMemoryPages = Image.LoadPages(File.ReadAllBytes(path)).ToList();
        var fromPathPages = Image.LoadPages(path).ToList();
        try
        {
            var fromMemory = Assert.Single(fromMemoryPages);
            Assert.Single(fromPathPages);
            foreach (var image in new[] { fromPath, fromMemory })
            {
                Assert.Equal(TestPages.WidthPx, image.Width);
                Assert.Equal(TestPages.HeightPx, image.Height);
                Assert.Equal(depth, image.Depth);
                Assert.Equal(dpi, image.StoredDpi);
            }

            // Black text on white paper: the issuer line has ink, an empty margin none.
            using var bin = fromMemory.ToBinary();
            Assert.True(bin.CountInk(TestPages.LineBand("Capstone Turbine Corporation")) > 3_000);
            Assert.Equal(0, bin.CountInk(new PixelRect(0, TestPages.HeightPx - 300, 300, 300)));
        }
        finally
        {
            fromMemoryPages.ForEach(p => p.Dispose());
            fromPathPages.ForEach(p => p.Dispose());
        }
    }
}
