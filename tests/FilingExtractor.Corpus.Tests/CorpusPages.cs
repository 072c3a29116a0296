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

    /// <summary>As <see cref="Read"/>, with what the reader kept of the page: its kind, text and rows passed over unread.</summary>
    public static (Filing Filing, PageSnapshot Page) ReadWithPage(string scan, int number, string folder = "synthetic")
    {
        var (filing, pages) = ReadPages(scan, [number], folder);
        return (filing, pages.Single());
    }

    /// <summary>
    /// Pages <paramref name="numbers"/> (1-based) of a corpus scan read together as one filing, in the order given
    /// (saved as one multi-page G4 TIFF; a PNG scan is one page), with what the reader kept of each page.
    /// </summary>
    public static (Filing Filing, IReadOnlyList<PageSnapshot> Pages) ReadPages(string scan, int[] numbers, string folder = "synthetic")
    {
        var page = Path.Combine(Fixtures.NewFolder("corpus-pages"), $"{Path.GetFileNameWithoutExtension(scan)}-p{string.Join('-', numbers.Select(n => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)))}.tif");
        var source = Path.Combine(CorpusFiles.Root, folder, scan);
        if (Path.GetExtension(scan).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg")
        {
            // A one-page scan (a filing scanned as one file a page) is read as it is.
            Assert.Equal([1], numbers);
            page = source;
        }
        else if (scan.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            // A PDF's page images as the extractor takes them (pdfimages), their resolution carried into the TIFF.
            var pdfPages = new PdfPageSource().ReadPages(source, new PageSourceOptions()).ToList();
            try
            {
                foreach (var wanted in numbers.Select(n => pdfPages[n - 1]))
                {
                    wanted.Image!.SetDpi(wanted.Resolution.Dpi);
                }

                Image.SaveMultipageTiffG4(page, numbers.Select(n => pdfPages[n - 1].Image!));
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
                Image.SaveMultipageTiffG4(page, numbers.Select(n => pages[n - 1]));
            }
            finally
            {
                pages.ForEach(p => p.Dispose());
            }
        }

        using var reader = new ScanFilingReader(1);
        var snapshots = new List<PageSnapshot>();
        reader.PageRead = p => snapshots.Add(new PageSnapshot(p.Kind, p.Text?.Text ?? string.Empty, [.. p.SkippedProse], [.. p.CopiedCaptions]));
        var filing = reader.Read(new InputItem(page, [page]), CancellationToken.None).Filing!;
        Assert.Equal(numbers.Length, snapshots.Count);
        return (filing, snapshots);
    }
}

/// <summary>
/// What a page read left: its kind, its text, the rows passed over unread as instruction prose, and the rows
/// left unread because they print a caption read before.
/// </summary>
internal sealed record PageSnapshot(string Kind, string Text, IReadOnlyList<PixelRect> SkippedProse, IReadOnlyList<PixelRect> CopiedCaptions);
