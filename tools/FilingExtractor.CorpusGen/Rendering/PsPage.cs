using System.Globalization;
using System.Text;

namespace FilingExtractor.CorpusGen.Rendering;

/// <summary>A run of text in one font, for paragraphs that mix faces ("Who Must File:" in bold, then roman).</summary>
internal readonly record struct Run(string Font, string Text);

/// <summary>
/// One US Letter page (612 x 792 pt) written as PostScript. Callers use a top-left origin with y downwards
/// (as the page is read); the writer converts to PostScript's bottom-left origin. Text is measured with
/// <see cref="FontMetrics"/> so wrapping and alignment are decided here, not in the interpreter.
/// </summary>
internal sealed class PsPage
{
    public const double Width = 612;
    public const double Height = 792;

    private readonly StringBuilder ps = new();

    public string ToPostScript() => ps.ToString();

    /// <summary>PostScript that draws this page (without showpage), for embedding in a document.</summary>
    public void Raw(string code) => ps.Append(code).Append('\n');

    public void Text(double x, double baseline, string font, double size, string text, double gray = 0)
    {
        if (text.Length == 0)
        {
            return;
        }

        Emit($"{gray:0.###} setgray /{font} {size:0.##} F {x:0.##} {Y(baseline):0.##} moveto ({Escape(text)}) show\n");
    }

    /// <summary>Typed text: the glyphs filled and, when <paramref name="ink"/> is above 0, outlined with a pen that wide (points), as ribbon ink spreads.</summary>
    public void Typed(double x, double baseline, string font, double size, string text, double ink)
    {
        if (text.Length == 0)
        {
            return;
        }

        Text(x, baseline, font, size, text);
        if (ink > 0)
        {
            Emit($"{x:0.##} {Y(baseline):0.##} moveto ({Escape(text)}) false charpath {ink:0.###} setlinewidth 1 setlinejoin stroke 0 setlinejoin newpath\n");
        }
    }

    public void TextRight(double right, double baseline, string font, double size, string text) =>
        Text(right - FontMetrics.Width(font, size, text), baseline, font, size, text);

    public void TextCenter(double centre, double baseline, string font, double size, string text) =>
        Text(centre - (FontMetrics.Width(font, size, text) / 2), baseline, font, size, text);

    public void Line(double x1, double y1, double x2, double y2, double width, double gray = 0) =>
        Emit($"{gray:0.###} setgray {width:0.##} setlinewidth newpath {x1:0.##} {Y(y1):0.##} moveto {x2:0.##} {Y(y2):0.##} lineto stroke\n");

    /// <summary>A rectangle outline; (x, top) is its top-left corner.</summary>
    public void Rect(double x, double top, double w, double h, double width) =>
        Emit($"0 setgray {width:0.##} setlinewidth {x:0.##} {Y(top + h):0.##} {w:0.##} {h:0.##} rectstroke\n");

    public void FillRect(double x, double top, double w, double h, double gray) =>
        Emit($"{gray:0.###} setgray {x:0.##} {Y(top + h):0.##} {w:0.##} {h:0.##} rectfill 0 setgray\n");

    /// <summary>A dotted leader ('.' every <paramref name="pitch"/> points) from x1 to x2 on a baseline.</summary>
    public void Leader(double x1, double x2, double baseline, string font, double size, double pitch = 3.2)
    {
        if (x2 - x1 < pitch * 2)
        {
            return;
        }

        var start = Math.Ceiling((x1 + 2) / pitch) * pitch;
        Emit($"/{font} {size:0.##} F {start:0.##} {pitch:0.##} {x2 - 2:0.##} {{ {Y(baseline):0.##} moveto (.) show }} for\n");
    }

