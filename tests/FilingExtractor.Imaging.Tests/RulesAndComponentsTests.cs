using FilingExtractor.Core.Geometry;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>
/// Rule removal, rule extraction and connected components on the sample page, whose PostScript draws a
/// 1.5 pt horizontal rule at y = 705 pt (x 60-552), a vertical one at x = 552 pt (y 400-705) and a
/// 12 pt checkbox with its lower-left corner at (400, 440).
/// </summary>
public sealed class RulesAndComponentsTests
{
    // Longer than any character (about 20x37 px at 300 DPI), far shorter than the rules (1270-2050 px).
    private const int MinRule = 150;

    // The rules with a little margin for the 1.5 pt stroke width.
    private static readonly PixelRect HorizontalRule = TestPages.FromPoints(58, 702, 496, 6);
    private static readonly PixelRect VerticalRule = TestPages.FromPoints(549, 398, 6, 309);

    // Where the text is: everything except the rules. The checkbox's 50 px sides are below MinRule and stay.
    private static readonly PixelRect[] TextAreas =
    [
        PixelRect.FromEdges(0, 0, TestPages.WidthPx, HorizontalRule.Top),
        PixelRect.FromEdges(0, HorizontalRule.Bottom, VerticalRule.Left, TestPages.HeightPx),
    ];

    private static readonly PixelRect Checkbox = TestPages.FromPoints(400, 440, 12, 12);

