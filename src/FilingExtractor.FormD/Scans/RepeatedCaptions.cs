using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Layout;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// Reads each of the form's recurring captions (<see cref="KnownCaptions"/>) once per filing. A related-persons
/// page prints the same three captions six times, a B page its five captions three times, and every continuation
/// sheet prints them again: a third of those pages' text, and OCR time grows with the length of the lines read.
/// Before a part of a page is read, each of its lines is compared, as ink on the rule-free page, with the
/// captions already read in the filing and with the part's other lines (Leptonica's rank Hausdorff test, as its
/// jbig2 classifier compares glyphs). A line that matches a caption read before is erased from the image OCR
/// reads and the caption's words, moved onto it, take its place; of lines that match each other, one is read
/// alone first and stands for all only when it reads as a known caption. Lines are compared on the page as the
/// OCR sees it (rules and checkbox frames erased), so a block's ticked boxes do not set it apart; a name typed
/// over a caption does, and that line is read as usual. One instance per filing (pages are read in order).
/// </summary>
internal sealed class RepeatedCaptions : IDisposable
{
    /// <summary>Share of each line's ink the other's dilation must cover: same print under scan noise reaches it, a line one digit apart does not.</summary>
    private const float Rank = 0.97f;

    /// <summary>Side of the square brick, pixels, by which strokes may have moved or thickened between two prints of a line.</summary>
    private const int Dilation = 3;

    /// <summary>Captions kept per filing: a filing's pages print about a dozen distinct ones.</summary>
    private const int MaxKept = 64;

    private readonly List<Caption> kept = [];

    /// <summary>A caption read on some page of the filing: its ink, where that ink's crop began (page pixels), and its lines as read there.</summary>
    private sealed record Caption(InkShape Shape, int Left, int Top, int Dpi, IReadOnlyList<TextLine> Lines)
    {
        /// <summary>Which of <see cref="KnownCaptions"/> this is, and how alike its reading is to that caption's text.</summary>
        public (int Caption, double Likeness) Known { get; } = KnownCaptions.Nearest(string.Join(' ', Lines.Select(l => l.Text)));
    }

    /// <summary>
    /// A line of the part about to be read: its band, its ink's crop (left edge to right edge of its glyphs) and its
    /// shape. A merged line is a band taller than one line of print (typed text run onto a caption, the two touching):
    /// it is only searched for captions inside it (<see cref="Within"/>).
    /// </summary>
    internal sealed record Line(TextBand Band, int Left, int Right, InkShape Shape, bool Merged)
    {
        public PixelRect Crop => PixelRect.FromEdges(Left, Band.Top, Right, Band.Bottom);

        public PixelRect Rows(int width) => PixelRect.FromEdges(0, Band.Top, width, Band.Bottom);
    }