    /// <summary>
    /// Writes wrapped text from (<paramref name="x"/>, <paramref name="baseline"/>) within <paramref name="width"/>,
    /// the first line starting at <paramref name="firstX"/> when given. Returns where the text ended: the
    /// x after the last word and the last baseline.
    /// </summary>
    public (double EndX, double Baseline) Paragraph(
        double x, double baseline, double width, double size, double leading, IReadOnlyList<Run> runs, double? firstX = null)
    {
        var words = new List<(string Font, string Word)>();
        foreach (var run in runs)
        {
            foreach (var w in run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add((run.Font, w));
            }
        }

        var cx = firstX ?? x;
        var y = baseline;
        var first = true;
        foreach (var (font, word) in words)
        {
            var space = first ? 0 : FontMetrics.Width(font, size, " ");
            var ww = FontMetrics.Width(font, size, word);
            if (!first && cx + space + ww > x + width)
            {
                cx = x;
                y += leading;
                space = 0;
            }

            Text(cx + space, y, font, size, word);
            cx += space + ww;
            first = false;
        }

        return (cx, y);
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/> (a word longer than the width gets a line of its own).</summary>
    public static List<string> Wrap(string text, string font, double size, double width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && FontMetrics.Width(font, size, candidate) > width)
            {
                lines.Add(current.ToString());
                current.Clear().Append(word);
            }
            else
            {
                current.Clear().Append(candidate);
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    /// <summary>An empty checkbox, <paramref name="size"/> points square, its top-left corner at (x, top).</summary>
    public void Box(double x, double top, double size = 7, double width = 0.6) => Rect(x, top, size, size, width);

    /// <summary>A cubic Bezier path (points in page coordinates, top-left origin), stroked.</summary>
    public void Curve(IReadOnlyList<(double X, double Y)> points, double width)
    {
        if (points.Count < 4)
        {
            return;
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"0 setgray {width:0.##} setlinewidth 1 setlinecap 1 setlinejoin newpath {points[0].X:0.##} {Y(points[0].Y):0.##} moveto\n");
        for (var i = 1; i + 2 < points.Count; i += 3)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{points[i].X:0.##} {Y(points[i].Y):0.##} {points[i + 1].X:0.##} {Y(points[i + 1].Y):0.##} {points[i + 2].X:0.##} {Y(points[i + 2].Y):0.##} curveto\n");
        }

        sb.Append("stroke 0 setlinecap 0 setlinejoin\n");
        ps.Append(sb);
    }

    /// <summary>A polyline (top-left origin), stroked with round caps.</summary>
    public void Polyline(IReadOnlyList<(double X, double Y)> points, double width, double gray = 0)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{gray:0.###} setgray {width:0.##} setlinewidth 1 setlinecap 1 setlinejoin newpath {points[0].X:0.##} {Y(points[0].Y):0.##} moveto");
        foreach (var p in points.Skip(1))
        {
            sb.Append(CultureInfo.InvariantCulture, $" {p.X:0.##} {Y(p.Y):0.##} lineto");
        }

        sb.Append(" stroke 0 setlinecap 0 setlinejoin 0 setgray\n");
        ps.Append(sb);
    }

    /// <summary>An ellipse outline centred at (cx, cy) with radii rx, ry.</summary>
    public void Ellipse(double cx, double cy, double rx, double ry, double width) =>
        Emit($"gsave 0 setgray {width:0.##} setlinewidth newpath matrix currentmatrix {cx:0.##} {Y(cy):0.##} translate {rx:0.##} {ry:0.##} scale 0 0 1 0 360 arc closepath setmatrix stroke grestore\n");

    /// <summary>Starts a group drawn rotated by <paramref name="degrees"/> (counter-clockwise) about (x, y); end it with <see cref="EndGroup"/>.</summary>
    public void BeginRotated(double x, double y, double degrees) =>
        Emit($"gsave {x:0.##} {Y(y):0.##} translate {degrees:0.##} rotate {-x:0.##} {-Y(y):0.##} translate\n");

    public void EndGroup() => ps.Append("grestore\n");

    public static string Escape(string s) => s
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("(", "\\(", StringComparison.Ordinal)
        .Replace(")", "\\)", StringComparison.Ordinal);

    private static double Y(double top) => Height - top;

    private void Emit(FormattableString s) => ps.Append(s.ToString(CultureInfo.InvariantCulture));
}
