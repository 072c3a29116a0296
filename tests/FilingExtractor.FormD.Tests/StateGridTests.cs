using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Preprocessing;
using FilingExtractor.TestSupport;

namespace FilingExtractor.FormD.Tests;

/// <summary>B.4's state grids found from the ink alone, before OCR, so that the page's OCR can leave them out.</summary>
public sealed class StateGridTests
{
    /// <summary>
    /// syn-05's first Section B page prints three recipients' grids of 4 x 13 frames, marked with crosses and
    /// circles: each is found, about 4.8 in wide and 0.45 in deep, top to bottom; the cover page has none.
    /// </summary>
    [Fact]
    public void The_grids_of_a_Section_B_page_are_found_without_OCR_and_no_other_page_has_one()
    {
        using var sectionB = CorpusPage("syn-05.tif", 4);
        using var cover = CorpusPage("syn-05.tif", 1);

        var grids = StateGrid.Find(sectionB.Image, 300, 0);

        Assert.Equal(3, grids.Count);
        Assert.All(grids, g => Assert.InRange(g.Width, 4.5 * 300, 5.2 * 300));
        Assert.All(grids, g => Assert.InRange(g.Height, 0.35 * 300, 0.6 * 300));
        Assert.True(grids[0].Bottom < grids[1].Top && grids[1].Bottom < grids[2].Top);
        Assert.Empty(StateGrid.Find(cover.Image, 300, 0));
    }

    private static PreparedPage CorpusPage(string file, int number)
    {
        using var page = Image.LoadPages(RepoPaths.Combine("corpus", "synthetic", file)).Skip(number - 1).First();
        var options = PreprocessOptions.Default with { CorrectOrientation = false };
        return PagePreprocessor.Prepare(page, new Resolution(300, false), null, options);
    }
}
