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
    private sealed record Caption(InkShape Shape, int Left, int Top, int Dpi, IReadOnlyList<TextLine> Lines);

    /// <summary>A line of the part about to be read: its band, its ink's crop (left edge to right edge of its glyphs) and its shape.</summary>
    internal sealed record Line(TextBand Band, int Left, int Right, InkShape Shape)
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
        foreach (var line in lines)
        {
            if (Find(line, page.Dpi) is { } caption)
            {
                copies.Add(Move(caption, line));
                erased.Add(line);
            }
        }

        var rest = lines.Except(erased).ToList();
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

        if (erased.Count > 0)
        {
            // The open session holds the image as it was.
            page.CloseSession();
        }

        var unread = lines.Except(erased).ToList();
        foreach (var line in erased.Where(l => !kept.Any(c => ReferenceEquals(c.Shape, l.Shape))))
        {
            line.Shape.Dispose();
        }

        return (copies, unread);
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

    /// <summary>
    /// The part's lines worth comparing: bands of the rule-free page in rows [page's reading, <paramref name="bottom"/>)
    /// not already passed over as prose, of print's height (0.05 to 0.25 in) and at least an inch long (a shorter
    /// line costs little to read, and one glyph is too large a share of it to tell it from a look-alike).
    /// </summary>
    private static List<Line> Lines(ScanPage page, int bottom)
    {
        var img = page.OcrImage!;
        var bands = page.Bands ??= TextBands.Find(img, page.Dpi);
        var lines = new List<Line>();
        foreach (var band in bands)
        {
            if (band.Top < page.ReadTo || band.Bottom > bottom || band.Height < page.Dpi * 0.05 || band.Height > page.Dpi * 0.25
                || page.SkippedProse.Any(p => band.Top >= p.Top && band.Bottom <= p.Bottom)
                || TextBands.Extent(img, band, page.Dpi) is not { } extent || extent.Right - extent.Left < page.Dpi)
            {
                continue;
            }

            using var crop = img.Crop(PixelRect.FromEdges(extent.Left, band.Top, extent.Right, band.Bottom));
            lines.Add(new Line(band, extent.Left, extent.Right, InkShape.From(crop, Dilation)));
        }

        return lines;
    }

    /// <summary>
    /// Whether two lines are prints of the same text: the rank test, and nothing left uncovered on either side as
    /// tall or wide as 0.04 in (a glyph of small print is 0.07 in tall): a date typed on a signature caption's line
    /// is a few hundredths of the line's ink, within the rank, but it is one blob.
    /// </summary>
    private static bool Same(InkShape a, InkShape b, int dpi) => a.Matches(b, Rank, Math.Max(2, dpi / 100), Math.Max(4, (int)Math.Round(dpi * 0.04)));

    private Caption? Find(Line line, int dpi) => kept.FirstOrDefault(c => c.Dpi == dpi && Same(c.Shape, line.Shape, dpi));

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
    private static TextBlock Move(Caption caption, Line line)
    {
        var dx = (int)Math.Round(line.Left + line.Shape.CentroidX - caption.Left - caption.Shape.CentroidX);
        var dy = (int)Math.Round(line.Band.Top + line.Shape.CentroidY - caption.Top - caption.Shape.CentroidY);
        return new TextBlock([.. caption.Lines.Select(l => new TextLine([.. l.Words.Select(w => new Word(
            [.. w.Glyphs.Select(g => g with { Box = new PixelRect(g.Box.Left + dx, g.Box.Top + dy, g.Box.Width, g.Box.Height) })],
            w.Confidence))]))]);
    }
}
