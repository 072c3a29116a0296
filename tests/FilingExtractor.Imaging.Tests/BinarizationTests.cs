using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Adaptive binarisation of a page whose background darkens from top to bottom.</summary>
public sealed class BinarizationTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    // Bottom-left corner: the darkest background (gray 0.40 under the 0.55 strip), no text.
    private static readonly PixelRect DarkCorner = new(0, TestPages.HeightPx - 300, 300, 300);

    private static Image LoadGradientPage() =>
        Image.Load(Fixtures.Render("gradient-sample", TestPages.GradientSample(), "pnggray", TestPages.Dpi, ".png"));

    [Fact]
    public void ToBinaryAdaptive_gives_a_clean_1_bpp_page_where_a_global_threshold_fails()
    {
        using var page = LoadGradientPage();
        Assert.Equal(8, page.Depth);

        using var adaptive = page.ToBinaryAdaptive();
        using var global = page.ToBinary(160);

        Assert.Equal(1, adaptive.Depth);
        Assert.Equal((page.Width, page.Height, 300), (adaptive.Width, adaptive.Height, adaptive.StoredDpi));
        Assert.InRange(adaptive.CountInk(DarkCorner), 0, DarkCorner.Area / 1000);

        // Control: a fixed threshold turns the dark background into ink, so the test can tell them apart.
        Assert.True(global.CountInk(DarkCorner) > DarkCorner.Area / 2, $"global threshold corner ink {global.CountInk(DarkCorner)}");

        // The text survives: the issuer line holds about as much ink as on the clean page.
        using var clean = Image.Load(Fixtures.SampleTiffG4(pages: 1));
        var band = TestPages.LineBand("Capstone Turbine Corporation");
        Assert.InRange(adaptive.CountInk(band), clean.CountInk(band) * 0.7, clean.CountInk(band) * 1.4);
    }

    [Fact]
    public void Ocr_reads_the_adaptively_binarised_page()
    {
        using var page = LoadGradientPage();
        using var adaptive = page.ToBinaryAdaptive();

        using var session = fixture.Engine.BeginPage(adaptive, EngineFixture.Dpi300);
        var issuer = session.Read(TestPages.LineBand("Capstone Turbine Corporation"), OcrReadOptions.Field);
        var lower = session.Read(PixelRect.FromEdges(TestPages.Px(20), TestPages.Px(792 - 600), TestPages.Px(560), TestPages.Px(792 - 500)), OcrReadOptions.FullPage);

        Assert.Equal("Capstone Turbine Corporation", issuer.Text);
        Assert.Contains(lower.Lines, l => l.Text == "(818) 734-5300");
        Assert.Contains(lower.Lines, l => l.Text == "Legal Fees $ 30,000");
    }

    [Fact]
    public void ToBinaryAdaptive_of_a_bilevel_page_is_an_equal_copy()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));

        using var copy = page.ToBinaryAdaptive();
        copy.Whiten(new PixelRect(0, 0, TestPages.WidthPx, TestPages.HeightPx / 2));

        Assert.True(page.CountInk() > copy.CountInk());
        using var again = page.ToBinaryAdaptive();
        Assert.Equal(page.CountInk(), again.CountInk());
    }

    [Fact]
    public void ToBinaryAdaptive_handles_a_palette_png()
    {
        // Ghostscript's png256 device writes 8 bpp with a colour map.
        using var page = Image.Load(Fixtures.Render("sample-png256", Fixtures.SamplePostScript(), "png256", 150, ".png"));

        using var binary = page.ToBinaryAdaptive();

        Assert.Equal(1, binary.Depth);
        Assert.True(binary.CountInk(TestPages.LineBand("Capstone Turbine Corporation", dpi: 150)) > 1_000);
        Assert.Equal(0, binary.CountInk(new PixelRect(0, 1500, 100, 100)));
    }
}
