using FilingExtractor.Core.Text;
using FilingExtractor.Imaging;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Sources.Tests;

public sealed class PageSourceTests
{
    private static List<SourcePage> ReadAll(string path, PageSourceOptions? options = null) =>
        InputCatalog.ReadPages(path, options).ToList();

    [Fact]
    public void MultipageG4Tiff_yields_every_page_in_order_with_its_resolution()
    {
        var pages = ReadAll(Fixtures.SampleTiffG4(pages: 3, dpi: 300));
        try
        {
            Assert.Equal([1, 2, 3], pages.Select(p => p.PageNumber));
            Assert.All(pages, p =>
            {
                Assert.True(p.Succeeded);
                Assert.Equal(InputKind.Tiff, p.Kind);
                Assert.Equal(300, p.Resolution.Dpi);
                Assert.False(p.Resolution.Assumed);
                Assert.Equal(1, p.Image!.Depth);
                Assert.Equal(2550, p.Image.Width); // 8.5 in x 300 DPI
                Assert.Equal(3300, p.Image.Height);
                Assert.Null(p.TextLayer);
            });
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Pnm_without_resolution_assumes_200_dpi_and_says_so()
    {
        var pgm = Fixtures.Render("sample-pgm", Fixtures.SamplePostScript(), "pgmraw", 150, ".pgm");
        using var page = Assert.Single(ReadAll(pgm));
        Assert.Equal(InputKind.Pnm, page.Kind);
        Assert.Equal(200, page.Resolution.Dpi);
        Assert.True(page.Resolution.Assumed);
        Assert.Contains("200 DPI assumed", page.Note, StringComparison.Ordinal);
        Assert.Equal(200, page.Image!.StoredDpi);
    }

    [Theory]
    [InlineData("pnggray", ".png", InputKind.Png, 8)]
    [InlineData("jpeggray", ".jpg", InputKind.Jpeg, 8)]
    [InlineData("tifflzw", ".tif", InputKind.Tiff, 1)]
    public void Single_images_are_read_with_their_stored_resolution(string device, string ext, InputKind kind, int depth)
    {
        var file = Fixtures.Render("single-" + device, Fixtures.SamplePostScript(), device, 200, ext);
        using var page = Assert.Single(ReadAll(file));
        Assert.Equal(kind, page.Kind);
        Assert.Equal(200, page.Resolution.Dpi);
        Assert.False(page.Resolution.Assumed);
        Assert.Equal(depth, page.Image!.Depth);
        Assert.Equal(1700, page.Image.Width);
    }

    [Fact]
    public void Image_only_pdf_yields_the_embedded_scan_at_native_resolution()
    {
        var pages = ReadAll(Fixtures.SampleImagePdf(pages: 2, dpi: 200));
        try
        {
            Assert.Equal(2, pages.Count);
            Assert.All(pages, p =>
            {
                Assert.True(p.Succeeded, p.Error?.Message);
                Assert.Equal(InputKind.Pdf, p.Kind);
                Assert.Equal(200, p.Resolution.Dpi);
                Assert.Equal(1, p.Image!.Depth);
                Assert.Equal(1700, p.Image.Width); // the scan's own pixels, not a 300 DPI render
                Assert.Equal(2200, p.Image.Height);
                Assert.Contains("ccitt", p.Note, StringComparison.Ordinal);
                Assert.Null(p.TextLayer);
            });
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Image_pdf_ink_equals_the_tiff_it_was_made_from()
    {
        var tif = Fixtures.SampleTiffG4(pages: 2, dpi: 200);
        var pdfPages = ReadAll(Fixtures.SampleImagePdf(pages: 2, dpi: 200));
        var tifPages = ReadAll(tif);
        try
        {
            Assert.Equal(tifPages[0].Image!.CountInk(), pdfPages[0].Image!.CountInk());
            Assert.Equal(tifPages[1].Image!.CountInk(), pdfPages[1].Image!.CountInk());
        }
        finally
        {
            pdfPages.ForEach(p => p.Dispose());
            tifPages.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Rotated_image_pdf_page_is_extracted_as_displayed()
    {
        var src = Fixtures.SampleImagePdf(pages: 2, dpi: 200);
        var rotated = Path.Combine(Fixtures.NewFolder("rot"), "rotated.pdf");
        Fixtures.Run("qpdf", "--rotate=+90:1", src, rotated);
        var pages = ReadAll(rotated);
        try
        {
            Assert.Equal((2200, 1700), (pages[0].Image!.Width, pages[0].Image!.Height));
            Assert.Equal((1700, 2200), (pages[1].Image!.Width, pages[1].Image!.Height));
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Text_pdf_is_rendered_at_300_dpi_with_its_text_layer_in_pixels()
    {
        using var page = Assert.Single(ReadAll(Fixtures.SampleTextPdf()));
        Assert.Equal(300, page.Resolution.Dpi);
        Assert.Equal(8, page.Image!.Depth);
        Assert.Equal(2550, page.Image.Width);
        Assert.Contains("rendered at 300 DPI", page.Note, StringComparison.Ordinal);
        var layer = Assert.IsType<PageText>(page.TextLayer);
        Assert.Equal(TextOrigin.TextLayer, layer.Origin);
        Assert.Contains(layer.Lines, l => l.Text == "Capstone Turbine Corporation");
        Assert.Contains(layer.Lines, l => l.Text == "(818) 734-5300");

        // "Capstone" is drawn at x = 72 pt with its baseline 672 pt above the bottom of a 792 pt page in
        // 12 pt Courier (advance 0.6 em = 7.2 pt). At 300 DPI: left 300 px, baseline (792 - 672) * 300 / 72
        // = 500 px from the top (the box reaches the descent below it), 8 x 7.2 pt = 57.6 pt = 240 px wide.
        var word = layer.Words.First(w => w.Text == "Capstone");
        Assert.InRange(word.Box.Left, 298, 302);
        Assert.InRange(word.Box.Bottom, 500, 512);
        Assert.InRange(word.Box.Width, 238, 242);
        Assert.Equal(8, word.Glyphs.Count);
        Assert.Equal(word.Box, Core.Geometry.PixelRect.UnionAll(word.Glyphs.Select(g => g.Box)));
    }

    [Fact]
    public void Text_layer_can_be_turned_off()
    {
        using var page = Assert.Single(ReadAll(Fixtures.SampleTextPdf(), PageSourceOptions.Default with { UseTextLayer = false }));
        Assert.Null(page.TextLayer);
    }

    [Fact]
    public void Pdf_page_that_is_not_one_full_page_image_is_rendered()
    {
        // A page carrying a small picture plus text: rendering keeps both, extraction would lose the text.
        var ps = "%!PS\n<< /PageSize [612 792] >> setpagedevice\n/Courier findfont 12 scalefont setfont 72 700 moveto (Header text) show\n"
            + "gsave 300 300 translate 100 100 scale 8 8 1 [8 0 0 8 0 0] {<00ff00ff00ff00ff>} image grestore showpage\n";
        var pdf = Fixtures.Render("mixed", ps, "pdfwrite", 72, ".pdf");
        using var page = Assert.Single(ReadAll(pdf, PageSourceOptions.Default with { RenderDpi = 150 }));
        Assert.Equal(150, page.Resolution.Dpi);
        Assert.Equal(1275, page.Image!.Width);
        Assert.Contains("rendered", page.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_expand_recursively_in_a_stable_ordinal_order()
    {
        var dir = Fixtures.NewFolder("tree");
        foreach (var rel in new[] { "b/z.pdf", "a.tif", "b/a/x.png", "B.png", "notes.txt", "c/d/e.jpeg" })
        {
            var full = Path.Combine(dir, rel);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, "x");
        }

        var files = InputCatalog.Expand([dir]).Select(f => Path.GetRelativePath(dir, f)).ToList();
        Assert.Equal(["B.png", "a.tif", "b/a/x.png", "b/z.pdf", "c/d/e.jpeg"], files);
    }

    [Fact]
    public void In_memory_and_file_reads_agree()
    {
        var tif = Fixtures.SampleTiffG4(pages: 3, dpi: 300);
        var fromMemory = Image.LoadPages(File.ReadAllBytes(tif)).ToList();
        var fromFile = ReadAll(tif);
        try
        {
            Assert.Equal(fromFile.Count, fromMemory.Count);
            Assert.Equal(fromFile.Select(p => p.Image!.CountInk()), fromMemory.Select(i => i.CountInk()));
        }
        finally
        {
            fromMemory.ForEach(i => i.Dispose());
            fromFile.ForEach(p => p.Dispose());
        }
    }
}
