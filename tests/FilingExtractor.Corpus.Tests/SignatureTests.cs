namespace FilingExtractor.Corpus.Tests;

/// <summary>D's signature block read where its captions are lost.</summary>
public sealed class SignatureTests
{
    /// <summary>
    /// syn-32's D block: the caption "Date" goes unread (the line reads "issuer (Print or Type) Signature"), and a
    /// four-letter caption is matched exactly or not at all; the date typed under it, "Mar. 14, 2003", is read in the
    /// cell right of the signature's.
    /// </summary>
    [Fact]
    public void A_date_whose_caption_went_unread_is_read_in_the_cell_right_of_the_signature()
    {
        var filing = CorpusPages.Read("syn-32.pdf", 7);

        Assert.Equal(new DateOnly(2003, 3, 14), filing.Signature.SignatureDate);
        Assert.Equal("Mar. 14, 2003", filing.Provenance["signature.signatureDate"].Text);
    }
}