    /// <summary>
    /// Erases, from rows [page's reading, <paramref name="bottom"/>) of the rule-free page, the lines that are
    /// captions read before in the filing or that repeat a line of the part that reads as a caption, and returns
    /// their words (blocks to place among the part's), and the part's other lines, which
    /// <see cref="Remember"/> looks at once the part is read.
    /// </summary>
    public (List<TextBlock> Copies, List<Line> Unread) PassOver(ScanPage page, int bottom)
    {
        var copies = new List<TextBlock>();
        var lines = Lines(page, bottom);
        var erased = new List<Line>();
        foreach (var line in lines.Where(l => !l.Merged))
        {
            if (Find(line, page.Dpi) is { } caption)
            {
                copies.Add(Move(caption, line));
                erased.Add(line);
            }
        }

        var rest = lines.Except(erased).Where(l => !l.Merged).ToList();
        while (rest.Count > 0)
        {
            var first = rest[0];
            var alike = rest.Where(l => ReferenceEquals(l, first) || Same(first.Shape, l.Shape, page.Dpi)).ToList();
            rest.RemoveAll(alike.Contains);
            if (alike.Count < 2)
            {
                continue;
            }

            // The first line of the group that reads as a caption stands for the group; a second try is worth
            // it when the first read like a caption spoilt by noise, which may spare the next print of the line
            // (a repeated typed value, an address say, is not tried twice).
            foreach (var candidate in alike.Take(2))
            {
                var read = ReadAlone(page, candidate);
                var likeness = KnownCaptions.Likeness(read.Text);
                if (likeness >= KnownCaptions.Threshold && Keep(candidate, page.Dpi, [.. read.Lines]) is { } caption)
                {
                    copies.AddRange(alike.Select(l => Move(caption, l)));
                    erased.AddRange(alike);
                    break;
                }

                if (likeness < KnownCaptions.Threshold - 0.25)
                {
                    break;
                }
            }
        }

        var img = page.OcrImage!;
        foreach (var line in erased)
        {
            img.Whiten(line.Rows(img.Width));
            page.CopiedCaptions.Add(line.Rows(img.Width));
        }

        // Captions with typed text run onto them: only the caption's ink goes (its dilation, laid where it was
        // found), the typed text stays to be read with nothing touching it.
        var parted = 0;
        foreach (var line in lines.Except(erased))
        {
            foreach (var (caption, dx, dy) in PartFrom(page, line))
            {
                copies.Add(Move(caption, dx, dy));
                parted++;
            }
        }

        if (erased.Count > 0 || parted > 0)
        {
            // The open session holds the image as it was.
            page.CloseSession();
        }

        var unread = lines.Except(erased).Where(l => !l.Merged).ToList();
        foreach (var line in erased.Where(l => !kept.Any(c => ReferenceEquals(c.Shape, l.Shape))).Concat(lines.Where(l => l.Merged)))
        {
            line.Shape.Dispose();
        }

        return (copies, unread);
    }

    /// <summary>
    /// Erases from the rule-free page the captions read before in the filing that the lines of <paramref name="zone"/>
    /// (page pixels) hold with typed text run onto them, for a value read again there after its part was read: on the
    /// first page that prints a caption, it is known only once that page's part is read. The page's OCR session is
    /// reopened on the changed image when anything was erased. Returns whether anything was.
    /// </summary>
    public bool PartFrom(ScanPage page, PixelRect zone)
    {
        var img = page.OcrImage!;
        zone = zone.ClipTo(img.Width, img.Height);
        if (zone.IsEmpty || kept.Count == 0)
        {
            return false;
        }

        var parted = false;
        using (var crop = img.Crop(zone))
        {
            foreach (var band in TextBands.Find(crop, page.Dpi))
            {
                if (band.Height > page.Dpi * MergedInches || TextBands.Extent(crop, band, page.Dpi) is not { } extent)
                {
                    continue;
                }

                using var ink = crop.Crop(PixelRect.FromEdges(extent.Left, band.Top, extent.Right, band.Bottom));
                using var shape = InkShape.From(ink, Dilation);
                var line = new Line(new TextBand(band.Top + zone.Top, band.Bottom + zone.Top), extent.Left + zone.Left, extent.Right + zone.Left, shape, Merged: true);
                parted |= PartFrom(page, line).Count > 0;
            }
        }

        if (parted && page.Session is not null)
        {
            page.CloseSession();
            page.Session = page.Engine.BeginPage(img, page.Source.Resolution);
        }

        return parted;
    }

    /// <summary>
    /// Erases from the rule-free page the captions read before that <paramref name="line"/> holds with typed text run
    /// onto them (<see cref="Within"/>): only each caption's ink, and what lies within <see cref="EraseMargin"/> of it,
    /// so the typed text stays to be read with nothing touching it. Returns the captions with how far they were moved
    /// from where they were read (page pixels).
    /// </summary>
    private List<(Caption Caption, int Dx, int Dy)> PartFrom(ScanPage page, Line line)
    {
        var parted = new List<(Caption, int, int)>();
        foreach (var (caption, x, y) in Within(line, page.Dpi))
        {
            var left = line.Left + x;
            var top = line.Band.Top + y;
            caption.Shape.EraseFrom(page.OcrImage!, left, top, EraseMargin(page.Dpi));
            page.CopiedCaptions.Add(new PixelRect(left, top, caption.Shape.Width, caption.Shape.Height));
            parted.Add((caption, left - caption.Left, top - caption.Top));
        }

        return parted;
    }

