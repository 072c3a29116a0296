using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Tests;

/// <summary>Page classification from the OCR text of a page's top band, as read from real scans of the corpus.</summary>
public sealed class ClassifyStageTests
{
    [Theory]
    // Headings as OCR read them on the degraded corpus scans, errors included.
    [InlineData("GENERAL INSTRUCTI0NS Federal: Who Must File: All issuers making an offering", PageKinds.Instructions)]
    [InlineData("FORM D UNITED STATES SECURITIES AND EXCHANGE COMMISSION Washington, D.C. 20549 NOTICE OF SALE OF SECURITIES PURSUANT TO", PageKinds.Cover)]
    [InlineData("8. INFORMATION ABOUT OFFERING J Yee = No 1. Has the issuer sold ... Ansear also in Appendix, Column 2 if ting under ULOE.", PageKinds.SectionB)]
    [InlineData("| C. OFFERING PRICE, NUMBER OF INVESTORS, EXPENSES AND USE OF PROCE 2S b. Enter the difference", PageKinds.SectionC)]
    [InlineData("| - ~ D. FEDERAL SIGNATURE The issuer has duly caused this notice to be signed", PageKinds.Signatures)]
    [InlineData("A. BASIC IDENTIFICATION DATA 2. Enter the information requested for the following: Each promoter", PageKinds.RelatedPersons)]
    [InlineData("A. BASIC IDENTIFICATION DATA Check Box(es) that Apply: Promoter Beneficial Owner", PageKinds.Continuation)]
    [InlineData("State Intend to sell to non-accredited investors in State (Part B-Item 1} APPENDIX Number of Accredited Investors", PageKinds.Appendix)]
    // The SEC's stamp over the title: the agency's name and the OMB box still say cover.
    [InlineData("UNITED STATES SECURITIES AND EXCHANGE COMMISSION OMB APPROVAL OMB Number: 3235-0076", PageKinds.Cover)]
    // syn-11's heavily degraded cover, turned upright: the agency's name and the title went unread, its address did not.
    [InlineData("UNITED STATES\n‘Washington, D.C. 20549 | FORMD", PageKinds.Cover)]
    // A B page whose heading was lost: "Answer also in Appendix" does not make it the Appendix.
    [InlineData("1. Hae the ieauer eckd, or does the issuer intend to eal, io non-accredited investors in this offering? Answer also in Appendix, Cohuen 2, if §ing under ULOE.", PageKinds.Unknown)]
    [InlineData("", PageKinds.Unknown)]
    // syn-19's signature page (heavy): D's heading went unread, and its text names the Commission.
    [InlineData("‘The issuer has duly caused this notice 10 be signed by the undersigned duly authorized person. VW ihie notice le Bled under Rule 505, the following signature constiutes an undertaking by the issuer to fumish the U.S. Securities and Exchange Commission, upon written request", PageKinds.Signatures)]
    // syn-06's first Appendix page: the bold heading went unread, column 4's caption did not.
    [InlineData("4 2 3 freend toast Type of trary Ord dane allt LL, non fered in ciate (Part C-hem 1) ‘Type of investor and! ariout purchased in Siete (Pact C-taen 2)", PageKinds.Appendix)]
    public void The_top_band_names_the_page(string text, string expected) => Assert.Equal(expected, ClassifyStage.Classify(text));

    [Fact]
    public void The_band_is_split_at_the_emptiest_row_near_the_middle()
    {
        using var page = Image.CreateBlank(100, 200, 1);
        page.Blacken(new PixelRect(0, 0, 100, 200));
        page.Whiten(new PixelRect(0, 95, 100, 1));  // a blank row 5 above the middle
        page.Whiten(new PixelRect(0, 112, 100, 1)); // and one 12 below it
        Assert.Equal(95, ClassifyStage.EmptiestRow(page, 100, 20));
        Assert.Equal(100, ClassifyStage.EmptiestRow(page, 100, 3)); // none in reach: every row as full, the middle wins
        page.Whiten(new PixelRect(0, 102, 100, 1));
        Assert.Equal(102, ClassifyStage.EmptiestRow(page, 100, 20));
    }
}
