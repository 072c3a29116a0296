using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Imaging.Preprocessing;
using FilingExtractor.Layout;
using FilingExtractor.Model;
using FilingExtractor.Sources;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// Everything known about one page while it is read: the source page, the prepared (upright, level, 1 bpp)
/// image, its rules, checkboxes and text, and the OCR session on the rule-free image for re-reading fields.
/// Stages fill it in order; a stage that fails records the problem and the page stops there.
/// </summary>
public sealed class ScanPage : IDisposable
{
    public ScanPage(SourcePage source, OcrEngine engine)
    {
        Source = source;
        Engine = engine;
    }

    public SourcePage Source { get; }

    public OcrEngine Engine { get; }

    /// <summary>The page's number within the whole input (page sets number their files' pages on).</summary>
    public int Number => PageNumberOverride ?? Source.PageNumber;

    public int? PageNumberOverride { get; init; }

    public PreparedPage? Prepared { get; set; }

    /// <summary>The prepared bilevel page (rules and boxes intact), page pixels.</summary>
    public Image Binary => Prepared?.Image ?? throw new InvalidOperationException("page not prepared");

    public int Dpi => Source.Resolution.Dpi;

    public string Kind { get; set; } = PageKinds.Unknown;

    public RuleGrid? Grid { get; set; }

    public IReadOnlyList<PixelRect> Boxes { get; set; } = [];

    /// <summary>Thresholds the page's boxes are read with, set to its paper's noise (<see cref="Checkboxes.ForPage"/>).</summary>
    public CheckboxOptions BoxOptions { get; set; } = CheckboxOptions.Default;

    /// <summary>The page with rules and checkbox frames removed: what OCR reads.</summary>
    public Image? OcrImage { get; set; }

    public OcrPageSession? Session { get; set; }

    public PageText? Text { get; set; }

    /// <summary>
    /// The parts of the rule-free page read so far, top to bottom, each ending where the next begins: the
    /// classify stage reads the top of the page in parts and the OCR stage reads the rest and joins them.
    /// </summary>
    internal List<PageText> Parts { get; } = [];

    /// <summary>The row (page pixels) above which the rule-free page has been read; 0 before any reading.</summary>
    internal int ReadTo { get; set; }

    /// <summary>The text bands of the rule-free page (<see cref="TextBands"/>), found when reading first needs them.</summary>
    internal IReadOnlyList<TextBand>? Bands { get; set; }

    /// <summary>Rows of the rule-free page passed over unread as known instruction prose (<see cref="KnownProse"/>).</summary>
    public List<PixelRect> SkippedProse { get; } = [];

    /// <summary>Rows of the rule-free page left unread because they print a caption read before (<see cref="RepeatedCaptions"/>), whose words stand there instead.</summary>
    public List<PixelRect> CopiedCaptions { get; } = [];

    /// <summary>The captions read so far in the page's filing; null reads every line.</summary>
    internal RepeatedCaptions? Captions { get; init; }

    /// <summary>True when a stage decided the page carries no data (instructions): later stages skip it.</summary>
    public bool Done { get; set; }

    public List<ReadProblem> Problems { get; } = [];

    /// <summary>Pixels per inch as a double, for converting the form's dimensions.</summary>
    public double Inch => Dpi;

    public PageInfo Info() => new()
    {
        Number = Number,
        Kind = Kind,
        Dpi = Dpi,
        DpiAssumed = Source.Resolution.Assumed,
        QuarterTurns = Prepared?.QuarterTurns ?? 0,
        SkewDegrees = Prepared?.SkewDegrees ?? 0,
        MeanConfidence = Text?.MeanConfidence,
    };

    /// <summary>
    /// Closes the page's OCR session, so that its engine (which serves one page at a time) can read another
    /// image; the next read of the rule-free page opens a new one.
    /// </summary>
    internal void CloseSession()
    {
        Session?.Dispose();
        Session = null;
    }

    /// <summary>
    /// Reads an image other than the page's (a thinned crop, say) with the page's engine, which serves one image
    /// at a time, then opens the page's session again if it was open.
    /// </summary>
    internal PageText ReadApart(Image image, OcrReadOptions options)
    {
        var reopen = Session is not null;
        CloseSession();
        try
        {
            using var session = Engine.BeginPage(image, Source.Resolution);
            return session.Read(null, options);
        }
        finally
        {
            if (reopen)
            {
                Session = Engine.BeginPage(OcrImage ?? throw new InvalidOperationException("page not laid out"), Source.Resolution);
            }
        }
    }

    /// <summary>Drops everything read from the current image (before the page is turned and read again).</summary>
    internal void ResetReading()
    {
        CloseSession();
        OcrImage?.Dispose();
        OcrImage = null;
        Text = null;
        Parts.Clear();
        ReadTo = 0;
        Bands = null;
        SkippedProse.Clear();
        CopiedCaptions.Clear();
    }

    public void Dispose()
    {
        Session?.Dispose();
        OcrImage?.Dispose();
        Prepared?.Dispose();
    }
}

/// <summary>One step of reading a page; all stages share this signature and the per-page context.</summary>
public interface IPageStage
{
    string Name { get; }

    void Run(ScanPage page, CancellationToken cancellationToken);
}
