using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingExtractor.Sources.Pdf;

/// <summary>A page's size in PDF points (1/72 inch) as displayed, and its /Rotate in degrees clockwise.</summary>
internal readonly record struct PdfPageGeometry(double WidthPoints, double HeightPoints, int Rotation);

/// <summary>One row of <c>pdfimages -list</c>: an image drawn on a page, its pixel size and placed resolution.</summary>
internal readonly record struct PdfImageEntry(int Page, int Index, string Type, int Width, int Height, string Encoding, double XPpi, double YPpi);

/// <summary>Parsers for the text that pdfinfo and pdfimages print (poppler 22).</summary>
internal static partial class PopplerOutput
{
    /// <summary>Reads "Pages:", "Encrypted:" and the per-page "Page N size/rot" lines of <c>pdfinfo -f 1 -l N</c>.</summary>
    public static (int Pages, bool Encrypted, Dictionary<int, PdfPageGeometry> Geometry) ParseInfo(string text)
    {
        var pages = 0;
        var encrypted = false;
        var sizes = new Dictionary<int, (double W, double H)>();
        var rotations = new Dictionary<int, int>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("Pages:", StringComparison.Ordinal))
            {
                pages = int.Parse(line[6..].Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("Encrypted:", StringComparison.Ordinal))
            {
                encrypted = line[10..].TrimStart().StartsWith("yes", StringComparison.Ordinal);
            }
            else if (PageSize().Match(line) is { Success: true } m)
            {
                sizes[Int(m.Groups[1].Value)] = (Double(m.Groups[2].Value), Double(m.Groups[3].Value));
            }
            else if (PageRot().Match(line) is { Success: true } r)
            {
                rotations[Int(r.Groups[1].Value)] = Int(r.Groups[2].Value);
            }
        }

        var geometry = new Dictionary<int, PdfPageGeometry>();
        foreach (var (page, (w, h)) in sizes)
        {
            var rot = ((rotations.GetValueOrDefault(page) % 360) + 360) % 360;
            // pdfinfo prints the unrotated MediaBox size; a page turned 90 or 270 degrees shows it swapped.
            geometry[page] = rot is 90 or 270 ? new PdfPageGeometry(h, w, rot) : new PdfPageGeometry(w, h, rot);
        }

        return (pages, encrypted, geometry);
    }

    /// <summary>Rows of <c>pdfimages -list</c>, skipping its two header lines.</summary>
    public static List<PdfImageEntry> ParseImageList(string text)
    {
        var list = new List<PdfImageEntry>();
        foreach (var raw in text.Split('\n'))
        {
            var f = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            if (f.Length < 14 || !int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
            {
                continue;
            }

            list.Add(new PdfImageEntry(
                page,
                Int(f[1]),
                f[2],
                Int(f[3]),
                Int(f[4]),
                f[8],
                double.TryParse(f[12], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : 0,
                double.TryParse(f[13], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) ? y : 0));
        }

        return list;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static double Double(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"^Page\s+(\d+)\s+rot:\s+(-?\d+)")]
    private static partial Regex PageRot();
}
