using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;

namespace FilingExtractor.Layout.Tests;

public sealed class BrokenLinesTests
{
    private const int Dpi = 200;

    /// <summary>A line of one word per entry: (text, left, top); words are 10 px a letter, 20 px tall.</summary>
    private static TextLine Line(params (string Text, int Left, int Top)[] words) =>
        new([.. words.Select(w => new Word([new Glyph(w.Text, new PixelRect(w.Left, w.Top, w.Text.Length * 10, 20), 90, [])], 90))]);

    private static PageText Page(params TextBlock[] blocks) => new(blocks, 1700, 2200, new Resolution(Dpi, false), TextOrigin.Ocr);

    [Fact]
    public void Pieces_of_one_printed_line_in_separate_blocks_become_one_line()
    {
        // "5. Indicate below the amount of th" | blot (39 px, 0.2 in) | "jjusted gross proceeds": one printed line.
        var left = Line(("5.", 98, 239), ("Indicate", 128, 239), ("th", 379, 240));
        var right = Line(("jjusted", 438, 239), ("gross", 518, 241));
        var below = Line(("known,", 98, 265));
        var page = BrokenLines.Join(Page(new TextBlock([left]), new TextBlock([right, below])), Dpi);

        Assert.Equal(["5. Indicate th jjusted gross", "known,"], page.Lines.Select(l => l.Text));
        Assert.Equal(2, page.Blocks.Count);
        Assert.Equal(PixelRect.FromEdges(98, 239, 568, 261), page.Lines.First().Box);
        var match = LabelMatcher.Find(page, "Indicate th jjusted");
        Assert.NotNull(match);
    }

    [Fact]
    public void A_label_and_its_answer_across_a_slot_and_lines_on_other_rows_stay_apart()
    {
        var label = Line(("Legal", 100, 500), ("Fees", 160, 500));
        var answer = Line(("$", 1100, 500), ("12,000", 1130, 500)); // 4.7 in to the right
        var lower = Line(("Accounting", 210, 530)); // next row: overlaps the label by 0 px
        var page = Page(new TextBlock([label]), new TextBlock([answer]), new TextBlock([lower]));

        var joined = BrokenLines.Join(page, Dpi);

        Assert.Same(page, joined);
        Assert.Equal(["Legal Fees", "$ 12,000", "Accounting"], joined.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Runs_of_three_pieces_join_in_reading_order()
    {
        var c = Line(("c", 180, 100));
        var a = Line(("a", 100, 100));
        var b = Line(("b", 140, 102));
        var joined = BrokenLines.Join(Page(new TextBlock([c]), new TextBlock([b, a])), Dpi);

        Assert.Equal(["a b c"], joined.Lines.Select(l => l.Text));
    }
}