    /// <summary>
    /// Keeps, from a part just read, the lines among <paramref name="unread"/> that read as a caption (all of the
    /// Tesseract lines in their rows, and nothing of those lines outside them), for the pages still to come;
    /// disposes of the others' shapes.
    /// </summary>
    public void Remember(ScanPage page, PageText part, List<Line> unread)
    {
        var tolerance = Math.Max(2, page.Dpi / 100);
        foreach (var line in unread)
        {
            var read = part.Lines.Where(l => l.Box.CenterY >= line.Band.Top && l.Box.CenterY < line.Band.Bottom).ToList();
            var inside = read.Count > 0 && read.All(l => l.Box.Top >= line.Band.Top - tolerance && l.Box.Bottom <= line.Band.Bottom + tolerance);
            if (!inside || KnownCaptions.Likeness(string.Join(' ', read.Select(l => l.Text))) < KnownCaptions.Threshold || Keep(line, page.Dpi, read) is null)
            {
                line.Shape.Dispose();
            }
        }
    }

    public void Dispose()
    {
        foreach (var caption in kept)
        {
            caption.Shape.Dispose();
        }

        kept.Clear();
    }

    /// <summary>Height of one line of print, inches: a taller band is lines run together (<see cref="Line.Merged"/>).</summary>
    private const double LineInches = 0.25;

    /// <summary>Height of the tallest band searched for captions inside it, inches: a caption and a typed line overlapping.</summary>
    private const double MergedInches = 0.5;

    /// <summary>
    /// The part's lines worth comparing: bands of the rule-free page in rows [page's reading, <paramref name="bottom"/>)
    /// not already passed over as prose, of print's height (0.05 to 0.25 in; up to 0.5 in for merged lines) and at
    /// least an inch long (a shorter line costs little to read, and one glyph is too large a share of it to tell it
    /// from a look-alike).
    /// </summary>
    private static List<Line> Lines(ScanPage page, int bottom)
    {
        var img = page.OcrImage!;
        var bands = page.Bands ??= TextBands.Find(img, page.Dpi);
        var lines = new List<Line>();
        foreach (var band in bands)
        {
            if (band.Top < page.ReadTo || band.Bottom > bottom || band.Height < page.Dpi * 0.05 || band.Height > page.Dpi * MergedInches
                || page.SkippedProse.Any(p => band.Top >= p.Top && band.Bottom <= p.Bottom)
                || TextBands.Extent(img, band, page.Dpi) is not { } extent || extent.Right - extent.Left < page.Dpi)
            {
                continue;
            }

            using var crop = img.Crop(PixelRect.FromEdges(extent.Left, band.Top, extent.Right, band.Bottom));
            lines.Add(new Line(band, extent.Left, extent.Right, InkShape.From(crop, Dilation), band.Height > page.Dpi * LineInches));
        }

        return lines;
    }

    /// <summary>
    /// Whether two lines are prints of the same text: the rank test, and nothing left uncovered on either side as
    /// tall or wide as 0.04 in (a glyph of small print is 0.07 in tall): a date typed on a signature caption's line
    /// is a few hundredths of the line's ink, within the rank, but it is one blob.
    /// </summary>
    private static bool Same(InkShape a, InkShape b, int dpi) => a.Matches(b, Rank, Math.Max(2, dpi / 100), Blob(dpi));

    /// <summary>The smallest piece of ink, pixels, that is a glyph rather than noise: 0.04 in.</summary>
    private static int Blob(int dpi) => Math.Max(4, (int)Math.Round(dpi * 0.04));

    private Caption? Find(Line line, int dpi) => kept.FirstOrDefault(c => c.Dpi == dpi && Same(c.Shape, line.Shape, dpi));

    /// <summary>How much taller than a caption a merged line is at least, inches: a typed line (0.12 in or more) run onto it, not a typed line alone (up to 0.06 in taller).</summary>
    private const double RunOntoInches = 0.07;

