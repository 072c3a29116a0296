using FilingExtractor.Model;

namespace FilingExtractor.Edgar.Tests;

/// <summary>Every real electronic Form D sample, with its values asserted exactly.</summary>
public sealed class FormDXmlTests
{
    [Fact]
    public void Shepards_is_an_amendment_whose_amounts_add_up()
    {
        var r = EdgarReader.Read(TestFiles.Data("edgartools__data_D.Shepards.xml"));
        Assert.Equal(EdgarDocumentKind.FormD, r.Kind);
        Assert.Equal(EdgarFileFormat.Xml, r.Format);
        var f = r.FormD!;
        Assert.Equal("D/A", f.SubmissionType);
        Assert.Equal(SourceKinds.Xml, f.Source.Kind);
        Assert.True(f.TypeOfFiling.Amendment);
        Assert.False(f.TypeOfFiling.NewFiling);
        Assert.Equal("0001544190-19-000002", f.TypeOfFiling.PreviousAccessionNumber);
        Assert.Equal(8_000_000m, f.Offering.TotalOfferingAmount);
        Assert.Equal(5_725_051m, f.Offering.TotalAmountSold);
        Assert.Equal(2_274_949m, f.Offering.TotalRemaining);
        Assert.False(f.Offering.TotalOfferingAmountIndefinite);
        Assert.Empty(f.Flags);

        Assert.Equal("Shepherd's Finance, LLC", f.PrimaryIssuer.EntityName);
        Assert.Equal("0001544190", f.PrimaryIssuer.Cik);
        Assert.Equal("(302) 752-2688", f.PrimaryIssuer.IssuerPhoneNumber);
        Assert.Equal("DE", f.PrimaryIssuer.JurisdictionOfInc);
        Assert.Equal(EntityTypes.LimitedLiabilityCompany, f.PrimaryIssuer.EntityType);
        Assert.Null(f.PrimaryIssuer.YearOfInc); // overFiveYears gives no year
        Assert.Equal("13241 BARTRAM PARK BLVD.", f.PrimaryIssuer.IssuerAddress.Street1);
        Assert.Equal("SUITE 2401", f.PrimaryIssuer.IssuerAddress.Street2);

        Assert.Equal(7, f.RelatedPersons.Count);
        var wallach = f.RelatedPersons[0];
        Assert.Equal(("Daniel", "M.", "Wallach"), (wallach.FirstName, wallach.MiddleName, wallach.LastName));
        Assert.Equal([Relationships.ExecutiveOfficer, Relationships.Director], wallach.Relationships);
        Assert.Equal("Chief Executive Officer and Member of the Board of Managers", wallach.RelationshipClarification);
        Assert.Null(f.RelatedPersons[1].RelationshipClarification);

        Assert.Equal((false, false, true, false), (f.FilingUnder.Rule504, f.FilingUnder.Rule505, f.FilingUnder.Rule506, f.FilingUnder.Section4_6));
        Assert.Null(f.FilingUnder.Uloe);

        var recipient = Assert.Single(f.Offering.SalesCompensation);
        Assert.True(recipient.AllStates);
        Assert.Empty(recipient.States);
        Assert.Equal("None", recipient.LastName);

        Assert.Equal(13, f.Offering.Investors.TotalNumberAlreadyInvested);
        Assert.False(f.Offering.Investors.HasNonAccreditedInvestors);
        Assert.Equal(0m, f.Offering.MinimumInvestmentAccepted);
        Assert.Equal(0m, f.Offering.SalesCommissions);
        Assert.Equal(0m, f.Offering.FindersFees);
        Assert.Equal(0m, f.Offering.GrossProceedsUsed);
        Assert.Equal(new DateOnly(2017, 3, 16), f.Offering.DateOfFirstSale);
        Assert.False(f.Offering.FirstSaleYetToOccur);

        Assert.Equal("Daniel M. Wallach", f.Signature.NameOfSigner);
        Assert.Equal("Chief Executive Officer", f.Signature.SignatureTitle);
        Assert.Equal(new DateOnly(2023, 1, 31), f.Signature.SignatureDate);
        Assert.True(f.Signature.Signed);
        Assert.Empty(f.AdditionalSignatures);

        var e = f.Edgar!;
        Assert.Equal("X0708", e.SchemaVersion);
        Assert.Equal("D/A", e.SubmissionTypeCode);
        Assert.Null(e.AccessionNumber); // a bare XML document carries none
        Assert.Equal(["06b"], e.FederalExemptions);
        Assert.Equal("Other Banking and Financial Services", e.IndustryGroupType);
        Assert.True(e.DurationMoreThanOneYear);
        Assert.False(e.IsBusinessCombination);
        Assert.Equal(["isEquityType"], e.TypesOfSecuritiesOffered);
        Assert.Equal("Decline to Disclose", e.RevenueRange);

        // Paper-only parts stay empty or null.
        Assert.Null(f.OfferingName);
        Assert.Empty(f.Offering.Expenses);
        Assert.Empty(f.StateAppendix);
        Assert.Null(f.IssuerDisqualifiedRule262);

        Assert.Equal(new FilingIdentity(null, "D/A", null, "0001544190", "Shepherd's Finance, LLC"), r.Identity);
    }

