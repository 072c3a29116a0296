using FilingExtractor.Core.Geometry;

namespace FilingExtractor.Core.Text;

/// <summary>One alternative reading of a glyph with the engine's confidence in it (0-100).</summary>
public readonly record struct GlyphChoice(string Text, float Confidence);

/// <summary>
/// The smallest unit read: one character (or ligature) with its box in image pixels (top-left origin)
/// and the engine's confidence (0-100). <see cref="Choices"/> lists the alternatives the engine
/// considered, best first; the first is normally <see cref="Text"/> itself.
/// </summary>
public sealed record Glyph(string Text, PixelRect Box, float Confidence, IReadOnlyList<GlyphChoice> Choices);

/// <summary>
/// A word. Its box is the union of its glyphs' boxes. <see cref="Confidence"/> is the engine's word-level
/// confidence (0-100), which is not simply the minimum of the glyphs'.
/// </summary>
public sealed class Word
{
    public Word(IReadOnlyList<Glyph> glyphs, float confidence)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        Glyphs = glyphs;
        Confidence = confidence;
        Text = string.Concat(glyphs.Select(g => g.Text));
        Box = PixelRect.UnionAll(glyphs.Select(g => g.Box));
    }

    public IReadOnlyList<Glyph> Glyphs { get; }

    public string Text { get; }

    public PixelRect Box { get; }

    public float Confidence { get; }

    public override string ToString() => $"{Text} {Box}";
}

/// <summary>A line of words in reading order; its box is the union of its words'.</summary>
public sealed class TextLine
{
    public TextLine(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        Box = PixelRect.UnionAll(words.Select(w => w.Box));
    }

    public IReadOnlyList<Word> Words { get; }

    public PixelRect Box { get; }

    public string Text => string.Join(' ', Words.Select(w => w.Text));

    public override string ToString() => Text;
}

/// <summary>A block (paragraph or column) of lines; its box is the union of its lines'.</summary>
public sealed class TextBlock
{
    public TextBlock(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Lines = lines;
        Box = PixelRect.UnionAll(lines.Select(l => l.Box));
    }

    public IReadOnlyList<TextLine> Lines { get; }

    public PixelRect Box { get; }

    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}

/// <summary>Where a page's text came from.</summary>
public enum TextOrigin
{
    /// <summary>Read by the OCR engine from the page image.</summary>
    Ocr,

    /// <summary>Taken from the document's own text layer (a PDF with text), no OCR involved.</summary>
    TextLayer,
}

/// <summary>
/// Everything read from one page image, blocks in reading order. Boxes are in the pixels of the image
/// the text was read from (<see cref="Width"/> x <see cref="Height"/> at <see cref="Resolution"/>).
/// </summary>
public sealed class PageText
{
    public PageText(IReadOnlyList<TextBlock> blocks, int width, int height, Resolution resolution, TextOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Blocks = blocks;
        Width = width;
        Height = height;
        Resolution = resolution;
        Origin = origin;
    }

    public IReadOnlyList<TextBlock> Blocks { get; }

    public int Width { get; }

    public int Height { get; }

    public Resolution Resolution { get; }

    public TextOrigin Origin { get; }

    public IEnumerable<TextLine> Lines => Blocks.SelectMany(b => b.Lines);

    public IEnumerable<Word> Words => Lines.SelectMany(l => l.Words);

    /// <summary>Mean word confidence (0-100), or 0 for a page with no words.</summary>
    public float MeanConfidence
    {
        get
        {
            var words = Words.ToList();
            return words.Count == 0 ? 0f : words.Average(w => w.Confidence);
        }
    }

    public string Text => string.Join("\n\n", Blocks.Select(b => b.Text));
}
