using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Imaging.Preprocessing;
using FilingExtractor.Layout;
using FilingExtractor.Model;
using FilingExtractor.Sources;

namespace FilingExtractor.FormD.Scans;

/// <summary>Binarize and deskew (digital pages with a text layer are only binarized).</summary>
public sealed class PrepareStage : IPageStage
{
    public string Name => "prepare";

    public void Run(ScanPage page, CancellationToken cancellationToken) => page.Prepared = Prepare(page.Source, page.Engine);

    /// <summary>The prepared page this stage makes from a source page (no orientation detection, so no engine is needed).</summary>
    public static PreparedPage Prepare(SourcePage source, OcrEngine? engine = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        // Orientation is corrected later, and only for pages whose heading cannot be read (ClassifyStage).
        var options = source.TextLayer is null
            ? PreprocessOptions.Default with { CorrectOrientation = false }
            : PreprocessOptions.Default with { CorrectOrientation = false, Deskew = false };
        return PagePreprocessor.Prepare(source.Image!, source.Resolution, engine, options);
    }

    /// <summary>
    /// The image a page's boxes refer to, made again from the source page: this stage's preparation, then
    /// the quarter turns the classify stage applied (recorded in <paramref name="info"/>), so a region a
    /// reader read can be cut out of the same pixels later.
    /// </summary>
    public static PreparedPage Replay(SourcePage source, PageInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var prepared = Prepare(source);
        if (info.QuarterTurns == 0)
        {
            return prepared;
        }

        using (prepared)
        {
            return PagePreprocessor.Turn(prepared, info.QuarterTurns);
        }
    }
}

/// <summary>
/// Classifies the page from the text of its top band, read as the first parts of the page's own OCR, so that
/// pages carrying no data (the General Instructions) are never read past their head and no page is read
/// twice: the rule-free page is read from the top in parts that end at empty rows (the head, about an eighth
/// of the page, then the rest of the band), and <see cref="OcrStage"/> reads what is left. A page whose
/// heading cannot be read at all is turned upright (Tesseract OSD) and read again.
/// </summary>
public sealed class ClassifyStage : IPageStage
{
    /// <summary>Where the band whose text classifies a page ends, as a share of the page height.</summary>
    private const double BandShare = 0.22;

    /// <summary>Where the head ends: below the section headings of pages 2 to 8 and the instructions.</summary>
    private const double HeadShare = 0.12;

    public string Name => "classify";

    public void Run(ScanPage page, CancellationToken cancellationToken)
    {
        if (page.Source.TextLayer is { } layer)
        {
            var bottom = (int)(page.Binary.Height * BandShare);
            page.Kind = Classify(string.Join(' ', layer.Words.Where(w => w.Box.Top < bottom).Select(w => w.Text)));
            page.Done = page.Kind == PageKinds.Instructions;
            return;
        }

        // Every page of the form is portrait: a landscape scan lies on its side and is not worth reading as it lies.
        page.Kind = IsLandscape(page.Binary) ? PageKinds.Unknown : ReadAndClassify(page);
        if (page.Kind == PageKinds.Unknown && page.Prepared is { } prepared)
        {
            // An unreadable heading is what a page turned sideways or upside down looks like; only then are
            // other turns worth trying.
            TurnUntilNamed(page, prepared);
        }

        page.Done = page.Kind == PageKinds.Instructions;
    }

    private static bool IsLandscape(Image image) => image.Width > image.Height;

