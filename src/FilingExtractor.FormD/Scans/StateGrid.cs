using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
using FilingExtractor.Imaging;
using FilingExtractor.Layout;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// B.4's grid of state boxes, read from pixels. The form prints the 52 codes in four rows of thirteen, in
/// <see cref="UsStates.FormOrder"/>, each in its own frame, and a solicited state is marked over its code (a
/// cross, a tick) or around it (a circle). OCR of the grid is junk ("Ptaur tot far | {Az} frarp}"), so the
/// frames are found from the ink instead: a frame row's top and bottom edges are pixel rows inked along most of
/// the grid's width in many separate pieces, and its frames' sides are pixel columns inked over the whole
/// height between them. Coordinates are page pixels, top-left origin.
/// </summary>
internal static class StateGrid
{
    private const int Rows = 4;
    private const int Columns = 13;

    /// <summary>One frame: its inside, and the ink inside it and in the gaps left and right of it (pixels).</summary>
    internal readonly record struct Cell(PixelRect Inside, int Ink, int LeftGapInk, int RightGapInk);

    /// <summary>
    /// The 52 frames in form order under <paramref name="caption"/> (the line "(Check "All States" or check
    /// individual States) All States"), or null when four rows of thirteen frames are not found there.
    /// </summary>
    public static Cell[]? Cells(Image binary, int dpi, PixelRect caption, RuleGrid grid)
    {
        var left = Math.Max(0, caption.Left - (dpi / 5));
        var right = Math.Min(binary.Width, caption.Right + (dpi / 2));
        var top = caption.Bottom;
        var bottom = Math.Min(binary.Height, top + (int)(1.2 * dpi));
        var edges = FrameEdges(binary, left, right, top, bottom, (int)(0.5 * caption.Width));
        var rows = new List<(int Top, int Bottom)>();
        for (var i = 0; i + 1 < edges.Count && rows.Count < Rows; i++)
        {
            // A row of frames runs from one edge to the next; the gap between two rows is thinner than a frame.
            var height = edges[i + 1].Top - edges[i].Bottom;
            if (height >= dpi / 12)
            {
                rows.Add((edges[i].Bottom, edges[i + 1].Top));
                i++;
            }
        }

        if (rows.Count < Rows)
        {
            return null;
        }

        var rules = grid.Vertical.Where(v => v.Height > dpi / 2).ToList();
        var cells = new Cell[Rows * Columns];
        for (var row = 0; row < Rows; row++)
        {
            var (rowTop, rowBottom) = rows[row];
            var sides = Frames(Sides(binary, left, right, rowTop, rowBottom, rules), dpi, rowTop, rowBottom);
            if (sides is null)
            {
                return null;
            }

            for (var col = 0; col < Columns; col++)
            {
                var inside = PixelRect.FromEdges(sides[2 * col].Right + 1, rowTop + 1, sides[(2 * col) + 1].Left - 1, rowBottom - 1);
                var gapLeft = col == 0 ? sides[0].Left - (dpi / 20) : sides[(2 * col) - 1].Right + 1;
                var gapRight = col == Columns - 1 ? sides[^1].Right + (dpi / 20) : sides[(2 * col) + 2].Left - 1;
                cells[(row * Columns) + col] = new Cell(
                    inside,
                    binary.CountInk(inside),
                    binary.CountInk(PixelRect.FromEdges(gapLeft, rowTop, sides[2 * col].Left, rowBottom)),
                    binary.CountInk(PixelRect.FromEdges(sides[(2 * col) + 1].Right + 1, rowTop, gapRight, rowBottom)));
            }
        }

        return cells;
    }

    /// <summary>
    /// The state grids of a page below row <paramref name="from"/>, found from the ink alone (before any OCR):
    /// four rows of frames, each row's sides fitting thirteen frames at one pitch. Each is the rectangle around
    /// the frames, page pixels. The page's OCR leaves them out: their text is junk, costs a Section B page about
    /// two fifths of its OCR time, and <see cref="Cells"/> reads them from the pixels.
    /// </summary>
    public static List<PixelRect> Find(Image binary, int dpi, int from)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var grids = new List<PixelRect>();
        // Thirteen frames fill about half a page's width; a text line, even bold, well under a third of it.
        var edges = FrameEdges(binary, 0, binary.Width, Math.Max(0, from), binary.Height, binary.Width / 3);
        for (var i = 0; i + (2 * Rows) <= edges.Count; i++)
        {
            if (Rows4(edges, i, dpi) is not { } last)
            {
                continue;
            }

            var firstRow = Frames(Sides(binary, 0, binary.Width, edges[i].Bottom, edges[i + 1].Top, []), dpi, edges[i].Bottom, edges[i + 1].Top);
            if (firstRow is null)
            {
                continue;
            }

            var margin = Math.Max(2, dpi / 50);
            grids.Add(PixelRect.FromEdges(firstRow[0].Left - margin, edges[i].Top - margin, firstRow[^1].Right + margin, edges[last].Bottom + margin));
            i = last;
        }

