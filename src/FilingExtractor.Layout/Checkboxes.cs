using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>A checkbox's state as read from its pixels: true, false, or null when it cannot be told.</summary>
public sealed record CheckboxReading(PixelRect Box, bool? Checked, float Confidence, double InkRatio);

/// <summary>Sizes and thresholds for finding and reading checkboxes; lengths in inches, converted with the page DPI.</summary>
public sealed record CheckboxOptions
{
    /// <summary>Smallest box side: printed form boxes are 0.1-0.2 in; 0.08 in leaves room for scans shrunk a little.</summary>
    public double MinSideInches { get; init; } = 0.08;

    /// <summary>Largest box side.</summary>
    public double MaxSideInches { get; init; } = 0.3;

    /// <summary>
    /// Whether a box must stand apart from other ink (see Isolated). Off for a targeted search next to a
    /// known label, where a heavy mark overshooting its box must not hide the box.
    /// </summary>
    public bool RequireIsolation { get; init; } = true;

    /// <summary>Thickest frame stroke, inches.</summary>
    public double MaxStrokeInches { get; init; } = 0.035;

    /// <summary>
    /// Ink share of the box's inside (frame excluded) at or above which it is checked. An X or check of
    /// 1 px strokes at 200 DPI covers about 8-10 % of the inside; a clean empty box has none.
    /// </summary>
    public double CheckedRatio { get; init; } = 0.055;

    /// <summary>At or below this the box is empty; between the two thresholds the state is unknown (null).</summary>
    public double EmptyRatio { get; init; } = 0.02;

    /// <summary>
    /// The page's box width in pixels where already known (from a page-wide search), for a search of a small
    /// region whose own strict frames are too few to tell it: every candidate is then held to that size, and
    /// those found with an allowance or as solid blobs are kept without the page's grid to align with.
    /// Null: the strict frames found set the size; with none, only strict frames are boxes.
    /// </summary>
    public int? TypicalWidth { get; init; }

    public static CheckboxOptions Default { get; } = new();
}

