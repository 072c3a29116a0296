using System.Text.Json;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// Pages scanned on their side or upside down are turned upright by reading, not by trusting OSD: on the
/// heavily degraded syn-11 OSD calls its upside-down cover upright (confidence 0.24) and its sideways
/// appendix pages either way, so these pages came out unnamed and the filing had no cover.
/// </summary>
public sealed class TurnedPageTests
{
    [Fact]
    public void Every_page_of_a_heavy_scan_with_turned_pages_is_turned_upright_and_named()
    {
        var folder = Path.Combine(CorpusFiles.Root, "synthetic");
        var input = Path.Combine(folder, "syn-11.tif");
        using var degradation = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "syn-11.degradation.json")));
        // The generator turned each page clockwise by quarterTurns; the reader must turn it by the rest of a full turn.
        var expectedTurns = degradation.RootElement.GetProperty("pages").EnumerateArray()
            .Select(p => (4 - p.GetProperty("quarterTurns").GetInt32()) % 4).ToList();
        Assert.Equal([2, 2, 0, 0, 0, 0, 0, 1, 1], expectedTurns);

        using var reader = new ScanFilingReader(1);
        var result = reader.Read(new InputItem(input, [input]), CancellationToken.None);

        // Success: no page failed, and a cover was found (without one the read is Partial, NotFormD).
        Assert.Equal(ReadStatus.Success, result.Status);
        var pages = result.Filing!.Pages;
        Assert.Equal(expectedTurns, pages.Select(p => p.QuarterTurns));
        Assert.Equal(
            [PageKinds.Cover, PageKinds.Instructions, PageKinds.RelatedPersons, PageKinds.SectionB, PageKinds.SectionC,
             PageKinds.SectionC, PageKinds.Signatures, PageKinds.Appendix, PageKinds.Appendix],
            pages.Select(p => p.Kind));
    }
}
