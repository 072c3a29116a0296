using FilingExtractor.Edgar.Submission;

namespace FilingExtractor.Edgar.Tests;

/// <summary>
/// The Capstone resale prospectus must give every fact the seeds state, as plain text, as 2000s HTML, and
/// inside a submission; and a prospectus with a selling-stockholder table gives its rows.
/// </summary>
public sealed class ProspectusTests
{
    [Fact]
    public void Capstone_text_gives_every_seed_fact()
    {
        var r = EdgarReader.Read(TestFiles.Data("capstone-prospectus-2003.txt"));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        Assert.Equal(EdgarFileFormat.Text, r.Format);
        var p = r.Prospectus!;
        AssertCapstone(p);
        Assert.Equal(TextOrigins.Text, p.Source.Kind);
        Assert.Null(p.Submission);
        Assert.Equal((null, null), (p.FormType, p.RegistrationNumber)); // this text has neither
        Assert.Equal("Capstone Turbine Corporation", r.Identity.CompanyName);
        AssertProvenance(p, r.Document!.PlainText!);
        Assert.Equal(r.Document.PlainText!.Length, p.Source.TextLength);

        // For a plain-text file the offsets are the file's own (line ends as LF).
        var file = TestFiles.ReadData("capstone-prospectus-2003.txt");
        var ticker = p.Provenance["ticker"];
        Assert.Equal("CPST", file.Substring(ticker.Offset!.Value, ticker.Length!.Value));
    }

    [Fact]
    public void Capstone_as_2000s_html_gives_the_same_facts()
    {
        var html = TestFiles.CapstoneHtml();
        Assert.Contains("&#147;CPST.&#148;", html, StringComparison.Ordinal);
        var r = EdgarReader.Read(TestFiles.Write("capstone-424b3.htm", html));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        Assert.Equal(EdgarFileFormat.Html, r.Format);
        var p = r.Prospectus!;
        AssertCapstone(p);
        Assert.Equal(TextOrigins.Html, p.Source.Kind);
        Assert.All(p.Provenance.Values.Where(v => v.Offset is not null), v => Assert.Equal(TextOrigins.Html, v.Origin));
        AssertProvenance(p, r.Document!.PlainText!);
    }

    [Fact]
    public void Capstone_inside_a_424B3_submission_carries_the_header_identity()
    {
        var text = TestFiles.Submission(
            "424B3",
            "CAPSTONE TURBINE CORP",
            "0000000002",
            ("424B3", "a424b3.htm", TestFiles.CapstoneHtml()),
            ("GRAPHIC", "logo.gif", TestFiles.Uuencoded("logo.gif", 5_000)));
        var r = EdgarReader.Read(TestFiles.Write("capstone-424b3.txt", text));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        Assert.Equal(EdgarFileFormat.Submission, r.Format);
        var p = r.Prospectus!;
        AssertCapstone(p);
        Assert.Equal("0000000000-03-000001", p.Submission!.AccessionNumber);
        Assert.Equal("424B3", p.Submission.FormType);
        Assert.Equal(new DateOnly(2003, 1, 13), p.Submission.FiledDate);
        Assert.Equal("CAPSTONE TURBINE CORP", p.Submission.CompanyName);
        Assert.Equal("333-000001", p.Submission.FileNumber);
        Assert.Equal(("424B3", "333-000001"), (p.FormType, p.RegistrationNumber));
        Assert.Equal("0000000002", p.Issuer.Cik);
        Assert.Equal(TextOrigins.Header, p.Provenance["issuer.cik"].Origin);
        Assert.Equal(("424B3", "a424b3.htm"), (p.Source.DocumentType, p.Source.DocumentFileName));
        Assert.Equal(new FilingIdentity("0000000000-03-000001", "424B3", new DateOnly(2003, 1, 13), "0000000002", "CAPSTONE TURBINE CORP"), r.Identity);
    }

