using System.Globalization;
using System.Text;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Layout.Tests;

public sealed class CheckboxTests
{
    /// <summary>The marks a filer makes, each drawn inside a 10 pt box at x (points), with its expected state.</summary>
    private static readonly string[] Labels = ["Promoter", "Director", "Amendment", "Corporation", "Preferred", "Common", "Estimated"];

    private static readonly (string Name, string Mark, bool? Expected)[] Marks =
    [
        ("empty", string.Empty, false),
        ("x", "1.2 setlinewidth bx 2 add by 2 add moveto bx 8 add by 8 add lineto stroke bx 8 add by 2 add moveto bx 2 add by 8 add lineto stroke", true),
        ("check", "1.4 setlinewidth bx 1.5 add by 5 add moveto bx 4 add by 1.5 add lineto bx 12 add by 13 add lineto stroke", true),
        ("filled", "bx 1.5 add by 1.5 add 7 7 rectfill", true),
        ("light-x", "0.6 setlinewidth bx 2 add by 2 add moveto bx 8 add by 8 add lineto stroke bx 8 add by 2 add moveto bx 2 add by 8 add lineto stroke", true),
        ("heavy-x", "2.2 setlinewidth bx 2 add by 2 add moveto bx 8 add by 8 add lineto stroke bx 8 add by 2 add moveto bx 2 add by 8 add lineto stroke", true),
        // A pen cross overshooting all four corners: it lengthens both sides and inks the ring around the box.
        ("overshooting-x", "1.2 setlinewidth bx 1.5 sub by 1.5 sub moveto bx 11.5 add by 11.5 add lineto stroke bx 11.5 add by 1.5 sub moveto bx 1.5 sub by 11.5 add lineto stroke", true),
    ];

    private static string Page()
    {
        var sb = new StringBuilder("%!PS\n<< /PageSize [612 792] >> setpagedevice\n/Helvetica findfont 9 scalefont setfont\n");
        for (var i = 0; i < Marks.Length; i++)
        {
            var x = 40 + (i * 80);
            const int y = 600;
            sb.Append(CultureInfo.InvariantCulture, $"/bx {x} def /by {y} def 0.8 setlinewidth {x} {y} 10 10 rectstroke {Marks[i].Mark}\n");
            sb.Append(CultureInfo.InvariantCulture, $"{x + 14} {y + 1} moveto ({Labels[i]}) show\n");
        }

        // A table rule and some text that must not be taken for boxes.
        sb.Append("0.8 setlinewidth 60 560 moveto 560 560 lineto stroke 300 500 moveto 300 580 lineto stroke\n");
        sb.Append("/Helvetica findfont 11 scalefont setfont 72 530 moveto (Illinois Limited lll HHH IIII) show\nshowpage\n");
        return sb.ToString();
    }

    [Theory]
    [InlineData(300)]
    [InlineData(200)]
    public void Every_kind_of_mark_is_read_and_tied_to_its_label(int dpi)
    {
        var path = Fixtures.Render(FormattableString.Invariant($"boxes-{dpi}"), Page(), "pnggray", dpi, ".png");
        using var gray = Image.Load(path);
        using var binary = gray.ToBinaryAdaptive();
        var boxes = Checkboxes.Find(binary, dpi);
        Assert.Equal(Marks.Length, boxes.Count);

        // OCR reads the page with the boxes and their marks erased, as the scan reader does.
        using var erased = binary.Clone();
        foreach (var b in boxes)
        {
            Checkboxes.Erase(erased, b, dpi);
        }

        using var engine = OcrEngine.Create();
        var text = engine.ReadPage(erased, new Resolution(dpi, false));
        for (var i = 0; i < Marks.Length; i++)
        {
            var label = LabelMatcher.Find(text, Labels[i]);
            Assert.NotNull(label);
            var box = Checkboxes.BoxLeftOf(boxes, label.Box, dpi);
            Assert.True(box is not null, $"{Marks[i].Name} at {dpi} DPI: no box left of {label.Box}; boxes {string.Join(" ", boxes)}");
            var side = 10 * dpi / 72.0;
            Assert.InRange(box.Value.Width, side * 0.85, side * 1.25);
            var reading = Checkboxes.Read(binary, box.Value);
            Assert.True(reading.Checked == Marks[i].Expected, $"{Marks[i].Name} at {dpi} DPI: ink {reading.InkRatio:F3}, read {reading.Checked}");
            Assert.True(reading.Confidence >= 50, $"{Marks[i].Name}: confidence {reading.Confidence}");
        }
    }

