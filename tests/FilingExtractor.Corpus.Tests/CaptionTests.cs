using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// The captions a filing prints again and again (each related person's and each broker's block) are read once
/// and their words copied onto their other prints; the values under them are read as before.
/// </summary>
public sealed class CaptionTests
{
    /// <summary>
    /// syn-01's related-persons page: its six blocks print the same three captions; one print of each is read and
    /// seventeen of the eighteen lines take its words (scan noise sets the fourth block's roles line apart, and it is
    /// read as usual). A.2's question and bullets are passed over as prose.
    /// </summary>
    [Fact]
    public void Related_persons_captions_are_read_once_and_the_person_read_as_before()
    {
        var (filing, page) = CorpusPages.ReadWithPage("syn-01.tif", 3);

        Assert.Equal(PageKinds.RelatedPersons, page.Kind);
        Assert.Equal(17, page.CopiedCaptions.Count);
        Assert.Single(page.SkippedProse);
        Assert.Contains("Enter the information requested for the following", page.Text, StringComparison.Ordinal);
        Assert.Equal(6, CountOf(page.Text, "Full Name (Last name first"));
        Assert.Equal(6, CountOf(page.Text, "Business or Residence Address"));
        var person = Assert.Single(filing.RelatedPersons);
        Assert.Equal(("Brennan", "Jennifer", "E."), (person.LastName, person.FirstName, person.MiddleName));
        Assert.Equal(["Executive Officer", "Director"], person.Relationships);
        Assert.Equal("7496 Peachtree Road", person.Address.Street1);
    }

    /// <summary>
    /// The degraded 200 DPI Capstone scan, its related-persons page and continuation sheet read as one filing: the
    /// sheet's captions are the page's, read there (noise spoils some prints, which are read as usual), and all
    /// twelve people come out with their roles as the notice states them. Both pages bled (strokes 0.03 in) and are
    /// thinned before OCR, which reads Protsch "Protech" (it read right before thinning).
    /// </summary>
    [Fact]
    public void A_continuation_sheet_reuses_the_captions_of_the_page_before()
    {
        var (filing, pages) = CorpusPages.ReadPages("capstone-formd-2002-200dpi-degraded.tif", [3, 4], "capstone");

        Assert.Equal([PageKinds.RelatedPersons, PageKinds.Continuation], pages.Select(p => p.Kind));
        Assert.Equal(Copied, pages.Select(p => p.CopiedCaptions.Count));
        Assert.Equal(
            [
                "Almgren, Ake: Executive Officer, Director", "Treece, William: Executive Officer", "Clark, Karen: Executive Officer",
                "Willis, Jeff: Executive Officer", "Callahan, Dan: Executive Officer", "Koyama, Hal: Executive Officer",
                "McDonald, John: Director", "Young, Eric: Director", "Aube, Richard: Director", "Protech, Eliot: Director",
                "Jagers, John: Director", "Marcoux, Jean-Rene: Executive Officer",
            ],
            filing.RelatedPersons.Select(p => $"{p.LastName}, {p.FirstName}: {string.Join(", ", p.Relationships)}"));
    }

    /// <summary>
    /// syn-26's related-persons page and the sheet after it, read as one filing: three names are typed so low that
    /// they run over the cell's rule onto the address caption below, and were read with it as one garbled line
    /// ("Busi eS ROR AgeERg"). The caption is found under the name (its ink all there, read on the page before, or
    /// on the same page once its part is read) and erased alone, and each name is read by itself.
    /// </summary>
    [Fact]
    public void A_name_typed_over_the_caption_below_it_is_read_apart_from_it()
    {
        var (filing, pages) = CorpusPages.ReadPages("syn-26.pdf", [3, 4]);

        Assert.Equal([PageKinds.RelatedPersons, PageKinds.RelatedPersons], pages.Select(p => p.Kind));
        Assert.Equal(Persons, filing.RelatedPersons.Select(p => $"{p.LastName}, {p.FirstName}"));
        Assert.Equal(12, filing.RelatedPersons.Count(p => p.Address.ZipCode is not null));
    }

    /// <summary>
    /// The twelve people of the two pages as read when this was written; the truth's Becker, Keystone Ventures
    /// Fund II, L.P. and Timothy Bachman read with a letter or two wrong, Keystone's and Bachman's struck through
    /// by the erased rule. Before, the fifth and ninth read "Keysts Vent run Business ..." and "Busi, eS".
    /// </summary>
    private static readonly string[] Persons =
    [
        "Campbell, Andrew", "Beeker, Samuel", "Kowalski, Patricia", "Crawford, Philip", "De la Cruz, Andrew",
        "Keystsne Ventures Fund II, L.T., ", "Garrison, Raymond", "Hoffman, Peter", "Bachman, Timethy", "Sandoval, Christine",
        "Morrison, George", "Garrison, Christine",
    ];

    /// <summary>
    /// Caption lines copied on each of the two pages, as measured when this was written: on the page, most of its
    /// eighteen block captions; on the sheet, its own and its heading and footer note, read on the page before.
    /// </summary>
    private static readonly int[] Copied = [16, 21];

    private static int CountOf(string text, string phrase)
    {
        var n = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// syn-03's B page, thinned: its captions read "Fall Nome (Land came Aire, if individend)", "Buninces or Residenor
    /// Addeew ..." and "(Check “All States” or check imdivicheal States) AR Scace", past the 0.75 that labels need,
    /// and neither broker was read. A line that starts with a whole B.4 caption at 0.6 is taken for it, and the two
    /// words after the "(Check ...)" caption for the "All States" label.
    /// </summary>
    [Fact]
    public void Garbled_captions_of_a_brokers_block_still_lead_to_its_values()
    {
        var filing = CorpusPages.Read("syn-03.tif", 5);

        var brokers = filing.Offering.SalesCompensation;
        Assert.Equal([("Granite Peak Financial Group, Inc.", (string?)null), ("Ramirez", "Catherine")], brokers.Select(b => (b.LastName, b.FirstName)));
        Assert.Equal(["7012 Michigan Avenue", "24328 Peachtree Road"], brokers.Select(b => b.Address.Street1));
        Assert.All(brokers, b => Assert.Equal("Granite Peak Financial Group, Inc.", b.AssociatedBrokerDealer));
        // Truth: the first broker checks All States (its box is not read: null), the second IN and PR (PR's box is lost).
        Assert.Null(brokers[0].AllStates);
        Assert.False(brokers[1].AllStates);
        Assert.Equal(["IN"], brokers[1].States);
    }
}
