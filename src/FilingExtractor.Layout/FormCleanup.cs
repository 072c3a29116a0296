using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>What <see cref="FormCleanup"/> erases as a rule; lengths in inches, converted with the page DPI.</summary>
public sealed record FormCleanupOptions
{
    /// <summary>Rules at least this long are erased: 0.3 in, longer than any glyph of the form's type.</summary>
    public double RuleInches { get; init; } = 0.3;

    /// <summary>
    /// Longest horizontal run that may still be text: in heavy, bold scans the letters of a word run into
    /// each other along the baseline and the x-height, and such runs pass the length test. A word of
    /// 12 pt bold type is under 1.5 in; the form's rules worth erasing are longer, or stand apart.
    /// </summary>
    public double MaxTextRunInches { get; init; } = 1.5;

    /// <summary>
    /// Share of a run's length along which letter parts touch it, from which it is taken as part of the
    /// letters it joins: stems and bowls cross a struck baseline at most places, while a rule has at most
    /// a descender or a speck touching it.
    /// </summary>
    public double MinTouchedShare { get; init; } = 0.25;

    /// <summary>
    /// Least height of the ink touching a run for it to count as a letter part: a third of an x-height of the
    /// form's small print. A degraded rule's own ragged edge is a pixel or two and does not count.
    /// </summary>
    public double MinLetterPartInches { get; init; } = 0.025;

    /// <summary>Ink this close to a rule's end, along it, is taken with the rule (its stepped continuation).</summary>
    public double RuleMarginAlongInches { get; init; } = 0.03;

    /// <summary>Ink this close to a rule's side is taken with it (its ragged edge); a pixel or two.</summary>
    public double RuleMarginAcrossInches { get; init; } = 0.006;

    /// <summary>
    /// Pieces of a broken rule that the length test leaves: flat components at least this long, in a
    /// degraded scan where a rule's ink breaks into dashes shorter than <see cref="RuleInches"/>.
    /// </summary>
    public double MinDashInches { get; init; } = 0.08;

    /// <summary>Thickest such piece: a rule's stroke, thinner than any letter (a hyphen is shorter).</summary>
    public double MaxDashThicknessInches { get; init; } = 0.02;

    /// <summary>
    /// Mean stroke width of the rule-free page's ink above which the scan bled (ink spread by a pixel or more each
    /// way, small print run shut): 0.0175 in; the form's print on a clean scan measures about 0.012 in.
    /// </summary>
    public double MaxStrokeInches { get; init; } = 0.0175;

    /// <summary>Stroke width a bled page is thinned towards, inches: the widest a clean scan's print measures.</summary>
    public double TypicalStrokeInches { get; init; } = 0.0125;

    /// <summary>Largest square brick, pixels, a bled page is eroded by: more takes thin strokes of small print away.</summary>
    public int MaxThinning { get; init; } = 2;

    public static FormCleanupOptions Default { get; } = new();
}

/// <summary>
/// Makes the image a form page is recognised from: the bilevel page without its form rules, checkbox frames
/// and marks, and dot leaders. None of these is text, yet Tesseract's line finding and recogniser spend time
/// on them and read them as junk glued to the labels beside them ("[Ll]", "X", "LeQal FECS occ cece").
/// Coordinates and size are those of the input (image pixels, top-left origin).
/// </summary>
public static class FormCleanup
{
    /// <summary>A new 1 bpp image for OCR made from <paramref name="binary"/>, which is left unchanged.</summary>
    /// <param name="binary">The deskewed 1 bpp page.</param>
    /// <param name="dpi">The page's resolution, to turn inches into pixels.</param>
    /// <param name="boxes">The page's checkboxes (<see cref="Checkboxes.Find"/>), blanked with their frames.</param>
    /// <param name="options">Thresholds; <see cref="FormCleanupOptions.Default"/> when null.</param>
    public static Image OcrImage(Image binary, int dpi, IEnumerable<PixelRect> boxes, FormCleanupOptions? options = null) =>
        OcrImage(binary, dpi, boxes, out _, options);