    [Fact]
    public void Rule_pixels_are_where_the_postscript_says()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));

        // 1.5 pt at 300 DPI is about 6 px high, times about 2050 px of length.
        Assert.InRange(page.CountInk(HorizontalRule), 10_000, 15_000);
        Assert.InRange(page.CountInk(VerticalRule), 6_500, 11_500);
    }

    [Fact]
    public void RemoveRules_clears_the_rules_and_keeps_the_text()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));
        var ruleInk = page.CountInk(HorizontalRule);
        var verticalInk = page.CountInk(VerticalRule);
        var textInk = TextAreas.Sum(page.CountInk);
        var checkboxInk = page.CountInk(Checkbox.Inflate(4, 4));

        using var clean = page.RemoveRules(MinRule, MinRule);

        Assert.InRange(clean.CountInk(HorizontalRule), 0, ruleInk / 100);
        Assert.InRange(clean.CountInk(VerticalRule), 0, verticalInk / 100);
        Assert.True(TextAreas.Sum(clean.CountInk) > textInk * 0.9, "text ink stays above 90 %");
        Assert.Equal(checkboxInk, clean.CountInk(Checkbox.Inflate(4, 4)));
        var removed = page.CountInk() - clean.CountInk();
        var ruleTotal = ruleInk + verticalInk - page.CountInk(HorizontalRule.Intersect(VerticalRule));
        Assert.InRange(removed, ruleTotal - 200, ruleTotal + 200);
        Assert.Equal(1, clean.Depth);
    }

    [Fact]
    public void RemoveRules_in_one_direction_only_keeps_the_other()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));
        var below = PixelRect.FromEdges(VerticalRule.Left, HorizontalRule.Bottom + 10, VerticalRule.Right, VerticalRule.Bottom);

        using var noHorizontal = page.RemoveRules(MinRule, 0);
        using var noVertical = page.RemoveRules(0, MinRule);

        Assert.True(noHorizontal.CountInk(HorizontalRule.Inflate(-20, 0)) < 100);
        Assert.Equal(page.CountInk(below), noHorizontal.CountInk(below));
        Assert.True(noVertical.CountInk(below) < 100);
        Assert.True(noVertical.CountInk(HorizontalRule) > 9_000);
    }

    [Fact]
    public void ExtractRules_returns_mostly_the_rules()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));

        using var rules = page.ExtractRules(MinRule, MinRule);

        var total = rules.CountInk();
        var onRules = rules.CountInk(HorizontalRule) + rules.CountInk(VerticalRule) - rules.CountInk(HorizontalRule.Intersect(VerticalRule));
        Assert.True(total > 15_000, $"{total} px of rules");
        Assert.True(onRules >= total * 0.98, $"{onRules} of {total} rule pixels lie on the rules");
        Assert.Equal(0, rules.CountInk(TestPages.LineBand("Capstone Turbine Corporation")));
        Assert.Equal(0, rules.CountInk(Checkbox.Inflate(4, 4)));
    }

    /// <summary>
    /// Rules are opened by destination word accumulation; the same openings by rasterop (Leptonica's reference
    /// implementation) give the same pixels, up to the length rounding both do, on a page and on noise.
    /// </summary>
    [Theory]
    [InlineData(90, 0)]
    [InlineData(0, 105)]
    [InlineData(105, 0)]
    [InlineData(0, 12)]
    [InlineData(37, 0)]
    public void ExtractRules_in_one_direction_is_leptonicas_rasterop_opening(int horizontal, int vertical)
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));
        var random = new Random(3);
        for (var i = 0; i < 3000; i++)
        {
            page.Blacken(new PixelRect(random.Next(0, page.Width - 120), random.Next(0, page.Height - 120), random.Next(1, 120), random.Next(1, 4)));
            page.Blacken(new PixelRect(random.Next(0, page.Width - 4), random.Next(0, page.Height - 120), random.Next(1, 4), random.Next(1, 120)));
        }

        using var rules = page.ExtractRules(horizontal, vertical);
        Assert.True(rules.CountInk() > 10_000);
        // Both implementations decompose a long brick into a product of shorter ones, which rounds its length by
        // a pixel or two (rasterop opens 89 and 90 alike, 105 and 106; word accumulation opens 105 as rasterop
        // opens 104): the rules found are the rasterop opening's at a length within 3 pixels.
        var matches = Enumerable.Range(-3, 7).Count(d =>
        {
            using var reference = Image.Wrap(
                Interop.Leptonica.pixOpenCompBrick(nint.Zero, page.Handle, Math.Max(1, horizontal + (horizontal > 0 ? d : 0)), Math.Max(1, vertical + (vertical > 0 ? d : 0))),
                "rasterop opening");
            using var extra = rules.Minus(reference);
            using var missing = reference.Minus(rules);
            return extra.CountInk() == 0 && missing.CountInk() == 0;
        });
        Assert.True(matches >= 1);
    }

    [Fact]
    public void RemoveRules_needs_a_bilevel_image()
    {
        using var gray = Image.Load(Fixtures.SamplePng());

        Assert.Throws<InvalidOperationException>(() => gray.RemoveRules(MinRule, MinRule));
        Assert.Throws<InvalidOperationException>(() => gray.ConnectedComponents());
    }

    [Fact]
    public void ConnectedComponents_finds_the_checkbox_and_ink_counts_follow_blacken()
    {
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));

        var components = page.ConnectedComponents();

        // Outline drawn with a 1 pt (4 px) pen centred on the 50 px path: about 54 px square.
        var box = Assert.Single(components, c => Math.Abs(c.Left - Checkbox.Left) < 10 && Math.Abs(c.Top - Checkbox.Top) < 10);
        Assert.InRange(box.Width, 46, 58);
        Assert.InRange(box.Height, 46, 58);
        Assert.InRange(box.Left, Checkbox.Left - 4, Checkbox.Left + 2);
        Assert.InRange(box.Top, Checkbox.Top - 4, Checkbox.Top + 2);

        // Characters are components too: "Capstone Turbine Corporation" alone has 26 letters.
        Assert.InRange(components.Count, 150, 400);
        Assert.All(components, c => Assert.Equal(c, c.ClipTo(page.Width, page.Height)));

        var inset = box.Inflate(-8, -8);
        Assert.InRange(page.CountInk(inset), 0, 5);

        page.Blacken(box.Inflate(-12, -12));
        Assert.True(page.CountInk(inset) > inset.Area * 0.35, $"{page.CountInk(inset)} of {inset.Area}");
        Assert.Equal(box, Assert.Single(page.ConnectedComponents(), c => c.Intersect(box) == c && c.Width > 40));
    }

    [Fact]
    public void ConnectedComponents_four_connectivity_splits_diagonal_touches()
    {
        using var image = Image.CreateBlank(40, 40, 1);
        image.Blacken(new PixelRect(5, 5, 5, 5));
        image.Blacken(new PixelRect(10, 10, 5, 5)); // touches the first only at a corner
        image.Blacken(new PixelRect(30, 30, 3, 3));

        Assert.Equal(2, image.ConnectedComponents(8).Count);
        var four = image.ConnectedComponents(4).OrderBy(c => c.Left).ToList();
        Assert.Equal([new PixelRect(5, 5, 5, 5), new PixelRect(10, 10, 5, 5), new PixelRect(30, 30, 3, 3)], four);
        Assert.Contains(new PixelRect(5, 5, 10, 10), image.ConnectedComponents(8));
        Assert.Throws<ArgumentOutOfRangeException>(() => image.ConnectedComponents(6));
    }

    [Fact]
    public void ConnectedComponents_of_a_blank_image_is_empty()
    {
        using var image = Image.CreateBlank(64, 64, 1);

        Assert.Empty(image.ConnectedComponents());
    }
}
