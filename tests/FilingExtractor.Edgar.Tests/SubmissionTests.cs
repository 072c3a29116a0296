using FilingExtractor.Edgar.Submission;

namespace FilingExtractor.Edgar.Tests;

/// <summary>The two SGML header styles and the document sections of a submission.</summary>
public sealed class SubmissionTests
{
    [Fact]
    public void Txt_dissemination_header_is_read_by_indentation()
    {
        var r = EdgarReader.Read(TestFiles.Data("Halloran_EDGAR__sample_filing.ori"));
        var h = r.Header!;
        Assert.Equal("0001745524-18-000001", h.AccessionNumber);
        Assert.Equal("D", h.SubmissionType);
        Assert.Equal(1, h.PublicDocumentCount);
        Assert.Equal(new DateOnly(2018, 7, 5), h.FiledAsOfDate);
        Assert.Equal(new DateOnly(2018, 7, 5), h.EffectivenessDate);
        Assert.Equal(new DateTime(2018, 7, 5, 11, 48, 12), h.AcceptanceDateTime);
        Assert.Equal(["06b", "Investment Company Act Section 3(c)", "Section 3(c)(1)", "Section 3(c)(5)", "Section 3(c)(7)"], h.Items);
        var filer = Assert.Single(h.Parties);
        Assert.Equal(PartyRoles.Filer, filer.Role);
        Assert.Equal("Upshot Real Estate Fund II, LP", filer.CompanyName);
        Assert.Equal("0001745524", filer.Cik);
        Assert.Equal("831049983", filer.IrsNumber);
        Assert.Equal("DE", filer.StateOfIncorporation);
        Assert.Equal("1231", filer.FiscalYearEnd);
        Assert.Equal(("D", "1933 Act", "021-316083", "18939934"), (filer.FormType, filer.Act, filer.FileNumber, filer.FilmNumber));
        Assert.Equal(("255 S. ORANGE AVE., STE. 720", "ORLANDO", "FL", "32801", "407-986-5370"), (filer.BusinessAddress!.Street1, filer.BusinessAddress.City, filer.BusinessAddress.State, filer.BusinessAddress.Zip, filer.BusinessAddress.Phone));
        Assert.Null(filer.MailAddress!.Phone);
        Assert.Contains(h.Fields, f => f is { Section: "FILER/COMPANY DATA", Key: "CENTRAL INDEX KEY", Value: "0001745524" });
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Nc_tagged_header_is_read_by_its_closing_tags()
    {
        var r = EdgarReader.Read(TestFiles.Data("edgartools__data_sgml_0002002260-24-000001.nc"));
        var h = r.Header!;
        Assert.Equal("0002002260-24-000001", h.AccessionNumber);
        Assert.Equal("D", h.SubmissionType);
        Assert.Equal(new DateOnly(2024, 1, 11), h.FiledAsOfDate);
        Assert.Equal(new DateOnly(2024, 1, 11), h.DateAsOfChange);
        Assert.Equal(["06b", "3C", "3C.7"], h.Items);
        var filer = Assert.Single(h.Parties);
        Assert.Equal("VEPF VIII Co-Invest 4-A, L.P.", filer.CompanyName);
        Assert.Equal("0002002260", filer.Cik);
        Assert.Equal("021-502201", filer.FileNumber);
        Assert.Equal("415-765-6500", filer.BusinessAddress!.Phone);
        Assert.Equal("4 EMBARCADERO CENTER, 20TH FLOOR", filer.MailAddress!.Street1);
        // <ORGANIZATION-NAME> has no value and no closing tag: an empty field, not a section swallowing the rest.
        Assert.Equal("000000000", filer.IrsNumber);
        Assert.Equal("DE", filer.StateOfIncorporation);
    }

    [Fact]
    public void A_submission_in_the_archive_s_privacy_enhanced_message_envelope_is_read()
    {
        // How EDGAR served 1990s-2000s full-text submissions: the envelope's lines come before <SEC-DOCUMENT>.
        var text = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\nOriginator-Name: webmaster@www.sec.gov\n"
            + "Originator-Key-Asymmetric:\n MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen\nMIC-Info: RSA-MD5,RSA,\n AbCdEf==\n\n"
            + TestFiles.Submission("424B3", "CAPSTONE TURBINE CORP", "0000000002", ("424B3", "a.txt", TestFiles.ReadData("capstone-prospectus-2003.txt")))
            + "-----END PRIVACY-ENHANCED MESSAGE-----\n";
        var r = EdgarReader.Read(TestFiles.Write("0000000000-03-000001.txt", text));
        Assert.Equal(EdgarFileFormat.Submission, r.Format);
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        Assert.Equal("0000000000-03-000001", r.Header!.AccessionNumber);
        Assert.Empty(r.Warnings);
        Assert.Equal(3_994_817L, r.Prospectus!.SharesOffered);
    }

    [Fact]
    public void Pdf_and_uuencoded_parts_are_skipped_and_not_kept()
    {
        var xml = TestFiles.ReadData("Halloran_EDGAR__primary_doc.xml");
        var text = TestFiles.Submission(
            "D",
            "DIFFUSION PHARMACEUTICALS LLC",
            "0001171623",
            ("D", "primary_doc.xml", "<XML>\n" + xml + "</XML>\n"),
            ("GRAPHIC", "logo.gif", TestFiles.Uuencoded("logo.gif", 20_000)),
            ("EX-99", "letter.pdf", "<PDF>\n" + TestFiles.Uuencoded("letter.pdf", 10_000) + "</PDF>\n"));
        var r = EdgarReader.Read(TestFiles.Write("with-parts.txt", text));
        Assert.Equal(EdgarDocumentKind.FormD, r.Kind);
        Assert.Equal(3, r.Documents.Count);
        Assert.Equal([EdgarContentKind.Xml, EdgarContentKind.Uuencoded, EdgarContentKind.Pdf], r.Documents.Select(d => d.ContentKind));
        Assert.Null(r.Documents[1].Content);
        Assert.Null(r.Documents[2].Content);
        Assert.True(r.Documents[1].ContentLength > 20_000);
        Assert.Equal("0000000000-03-000001", r.FormD!.Edgar!.AccessionNumber);
        Assert.Equal(1_512_500m, r.FormD.Offering.TotalOfferingAmount);
        var former = Assert.Single(r.Header!.Parties[0].FormerNames);
        Assert.Equal(new FormerName("CAPSTONE TURBINE CORP /DE/", new DateOnly(1999, 1, 1)), former);
    }

    [Fact]
    public void Crlf_line_ends_and_windows_1252_bytes_read_like_lf_and_unicode()
    {
        var text = TestFiles.ReadData("capstone-prospectus-2003.txt").Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("Rosati, Professional", "Rosati\u0092s?, Professional", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.Latin1.GetBytes(text.Replace("Г", "T", StringComparison.Ordinal));
        var r = EdgarReader.Read(TestFiles.WriteBytes("capstone-crlf-1252.txt", bytes));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        Assert.DoesNotContain('\r', r.Document!.PlainText!);
        // 0x92 is Windows-1252's right single quote, folded to an apostrophe for matching.
        Assert.Contains("Rosati's?, Professional", r.Document.PlainText, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2003, 1, 13), r.Prospectus!.ProspectusDate);
    }
}
