using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;

namespace FilingExtractor.Layout;

/// <summary>When two OCR lines are pieces of one printed line; lengths in inches, converted with the page DPI.</summary>
public sealed record BrokenLineOptions
{
    /// <summary>
    /// Widest gap between the pieces: a blot or a few word spaces of the form's 8-10 pt type. A label and its
    /// answer across a slot are further apart and stay separate lines.
    /// </summary>
    public double MaxGapInches { get; init; } = 0.25;

    /// <summary>Least vertical overlap of the pieces, as a share of the shorter one's height.</summary>
    public double MinOverlap { get; init; } = 0.6;

    public static BrokenLineOptions Default { get; } = new();
}

/// <summary>
/// Joins the pieces of printed lines that Tesseract's layout analysis split into separate lines (often in
/// separate blocks) at a blot or a wide word space: "5. Indicate below the amount of th" and "jjusted gross
/// proceeds to the issuer ...". Labels are matched within one line, so a split label is otherwise lost.
/// </summary>
public static class BrokenLines
{
    /// <summary>
    /// The page with each run of line pieces on one row, each starting within
    /// <see cref="BrokenLineOptions.MaxGapInches"/> of the previous one's end, made one line (in the block
    /// of its leftmost piece); blocks left empty are dropped. Boxes are page pixels, unchanged.
    /// </summary>
    public static PageText Join(PageText page, int dpi, BrokenLineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= BrokenLineOptions.Default;
        var maxGap = options.MaxGapInches * dpi;
        var lines = page.Blocks.SelectMany((b, bi) => b.Lines.Select(l => (Block: bi, Line: l))).ToList();
        // Each line's successor on its row: the nearest line to its right that overlaps it enough and starts
        // within the gap. Lines are visited left to right so a run is collected from its first piece.
        var next = new Dictionary<TextLine, TextLine>();
        var hasPrevious = new HashSet<TextLine>();
        foreach (var (_, a) in lines.OrderBy(x => x.Line.Box.Left))
        {
            TextLine? best = null;
            foreach (var (_, b) in lines)
            {
                var gap = b.Box.Left - a.Box.Right;
                if (ReferenceEquals(a, b) || b.Box.Left <= a.Box.Left || hasPrevious.Contains(b) || gap < -dpi / 50 || gap > maxGap || !SameRow(a.Box, b.Box, options.MinOverlap))
                {
                    continue;
                }

                if (best is null || b.Box.Left < best.Box.Left)
                {
                    best = b;
                }
            }

            if (best is not null)
            {
                next[a] = best;
                hasPrevious.Add(best);
            }
        }

        if (next.Count == 0)
        {
            return page;
        }

        var joined = new Dictionary<TextLine, TextLine>();
        foreach (var (_, first) in lines.Where(x => !hasPrevious.Contains(x.Line) && next.ContainsKey(x.Line)))
        {
            var words = new List<Word>(first.Words);
            for (var piece = next[first]; ; piece = next[piece])
            {
                words.AddRange(piece.Words);
                if (!next.ContainsKey(piece))
                {
                    break;
                }
            }

            joined[first] = new TextLine(words);
        }

        var blocks = page.Blocks
            .Select(b => b.Lines.Where(l => !hasPrevious.Contains(l)).Select(l => joined.GetValueOrDefault(l, l)).ToList())
            .Where(ls => ls.Count > 0)
            .Select(ls => new TextBlock(ls))
            .ToList();
        return new PageText(blocks, page.Width, page.Height, page.Resolution, page.Origin);
    }

    private static bool SameRow(PixelRect a, PixelRect b, double minOverlap)
    {
        var overlap = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        return overlap >= minOverlap * Math.Min(a.Height, b.Height);
    }
}