    /// <summary>
    /// Tries the turns that can bring <paramref name="prepared"/> upright, reading the head of each, until one
    /// names the page. OSD only orders the tries: on noisy scans it is unsure and often wrong (it calls pages
    /// upside down upright), while a heading read is proof. A landscape page can only need a quarter turn, and
    /// a portrait page a half turn. When no turn names the page, a landscape page keeps the likelier quarter
    /// turn and a portrait page stays as scanned.
    /// </summary>
    private static void TurnUntilNamed(ScanPage page, PreparedPage prepared)
    {
        page.CloseSession();
        var turns = TurnsToTry(prepared, page.Engine);
        foreach (var quads in turns)
        {
            Show(page, PagePreprocessor.Turn(prepared, quads), prepared);
            page.Kind = ReadAndClassify(page);
            if (page.Kind != PageKinds.Unknown)
            {
                prepared.Dispose();
                return;
            }
        }

        var kept = IsLandscape(prepared.Image) ? PagePreprocessor.Turn(prepared, turns[0]) : prepared;
        Show(page, kept, prepared);
        if (!ReferenceEquals(kept, prepared))
        {
            prepared.Dispose();
        }
    }

    /// <summary>The quarter turns (clockwise) worth trying on a page whose heading was not read, likeliest first.</summary>
    internal static IReadOnlyList<int> TurnsToTry(PreparedPage prepared, OcrEngine engine)
    {
        var guess = PagePreprocessor.DetectOrientation(prepared, engine).CorrectionQuads;
        if (IsLandscape(prepared.Image))
        {
            return guess == 1 ? [1, 3] : [3, 1];
        }

        return guess is 1 or 3 ? [guess, 2] : [2];
    }

    /// <summary>
    /// Makes <paramref name="image"/> the page's image and lays it out again, dropping what was read; the image
    /// it replaces is disposed unless it is <paramref name="source"/>, which the caller still turns.
    /// </summary>
    private static void Show(ScanPage page, PreparedPage image, PreparedPage source)
    {
        var replaced = page.Prepared;
        page.ResetReading();
        page.Prepared = image;
        if (replaced is not null && !ReferenceEquals(replaced, source) && !ReferenceEquals(replaced, image))
        {
            replaced.Dispose();
        }

        LayoutStage.Lay(page);
    }

    /// <summary>
    /// Reads the page from the top in parts until its kind is known: the head (a heading names the kind), then
    /// the rest of the band (the cover names itself by its title or OMB box). Each part ends at an empty row,
    /// so no line is cut in two, and becomes part of the page's text. When the band names nothing, it is read
    /// once more from the page with its rules (a bold heading on a degraded scan can go unread on the
    /// rule-free page, where Tesseract's layout takes it for a picture).
    /// </summary>
    private static string ReadAndClassify(ScanPage page)
    {
        var img = page.OcrImage ?? throw new InvalidOperationException("page not laid out");
        foreach (var share in new[] { HeadShare, BandShare })
        {
            if (CleanSplit(page, img, share) is not { } split || split <= page.ReadTo)
            {
                continue;
            }

            OcrStage.ReadPart(page, split);
            var text = string.Join(' ', page.Parts.Select(p => p.Text));
            var kind = share == HeadShare ? Heading(LabelMatcher.Normalize(text)) : Classify(text);
            if (kind is not null && kind != PageKinds.Unknown)
            {
                return kind;
            }
        }

        page.CloseSession();
        return Classify(ReadBand(page, (int)(img.Height * BandShare)));
    }

    /// <summary>
    /// The emptiest row near <paramref name="share"/> of the page's height, or null when every row there has
    /// more ink than a speck of dirt (a split would cut a line).
    /// </summary>
    private static int? CleanSplit(ScanPage page, Image img, double share)
    {
        var (row, ink) = EmptiestRowAndInk(img, (int)(img.Height * share), (int)(img.Height * 0.03));
        return ink <= page.Dpi / 25 ? row : null;
    }

    /// <summary>OCR of the prepared page's rows [0, bottom) at about 150 DPI: headings are large, and a quarter of the pixels read faster.</summary>
    private static string ReadBand(ScanPage page, int bottom)
    {
        using var band = page.Binary.Crop(PixelRect.FromEdges(0, 0, page.Binary.Width, bottom));
        var scale = page.Dpi >= 250 ? 0.5f : 1f;
        using var small = scale < 1 ? band.Scale(scale, scale) : band.Clone();
        using var session = page.Engine.BeginPage(small, new Resolution((int)(page.Dpi * scale), page.Source.Resolution.Assumed));
        return session.ReadText(null, OcrReadOptions.FullPage);
    }

