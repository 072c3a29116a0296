using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// The form's instruction paragraphs are passed over unread (their first words stand for them), and the
/// fields around them are read as before.
/// </summary>
public sealed class ProseTests
{
    /// <summary>
    /// syn-01's D/E page: D's undertaking, E.2, E.3, E.4, E's closing statement and its instruction are six
    /// paragraphs; each is erased but for the start of its first line, and both signature blocks and E.1 read.
    /// </summary>
    [Fact]
    public void Signature_page_paragraphs_are_passed_over_and_its_fields_read()
    {
        var (filing, page) = CorpusPages.ReadWithPage("syn-01.tif", 7);

        Assert.Equal(PageKinds.Signatures, page.Kind);
        Assert.Equal(6, page.SkippedProse.Count);
        Assert.Contains("The issuer has duly caused", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("signature constitutes an undertaking", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("establishing that these conditions", page.Text, StringComparison.Ordinal);
        foreach (var signature in new[] { filing.Signature, filing.StateSignature! })
        {
            Assert.Equal("Horizon Aviation Incorporated", signature.IssuerName);
            Assert.Equal("Jennifer E. Brennan", signature.NameOfSigner);
            Assert.Equal("Chief Operating Officer", signature.SignatureTitle);
            Assert.Equal(new DateOnly(2006, 1, 22), signature.SignatureDate);
        }
    }

    /// <summary>
    /// syn-01's first Part C page: C.2, C.3 and C.4.a's wording is passed over; C.1's is read whole, because its
    /// second line holds the exchange-offering box. Every amount under them is read as the filing states it.
    /// </summary>
    [Fact]
    public void Part_C_questions_are_passed_over_but_a_line_with_a_box_is_read()
    {
        var (filing, page) = CorpusPages.ReadWithPage("syn-01.tif", 5);

        Assert.Equal(3, page.SkippedProse.Count);
        Assert.Contains("check this box", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Classify securities by type", page.Text, StringComparison.Ordinal);
        var o = filing.Offering;
        Assert.Equal(373000m, o.TotalOfferingAmount);
        Assert.Equal(49100m, o.TotalAmountSold);
        Assert.Equal((41, 37400m, 20, 11700m), (o.Investors.AccreditedNumber, o.Investors.AccreditedAmount, o.Investors.NonAccreditedNumber, o.Investors.NonAccreditedAmount));
        Assert.Equal([72000m, 417000m, 258994m], o.PriorOfferings.Select(p => p.AmountSold));
        Assert.Equal(11645m, o.TotalExpenses);
    }
}
