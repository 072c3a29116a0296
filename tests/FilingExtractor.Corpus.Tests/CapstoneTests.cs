using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>The Capstone truth files state the facts of the real filing (corpus/README.md lists them).</summary>
public sealed class CapstoneTests
{
    public static TheoryData<string> Names => new() { "capstone-formd-2002-300dpi", "capstone-formd-2002-200dpi-degraded" };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_truth_carries_every_fact_of_the_filing(string name)
    {
        var t = CorpusFiles.Load(Path.Combine(CorpusFiles.Root, "capstone", name + ".truth.json"));
        Assert.Equal("Private Placement of Common Stock", t.OfferingName);
        Assert.True(t.FilingUnder.Rule506);
        var i = t.PrimaryIssuer;
        Assert.Equal("Capstone Turbine Corporation", i.EntityName);
        Assert.Equal("21211 Nordhoff Street", i.IssuerAddress.Street1);
        Assert.Equal("Chatsworth", i.IssuerAddress.City);
        Assert.Equal("CA", i.IssuerAddress.StateOrCountry);
        Assert.Equal("91311", i.IssuerAddress.ZipCode);
        Assert.Equal("(818) 734-5300", i.IssuerPhoneNumber);
        Assert.Equal("(818) 734-5320", i.PrincipalBusinessPhoneNumber);
        Assert.Equal("Producer of low emission, high reliability micro-turbine systems", i.DescriptionOfBusiness);
        Assert.Equal(
            ["Almgren", "Treece", "Clark", "Willis", "Callahan", "Koyama", "McDonald", "Young", "Aube", "Protsch", "Jagers", "Marcoux"],
            t.RelatedPersons.Select(p => p.LastName));
        Assert.Equal("Jean-Rene", t.RelatedPersons[^1].FirstName);
        Assert.Equal("G.", t.RelatedPersons[6].MiddleName);
        Assert.All(t.RelatedPersons, p => Assert.Equal("21211 Nordhoff Street", p.Address.Street1));

        var o = t.Offering;
        var equity = o.Securities.Single(s => s.Type == SecurityTypes.Equity);
        Assert.Equal(3_984_567m, equity.AggregateOfferingPrice);
        Assert.Equal(3_984_567m, equity.AmountAlreadySold);
        Assert.True(o.EquityCommon);
        Assert.Equal(3_984_567m, o.TotalOfferingAmount);
        Assert.Equal(3_984_567m, o.TotalAmountSold);
        Assert.Equal(1, o.Investors.AccreditedNumber);
        Assert.Equal(3_984_567m, o.Investors.AccreditedAmount);
        Assert.Equal(500m, o.Expenses.Single(e => e.Item == ExpenseItems.TransferAgentFees).Amount);
        Assert.Equal(30_000m, o.Expenses.Single(e => e.Item == ExpenseItems.LegalFees).Amount);
        Assert.Equal(30_500m, o.TotalExpenses);
        Assert.Equal(3_954_067m, o.AdjustedGrossProceeds);
        Assert.Equal(3_954_067m, o.UseOfProceeds.Single(u => u.Purpose == ProceedsPurposes.WorkingCapital).ToOthers);
        Assert.Equal(3_954_067m, o.TotalPaymentsListed);

        Assert.Equal("Karen Clark", t.Signature.NameOfSigner);
        Assert.Equal("Chief Financial Officer", t.Signature.SignatureTitle);
        Assert.Equal(new DateOnly(2002, 11, 11), t.Signature.SignatureDate);
        var ct = Assert.Single(t.StateAppendix);
        Assert.Equal("CT", ct.State);
        Assert.False(ct.IntendsToSellNonAccredited);
        Assert.Equal("Common Stock $3,984,567", ct.SecurityTypeAndOfferingPrice);
        Assert.Equal(1, ct.AccreditedNumber);
        Assert.Equal(3_984_567m, ct.AccreditedAmount);
        Assert.Equal(0, ct.NonAccreditedNumber);
        Assert.Equal(0m, ct.NonAccreditedAmount);
        Assert.False(ct.Disqualified);
        Assert.Empty(t.Flags);
    }

    [Fact]
    public void Both_renderings_share_the_same_values()
    {
        var clean = CorpusFiles.Load(Path.Combine(CorpusFiles.Root, "capstone", "capstone-formd-2002-300dpi.truth.json"));
        var degraded = CorpusFiles.Load(Path.Combine(CorpusFiles.Root, "capstone", "capstone-formd-2002-200dpi-degraded.truth.json"));
        Assert.All(clean.Pages, p => Assert.Equal(300, p.Dpi));
        Assert.All(degraded.Pages, p => Assert.Equal(200, p.Dpi));
        foreach (var f in new[] { clean, degraded })
        {
            f.FilingId = string.Empty;
            f.Source = new SourceInfo();
            f.Pages = [];
        }

        Assert.Equal(FilingJson.Serialize(clean), FilingJson.Serialize(degraded));
    }
}