    [Fact]
    public void Halloran_primary_doc_is_schema_X0707_with_15_investors()
    {
        var f = EdgarReader.Read(TestFiles.Data("Halloran_EDGAR__primary_doc.xml")).FormD!;
        Assert.Equal("X0707", f.Edgar!.SchemaVersion);
        Assert.Equal("D", f.SubmissionType);
        Assert.True(f.TypeOfFiling.NewFiling);
        Assert.Null(f.TypeOfFiling.PreviousAccessionNumber);
        Assert.Equal(1_512_500m, f.Offering.TotalOfferingAmount);
        Assert.Equal(1_029_908m, f.Offering.TotalAmountSold);
        Assert.Equal(482_592m, f.Offering.TotalRemaining);
        Assert.Empty(f.Flags);
        Assert.Equal(15, f.Offering.Investors.TotalNumberAlreadyInvested);
        Assert.Equal(55_000m, f.Offering.MinimumInvestmentAccepted);
        Assert.Equal("DIFFUSION PHARMACEUTICALS LLC", f.PrimaryIssuer.EntityName);
        Assert.Equal("0001171623", f.PrimaryIssuer.Cik);
        Assert.Equal("(434) 220-0718", f.PrimaryIssuer.IssuerPhoneNumber);
        Assert.Equal("VA", f.PrimaryIssuer.JurisdictionOfInc);
        Assert.Equal("2020 AVON COURT, #4", f.PrimaryIssuer.IssuerAddress.Street1);
        Assert.Null(f.PrimaryIssuer.IssuerAddress.Street2);
        Assert.Equal(["Kalergis", "Gainer", "Byrne", "Adams", "Shealy"], f.RelatedPersons.Select(p => p.LastName));
        Assert.Equal([Relationships.ExecutiveOfficer, Relationships.Director], f.RelatedPersons[0].Relationships);
        Assert.Equal([Relationships.ExecutiveOfficer], f.RelatedPersons[4].Relationships);
        Assert.Empty(f.Offering.SalesCompensation);
        Assert.Equal(["06b"], f.Edgar.FederalExemptions);
        Assert.True(f.FilingUnder.Rule506);
        Assert.Equal("Pharmaceuticals", f.Edgar.IndustryGroupType);
        Assert.Equal(new DateOnly(2006, 9, 15), f.Offering.DateOfFirstSale);
        Assert.Equal(new DateOnly(2006, 6, 21), f.Signature.SignatureDate);
        Assert.Equal("David G. Kalergis", f.Signature.NameOfSigner);
        Assert.Equal(16, f.FilingId.Length);
        Assert.StartsWith(f.FilingId, f.Source.Sha256, StringComparison.Ordinal);
    }