/// <summary>
/// Finds printed checkboxes on a bilevel page and reads their state from ink, never from OCR (the English
/// model has no checkbox glyphs). Boxes are found as pairs of short vertical strokes one box-width apart,
/// confirmed by a horizontal stroke along the top or bottom edge; check marks and X's are diagonal, so they
/// neither create nor hide frames. The state is the share of ink inside an inset that excludes the frame.
/// </summary>
public static class Checkboxes
{
    /// <summary>All checkbox frames on a 1 bpp page, left to right within top to bottom.</summary>
    public static List<PixelRect> Find(Image binary, int dpi, CheckboxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(binary);
        options ??= CheckboxOptions.Default;
        var min = Math.Max(6, (int)(options.MinSideInches * dpi));
        var max = (int)Math.Ceiling(options.MaxSideInches * dpi);
        var stroke = Math.Max(4, (int)(min * 0.6));

        List<PixelRect> vertical, horizontal;
        // Printed frames are hairlines (0.5-1 pt), thickened by ink bleed on archive scans to about 0.03 in.
        var thin = Math.Max(3, (int)Math.Round(options.MaxStrokeInches * dpi));
        using (var v = binary.ExtractRules(0, stroke))
        {
            vertical = [.. Thin(v, v.ConnectedComponents().Where(r => r.Height <= max * 1.3), thin, vertical: true).OrderBy(r => r.Left)];
        }

        using (var h = binary.ExtractRules(stroke, 0))
        {
            horizontal = Thin(h, h.ConnectedComponents().Where(r => r.Width <= max * 1.6), thin, vertical: false);
        }

        // Horizontal strokes ordered by their top row, so each pair of sides looks only at the strokes level
        // with it (a page has thousands of letter stems; scanning every stroke for every pair was quadratic).
        var byTop = horizontal.OrderBy(h => h.Top).ToArray();
        var tops = Array.ConvertAll(byTop, h => h.Top);
        var maxTol = Math.Max(3, max / 8);
        var candidates = new List<(PixelRect Box, double Quality, bool Strict)>();
        for (var i = 0; i < vertical.Count; i++)
        {
            var left = vertical[i];
            for (var j = i + 1; j < vertical.Count && vertical[j].Left - left.Left <= max; j++)
            {
                var right = vertical[j];
                // The frame spans the rows both sides share; a cross overshooting every corner lengthens both
                // sides, so the top and bottom edges, where found, say where the frame ends.
                var top = Math.Max(left.Top, right.Top);
                var bottom = Math.Min(left.Bottom, right.Bottom);
                // Edges found between the sides can lengthen the box by at most one stroke's thickness past
                // the shared rows, so sides sharing fewer rows than that short of the smallest box cannot make one.
                if (bottom - top + thin + 2 < min)
                {
                    continue;
                }

                var level = Level(byTop, tops, top - thin - maxTol - 2, bottom + thin + maxTol + 2);
                (top, bottom) = EdgesBetween(level, left.Left, right.Right, top, bottom);
                var box = PixelRect.FromEdges(left.Left, top, right.Right, bottom);
                // Printed boxes are square; skew is removed and scans are scaled evenly, so they stay within
                // about 12 %, while letter pairs that mimic a frame are rarely that square.
                if (box.Width < min || box.Width > max || box.Height < min || box.Height > max
                    || Math.Abs(box.Width - box.Height) > 0.12 * Math.Max(box.Width, box.Height))
                {
                    continue;
                }

                var tol = Math.Max(3, box.Height / 8);
                bool Edge(Func<PixelRect, bool> near, double share) => level.Any(hs => near(hs)
                    && Math.Min(hs.Right, box.Right) - Math.Max(hs.Left, box.Left) >= share * box.Width
                    && hs.Width <= box.Width * 1.6);
                bool AtTop(PixelRect hs) => Math.Abs(hs.Top - box.Top) <= tol;
                bool AtBottom(PixelRect hs) => Math.Abs(hs.Bottom - box.Bottom) <= tol;

                // A frame has a top and a bottom edge; letters such as H or I do not span their width. At least
                // one edge is straight across nearly the whole width: two round bold glyphs side by side ("00" of
                // a typed "4,000" on a heavy scan) pass every other test, one's left stroke and the other's
                // pairing as sides, but between their caps the edge dips (each cap spans about two thirds).
                if (!Edge(AtTop, MinEdgeShare) || !Edge(AtBottom, MinEdgeShare)
                    || !(Edge(AtTop, MinStraightEdgeShare) || Edge(AtBottom, MinStraightEdgeShare)))
                {
                    continue;
                }

                const int edges = 2;

                // Printed boxes have square corners; letters that look like frames (O, D, 0) have round ones.
                // Ink bleed rounds a heavy frame's corners too (syn-02's related-person boxes keep two), and
                // brings a label's first letter close (see Isolated). A frame may have one of these faults, not
                // both: a bold "08" of a typed address, with a space on one side, has both.
                var corners = InkedCorners(binary, box, dpi);
                var straight = Edge(AtTop, MinStraightEdgeShare) && Edge(AtBottom, MinStraightEdgeShare);
                var roundedCorners = corners < 3;
                if ((roundedCorners && (corners < 2 || !straight)) || !ClosedFrame(binary, box, dpi)
                    || (options.RequireIsolation && !Isolated(binary, box, dpi, bothSides: roundedCorners)))
                {
                    continue;
                }

                // A frame that passes without either allowance (sharp corners, clean on both sides) is strong
                // evidence; it tells the page's box size and grid, which the others must then fit.
                var strict = InkedCorners(binary, box, dpi, inward: false) >= 3 && (!options.RequireIsolation || Isolated(binary, box, dpi, bothSides: true));
                var squareness = 1 - (Math.Abs(box.Width - box.Height) / (double)Math.Max(box.Width, box.Height));
                candidates.Add((box, squareness + edges, strict));
            }
        }

        // A box filled in solid, or crossed out so heavily that its mark merged with the frame, has no sides to
        // find: the stroke tests drop its strokes as too thick. It is a solid blob of box size and square. An
        // opening with a brick three fifths of the smallest box keeps only such blobs (every stroke of text,
        // bold headings included, is thinner) and cuts off the arms of a cross overshooting the corners; the
        // few blobs left are cheap to test, where walking every component of the page was not.
        // Thin white streaks the scanner leaves across a filled box (syn-28's) are closed first, or the brick
        // could not cross them and the blob would fall apart.
        var brick = Math.Max(3, (int)(min * 0.6));
        var streak = Math.Max(3, dpi / 100);
        using (var closed = binary.CloseBinary(streak, streak))
        using (var solid = closed.Open(brick, brick))
        {
            foreach (var block in solid.ConnectedComponents())
            {
                if (block.Width < min || block.Width > max || block.Height < min || block.Height > max
                    || Math.Abs(block.Width - block.Height) > 0.12 * Math.Max(block.Width, block.Height)
                    || solid.CountInk(block) < MinSolidInk * block.Area
                    // Square-cornered with straight sides, as a frame is: a bold "08" bled into a blob is round.
                    || InkedCorners(binary, block, dpi) < 3 || !ClosedFrame(binary, block, dpi) || SplitByGap(binary, block)
                    || (options.RequireIsolation && !Isolated(binary, block, dpi, bothSides: false)))
                {
                    continue;
                }

                // Below any frame's quality: a frame found at the same place is the better reading of its edges.
                candidates.Add((block, 1, false));
            }
        }

        // A form prints all its boxes at one size, in rows and columns, filled or not, and most of a page's
        // boxes are empty. The strict frames (sharp corners, clean on both sides) tell the page's box size
        // and grid; a candidate far from that size is type (a bold "33" of a typed ZIP code read as a frame on
        // syn-36), and one that passed only with an allowance (bled corners, a label on one side) or as a
        // solid blob must stand level with a strict frame or in one's column: bold serif type bled into a
        // square ("GP" of syn-22's typed names) is neither. On syn-44's Section B page, where the allowances
        // let two dozen letters through beside seven real boxes, the median of all frames was a letter's
        // size and the real boxes were dropped. With fewer than four strict frames (a Section B page) only
        // their size is checked; with none, only strict frames are boxes.
        var strong = candidates.Where(c => c.Strict).Select(c => c.Box).ToList();
        var enough = strong.Count >= MinFramesForTypicalSize;
        if ((options.TypicalWidth ?? TypicalWidth(strong)) is { } typical)
        {
            // A region searched on its own (options.TypicalWidth given) has too few frames to align with.
            var aligned = Math.Max(2, typical / 3);
            candidates.RemoveAll(c => Math.Abs(c.Box.Width - typical) > MaxSizeDeviation * typical
                || (enough && !c.Strict && !strong.Any(f => Math.Abs(f.Top - c.Box.Top) <= aligned || Math.Abs(f.Left - c.Box.Left) <= aligned)));
        }
        else
        {
            candidates.RemoveAll(c => !c.Strict);
        }

        // Overlapping candidates are one box (a frame read at two strokes): keep the best.
        var chosen = new List<PixelRect>();
        foreach (var (box, _, _) in candidates.OrderByDescending(c => c.Quality).ThenByDescending(c => c.Box.Area))
        {
            if (chosen.All(c => c.Intersect(box).Area < 0.3 * Math.Min(c.Area, box.Area)))
            {
                chosen.Add(box);
            }
        }

        return [.. chosen.OrderBy(b => b.Top / Math.Max(1, min)).ThenBy(b => b.Left)];
    }

