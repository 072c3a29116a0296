using System.Globalization;
using System.Text;
using FilingExtractor.Imaging;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// make-pages: renders <see cref="FormPageGenerator"/> pages with Ghostscript as 1-bpp CCITT G4 TIFFs, one
/// file per page (page-0001.tif, ...), the way archives keep scanned filings. The text each page draws goes
/// to truth/page-0001.txt so OCR results can be scored.
/// </summary>
internal static class MakePagesCommand
{
    public static int Run(Arguments args)
    {
        var outDir = args.Required("out");
        var count = args.Int("count", 24, min: 1);
        var dpi = args.Int("dpi", 300, min: 50);
        var seed = args.Int("seed", 1);
        var specks = args.Int("specks", 0, min: 0);
        args.RejectUnknown();

        Directory.CreateDirectory(outDir);
        var truthDir = Path.Combine(outDir, "truth");
        Directory.CreateDirectory(truthDir);

        // Stale pages from an earlier, larger run would otherwise be benchmarked too.
        foreach (var stale in Directory.EnumerateFiles(outDir, "page-*.tif").Concat(Directory.EnumerateFiles(truthDir, "page-*.txt")))
        {
            File.Delete(stale);
        }

        var generator = new FormPageGenerator(seed, specks);
        var ps = new StringBuilder(PostScriptPage.Prologue);
        for (var i = 0; i < count; i++)
        {
            var (pagePs, truth) = generator.Page(i);
            ps.Append(pagePs);
            File.WriteAllText(Path.Combine(truthDir, PageName(i + 1) + ".txt"), string.Join('\n', truth) + "\n");
        }

        var psFile = Path.Combine(Path.GetTempPath(), "fe-make-pages-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".ps");
        File.WriteAllText(psFile, ps.ToString());
        try
        {
            Tools.Run(
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=tiffg4",
                // No DateTime tag: the same seed then gives the same files, byte for byte.
                "-dTIFFDateTime=false",
                FormattableString.Invariant($"-r{dpi}"),
                "-sOutputFile=" + Path.Combine(outDir, "page-%04d.tif"),
                psFile);
        }
        finally
        {
            File.Delete(psFile);
        }

        var pages = Directory.GetFiles(outDir, "page-*.tif");
        if (pages.Length != count)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"Ghostscript wrote {pages.Length} pages, expected {count}"));
        }

        var header = Image.ReadHeader(Path.Combine(outDir, PageName(1) + ".tif"));
        Tools.Print("pages", $"{count}");
        Tools.Print("width_px", $"{header.Width}");
        Tools.Print("height_px", $"{header.Height}");
        Tools.Print("dpi", $"{dpi}");
        Tools.Print("truth_chars", $"{Directory.GetFiles(truthDir, "page-*.txt").Sum(f => Tools.CountChars(File.ReadAllText(f)))}");
        return 0;
    }

    private static string PageName(int number) => FormattableString.Invariant($"page-{number:0000}");
}
