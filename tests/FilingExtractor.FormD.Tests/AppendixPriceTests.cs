using FilingExtractor.FormD.Scans;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Tests;

/// <summary>
/// A state's offering price against Part C.1's total (<see cref="AppendixReader.Settle"/>): kept when equal; one digit
/// read as a look-alike of the total's is the total, corrected with the column's text; any other price is unknown.
/// </summary>
public sealed class AppendixPriceTests
{
    private static Filing Filing(params (string State, string Text, decimal Price)[] rows)
    {
        var filing = new Filing { FilingId = "test" };
        filing.Offering.TotalOfferingAmount = 3_984_567m;
        foreach (var (state, text, price) in rows)
        {
            filing.Provenance[$"stateAppendix[{filing.StateAppendix.Count}].securityTypeAndOfferingPrice"] = new ValueSource { Page = 9, Text = text, Confidence = 88 };
            filing.StateAppendix.Add(new StateAppendixRow { State = state, SecurityTypeAndOfferingPrice = text, OfferingPriceInState = price });
        }

        return filing;
    }

    [Fact]
    public void A_price_one_look_alike_digit_off_the_total_is_the_total_and_others_are_unknown()
    {
        var filing = Filing(
            ("CT", "Common Stock $3,964,567", 3_964_567m), ("NY", "Common Stock $3,984,567", 3_984_567m),
            ("CA", "Common Stock $3,924,567", 3_924_567m), ("TX", "Common Stock $3,964,561", 3_964_561m), ("FL", "Common Stock $398,567", 398_567m));

        AppendixReader.Settle(filing);

        // 8 read as 6 is a look-alike; 8 as 2 is not; two digits off, or one digit fewer, is no misread digit.
        Assert.Equal([3_984_567m, 3_984_567m, null, null, null], filing.StateAppendix.Select(r => r.OfferingPriceInState));
        Assert.Equal("Common Stock $3,984,567", filing.StateAppendix[0].SecurityTypeAndOfferingPrice);
        Assert.Equal("Common Stock $3,924,567", filing.StateAppendix[2].SecurityTypeAndOfferingPrice);
        Assert.Equal(
            [("stateAppendix[0].offeringPriceInState", "3964567", "3984567"), ("stateAppendix[0].securityTypeAndOfferingPrice", "Common Stock $3,964,567", "Common Stock $3,984,567")],
            filing.Corrections.Select(c => (c.Field, c.ValueRead, c.ValueAccepted)));
        Assert.All(filing.Corrections, c => Assert.Equal("Common Stock $3,964,567", c.TextRead));
        Assert.Contains("6 read for 8", filing.Corrections[0].Reason, StringComparison.Ordinal);
        var flag = Assert.Single(filing.Flags);
        Assert.Equal((RuleIds.Corrected, Severities.Info, "3984567", "3964567"), (flag.Rule, flag.Severity, flag.Expected, flag.Found));
        Assert.Equal(("stateAppendix[0].offeringPriceInState", 9), (flag.Fields[0].Path, flag.Fields[0].Page));
    }

    [Fact]
    public void With_the_total_unread_a_price_stands_when_another_state_reads_it()
    {
        var filing = Filing(("CT", "Common Stock $3,964,567", 3_964_567m), ("NY", "Common Stock $3,984,567", 3_984_567m), ("NJ", "Common Stock $3,984,567", 3_984_567m));
        filing.Offering.TotalOfferingAmount = null;

        AppendixReader.Settle(filing);

        Assert.Equal([null, 3_984_567m, 3_984_567m], filing.StateAppendix.Select(r => r.OfferingPriceInState));
        Assert.Empty(filing.Corrections);
    }
}
