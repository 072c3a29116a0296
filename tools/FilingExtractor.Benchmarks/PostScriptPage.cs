using System.Globalization;
using System.Text;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// Builds the PostScript of one Letter page (612 x 792 pt, origin bottom-left, y upwards) and, alongside,
/// the text it draws, line by line, as ground truth for checking what OCR read.
/// </summary>
internal sealed class PostScriptPage
{
    /// <summary>
    /// Procedures every page uses. F: select font. CB: 7 pt checkbox at the current point, crossed when the
    /// boolean is true, then 4 pt of space. LD: dotted leader (" ." pairs) up to x. RA: show a string ending
    /// at x on the current baseline. CE: show a string centred on the page at y.
    /// </summary>
    public const string Prologue = """
        %!PS-Adobe-3.0
        %%BoundingBox: 0 0 612 792
        << /PageSize [612 792] >> setpagedevice
        /F { exch findfont exch scalefont setfont } bind def
        /CB { currentpoint /cy exch def /cx exch def
          gsave 0.6 setlinewidth cx cy 0.5 sub 7 7 rectstroke
          { 1.1 setlinewidth cx 1.2 add cy 0.7 add moveto 4.6 5.6 rlineto cx 5.8 add cy 0.7 add moveto -4.6 5.6 rlineto stroke } if
          grestore cx 11 add cy moveto } bind def
        /LD { /lx exch def { currentpoint pop lx ge { exit } if ( .) show } loop } bind def
        /RA { /rx exch def dup stringwidth pop rx exch sub currentpoint exch pop moveto show } bind def
        /CE { /ce exch def dup stringwidth pop 612 exch sub 2 div ce moveto show } bind def

        """;

    private readonly StringBuilder ps = new();
    private readonly List<string> truth = [];
    private readonly List<string> row = [];

    /// <summary>Rotates everything drawn afterwards about the page centre (degrees, counter-clockwise) and shifts it (points).</summary>
    public PostScriptPage(double skewDegrees, double dx, double dy)
    {
        Emit($"gsave 306 396 translate {skewDegrees:0.###} rotate -306 -396 translate {dx:0.##} {dy:0.##} translate\n");
    }

    public IReadOnlyList<string> Truth => truth;

    /// <summary>Starts a new line of text at (x, y) points; later calls append to it from left to right.</summary>
    public PostScriptPage Row(double x, double y)
    {
        FlushRow();
        Emit($"{x:0.##} {y:0.##} moveto\n");
        return this;
    }

    public PostScriptPage Font(string name, double size)
    {
        Emit($"/{name} {size:0.##} F\n");
        return this;
    }

    public PostScriptPage Text(string text)
    {
        Emit($"({Escape(text)}) show\n");
        row.Add(text);
        return this;
    }

    /// <summary>Moves to x (points) on the current baseline.</summary>
    public PostScriptPage At(double x)
    {
        Emit($"{x:0.##} currentpoint exch pop moveto\n");
        return this;
    }

    public PostScriptPage Gap(double points)
    {
        Emit($"{points:0.##} 0 rmoveto\n");
        return this;
    }

    public PostScriptPage Check(bool ticked)
    {
        Emit($"{(ticked ? "true" : "false")} CB\n");
        return this;
    }

    /// <summary>Dotted leader up to x (points); dots are not ground truth (OCR may read them as any number of periods).</summary>
    public PostScriptPage Leader(double toX)
    {
        Emit($"{toX:0.##} LD\n");
        return this;
    }

    public PostScriptPage Right(string text, double rightX)
    {
        Emit($"({Escape(text)}) {rightX:0.##} RA\n");
        row.Add(text);
        return this;
    }

    public PostScriptPage Centered(string font, double size, double y, string text)
    {
        FlushRow();
        Font(font, size);
        Emit($"({Escape(text)}) {y:0.##} CE\n");
        truth.Add(text);
        return this;
    }

    /// <summary>A straight rule from (x1, y1) to (x2, y2), width in points.</summary>
    public PostScriptPage Rule(double x1, double y1, double x2, double y2, double width)
    {
        Emit($"gsave {width:0.##} setlinewidth {x1:0.##} {y1:0.##} moveto {x2:0.##} {y2:0.##} lineto stroke grestore\n");
        return this;
    }

    /// <summary>A filled dot centred on (x, y), radius in points.</summary>
    public PostScriptPage Dot(double x, double y, double radius)
    {
        Emit($"newpath {x:0.##} {y:0.##} {radius:0.##} 0 360 arc fill\n");
        return this;
    }

    /// <summary>A rectangle outline; (x, y) is its bottom-left corner, all in points.</summary>
    public PostScriptPage Frame(double x, double y, double w, double h, double width)
    {
        Emit($"gsave {width:0.##} setlinewidth {x:0.##} {y:0.##} {w:0.##} {h:0.##} rectstroke grestore\n");
        return this;
    }

    public string Finish()
    {
        FlushRow();
        ps.Append("grestore\nshowpage\n");
        return ps.ToString();
    }

    private void FlushRow()
    {
        if (row.Count > 0)
        {
            truth.Add(string.Join(' ', row));
            row.Clear();
        }
    }

    private void Emit(FormattableString s) => ps.Append(s.ToString(CultureInfo.InvariantCulture));


    private static string Escape(string s) => s
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("(", "\\(", StringComparison.Ordinal)
        .Replace(")", "\\)", StringComparison.Ordinal);
}