    /// <summary>
    /// The captions read before that a line holds with typed text run onto them, each with the place of its crop's
    /// top-left corner in the line's crop: the caption's ink all there (<see cref="InkShape.Locate"/>: 97 % of it under
    /// the line's dilation and no glyph of it missing). Tried only where that can be: the line taller than the caption
    /// by a typed line's share (<see cref="RunOntoInches"/>), starting where the caption started when read (within
    /// <see cref="StartInches"/>; the form prints its captions at their cells' left margin and types values indented),
    /// and the caption at the line's top or bottom (typed text runs onto it from below or above), within a few pixels.
    /// At most five prints per caption, the latest kept first (the cache holds several prints of each), and none where one found already lies (the same
    /// caption with and without a tail).
    /// </summary>
    private IEnumerable<(Caption Caption, int X, int Y)> Within(Line line, int dpi)
    {
        var found = new List<PixelRect>();
        var maxShift = Math.Max(3, dpi / 60);
        foreach (var prints in kept.Where(c => c.Dpi == dpi).GroupBy(c => c.Known.Caption).OrderByDescending(g => g.Max(c => c.Shape.Width)))
        {
            foreach (var caption in prints.Reverse().Take(PrintsTried))
            {
                var shape = caption.Shape;
                if (line.Shape.Height < shape.Height + (RunOntoInches * dpi) || line.Shape.Width < shape.Width - maxShift
                    || Math.Abs(line.Left - caption.Left) > StartInches * dpi)
                {
                    continue;
                }

                if (line.Shape.Locate(shape, [(0, 0), (0, line.Shape.Height - shape.Height)], Rank, maxShift, Blob(dpi)) is { } at)
                {
                    var place = new PixelRect(at.X, at.Y, shape.Width, shape.Height);
                    if (!found.Any(f => !f.Intersect(place).IsEmpty))
                    {
                        found.Add(place);
                        yield return (caption, at.X, at.Y);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// Prints of one caption tried against a line, the latest kept first: those of the page being read, or of the
    /// page before, were scanned at the line's scale (a page scanned 1 % larger puts a long caption's far end 6 pixels
    /// off any one alignment), and noise makes one print differ from another by more than the rank allows now and then.
    /// </summary>
    private const int PrintsTried = 5;

    /// <summary>How far around a found caption's strokes its print is erased, pixels: 0.015 in, the play between two prints' strokes.</summary>
    private static int EraseMargin(int dpi) => Math.Max(2, (int)Math.Round(dpi * 0.015));

    /// <summary>How far from where a caption started when read its next print may start, inches: the page's shift on the scanner.</summary>
    private const double StartInches = 0.15;

    private Caption? Keep(Line line, int dpi, IReadOnlyList<TextLine> lines)
    {
        if (kept.Count >= MaxKept || lines.Count == 0)
        {
            return null;
        }

        var caption = new Caption(line.Shape, line.Left, line.Band.Top, dpi, lines);
        kept.Add(caption);
        return caption;
    }

    /// <summary>The line read alone, as one line of text (its crop and a margin of a fiftieth of an inch).</summary>
    private static PageText ReadAlone(ScanPage page, Line line)
    {
        var img = page.OcrImage!;
        var margin = Math.Max(2, page.Dpi / 50);
        page.Session ??= page.Engine.BeginPage(img, page.Source.Resolution);
        return page.Session.Read(line.Crop.Inflate(margin, margin).ClipTo(img.Width, img.Height), OcrReadOptions.Line);
    }

    /// <summary>The caption's words moved onto <paramref name="line"/>, aligned on the centroids of their ink.</summary>
    private static TextBlock Move(Caption caption, Line line) => Move(
        caption,
        (int)Math.Round(line.Left + line.Shape.CentroidX - caption.Left - caption.Shape.CentroidX),
        (int)Math.Round(line.Band.Top + line.Shape.CentroidY - caption.Top - caption.Shape.CentroidY));

    /// <summary>The caption's words moved by (dx, dy) page pixels.</summary>
    private static TextBlock Move(Caption caption, int dx, int dy)
    {
        return new TextBlock([.. caption.Lines.Select(l => new TextLine([.. l.Words.Select(w => new Word(
            [.. w.Glyphs.Select(g => g with { Box = new PixelRect(g.Box.Left + dx, g.Box.Top + dy, g.Box.Width, g.Box.Height) })],
            w.Confidence))]))]);
    }
}
