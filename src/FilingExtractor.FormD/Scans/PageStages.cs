using FilingExtractor.Core.Geometry;
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
/// Classifies the page from the text of its top band only; a page whose heading cannot be read is turned
/// upright first (Tesseract OSD) and classified again (about a fifth of the page, where the form
/// prints each page's heading), so pages that carry no data, the General Instructions, are never read
/// in full.
/// </summary>
public sealed class ClassifyStage : IPageStage
{
    public string Name => "classify";

    public void Run(ScanPage page, CancellationToken cancellationToken)
    {
        page.Kind = Classify(TopText(page));
        if (page.Kind == PageKinds.Unknown && page.Source.TextLayer is null && page.Prepared is { } prepared)
        {
            // An unreadable heading is what a page turned sideways or upside down looks like; only then is
            // Tesseract's orientation detection (the costliest step of preparation) worth running.
            var turned = PagePreprocessor.Reorient(prepared, page.Engine);
            if (turned is not null)
            {
                page.Prepared = turned;
                prepared.Dispose();
                page.Kind = Classify(TopText(page));
            }
        }

        page.Done = page.Kind == PageKinds.Instructions;
    }

    /// <summary>OCR of the top fifth of the page at about 150 DPI: headings are large, and a quarter of the pixels read four times faster.</summary>
    private static string TopText(ScanPage page)
    {
        var img = page.Binary;
        var band = new PixelRect(0, 0, img.Width, (int)(img.Height * 0.22));
        if (page.Source.TextLayer is { } layer)
        {
            return string.Join(' ', layer.Words.Where(w => w.Box.Top < band.Bottom).Select(w => w.Text));
        }

        using var top = img.Crop(band);
        var scale = page.Dpi >= 250 ? 0.5f : 1f;
        using var small = scale < 1 ? top.Scale(scale, scale) : top.Clone();
        using var session = page.Engine.BeginPage(small, new Resolution((int)(page.Dpi * scale), page.Source.Resolution.Assumed));
        return session.ReadText(null, OcrReadOptions.FullPage);
    }

    /// <summary>The page kind from the words of its top band (fuzzy, so OCR errors in headings are tolerated).</summary>
    public static string Classify(string topText)
    {
        var t = LabelMatcher.Normalize(topText);
        bool Has(string phrase) => ContainsFuzzy(t, LabelMatcher.Normalize(phrase));
        return t switch
        {
            _ when Has("GENERAL INSTRUCTIONS") => PageKinds.Instructions,
            _ when Has("NOTICE OF SALE OF SECURITIES") || Has("UNIFORM LIMITED OFFERING EXEMPTION") => PageKinds.Cover,
            // Headings before "APPENDIX": B and C pages say "Answer also in Appendix" near their top.
            _ when Has("INFORMATION ABOUT OFFERING") => PageKinds.SectionB,
            _ when Has("OFFERING PRICE, NUMBER OF INVESTORS") => PageKinds.SectionC,
            _ when Has("FEDERAL SIGNATURE") || Has("STATE SIGNATURE") => PageKinds.Signatures,
            _ when Has("Enter the information requested for the following") => PageKinds.RelatedPersons,
            _ when Has("Check Box(es) that Apply") || Has("BASIC IDENTIFICATION DATA") => PageKinds.Continuation,
            _ when Has("APPENDIX") => PageKinds.Appendix,
            // The SEC's receipt stamp often lands on the notice's title; the OMB box beside it is printed on the
            // cover alone. Last, because Part D's text names the Commission too.
            _ when Has("OMB APPROVAL") || Has("OMB Number: 3235-0076") || Has("SEC USE ONLY") || Has("SECURITIES AND EXCHANGE COMMISSION") => PageKinds.Cover,
            _ => PageKinds.Unknown,
        };
    }

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
        var rule = Math.Max(10, (int)(0.3 * page.Dpi));
        var ocr = bin.RemoveRules(rule, rule);
        // Blank every box, frame and mark: states are read from the bilevel page's pixels, and in the OCR
        // image a mark or a frame remnant reads as "[Ll]" or "X" glued to the label beside it.
        foreach (var box in page.Boxes)
        {
            Checkboxes.Erase(ocr, box, page.Dpi);
        }

        // Dot leaders read as junk that garbles the row label before them and hides short ones ("Total").
        foreach (var dot in DotLeaders.Find(bin, page.Dpi))
        {
            ocr.Whiten(dot.Inflate(1, 1));
        }

        page.OcrImage = ocr;
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
