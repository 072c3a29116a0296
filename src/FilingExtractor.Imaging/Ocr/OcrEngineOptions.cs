namespace FilingExtractor.Imaging.Ocr;

/// <summary>How Tesseract segments what it is given (a public mirror of the native PSM values).</summary>
public enum PageSegmentation
{
    /// <summary>Full automatic layout analysis, no orientation detection (PSM 3).</summary>
    Auto,

    /// <summary>One column of text of variable sizes (PSM 4).</summary>
    SingleColumn,

    /// <summary>One uniform block of text (PSM 6).</summary>
    SingleBlock,

    /// <summary>One text line, the mode for a form field (PSM 7).</summary>
    SingleLine,

    /// <summary>One word (PSM 8).</summary>
    SingleWord,

    /// <summary>As much text as possible in no particular order (PSM 11).</summary>
    SparseText,

    /// <summary>One line, bypassing Tesseract's own heuristics (PSM 13).</summary>
    RawLine,
}

/// <summary>Settings fixed when an engine is initialised.</summary>
public sealed record OcrEngineOptions
{
    /// <summary>Debian's tessdata folder for Tesseract 5.</summary>
    public const string DebianDataPath = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Folder holding the <c>.traineddata</c> files; TESSDATA_PREFIX wins when set.</summary>
    public string DataPath { get; init; } = Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } p ? p : DebianDataPath;

    /// <summary>Tesseract language code(s), e.g. "eng".</summary>
    public string Language { get; init; } = "eng";

    /// <summary>
    /// Engine variables set after Init. The default turns off <c>tessedit_do_invert</c>: Tesseract 5 re-reads
    /// every low-confidence line inverted (white on black), which paper forms never have and which costs
    /// a large share of page time on noisy scans. It also turns off the test for fixed-pitch (typewriter)
    /// rows, whose character cells only the legacy engine uses: the LSTM engine reads a row either way, and
    /// the test costs about 7 % of a heavy page's time.
    /// </summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>
    {
        ["tessedit_do_invert"] = "0",
        ["textord_disable_pitch_test"] = "1",
    };

    public static OcrEngineOptions Default { get; } = new();
}

/// <summary>What to read from a page session and how.</summary>
public sealed record OcrReadOptions
{
    public PageSegmentation Segmentation { get; init; } = PageSegmentation.Auto;

    /// <summary>Characters the engine may emit, or null for all. The LSTM engine may still drop words.</summary>
    public string? CharacterWhitelist { get; init; }

    /// <summary>Collect every symbol's alternative readings (costs some time; meant for field reads).</summary>
    public bool WithAlternatives { get; init; }

    public static OcrReadOptions FullPage { get; } = new();

    public static OcrReadOptions Field { get; } = new() { Segmentation = PageSegmentation.SingleLine, WithAlternatives = true };

    /// <summary>One line of text, its best reading only.</summary>
    public static OcrReadOptions Line { get; } = new() { Segmentation = PageSegmentation.SingleLine };
}

/// <summary>
/// A page's orientation as Tesseract's OSD found it: the clockwise rotation (0, 90, 180, 270) that the
/// page content shows, and the clockwise quarter turns that level it again.
/// </summary>
public sealed record OrientationResult(int RotationDegrees, float Confidence, string Script, float ScriptConfidence)
{
    /// <summary>Quarter turns clockwise that bring the page upright.</summary>
    public int CorrectionQuads => ((360 - RotationDegrees) % 360) / 90;
}
