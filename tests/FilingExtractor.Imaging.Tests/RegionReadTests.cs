using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging.Ocr;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Field reads: rectangles of one page read through a single page session.</summary>
public sealed class RegionReadTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    // "Legal Fees $ 30,000" in 12 pt Courier (7.2 pt per character) from x = 72 pt: "$" is character 11,
    // "30,000" characters 13-18.
    private static readonly PixelRect LegalFeesLine = TestPages.LineBand("Legal Fees $ 30,000");
    private static readonly PixelRect AmountRegion = PixelRect.FromEdges(
        TestPages.Px(72 + (11 * 7.2) - 5), LegalFeesLine.Top, TestPages.Px(72 + (19 * 7.2) + 5), LegalFeesLine.Bottom);

    [Fact]
    public void Reading_the_amount_region_gives_the_amount_with_page_coordinates()
    {
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var text = session.Read(AmountRegion, OcrReadOptions.Field);

        Assert.Contains(text.Text.Trim(), new[] { "$ 30,000", "30,000", "$30,000" });
        var glyphs = text.Words.SelectMany(w => w.Glyphs).ToList();
        Assert.InRange(glyphs.Count, 6, 7);
        foreach (var glyph in glyphs)
        {
            // In page pixels, inside the requested rectangle, not relative to it (which would put them near 0,0).
            Assert.Equal(glyph.Box, glyph.Box.Intersect(AmountRegion));
            Assert.True(glyph.Box.Left > 600 && glyph.Box.Top > 1000, $"{glyph.Text} at {glyph.Box}");
        }

        // The amount's digits are where the PostScript drew them: "3" at character 13.
        var three = Assert.Single(glyphs, g => g.Text == "3");
        Assert.InRange(three.Box.Left, TestPages.Px(72 + (13 * 7.2)) - 10, TestPages.Px(72 + (13 * 7.2)) + 15);

        // The result's size is the page's, whatever rectangle was read.
        Assert.Equal((TestPages.WidthPx, TestPages.HeightPx), (text.Width, text.Height));
    }

    [Fact]
    public void WithAlternatives_lists_choices_best_first_starting_with_the_glyph_itself()
    {
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        foreach (var region in new[] { AmountRegion, TestPages.LineBand("Capstone Turbine Corporation"), TestPages.LineBand("(818) 734-5300") })
        {
            var text = session.Read(region, OcrReadOptions.Field);

            var glyphs = text.Words.SelectMany(w => w.Glyphs).ToList();
            Assert.NotEmpty(glyphs);
            foreach (var glyph in glyphs)
            {
                Assert.NotEmpty(glyph.Choices);
                Assert.Equal(glyph.Text, glyph.Choices[0].Text);
                var confidences = glyph.Choices.Select(c => c.Confidence).ToList();
                Assert.Equal(confidences.OrderDescending(), confidences);
                Assert.All(confidences, c => Assert.InRange(c, 0f, 100f));
            }

            // The LSTM's alternatives are real: some glyph has a runner-up (0 vs O, $ vs S, ...).
            Assert.Contains(glyphs, g => g.Choices.Count > 1);
        }
    }

    [Fact]
    public void Without_alternatives_each_glyph_has_itself_as_the_only_choice()
    {
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var text = session.Read(AmountRegion, OcrReadOptions.Field with { WithAlternatives = false });

        Assert.All(text.Words.SelectMany(w => w.Glyphs), g => Assert.Equal([new GlyphChoice(g.Text, g.Confidence)], g.Choices));
    }

    [Fact]
    public void CharacterWhitelist_is_honoured_and_reset_for_the_next_read()
    {
        // The region includes the word "Fees", which the whitelist does not allow.
        var region = PixelRect.FromEdges(TestPages.Px(72 + (6 * 7.2) - 5), LegalFeesLine.Top, AmountRegion.Right, LegalFeesLine.Bottom);
        const string Whitelist = "0123456789,$";
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var plain = session.Read(region, OcrReadOptions.Field);
        var limited = session.Read(region, OcrReadOptions.Field with { CharacterWhitelist = Whitelist });
        var again = session.Read(region, OcrReadOptions.Field);

        Assert.Equal("Fees $ 30,000", plain.Text);
        Assert.All(limited.Words.SelectMany(w => w.Glyphs), g => Assert.Contains(g.Text, Whitelist, StringComparison.Ordinal));
        Assert.Contains("30,000", limited.Text, StringComparison.Ordinal);
        Assert.Equal(plain.Text, again.Text);
    }

    [Fact]
    public void Several_regions_are_read_from_one_session()
    {
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var issuer = session.Read(TestPages.LineBand("Capstone Turbine Corporation"), OcrReadOptions.Field);
        var phone = session.Read(TestPages.LineBand("(818) 734-5300"), OcrReadOptions.Field);
        var amount = session.Read(AmountRegion, OcrReadOptions.Field);
        var address = session.Read(TestPages.LineBand("21211 Nordhoff Street, Chatsworth, CA 91311"), OcrReadOptions.Field);
        var issuerAgain = session.Read(TestPages.LineBand("Capstone Turbine Corporation"), OcrReadOptions.Field);

        Assert.Equal("Capstone Turbine Corporation", issuer.Text);
        Assert.Equal("(818) 734-5300", phone.Text);
        Assert.EndsWith("30,000", amount.Text, StringComparison.Ordinal);
        Assert.Equal("21211 Nordhoff Street, Chatsworth, CA 91311", address.Text);

        // Each read replaces the previous result: the same region gives the same words and boxes.
        Assert.Equal(issuer.Words.Select(w => (w.Text, w.Box)), issuerAgain.Words.Select(w => (w.Text, w.Box)));
        Assert.True(phone.Words.All(w => w.Box.Top > issuer.Lines.Single().Box.Bottom));
    }

    [Fact]
    public void Single_word_and_sparse_segmentation_read_a_region()
    {
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);
        // "Legal" with 8 pt of white either side (the LSTM sometimes invents a quote mark at a tight crop edge).
        var word = PixelRect.FromEdges(TestPages.Px(72 - 8), LegalFeesLine.Top, TestPages.Px(72 + (5 * 7.2) + 4), LegalFeesLine.Bottom);

        var single = session.Read(word, new OcrReadOptions { Segmentation = PageSegmentation.SingleWord });
        var sparse = session.Read(LegalFeesLine, new OcrReadOptions { Segmentation = PageSegmentation.SparseText });

        Assert.Equal("Legal", single.Text);
        Assert.Equal(["Legal", "Fees", "$", "30,000"], sparse.Words.Select(w => w.Text));
    }

    [Fact]
    public void A_region_outside_the_page_and_a_disposed_session_are_errors()
    {
        var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        Assert.Throws<ArgumentOutOfRangeException>(() => session.Read(new PixelRect(TestPages.WidthPx + 10, 0, 50, 50), OcrReadOptions.Field));
        session.Dispose();
        Assert.Throws<ObjectDisposedException>(() => session.Read(AmountRegion, OcrReadOptions.Field));

        // Disposing released the engine for the next page.
        using var next = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);
        Assert.EndsWith("30,000", next.Read(AmountRegion, OcrReadOptions.Field).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wide_region_reads_every_line_in_it()
    {
        // Most of the page width (one pixel short of it, see the skipped test below), three lines high.
        var region = PixelRect.FromEdges(0, TestPages.Px(792 - 560), TestPages.WidthPx - 1, TestPages.Px(792 - 500));
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var text = session.Read(region, OcrReadOptions.FullPage);

        var lines = text.Lines.Select(l => l.Text).Where(t => t.Trim().Length > 0).ToList();
        Assert.Equal(["Equity $ 3,984,567 $ 3,984,567", "Legal Fees $ 30,000", "Transfer Agent\u2019s Fees $ 500"], lines);
    }

    [Fact]
    public void A_region_spanning_the_full_page_width_reads_like_a_narrower_one()
    {
        var full = PixelRect.FromEdges(0, TestPages.Px(792 - 560), TestPages.WidthPx, TestPages.Px(792 - 500));
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var wide = session.Read(full, OcrReadOptions.FullPage);
        var narrower = session.Read(full with { Width = full.Width - 1 }, OcrReadOptions.FullPage);

        Assert.Contains(narrower.Lines, l => l.Text == "Legal Fees $ 30,000");
        Assert.Equal(narrower.Text, wide.Text);
    }

    [Fact]
    public void A_region_of_a_lower_resolution_scan_reads()
    {
        using var page = Image.Load(TestSupport.Fixtures.SamplePng(dpi: 200));
        using var session = fixture.Engine.BeginPage(page, new Resolution(200, false));

        var text = session.Read(TestPages.LineBand("Capstone Turbine Corporation", dpi: 200), OcrReadOptions.Field);

        Assert.Equal("Capstone Turbine Corporation", text.Text);
        Assert.Equal(200, text.Resolution.Dpi);
    }
}
