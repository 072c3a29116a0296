using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace FilingExtractor.TestSupport;

/// <summary>
/// Test inputs made on demand with the same Debian tools the corpus generator uses (Ghostscript for
/// rendering PostScript, libtiff-tools, qpdf), cached per test run under one temporary folder. Nothing
/// here reads ../shared or any fixed path.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "fe-tests-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return dir;
    });

    private static readonly object Gate = new();

    public static string RootFolder => Root.Value;

    /// <summary>A fresh empty folder for one test.</summary>
    public static string NewFolder(string name)
    {
        var dir = Path.Combine(Root.Value, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// Lines of a small form-like page: issuer name, address, two amounts, an expense line. Each entry is
    /// (x in points from the left, y in points from the bottom, font size, text).
    /// </summary>
    public static readonly IReadOnlyList<(int X, int Y, int Size, string Text)> SamplePageLines =
    [
        (72, 720, 14, "FORM D"),
        (72, 690, 11, "Name of Issuer"),
        (72, 672, 12, "Capstone Turbine Corporation"),
        (72, 648, 11, "Address of Executive Offices"),
        (72, 630, 12, "21211 Nordhoff Street, Chatsworth, CA 91311"),
        (72, 600, 11, "Telephone Number"),
        (72, 582, 12, "(818) 734-5300"),
        (72, 550, 12, "Equity $ 3,984,567 $ 3,984,567"),
        (72, 530, 12, "Legal Fees $ 30,000"),
        (72, 510, 12, "Transfer Agent's Fees $ 500"),
    ];

    /// <summary>PostScript for one or more pages; each page draws the sample lines and a framed box with a rule.</summary>
    public static string SamplePostScript(int pages = 1, bool withRules = true)
    {
        var sb = new StringBuilder("%!PS-Adobe-3.0\n%%BoundingBox: 0 0 612 792\n<< /PageSize [612 792] >> setpagedevice\n");
        for (var p = 1; p <= pages; p++)
        {
            foreach (var (x, y, size, text) in SamplePageLines)
            {
                sb.Append(CultureInfo.InvariantCulture, $"/Courier findfont {size} scalefont setfont {x} {y} moveto ({Escape(text)}) show\n");
            }

            sb.Append(CultureInfo.InvariantCulture, $"/Courier findfont 12 scalefont setfont 72 480 moveto (Page {p}) show\n");
            if (withRules)
            {
                // A horizontal rule under the header, a vertical rule at the right margin, and a 12 pt checkbox.
                sb.Append("1.5 setlinewidth 60 705 moveto 552 705 lineto stroke 552 400 moveto 552 705 lineto stroke\n");
                sb.Append("1 setlinewidth 400 440 12 12 rectstroke\n");
            }

            sb.Append("showpage\n");
        }

        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);

    /// <summary>Renders PostScript with Ghostscript. device: pnggray, png16m, tiffg4, tifflzw, tiffgray, jpeggray, pgmraw, pbmraw.</summary>
    public static string Render(string name, string postScript, string device, int dpi, string extension)
    {
        lock (Gate)
        {
            var output = Path.Combine(Root.Value, name + extension);
            if (File.Exists(output))
            {
                return output;
            }

            var ps = Path.Combine(Root.Value, name + ".ps");
            File.WriteAllText(ps, postScript);
            // AdjustWidth=0: Ghostscript's fax devices otherwise pad 200 DPI pages to 1728 px, the fax line width.
            Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dAdjustWidth=0", $"-sDEVICE={device}", FormattableString.Invariant($"-r{dpi}"), $"-sOutputFile={output}", ps);
            return output;
        }
    }

    /// <summary>The sample page as a 300 DPI 8-bit gray PNG.</summary>
    public static string SamplePng(int dpi = 300) => Render(FormattableString.Invariant($"sample-{dpi}"), SamplePostScript(), "pnggray", dpi, ".png");

    /// <summary>A multi-page G4 TIFF of the sample page.</summary>
    public static string SampleTiffG4(int pages = 3, int dpi = 300) =>
        Render(FormattableString.Invariant($"sample-g4-{pages}-{dpi}"), SamplePostScript(pages), "tiffg4", dpi, ".tif");

    /// <summary>An image-only PDF the way archives store scans: a G4 TIFF wrapped by tiff2pdf (CCITT inside).</summary>
    public static string SampleImagePdf(int pages = 2, int dpi = 300)
    {
        var tif = SampleTiffG4(pages, dpi);
        var pdf = Path.ChangeExtension(tif, ".image.pdf");
        lock (Gate)
        {
            if (!File.Exists(pdf))
            {
                Run("tiff2pdf", "-o", pdf, tif);
            }
        }

        return pdf;
    }

    /// <summary>A PDF with a real text layer (Ghostscript's pdfwrite from the sample PostScript).</summary>
    public static string SampleTextPdf(int pages = 1) =>
        Render(FormattableString.Invariant($"sample-text-{pages}"), SamplePostScript(pages), "pdfwrite", 72, ".pdf");

    /// <summary>Runs a program, failing the test with its stderr when it exits non-zero.</summary>
    public static string Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
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
            throw new InvalidOperationException($"{exe} {string.Join(' ', args)} exited {p.ExitCode}: {stderr}\n{stdout.Result}");
        }

        return stdout.Result;
    }

    /// <summary>Resident set size of this process in bytes, from /proc (Linux).</summary>
    public static long ResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb * 1024;
            }
        }

        throw new InvalidOperationException("no VmRSS in /proc/self/status");
    }
}