    /// <summary>The median width of some boxes (pixels); null for none.</summary>
    public static int? TypicalWidth(IReadOnlyCollection<PixelRect> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        return boxes.Count == 0 ? null : boxes.Select(b => b.Width).Order().ElementAt(boxes.Count / 2);
    }

    /// <summary>The strokes (ordered by top row, <paramref name="tops"/> their tops) whose top row lies in [from, to], without copying.</summary>
    private static ArraySegment<PixelRect> Level(PixelRect[] byTop, int[] tops, int from, int to)
    {
        var start = FirstAtLeast(tops, from);
        return new ArraySegment<PixelRect>(byTop, start, FirstAtLeast(tops, to + 1) - start);
    }

    /// <summary>The first index of an ascending array holding at least <paramref name="value"/> (its length if none).</summary>
    /// <remarks>A comparer that never reports equality makes Array.BinarySearch miss, and the complement of a miss is that index.</remarks>
    private static int FirstAtLeast(int[] sorted, int value) => ~Array.BinarySearch(sorted, value, NeverEqual);

    private static readonly Comparer<int> NeverEqual = Comparer<int>.Create((element, value) => element < value ? -1 : 1);

    /// <summary>
    /// The outermost horizontal strokes spanning most of the width between two sides, within the rows the
    /// sides share: the frame's top and bottom edges. Returns the sides' rows when fewer than two are found.
    /// </summary>
    private static (int Top, int Bottom) EdgesBetween(IEnumerable<PixelRect> horizontal, int left, int right, int top, int bottom)
    {
        var width = right - left;
        var edges = horizontal.Where(h => h.CenterY >= top && h.CenterY <= bottom
            && Math.Min(h.Right, right) - Math.Max(h.Left, left) >= 0.6 * width && h.Width <= width * 1.6).ToList();
        if (edges.Count < 2)
        {
            return (top, bottom);
        }

        var first = edges.MinBy(h => h.Top);
        var last = edges.MaxBy(h => h.Bottom);
        return last.Bottom - first.Top >= width / 2 ? (first.Top, last.Bottom) : (top, bottom);
    }

