using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>The cover's rows of boxes whose labels sit side by side.</summary>
public sealed class CoverBoxesTests
{
    /// <summary>
    /// The degraded Capstone scan's cover reads "Rute 504 Rule 505 Rute 506": alone, "Rule 506" matched
    /// "Rule 505" as well as its own garbled label and, the first on the line, took it, so the filing read
    /// Rule 505's empty box and said it was not filed under Rule 506. Read together and in order, each label
    /// has its own words.
    /// </summary>
    [Fact]
    public void Side_by_side_labels_each_take_their_own_box()
    {
        var filing = CorpusPages.Read("capstone-formd-2002-200dpi-degraded.tif", 1, "capstone");

        var under = filing.FilingUnder;
        Assert.Equal(
            (false, false, true, false, false),
            (under.Rule504, under.Rule505, under.Rule506, under.Section4_6, under.Uloe));
    }

    /// <summary>
    /// "Actual" and "Estimated" right of the date of incorporation share their line with the caption "Actual
    /// or Estimated Date of Incorporation", whose own first words matched better and lay outside the zone
    /// searched: the boxes were found but never tied to a label, and the fact went unknown on 39 filings.
    /// Labels searched in a zone take the best run inside it (syn-02's cover: Actual checked).
    /// </summary>
    [Fact]
    public void Actual_and_estimated_are_read_beside_the_date_not_in_its_caption()
    {
        var filing = CorpusPages.Read("syn-02.pdf", 1);

        Assert.Equal((10, 1992, false), (filing.PrimaryIssuer.MonthOfInc, filing.PrimaryIssuer.YearOfInc, filing.PrimaryIssuer.IncorporationDateIsEstimate));
    }

    /// <summary>
    /// "Other (please specify)": the description is typed under the caption from about its box's left edge, not
    /// only right of the caption, where syn-05's "limited liability company" left just "company".
    /// </summary>
    [Fact]
    public void Another_entity_types_description_is_read_under_its_caption()
    {
        var filing = CorpusPages.Read("syn-05.tif", 1);

        Assert.Equal((EntityTypes.Other, "limited liability company"), (filing.PrimaryIssuer.EntityType, filing.PrimaryIssuer.EntityTypeOtherDescription));
    }

    /// <summary>
    /// syn-03's cover, thinned: the captions under the incorporation date's boxes read "Month Yew", and the year went
    /// unread; it is the word after "Month" on that line. (The month, a bold "11" read "i" between the box's sides,
    /// is still lost.)
    /// </summary>
    [Fact]
    public void A_garbled_year_caption_is_the_word_after_month()
    {
        var filing = CorpusPages.Read("syn-03.tif", 1);

        Assert.Equal(1994, filing.PrimaryIssuer.YearOfInc);
        Assert.Null(filing.PrimaryIssuer.MonthOfInc);
        Assert.False(filing.PrimaryIssuer.IncorporationDateIsEstimate);
    }
}
