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

    /// <summary>Rules at least <paramref name="minLengthInches"/> long on a 1 bpp page; underlines of fields count.</summary>
    public static RuleGrid Detect(Image binary, int dpi, double minLengthInches = 0.35)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var len = Math.Max(10, (int)(minLengthInches * dpi));
        var thick = Math.Max(3, dpi / 30);
        using var h = binary.ExtractRules(len, 0);
        using var v = binary.ExtractRules(0, len);
        return new RuleGrid(
            [.. h.ConnectedComponents().Where(r => r.Height <= thick).OrderBy(r => r.Top)],
            [.. v.ConnectedComponents().Where(r => r.Width <= thick).OrderBy(r => r.Left)],
            binary.Width,
            binary.Height);
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