    [Fact]
    public void Capstone_as_a_hard_wrapped_paginated_txt_filing_gives_the_same_facts()
    {
        var body = TestFiles.CapstoneWrapped();
        Assert.Contains("<PAGE>", body, StringComparison.Ordinal);
        Assert.Contains("\n     31, 2001;", body, StringComparison.Ordinal); // a list item wrapped onto a second line
        var text = TestFiles.Submission("424B3", "CAPSTONE TURBINE CORP", "0000000002", ("424B3", "a86773b3e424b3.txt", body));
        var r = EdgarReader.Read(TestFiles.Write("capstone-wrapped.txt", text));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        Assert.Equal(EdgarContentKind.Text, r.Document!.ContentKind);
        AssertCapstone(r.Prospectus!);
        AssertProvenance(r.Prospectus!, r.Document.PlainText!);
    }

    private static void AssertCapstone(Prospectus p)
    {
        Assert.Equal("Capstone Turbine Corporation", p.Issuer.Name);
        Assert.Equal(new DateOnly(2003, 1, 13), p.ProspectusDate);
        Assert.Equal(3_994_817L, p.SharesOffered);
        Assert.Equal("common stock", p.SecurityTitle);
        Assert.Equal("21211 Nordhoff Street", p.Issuer.Address!.Street1);
        Assert.Equal(("Chatsworth", "CA", "91311"), (p.Issuer.Address.City, p.Issuer.Address.StateOrCountry, p.Issuer.Address.ZipCode));
        Assert.Equal("(818) 734-5300", p.Issuer.Phone);

        var holder = Assert.Single(p.SellingStockholders);
        Assert.Equal("UT Leasing Services, Inc.", holder.Name);
        Assert.Equal(3_994_817L, holder.SharesOffered);
        Assert.Equal(0L, holder.SharesOwnedBeforePlacement);
        Assert.Null(holder.SharesOwnedAfter); // "we cannot estimate": not stated
        Assert.Equal(2, holder.Acquisitions.Count);

        var purchase = holder.Acquisitions[0];
        Assert.Equal("Nevada Bond, LLC", purchase.Acquirer);
        Assert.Equal("an affiliate of the selling stockholder", purchase.AcquirerRelationship);
        Assert.Equal(AcquisitionMethods.Purchase, purchase.Method);
        Assert.Equal(new DateOnly(2002, 10, 28), purchase.Date);
        Assert.Equal("Rule 506", purchase.Exemption);
        Assert.Equal("private placement", purchase.Transaction);
        Assert.Equal("Capstone Turbine Corporation", purchase.From);

        var assignment = holder.Acquisitions[1];
        Assert.Equal("UT Leasing Services, Inc.", assignment.Acquirer);
        Assert.Equal(AcquisitionMethods.Assignment, assignment.Method);
        Assert.Equal("Nevada Bond, LLC", assignment.From);
        Assert.Null(assignment.Date);
        Assert.Equal("November 2002", assignment.DateText);

        Assert.Equal(new DateOnly(2003, 7, 28), p.LockUpEndDate);
        Assert.Equal("Nasdaq National Market", p.Exchange);
        Assert.Equal("CPST", p.Ticker);
        Assert.Equal(0.88m, p.LastReportedPrice);
        Assert.Equal(new DateOnly(2003, 1, 8), p.LastReportedPriceDate);
        Assert.False(p.Proceeds.IssuerReceivesProceeds);
        Assert.Null(p.Proceeds.Amount);
        Assert.Equal("We will not receive any proceeds from the sale of the common stock covered by this prospectus.", p.Proceeds.Statement);
        Assert.Equal(["Wilson Sonsini Goodrich & Rosati"], p.Counsel);
        Assert.Equal(["Deloitte & Touche LLP"], p.Auditors);

        Assert.Equal(5, p.IncorporatedDocuments.Count);
        Assert.Equal(["10-K", "10-Q", "DEF 14A", "8-K", null], p.IncorporatedDocuments.Select(d => d.FormType));
        Assert.Equal("Annual Report on Form 10-K for the fiscal year ended December 31, 2001", p.IncorporatedDocuments[0].Description);
        Assert.Equal([new DateOnly(2002, 3, 31), new DateOnly(2002, 6, 30), new DateOnly(2002, 9, 30)], p.IncorporatedDocuments[1].Dates);
        Assert.Equal([new DateOnly(2002, 8, 14)], p.IncorporatedDocuments[3].Dates);
        Assert.True(p.IncorporatedDocuments[4].FutureFilings);
        Assert.Empty(p.Warnings);
    }

