using System.Runtime.InteropServices;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging.Interop;

namespace FilingExtractor.Imaging.Ocr;

/// <summary>
/// One page handed to an engine. Read the whole page or any number of rectangles (each read clears the
/// previous result). Boxes in results are in the page image's pixels, top-left origin, whatever rectangle
/// was read. Dispose to release the engine.
/// </summary>
public sealed class OcrPageSession : IDisposable
{
    private readonly OcrEngine engine;
    private readonly Image image;
    private bool disposed;

    internal OcrPageSession(OcrEngine engine, Image image, Resolution resolution)
    {
        this.engine = engine;
        this.image = image;
        Resolution = resolution;
    }

    public Resolution Resolution { get; }

    /// <summary>Recognises the region (or the whole page when null) and returns its text structure.</summary>
    public PageText Read(PixelRect? region, OcrReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Recognize(region, options);
        return Collect(options.WithAlternatives);
    }

    /// <summary>Plain text of the region (or page) as Tesseract lays it out.</summary>
    public string ReadText(PixelRect? region, OcrReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Recognize(region, options);
        return Tesseract.TessBaseAPIGetUTF8Text(engine.Api).TakeString();
    }

    /// <summary>hOCR (XHTML) of the whole page; pageNumber (1-based) is used in element ids.</summary>
    public string ReadHocr(int pageNumber)
    {
        Recognize(null, OcrReadOptions.FullPage);
        return Tesseract.TessBaseAPIGetHOCRText(engine.Api, pageNumber - 1).TakeString();
    }

    /// <summary>Tesseract's TSV (level, page, block, par, line, word, box, conf, text) of the whole page.</summary>
    public string ReadTsv(int pageNumber)
    {
        Recognize(null, OcrReadOptions.FullPage);
        return Tesseract.TessBaseAPIGetTsvText(engine.Api, pageNumber - 1).TakeString();
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            engine.Exit();
        }
    }

    private void Recognize(PixelRect? region, OcrReadOptions options)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var api = engine.Api;
        Tesseract.TessBaseAPISetPageSegMode(api, Map(options.Segmentation));
        Tesseract.TessBaseAPISetVariable(api, "tessedit_char_whitelist", options.CharacterWhitelist ?? string.Empty);
        // lstm_choice_mode 2 keeps every timestep's alternative symbols for the choice iterator.
        Tesseract.TessBaseAPISetVariable(api, "lstm_choice_mode", options.WithAlternatives ? "2" : "0");
        if (region is { } r)
        {
            var c = r.ClipTo(image.Width, image.Height);
            if (c.IsEmpty)
            {
                throw new ArgumentOutOfRangeException(nameof(region), $"{r} lies outside the {image.Width}x{image.Height} page");
            }

            if (c.Width == image.Width && c.Height != image.Height && c.Width > 1)
            {
                // Tesseract 5.3 decides whether a rectangle is the whole image by comparing widths only
                // (BestPix), and then cuts lines from the wrong rows; one column less avoids that path.
                c = c with { Width = c.Width - 1 };
            }

            Tesseract.TessBaseAPISetRectangle(api, c.Left, c.Top, c.Width, c.Height);
        }
        else
        {
            Tesseract.TessBaseAPISetRectangle(api, 0, 0, image.Width, image.Height);
        }

        if (Tesseract.TessBaseAPIRecognize(api, nint.Zero) != 0)
        {
            throw new InvalidOperationException("Tesseract recognition failed");
        }
    }

    private PageText Collect(bool withAlternatives)
    {
        var blocks = new List<TextBlock>();
        using var it = Tesseract.TessBaseAPIGetIterator(engine.Api);
        if (!it.IsInvalid)
        {
            Walk(it, blocks, withAlternatives);
        }

        return new PageText(blocks, image.Width, image.Height, Resolution, TextOrigin.Ocr);
    }

    private static void Walk(TessResultIteratorHandle it, List<TextBlock> blocks, bool withAlternatives)
    {
        var page = Tesseract.TessResultIteratorGetPageIterator(it);
        var lines = new List<TextLine>();
        var words = new List<Word>();
        var glyphs = new List<Glyph>();
        var wordConfidence = 0f;

        void FlushWord()
        {
            if (glyphs.Count > 0)
            {
                words.Add(new Word(glyphs.ToArray(), wordConfidence));
                glyphs.Clear();
            }
        }

        void FlushLine()
        {
            FlushWord();
            if (words.Count > 0)
            {
                lines.Add(new TextLine(words.ToArray()));
                words.Clear();
            }
        }

        void FlushBlock()
        {
            FlushLine();
            if (lines.Count > 0)
            {
                blocks.Add(new TextBlock(lines.ToArray()));
                lines.Clear();
            }
        }

        do
        {
            if (Tesseract.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.Block) != 0)
            {
                FlushBlock();
            }
            else if (Tesseract.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.TextLine) != 0)
            {
                FlushLine();
            }
            else if (Tesseract.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.Word) != 0)
            {
                FlushWord();
            }

            if (Tesseract.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.Word) != 0)
            {
                wordConfidence = Tesseract.TessResultIteratorConfidence(it, TessPageIteratorLevel.Word);
            }

            // Separator blocks (form rules) come back as blank symbols; they are not text.
            var text = Tesseract.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.Symbol).TakeString();
            if (string.IsNullOrWhiteSpace(text) || Tesseract.TessPageIteratorBoundingBox(page, TessPageIteratorLevel.Symbol, out var l, out var t, out var r, out var b) == 0)
            {
                continue;
            }

            var confidence = Tesseract.TessResultIteratorConfidence(it, TessPageIteratorLevel.Symbol);
            var choices = withAlternatives ? Choices(it) : [new GlyphChoice(text, confidence)];
            glyphs.Add(new Glyph(text, PixelRect.FromEdges(l, t, r, b), confidence, choices));
        }
        while (Tesseract.TessResultIteratorNext(it, TessPageIteratorLevel.Symbol) != 0);

        FlushBlock();
    }

    private static GlyphChoice[] Choices(TessResultIteratorHandle it)
    {
        using var ci = Tesseract.TessResultIteratorGetChoiceIterator(it);
        if (ci.IsInvalid)
        {
            return [];
        }

        var list = new List<GlyphChoice>();
        do
        {
            var p = Tesseract.TessChoiceIteratorGetUTF8Text(ci);
            if (p != nint.Zero)
            {
                list.Add(new GlyphChoice(Marshal.PtrToStringUTF8(p) ?? string.Empty, Tesseract.TessChoiceIteratorConfidence(ci)));
            }
        }
        while (Tesseract.TessChoiceIteratorNext(ci) != 0);

        return [.. list.OrderByDescending(c => c.Confidence)];
    }

    private static TessPageSegMode Map(PageSegmentation s) => s switch
    {
        PageSegmentation.Auto => TessPageSegMode.Auto,
        PageSegmentation.SingleColumn => TessPageSegMode.SingleColumn,
        PageSegmentation.SingleBlock => TessPageSegMode.SingleBlock,
        PageSegmentation.SingleLine => TessPageSegMode.SingleLine,
        PageSegmentation.SingleWord => TessPageSegMode.SingleWord,
        PageSegmentation.SparseText => TessPageSegMode.SparseText,
        PageSegmentation.RawLine => TessPageSegMode.RawLine,
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, null),
    };
}
