using System.Globalization;

namespace FilingExtractor.CorpusGen.Rendering;

/// <summary>What the filer's pen and the SEC's stamps put on the page: box marks, signatures, the PROCESSED stamp.</summary>
internal static class Ink
{
    /// <summary>Marks a box of <paramref name="size"/> points whose top-left corner is (x, top).</summary>
    public static void Mark(PsPage page, double x, double top, double size, MarkKind kind, double weight, Rng rng)
    {
        double J() => rng.Range(-0.6, 0.6);
        switch (kind)
        {
            case MarkKind.Cross:
            {
                var o = rng.Range(-0.5, 1.2);
                page.Polyline([(x - o + J(), top - o + J()), (x + size + o + J(), top + size + o + J())], weight);
                page.Polyline([(x + size + o + J(), top - o + J()), (x - o + J(), top + size + o + J())], weight);
                break;
            }

            case MarkKind.Check:
                page.Polyline(
                    [
                        (x + (size * 0.12) + J(), top + (size * 0.5) + J()),
                        (x + (size * 0.42) + J(), top + (size * 0.95) + J()),
                        (x + (size * 1.25) + J(), top - (size * 0.45) + J()),
                    ],
                    weight * 1.1);
                break;

            case MarkKind.Filled:
                page.FillRect(x + 1, top + 1, size - 2, size - 2, 0);
                break;

            default:
            {
                var fs = size * 1.45;
                var font = weight > 1.1 ? "Courier-Bold" : "Courier";
                var w = FontMetrics.Width(font, fs, "X");
                page.Text(x + ((size - w) / 2) + J(), top + size - 0.3 + J(), font, fs, "X");
                break;
            }
        }
    }

    /// <summary>A mark in a table cell without a printed box (the Appendix's Yes/No columns), centred at (cx, cy).</summary>
    public static void CellMark(PsPage page, double cx, double cy, MarkKind kind, double weight, Rng rng)
    {
        const double Size = 7;
        Mark(page, cx - (Size / 2) + rng.Range(-2, 2), cy - (Size / 2) + rng.Range(-1, 1), Size, kind == MarkKind.Filled ? MarkKind.Cross : kind, weight, rng);
    }

    /// <summary>A hand signature: a run of Bezier loops and strokes across about <paramref name="width"/> points, its baseline at <paramref name="baseline"/>.</summary>
    public static void Signature(PsPage page, double x, double baseline, double width, Rng rng)
    {
        var pen = rng.Range(0.7, 1.3);
        var slant = rng.Range(0.15, 0.45);
        var strokes = rng.Between(1, 3);
        var cx = x;
        for (var s = 0; s < strokes; s++)
        {
            var segments = rng.Between(3, 6);
            var span = width / strokes * rng.Range(0.7, 1.0);
            var pts = new List<(double X, double Y)>();
            var px = cx;
            var py = baseline - rng.Range(0, 6);
            pts.Add((px, py));
            for (var i = 0; i < segments; i++)
            {
                var nx = px + (span / segments);
                var ny = baseline - rng.Range(-2, 9);
                var up = rng.Range(8, 18);
                pts.Add((px + rng.Range(-4, 8) + (up * slant), py - up));
                pts.Add((nx + rng.Range(-10, 4), ny + rng.Range(-2, 6)));
                pts.Add((nx, ny));
                px = nx;
                py = ny;
            }

            page.Curve(pts, pen);
            cx = px + rng.Range(3, 10);
        }

        if (rng.Chance(0.6))
        {
            // The flourish under the name.
            var y = baseline + rng.Range(1, 4);
            page.Curve([(x + rng.Range(0, 10), y), (x + (width * 0.3), y + 4), (x + (width * 0.7), y - 3), (cx, y + rng.Range(-2, 2))], pen * 0.8);
        }
    }

    /// <summary>The SEC's "PROCESSED / date / THOMSON FINANCIAL" stamp centred at (cx, cy), turned by <paramref name="degrees"/>.</summary>
    public static void ProcessedStamp(PsPage page, double cx, double cy, double degrees, DateOnly date, double gray)
    {
        page.BeginRotated(cx, cy, degrees);
        var dateText = date.ToString("MMM dd yyyy", CultureInfo.InvariantCulture).ToUpperInvariant();
        Centred(page, cx, cy - 16, "Helvetica-Bold", 12.5, "PROCESSED", gray);
        page.Raw(FormattableString.Invariant($"{gray:0.###} setgray 1.2 setlinewidth {cx - 52:0.##} {PsPage.Height - cy - 7:0.##} 104 18 rectstroke 0 setgray"));
        Centred(page, cx, cy + 3, "Helvetica-Bold", 14, dateText, gray);
        Centred(page, cx, cy + 26, "Helvetica-Bold", 10, "THOMSON", gray);
        Centred(page, cx, cy + 37, "Helvetica-Bold", 10, "FINANCIAL", gray);
        page.EndGroup();
    }

    private static void Centred(PsPage page, double cx, double baseline, string font, double size, string text, double gray) =>
        page.Text(cx - (FontMetrics.Width(font, size, text) / 2), baseline, font, size, text, gray);
}