    [Fact]
    public void APFund_has_two_issuers_two_signatures_and_gross_proceeds_used()
    {
        var f = EdgarReader.Read(TestFiles.Data("edgartools__data_D.APFund.xml")).FormD!;
        Assert.Equal("AP Fund IV, a series of Inference Technology Partners, LP", f.PrimaryIssuer.EntityName);
        Assert.Equal(2022, f.PrimaryIssuer.YearOfInc);
        Assert.Equal(EntityTypes.LimitedPartnership, f.PrimaryIssuer.EntityType);
        var other = Assert.Single(f.OtherIssuers);
        Assert.Equal("AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP", other.EntityName);
        Assert.Equal("0001963203", other.Cik);
        Assert.Equal("Suite 220", other.IssuerAddress.Street2);
        Assert.Equal("(206) 801-6359", other.IssuerPhoneNumber);

        Assert.Equal("AP Fund IV, a series of Inference Technology Partners, LP", f.Signature.IssuerName);
        var second = Assert.Single(f.AdditionalSignatures);
        Assert.Equal("AP Fund IV AL Vehicle, a series of Inference Technology Partners, LP", second.IssuerName);
        Assert.Equal("Cathy Bui", second.NameOfSigner);
        Assert.Equal(new DateOnly(2023, 1, 30), second.SignatureDate);

        Assert.Equal(6_660m, f.Offering.GrossProceedsUsed);
        Assert.Equal(659_752m, f.Offering.TotalOfferingAmount);
        Assert.Equal(659_752m, f.Offering.TotalAmountSold);
        Assert.Equal(0m, f.Offering.TotalRemaining);
        Assert.Empty(f.Flags);
        Assert.Equal(27, f.Offering.Investors.TotalNumberAlreadyInvested);
        Assert.Equal(1_400m, f.Offering.MinimumInvestmentAccepted);
        Assert.Equal(["06b", "3C.1"], f.Edgar!.FederalExemptions);
        Assert.Equal("Pooled Investment Fund", f.Edgar.IndustryGroupType);
        Assert.Equal("Venture Capital Fund", f.Edgar.InvestmentFundType);
        Assert.Equal(["isPooledInvestmentFundType"], f.Edgar.TypesOfSecuritiesOffered);

        // Organisations the filer split over firstName/lastName are whole again, as entities.
        Assert.Equal("Belltower Fund Group, Ltd.", f.RelatedPersons[0].LastName);
        Assert.Equal("Fund GP, LLC", f.RelatedPersons[1].LastName);
        Assert.All(f.RelatedPersons, p => Assert.True(p.IsEntity));
        Assert.All(f.RelatedPersons, p => Assert.Null(p.FirstName));
        Assert.Equal(ValueOrigins.Derived, f.Provenance["relatedPersons[1].lastName"].Origin);
        Assert.Equal("Manager of the general partner of the Issuer", f.RelatedPersons[0].RelationshipClarification);
    }

    [Fact]
    public void Nc_submission_wraps_a_fund_whose_first_sale_is_yet_to_occur()
    {
        var r = EdgarReader.Read(TestFiles.Data("edgartools__data_sgml_0002002260-24-000001.nc"));
        Assert.Equal(EdgarFileFormat.Submission, r.Format);
        Assert.Equal(EdgarDocumentKind.FormD, r.Kind);
        Assert.Equal(new FilingIdentity("0002002260-24-000001", "D", new DateOnly(2024, 1, 11), "0002002260", "VEPF VIII Co-Invest 4-A, L.P."), r.Identity);
        var doc = Assert.Single(r.Documents);
        Assert.Equal(("D", "1", "primary_doc.xml"), (doc.Type, doc.Sequence, doc.FileName));

        var f = r.FormD!;
        Assert.Equal("0002002260-24-000001", f.Edgar!.AccessionNumber);
        Assert.True(f.Offering.FirstSaleYetToOccur);
        Assert.Null(f.Offering.DateOfFirstSale);
        Assert.Null(f.Offering.TotalOfferingAmount);
        Assert.True(f.Offering.TotalOfferingAmountIndefinite);
        Assert.Null(f.Offering.TotalRemaining);
        Assert.True(f.Offering.TotalRemainingIndefinite);
        Assert.Equal(0m, f.Offering.TotalAmountSold);
        Assert.Empty(f.Flags); // "Indefinite" cannot disagree
        Assert.Equal("Indefinite", f.Provenance["offering.totalOfferingAmountIndefinite"].Text);
        Assert.Equal(["06b", "3C", "3C.7"], f.Edgar.FederalExemptions);
        Assert.Equal("Private Equity Fund", f.Edgar.InvestmentFundType);
        Assert.Equal(["isEquityType", "isPooledInvestmentFundType"], f.Edgar.TypesOfSecuritiesOffered);
        Assert.Equal(6, f.RelatedPersons.Count);
        Assert.Equal(("VEPF VIII Co-Invest 4 GP, LLC", true, null), (f.RelatedPersons[1].LastName, f.RelatedPersons[1].IsEntity, f.RelatedPersons[1].FirstName));
        Assert.Equal([Relationships.Promoter], f.RelatedPersons[1].Relationships);
        Assert.Equal(("Robert", "F.", "Smith", false), (f.RelatedPersons[0].FirstName, f.RelatedPersons[0].MiddleName, f.RelatedPersons[0].LastName, f.RelatedPersons[0].IsEntity));
        Assert.Equal("Managing Member of Senior Managing Mbr of GP of GP of Issuer", f.Signature.SignatureTitle);
    }