    /// <summary>
    /// As <see cref="OcrImage(Image, int, IEnumerable{PixelRect}, FormCleanupOptions?)"/>, also giving the
    /// horizontal runs that passed the rule test but run through the middle of letters, touched by letter
    /// parts both above and below along much of their length (heavy bold words run together along their
    /// x-height): zones in page pixels, each around one run. The page's <see cref="RuleGrid"/> must not take
    /// them for cell rules. A run touched on one side only is put back as text here too, but may be a piece
    /// of a real rule with a caption bled onto it, so it is not among them.
    /// </summary>
    public static Image OcrImage(Image binary, int dpi, IEnumerable<PixelRect> boxes, out IReadOnlyList<PixelRect> struckRuns, FormCleanupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(binary);
        ArgumentNullException.ThrowIfNull(boxes);
        options ??= FormCleanupOptions.Default;
        var rule = Math.Max(10, (int)(options.RuleInches * dpi));
        // A scanned rule is ragged and stepped where it slants: the length test catches its straight runs
        // but leaves the steps and the ragged edge, which read as "Jo _ _ _". So ink close around a rule
        // goes with it: a few pixels along it, a pixel or two across.
        var along = Math.Max(2, (int)Math.Round(options.RuleMarginAlongInches * dpi));
        var across = Math.Max(1, (int)Math.Round(options.RuleMarginAcrossInches * dpi));
        using var horizontal = binary.ExtractRules(rule, 0);
        using var vertical = binary.ExtractRules(0, rule);
        Image ocr;
        using var horizontalZone = horizontal.DilateBinary((2 * along) + 1, (2 * across) + 1);
        using (var verticalZone = vertical.DilateBinary((2 * across) + 1, (2 * along) + 1))
        using (var withoutHorizontal = binary.Minus(horizontalZone))
        {
            ocr = withoutHorizontal.Minus(verticalZone);
        }

        try
        {
            // Put back the horizontal runs that are parts of letters, so heavy bold words are not struck
            // through. Decided on the rule-free image first, then restored, so one run's restoring does not
            // make its neighbour look touched.
            var minPart = options.MinLetterPartInches * dpi;
            var letterParts = ocr.ConnectedComponents().Where(c => c.Height >= minPart).ToList();
            var runs = horizontal.ConnectedComponents()
                .Select(run => run.Inflate(along, across))
                .Where(zone => IsPartOfText(letterParts, zone, dpi, options))
                .ToList();
            struckRuns = [.. runs.Where(zone => IsStruckThrough(letterParts, zone, options))];
            foreach (var zone in runs)
            {
                ocr.PaintFrom(binary, zone);
            }

            // Typed text set low in its cell sits on the cell's lower rule, and erasing the rule cut every
            // letter crossing it in two (syn-31's "Ingram, Rajesh X." read "weam Dadtaah"). Where ink stands
            // right above and right below the erased band, a stroke crossed it: the scan's pixels go back
            // there. A vertical closing as tall as the band bridges exactly such gaps; a caption set under
            // the rule is further from the letters above it than that.
            var band = TypicalThickness(horizontal) + (2 * across) + 1;
            using (var closed = ocr.CloseBinary(1, band + 1))
            using (var crossing = closed.Intersect(horizontalZone))
            using (var strokes = crossing.Intersect(binary))
            {
                var restored = ocr.Union(strokes);
                ocr.Dispose();
                ocr = restored;
            }

            // Dashes left of broken rules read as "—", "_" or "~" runs that join the words beside them.
            var minDash = options.MinDashInches * dpi;
            var maxThickness = Math.Max(2, options.MaxDashThicknessInches * dpi);
            foreach (var piece in ocr.ConnectedComponents().Where(c => c.Width >= minDash && c.Height <= maxThickness && c.Width >= 4 * c.Height))
            {
                ocr.Whiten(piece);
            }

            // Box states are read from the bilevel page's pixels, not from this image.
            foreach (var box in boxes)
            {
                Checkboxes.Erase(ocr, box, dpi);
            }

            foreach (var dot in DotLeaders.Find(binary, dpi))
            {
                ocr.Whiten(dot.Inflate(1, 1));
            }

            var thinned = Thinned(ocr, dpi, options);
            if (!ReferenceEquals(thinned, ocr))
            {
                ocr.Dispose();
                ocr = thinned;
            }

            return ocr;
        }
        catch
        {
            ocr.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The rule-free page eroded by a square brick when its strokes are wider than <see cref="FormCleanupOptions.MaxStrokeInches"/>
    /// (a scan that bled: Tesseract reads small print run shut as noise, "Bracineus or Revhdenen Adiierrs" for "Business
    /// or Residence Address"); the brick's side is the width in excess of <see cref="FormCleanupOptions.TypicalStrokeInches"/>
    /// plus one, at most <see cref="FormCleanupOptions.MaxThinning"/>. Otherwise the image itself.
    /// </summary>
    public static Image Thinned(Image ocr, int dpi, FormCleanupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        options ??= FormCleanupOptions.Default;
        var width = ocr.StrokeWidth();
        if (width <= options.MaxStrokeInches * dpi)
        {
            return ocr;
        }

        var brick = Math.Clamp(1 + (int)Math.Round(width - (options.TypicalStrokeInches * dpi)), 1, options.MaxThinning);
        return brick <= 1 ? ocr : ocr.ErodeBinary(brick, brick);
    }

    /// <summary>The median thickness (pixels) of a page's horizontal rules; 1 when it has none.</summary>
    private static int TypicalThickness(Image rules)
    {
        var heights = rules.ConnectedComponents().Select(c => c.Height).Order().ToList();
        return heights.Count == 0 ? 1 : heights[heights.Count / 2];
    }

    /// <summary>
    /// Whether a horizontal run found by the rule test belongs to the letters around it: short enough for
    /// a word, and touched above or below along much of its length by letter parts (components of the
    /// rule-free page at least <see cref="FormCleanupOptions.MinLetterPartInches"/> tall).
    /// </summary>
    private static bool IsPartOfText(List<PixelRect> letterParts, PixelRect run, int dpi, FormCleanupOptions options)
    {
        if (run.Width > options.MaxTextRunInches * dpi)
        {
            return false;
        }

        // Touching: the part's box overlaps the run's rows or lies right above or below them.
        return Covered(letterParts.Where(c => c.Bottom >= run.Top - 1 && c.Top <= run.Bottom + 1), run) >= options.MinTouchedShare * run.Width;
    }

    /// <summary>Whether letter parts touch a run from above and from below, each along much of its length.</summary>
    private static bool IsStruckThrough(List<PixelRect> letterParts, PixelRect run, FormCleanupOptions options)
    {
        var above = letterParts.Where(c => c.Top < run.Top && c.Bottom >= run.Top - 1);
        var below = letterParts.Where(c => c.Bottom > run.Bottom && c.Top <= run.Bottom + 1);
        var least = options.MinTouchedShare * run.Width;
        return Covered(above, run) >= least && Covered(below, run) >= least;
    }

    /// <summary>Pixels of the run's length that the parts' boxes span, each column counted once.</summary>
    private static int Covered(IEnumerable<PixelRect> parts, PixelRect run)
    {
        var spans = parts
            .Where(c => c.Right > run.Left && c.Left < run.Right)
            .Select(c => (Left: Math.Max(c.Left, run.Left), Right: Math.Min(c.Right, run.Right)))
            .OrderBy(c => c.Left);
        int covered = 0, end = run.Left;
        foreach (var (left, right) in spans)
        {
            var from = Math.Max(left, end);
            if (right > from)
            {
                covered += right - from;
                end = right;
            }
        }

        return covered;
    }
}
