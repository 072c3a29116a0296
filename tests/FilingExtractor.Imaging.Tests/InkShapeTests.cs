using System.Globalization;
using System.Text;
using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>
/// Leptonica's rank Hausdorff test through <see cref="InkShape"/>: two prints of one line match despite noise
/// and a different place on the page; a line of the same letters in another order, or one with a word typed over
/// it, does not. One digit in a long line is within the test's tolerance: what matches is only as sure as that.
/// </summary>
public sealed class InkShapeTests
{
    private const float Rank = 0.97f;

    private const string Column3 = "Answer also in Appendix, Column 3, if filing under ULOE.";

    /// <summary>
    /// Lines of 8 pt Helvetica at 300 DPI (G4): the same caption twice (the second 37.3 pt to the right), the caption
    /// one digit apart, the caption with a name typed on it, two lines of the same words in another order, the roles
    /// line with and without a digit typed in a gap, a name typed alone, and the caption with that name typed 5 pt
    /// above its baseline, the name's lower half among the caption's capitals and ascenders.
    /// </summary>
    private static readonly (double X, double Y, string Text, string? Typed, double Rise)[] Lines =
    [
        (72, 700, Column3, null, 0),
        (109.3, 640, Column3, null, 0),
        (72, 580, "Answer also in Appendix, Column 4, if filing under ULOE.", null, 0),
        (72, 520, Column3, "Lee", -1),
        (72, 460, "Name of Associated Broker or Dealer", null, 0),
        (72, 400, "Name of Associated Dealer or Broker", null, 0),
        (72, 340, Roles, null, 0),
        (72, 280, Roles, "1", -1),
        (72, 220, string.Empty, "Lee Morgan", 0),
        (72, 160, Column3, "Lee Morgan", 5),
    ];

    private const string Roles = "Check Box(es) that Apply: Promoter Beneficial Owner Executive Officer Director General and/or Managing Partner";

    private static string Page()
    {
        var ps = new StringBuilder();
        foreach (var (x, y, text, typed, rise) in Lines)
        {
            ps.Append(CultureInfo.InvariantCulture, $"/Helvetica findfont 8 scalefont setfont {x} {y} moveto ({TestPages.Escape(text)}) show\n");
            if (typed is not null)
            {
                // Typed over the print: a name, or a lone digit in a gap of the roles line.
                var size = typed.Length == 1 ? 7 : 10;
                var at = typed.Length == 1 ? x + 118 : x + 150;
                ps.Append(CultureInfo.InvariantCulture, $"/Courier findfont {size} scalefont setfont {at} {y + rise} moveto ({typed}) show\n");
            }
        }

        return Fixtures.Render("ink-shapes-5", TestPages.Document(ps.ToString()), "tiffg4", TestPages.Dpi, ".tif");
    }

    /// <summary>The line's crop: a fixed size about its baseline, so that all crops are the same size and only their ink differs.</summary>
    private static InkShape Shape(Image page, int line, int? noiseSeed = null)
    {
        var (x, y, _, _, _) = Lines[line];
        // The roles line runs about 440 pt; the others under 250.
        using var crop = page.Crop(TestPages.FromPoints(x - 4, y - 4, Lines[line].Text == Roles ? 450 : 250, 14));
        if (noiseSeed is { } seed)
        {
            // Scanner noise: single pixels flipped along and around the strokes (about 1 % of the ink).
            var random = new Random(seed);
            var flips = crop.CountInk() / 100;
            for (var i = 0; i < flips; i++)
            {
                var dot = new PixelRect(random.Next(crop.Width), random.Next(crop.Height), 1, 1);
                if (crop.CountInk(dot) == 0 && random.Next(2) == 0)
                {
                    crop.Blacken(dot);
                }
                else
                {
                    crop.Whiten(dot);
                }
            }
        }

        return InkShape.From(crop, 3);
    }

    [Fact]
    public void Two_prints_of_a_line_match_wherever_they_stand_and_despite_noise()
    {
        using var page = Image.Load(Page());
        using var first = Shape(page, 0);
        using var second = Shape(page, 1, noiseSeed: 5);

        Assert.True(first.Ink > 1000);
        Assert.True(first.Matches(second, Rank, 3));
        Assert.True(second.Matches(first, Rank, 3));
    }

    [Fact]
    public void The_same_words_in_another_order_do_not_match()
    {
        using var page = Image.Load(Page());
        using var broker = Shape(page, 4);
        using var dealer = Shape(page, 5);

        Assert.Equal(broker.Ink, dealer.Ink, 0.02 * broker.Ink);
        Assert.False(broker.Matches(dealer, Rank, 3));
    }

    /// <summary>
    /// A digit is a fiftieth of this line's ink and its dilation covers much of another digit's: the test cannot
    /// tell Column 3 from Column 4, which is why only a line that reads as a known caption is ever copied.
    /// </summary>
    [Fact]
    public void One_digit_in_a_long_line_is_within_the_tolerance()
    {
        using var page = Image.Load(Page());
        using var column3 = Shape(page, 0);
        using var column4 = Shape(page, 2);

        Assert.True(column3.Matches(column4, Rank, 3));
        Assert.False(column3.Matches(column4, 0.995f, 3));
    }

    [Fact]
    public void A_line_with_a_word_typed_over_it_does_not_match()
    {
        using var page = Image.Load(Page());
        using var caption = Shape(page, 0);
        using var typedOver = Shape(page, 3);

        Assert.False(caption.Matches(typedOver, Rank, 3));
        Assert.False(typedOver.Matches(caption, Rank, 3));
    }