    /// <summary>
    /// The row with the least ink within <paramref name="reach"/> rows of <paramref name="middle"/> (nearest the
    /// middle among equals), so that a band split there cuts no text line in two.
    /// </summary>
    internal static int EmptiestRow(Image image, int middle, int reach) => EmptiestRowAndInk(image, middle, reach).Row;

    /// <summary>The emptiest row near <paramref name="middle"/> (see <see cref="EmptiestRow"/>) and the ink on it, in pixels.</summary>
    internal static (int Row, int Ink) EmptiestRowAndInk(Image image, int middle, int reach)
    {
        var best = middle;
        var bestInk = int.MaxValue;
        for (var d = 0; d <= reach && bestInk > 0; d++)
        {
            foreach (var y in d == 0 ? new[] { middle } : new[] { middle - d, middle + d })
            {
                var ink = image.CountInk(new PixelRect(0, y, image.Width, 1));
                if (ink < bestInk)
                {
                    (best, bestInk) = (y, ink);
                }
            }
        }

        var row = Math.Clamp(best, 1, image.Height - 1);
        return (row, row == best ? bestInk : image.CountInk(new PixelRect(0, row, image.Width, 1)));
    }

    /// <summary>The page kind from the words of its top band (fuzzy, so OCR errors in headings are tolerated).</summary>
    public static string Classify(string topText)
    {
        var t = LabelMatcher.Normalize(topText);
        // The SEC's receipt stamp often lands on the notice's title; the OMB box beside it and the Commission's
        // name and address above it are printed at the top of the cover alone. Last, because Part D's text
        // and the instructions' "Where To File" name the Commission too.
        return Heading(t)
            ?? (new[] { "OMB APPROVAL", "OMB Number: 3235-0076", "SEC USE ONLY", "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549" }.Any(p => Has(t, p))
                ? PageKinds.Cover
                : PageKinds.Unknown);
    }

    /// <summary>The kind a section heading or title in the normalized text names, or null.</summary>
    private static string? Heading(string t) => t switch
    {
        _ when Has(t, "GENERAL INSTRUCTIONS") => PageKinds.Instructions,
        _ when Has(t, "NOTICE OF SALE OF SECURITIES") || Has(t, "UNIFORM LIMITED OFFERING EXEMPTION") => PageKinds.Cover,
        _ when Has(t, "INFORMATION ABOUT OFFERING") => PageKinds.SectionB,
        _ when Has(t, "OFFERING PRICE, NUMBER OF INVESTORS") => PageKinds.SectionC,
        // D's first words stand for its heading where a heavy scan loses the heading; they name the Commission,
        // which alone would make the page a cover.
        _ when Has(t, "FEDERAL SIGNATURE") || Has(t, "STATE SIGNATURE") || Has(t, "The issuer has duly caused this notice to be signed") => PageKinds.Signatures,
        _ when Has(t, "Enter the information requested for the following") => PageKinds.RelatedPersons,
        _ when Has(t, "Check Box(es) that Apply") || Has(t, "BASIC IDENTIFICATION DATA") => PageKinds.Continuation,
        // B and C pages say "Answer also in Appendix" near their top: without their heading they are not the Appendix.
        _ when Has(t, "APPENDIX") && !Has(t, "Answer also in Appendix") => PageKinds.Appendix,
        // Column 4's caption, for an Appendix page whose bold heading OCR passed over.
        _ when Has(t, "Type of investor and amount purchased in State") => PageKinds.Appendix,
        _ => null,
    };