    [Fact]
    public void A_half_marked_box_is_unknown_not_false()
    {
        using var img = Image.CreateBlank(200, 200, 1);
        img.Blacken(new PixelRect(50, 50, 40, 2));
        img.Blacken(new PixelRect(50, 88, 40, 2));
        img.Blacken(new PixelRect(50, 50, 2, 40));
        img.Blacken(new PixelRect(88, 50, 2, 40));
        img.Blacken(new PixelRect(62, 62, 4, 4)); // a speck of 16 px inside a 24 x 24 inset: 2.8 %
        var reading = Checkboxes.Read(img, new PixelRect(50, 50, 40, 40));
        Assert.Null(reading.Checked);
        Assert.Equal(0f, reading.Confidence);
    }

    /// <summary>
    /// A heavily inked bold heading ("C. OFFERING PRICE, NUMBER OF INVESTORS, EXPENSES AND USE OF PROCEEDS",
    /// page 6 of the corpus's syn-01, 200 DPI) has letter pairs such as "ER" and "EN" that pass for frames
    /// with clean paper above and below; their neighbours' strokes at the sides must reject them, or the
    /// reading image loses those letters. The two estimate boxes further down stay.
    /// </summary>
    [Fact]
    public void Letter_pairs_of_a_bold_heading_are_not_boxes()
    {
        using var prepared = CorpusPage("syn-01.tif", 6, 200);
        var boxes = Checkboxes.Find(prepared.Image, 200);
        // The heading's row; one pair ("ED" of PROCEEDS, round on its right) still passes: a known false box.
        Assert.True(boxes.Count(b => b.Top < 150) <= 1, string.Join(" ", boxes.Where(b => b.Top < 150)));
        Assert.Equal(2, boxes.Count(b => b.Top is > 450 and < 500));
    }

    /// <summary>
    /// On a heavy 300 DPI scan (page 5 of the corpus's syn-28) two bold zeros side by side in a typed "4,000",
    /// "6,000" or "10,000" pass every frame test; taken for boxes they were erased from the reading image and
    /// the expenses read "4", "6" and "10". Only the printed estimate boxes of C.4.a's rows are boxes there,
    /// two of them filled in solid (Legal Fees and Total), which are found and read as checked.
    /// </summary>
    [Fact]
    public void Pairs_of_bold_zeros_in_a_typed_amount_are_not_boxes_and_solid_boxes_are()
    {
        using var prepared = CorpusPage("syn-28-p05.png", 1, 300);
        var expenseRows = Checkboxes.Find(prepared.Image, 300).Where(b => b.Top is > 2050 and < 2700).ToList();
        Assert.All(expenseRows, b => Assert.InRange(b.Left, 1900, 1970));
        Assert.Equal(8, expenseRows.Count);
        var states = expenseRows.Select(b => Checkboxes.Read(prepared.Image, b).Checked).ToList();
        Assert.Equal([false, false, true, false, false, false, false, true], states);
    }

