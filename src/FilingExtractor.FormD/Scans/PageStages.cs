using FilingExtractor.Core.Geometry;
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
/// Classifies the page from the text of its top band only (about a fifth of the page, where the form prints
/// each page's heading), so pages that carry no data, the General Instructions, are never read in full. The
/// band is read in two steps: the top eighth, where most pages print their heading, and the rest of the band
/// only when that names no section. A page whose heading cannot be read is turned upright first (Tesseract
/// OSD) and classified again.
/// </summary>
public sealed class ClassifyStage : IPageStage
{
    /// <summary>Where the band ends, as a share of the page height.</summary>
    private const double BandShare = 0.22;

    /// <summary>Where its first step ends: below the section headings of pages 2 to 8 and the instructions.</summary>
    private const double FirstStepShare = 0.12;

    public string Name => "classify";

    public void Run(ScanPage page, CancellationToken cancellationToken)
    {
        page.Kind = ClassifyBand(page);
        if (page.Kind == PageKinds.Unknown && page.Source.TextLayer is null && page.Prepared is { } prepared)
        {
            // An unreadable heading is what a page turned sideways or upside down looks like; only then is
            // Tesseract's orientation detection (the costliest step of preparation) worth running.
            var turned = PagePreprocessor.Reorient(prepared, page.Engine);
            if (turned is not null)
            {
                page.Prepared = turned;
                prepared.Dispose();
                page.Kind = ClassifyBand(page);
            }
        }

        page.Done = page.Kind == PageKinds.Instructions;
    }

    private static string ClassifyBand(ScanPage page)
    {
        var img = page.Binary;
        var bottom = (int)(img.Height * BandShare);
        if (page.Source.TextLayer is { } layer)
        {
            return Classify(string.Join(' ', layer.Words.Where(w => w.Box.Top < bottom).Select(w => w.Text)));
        }

        var split = EmptiestRow(img, (int)(img.Height * FirstStepShare), (int)(img.Height * 0.03));
        var first = ReadBand(page, 0, split);
        if (Heading(LabelMatcher.Normalize(first)) is { } kind)
        {
            return kind;
        }

        var both = Classify(first + " " + ReadBand(page, split, bottom));
        // Two reads lay a line out differently from one where the split had to cut through ink; before a page
        // is given up as unreadable (and sent to orientation detection), the band is read whole.
        return both != PageKinds.Unknown ? both : Classify(ReadBand(page, 0, bottom));
    }

    /// <summary>OCR of rows [top, bottom) at about 150 DPI: headings are large, and a quarter of the pixels read four times faster.</summary>
    private static string ReadBand(ScanPage page, int top, int bottom)
    {
        using var band = page.Binary.Crop(PixelRect.FromEdges(0, top, page.Binary.Width, bottom));
        var scale = page.Dpi >= 250 ? 0.5f : 1f;
        using var small = scale < 1 ? band.Scale(scale, scale) : band.Clone();
        using var session = page.Engine.BeginPage(small, new Resolution((int)(page.Dpi * scale), page.Source.Resolution.Assumed));
        return session.ReadText(null, OcrReadOptions.FullPage);
    }

    /// <summary>
    /// The row with the least ink within <paramref name="reach"/> rows of <paramref name="middle"/> (nearest the
    /// middle among equals), so that a band split there cuts no text line in two.
    /// </summary>
    internal static int EmptiestRow(Image image, int middle, int reach)
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

        return Math.Clamp(best, 1, image.Height - 1);
    }

    /// <summary>The page kind from the words of its top band (fuzzy, so OCR errors in headings are tolerated).</summary>
    public static string Classify(string topText)
    {
        var t = LabelMatcher.Normalize(topText);
        // The SEC's receipt stamp often lands on the notice's title; the OMB box beside it is printed on the
        // cover alone. Last, because Part D's text names the Commission too.
        return Heading(t)
            ?? (new[] { "OMB APPROVAL", "OMB Number: 3235-0076", "SEC USE ONLY", "SECURITIES AND EXCHANGE COMMISSION" }.Any(p => Has(t, p))
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
        _ when Has(t, "FEDERAL SIGNATURE") || Has(t, "STATE SIGNATURE") => PageKinds.Signatures,
        _ when Has(t, "Enter the information requested for the following") => PageKinds.RelatedPersons,
        _ when Has(t, "Check Box(es) that Apply") || Has(t, "BASIC IDENTIFICATION DATA") => PageKinds.Continuation,
        // B and C pages say "Answer also in Appendix" near their top: without their heading they are not the Appendix.
        _ when Has(t, "APPENDIX") && !Has(t, "Answer also in Appendix") => PageKinds.Appendix,
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
/// leaders erased, because form lines, box borders and leaders break Tesseract's line finding.
/// </summary>
public sealed class LayoutStage : IPageStage
{
    public string Name => "layout";

    public void Run(ScanPage page, CancellationToken cancellationToken)
    {
        var bin = page.Binary;
        page.Grid = RuleGrid.Detect(bin, page.Dpi);
        page.Boxes = Checkboxes.Find(bin, page.Dpi);
        page.OcrImage = FormCleanup.OcrImage(bin, page.Dpi, page.Boxes);
    }
}

/// <summary>Reads the whole rule-free page (or takes the PDF's text layer) and keeps the session open for field re-reads.</summary>
public sealed class OcrStage : IPageStage
{
    public string Name => "ocr";

    public void Run(ScanPage page, CancellationToken cancellationToken)
    {
        page.Session = page.Engine.BeginPage(page.OcrImage!, page.Source.Resolution);
        page.Text = page.Source.TextLayer ?? page.Session.Read(null, OcrReadOptions.FullPage);
    }
}
