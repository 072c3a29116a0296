using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Model;
using FilingExtractor.Sources;
using FilingExtractor.Sources.Pdf;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Single pages of the corpus's scans, read alone (a few seconds each instead of a whole filing).</summary>
internal static class CorpusPages
{
    /// <summary>Page <paramref name="number"/> (1-based) of a corpus scan (TIFF, PNG or image-only PDF) in <paramref name="folder"/>, saved as its own G4 TIFF and read.</summary>
    public static Filing Read(string scan, int number, string folder = "synthetic")
    {
        var page = Path.Combine(Fixtures.NewFolder("corpus-pages"), $"{Path.GetFileNameWithoutExtension(scan)}-p{number:00}.tif");
        var source = Path.Combine(CorpusFiles.Root, folder, scan);
        if (Path.GetExtension(scan).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg")
        {
            // A one-page scan (a filing scanned as one file a page) is read as it is.
            Assert.Equal(1, number);
            page = source;
        }
        else if (scan.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            // A PDF's page image as the extractor takes it (pdfimages), its resolution carried into the TIFF.
            var pdfPages = new PdfPageSource().ReadPages(source, new PageSourceOptions()).ToList();
            try
            {
                var wanted = pdfPages[number - 1];
                wanted.Image!.SetDpi(wanted.Resolution.Dpi);
                wanted.Image.SaveTiffG4(page);
            }
            finally
            {
                pdfPages.ForEach(p => p.Dispose());
            }
        }
        else
        {
            var pages = Image.LoadPages(source).ToList();
            try
            {
                pages[number - 1].SaveTiffG4(page);
            }
            finally
            {
                pages.ForEach(p => p.Dispose());
            }
        }

        using var reader = new ScanFilingReader(1);
        return reader.Read(new InputItem(page, [page]), CancellationToken.None).Filing!;
    }
}
