using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Typed values set so low in their cells that they overflow the lower rule (syn-31, a light scan).</summary>
public sealed class OverflowTests
{
    /// <summary>
    /// "Ingram, Rajesh X." sits on its name cell's lower rule, and its descenders reach the address caption
    /// under it. Erasing the rule cut its letters in two, and the page's OCR read the name as "weam
    /// Dadtaah", 11 px tall; the block was lost. Now the crossing strokes are kept and the cell is read
    /// again as one block, name and caption apart.
    /// </summary>
    [Fact]
    public void A_name_on_its_cells_lower_rule_is_read()
    {
        var filing = CorpusPages.Read("syn-31.tif", 3);

        Assert.Equal(PageKinds.RelatedPersons, Assert.Single(filing.Pages).Kind);
        var persons = filing.RelatedPersons;
        Assert.Equal(["Magnolia Ventures Fund II, L.P.", "Foster", "Alvarez"], persons.Take(3).Select(p => p.LastName));
        var ingram = persons[3];
        Assert.Equal(("Rajesh", "X."), (ingram.FirstName, ingram.MiddleName));
        Assert.Equal("Nakamura", persons[^1].LastName);
    }
}
