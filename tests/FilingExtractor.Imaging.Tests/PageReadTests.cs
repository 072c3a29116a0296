using System.Globalization;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Full-page OCR of the sample page and the structure of what comes back.</summary>
public sealed class PageReadTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private PageText Page => fixture.SamplePageText;

    /// <summary>Words that carry text (the rules come back as blank words, see the skipped test below).</summary>
    private IEnumerable<Word> TextWords => Page.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text));

    [Theory]
    [InlineData("Capstone Turbine Corporation")]
    [InlineData("21211 Nordhoff Street, Chatsworth, CA 91311")]
    [InlineData("(818) 734-5300")]
    [InlineData("Name of Issuer")]
    [InlineData("Legal Fees $ 30,000")]
    public void Full_page_read_contains_the_expected_line(string expected)
    {
        var line = Assert.Single(Page.Lines, l => l.Text == expected);

        // The line sits where the PostScript put it: its box overlaps the band of that line.
        var band = TestPages.LineBand(expected);
        Assert.True(line.Box.Intersect(band) == line.Box, $"{line.Box} inside {band}");
    }

    [Fact]
    public void Page_text_describes_the_image()
    {
        Assert.Equal(TestPages.WidthPx, Page.Width);
        Assert.Equal(TestPages.HeightPx, Page.Height);
        Assert.Equal(EngineFixture.Dpi300, Page.Resolution);
        Assert.Equal(TextOrigin.Ocr, Page.Origin);
        Assert.Contains("Capstone Turbine Corporation\n", Page.Text, StringComparison.Ordinal);
        Assert.InRange(Page.MeanConfidence, 80f, 100f);
    }

    [Fact]
    public void Words_come_in_reading_order_top_to_bottom_then_left_to_right()
    {
        var words = TextWords.ToList();
        Assert.Equal(38, words.Count); // the words of the eleven lines the PostScript draws

        for (var i = 1; i < words.Count; i++)
        {
            var (a, b) = (words[i - 1].Box, words[i].Box);
            var sameLine = b.Top < a.Bottom && a.Top < b.Bottom;
            Assert.True(
                sameLine ? b.Left > a.Left : b.Top >= a.Bottom,
                $"'{words[i - 1].Text}' {a} is not before '{words[i].Text}' {b}");
        }

        var sequence = words.Select(w => w.Text).ToList();
        var order = new[] { "FORM", "Issuer", "Capstone", "Turbine", "Corporation", "Nordhoff", "(818)", "Equity", "Legal", "Transfer" }
            .Select(t => sequence.IndexOf(t)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Word_and_line_boxes_are_the_unions_of_their_parts_and_lie_in_the_image()
    {
        var image = new PixelRect(0, 0, Page.Width, Page.Height);
        foreach (var line in Page.Lines)
        {
            Assert.NotEmpty(line.Words);
            Assert.Equal(PixelRect.UnionAll(line.Words.Select(w => w.Box)), line.Box);
            foreach (var word in line.Words)
            {
                Assert.NotEmpty(word.Glyphs);
                Assert.Equal(PixelRect.UnionAll(word.Glyphs.Select(g => g.Box)), word.Box);
                Assert.Equal(string.Concat(word.Glyphs.Select(g => g.Text)), word.Text);
                Assert.InRange(word.Confidence, 0f, 100f);
                foreach (var glyph in word.Glyphs)
                {
                    Assert.False(glyph.Box.IsEmpty, $"glyph '{glyph.Text}' of '{word.Text}' has an empty box");
                    Assert.Equal(glyph.Box, glyph.Box.Intersect(image));
                    Assert.InRange(glyph.Confidence, 0f, 100f);
                }
            }
        }

        foreach (var block in Page.Blocks)
        {
            Assert.Equal(PixelRect.UnionAll(block.Lines.Select(l => l.Box)), block.Box);
        }
    }

    [Fact]
    public void Glyph_boxes_are_character_sized_and_left_to_right()
    {
        // Courier 12 pt at 300 DPI: 7.2 pt advance = 30 px, capitals about 25-37 px high.
        var capstone = Assert.Single(TextWords, w => w.Text == "Capstone");
        Assert.Equal(8, capstone.Glyphs.Count);
        Assert.All(capstone.Glyphs, g => Assert.InRange(g.Box.Width, 8, 32));
        Assert.All(capstone.Glyphs, g => Assert.InRange(g.Box.Height, 15, 45));
        var lefts = capstone.Glyphs.Select(g => g.Box.Left).ToList();
        Assert.Equal(lefts.Order(), lefts);
        Assert.InRange(capstone.Glyphs[^1].Box.Left - capstone.Glyphs[0].Box.Left, 7 * 30 - 10, 7 * 30 + 10);
        Assert.InRange(capstone.Box.Left, TestPages.Px(72) - 3, TestPages.Px(72) + 8);
    }

    [Fact]
    public void Word_boxes_agree_with_tesseracts_own_tsv()
    {
        string tsv;
        using (var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300))
        {
            tsv = session.ReadTsv(1);
        }

        var tsvWords = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split('\t'))
            .Where(c => c[0] == "5" && c[11].Trim().Length > 0)
            .Select(c => (Text: c[11], Box: new PixelRect(Int(c[6]), Int(c[7]), Int(c[8]), Int(c[9]))))
            .ToList();
        var words = TextWords.ToList();

        Assert.Equal(tsvWords.Select(w => w.Text), words.Select(w => w.Text));
        for (var i = 0; i < words.Count; i++)
        {
            var (a, b) = (words[i].Box, tsvWords[i].Box);
            Assert.True(
                Math.Abs(a.Left - b.Left) <= 3 && Math.Abs(a.Top - b.Top) <= 3 && Math.Abs(a.Right - b.Right) <= 3 && Math.Abs(a.Bottom - b.Bottom) <= 3,
                $"'{words[i].Text}': glyph union {a}, TSV {b}");
        }

        static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Rules_do_not_come_back_as_blank_words()
    {
        Assert.DoesNotContain(Page.Words, w => string.IsNullOrWhiteSpace(w.Text));
    }

    [Fact]
    public void ReadText_gives_the_plain_text_of_a_region()
    {
        using var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);

        var text = session.ReadText(TestPages.LineBand("21211 Nordhoff Street, Chatsworth, CA 91311"), OcrReadOptions.Field);

        Assert.Equal("21211 Nordhoff Street, Chatsworth, CA 91311", text.Trim());
    }

    [Fact]
    public void A_blank_page_reads_as_no_words()
    {
        using var blank = Image.CreateBlank(1275, 1650, 1);

        var page = fixture.Engine.ReadPage(blank, new Resolution(150, false));

        Assert.Empty(page.Words);
        Assert.Equal(0f, page.MeanConfidence);
        Assert.Equal((1275, 1650), (page.Width, page.Height));
    }

    [Fact]
    public void A_bilevel_g4_page_reads_the_same_lines()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));

        var text = fixture.Engine.ReadPage(page, EngineFixture.Dpi300);

        Assert.Contains(text.Lines, l => l.Text == "Capstone Turbine Corporation");
        Assert.Contains(text.Lines, l => l.Text == "Page 1");
    }
}