    [Fact]
    public void Ori_submission_claims_506b_and_three_investment_company_exclusions()
    {
        var r = EdgarReader.Read(TestFiles.Data("Halloran_EDGAR__sample_filing.ori"));
        Assert.Equal(EdgarDocumentKind.FormD, r.Kind);
        Assert.Equal(new FilingIdentity("0001745524-18-000001", "D", new DateOnly(2018, 7, 5), "0001745524", "Upshot Real Estate Fund II, LP"), r.Identity);
        var f = r.FormD!;
        Assert.Equal("X0708", f.Edgar!.SchemaVersion);
        Assert.Equal(["06b", "3C", "3C.1", "3C.5", "3C.7"], f.Edgar.FederalExemptions);
        Assert.True(f.FilingUnder.Rule506);
        Assert.Equal((false, false, false), (f.FilingUnder.Rule504, f.FilingUnder.Rule505, f.FilingUnder.Section4_6));
        Assert.Equal("0001745524-18-000001", f.Edgar.AccessionNumber);
        Assert.Equal(25_000_000m, f.Offering.TotalOfferingAmount);
        Assert.Equal(0m, f.Offering.TotalAmountSold);
        Assert.Equal(25_000_000m, f.Offering.TotalRemaining);
        Assert.Empty(f.Flags);
        Assert.True(f.Offering.FirstSaleYetToOccur);
        Assert.Equal(2018, f.PrimaryIssuer.YearOfInc);
        Assert.Equal(["Upshot Fund II GP, LLC", "Upshot Capital Advisors, LLC", "Socarras"], f.RelatedPersons.Select(p => p.LastName));
        Assert.Equal(new DateOnly(2018, 6, 26), f.Signature.SignatureDate);
    }