    /// <summary>
    /// Whether all four sides are drawn: a strip of about 0.01 in along each side at least 65 % inked
    /// (broken thin strokes on degraded scans still pass; two adjacent letters do not).
    /// </summary>
    private static bool ClosedFrame(Image binary, PixelRect box, int dpi)
    {
        var t = Math.Max(2, (int)Math.Round(0.01 * dpi));
        PixelRect[] sides =
        [
            new(box.Left, box.Top, box.Width, t), new(box.Left, box.Bottom - t, box.Width, t),
            new(box.Left, box.Top, t, box.Height), new(box.Right - t, box.Top, t, box.Height),
        ];
        return sides.All(k => binary.CountInk(k) >= 0.55 * k.Area);
    }

    /// <summary>
    /// Whether the box stands apart: strips of about 0.015 in along the middle three fifths of each side,
    /// outside the frame, nearly clean. A letter inside a word has neighbours on both sides; a box has its
    /// label on one side only, and on a heavy scan the label's first letter bleeds into that strip
    /// (syn-02's "Executive Officer" boxes), so unless <paramref name="bothSides"/> only the cleaner of the
    /// left and right strips counts. Above the box a check mark's tail may rise through the top strip; it may
    /// be half inked. Two letters of a bold heading that happen to form a square ("ED", "HI") still have a
    /// neighbour on each side, or fail the frame's straight edges and square corners. A cross overshooting
    /// the box leaves it at the corners, which the strips leave out.
    /// </summary>
    private static bool Isolated(Image binary, PixelRect box, int dpi, bool bothSides)
    {
        var m = Math.Max(3, (int)Math.Round(0.015 * dpi));
        var cw = box.Width / 5;
        var ch = box.Height / 5;
        var midW = box.Width - (2 * cw);
        var midH = box.Height - (2 * ch);
        (PixelRect Strip, double Ink) Measure(PixelRect strip)
        {
            var k = strip.ClipTo(binary.Width, binary.Height);
            return (k, k.IsEmpty ? 0 : binary.CountInk(k) / (double)k.Area);
        }

        var above = Measure(new(box.Left + cw, box.Top - 1 - m, midW, m));
        var below = Measure(new(box.Left + cw, box.Bottom + 1, midW, m));
        var left = Measure(new(box.Left - 1 - m, box.Top + ch, m, midH));
        var right = Measure(new(box.Right + 1, box.Top + ch, m, midH));
        (PixelRect Strip, double Ink)[] counted = bothSides ? [above, below, left, right] : [above, below, left.Ink <= right.Ink ? left : right];
        var area = counted.Sum(c => c.Strip.Area);
        return area > 0
            && counted.Sum(c => c.Ink * c.Strip.Area) <= 0.3 * area
            && counted.Skip(1).All(c => c.Ink <= MaxSideStripInk) && above.Ink <= MaxTopStripInk;
    }

