using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>The Appendix table's ruled grid on a scan whose rules are slanted by the skew deskewing leaves.</summary>
public sealed class AppendixGridTests
{
    /// <summary>
    /// syn-35's first Appendix page (200 DPI, turned a quarter and skewed 1.6 degrees): taken by their boxes'
    /// short side, the slanted column rules looked too thick for rules, four of the eleven were dropped, no
    /// row had the table's columns, and none of the page's ten states was read. A rule's thickness is now its
    /// ink over its length.
    /// </summary>
    [Fact]
    public void Slanted_rules_still_make_the_tables_columns()
    {
        var filing = CorpusPages.Read("syn-35.tif", 11);

        Assert.Equal(PageKinds.Appendix, Assert.Single(filing.Pages).Kind);
        var rows = filing.StateAppendix;
        Assert.Equal(["AK", "AR", "CA", "CO", "CT", "FL", "ID", "IL", "MI", "MN"], rows.Select(r => r.State));
        var ak = rows[0];
        Assert.Equal((true, 3, 1459002m, 1, 41500m, false), (ak.IntendsToSellNonAccredited, ak.AccreditedNumber, ak.AccreditedAmount, ak.NonAccreditedNumber, ak.NonAccreditedAmount, ak.Disqualified));
    }
}
