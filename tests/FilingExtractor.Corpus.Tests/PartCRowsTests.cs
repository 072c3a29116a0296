using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// Part C rows whose labels single-row matching lost, each read from one page of a corpus scan (a few
/// seconds each). Both misreads made a consistent filing fail its arithmetic.
/// </summary>
public sealed class PartCRowsTests
{
    /// <summary>
    /// C.3's three rows are found together, in their printed order. On syn-43 the Rule 504 row reads
    /// "Rute S04": alone, its label matched the "Rule 505" line instead (one character apart), so the row
    /// repeated Rule 505's values and C.3's total failed.
    /// </summary>
    [Fact]
    public void A_garbled_row_label_is_the_line_between_its_neighbours_not_a_look_alike_row()
    {
        var filing = CorpusPages.Read("syn-43.tif", 6);

        Assert.Equal(PageKinds.SectionC, Assert.Single(filing.Pages).Kind);
        var prior = filing.Offering.PriorOfferings;
        Assert.Equal(["Rule 505", "Regulation A", "Rule 504"], prior.Select(p => p.TypeOfOffering));
        Assert.Equal([68_000m, 37_000m, 272_000m], prior.Select(p => p.AmountSold ?? -1));
        Assert.Equal(377_000m, filing.Offering.PriorOfferingsTotal);
        Assert.DoesNotContain(filing.Flags, f => f.Rule == RuleIds.C3Total);
    }

    /// <summary>
    /// C.5's acquisition caption runs over lines and its slots are on the last; syn-23 sets it wider, so
    /// "pursuant to a merger)" ends a line instead of starting one, and the row went unread.
    /// </summary>
    [Fact]
    public void The_acquisition_row_is_found_by_the_end_of_its_caption_wherever_the_line_breaks()
    {
        var filing = CorpusPages.Read("syn-23.tif", 7);

        var acquisition = filing.Offering.UseOfProceeds.Single(u => u.Purpose == ProceedsPurposes.AcquisitionOfBusinesses);
        Assert.Equal(211_221m, acquisition.ToOthers);
        Assert.Equal(1_677_114m, filing.Offering.ColumnTotalToOthers);
        Assert.DoesNotContain(filing.Flags, f => f.Rule == RuleIds.C5ColumnOthers);
    }

    /// <summary>
    /// On syn-03's heavy 200 DPI scan C.5's question starts "5, twfiente below she amment of the adiesied
    /// gross proceeds", past matching, and all of C.5 went unread; later words of its first line still say
    /// which question it is. Its empty estimate boxes hold 4-12 % speckle, which the default threshold read
    /// as checked; the page's own noise floor reads them empty, or unknown, and the two crosses checked.
    /// </summary>
    [Fact]
    public void A_question_whose_start_is_garbled_is_known_by_the_rest_of_its_first_line()
    {
        var filing = CorpusPages.Read("syn-03.tif", 7);

        var uses = filing.Offering.UseOfProceeds.ToDictionary(u => u.Purpose);
        Assert.Equal(8, uses.Count);
        // Thinned (FormCleanup.Thinned: its strokes measure 0.028 in), the acquisition caption's last line no longer
        // reads "pursuant to a merger)"; it is the last of the lines between its neighbours' rows.
        Assert.Equal(473_700m, uses[ProceedsPurposes.AcquisitionOfBusinesses].ToOthers);
        Assert.Equal(364_600m, uses[ProceedsPurposes.WorkingCapital].ToOthers);
        Assert.Equal(186_790m, uses[ProceedsPurposes.Other].ToOthers);
        Assert.Equal(1_174_990m, filing.Offering.AdjustedGrossProceeds);
        // Truth: only the acquisition and other rows' "others" boxes are checked.
        var boxes = uses.Values.SelectMany(u => new[] { u.ToAffiliatesIsEstimate, u.ToOthersIsEstimate }).ToList();
        Assert.Equal(2, boxes.Count(b => b == true));
        Assert.True(uses[ProceedsPurposes.AcquisitionOfBusinesses].ToOthersIsEstimate);
        Assert.True(uses[ProceedsPurposes.Other].ToOthersIsEstimate);
        Assert.Equal(14, boxes.Count(b => b == false));
        // Salaries, the first row, reads "Salerics sad fees": the one line within a row and a half above the next row.
        Assert.Equal((149_900m, 0m), (uses[ProceedsPurposes.SalariesAndFees].ToAffiliates, uses[ProceedsPurposes.SalariesAndFees].ToOthers));
    }

    /// <summary>
    /// syn-03's page of C.1 to C.4.a, thinned: C.4.a's question reads "4.0. Parekh 0 stxtemess of afl capetods", so C.3
    /// ran on to the page's foot and its "Total" row was C.4.a's, and no expense line was read. C.4.a is now known by
    /// its expense lines, printed nowhere else. The Equity row reads "Fiuity", overlapping the Debt row above it by a
    /// few pixels: it is the one line whose centre lies between its neighbours' rows; so is C.2's non-accredited row.
    /// </summary>
    [Fact]
    public void A_question_whose_first_line_is_lost_is_known_by_its_rows_and_a_garbled_row_by_its_neighbours()
    {
        var filing = CorpusPages.Read("syn-03.tif", 6);

        var o = filing.Offering;
        Assert.Equal(
            [(ExpenseItems.TransferAgentFees, 350m), (ExpenseItems.PrintingAndEngravingCosts, 600m), (ExpenseItems.LegalFees, 16_560m), (ExpenseItems.AccountingFees, 0m),
             (ExpenseItems.EngineeringFees, 0m), (ExpenseItems.SalesCommissions, 107_000m), (ExpenseItems.Other, 14_500m)],
            o.Expenses.Select(e => (e.Item, e.Amount ?? -1)));
        Assert.Equal((139_010m, true), (o.TotalExpenses, o.TotalExpensesIsEstimate));
        Assert.Equal([true, false, false, false, false, false, true], o.Expenses.Select(e => e.IsEstimate ?? false));
        // C.3's rows read "Rake $05" and "Role S04" and its total "Tout": unread, and no longer the expenses' total.
        Assert.Null(o.PriorOfferingsTotal);
        var equity = o.Securities.Single(s => s.Type == SecurityTypes.Equity);
        Assert.Equal((1_314_000m, 267_100m), (equity.AggregateOfferingPrice, equity.AmountAlreadySold));
        Assert.Equal(1_314_000m, o.TotalOfferingAmount);
        Assert.True(o.EquityPreferred);
        // C.2's "Now-ecorediaed Invewors" row: the one line between the accredited and the total rows.
        Assert.Equal((19, 20_500m), (o.Investors.NonAccreditedNumber, o.Investors.NonAccreditedAmount));
        Assert.Equal(267_100m, o.Investors.Rule504TotalAmount);
    }
}