    /// <summary>Each value's offset and length cut its text out of the plain text, and its sentence contains it.</summary>
    private static void AssertProvenance(Prospectus p, string plain)
    {
        foreach (var path in new[]
        {
            "issuer.name", "prospectusDate", "sharesOffered", "sellingStockholders[0].name", "sellingStockholders[0].sharesOffered",
            "sellingStockholders[0].acquisitions[0].date", "sellingStockholders[0].acquisitions[0].exemption", "sellingStockholders[0].acquisitions[0].acquirer",
            "sellingStockholders[0].acquisitions[1].dateText", "lockUpEndDate", "exchange", "ticker", "lastReportedPrice", "lastReportedPriceDate",
            "proceeds.statement", "counsel[0]", "auditors[0]", "incorporatedDocuments[0].description",
        })
        {
            Assert.True(p.Provenance.ContainsKey(path), path);
        }

        foreach (var (path, s) in p.Provenance)
        {
            if (s.Offset is null)
            {
                Assert.True(s.Origin is TextOrigins.Derived or TextOrigins.Header, path);
                continue;
            }

            Assert.Equal(s.Text, plain.Substring(s.Offset.Value, s.Length!.Value));
            Assert.Contains(string.Join(' ', s.Text!.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)), s.Sentence, StringComparison.Ordinal);
        }

