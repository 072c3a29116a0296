using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// C.3's three rows are found together, in their printed order. On syn-43's Part C page the Rule 504 row
/// reads "Rute S04": alone, its label matched the "Rule 505" line instead (one character apart), so the row
/// repeated Rule 505's values and C.3's total failed on a consistent filing.
/// </summary>
public sealed class PriorOfferingRowsTests
{
    [Fact]
    public void A_garbled_row_label_is_the_line_between_its_neighbours_not_a_look_alike_row()
    {
        var folder = Fixtures.NewFolder("c3-rows");
        var page = Path.Combine(folder, "syn-43-p06.tif");
        var pages = Image.LoadPages(Path.Combine(CorpusFiles.Root, "synthetic", "syn-43.tif")).ToList();
        try
        {
            pages[5].SaveTiffG4(page);
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }

        using var reader = new ScanFilingReader(1);
        var filing = reader.Read(new InputItem(page, [page]), CancellationToken.None).Filing!;

        Assert.Equal(PageKinds.SectionC, Assert.Single(filing.Pages).Kind);
        var prior = filing.Offering.PriorOfferings;
        Assert.Equal(["Rule 505", "Regulation A", "Rule 504"], prior.Select(p => p.TypeOfOffering));
        Assert.Equal([68_000m, 37_000m, 272_000m], prior.Select(p => p.AmountSold ?? -1));
        Assert.Equal(377_000m, filing.Offering.PriorOfferingsTotal);
        Assert.DoesNotContain(filing.Flags, f => f.Rule == RuleIds.C3Total);
    }
}
