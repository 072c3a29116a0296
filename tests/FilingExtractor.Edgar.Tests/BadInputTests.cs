using System.Diagnostics;
using System.Text;
using FilingExtractor.Core.Errors;

namespace FilingExtractor.Edgar.Tests;

/// <summary>
/// Bad input never crashes: a file that cannot be read is an <see cref="InputException"/> naming the file
/// and the reason; a readable document of another kind is a "not supported" result with the reason; a
/// 50 MB document is read in bounded memory and time.
/// </summary>
public sealed class BadInputTests
{
    /// <summary>
    /// Each 50 MB read takes 1-3 s on an idle 2-core machine; the bound is loose so a loaded CI machine
    /// passes while a read that holds the whole file or goes quadratic still fails.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    private const string Header = "<SEC-DOCUMENT>x.txt : 20030113\n<SEC-HEADER>x.hdr.sgml : 20030113\nACCESSION NUMBER:\t\t0000000000-03-000009\nCONFORMED SUBMISSION TYPE:\t424B3\n</SEC-HEADER>\n";

    [Theory]
    [InlineData("truncated", Header + "<DOCUMENT>\n<TYPE>424B3\n<SEQUENCE>1\n<TEXT>\n<P>PROSPECTUS\n", "ends inside document 1 (424B3)")]
    [InlineData("no-documents", Header + "</SEC-DOCUMENT>\n", "has no <DOCUMENT>")]
    [InlineData("nested", Header + "<DOCUMENT>\n<TYPE>424B3\n<TEXT>\ntext\n<DOCUMENT>\n", "<DOCUMENT> while the <TEXT> of document 1")]
    [InlineData("no-text", Header + "<DOCUMENT>\n<TYPE>424B3\n</DOCUMENT>\n", "has no <TEXT>")]
    [InlineData("header-open", "<SEC-DOCUMENT>x.txt : 20030113\n<SEC-HEADER>x\nACCESSION NUMBER:\t1\n<DOCUMENT>\n<TYPE>D\n<TEXT>\nx\n</TEXT>\n</DOCUMENT>\n", "before the <SEC-HEADER> opened at line 2 is closed")]
    [InlineData("stray-close", Header + "</DOCUMENT>\n", "</DOCUMENT> without a <DOCUMENT>")]
    public void A_malformed_submission_is_a_corrupt_input_naming_file_and_reason(string name, string content, string reason)
    {
        var path = TestFiles.Write(name + ".txt", content);
        var e = Assert.Throws<InputException>(() => EdgarReader.Read(path));
        Assert.Equal(InputErrorKind.Corrupt, e.Kind);
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path + ": Corrupt: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_that_is_not_a_prospectus_is_not_supported_with_the_reason()
    {
        var path = TestFiles.Write("10k.htm", "<html><body><p>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)</p><p>Our revenue grew &amp; our costs fell.</p></body></html>");
        var r = EdgarReader.Read(path);
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.False(r.IsSupported);
        Assert.Null(r.FormD);
        Assert.Null(r.Prospectus);
        Assert.Contains("HTML document that is not a prospectus", r.NotSupportedReason, StringComparison.Ordinal);
        Assert.Contains("10k.htm", r.NotSupportedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prospectus_without_selling_stockholders_is_not_a_resale_prospectus()
    {
        var path = TestFiles.Write("ipo.htm", "<html><body><p>PROSPECTUS</p><p>5,000,000 Shares of Common Stock</p><p>This is our initial public offering. The underwriters have an option to purchase additional shares.</p></body></html>");
        var r = EdgarReader.Read(path);
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.Contains("not a resale prospectus", r.NotSupportedReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<edgarSubmission xmlns=\"http://www.sec.gov/edgar/thirteenffiler\"><headerData><submissionType>13F-HR</submissionType></headerData><formData/></edgarSubmission>", "form type 13F-HR")]
    [InlineData("<?xml version=\"1.0\"?>\n<ownershipDocument><schemaVersion>X0306</schemaVersion><documentType>4</documentType></ownershipDocument>", "root <ownershipDocument> (form type 4)")]
    public void Xml_of_another_form_type_is_not_supported(string xml, string reason)
    {
        var r = EdgarReader.Read(TestFiles.Write("other.xml", xml));
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.Equal(EdgarFileFormat.Xml, r.Format);
        Assert.Contains(reason, r.NotSupportedReason, StringComparison.Ordinal);
        Assert.Contains("not an electronic Form D", r.NotSupportedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submission_of_another_form_type_says_what_it_holds()
    {
        var text = TestFiles.Submission("10-K", "EXAMPLE CORP", "0000000003", ("10-K", "form10k.htm", "<html><body><p>ANNUAL REPORT</p></body></html>"));
        var r = EdgarReader.Read(TestFiles.Write("10k.txt", text));
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.StartsWith("submission of form type 10-K with 1 document(s), none a resale prospectus or an electronic Form D: document 1 (10-K, form10k.htm)", r.NotSupportedReason, StringComparison.Ordinal);
        Assert.Equal("0000000000-03-000001", r.Identity.AccessionNumber);
    }

    [Fact]
    public void Broken_form_d_xml_is_a_corrupt_input()
    {
        var xml = TestFiles.ReadData("Halloran_EDGAR__primary_doc.xml").Replace("</offeringData>", string.Empty, StringComparison.Ordinal);
        var path = TestFiles.Write("broken.xml", xml);
        var e = Assert.Throws<InputException>(() => EdgarReader.Read(path));
        Assert.Equal(InputErrorKind.Corrupt, e.Kind);
        Assert.Contains("not well-formed", e.Reason, StringComparison.Ordinal);
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void A_paper_form_d_transcript_is_left_to_the_paper_path()
    {
        var path = TestFiles.Write("formd.txt", "FORM D\n\nUNITED STATES SECURITIES AND EXCHANGE COMMISSION\n\nNOTICE OF SALE OF SECURITIES PURSUANT TO REGULATION D, SECTION 4(6), AND/OR UNIFORM LIMITED OFFERING EXEMPTION\n\nName of Issuer: Example Corporation\n");
        var r = EdgarReader.Read(path);
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.Contains("paper Form D", r.NotSupportedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_empty_blank_and_binary_files_are_input_errors()
    {
        var missing = Path.Combine(Path.GetTempPath(), "fe-no-such-file-" + Guid.NewGuid().ToString("N") + ".txt");
        Assert.Equal(InputErrorKind.NotFound, Assert.Throws<InputException>(() => EdgarReader.Read(missing)).Kind);
        Assert.Equal(InputErrorKind.Empty, Assert.Throws<InputException>(() => EdgarReader.Read(TestFiles.Write("empty.txt", string.Empty))).Kind);
        Assert.Equal(InputErrorKind.Empty, Assert.Throws<InputException>(() => EdgarReader.Read(TestFiles.Write("blank.htm", " \n\t\n"))).Kind);
        var pdf = Assert.Throws<InputException>(() => EdgarReader.Read(TestFiles.WriteBytes("scan.txt", Encoding.ASCII.GetBytes("%PDF-1.4\n%binary"))));
        Assert.Equal(InputErrorKind.UnsupportedFormat, pdf.Kind);
        Assert.Contains("a PDF", pdf.Reason, StringComparison.Ordinal);
        var nul = Assert.Throws<InputException>(() => EdgarReader.Read(TestFiles.WriteBytes("blob.htm", [0x3C, 0x00, 0x01, 0x02])));
        Assert.Contains("NUL bytes", nul.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_reports_each_bad_file_and_goes_on()
    {
        var good = TestFiles.Data("edgartools__data_D.Shepards.xml");
        var corrupt = TestFiles.Write("bad.txt", Header + "<DOCUMENT>\n<TYPE>424B3\n");
        var missing = Path.Combine(Path.GetTempPath(), "fe-missing-" + Guid.NewGuid().ToString("N") + ".xml");
        var items = EdgarReader.ReadAll([missing, good, corrupt, good]).ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(InputErrorKind.NotFound, items[0].Error!.Kind);
        Assert.Equal(EdgarDocumentKind.FormD, items[1].Result!.Kind);
        Assert.Equal(InputErrorKind.Corrupt, items[2].Error!.Kind);
        Assert.NotNull(items[3].Result);
    }

    [Fact]
    public void A_50_MB_html_document_is_turned_away_quickly_in_bounded_memory()
    {
        var path = Big("junk.htm", "<html><body>", "<p><font size=2>The company reported its quarterly results &amp; its revenue rose.<b>\n", "</body></html>");
        var clock = Stopwatch.StartNew();
        var r = EdgarReader.Read(path);
        clock.Stop();
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.Contains("not a prospectus", r.NotSupportedReason, StringComparison.Ordinal);
        Assert.Contains("were examined", r.NotSupportedReason, StringComparison.Ordinal);
        var doc = r.Document!;
        Assert.True(doc.Truncated);
        Assert.True(doc.Content!.Length <= EdgarReadOptions.Default.MaxDocumentChars);
        Assert.True(doc.ContentLength >= 50L * 1024 * 1024);
        Assert.True(clock.Elapsed < Budget, clock.Elapsed.ToString());
    }

    [Fact]
    public void A_50_MB_submission_streams_past_its_encoded_parts_to_the_form_d()
    {
        var xml = TestFiles.ReadData("Halloran_EDGAR__primary_doc.xml");
        var text = TestFiles.Submission(
            "D",
            "DIFFUSION PHARMACEUTICALS LLC",
            "0001171623",
            ("D", "primary_doc.xml", "<XML>\n" + xml + "</XML>\n"),
            ("GRAPHIC", "huge.jpg", TestFiles.Uuencoded("huge.jpg", 50L * 1024 * 1024)));
        var path = TestFiles.Write("huge-submission.txt", text);
        text = null;
        var clock = Stopwatch.StartNew();
        var r = EdgarReader.Read(path);
        Assert.Equal(EdgarDocumentKind.FormD, r.Kind);
        Assert.Equal(1_512_500m, r.FormD!.Offering.TotalOfferingAmount);
        Assert.Null(r.Documents[1].Content);
        Assert.True(r.Documents[1].ContentLength >= 50L * 1024 * 1024);
        Assert.True(clock.Elapsed < Budget, clock.Elapsed.ToString());
    }

    [Fact]
    public void A_50_MB_prospectus_is_read_up_to_the_limit_and_says_so()
    {
        var start = TestFiles.ReadData("capstone-prospectus-2003.txt");
        var path = Big("huge-prospectus.txt", start, "We may issue additional shares of common stock in the future. Investors should read these risk factors.\n\n", string.Empty);
        var options = new EdgarReadOptions { MaxDocumentChars = 4 * 1024 * 1024 };
        var clock = Stopwatch.StartNew();
        var r = EdgarReader.Read(path, options);
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        var p = r.Prospectus!;
        Assert.Equal(3_994_817L, p.SharesOffered);
        Assert.Equal("CPST", p.Ticker);
        Assert.True(p.Source.Truncated);
        Assert.Contains(p.Warnings, w => w.Contains("was cut at", StringComparison.Ordinal));
        Assert.True(r.Document!.Content!.Length <= options.MaxDocumentChars);
        Assert.True(clock.Elapsed < Budget, clock.Elapsed.ToString());
    }

    [Fact]
    public void A_50_MB_line_without_a_line_break_is_read_in_pieces()
    {
        var path = Big("one-line.txt", string.Empty, new string('x', 64 * 1024), string.Empty);
        var r = EdgarReader.Read(path, new EdgarReadOptions { MaxDocumentChars = 2 * 1024 * 1024 });
        Assert.Equal(EdgarDocumentKind.NotSupported, r.Kind);
        Assert.True(r.Document!.ContentLength >= 50L * 1024 * 1024);
    }

    /// <summary>A file of at least 50 MiB: <paramref name="head"/>, <paramref name="unit"/> repeated, <paramref name="tail"/>.</summary>
    private static string Big(string name, string head, string unit, string tail)
    {
        var path = TestFiles.Write(name, string.Empty);
        using var w = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        w.Write(head);
        var block = string.Concat(Enumerable.Repeat(unit, Math.Max(1, (1 << 20) / unit.Length)));
        long written = head.Length;
        while (written < 50L * 1024 * 1024)
        {
            w.Write(block);
            written += block.Length;
        }

        w.Write(tail);
        return path;
    }
}