    [Fact]
    public void An_edited_copy_whose_amounts_disagree_raises_the_xml_flag()
    {
        var xml = TestFiles.ReadData("edgartools__data_D.Shepards.xml")
            .Replace("<totalRemaining>2274949</totalRemaining>", "<totalRemaining>2274000</totalRemaining>", StringComparison.Ordinal);
        var f = EdgarReader.Read(TestFiles.Write("shepards-inconsistent.xml", xml)).FormD!;
        var flag = Assert.Single(f.Flags);
        Assert.Equal(RuleIds.XmlOfferedEqualsSoldPlusRemaining, flag.Rule);
        Assert.Equal(Severities.Error, flag.Severity);
        Assert.Equal("7999051", flag.Expected); // sold + remaining
        Assert.Equal("8000000", flag.Found); // offered
        Assert.Equal(["offering.totalOfferingAmount", "offering.totalAmountSold", "offering.totalRemaining"], flag.Fields.Select(x => x.Path));
        Assert.Contains("8000000", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_amounts_are_compared_as_numbers_and_written_plainly()
    {
        var xml = TestFiles.ReadData("edgartools__data_D.Shepards.xml")
            .Replace("<totalOfferingAmount>8000000</totalOfferingAmount>", "<totalOfferingAmount>8000000.00</totalOfferingAmount>", StringComparison.Ordinal)
            .Replace("<totalAmountSold>5725051</totalAmountSold>", "<totalAmountSold>5725051.50</totalAmountSold>", StringComparison.Ordinal);
        var f = EdgarReader.Read(TestFiles.Write("shepards-decimals.xml", xml)).FormD!;
        var flag = Assert.Single(f.Flags);
        Assert.Equal("8000000.5", flag.Expected);
        Assert.Equal("8000000", flag.Found);
        Assert.Contains("\"totalOfferingAmount\": 8000000,", FilingJson.Serialize(f), StringComparison.Ordinal);
    }

    [Fact]
    public void X0301_style_document_without_namespaces()
    {
        var f = EdgarReader.Read(TestFiles.Data("synthetic-formd-X0301.xml")).FormD!;
        AssertX0301(f);
    }

    [Fact]
    public void The_same_document_with_a_default_namespace_and_prefixed_elements_reads_alike()
    {
        var plain = TestFiles.ReadData("synthetic-formd-X0301.xml");
        var namespaced = plain
            .Replace("<edgarSubmission>", "<edgarSubmission xmlns=\"http://www.sec.gov/edgar/formd\" xmlns:com=\"http://www.sec.gov/edgar/common\">", StringComparison.Ordinal);
        foreach (var e in new[] { "street1", "street2", "city", "stateOrCountry", "stateOrCountryDescription", "zipCode" })
        {
            namespaced = namespaced.Replace($"<{e}>", $"<com:{e}>", StringComparison.Ordinal).Replace($"</{e}>", $"</com:{e}>", StringComparison.Ordinal);
        }

        Assert.Contains("<com:street1>", namespaced, StringComparison.Ordinal);
        var f = EdgarReader.Read(TestFiles.Write("namespaced.xml", namespaced)).FormD!;
        AssertX0301(f);

        var a = EdgarReader.Read(TestFiles.Data("synthetic-formd-X0301.xml")).FormD!;
        Assert.Equal(Comparable(a), Comparable(f));
    }

    private static string Comparable(Filing f)
    {
        // Everything but where the bytes came from (offsets move with the longer tags).
        f.FilingId = string.Empty;
        f.Source = new SourceInfo();
        foreach (var v in f.Provenance.Values)
        {
            v.Offset = null;
        }

        return FilingJson.Serialize(f);
    }

    private static void AssertX0301(Filing f)
    {
        Assert.Equal("X0301", f.Edgar!.SchemaVersion);
        Assert.Equal("D", f.SubmissionType);
        Assert.True(f.FilingUnder.Rule506); // "06": Rule 506 before the 2013 split
        Assert.Equal(["06", "3C.7"], f.Edgar.FederalExemptions);
        Assert.Equal("FN", f.PrimaryIssuer.JurisdictionOfInc);
        Assert.Equal("CAYMAN ISLANDS", f.Provenance["primaryIssuer.jurisdictionOfInc"].Text);
        Assert.Equal("E9", f.PrimaryIssuer.IssuerAddress.StateOrCountry);
        Assert.Equal(EntityTypes.Other, f.PrimaryIssuer.EntityType);
        Assert.Equal("Exempted Company", f.PrimaryIssuer.EntityTypeOtherDescription);
        Assert.Null(f.PrimaryIssuer.YearOfInc);
        Assert.Equal("(345) 949-0000 x12", f.PrimaryIssuer.IssuerPhoneNumber); // "+1 345 949 0000 x12", as the paper readers write it
        Assert.Equal("+1 345 949 0000 x12", f.Provenance["primaryIssuer.issuerPhoneNumber"].Text);

        Assert.Equal(("Jane", "Doe", false), (f.RelatedPersons[0].FirstName, f.RelatedPersons[0].LastName, f.RelatedPersons[0].IsEntity));
        Assert.Equal([Relationships.ExecutiveOfficer, Relationships.Director], f.RelatedPersons[0].Relationships); // the form's order
        Assert.Equal(("Example Fund Management LLC", true), (f.RelatedPersons[1].LastName, f.RelatedPersons[1].IsEntity));
        Assert.Null(f.RelatedPersons[0].RelationshipClarification);

        Assert.Null(f.Offering.TotalOfferingAmount);
        Assert.True(f.Offering.TotalOfferingAmountIndefinite);
        Assert.Equal(12_500_000m, f.Offering.TotalAmountSold);
        Assert.True(f.Offering.TotalRemainingIndefinite);
        Assert.Empty(f.Flags);
        Assert.Equal(1_000_000m, f.Offering.MinimumInvestmentAccepted);
        Assert.True(f.Offering.SellsToNonAccredited);
        Assert.Equal(3, f.Offering.Investors.NonAccreditedNumber);
        Assert.Equal(42, f.Offering.Investors.TotalNumberAlreadyInvested);
        Assert.Equal(25_000m, f.Offering.SalesCommissions);

        var broker = Assert.Single(f.Offering.SalesCompensation);
        Assert.Equal(("John", "Q.", "Broker", false), (broker.FirstName, broker.MiddleName, broker.LastName, broker.IsEntity));
        Assert.Equal("Example Securities, LLC", broker.AssociatedBrokerDealer);
        Assert.Equal(["NY", "CT"], broker.States);
        Assert.False(broker.AllStates);
        Assert.Equal("New York", broker.Address.City);

        Assert.Equal("Hedge Fund", f.Edgar.InvestmentFundType);
        Assert.Equal("Decline to Disclose", f.Edgar.AggregateNetAssetValueRange);
        Assert.Null(f.Edgar.RevenueRange);
        Assert.Equal(["isPooledInvestmentFundType"], f.Edgar.TypesOfSecuritiesOffered);
        Assert.Equal(new DateOnly(2009, 4, 10), f.Signature.SignatureDate);
    }

    [Theory]
    [InlineData("04", true, false, false, false)]
    [InlineData("04.2", true, false, false, false)]
    [InlineData("04a", true, false, false, false)]
    [InlineData("46", false, false, false, true)]
    [InlineData("05", false, true, false, false)]
    [InlineData("06c", false, false, true, false)]
    [InlineData("4a5", false, false, false, true)]
    [InlineData("3C.1", false, false, false, false)]
    public void Exemption_codes_map_to_the_paper_form_boxes(string code, bool rule504, bool rule505, bool rule506, bool section46)
    {
        var xml = TestFiles.ReadData("Halloran_EDGAR__primary_doc.xml").Replace("<item>06b</item>", $"<item>{code}</item>", StringComparison.Ordinal);
        var f = EdgarReader.Read(TestFiles.Write("exemption.xml", xml)).FormD!;
        Assert.Equal((rule504, rule505, rule506, section46), (f.FilingUnder.Rule504!.Value, f.FilingUnder.Rule505!.Value, f.FilingUnder.Rule506!.Value, f.FilingUnder.Section4_6!.Value));
    }

    [Theory]
    [InlineData("Halloran_EDGAR__primary_doc.xml")]
    [InlineData("edgartools__data_D.APFund.xml")]
    [InlineData("edgartools__data_D.Shepards.xml")]
    [InlineData("edgartools__data_sgml_0002002260-24-000001.nc")]
    [InlineData("Halloran_EDGAR__sample_filing.ori")]
    [InlineData("synthetic-formd-X0301.xml")]
    public void Every_value_has_xml_provenance_pointing_at_its_element_text(string file)
    {
        var r = EdgarReader.Read(TestFiles.Data(file));
        var f = r.FormD!;
        var content = r.Document!.Content!;
        Assert.True(f.Provenance.Count > 40);
        foreach (var (path, source) in f.Provenance)
        {
            Assert.True(source.Origin is ValueOrigins.Xml or ValueOrigins.Derived, path);
            Assert.Null(source.Page);
            if (source.Origin == ValueOrigins.Xml)
            {
                Assert.NotNull(source.Offset);
                Assert.True(content.AsSpan(source.Offset!.Value).StartsWith(source.Text), $"{path}: \"{source.Text}\" not at {source.Offset}");
            }
        }

        foreach (var path in new[] { "primaryIssuer.entityName", "offering.totalAmountSold", "signature.signatureDate", "edgar.schemaVersion" })
        {
            Assert.True(f.Provenance.ContainsKey(path), path);
        }
    }
}
