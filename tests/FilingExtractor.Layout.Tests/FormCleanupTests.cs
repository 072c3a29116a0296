using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout.Tests;

public sealed class FormCleanupTests
{
    [Fact]
    public void Rules_boxes_and_leaders_are_erased_and_text_strokes_and_the_input_are_kept()
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

        // Letter-sized strokes: a stem and a bowl's worth of ink, shorter than any rule.
        var stem = new PixelRect(300, 520, 5, 40);
        var bar = new PixelRect(320, 540, 30, 5);
        page.Blacken(stem);
        page.Blacken(bar);
        var inkBefore = page.CountInk();

        var boxes = Checkboxes.Find(page, dpi);
        Assert.Single(boxes);
        using var ocr = FormCleanup.OcrImage(page, dpi, boxes);

        Assert.Equal(0, ocr.CountInk(rule));
        Assert.Equal(0, ocr.CountInk(box));
        Assert.Equal(0, ocr.CountInk(new PixelRect(395, 445, 20 * pitch + 10, 14)));
        Assert.Equal(stem.Width * stem.Height, ocr.CountInk(stem));
        Assert.Equal(bar.Width * bar.Height, ocr.CountInk(bar));
        Assert.Equal((stem.Width * stem.Height) + (bar.Width * bar.Height), ocr.CountInk());
        Assert.Equal(inkBefore, page.CountInk());
    }
}
