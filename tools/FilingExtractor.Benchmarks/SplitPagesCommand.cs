using System.Globalization;
using FilingExtractor.Sources;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// split-pages: writes every page of the inputs as one image file each (1-bpp pages as G4 TIFF, others as
/// PNG), at the resolution the extractor reads them, so the tesseract CLI baseline of
/// tools/bench-pipeline.sh OCRs exactly the pages the pipeline reads, one process per page.
/// </summary>
internal static class SplitPagesCommand
{
    public static int Run(Arguments args)
    {
        var outDir = args.Required("out");
        var inputs = args.AllRequired("input", "FILE_OR_FOLDER");
        args.RejectUnknown();
        Directory.CreateDirectory(outDir);
        var files = InputCatalog.Expand(inputs);
        var n = 0;
        foreach (var file in files)
        {
            foreach (var page in InputCatalog.ReadPages(file))
            {
                using (page)
                {
                    if (page.Image is not { } image)
                    {
                        Console.Error.WriteLine($"skipped: {file}: page {page.PageNumber}: {page.Error?.Reason}");
                        continue;
                    }

                    n++;
                    var name = Path.Combine(outDir, string.Create(CultureInfo.InvariantCulture, $"page-{n:00000}"));
                    if (image.Depth == 1)
                    {
                        image.SaveTiffG4(name + ".tif");
                    }
                    else
                    {
                        image.SavePng(name + ".png");
                    }
                }
            }
        }

        Tools.Print("inputs", $"{files.Count}");
        Tools.Print("pages", $"{n}");
        return 0;
    }
}
