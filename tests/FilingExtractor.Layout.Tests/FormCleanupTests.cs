using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout.Tests;

public sealed class FormCleanupTests
{
    [Fact]
    public void Rules_boxes_leaders_and_rule_dashes_are_erased_and_letters_bold_words_and_the_input_are_kept()
    {
        const int dpi = 300;
        using var page = Image.CreateBlank(8 * dpi / 2, dpi * 2, 1);
        // A form rule across the page, 3 px thick.
        var rule = new PixelRect(50, 100, 3 * dpi, 3);
        page.Blacken(rule);
        // A checkbox frame 0.12 in square, stroke 4 px, with a mark inside.
        var box = new PixelRect(200, 300, 36, 36);
        page.Blacken(new PixelRect(box.Left, box.Top, box.Width, 4));
        page.Blacken(new PixelRect(box.Left, box.Bottom - 4, box.Width, 4));
        page.Blacken(new PixelRect(box.Left, box.Top, 4, box.Height));
        page.Blacken(new PixelRect(box.Right - 4, box.Top, 4, box.Height));
        page.Blacken(new PixelRect(box.Left + 10, box.Top + 10, 16, 16));
        // A dot leader of 20 periods at the form's pitch.
        var pitch = (int)Math.Round(0.044 * dpi);
        for (var i = 0; i < 20; i++)
        {
            page.Blacken(new PixelRect(400 + (i * pitch), 450, 4, 4));
        }

        // A letter "L": stem and foot, shorter than any rule.
        var stem = new PixelRect(300, 520, 5, 40);
        var foot = new PixelRect(300, 555, 30, 5);
        page.Blacken(stem);
        page.Blacken(foot);
        // A heavy bold word whose letters run together along the baseline for 0.5 in: the run passes the
        // rule test, but stems stand on it all along, so it stays.
        var word = new PixelRect(600, 700, 150, 45);
        for (var x = word.Left; x < word.Right; x += 15)
        {
            page.Blacken(new PixelRect(x, word.Top, 8, word.Height));
        }

        page.Blacken(new PixelRect(word.Left, word.Bottom - 4, word.Width, 4));
        var wordInk = page.CountInk(word);
        // A dash left of a broken rule: too short for the rule test, flat as no letter is.
        var dash = new PixelRect(1000, 800, 40, 3);
        page.Blacken(dash);
        var inkBefore = page.CountInk();

        var boxes = Checkboxes.Find(page, dpi);
        Assert.Single(boxes);
        using var ocr = FormCleanup.OcrImage(page, dpi, boxes);

        Assert.Equal(0, ocr.CountInk(rule));
        Assert.Equal(0, ocr.CountInk(box));
        Assert.Equal(0, ocr.CountInk(new PixelRect(395, 445, 20 * pitch + 10, 14)));
        Assert.Equal(0, ocr.CountInk(dash));
        Assert.Equal(wordInk, ocr.CountInk(word));
        const int letterInk = (5 * 40) + (30 * 5) - (5 * 5);
        Assert.Equal(letterInk, ocr.CountInk(PixelRect.FromEdges(290, 510, 340, 570)));
        Assert.Equal(letterInk + wordInk, ocr.CountInk());
        Assert.Equal(inkBefore, page.CountInk());
    }

    /// <summary>
    /// Typed text set low in its cell sits on the cell's lower rule (syn-31's related persons): the rule
    /// goes, but the pixels where a letter's stroke crosses it stay, so the letter is not cut in two. A
    /// caption printed a few pixels under the rule is not joined to the letters above it.
    /// </summary>
    [Fact]
    public void Strokes_crossing_an_erased_rule_keep_their_pixels_and_a_caption_under_it_stays_apart()
    {
        const int dpi = 200;
        using var page = Image.CreateBlank(4 * dpi, dpi, 1);
        var rule = new PixelRect(20, 100, 3 * dpi, 3);
        page.Blacken(rule);
        // A stem from above the rule to below it (a "g"'s or "j"'s descender, a letter set low).
        var stem = new PixelRect(200, 80, 3, 30);
        page.Blacken(stem);
        // A letter standing on the rule, nothing below it; and a caption's letter 5 px under the rule.
        var above = new PixelRect(300, 85, 3, 15);
        page.Blacken(above);
        var caption = new PixelRect(300, 108, 3, 12);
        page.Blacken(caption);

        using var ocr = FormCleanup.OcrImage(page, dpi, []);

        Assert.Equal(stem.Area, ocr.CountInk(stem));
        Assert.Equal(stem.Area, ocr.CountInk(PixelRect.FromEdges(190, 70, 215, 120)));
        Assert.Equal(0, ocr.CountInk(PixelRect.FromEdges(20, 100, 190, 103)));
        // The letter on the rule loses the row the rule's ragged-edge margin takes, and nothing bridges down.
        Assert.Equal(0, ocr.CountInk(PixelRect.FromEdges(300, 99, 303, 108)));
        Assert.Equal(above.Area - 3, ocr.CountInk(above));
        Assert.Equal(caption.Area, ocr.CountInk(caption));
    }

    /// <summary>
    /// Strokes 2 px wide at 200 DPI (0.01 in, a clean scan's print) are left as they are; the same strokes bled to
    /// 6 px (0.03 in) measure so and are eroded by a 2-pixel brick, the most a page is thinned by: a pixel off
    /// each stroke's width, none vanishing.
    /// </summary>
    [Fact]
    public void A_page_whose_strokes_bled_is_thinned_and_a_clean_one_is_left_as_it_is()
    {
        const int dpi = 200;
        using var clean = Strokes(dpi, 2);
        using var bled = Strokes(dpi, 6);

        Assert.Equal(2, clean.StrokeWidth(), 0.5);
        Assert.Equal(6, bled.StrokeWidth(), 0.5);
        Assert.Same(clean, FormCleanup.Thinned(clean, dpi));
        using var thinned = FormCleanup.Thinned(bled, dpi);
        Assert.NotSame(bled, thinned);
        Assert.Equal(5, thinned.StrokeWidth(), 0.5);
        Assert.Equal(40, thinned.ConnectedComponents().Count);
        Assert.Equal(40 * 5 * 59, thinned.CountInk());
    }

    /// <summary>A page of 40 vertical strokes 60 px tall and <paramref name="width"/> px wide, 20 px apart.</summary>
    private static Image Strokes(int dpi, int width)
    {
        var page = Image.CreateBlank(5 * dpi, 2 * dpi, 1);
        for (var i = 0; i < 40; i++)
        {
            page.Blacken(new PixelRect(20 + (i * 20), 100, width, 60));
        }

        return page;
    }
}
