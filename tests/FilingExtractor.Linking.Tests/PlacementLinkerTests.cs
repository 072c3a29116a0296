using FilingExtractor.Edgar;
using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Linking.Tests;

/// <summary>The Capstone Form D and its resale prospectus, doctored copies of the Form D, and unrelated issuers.</summary>
public sealed class PlacementLinkerTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>The transcript of the real paper Form D (committed under corpus/transcripts).</summary>
    private static Filing CapstoneFormD() => TranscriptReader.ReadFile(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));

    private static Prospectus CapstoneProspectus() => EdgarReader.Read(Data("capstone-prospectus-2003.txt")).Prospectus!;

    private static Filing Electronic(string name) => EdgarReader.Read(Data(name)).FormD!;

    /// <summary>A deep copy under another id (through the JSON contract).</summary>
    private static Filing Copy(Filing f, string id)
    {
        var c = FilingJson.Deserialize(FilingJson.Serialize(f));
        c.FilingId = id;
        return c;
    }

    [Fact]
    public void Capstone_form_d_and_prospectus_link_as_one_placement_with_no_disagreement()
    {
        var formD = CapstoneFormD();
        var prospectus = CapstoneProspectus();
        Assert.Null(formD.FilingUnder.Rule506); // the paper transcript's boxes are unknown, not unchecked

        var result = PlacementLinker.Link([formD], [prospectus]);

        var link = Assert.Single(result.Links);
        Assert.Equal(formD.FilingId, link.FilingId);
        Assert.Equal(LinkedDocumentKinds.Prospectus, link.OtherKind);
        Assert.Equal(prospectus.ProspectusId, link.OtherId);
        Assert.Equal(LinkRelations.SamePlacement, link.Relation);
        Assert.Equal("name:capstone turbine", link.IssuerKey);
        Assert.Equal(formD.FilingId, link.PlacementKey);
        Assert.Equal([IdentityFacts.Name, IdentityFacts.Address, IdentityFacts.Phone], link.MatchedOn);

        Assert.Equal(LinkChecks.All, link.Checks.Select(c => c.Check));
        var checks = link.Checks.ToDictionary(c => c.Check);
        Assert.Equal(LinkOutcomes.Agree, checks[LinkChecks.Issuer].Outcome);
        Assert.Equal(LinkOutcomes.Unknown, checks[LinkChecks.Exemption].Outcome);
        Assert.Equal("Rule 506", checks[LinkChecks.Exemption].OtherValue);
        Assert.Null(checks[LinkChecks.Exemption].ThisValue);
        Assert.Equal(LinkOutcomes.Agree, checks[LinkChecks.Purchasers].Outcome);
        Assert.Equal(("1", "1"), (checks[LinkChecks.Purchasers].ThisValue, checks[LinkChecks.Purchasers].OtherValue));
        Assert.Equal(LinkOutcomes.Agree, checks[LinkChecks.FirstSale].Outcome);
        Assert.Equal(("2002-11-11", "2002-10-28"), (checks[LinkChecks.FirstSale].ThisValue, checks[LinkChecks.FirstSale].OtherValue));
        Assert.Equal("signatureDate", link.FirstSaleBasis);
        Assert.All(link.Checks, c => Assert.Null(c.Rule));

        Assert.Equal(0, link.Disagreements);
        Assert.Equal(3, link.Agreements);
        Assert.Empty(link.Flags);
        Assert.Empty(result.FlagsOf(formD.FilingId));
    }

    [Fact]
    public void Implied_price_is_dollars_sold_over_shares_registered_rounded_to_four_places()
    {
        var link = Assert.Single(PlacementLinker.Link([CapstoneFormD()], [CapstoneProspectus()]).Links);
        Assert.Equal(3_984_567m, link.AmountSold);
        Assert.Equal(3_994_817L, link.SharesRegistered);
        // 3,984,567 / 3,994,817 = 0.99743418...; rounded to 4 places, half away from zero.
        Assert.Equal(0.9974m, link.ImpliedPricePerShare);
        Assert.Equal(Math.Round(3_984_567m / 3_994_817m, 4, MidpointRounding.AwayFromZero), link.ImpliedPricePerShare);
    }

    [Fact]
    public void A_rule_506_box_read_as_checked_agrees_with_the_prospectus()
    {
        var formD = CapstoneFormD();
        formD.FilingUnder.Rule506 = true;
        formD.FilingUnder.Uloe = true;
        var link = Assert.Single(PlacementLinker.Link([formD], [CapstoneProspectus()]).Links);
        var exemption = link.Checks.Single(c => c.Check == LinkChecks.Exemption);
        Assert.Equal(LinkOutcomes.Agree, exemption.Outcome);
        Assert.Equal("Rule 506", exemption.ThisValue);
        Assert.Equal(4, link.Agreements);
        Assert.Empty(link.Flags);
    }

    [Fact]
    public void A_doctored_form_d_gives_a_flag_for_each_disagreement_with_expected_and_found()
    {
        var formD = CapstoneFormD();
        formD.FilingUnder.Rule505 = true;
        formD.FilingUnder.Rule506 = false;
        formD.Offering.Investors.AccreditedNumber = 3;
        formD.Signature.SignatureDate = new DateOnly(2002, 10, 1);

        var result = PlacementLinker.Apply([formD], [CapstoneProspectus()]);

        var link = Assert.Single(result.Links);
        Assert.Equal(LinkRelations.SamePlacement, link.Relation); // 27 days apart: still this placement
        Assert.Equal(3, link.Disagreements);
        Assert.Equal(LinkOutcomes.Agree, link.Checks.Single(c => c.Check == LinkChecks.Issuer).Outcome);
        Assert.Equal([RuleIds.LinkExemption, RuleIds.LinkPurchasers, RuleIds.LinkFirstSale], formD.Flags.Select(f => f.Rule));
        Assert.All(formD.Flags, f => Assert.Equal(Severities.Warning, f.Severity));

        var exemption = formD.Flags.Single(f => f.Rule == RuleIds.LinkExemption);
        Assert.Equal(("Rule 506", "Rule 505"), (exemption.Expected, exemption.Found));
        Assert.Equal(["filingUnder.rule505"], exemption.Fields.Select(x => x.Path));
        var purchasers = formD.Flags.Single(f => f.Rule == RuleIds.LinkPurchasers);
        Assert.Equal(("1", "3"), (purchasers.Expected, purchasers.Found));
        Assert.Contains("offering.investors.accreditedNumber", purchasers.Fields.Select(x => x.Path));
        var firstSale = formD.Flags.Single(f => f.Rule == RuleIds.LinkFirstSale);
        Assert.Equal(("2002-10-28", "2002-10-01"), (firstSale.Expected, firstSale.Found));
        Assert.Equal(["signature.signatureDate"], firstSale.Fields.Select(x => x.Path));

        // The JSON section mirrors the link, with the rule of each disagreement.
        var json = Assert.Single(formD.Links!);
        Assert.Equal(result.Links[0].OtherId, json.DocumentId);
        Assert.Equal([null, RuleIds.LinkExemption, RuleIds.LinkPurchasers, RuleIds.LinkFirstSale], json.Checks.Select(c => c.Rule));
    }

    [Fact]
    public void A_date_of_first_sale_after_the_purchase_disagrees_and_one_before_it_agrees()
    {
        var later = CapstoneFormD();
        later.Offering.DateOfFirstSale = new DateOnly(2002, 11, 5);
        var check = Assert.Single(PlacementLinker.Link([later], [CapstoneProspectus()]).Links).Checks.Single(c => c.Check == LinkChecks.FirstSale);
        Assert.Equal((LinkOutcomes.Disagree, RuleIds.LinkFirstSale), (check.Outcome, check.Rule));

        var same = CapstoneFormD();
        same.Offering.DateOfFirstSale = new DateOnly(2002, 10, 28);
        var link = Assert.Single(PlacementLinker.Link([same], [CapstoneProspectus()]).Links);
        Assert.Equal(LinkOutcomes.Agree, link.Checks.Single(c => c.Check == LinkChecks.FirstSale).Outcome);
        Assert.Equal("dateOfFirstSale", link.FirstSaleBasis);
    }

    [Fact]
    public void Applying_twice_gives_the_same_filing()
    {
        var formD = CapstoneFormD();
        formD.Offering.Investors.AccreditedNumber = 2;
        var prospectus = CapstoneProspectus();
        PlacementLinker.Apply([formD], [prospectus]);
        var once = FilingJson.Serialize(formD);
        PlacementLinker.Apply([formD], [prospectus]);
        Assert.Equal(once, FilingJson.Serialize(formD));
        Assert.Single(formD.Flags, f => f.Rule == RuleIds.LinkPurchasers);

        // Without the prospectus the links and LINK. flags go away again.
        PlacementLinker.Apply([formD], []);
        Assert.Null(formD.Links);
        Assert.DoesNotContain(formD.Flags, f => f.Rule.StartsWith("LINK.", StringComparison.Ordinal));
        Assert.DoesNotContain("\"links\"", FilingJson.Serialize(formD), StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_d_of_an_unrelated_issuer_does_not_link_with_the_prospectus()
    {
        var other = CapstoneFormD();
        other.FilingId = "0000000000000001";
        other.PrimaryIssuer.EntityName = "Nordhoff Micro Power, Inc.";
        other.Signature.IssuerName = "Nordhoff Micro Power, Inc.";
        var electronic = Electronic("edgartools__data_D.APFund.xml");

        var result = PlacementLinker.Apply([other, electronic], [CapstoneProspectus()]);

        Assert.Empty(result.Links);
        Assert.Equal(3, result.Groups.Count);
        Assert.Null(other.Links);
        Assert.Null(electronic.Links);
        Assert.DoesNotContain(other.Flags, f => f.Rule.StartsWith("LINK.", StringComparison.Ordinal));
    }

    [Fact]
    public void Electronic_form_d_filings_of_different_issuers_do_not_link()
    {
        var apFund = Electronic("edgartools__data_D.APFund.xml");
        var shepherds = Electronic("edgartools__data_D.Shepards.xml");
        Assert.NotEqual(apFund.PrimaryIssuer.Cik, shepherds.PrimaryIssuer.Cik);

        var result = PlacementLinker.Link([apFund, shepherds], []);

        Assert.Empty(result.Links);
        Assert.Equal(["cik:1544190", "cik:1958740"], result.Groups.Select(g => g.IssuerKey));
    }

    [Fact]
    public void Electronic_filings_sharing_a_name_but_not_a_cik_do_not_link()
    {
        var a = Electronic("edgartools__data_D.Shepards.xml");
        var b = Copy(a, "ffffffffffffffff");
        b.PrimaryIssuer.Cik = "0000000042";
        Assert.Empty(PlacementLinker.Link([a, b], []).Links);
    }

    [Fact]
    public void An_amendment_and_the_filing_it_amends_are_one_placement_other_filings_of_the_issuer_the_same_issuer()
    {
        var amendment = Electronic("edgartools__data_D.Shepards.xml");
        var original = Copy(amendment, "0000000000000aaa");
        original.Edgar!.AccessionNumber = amendment.TypeOfFiling.PreviousAccessionNumber;
        original.TypeOfFiling.PreviousAccessionNumber = null;
        var later = Copy(amendment, "fffffffffffffff0");
        later.Edgar!.AccessionNumber = "0001544190-23-000001";
        later.TypeOfFiling.PreviousAccessionNumber = null;
        later.Offering.DateOfFirstSale = new DateOnly(2023, 1, 1);

        var result = PlacementLinker.Apply([amendment, original, later], []);

        var group = Assert.Single(result.Groups);
        Assert.Equal("cik:1544190", group.IssuerKey);
        Assert.Equal(2, group.Placements.Count);
        var same = result.Links.Single(l => l.Relation == LinkRelations.SamePlacement);
        Assert.Equal((original.FilingId, amendment.FilingId), (same.FilingId, same.OtherId));
        Assert.Equal(2, result.Links.Count(l => l.Relation == LinkRelations.SameIssuer));
        Assert.Equal([IdentityFacts.Cik, IdentityFacts.Name, IdentityFacts.Address, IdentityFacts.Phone], same.MatchedOn);
        Assert.Equal(2, amendment.Links!.Count);
        Assert.Equal([LinkRelations.SamePlacement, LinkRelations.SameIssuer], amendment.Links.Select(l => l.Relation));
        Assert.All(amendment.Links, l => Assert.Empty(l.Checks));
    }

    [Fact]
    public void Issuer_identity_differences_are_a_disagreement_when_the_names_match()
    {
        var formD = CapstoneFormD();
        formD.PrimaryIssuer.IssuerPhoneNumber = "(212) 555-0100";
        formD.PrimaryIssuer.PrincipalBusinessPhoneNumber = null;
        var link = Assert.Single(PlacementLinker.Link([formD], [CapstoneProspectus()]).Links);
        var issuer = link.Checks.Single(c => c.Check == LinkChecks.Issuer);
        Assert.Equal((LinkOutcomes.Disagree, RuleIds.LinkIssuerIdentity), (issuer.Outcome, issuer.Rule));
        Assert.Equal("phone 2125550100", issuer.ThisValue);
        Assert.Equal("phone 8187345300", issuer.OtherValue);
        Assert.Single(link.Flags);
    }

    [Fact]
    public void A_prospectus_years_away_from_the_form_d_is_the_same_issuer_but_not_the_placement()
    {
        var formD = CapstoneFormD();
        formD.Signature.SignatureDate = new DateOnly(1999, 6, 1);
        var link = Assert.Single(PlacementLinker.Link([formD], [CapstoneProspectus()]).Links);
        Assert.Equal(LinkRelations.SameIssuer, link.Relation);
        Assert.Empty(link.Checks);
        Assert.Null(link.ImpliedPricePerShare);
    }

    [Theory]
    [InlineData("Capstone Turbine Corporation", "capstone turbine")]
    [InlineData("CAPSTONE TURBINE CORP /DE/", "capstone turbine")]
    [InlineData("Capstone Turbine Corp.", "capstone turbine")]
    [InlineData("Nevada Bond, L.L.C.", "nevada bond")]
    [InlineData("Nevada Bond LLC", "nevada bond")]
    [InlineData("Inference Technology Partners, L.P.", "inference technology partners")]
    [InlineData("The Smith & Co., Ltd.", "smith")]
    [InlineData("Shepherd's Finance, LLC", "shepherds finance")]
    public void Names_are_compared_without_case_punctuation_or_legal_form(string name, string key) =>
        Assert.Equal(key, IssuerKeys.Name(name));

    [Theory]
    [InlineData("(818) 734-5300", "8187345300")]
    [InlineData("1-818-734-5300", "8187345300")]
    [InlineData("818.734.5300 x12", "8187345300")]
    [InlineData("", null)]
    public void Phones_are_compared_as_digits(string phone, string? key) => Assert.Equal(key, IssuerKeys.Phone(phone));

    [Fact]
    public void Ciks_and_addresses_have_canonical_keys()
    {
        Assert.Equal("1009759", IssuerKeys.Cik("0001009759"));
        Assert.Null(IssuerKeys.Cik("0000"));
        Assert.Equal("21211|91311", IssuerKeys.Address(new Address { Street1 = "21211 Nordhoff Street", City = "Chatsworth", StateOrCountry = "CA", ZipCode = "91311-1234" }));
        Assert.Null(IssuerKeys.Address(new Address { Street1 = "Nordhoff Street", ZipCode = "91311" }));
    }
}