    private static bool Has(string normalized, string phrase) => ContainsFuzzy(normalized, LabelMatcher.Normalize(phrase));

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="text"/> with at most a fifth of its characters wrong.</summary>
    internal static bool ContainsFuzzy(string text, string phrase)
    {
        if (text.Contains(phrase, StringComparison.Ordinal))
        {
            return true;
        }

        var n = phrase.Length;
        for (var i = 0; i + n <= text.Length + 2; i++)
        {
            var window = text.Substring(i, Math.Min(n, text.Length - i));
            if (LabelMatcher.Similarity(phrase, window) >= 0.8)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Finds the page's rules and checkboxes, then makes the image OCR reads: rules, box frames and dot
/// leaders erased, because form lines, box borders and leaders break Tesseract's line finding. It runs before
/// classification so that the head of the page is read once, from the image the page's text comes from.
/// </summary>
public sealed class LayoutStage : IPageStage
{
    public string Name => "layout";

    public void Run(ScanPage page, CancellationToken cancellationToken) => Lay(page);

    /// <summary>Finds the rules and boxes of the page's current image and makes the image OCR reads.</summary>
    internal static void Lay(ScanPage page)
    {
        var bin = page.Binary;
        page.Boxes = Checkboxes.Find(bin, page.Dpi);
        page.BoxOptions = Checkboxes.ForPage(bin, page.Boxes);
        page.OcrImage = FormCleanup.OcrImage(bin, page.Dpi, page.Boxes, out var textRuns);
        page.Grid = RuleGrid.Detect(bin, page.Dpi).WithoutTextRuns(textRuns);
    }
}

/// <summary>
/// Completes the page's text: the rest of the rule-free page below the head the classify stage read (or the
/// PDF's text layer), and keeps the session open for field re-reads.
/// </summary>
public sealed class OcrStage : IPageStage
{
    public string Name => "ocr";

    public void Run(ScanPage page, CancellationToken cancellationToken) => Complete(page);

    /// <summary>Gives the page its whole text, reading only the rows below those already read.</summary>
    internal static void Complete(ScanPage page)
    {
        var img = page.OcrImage ?? throw new InvalidOperationException("page not laid out");
        if (page.Text is null && page.Source.TextLayer is null && page.Kind == PageKinds.SectionB)
        {
            // B.4's state grids are read from their pixels (StateGrid); as text they are junk and costly.
            var grids = StateGrid.Find(page.Binary, page.Dpi, page.ReadTo);
            foreach (var grid in grids)
            {
                img.Whiten(grid);
            }

            if (grids.Count > 0)
            {
                // The open session read the image as it was, and its text bands were found on it.
                page.CloseSession();
                page.Bands = null;
            }
        }

        page.Session ??= page.Engine.BeginPage(img, page.Source.Resolution);
        if (page.Text is not null)
        {
            return;
        }

        if (page.Source.TextLayer is { } layer)
        {
            page.Text = layer;
            return;
        }

        PageText text;
        if (page.ReadTo == 0)
        {
            text = page.Session.Read(null, OcrReadOptions.FullPage);
        }
        else
        {
            ReadPart(page, img.Height);
            // The parts are read from the same image, so their boxes are already in one coordinate system.
            text = new PageText([.. page.Parts.SelectMany(p => p.Blocks)], img.Width, img.Height, page.Parts[0].Resolution, TextOrigin.Ocr);
        }

        page.Text = BrokenLines.Join(text, page.Dpi);
    }

    /// <summary>
    /// Reads the rows from where the page's reading stopped down to <paramref name="bottom"/> (exclusive), after
    /// erasing the form's instruction paragraphs there (<see cref="PassOverProse"/>), whose openings, read alone,
    /// take their places among the part's blocks, and the captions read before in the filing (<see cref="RepeatedCaptions"/>),
    /// whose words do likewise.
    /// </summary>
    internal static void ReadPart(ScanPage page, int bottom)
    {
        var img = page.OcrImage ?? throw new InvalidOperationException("page not laid out");
        var openings = PassOverProse(page, bottom);
        var (copies, unread) = page.Captions is { } captions && page.Source.TextLayer is null ? captions.PassOver(page, bottom) : ([], []);
        page.Session ??= page.Engine.BeginPage(img, page.Source.Resolution);
        var part = page.Session.Read(PixelRect.FromEdges(0, page.ReadTo, img.Width, bottom), OcrReadOptions.FullPage);
        page.Captions?.Remember(page, part, unread);
        if (openings.Count > 0 || copies.Count > 0)
        {
            var blocks = part.Blocks.ToList();
            foreach (var block in openings.SelectMany(o => o.Blocks).Concat(copies))
            {
                var at = blocks.FindIndex(b => b.Box.Top > block.Box.Top);
                blocks.Insert(at < 0 ? blocks.Count : at, block);
            }

            part = new PageText(blocks, part.Width, part.Height, part.Resolution, part.Origin);
        }

        page.Parts.Add(part);
        page.ReadTo = bottom;
    }

    /// <summary>How much of a paragraph's first line is read to name the paragraph: its start, from its left edge.</summary>
    private const double OpeningInches = 3.5;

    /// <summary>How wide a paragraph's first line is at least: the form's paragraphs run across the page.</summary>
    private const double MinOpeningInches = 4.0;

    /// <summary>
    /// Erases, on the rule-free page, the form's instruction paragraphs whose first line lies in rows [page's
    /// reading, <paramref name="bottom"/>), so that Tesseract does not spend its time on them (a third of a
    /// Part C page's characters; recognition time grows with the length of the lines read). A paragraph is
    /// found from the page's text bands before any of it is read (<see cref="Paragraphs"/>), the start of its
    /// first line is read alone as one line, and only a paragraph that <see cref="KnownProse"/> names is
    /// erased, first line and all: the start read stands for the line (the readers and the classifier anchor
    /// on a question's first words). Returns those starts; the rows erased are listed in <see cref="ScanPage.SkippedProse"/>.
    /// </summary>
    private static List<PageText> PassOverProse(ScanPage page, int bottom)
    {
        var openings = new List<PageText>();
        if (page.Source.TextLayer is not null)
        {
            return openings;
        }

        var img = page.OcrImage!;
        var margin = Math.Max(2, page.Dpi / 50);
        foreach (var (first, left, end) in Paragraphs(page, bottom))
        {
            page.Session ??= page.Engine.BeginPage(img, page.Source.Resolution);
            var start = PixelRect.FromEdges(Math.Max(0, left - margin), first.Top - margin, Math.Min(img.Width, left + (int)(OpeningInches * page.Dpi)), first.Bottom + margin);
            var opening = page.Session.Read(start, OcrReadOptions.Line);
            if (!KnownProse.Opens(opening.Text))
            {
                continue;
            }

            var rows = PixelRect.FromEdges(0, first.Top, img.Width, end);
            img.Whiten(rows);
            page.SkippedProse.Add(rows);
            openings.Add(opening);
        }

        if (openings.Count > 0)
        {
            // The open session holds the image as it was.
            page.CloseSession();
        }

        return openings;
    }

    /// <summary>
    /// The printed paragraphs whose first line lies in rows [page's reading, <paramref name="bottom"/>): a line
    /// of small print at least four inches wide set apart from the line above, followed at the tight leading
    /// of running text by lines of its height starting at its left edge, with no checkbox or rule among
    /// them (a line holding a box or an answer slot is a field, read like any other, and ends the paragraph). For each, its first line's band,
    /// that line's left edge, and the row below its last line.
    /// </summary>
    private static IEnumerable<(TextBand First, int Left, int End)> Paragraphs(ScanPage page, int bottom)
    {
        var img = page.OcrImage!;
        var bands = page.Bands ??= TextBands.Find(img, page.Dpi);
        for (var i = 0; i + 1 < bands.Count; i++)
        {
            var first = bands[i];
            if (first.Top < page.ReadTo || first.Bottom > bottom)
            {
                continue;
            }

            // Small print: the form's 8 to 9 pt type is 0.09 to 0.14 in from ascender to descender. A line at
            // running text's leading below the one above it is a paragraph's second line, not its first.
            if (first.Height < page.Dpi * 0.05 || first.Height > page.Dpi * 0.2
                || HasFieldMarks(page, first.Top, first.Bottom)
                || (i > 0 && first.Top - bands[i - 1].Bottom <= Math.Max(2, first.Height * 0.6))
                || !Continues(page, first, first, bands[i + 1], null)
                || TextBands.Extent(img, first, page.Dpi) is not { } extent
                || !Wide(page, extent, bands[i + 1])
                || !StartsBelow(page, bands[i + 1], extent.Left))
            {
                continue;
            }

            var last = i + 1;
            while (last + 1 < bands.Count && Continues(page, first, bands[last], bands[last + 1], extent.Left))
            {
                last++;
            }

            yield return (first, extent.Left, bands[last].Bottom);
            i = last;
        }
    }

    /// <summary>
    /// Whether a paragraph beginning with a line spanning <paramref name="first"/> runs across the page: its first line
    /// at least <see cref="MinOpeningInches"/> long, or half that when the line below it is (a question ending in a
    /// colon above its bullets, as A.2's).
    /// </summary>
    private static bool Wide(ScanPage page, (int Left, int Right) first, TextBand next)
    {
        var width = first.Right - first.Left;
        return width >= page.Dpi * MinOpeningInches
            || (width >= page.Dpi * MinOpeningInches / 2 && TextBands.Extent(page.OcrImage!, next, page.Dpi) is { } e && e.Right - e.Left >= page.Dpi * MinOpeningInches);
    }

    /// <summary>
    /// Whether a checkbox lies in rows [<paramref name="top"/>, <paramref name="bottom"/>) or a rule (an answer
    /// slot's underline, a section's border) there or just below, where an underline sits under its text.
    /// </summary>
    private static bool HasFieldMarks(ScanPage page, int top, int bottom)
    {
        var below = bottom + (int)(page.Dpi * 0.06);
        return page.Boxes.Any(b => b.Bottom > top && b.Top < bottom)
            || page.Grid?.Horizontal.Any(h => h.Top + h.Height / 2 >= top && h.Top + h.Height / 2 < below) == true;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues the paragraph begun by <paramref name="first"/> below
    /// <paramref name="previous"/>: the gap between them no more than 0.6 of a line (the blank space that
    /// separates paragraphs and tables is larger), a line's height within a third of the first's, no box or
    /// rule in its rows or the gap above, and (when <paramref name="left"/> is given) starting between a tenth
    /// of an inch left of the first line and half an inch right of it (a hanging or bulleted continuation).
    /// </summary>
    private static bool Continues(ScanPage page, TextBand first, TextBand previous, TextBand next, int? left)
    {
        if (next.Top - previous.Bottom > Math.Max(2, first.Height * 0.6) || Math.Abs(next.Height - first.Height) > first.Height / 3.0)
        {
            return false;
        }

        if (HasFieldMarks(page, previous.Bottom, next.Bottom))
        {
            return false;
        }

        return left is not { } l || StartsBelow(page, next, l);
    }

    /// <summary>Whether <paramref name="band"/>'s text starts between a tenth of an inch left of <paramref name="left"/> and half an inch right of it.</summary>
    private static bool StartsBelow(ScanPage page, TextBand band, int left) =>
        TextBands.Extent(page.OcrImage!, band, page.Dpi) is { } e && e.Left >= left - page.Dpi / 10 && e.Left <= left + page.Dpi / 2;
}
