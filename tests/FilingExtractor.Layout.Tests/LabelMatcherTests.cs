using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;

namespace FilingExtractor.Layout.Tests;

public sealed class LabelMatcherTests
{
    private static PageText Page(params string[] lines)
    {
        var tl = new List<TextLine>();
        for (var y = 0; y < lines.Length; y++)
        {
            var x = 0;
            var words = new List<Word>();
            foreach (var w in lines[y].Split(' '))
            {
                words.Add(new Word([new Glyph(w, new PixelRect(x, y * 50, w.Length * 10, 30), 90, [])], 90));
                x += (w.Length + 1) * 10;
            }

            tl.Add(new TextLine(words));
        }

        return new PageText([new TextBlock(tl)], 2000, 3000, new Resolution(300, false), TextOrigin.Ocr);
    }

    [Fact]
    public void Labels_survive_ocr_errors()
    {
        var page = Page("A. BASIC IDENTIFICATION DATA", "Narne of lssuer (check if this is an amendment)", "Capstone Turbine Corporation", "Name of Offering (check if ...)");
        var m = LabelMatcher.Find(page, "Name of Issuer");
        Assert.NotNull(m);
        Assert.Equal(["Narne", "of", "lssuer"], m.Words.Select(w => w.Text));
        Assert.Equal(50, m.Box.Top);
        Assert.Equal(["(check", "if", "this", "is", "an", "amendment)"], m.WordsAfter.Select(w => w.Text));
        var offering = LabelMatcher.Find(page, "Name of Offering");
        Assert.NotNull(offering);
        Assert.Equal(150, offering.Box.Top);
    }

    [Fact]
    public void Different_labels_do_not_match_each_other()
    {
        var page = Page("Name of Offering", "Legal Fees", "Accounting Fees");
        Assert.Single(LabelMatcher.FindAll(page, "Name of Offering"));
        Assert.Null(LabelMatcher.Find(page, "Name of Issuer"));
        Assert.Equal(50, LabelMatcher.Find(page, "Legal Fees")!.Box.Top);
        Assert.Equal(100, LabelMatcher.Find(page, "Accounting Fees")!.Box.Top);
    }

    [Fact]
    public void A_rule_stub_read_as_a_bar_neither_joins_the_label_nor_keeps_it_from_starting_its_line()
    {
        // syn-01's federal signature block as OCR read it: the cell's left rule is a "|" before the caption.
        var page = Page("| Issuer (Print or Type) | Signature | Date", "Name of Signer (Print or Type)");
        var m = LabelMatcher.Find(page, "Issuer (Print or Type)");
        Assert.NotNull(m);
        Assert.Equal(["Issuer", "(Print", "or", "Type)"], m.Words.Select(w => w.Text));
        Assert.True(m.StartsLine);
        Assert.True(LabelMatcher.IsPunctuation("|"));
        Assert.False(LabelMatcher.IsPunctuation("l"));
    }

    [Fact]
    public void Punctuation_left_by_a_box_mark_is_not_part_of_the_label()
    {
        // A checked box's overshooting stroke is read as a dash before its label; the label's box must not reach over the box.
        var page = Page("Type of Filing: — New Filing", "— Legal Fees");
        var m = LabelMatcher.Find(page, "New Filing");
        Assert.NotNull(m);
        Assert.Equal(["New", "Filing"], m.Words.Select(w => w.Text));
        Assert.Equal(180, m.Box.Left);
        Assert.False(m.StartsLine);
        var fees = LabelMatcher.Find(page, "Legal Fees");
        Assert.NotNull(fees);
        Assert.Equal(1, fees.WordIndex);
        Assert.True(fees.StartsLine);
    }

    [Theory]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("kitten", "sitting", 1 - (3 / 7.0))]
    [InlineData("", "", 1.0)]
    public void Similarity_is_one_minus_normalised_edit_distance(string a, string b, double expected) =>
        Assert.Equal(expected, LabelMatcher.Similarity(a, b), 6);

    /// <summary>
    /// "Rule 506" read as "Rute 506" scores no better than "Rule 505" beside it, and alone the first on the
    /// line wins; every run of a line is a candidate, and placed together in printed order each label gets
    /// its own words.
    /// </summary>
    [Fact]
    public void Labels_side_by_side_are_placed_together_in_printed_order()
    {
        var page = Page("Filing Under: Rute 504 Rule 505 Rute 506 Section 4(6) ULOE");
        var options = new LabelMatchOptions { MinScore = 0.75 };
        Assert.Equal("505", LabelMatcher.Find(page, "Rule 506", options)!.Words[^1].Text);
        string[] labels = ["Rule 504", "Rule 505", "Rule 506", "Section 4(6)", "ULOE"];
        var candidates = labels.Select(l => LabelMatcher.FindEveryRun(page, l, options)).ToList();
        Assert.Equal(["505", "506"], candidates[2].Select(m => m.Words[^1].Text));

        var placed = LabelMatcher.BestInOrder(candidates, (left, m) => m.Box.Left >= left.Box.Right);

        Assert.Equal(["504", "505", "506", "4(6)", "ULOE"], placed.Select(m => m!.Words[^1].Text));
    }
}
