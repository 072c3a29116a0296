using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>
/// The printed rules of a form page (long thin horizontal and vertical strokes), used to find the cell a
/// label sits in and the columns of ruled tables. Boxes in page pixels, top-left origin.
/// </summary>
public sealed class RuleGrid
{
    private RuleGrid(IReadOnlyList<PixelRect> horizontal, IReadOnlyList<PixelRect> vertical, int width, int height)
    {
        Horizontal = horizontal;
        Vertical = vertical;
        Width = width;
        Height = height;
    }

    public IReadOnlyList<PixelRect> Horizontal { get; }

    public IReadOnlyList<PixelRect> Vertical { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>
    /// Thickest printed rule, inches: a hairline to 1 pt rule thickened by ink bleed on a heavy archive scan
    /// (up to 0.04 in, 8 px, on the 200 DPI scans of the corpus). A bar of type is never as long as a rule, so it does not pass as one.
    /// </summary>
    private const double MaxRuleInches = 0.05;

    /// <summary>Rules at least <paramref name="minLengthInches"/> long on a 1 bpp page; underlines of fields count.</summary>
    public static RuleGrid Detect(Image binary, int dpi, double minLengthInches = 0.35)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var len = Math.Max(10, (int)(minLengthInches * dpi));
        var maxThickPx = Math.Max(3, (int)(MaxRuleInches * dpi));
        using var h = binary.ExtractRules(len, 0);
        using var v = binary.ExtractRules(0, len);
        // A rule's thickness is its ink over its length, not its box's short side: skew left after deskewing
        // (a few tenths of a degree) slants a table's rule across several pixel rows or columns over its
        // length, and syn-35's appendix lost four of its eleven column rules and every row rule that way.
        return new RuleGrid(
            [.. h.ConnectedComponents().Where(r => h.CountInk(r) <= (long)maxThickPx * r.Width).OrderBy(r => r.Top)],
            [.. v.ConnectedComponents().Where(r => v.CountInk(r) <= (long)maxThickPx * r.Height).OrderBy(r => r.Left)],
            binary.Width,
            binary.Height);
    }

    /// <summary>
    /// The grid without the horizontal rules that lie in <paramref name="textRuns"/> (page pixels): runs through
    /// a heavy bold word's letters that pass the rule test, which <see cref="FormCleanup"/> finds and keeps as
    /// text. As a cell's rule such a run cut the cell through its own value (syn-10's "Winslow, Timothy, III"
    /// left a name cell 9 px deep, and the person unread).
    /// </summary>
    public RuleGrid WithoutTextRuns(IReadOnlyCollection<PixelRect> textRuns)
    {
        ArgumentNullException.ThrowIfNull(textRuns);
        return textRuns.Count == 0
            ? this
            : new RuleGrid([.. Horizontal.Where(h => !textRuns.Any(t => t.Contains(h.CenterX, h.CenterY) && h.Width <= t.Width))], Vertical, Width, Height);
    }

    /// <summary>
    /// The ruled cell around a rectangle: bounded by the nearest rules above, below, left and right that
    /// span it; a side with no rule extends to the page edge.
    /// </summary>
    public PixelRect CellAround(PixelRect r)
    {
        var cx = r.CenterX;
        var cy = r.CenterY;
        var above = Horizontal.Where(h => h.Bottom <= r.Top + 2 && h.Left <= cx && h.Right >= cx).Select(h => h.Bottom).DefaultIfEmpty(0).Max();
        var below = Horizontal.Where(h => h.Top >= r.Bottom - 2 && h.Left <= cx && h.Right >= cx).Select(h => h.Top).DefaultIfEmpty(Height).Min();
        var left = Vertical.Where(v => v.Right <= r.Left + 2 && v.Top <= cy && v.Bottom >= cy).Select(v => v.Right).DefaultIfEmpty(0).Max();
        var right = Vertical.Where(v => v.Left >= r.Right - 2 && v.Top <= cy && v.Bottom >= cy).Select(v => v.Left).DefaultIfEmpty(Width).Min();
        return PixelRect.FromEdges(left, above, right, below);
    }

    /// <summary>The next horizontal rule below <paramref name="y"/> crossing x, or the page bottom.</summary>
    public int RuleBelow(int y, int x) =>
        Horizontal.Where(h => h.Top > y && h.Left <= x && h.Right >= x).Select(h => h.Top).DefaultIfEmpty(Height).Min();

    /// <summary>x positions of vertical rules crossing the horizontal line at <paramref name="y"/>, left to right.</summary>
    public List<int> ColumnsAt(int y) =>
        [.. Vertical.Where(v => v.Top <= y && v.Bottom >= y).Select(v => v.CenterX).Order()];
}
