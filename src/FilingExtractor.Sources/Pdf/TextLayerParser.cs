using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;

namespace FilingExtractor.Sources.Pdf;

/// <summary>
/// Reads the XHTML that <c>pdftotext -bbox-layout</c> writes (page / flow / block / line / word, boxes in
/// PDF points with a top-left origin) into <see cref="PageText"/> per page, in the pixels of an image of
/// the page at a given resolution.
/// </summary>
internal static class TextLayerParser
{
    /// <summary>The pages' words in points, in document order; pages without words give empty blocks.</summary>
    public static List<LayerPage> Parse(string xhtml)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(xhtml);
        var pages = new List<LayerPage>();
        foreach (var page in doc.QuerySelectorAll("page"))
        {
            var blocks = new List<List<List<LayerWord>>>();
            foreach (var block in page.QuerySelectorAll("block"))
            {
                var lines = new List<List<LayerWord>>();
                foreach (var line in block.QuerySelectorAll("line"))
                {
                    var words = line.QuerySelectorAll("word")
                        .Select(w => new LayerWord(w.TextContent, Attr(w, "xMin"), Attr(w, "yMin"), Attr(w, "xMax"), Attr(w, "yMax")))
                        .Where(w => !string.IsNullOrWhiteSpace(w.Text))
                        .ToList();
                    if (words.Count > 0)
                    {
                        lines.Add(words);
                    }
                }

                if (lines.Count > 0)
                {
                    blocks.Add(lines);
                }
            }

            pages.Add(new LayerPage(Attr(page, "width"), Attr(page, "height"), blocks));
        }

        return pages;
    }

    private static double Attr(IElement e, string name) =>
        double.TryParse(e.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}

internal sealed record LayerWord(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>A page of the text layer in points; <see cref="ToPageText"/> maps it onto a page image.</summary>
internal sealed record LayerPage(double WidthPoints, double HeightPoints, List<List<List<LayerWord>>> Blocks)
{
    public bool HasText => Blocks.Count > 0;

    /// <summary>
    /// Scales to an image of the given pixel size. pdftotext gives word boxes only, so each word's glyph
    /// boxes are the word box cut into equal slices, one per character: good enough to place a field,
    /// not a glyph measurement.
    /// </summary>
    public PageText ToPageText(int imageWidth, int imageHeight, Resolution resolution)
    {
        var sx = WidthPoints > 0 ? imageWidth / WidthPoints : resolution.PixelsPerPoint;
        var sy = HeightPoints > 0 ? imageHeight / HeightPoints : resolution.PixelsPerPoint;
        var blocks = Blocks.Select(b => new TextBlock(b.Select(l => new TextLine(l.Select(w => ToWord(w, sx, sy)).ToArray())).ToArray())).ToArray();
        return new PageText(blocks, imageWidth, imageHeight, resolution, TextOrigin.TextLayer);
    }

    private static Word ToWord(LayerWord w, double sx, double sy)
    {
        var left = w.XMin * sx;
        var top = (int)Math.Floor(w.YMin * sy);
        var bottom = (int)Math.Ceiling(w.YMax * sy);
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(w.Text);
        var elements = new List<string>();
        while (chars.MoveNext())
        {
            elements.Add((string)chars.Current);
        }

        var step = (w.XMax - w.XMin) * sx / Math.Max(1, elements.Count);
        var glyphs = elements.Select((c, i) => new Glyph(
            c,
            PixelRect.FromEdges((int)Math.Floor(left + (i * step)), top, (int)Math.Ceiling(left + ((i + 1) * step)), bottom),
            100f,
            [new GlyphChoice(c, 100f)])).ToArray();
        return new Word(glyphs, 100f);
    }
}
