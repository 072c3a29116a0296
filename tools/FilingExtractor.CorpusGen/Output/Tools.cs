using System.Diagnostics;
using System.Globalization;
using System.Text;
using FilingExtractor.CorpusGen.Rendering;
using FilingExtractor.Imaging;

namespace FilingExtractor.CorpusGen.Output;

/// <summary>The external programs the generator drives: Ghostscript (PostScript to pixels) and tiff2pdf.</summary>
internal static class Tools
{
    /// <summary>Defines the procedures <see cref="PsPage"/> uses.</summary>
    private const string Prologue = """
        %!PS-Adobe-3.0
        %%BoundingBox: 0 0 612 792
        %%Pages: (atend)
        %%EndComments
        << /PageSize [612 792] >> setpagedevice
        /F { exch findfont exch scalefont setfont } bind def

        """;

    /// <summary>The whole document: prologue, then each page followed by showpage.</summary>
    public static string Document(IEnumerable<string> pages)
    {
        var sb = new StringBuilder(Prologue);
        var n = 0;
        foreach (var page in pages)
        {
            n++;
            sb.Append(CultureInfo.InvariantCulture, $"%%Page: {n} {n}\nsave\n");
            sb.Append(page);
            sb.Append("restore showpage\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"%%Trailer\n%%Pages: {n}\n%%EOF\n");
        return sb.ToString();
    }

    /// <summary>
    /// Renders PostScript to 8 bpp gray pages at <paramref name="dpi"/> with anti-aliased text and lines
    /// (as a scanner sees print), one image per page, in order.
    /// </summary>
    public static List<Image> Rasterize(string postScript, int dpi, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var ps = Path.Combine(workDir, "doc.ps");
        File.WriteAllText(ps, postScript);
        var pattern = Path.Combine(workDir, "p%03d.pgm");
        Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", FormattableString.Invariant($"-r{dpi}"),
            "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", $"-sOutputFile={pattern}", ps);
        var pages = new List<Image>();
        for (var i = 1; ; i++)
        {
            var file = Path.Combine(workDir, FormattableString.Invariant($"p{i:000}.pgm"));
            if (!File.Exists(file))
            {
                break;
            }

            var img = Image.Load(file);
            img.SetDpi(dpi);
            pages.Add(img);
            File.Delete(file);
        }

        File.Delete(ps);
        return pages;
    }

    /// <summary>
    /// Wraps a TIFF into an image-only PDF with tiff2pdf (G4 pages stay CCITT, JPEG pages stay DCT).
    /// tiff2pdf would stamp the current time as CreationDate/ModDate; <paramref name="date"/> fixes it,
    /// and its document ID comes from an unseeded rand(), the same in every run, so the bytes repeat.
    /// </summary>
    public static void TiffToPdf(string tiff, string pdf, DateOnly date)
    {
        var stamp = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "120000";
        Run("tiff2pdf", "-e", stamp, "-c", "FilingExtractor corpus generator", "-o", pdf, tiff);
    }

    public static string Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {exe}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} exited {p.ExitCode}: {stderr}");
        }

        return stdout.Result;
    }
}