    /// <summary>
    /// A heavy 200 DPI scan (page 3 of the corpus's syn-22): ink bleed makes each frame a quarter of its box
    /// thick and rounds its corners, a label's first letter bleeds up to the box, and a tick merges with its
    /// frame into one blob. The old search found 17 of the 30 role boxes and read 6-20 % of frame ink inside
    /// the empty ones. Every role box is found, no typed letter ("GP" of "Granite GP, LLC", "13" of an
    /// address, both bled into squares) is taken for one, and each reads the state the truth file gives.
    /// </summary>
    [Fact]
    public void Heavy_frames_and_marks_merged_with_them_are_found_and_read()
    {
        using var prepared = CorpusPage("syn-22-p03.png", 1, 200);
        var boxes = Checkboxes.Find(prepared.Image, 200);
        Assert.Equal(30, boxes.Count);
        var rows = boxes.GroupBy(b => b.Top / 50).ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, row => Assert.Equal(5, row.Count()));
        var thresholds = Checkboxes.ForPage(prepared.Image, boxes);
        bool?[][] expected =
        [
            [false, true, false, false, false], // Granite GP, LLC: Beneficial Owner
            [false, false, false, true, false], // Brennan: Director
            [false, false, false, true, false], // Garcia-Lopez: Director
            [false, false, true, false, false], // O'Brien: Executive Officer
            [false, false, false, false, false],
            [false, false, false, false, false],
        ];
        Assert.Equal(expected, rows.Select(row => row.OrderBy(b => b.Left).Select(b => Checkboxes.Read(prepared.Image, b, thresholds).Checked).ToArray()));
    }

    /// <summary>Page <paramref name="number"/> (1-based) of a corpus scan, prepared (binarized, deskewed) as the extractor prepares it.</summary>
    private static FilingExtractor.Imaging.Preprocessing.PreparedPage CorpusPage(string file, int number, int dpi)
    {
        using var page = Image.LoadPages(RepoPaths.Combine("corpus", "synthetic", file)).Skip(number - 1).First();
        var options = FilingExtractor.Imaging.Preprocessing.PreprocessOptions.Default with { CorrectOrientation = false };
        return FilingExtractor.Imaging.Preprocessing.PagePreprocessor.Prepare(page, new Resolution(dpi, false), null, options);
    }

    /// <summary>
    /// A heavy scan's speckle puts several percent of ink inside empty boxes, past the default threshold. A
    /// page's thresholds follow its noise floor (its least inked quarter of boxes): empty boxes read empty,
    /// marked ones checked; a clean page keeps the defaults.
    /// </summary>
    [Fact]
    public void A_noisy_pages_boxes_are_read_against_its_own_noise_floor()
    {
        using var page = Image.CreateBlank(1200, 200, 1);
        var boxes = Enumerable.Range(0, 10).Select(i => new PixelRect(20 + (i * 110), 50, 40, 40)).ToList();
        foreach (var (box, i) in boxes.Select((b, i) => (b, i)))
        {
            page.Blacken(new PixelRect(box.Left, box.Top, box.Width, 3));
            page.Blacken(new PixelRect(box.Left, box.Bottom - 3, box.Width, 3));
            page.Blacken(new PixelRect(box.Left, box.Top, 3, box.Height));
            page.Blacken(new PixelRect(box.Right - 3, box.Top, 3, box.Height));
            // Speckle: 4 or 5 dots of 2 x 2 in the 24 x 24 inset (about 3 % of it) in every box...
            for (var d = 0; d < 4 + (i % 2); d++)
            {
                page.Blacken(new PixelRect(box.Left + 10 + (d * 5), box.Top + 12 + (d % 3 * 6), 2, 2));
            }
        }

        // ... and a solid mark in the last two.
        page.Blacken(new PixelRect(boxes[8].Left + 8, boxes[8].Top + 8, 24, 24));
        page.Blacken(new PixelRect(boxes[9].Left + 8, boxes[9].Top + 8, 24, 24));

        Assert.True(boxes.Take(8).All(b => Checkboxes.Read(page, b).Checked != false), "the default threshold takes speckle for a mark");
        var options = Checkboxes.ForPage(page, boxes);
        Assert.Equal([false, false, false, false, false, false, false, false, true, true], boxes.Select(b => Checkboxes.Read(page, b, options).Checked));

        using var clean = Image.CreateBlank(1200, 200, 1);
        Assert.Same(CheckboxOptions.Default, Checkboxes.ForPage(clean, boxes));
    }

    /// <summary>
    /// A slot whose own box went unfound does not take the box of the row above, whose bottom is level with
    /// the slot's top at most (the degraded Capstone scan's empty Printing and Engraving box read the checked
    /// Transfer Agent's box above it); a box level with the slot is its own.
    /// </summary>
    [Fact]
    public void A_box_of_the_row_above_is_not_a_slots_box()
    {
        var above = new PixelRect(1326, 1406, 23, 22);
        var slot = PixelRect.FromEdges(1400, 1432, 1700, 1472);
        Assert.Null(Checkboxes.BoxLeftOf([above], slot, 200, 0.35));
        var own = new PixelRect(1326, 1448, 23, 22);
        Assert.Equal(own, Checkboxes.BoxLeftOf([above, own], slot, 200, 0.35));
    }
}
