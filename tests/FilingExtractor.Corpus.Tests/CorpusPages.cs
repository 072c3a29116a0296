using FilingExtractor.Core.Geometry;
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
    public static Filing Read(string scan, int number, string folder = "synthetic") => ReadWithPage(scan, number, folder).Filing;

    /// <summary>As <see cref="Read"/>, with what the reader kept of the page: its kind, text and rows passed over as prose.</summary>
    public static (Filing Filing, PageSnapshot Page) ReadWithPage(string scan, int number, string folder = "synthetic")
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
        PageSnapshot? snapshot = null;
        reader.PageRead = p => snapshot = new PageSnapshot(p.Kind, p.Text?.Text ?? string.Empty, [.. p.SkippedProse]);
        var filing = reader.Read(new InputItem(page, [page]), CancellationToken.None).Filing!;
        return (filing, snapshot ?? throw new InvalidOperationException("the page was not read"));
    }
}

/// <summary>What a page read left: its kind, its text, and the rows passed over unread as instruction prose.</summary>
internal sealed record PageSnapshot(string Kind, string Text, IReadOnlyList<PixelRect> SkippedProse);