        return grids;
    }

    /// <summary>
    /// The index of the last edge when the edges from <paramref name="first"/> on make four rows of frames (top
    /// and bottom edge of each, a frame's height apart, the rows close together); null otherwise.
    /// </summary>
    private static int? Rows4(List<(int Top, int Bottom)> edges, int first, int dpi)
    {
        var height = edges[first + 1].Top - edges[first].Bottom;
        if (height < dpi / 12 || height > dpi / 4)
        {
            return null;
        }

        for (var row = 1; row < Rows; row++)
        {
            var top = first + (2 * row);
            var gap = edges[top].Top - edges[top - 1].Bottom;
            var h = edges[top + 1].Top - edges[top].Bottom;
            if (gap > dpi / 10 || Math.Abs(h - height) > Math.Max(3, height / 5))
            {
                return null;
            }
        }

        return first + (2 * Rows) - 1;
    }

    /// <summary>
    /// Groups of pixel rows inked along at least <paramref name="minInk"/> pixels in ten or more pieces, top to
    /// bottom: the frames' top and bottom edges (13 frames fill about three quarters of the caption line's
    /// width), not the codes' rows, whose letters, even bold and bled, ink well under half of it.
    /// </summary>
    private static List<(int Top, int Bottom)> FrameEdges(Image binary, int left, int right, int top, int bottom, int minInk)
    {
        var edges = new List<(int Top, int Bottom)>();
        for (var y = top; y < bottom; y++)
        {
            var line = new PixelRect(left, y, right - left, 1);
            if (binary.CountInk(line) < minInk || Pieces(binary, line) < Columns - 3)
            {
                continue;
            }

            if (edges.Count > 0 && y - edges[^1].Bottom <= 2)
            {
                edges[^1] = (edges[^1].Top, y + 1);
            }
            else
            {
                edges.Add((y, y + 1));
            }
        }

        return edges;
    }

    /// <summary>Runs of inked pixels along a one-pixel-high line, counting gaps of 3 px or more as breaks.</summary>
    private static int Pieces(Image binary, PixelRect line)
    {
        var pieces = 0;
        var white = 3;
        for (var x = line.Left; x < line.Right; x++)
        {
            if (binary.CountInk(new PixelRect(x, line.Top, 1, 1)) > 0)
            {
                if (white >= 3)
                {
                    pieces++;
                }

                white = 0;
            }
            else
            {
                white++;
            }
        }

        return pieces;
    }

    /// <summary>
    /// The 13 frames' sides (left, right, left, ...) that the candidate sides of a row best fit: frames printed at
    /// one pitch and one width. A mark's or a bracket's full-height stroke adds a candidate and a bled or broken
    /// side loses one, so the pitch and width are the commonest spacings among the candidates, and each side is
    /// the candidate within a few pixels of where the fit puts it, or the fit's own place. Null when fewer than
    /// two thirds of the sides are found where the fit puts them.
    /// </summary>
    private static List<PixelRect>? Frames(List<PixelRect> candidates, int dpi, int top, int bottom)
    {
        var xs = candidates.Select(c => c.Left).ToList();
        int? Commonest(int min, int max)
        {
            var counts = new Dictionary<int, int>();
            for (var i = 0; i < xs.Count; i++)
            {
                for (var j = i + 1; j < xs.Count; j++)
                {
                    var d = xs[j] - xs[i];
                    if (d >= min && d <= max)
                    {
                        // Bins of 2 px: a scanned frame's spacing varies by a pixel.
                        counts[d / 2] = counts.GetValueOrDefault(d / 2) + 1;
                    }
                }
            }

            return counts.Count == 0 ? null : (counts.MaxBy(c => c.Value).Key * 2) + 1;
        }

        // A frame is wider than the gap between two frames: the width is sought above half the pitch.
        if (Commonest(dpi / 4, (int)(0.7 * dpi)) is not { } pitch || Commonest(pitch / 2, pitch - (dpi / 30)) is not { } width)
        {
            return null;
        }

        var tolerance = Math.Max(3, dpi / 75);
        int? Near(int x) => xs.Where(c => Math.Abs(c - x) <= tolerance).Select(c => (int?)c).FirstOrDefault();
        // From each candidate as the first left side, step a pitch at a time, each step from the side found
        // (a mode's pitch is off by a pixel, and twelve steps would add it up).
        List<PixelRect>? best = null;
        var bestFound = -1;
        foreach (var start in xs)
        {
            var sides = new List<PixelRect>();
            var found = 0;
            var expected = start;
            for (var k = 0; k < Columns; k++)
            {
                var leftSide = Near(expected);
                var rightSide = Near((leftSide ?? expected) + width);
                found += (leftSide is null ? 0 : 1) + (rightSide is null ? 0 : 1);
                var l = leftSide ?? expected;
                var r = rightSide ?? (l + width);
                sides.Add(Side(l));
                sides.Add(Side(r));
                expected = l + pitch;
            }

            if (found > bestFound)
            {
                (best, bestFound) = (sides, found);
            }
        }

        PixelRect Side(int x) => candidates.FirstOrDefault(c => c.Left == x) is { Width: > 0 } c ? c : new PixelRect(x, top, 2, bottom - top);

        if (best is null || bestFound < 2 * Columns * 2 / 3)
        {
            return null;
        }

        return best;
    }

    /// <summary>Groups of pixel columns inked over at least four fifths of the row's height, left to right, long vertical rules left out.</summary>
    private static List<PixelRect> Sides(Image binary, int left, int right, int top, int bottom, List<PixelRect> rules)
    {
        var height = bottom - top;
        var sides = new List<PixelRect>();
        for (var x = left; x < right; x++)
        {
            if (rules.Any(v => x >= v.Left - 2 && x <= v.Right + 2 && v.Top < top && v.Bottom > bottom)
                || binary.CountInk(new PixelRect(x, top, 1, height)) < height - 1)
            {
                continue;
            }

            if (sides.Count > 0 && x - sides[^1].Right <= 2)
            {
                sides[^1] = PixelRect.FromEdges(sides[^1].Left, top, x + 1, bottom);
            }
            else
            {
                sides.Add(new PixelRect(x, top, 1, height));
            }
        }

        return sides;
    }

    /// <summary>
    /// The states marked in a grid (<see cref="Cells"/>), in form order. A cross or tick over a code adds ink
    /// inside its frame, but the codes themselves differ in ink ("[IL]" against "[MN]"), by as much as a tick
    /// adds. So frames are measured two ways, and either marks a state. Against the grid's lower-quartile frame,
    /// the marked ones are those above the widest gap in the sorted ratios, when it is wide (crosses): on syn-05
    /// unmarked frames spread 0.75-1.35 against 1.86-2.51 for the crossed; on syn-27's heavy 200 DPI scan, where
    /// nothing is marked, 0.73-1.71 in one spread. And where the page prints more grids
    /// (<paramref name="pageGrids"/>, this one among them; blank blocks count, their grids are unmarked), against
    /// the same frame of the page's other grids (the lower median): ticks, which add less ink than the codes
    /// differ by, stand out there (syn-13: ticked frames 1.4-1.8 times the grid's quartile, unmarked up to 1.33).
    /// Each grid's ink is first scaled by its own lower quartile, since print and scan darkness vary down a page.
    /// A circle runs mostly outside the frame: it is seen as ink in the white gaps on both sides of the frame (a
    /// neighbour's circle reaches into one gap only).
    /// </summary>
    public static List<string> Marked(Cell[] cells, int dpi, IReadOnlyList<Cell[]> pageGrids)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(pageGrids);
        var scaled = Scaled(cells);
        var sorted = scaled.Order().ToArray();
        var threshold = double.PositiveInfinity;
        var widest = 0.0;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] >= MinMarkedRatio && sorted[i] - sorted[i - 1] > widest)
            {
                (widest, threshold) = (sorted[i] - sorted[i - 1], sorted[i]);
            }
        }

        if (widest < MinMarkGap)
        {
            threshold = double.PositiveInfinity;
        }

        // Against the same frame elsewhere on the page: a state marked in most of the page's grids (recipients
        // often share their states) has a marked median, so the grid's own spread above still decides it.
        var others = pageGrids.Count >= 2 ? pageGrids.Select(Scaled).ToList() : null;
        bool MarkedAgainstOthers(int i) =>
            others is not null && scaled[i] >= MinMarkedAgainstSameFrame * Math.Max(0.01, others.Select(g => g[i]).Order().ElementAt((others.Count - 1) / 2));

        // A circle's stroke crossing a gap: about a row's height of a 0.01 in stroke, 100-200 px at 300 DPI,
        // where a heavy scan's bleed leaves up to 28 px at 200 DPI.
        var minGapInk = (int)(0.0009 * dpi * dpi);
        return [.. cells
            .Select((c, i) => (Cell: c, Index: i, State: UsStates.FormOrder[i]))
            .Where(x => scaled[x.Index] >= threshold || MarkedAgainstOthers(x.Index) || (x.Cell.LeftGapInk >= minGapInk && x.Cell.RightGapInk >= minGapInk))
            .Select(x => x.State)];
    }

    /// <summary>Each frame's ink in multiples of the grid's lower-quartile frame.</summary>
    private static double[] Scaled(Cell[] cells)
    {
        var quartile = (double)Math.Max(1, cells.Select(c => c.Ink).Order().ElementAt(cells.Length / 4));
        return [.. cells.Select(c => c.Ink / quartile)];
    }

    /// <summary>Least ink of a marked frame against the same frame of the page's other grids.</summary>
    private const double MinMarkedAgainstSameFrame = 1.3;

    /// <summary>Least ink of a marked frame, in multiples of the grid's lower-quartile frame.</summary>
    private const double MinMarkedRatio = 1.5;

    /// <summary>Least gap between the ink ratios of the marked frames and of the unmarked ones.</summary>
    private const double MinMarkGap = 0.35;
}