        Assert.Equal("On January 8, 2003, the last reported sale price of our common stock was 0.88 per share.", p.Provenance["lastReportedPrice"].Sentence);
        Assert.StartsWith("Nevada Bond, LLC, an affiliate of the selling stockholder, purchased such shares", p.Provenance["sellingStockholders[0].acquisitions[0].date"].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selling_stockholder_table_gives_each_holder_before_offered_and_after()
    {
        var html = """
            <html><body>
            <p align=center><b>PROSPECTUS</b></p>
            <p align=center><b>EXAMPLE DEVICES, INC.</b></p>
            <p align=center>1,250,000 Shares of Common Stock</p>
            <p>This prospectus relates to the resale of up to 1,250,000 shares of common stock by the selling stockholders named below. We will not receive any of the proceeds from the sale of these shares.</p>
            <p>Our common stock is listed on the American Stock Exchange under the symbol &quot;EXD&quot;. The last reported sale price of our common stock on the American Stock Exchange on March 3, 2004 was $4.15 per share.</p>
            <p>The date of this prospectus is March 5, 2004.</p>
            <p align=center><b>SELLING STOCKHOLDERS</b></p>
            <p>The following table sets forth information regarding the selling stockholders. The selling stockholders purchased the shares from us in a private placement exempt under Rule 506 on February 2, 2004.</p>
            <table>
            <tr><td></td><td colspan=2>Shares Beneficially Owned Prior to the Offering</td><td>Shares Being Offered</td><td colspan=2>Shares Beneficially Owned After the Offering</td></tr>
            <tr><td>Name</td><td>Number</td><td>Percent</td><td></td><td>Number</td><td>Percent</td></tr>
            <tr><td>Alpha Partners, L.P. (1)</td><td>1,000,000</td><td>8.1</td><td>%</td><td>750,000</td><td>250,000</td><td>2.0</td><td>%</td></tr>
            <tr><td>Beta Capital LLC</td><td>500,000</td><td>4.0</td><td>%</td><td>500,000</td><td>&#151;</td><td>*</td></tr>
            <tr><td>Total</td><td>1,500,000</td><td></td><td>1,250,000</td><td>250,000</td></tr>
            </table>
            <p>* Less than one percent.</p>
            <p align=center><b>LEGAL MATTERS</b></p>
            <p>The validity of the shares offered hereby will be passed upon for us by Skadden, Arps, Slate, Meagher &amp; Flom LLP, Palo Alto, California.</p>
            <p align=center><b>EXPERTS</b></p>
            <p>The financial statements incorporated by reference have been audited by Ernst &amp; Young LLP, independent auditors.</p>
            </body></html>
            """;
        var r = EdgarReader.Read(TestFiles.Write("table.htm", html));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        var p = r.Prospectus!;
        Assert.Equal("EXAMPLE DEVICES, INC.", p.Issuer.Name); // only ever written in capitals here
        Assert.All(p.SellingStockholders, h => Assert.Equal(new DateOnly(2004, 2, 2), Assert.Single(h.Acquisitions).Date));
        Assert.All(p.SellingStockholders, h => Assert.Equal(("Rule 506", "EXAMPLE DEVICES, INC."), (h.Acquisitions[0].Exemption, h.Acquisitions[0].From)));
        Assert.Equal(1_250_000L, p.SharesOffered);
        Assert.Equal(new DateOnly(2004, 3, 5), p.ProspectusDate);
        Assert.Equal(("American Stock Exchange", "EXD"), (p.Exchange, p.Ticker));
        Assert.Equal((4.15m, new DateOnly(2004, 3, 3)), (p.LastReportedPrice!.Value, p.LastReportedPriceDate!.Value));
        Assert.Equal(2, p.SellingStockholders.Count);
        var alpha = p.SellingStockholders[0];
        Assert.Equal("Alpha Partners, L.P.", alpha.Name);
        Assert.Equal((1_000_000L, 8.1m, 750_000L, 250_000L, 2.0m), (alpha.SharesOwnedBefore!.Value, alpha.PercentOwnedBefore!.Value, alpha.SharesOffered!.Value, alpha.SharesOwnedAfter!.Value, alpha.PercentOwnedAfter!.Value));
        var beta = p.SellingStockholders[1];
        Assert.Equal("Beta Capital LLC", beta.Name);
        Assert.Equal((500_000L, 500_000L, 0L), (beta.SharesOwnedBefore!.Value, beta.SharesOffered!.Value, beta.SharesOwnedAfter!.Value));
        Assert.Null(beta.PercentOwnedAfter); // "*": less than one percent
        Assert.Equal(["Skadden, Arps, Slate, Meagher & Flom LLP"], p.Counsel);
        Assert.Equal(["Ernst & Young LLP"], p.Auditors);
        Assert.False(p.Proceeds.IssuerReceivesProceeds);
    }

    [Fact]
    public void A_later_style_424b3_with_its_own_phrasing_gives_its_facts()
    {
        // Synthetic, in the layout of mid-2000s HTML 424B3s: shares and class on separate cover lines, a
        // defined-term selling stockholder, a date-first sale sentence, a closing price, a <UL> list.
        var html = """
            <html><body>
            <div style="text-align:right">Filed Pursuant to Rule 424(b)(3)<br>Registration No. 333-123456</div>
            <div align=center><b>PROSPECTUS</b></div>
            <div align=center><b>2,500,000 Shares</b></div>
            <div align=center><b>NOVA BIOTECH, INC.</b></div>
            <div align=center><b>Common Stock</b></div>
            <p>This prospectus relates to the resale of up to 2,500,000 shares of our common stock by Foo Capital LLC (the &#8220;selling stockholder&#8221;). We will not receive any proceeds from the sale of the shares by the selling stockholder.</p>
            <p>Our common stock is listed on The Nasdaq Global Market under the symbol &#8220;NOVB.&#8221; On July 1, 2007, the closing price of our common stock was $3.21 per share.</p>
            <p>The date of this prospectus is July 3, 2007.</p>
            <p>References in this prospectus to &#8220;Nova,&#8221; &#8220;we&#8221; and &#8220;us&#8221; refer to Nova Biotech, Inc. and its subsidiaries.</p>
            <h2>Selling Stockholder</h2>
            <p>On June 15, 2007, we sold 2,500,000 shares of our common stock to the selling stockholder in a private placement exempt from registration under Section 4(2) of the Securities Act. The selling stockholder has agreed not to sell the shares until December 15, 2007.</p>
            <h2>Legal Matters</h2>
            <p>The validity of the shares offered hereby will be passed upon for us by Goodwin Procter LLP, Boston, Massachusetts.</p>
            <h2>Experts</h2>
            <p>Our financial statements have been audited by Ernst &amp; Young LLP, an independent registered public accounting firm, and our subsidiary's by BDO Seidman, LLP, independent registered public accounting firm.</p>
            <h2>Incorporation of Certain Information by Reference</h2>
            <p>We incorporate by reference the documents listed below:</p>
            <ul>
            <li>our Annual Report on Form 10-K for the year ended December 31, 2006;
            <li>our Current Report on Form 8-K filed on June 18, 2007; and
            <li>the description of our common stock contained in our Registration Statement on Form 8-A filed on May 2, 2000.
            </ul>
            <p>You may request a copy of these filings at no cost.</p>
            </body></html>
            """;
        var r = EdgarReader.Read(TestFiles.Write("nova-424b3.htm", html));
        Assert.Equal(EdgarDocumentKind.ResaleProspectus, r.Kind);
        var p = r.Prospectus!;
        Assert.Equal("Nova Biotech, Inc.", p.Issuer.Name);
        Assert.Equal(("424B3", "333-123456"), (p.FormType, p.RegistrationNumber));
        Assert.Equal("424B3", r.Identity.FormType);
        Assert.Equal((2_500_000L, "common stock"), (p.SharesOffered!.Value, p.SecurityTitle));
        Assert.Equal(new DateOnly(2007, 7, 3), p.ProspectusDate);
        Assert.Equal(("Nasdaq Global Market", "NOVB"), (p.Exchange, p.Ticker));
        Assert.Equal((3.21m, new DateOnly(2007, 7, 1)), (p.LastReportedPrice!.Value, p.LastReportedPriceDate!.Value));
        var holder = Assert.Single(p.SellingStockholders);
        Assert.Equal(("Foo Capital LLC", 2_500_000L), (holder.Name, holder.SharesOffered!.Value));
        var sale = Assert.Single(holder.Acquisitions);
        Assert.Equal(("Foo Capital LLC", "Nova Biotech, Inc.", AcquisitionMethods.Purchase), (sale.Acquirer, sale.From, sale.Method));
        Assert.Equal((new DateOnly(2007, 6, 15), "Section 4(2)", "private placement"), (sale.Date!.Value, sale.Exemption, sale.Transaction));
        Assert.Equal(new DateOnly(2007, 12, 15), p.LockUpEndDate);
        Assert.False(p.Proceeds.IssuerReceivesProceeds);
        Assert.Equal(["Goodwin Procter LLP"], p.Counsel);
        Assert.Equal(["Ernst & Young LLP", "BDO Seidman, LLP"], p.Auditors);
        Assert.Equal(["10-K", "8-K", "8-A"], p.IncorporatedDocuments.Select(d => d.FormType));
        Assert.Equal("our Annual Report on Form 10-K for the year ended December 31, 2006", p.IncorporatedDocuments[0].Description);
        Assert.Equal([new DateOnly(2000, 5, 2)], p.IncorporatedDocuments[2].Dates);
    }

    [Fact]
    public void Prospectus_json_follows_the_filing_conventions_and_round_trips()
    {
        var p = EdgarReader.Read(TestFiles.Data("capstone-prospectus-2003.txt")).Prospectus!;
        var json = ProspectusJson.Serialize(p);
        Assert.Contains("\"sharesOffered\": 3994817,", json, StringComparison.Ordinal);
        Assert.Contains("\"lastReportedPrice\": 0.88,", json, StringComparison.Ordinal);
        Assert.Contains("\"prospectusDate\": \"2003-01-13\",", json, StringComparison.Ordinal);
        Assert.Contains("\"submission\": null,", json, StringComparison.Ordinal);
        Assert.Contains("\"sharesOwnedAfter\": null,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Equal(json, ProspectusJson.Serialize(ProspectusJson.Deserialize(json)));
    }
}
