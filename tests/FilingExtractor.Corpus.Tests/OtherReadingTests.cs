using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// An amount read twice, page and field re-read, as two numbers: the other reading is an alternative that
/// reconciliation may accept, with the weight the engine gave it.
/// </summary>
public sealed class OtherReadingTests
{
    /// <summary>
    /// syn-14's C.1 total reads "6,124,000" (91.7) and, re-read, "8,124,000" (81.2). The other reading used to be dropped
    /// as the same value as a 6/8 digit confusion that the engine gave no weight, and confidence-0 candidates are never
    /// tried: three rules failed with it unread. Taken with its own confidence, it is the one value that makes every rule
    /// hold, and is accepted as a correction.
    /// </summary>
    [Fact]
    public void A_second_reading_that_makes_every_rule_hold_corrects_the_amount()
    {
        var (filing, _) = CorpusPages.ReadPages("syn-14.pdf", [6, 7]);

        Assert.Equal(8_124_000m, filing.Offering.TotalOfferingAmount);
        var correction = Assert.Single(filing.Corrections);
        Assert.Equal(("offering.totalOfferingAmount", "6,124,000", "6124000", "8124000"), (correction.Field, correction.TextRead, correction.ValueRead, correction.ValueAccepted));
        Assert.Contains("(\"8,124,000\", confidence 81.2) that makes every rule hold", correction.Reason, StringComparison.Ordinal);
        Assert.Equal([RuleIds.Corrected], filing.Flags.Select(f => f.Rule));
    }
}
