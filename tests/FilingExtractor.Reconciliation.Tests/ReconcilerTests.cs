using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Reconciliation.Tests;

public sealed class ReconcilerTests
{
    private static Filing Capstone() => TranscriptReader.ReadFile(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));

    /// <summary>A small consistent filing: two security rows, two expenses, both proceeds columns, two states.</summary>
    private static Filing Consistent()
    {
        var f = new Filing();
        var o = f.Offering;
        o.Securities = [new SecurityLine { Type = SecurityTypes.Debt, AggregateOfferingPrice = 1_000_000, AmountAlreadySold = 400_000 }, new SecurityLine { Type = SecurityTypes.Equity, AggregateOfferingPrice = 500_000, AmountAlreadySold = 500_000 }];
        o.TotalOfferingAmount = 1_500_000;
        o.TotalAmountSold = 900_000;
        o.Investors = new Investors { AccreditedNumber = 7, AccreditedAmount = 800_000, NonAccreditedNumber = 2, NonAccreditedAmount = 100_000 };
        o.Expenses = [new ExpenseLine { Item = ExpenseItems.LegalFees, Amount = 25_000 }, new ExpenseLine { Item = ExpenseItems.PrintingAndEngravingCosts, Amount = 5_000 }];
        o.TotalExpenses = 30_000;
        o.AdjustedGrossProceeds = 1_470_000;
        o.UseOfProceeds = [new UseOfProceedsLine { Purpose = ProceedsPurposes.SalariesAndFees, ToAffiliates = 70_000 }, new UseOfProceedsLine { Purpose = ProceedsPurposes.WorkingCapital, ToOthers = 1_400_000 }];
        o.ColumnTotalToAffiliates = 70_000;
        o.ColumnTotalToOthers = 1_400_000;
        o.TotalPaymentsListed = 1_470_000;
        f.StateAppendix = [new StateAppendixRow { State = "CA", AccreditedNumber = 5, AccreditedAmount = 600_000 }, new StateAppendixRow { State = "NY", AccreditedNumber = 2, AccreditedAmount = 200_000, NonAccreditedNumber = 2, NonAccreditedAmount = 100_000 }];
        f.Signature = new Signature { NameOfSigner = "A. Person", SignatureDate = new DateOnly(2002, 11, 11) };
        return f;
    }

    [Fact]
    public void Capstone_transcript_raises_no_flag()
    {
        Assert.Empty(Reconciler.Check(Capstone()));
    }

    [Fact]
    public void A_consistent_filing_raises_no_flag() => Assert.Empty(Reconciler.Check(Consistent()));

    /// <summary>
    /// EDGAR's gross proceeds used for payments to officers, directors and promoters is the paper form's C.5
    /// column total to officers, directors and affiliates: derived from it after any correction, with its page
    /// and box and a derived origin, and unknown where the total is.
    /// </summary>
    [Fact]
    public void Gross_proceeds_used_is_the_column_total_to_affiliates()
    {
        var f = Consistent();
        f.Provenance["offering.columnTotalToAffiliates"] = new ValueSource { Page = 6, Box = new Box(1200, 900, 140, 30), Confidence = 91f, Text = "$ 70,000" };
        FilingReconciler.Reconcile(f);
        Assert.Equal(70_000m, f.Offering.GrossProceedsUsed);
        var source = f.Provenance["offering.grossProceedsUsed"];
        Assert.Equal((6, new Box(1200, 900, 140, 30), ValueOrigins.Derived, "$ 70,000"), (source.Page!.Value, source.Box, source.Origin, source.Text));

        f.Offering.ColumnTotalToAffiliates = null;
        FilingReconciler.Reconcile(f);
        Assert.Null(f.Offering.GrossProceedsUsed);
        Assert.False(f.Provenance.ContainsKey("offering.grossProceedsUsed"));
    }

    /// <summary>
    /// EDGAR's sales commissions and finders' fees are the paper form's C.4.a lines of those names: derived from
    /// them after any correction, with the line's page and box, and null where the filing has no such line.
    /// </summary>
    [Fact]
    public void Sales_commissions_and_finders_fees_are_the_expense_lines_of_those_names()
    {
        var f = Consistent();
        f.Offering.Expenses[0].Amount = 13_000;
        f.Offering.Expenses.Add(new ExpenseLine { Item = ExpenseItems.SalesCommissions, Amount = 12_000 });
        f.Provenance["offering.expenses[2].amount"] = new ValueSource { Page = 5, Box = new Box(1300, 1500, 200, 30), Confidence = 93f, Text = "$ 12,000" };
        FilingReconciler.Reconcile(f);
        Assert.DoesNotContain(f.Flags, x => x.Severity == Severities.Error);
        Assert.Equal((12_000m, (decimal?)null), (f.Offering.SalesCommissions, f.Offering.FindersFees));
        var source = f.Provenance["offering.salesCommissions"];
        Assert.Equal((5, new Box(1300, 1500, 200, 30), ValueOrigins.Derived, "$ 12,000"), (source.Page!.Value, source.Box, source.Origin, source.Text));
        Assert.Equal("offering.expenses[2].amount", FilingReconciler.DerivedFrom(f, "offering.salesCommissions"));

        // A flag on the line is a flag on the field derived from it.
        f.Offering.TotalExpenses = 31_000;
        FilingReconciler.Reconcile(f);
        var c4a = Assert.Single(f.Flags, x => x.Rule == RuleIds.C4aTotalExpenses);
        Assert.Contains("offering.salesCommissions", c4a.Fields.Select(x => x.Path));
        Assert.Equal(5, c4a.Fields.Single(x => x.Path == "offering.salesCommissions").Page);
        f.Offering.TotalExpenses = 30_000;
        Assert.Null(FilingReconciler.DerivedFrom(f, "offering.totalExpenses"));

        f.Offering.Expenses.RemoveAt(2);
        f.Offering.Expenses[0].Amount = 25_000;
        FilingReconciler.Reconcile(f);
        Assert.Null(f.Offering.SalesCommissions);
        Assert.False(f.Provenance.ContainsKey("offering.salesCommissions"));
    }

    public static TheoryData<string, Action<Filing>, string, string> Violations => new()
    {
        { "total offering", f => f.Offering.TotalOfferingAmount = 1_600_000, "1500000", "1600000" },
        { "total sold", f => f.Offering.Securities[0].AmountAlreadySold = 300_000, "800000", "900000" },
        { "expense line digit", f => f.Offering.Expenses[0].Amount = 26_000, "31000", "30000" },
        { "column others", f => f.Offering.UseOfProceeds[1].ToOthers = 1_300_000, "1300000", "1400000" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Sums_that_do_not_foot_are_flagged_with_expected_and_found(string name, Action<Filing> plant, string expected, string found)
    {
        var f = Consistent();
        plant(f);
        var flags = Reconciler.Check(f);
        var flag = flags.First(x => x.Expected == expected);
        Assert.Equal(found, flag.Found);
        Assert.Equal(Severities.Error, flag.Severity);
        Assert.NotEmpty(flag.Fields);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Each_rule_names_the_fields_involved()
    {
        var f = Consistent();
        f.Offering.TotalExpenses = 31_000;
        f.Provenance["offering.totalExpenses"] = new ValueSource { Page = 6, Box = new Box(1800, 2100, 300, 40), Confidence = 88f, Text = "$ 31,000" };
        var flags = Reconciler.Check(f);
        var c4a = Assert.Single(flags, x => x.Rule == RuleIds.C4aTotalExpenses);
        Assert.Equal(("30000", "31000"), (c4a.Expected, c4a.Found));
        var total = c4a.Fields[0];
        Assert.Equal(("offering.totalExpenses", 6, 88f), (total.Path, total.Page, total.Confidence));
        Assert.Equal(new Box(1800, 2100, 300, 40), total.Box);
        Assert.Equal(["offering.totalExpenses", "offering.expenses[0].amount", "offering.expenses[1].amount"], c4a.Fields.Select(x => x.Path));
        // The wrong total also breaks C.4.b (1,500,000 - 31,000 != 1,470,000).
        var c4b = Assert.Single(flags, x => x.Rule == RuleIds.C4bAdjustedProceeds);
        Assert.Equal(("1469000", "1470000"), (c4b.Expected, c4b.Found));
        Assert.Equal(2, flags.Count);
    }

    [Fact]
    public void Adjusted_proceeds_and_use_of_proceeds_rules()
    {
        var f = Consistent();
        f.Offering.AdjustedGrossProceeds = 1_480_000;
        var rules = Reconciler.Check(f).Select(x => x.Rule).ToList();
        Assert.Equal([RuleIds.C4bAdjustedProceeds, RuleIds.C5MatchesAdjusted], rules);
    }

    [Fact]
    public void Investors_and_sold_and_appendix_rules()
    {
        var f = Consistent();
        f.Offering.Investors.AccreditedAmount = 850_000;
        f.StateAppendix[0].AccreditedNumber = 9;
        f.Offering.Securities[1].AmountAlreadySold = 600_000;
        f.Offering.TotalAmountSold = 1_000_000;
        var flags = Reconciler.Check(f);
        Assert.Contains(flags, x => x.Rule == RuleIds.C1SoldNotAboveOffering && x.Expected == "500000" && x.Found == "600000");
        Assert.Contains(flags, x => x.Rule == RuleIds.C2InvestorsMatchSold && x.Expected == "1000000" && x.Found == "950000");
        Assert.Contains(flags, x => x.Rule == RuleIds.AppendixAccreditedNumber && x.Expected == "7" && x.Found == "11");
    }

    [Fact]
    public void An_appendix_row_with_investors_but_no_amount_or_an_amount_but_no_investors_is_flagged()
    {
        var f = Consistent();
        f.StateAppendix.Add(new StateAppendixRow { State = "TX", AccreditedNumber = 0, AccreditedAmount = 0, NonAccreditedNumber = 0, NonAccreditedAmount = 0 });
        Assert.Empty(Reconciler.Check(f)); // zeros on both sides are consistent

        f.StateAppendix[2].NonAccreditedAmount = 6;  // a typed 0 read as 6
        f.StateAppendix[0].AccreditedAmount = 0;     // and a lost amount
        f.Offering.Investors.AccreditedNumber = null; // C.2 unread: the Appendix counts have no limit to exceed
        var flags = Reconciler.Check(f).Where(x => x.Rule == RuleIds.AppendixRowCountAmount).ToList();

        Assert.Equal(2, flags.Count);
        Assert.Equal(["stateAppendix[0].accreditedNumber", "stateAppendix[0].accreditedAmount"], flags[0].Fields.Select(x => x.Path));
        Assert.Equal(("0", "5"), (flags[0].Expected, flags[0].Found));
        Assert.Contains("TX: 0 non-accredited investors but an amount of 6", flags[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Reconciler.Check(f), x => x.Rule == RuleIds.AppendixAccreditedNumber);
    }

    [Fact]
    public void A_blank_part_c_figure_is_no_limit_for_the_appendix()
    {
        var f = Consistent();
        f.Offering.Investors.NonAccreditedNumber = null;
        f.Offering.Investors.NonAccreditedAmount = null;
        f.Offering.Investors.AccreditedAmount = 900_000; // C.2 still matches C.1's amount sold
        Assert.Empty(Reconciler.Check(f));
    }

    [Fact]
    public void Blank_totals_are_not_compared_and_blank_lines_count_as_zero()
    {
        var f = Consistent();
        f.Offering.ColumnTotalToAffiliates = null;
        f.Offering.ColumnTotalToOthers = null;
        f.Offering.Expenses[1].Amount = null;
        f.Offering.TotalExpenses = 25_000;
        f.Offering.AdjustedGrossProceeds = 1_475_000;
        f.Offering.TotalPaymentsListed = 1_475_000;
        f.Offering.UseOfProceeds[1].ToOthers = 1_405_000;
        Assert.Empty(Reconciler.Check(f));
    }

    [Fact]
    public void Signature_date_rules()
    {
        var f = Consistent();
        f.Signature.SignatureDate = null;
        f.Provenance["signature.signatureDate"] = new ValueSource { Text = "11/31/02" };
        var flag = Assert.Single(Reconciler.Check(f));
        Assert.Equal((RuleIds.DSignatureDate, "11/31/02"), (flag.Rule, flag.Found));

        f.Signature.SignatureDate = new DateOnly(2002, 10, 1);
        f.Offering.DateOfFirstSale = new DateOnly(2002, 10, 28);
        var late = Assert.Single(Reconciler.Check(f));
        Assert.Equal((RuleIds.DSignatureAfterFirstSale, Severities.Warning, "2002-10-28", "2002-10-01"), (late.Rule, late.Severity, late.Expected, late.Found));
    }

    [Fact]
    public void A_misread_digit_is_corrected_when_exactly_one_alternative_makes_every_rule_hold()
    {
        var f = Consistent();
        f.Offering.Expenses[0].Amount = 23_000; // "25,000" read as "23,000"
        f.Provenance["offering.expenses[0].amount"] = new ValueSource { Page = 6, Text = "$ 23,000", Confidence = 61f };
        var alternatives = new Dictionary<string, IReadOnlyList<AmountCandidate>>
        {
            ["offering.expenses[0].amount"] = [new(23_000, "23,000", 61f), new(25_000, "25,000", 30f), new(28_000, "28,000", 9f)],
            ["offering.expenses[1].amount"] = [new(5_000, "5,000", 90f), new(6_000, "6,000", 5f)],
        };
        FilingReconciler.Reconcile(f, alternatives);
        Assert.Equal(25_000m, f.Offering.Expenses[0].Amount);
        var c = Assert.Single(f.Corrections);
        Assert.Equal(("offering.expenses[0].amount", "$ 23,000", "23000", "25000", "reconciliation"), (c.Field, c.TextRead, c.ValueRead, c.ValueAccepted, c.Source));
        Assert.Contains(RuleIds.C4aTotalExpenses, c.Reason, StringComparison.Ordinal);
        var info = Assert.Single(f.Flags);
        Assert.Equal((RuleIds.Corrected, Severities.Info, "25000", "23000"), (info.Rule, info.Severity, info.Expected, info.Found));
    }

    [Fact]
    public void Several_misread_amounts_are_corrected_one_finding_at_a_time()
    {
        var f = Consistent();
        f.Offering.Expenses[0].Amount = 23_000;                 // "25,000" read as "23,000": C.4.a fails
        f.StateAppendix.Add(new StateAppendixRow { State = "TX", AccreditedNumber = 9, AccreditedAmount = 0 }); // "0" read as "9"
        var alternatives = new Dictionary<string, IReadOnlyList<AmountCandidate>>
        {
            ["offering.expenses[0].amount"] = [new(25_000, "25,000", 30f)],
            ["stateAppendix[2].accreditedNumber"] = [new(0, "0", 40f), new(8, "8", 20f)],
        };

        FilingReconciler.Reconcile(f, alternatives);

        // No one change makes every rule hold; each finding has one candidate that makes it hold.
        Assert.Equal(25_000m, f.Offering.Expenses[0].Amount);
        Assert.Equal(0, f.StateAppendix[2].AccreditedNumber);
        Assert.Equal(["offering.expenses[0].amount", "stateAppendix[2].accreditedNumber"], f.Corrections.Select(c => c.Field).Order(StringComparer.Ordinal));
        Assert.All(f.Flags, x => Assert.Equal(RuleIds.Corrected, x.Rule));
        Assert.Equal(2, f.Flags.Count);
    }

    [Fact]
    public void An_alternative_the_engine_gave_no_weight_corrects_nothing()
    {
        // syn-09's planted inconsistency: the filer's total offering is off by 10,000, read right; the engine's
        // alternative for one digit, at confidence 0, would make every rule hold and hide it.
        Filing Planted()
        {
            var f = Consistent();
            f.Offering.TotalOfferingAmount = 1_510_000;
            return f;
        }

        var unsure = Planted();
        FilingReconciler.Reconcile(unsure, new Dictionary<string, IReadOnlyList<AmountCandidate>> { ["offering.totalOfferingAmount"] = [new(1_500_000, "1,500,000", 0f)] });
        Assert.Empty(unsure.Corrections);
        Assert.Contains(unsure.Flags, x => x.Rule == RuleIds.C1TotalOffering);

        var weighed = Planted();
        FilingReconciler.Reconcile(weighed, new Dictionary<string, IReadOnlyList<AmountCandidate>> { ["offering.totalOfferingAmount"] = [new(1_500_000, "1,500,000", 2f)] });
        Assert.Equal(1_500_000m, weighed.Offering.TotalOfferingAmount);
    }

    [Fact]
    public void Nothing_changes_when_several_alternatives_would_fix_it()
    {
        var f = Consistent();
        f.Offering.Expenses[0].Amount = 23_000;
        var alternatives = new Dictionary<string, IReadOnlyList<AmountCandidate>>
        {
            ["offering.expenses[0].amount"] = [new(25_000, "25,000", 30f)],
            ["offering.totalExpenses"] = [new(28_000, "28,000", 20f)], // also "fixes" C.4.a, but then C.4.b fails...
            ["offering.expenses[1].amount"] = [new(7_000, "7,000", 20f)], // ...this one truly competes
        };
        FilingReconciler.Reconcile(f, alternatives);
        Assert.Equal(23_000m, f.Offering.Expenses[0].Amount);
        Assert.Empty(f.Corrections);
        Assert.Contains(f.Flags, x => x.Rule == RuleIds.C4aTotalExpenses);
    }

    [Fact]
    public void Nothing_changes_without_alternatives_and_a_consistent_filing_keeps_no_flags()
    {
        var f = Consistent();
        f.Offering.TotalExpenses = 31_000;
        FilingReconciler.Reconcile(f);
        Assert.Equal(31_000m, f.Offering.TotalExpenses);
        Assert.Empty(f.Corrections);
        Assert.Equal(2, f.Flags.Count);

        var ok = Consistent();
        FilingReconciler.Reconcile(ok, new Dictionary<string, IReadOnlyList<AmountCandidate>> { ["offering.totalExpenses"] = [new(38_000, "38,000", 40f)] });
        Assert.Empty(ok.Flags);
        Assert.Equal(30_000m, ok.Offering.TotalExpenses);
    }

    private static Dictionary<string, ReadingDisagreement> Doubt(string path, decimal taken, decimal other) =>
        new() { [path] = new(new(taken, taken.ToString(System.Globalization.CultureInfo.InvariantCulture), 82f), new(other, other.ToString(System.Globalization.CultureInfo.InvariantCulture), 95f)) };

    [Fact]
    public void An_amount_read_as_two_numbers_is_flagged_unless_a_rule_that_holds_confirms_it()
    {
        // No rule ties the minimum investment to another amount: the doubt stands, with both readings.
        var f = Consistent();
        f.Offering.MinimumInvestmentAccepted = 10_000.60m;
        f.Provenance["offering.minimumInvestmentAccepted"] = new ValueSource { Page = 4, Text = "10,000.60", Confidence = 82f };
        FilingReconciler.Reconcile(f, disagreements: Doubt("offering.minimumInvestmentAccepted", 10_000.60m, 10_000m));
        var flag = Assert.Single(f.Flags);
        Assert.Equal((RuleIds.ReadingsDisagree, Severities.Warning, "10000", "10000.6"), (flag.Rule, flag.Severity, flag.Expected, flag.Found));
        Assert.Equal(("offering.minimumInvestmentAccepted", 4), (flag.Fields[0].Path, flag.Fields[0].Page));
        Assert.Contains("\"10000.60\" (taken, confidence 82.0)", flag.Message, StringComparison.Ordinal);
        Assert.Equal(10_000.60m, f.Offering.MinimumInvestmentAccepted);

        // C.4.a holds with 25,000 and fails with the other reading: the arithmetic confirms the value taken.
        var confirmed = Consistent();
        FilingReconciler.Reconcile(confirmed, disagreements: Doubt("offering.expenses[0].amount", 25_000, 28_000));
        Assert.Empty(confirmed.Flags);

        // A field that no longer holds the value taken (a later page read it again) is not doubted.
        var reread = Consistent();
        FilingReconciler.Reconcile(reread, disagreements: Doubt("offering.expenses[0].amount", 23_000, 28_000));
        Assert.Empty(reread.Flags);
    }

    [Fact]
    public void The_other_reading_of_a_doubted_amount_can_be_the_correction()
    {
        var f = Consistent();
        f.Offering.Expenses[0].Amount = 23_000;
        var doubts = Doubt("offering.expenses[0].amount", 23_000, 25_000);
        var alternatives = new Dictionary<string, IReadOnlyList<AmountCandidate>> { ["offering.expenses[0].amount"] = [doubts["offering.expenses[0].amount"].Other] };
        FilingReconciler.Reconcile(f, alternatives, disagreements: doubts);
        Assert.Equal(25_000m, f.Offering.Expenses[0].Amount);
        Assert.Single(f.Corrections);
        Assert.Equal([RuleIds.Corrected], f.Flags.Select(x => x.Rule));
    }
}