    private const double MaxSideStripInk = 0.25;

    /// <summary>Ink share of the strip above a box a check mark's tail may leave.</summary>
    private const double MaxTopStripInk = 0.5;

    /// <summary>Share of the box's width a top or bottom edge spans; a degraded frame's edges break in places.</summary>
    private const double MinEdgeShare = 0.6;

    /// <summary>Share of the width one of the two edges spans without a break, as a printed frame's does.</summary>
    private const double MinStraightEdgeShare = 0.85;

    /// <summary>How far a box's width may stray from the page's typical frame width, as a share of it.</summary>
    private const double MaxSizeDeviation = 0.15;

    /// <summary>Fewest frames on a page from which their median width is the page's box size.</summary>
    private const int MinFramesForTypicalSize = 4;

    /// <summary>
    /// Share of its bounding square a blob left by the opening fills from which it is a box filled in solid.
    /// A heavy check mark leaves a small hole that the brick cannot reach around (syn-02's ticked boxes fill
    /// about two thirds); a blob of type that survives the opening is rarely square and box-sized at all.
    /// </summary>
    private const double MinSolidInk = 0.6;

    /// <summary>
    /// Whether a column across the middle three fifths of a blob is mostly white on the scan: two bold glyphs
    /// side by side ("08"), which the streak closing joined into one blob. A scanner's streak across a filled
    /// box (syn-28) or the hole a heavy check mark leaves (syn-02) whitens a third of a column at most.
    /// </summary>
    private static bool SplitByGap(Image binary, PixelRect block)
    {
        for (var x = block.Left + (block.Width / 5); x < block.Right - (block.Width / 5); x++)
        {
            if (binary.CountInk(new PixelRect(x, block.Top, 1, block.Height)) < (1 - MaxGapColumnWhite) * block.Height)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>White share of a column from which it is the gap between two glyphs.</summary>
    private const double MaxGapColumnWhite = 0.6;

    /// <summary>
    /// How many of the frame's four corners carry ink: a corner square of about 0.012 in at least 40 % inked,
    /// at the corner or one pixel inward along the diagonal. Ink bleed rounds a heavy frame's corners by a
    /// pixel or two (syn-22's boxes kept one or two corners at the very edge); a round letter's curve (O, 0,
    /// D) stays clear of both squares, its radius being the letter's half width. Moved further in, the
    /// square met the curve of syn-36's bold "Q" and "O" at 300 DPI.
    /// </summary>
    private static int InkedCorners(Image binary, PixelRect box, int dpi, bool inward = true)
    {
        var c = Math.Max(2, (int)Math.Round(0.012 * dpi));
        var d = inward ? 1 : 0;
        bool Inked(int x, int y) => binary.CountInk(new PixelRect(x, y, c, c)) >= 0.4 * c * c;
        return new[]
        {
            Inked(box.Left, box.Top) || Inked(box.Left + d, box.Top + d),
            Inked(box.Right - c, box.Top) || Inked(box.Right - c - d, box.Top + d),
            Inked(box.Left, box.Bottom - c) || Inked(box.Left + d, box.Bottom - c - d),
            Inked(box.Right - c, box.Bottom - c) || Inked(box.Right - c - d, box.Bottom - c - d),
        }.Count(inked => inked);
    }

    /// <summary>
    /// Keeps thin stroke components; a thick one is a frame side merged with a mark's steep stroke, so it is
    /// opened again with a brick three quarters of its own length, which only the straight side survives.
    /// </summary>
    private static List<PixelRect> Thin(Image rules, IEnumerable<PixelRect> components, int maxThickness, bool vertical)
    {
        var result = new List<PixelRect>();
        foreach (var c in components)
        {
            var thickness = vertical ? c.Width : c.Height;
            if (thickness <= maxThickness)
            {
                result.Add(c);
                continue;
            }

            var length = (int)((vertical ? c.Height : c.Width) * 0.75);
            using var crop = rules.Crop(c);
            using var straight = vertical ? crop.ExtractRules(0, length) : crop.ExtractRules(length, 0);
            result.AddRange(straight.ConnectedComponents()
                .Where(r => (vertical ? r.Width : r.Height) <= maxThickness)
                .Select(r => r with { Left = r.Left + c.Left, Top = r.Top + c.Top }));
        }

        return result;
    }

    /// <summary>
    /// Whitens a box, its frame and its mark on the image OCR reads, including the ends of strokes that
    /// overshoot the frame at its corners (up to about 0.04 in): ink left within that margin, once the box
    /// is gone, that does not reach the margin's edge and sits level with the box's top or bottom quarter.
    /// A label's letters beside the box stand level with its middle or run past the margin, and stay.
    /// </summary>
    public static void Erase(Image image, PixelRect box, int dpi)
    {
        ArgumentNullException.ThrowIfNull(image);
        image.Whiten(box.Inflate(3, 3).ClipTo(image.Width, image.Height));
        var m = Math.Max(4, (int)Math.Round(0.04 * dpi));
        var margin = box.Inflate(m, m).ClipTo(image.Width, image.Height);
        if (margin.IsEmpty)
        {
            return;
        }

        using var crop = image.Crop(margin);
        foreach (var c in crop.ConnectedComponents())
        {
            var centre = c.CenterY + margin.Top;
            var atCorner = centre <= box.Top + (box.Height / 4) || centre >= box.Bottom - (box.Height / 4);
            if (atCorner && c.Left > 0 && c.Top > 0 && c.Right < margin.Width && c.Bottom < margin.Height)
            {
                image.Whiten(c with { Left = c.Left + margin.Left, Top = c.Top + margin.Top });
            }
        }
    }

    /// <summary>
    /// Reads one box: the ink share inside it, the frame and a margin excluded. The margin is a fifth of the
    /// box, or the frame's own depth where that is more: on heavy scans ink bleed makes a frame a quarter of
    /// the box thick (syn-02's related-person boxes), and a fixed inset read 6-22 % of frame ink inside
    /// empty boxes.
    /// </summary>
    public static CheckboxReading Read(Image binary, PixelRect box, CheckboxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(binary);
        options ??= CheckboxOptions.Default;
        var inset = Math.Max(2, (int)Math.Round(box.Width * 0.2));
        var inner = PixelRect.FromEdges(
            box.Left + Math.Max(inset, FrameDepth(binary, box, Side.Left) + 1),
            box.Top + Math.Max(inset, FrameDepth(binary, box, Side.Top) + 1),
            box.Right - Math.Max(inset, FrameDepth(binary, box, Side.Right) + 1),
            box.Bottom - Math.Max(inset, FrameDepth(binary, box, Side.Bottom) + 1));
        if (inner.IsEmpty)
        {
            return new CheckboxReading(box, null, 0f, 0);
        }

        var ratio = binary.CountInk(inner) / (double)inner.Area;
        bool? state = ratio >= options.CheckedRatio ? true : ratio <= options.EmptyRatio ? false : null;
        // Confidence: how far the ratio sits from the undecided band, scaled to 0-100.
        var confidence = state switch
        {
            true => Math.Min(1.0, 0.5 + ((ratio - options.CheckedRatio) / options.CheckedRatio)),
            false => Math.Min(1.0, 0.5 + ((options.EmptyRatio - ratio) / options.EmptyRatio / 2)),
            null => 0.0,
        };
        return new CheckboxReading(box, state, (float)(confidence * 100), ratio);
    }

    private enum Side
    {
        Left,
        Top,
        Right,
        Bottom,
    }

    /// <summary>
    /// How many pixel rows (columns) from one edge inward are frame: lines across the middle three fifths of
    /// the box at least <see cref="FrameLineInk"/> inked, the first of them within two pixels of the edge. At
    /// most a third of the box, so a box filled in solid keeps its middle third to be read.
    /// </summary>
    private static int FrameDepth(Image binary, PixelRect box, Side side)
    {
        var horizontal = side is Side.Top or Side.Bottom;
        var across = horizontal ? box.Width : box.Height;
        var along = horizontal ? box.Height : box.Width;
        var span = across * 3 / 5;
        var offset = across / 5;
        var limit = along / 3;
        PixelRect Line(int d) => side switch
        {
            Side.Top => new(box.Left + offset, box.Top + d, span, 1),
            Side.Bottom => new(box.Left + offset, box.Bottom - 1 - d, span, 1),
            Side.Left => new(box.Left + d, box.Top + offset, 1, span),
            _ => new(box.Right - 1 - d, box.Top + offset, 1, span),
        };

        var depth = 0;
        var started = false;
        for (var d = 0; d < limit; d++)
        {
            if (binary.CountInk(Line(d)) >= FrameLineInk * span)
            {
                started = true;
                depth = d + 1;
            }
            else if (started || d >= 2)
            {
                break;
            }
        }

        return depth;
    }

    /// <summary>Ink share of a line across a box from which it is part of the frame.</summary>
    private const double FrameLineInk = 0.6;

    /// <summary>
    /// Thresholds for reading the boxes of one page, raised where its paper is not clean. A form page's
    /// boxes are mostly empty, so the least inked quarter of them are empty ones, and their ink is the
    /// page's noise: on a heavy scan speckle puts 4-12 % ink inside empty boxes (syn-03), past the default
    /// checked threshold. Then a box is empty up to twice that floor and checked from four times it; in
    /// between it is unknown, never a guess. Clean pages (floor near zero) keep the defaults.
    /// </summary>
    public static CheckboxOptions ForPage(Image binary, IReadOnlyList<PixelRect> boxes, CheckboxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(binary);
        ArgumentNullException.ThrowIfNull(boxes);
        options ??= CheckboxOptions.Default;
        if (boxes.Count < MinBoxesForNoiseFloor)
        {
            return options;
        }

        var inks = boxes.Select(b => Read(binary, b, options).InkRatio).Order().ToList();
        var floor = inks[inks.Count / 4];
        // A floor this high is no speckle but marks: leave such a page alone.
        if (floor * 2 <= options.EmptyRatio || floor > MaxNoiseFloor)
        {
            return options;
        }

        return options with { EmptyRatio = floor * 2, CheckedRatio = Math.Max(options.CheckedRatio, floor * 4) };
    }

    /// <summary>Fewest boxes on a page from which their least inked quarter tells its noise.</summary>
    private const int MinBoxesForNoiseFloor = 8;

    /// <summary>Highest ink share of an empty box taken for speckle.</summary>
    private const double MaxNoiseFloor = 0.15;

    /// <summary>
    /// The box that belongs to a label: the nearest found box ending left of the label's start, on its line
    /// (at least a quarter of the box's height level with the label), no further than <paramref name="maxGapInches"/>
    /// away. The box of the row above or below is not taken where the label's own went unfound (the degraded
    /// Capstone scan's empty Printing and Engraving box read the checked Transfer Agent's box above it).
    /// </summary>
    public static PixelRect? BoxLeftOf(IEnumerable<PixelRect> boxes, PixelRect label, int dpi, double maxGapInches = 0.5)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var maxGap = maxGapInches * dpi;
        return boxes
            .Where(b => b.Right <= label.Left + (b.Width / 2) && label.Left - b.Right <= maxGap
                && Math.Min(b.Bottom, label.Bottom) - Math.Max(b.Top, label.Top) >= b.Height / 4)
            // Nearest first; in a column of boxes (one per table row) the rows differ only in height, so the
            // vertical offset weighs double.
            .OrderBy(b => label.Left - b.Right + (2 * Math.Abs(b.CenterY - label.CenterY)))
            .Select(b => (PixelRect?)b)
            .FirstOrDefault();
    }
}