    /// <summary>
    /// A digit typed on a long caption is within the rank (under 3 % of the line's ink) but is one piece of ink
    /// the other print does not cover: the blob test catches it, and leaves two clean prints matching.
    /// </summary>
    [Fact]
    public void A_digit_typed_on_a_long_line_is_caught_by_the_blob_test()
    {
        using var page = Image.Load(Page());
        using var caption = Shape(page, 6);
        using var noisy = Shape(page, 6, noiseSeed: 9);
        using var typedOn = Shape(page, 7);

        Assert.True(caption.Matches(typedOn, Rank, 3));
        Assert.False(caption.Matches(typedOn, Rank, 3, maxBlob: 12));
        Assert.False(typedOn.Matches(caption, Rank, 3, maxBlob: 12));
        Assert.True(noisy.Matches(caption, Rank, 3, maxBlob: 12));
    }

    /// <summary>
    /// A caption's print is found inside a taller crop of a line where a name is typed over the caption (the name's
    /// ink and the white above it are no obstacle: only the caption's ink must be there), at the place the crops
    /// imply; it is not found in a line of its words in another order. (A line one digit apart passes, as it passes
    /// <see cref="InkShape.Matches"/>: only known captions, none a digit apart from another, are ever searched for.)
    /// </summary>
    [Fact]
    public void A_caption_is_located_under_a_word_typed_over_it_and_not_in_a_line_of_other_words()
    {
        using var page = Image.Load(Page());
        using var caption = Shape(page, 0);
        var (x, y, _, _, _) = Lines[3];
        var captionRect = TestPages.FromPoints(x - 4, y - 4, 250, 14);
        var tallRect = TestPages.FromPoints(x - 4, y - 4, 250, 30);
        using var tallCrop = page.Crop(tallRect);
        using var typedOver = InkShape.From(tallCrop, 3);
        using var broker = Shape(page, 4);
        using var dealer = Shape(page, 5);
        var expected = (0, captionRect.Top - tallRect.Top);

        // Searched from the top-left corner: the place is 16 pt down, out of a 3-pixel search's reach.
        Assert.Null(typedOver.Locate(caption, [(0, 0)], Rank, 3, 12));
        Assert.Equal(expected, typedOver.Locate(caption, [(0, 0), (0, typedOver.Height - caption.Height)], Rank, 3, 12));
        Assert.Equal(expected, typedOver.Locate(caption, [(2, expected.Item2 - 3)], Rank, 3, 12));
        Assert.Null(dealer.Locate(broker, [(0, 0)], Rank, 3, 12));
        Assert.NotNull(broker.Locate(broker, [(0, 0)], Rank, 3, 12));
        Assert.NotNull(caption.Locate(caption, [(0, 0)], Rank, 3, 12));
    }

    /// <summary>
    /// A caption erased from under a name typed low in the cell above, run onto it, goes, strokes and margin, while
    /// the name's feet among its capitals and ascenders come back: the margin takes every pixel within 4 of the
    /// caption's ink, and that took the lower half of the name's letters with it.
    /// </summary>
    [Fact]
    public void A_caption_erased_from_under_a_name_run_onto_it_leaves_the_name_whole()
    {
        using var page = Image.Load(Page());
        using var caption = Shape(page, 0);
        var (x, y, _, _, _) = Lines[9];
        var tallRect = TestPages.FromPoints(x - 4, y - 4, 250, 30);
        using var typedOver = page.Crop(tallRect);
        using var tallShape = InkShape.From(typedOver, 3);
        var at = tallShape.Locate(caption, [(0, 0), (0, tallShape.Height - caption.Height)], Rank, 3, 12);
        Assert.NotNull(at);
        // The name's box in the crop, and the same box about the name typed alone (5 pt lower on its line).
        var name = TestPages.FromPoints(x + 149, y + 2, 74, 11);
        var nameInCrop = new PixelRect(name.Left - tallRect.Left, name.Top - tallRect.Top, name.Width, name.Height);
        var (ax, ay, _, _, _) = Lines[8];
        var alone = page.CountInk(TestPages.FromPoints(ax + 149, ay - 3, 74, 11));
        var captionInk = page.CountInk(TestPages.FromPoints(x - 4, y - 4, 250, 14)) - alone;

        caption.EraseFrom(typedOver, at.Value.X, at.Value.Y, 4);

        var kept = typedOver.CountInk(nameInCrop);
        var outside = typedOver.CountInk() - kept;
        Assert.True(alone > 1000, $"{alone}");
        // Measured: 1091 of the name's 1232 pixels are kept (what the caption's own strokes cover is lost), 928 without
        // putting back; of the caption's 5533, none is left.
        Assert.InRange(kept, alone * 85 / 100, alone);
        Assert.InRange(outside, 0, captionInk / 100);
    }

    [Fact]
    public void Shapes_of_different_sizes_never_match()
    {
        using var wide = Image.CreateBlank(120, 20, 1);
        using var narrow = Image.CreateBlank(100, 20, 1);
        wide.Blacken(new PixelRect(10, 5, 80, 10));
        narrow.Blacken(new PixelRect(10, 5, 80, 10));
        using var a = InkShape.From(wide);
        using var b = InkShape.From(narrow);

        Assert.False(a.Matches(b, 0.5f, 3));
        Assert.True(a.Matches(b, 0.5f, 20));
    }
}
