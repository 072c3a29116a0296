using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Single pages of the corpus's scans, read alone (a few seconds each instead of a whole filing).</summary>
internal static class CorpusPages
{
    /// <summary>Page <paramref name="number"/> (1-based) of a corpus scan in <paramref name="folder"/>, saved as its own G4 TIFF and read.</summary>
    public static Filing Read(string scan, int number, string folder = "synthetic")
    {
        var page = Path.Combine(Fixtures.NewFolder("corpus-pages"), $"{Path.GetFileNameWithoutExtension(scan)}-p{number:00}.tif");
        var pages = Image.LoadPages(Path.Combine(CorpusFiles.Root, folder, scan)).ToList();
        try
        {
            pages[number - 1].SaveTiffG4(page);
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }

        using var reader = new ScanFilingReader(1);
        return reader.Read(new InputItem(page, [page]), CancellationToken.None).Filing!;
    }
}
