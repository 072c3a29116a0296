using System.Globalization;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Reconciliation;

/// <summary>
/// The flags a correct extractor raises on a paper Form D, computed from the values as typed (the truth).
/// Conventions (corpus/README.md repeats them):
/// <list type="bullet">
/// <item>A sum counts blank (null) parts as 0. A rule is checked only when the value it checks is present
/// and at least one of the values it is checked against is present; otherwise it raises nothing.</item>
/// <item>"found" is the value the rule checks (a total, adjusted proceeds, the Appendix sum, C.2's sum);
/// "expected" is what the rest of the form says it should be. Plain invariant numbers.</item>
/// <item>C.2 falls back to the Rule 504 total line when both amounts are blank. C.4.b uses the sum of the C.4.a
/// lines when C.4.a's total is blank; C5.matches-adjusted uses the column totals added when total payments
/// listed is blank.</item>
/// <item>Appendix rules: the per-state sum may not exceed C.2's figure (blank counts as 0); checked when any state has a value.</item>
/// <item>D.signature-date: raised when the federal signature is there (signed or a signer named) but its date is blank or unreadable.</item>
/// <item>Flags are listed in <see cref="RuleIds.PaperRules"/> order; C1.sold-not-above-offering gives one flag per row or total that breaks it.</item>
/// </list>
/// </summary>
internal static class PaperRules
{
    public static List<Flag> Evaluate(Filing filing)
    {
        var flags = new List<Flag>();
        var o = filing.Offering;

        var sec = o.Securities.Select((l, i) => (l, i)).ToList();
        SumRule(flags, RuleIds.C1TotalOffering, "C.1 total aggregate offering price does not equal the sum of the type rows",
            o.TotalOfferingAmount, "offering.totalOfferingAmount",
            sec.Select(x => (x.l.AggregateOfferingPrice, $"offering.securities[{x.i}].aggregateOfferingPrice")));
        SumRule(flags, RuleIds.C1TotalSold, "C.1 total amount already sold does not equal the sum of the type rows",
            o.TotalAmountSold, "offering.totalAmountSold",
            sec.Select(x => (x.l.AmountAlreadySold, $"offering.securities[{x.i}].amountAlreadySold")));
        foreach (var (l, i) in sec)
        {
            if (l.AggregateOfferingPrice is { } offered && l.AmountAlreadySold is { } sold && sold > offered)
            {
                flags.Add(Make(RuleIds.C1SoldNotAboveOffering, $"C.1 {l.Type}: amount already sold is more than the aggregate offering price", offered, sold,
                    $"offering.securities[{i}].amountAlreadySold", $"offering.securities[{i}].aggregateOfferingPrice"));
            }
        }

        if (o.TotalOfferingAmount is { } to && o.TotalAmountSold is { } ts && ts > to)
        {
            flags.Add(Make(RuleIds.C1SoldNotAboveOffering, "C.1 total: amount already sold is more than the aggregate offering price", to, ts,
                "offering.totalAmountSold", "offering.totalOfferingAmount"));
        }

        var inv = o.Investors;
        if (o.TotalAmountSold is { } totalSold && (inv.AccreditedAmount is not null || inv.NonAccreditedAmount is not null))
        {
            var sum = (inv.AccreditedAmount ?? 0) + (inv.NonAccreditedAmount ?? 0);
            if (sum != totalSold)
            {
                flags.Add(Make(RuleIds.C2InvestorsMatchSold, "C.2 accredited plus non-accredited amounts do not equal C.1's total amount already sold", totalSold, sum,
                    "offering.investors.accreditedAmount", "offering.investors.nonAccreditedAmount", "offering.totalAmountSold"));
            }
        }
        else if (o.TotalAmountSold is { } sold504 && inv.Rule504TotalAmount is { } total504 && total504 != sold504)
        {
            // Rule 504 filings may give only the total line.
            flags.Add(Make(RuleIds.C2InvestorsMatchSold, "C.2 Rule 504 total amount does not equal C.1's total amount already sold", sold504, total504,
                "offering.investors.rule504TotalAmount", "offering.totalAmountSold"));
        }

        SumRule(flags, RuleIds.C3Total, "C.3 total does not equal the sum of the prior offerings",
            o.PriorOfferingsTotal, "offering.priorOfferingsTotal",
            o.PriorOfferings.Select((p, i) => (p.AmountSold, $"offering.priorOfferings[{i}].amountSold")));

        SumRule(flags, RuleIds.C4aTotalExpenses, "C.4.a total does not equal the sum of the expense lines",
            o.TotalExpenses, "offering.totalExpenses",
            o.Expenses.Select((e, i) => (e.Amount, $"offering.expenses[{i}].amount")));

        // C.4.a's lines stand in for a blank C.4.a total (all blank: no expenses).
        if (o.AdjustedGrossProceeds is { } adjusted && o.TotalOfferingAmount is { } offering
            && (o.TotalExpenses ?? o.Expenses.Sum(e => e.Amount ?? 0)) is var expenses && adjusted != offering - expenses)
        {
            flags.Add(Make(RuleIds.C4bAdjustedProceeds, "C.4.b adjusted gross proceeds do not equal C.1's total offering price less C.4.a's total expenses", offering - expenses, adjusted,
                "offering.adjustedGrossProceeds", "offering.totalOfferingAmount", "offering.totalExpenses"));
        }

        var uses = o.UseOfProceeds.Select((u, i) => (u, i)).ToList();
        SumRule(flags, RuleIds.C5ColumnAffiliates, "C.5 column total (officers, directors and affiliates) does not equal the sum of its lines",
            o.ColumnTotalToAffiliates, "offering.columnTotalToAffiliates",
            uses.Select(x => (x.u.ToAffiliates, $"offering.useOfProceeds[{x.i}].toAffiliates")));
        SumRule(flags, RuleIds.C5ColumnOthers, "C.5 column total (others) does not equal the sum of its lines",
            o.ColumnTotalToOthers, "offering.columnTotalToOthers",
            uses.Select(x => (x.u.ToOthers, $"offering.useOfProceeds[{x.i}].toOthers")));
        SumRule(flags, RuleIds.C5TotalPayments, "C.5 total payments listed does not equal the two column totals added",
            o.TotalPaymentsListed, "offering.totalPaymentsListed",
            [(o.ColumnTotalToAffiliates, "offering.columnTotalToAffiliates"), (o.ColumnTotalToOthers, "offering.columnTotalToOthers")]);
        // The column totals added stand in for a blank total payments listed.
        var payments = o.TotalPaymentsListed
            ?? (o.ColumnTotalToAffiliates is not null || o.ColumnTotalToOthers is not null ? (o.ColumnTotalToAffiliates ?? 0) + (o.ColumnTotalToOthers ?? 0) : null);
        if (payments is { } listed && o.AdjustedGrossProceeds is { } adj && listed != adj)
        {
            flags.Add(Make(RuleIds.C5MatchesAdjusted, "C.5 total payments listed does not equal C.4.b adjusted gross proceeds", adj, listed,
                "offering.totalPaymentsListed", "offering.adjustedGrossProceeds"));
        }

        var rows = filing.StateAppendix.Select((r, i) => (r, i)).ToList();
        CapRule(flags, RuleIds.AppendixAccreditedNumber, "Appendix accredited investors add up to more than C.2's", inv.AccreditedNumber, "offering.investors.accreditedNumber",
            rows.Select(x => ((decimal?)x.r.AccreditedNumber, $"stateAppendix[{x.i}].accreditedNumber")));
        CapRule(flags, RuleIds.AppendixAccreditedAmount, "Appendix accredited amounts add up to more than C.2's", inv.AccreditedAmount, "offering.investors.accreditedAmount",
            rows.Select(x => (x.r.AccreditedAmount, $"stateAppendix[{x.i}].accreditedAmount")));
        CapRule(flags, RuleIds.AppendixNonAccreditedNumber, "Appendix non-accredited investors add up to more than C.2's", inv.NonAccreditedNumber, "offering.investors.nonAccreditedNumber",
            rows.Select(x => ((decimal?)x.r.NonAccreditedNumber, $"stateAppendix[{x.i}].nonAccreditedNumber")));
        CapRule(flags, RuleIds.AppendixNonAccreditedAmount, "Appendix non-accredited amounts add up to more than C.2's", inv.NonAccreditedAmount, "offering.investors.nonAccreditedAmount",
            rows.Select(x => (x.r.NonAccreditedAmount, $"stateAppendix[{x.i}].nonAccreditedAmount")));

        if ((filing.Signature.Signed == true || filing.Signature.NameOfSigner is not null) && filing.Signature.SignatureDate is null)
        {
            flags.Add(new Flag
            {
                Rule = RuleIds.DSignatureDate,
                Severity = Severities.Error,
                Message = "D: the signature date is missing or does not parse",
                Fields = [new FlagField { Path = "signature.signatureDate" }],
            });
        }

        var order = RuleIds.PaperRules.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        return [.. flags.Select((fl, i) => (fl, i)).OrderBy(x => order[x.fl.Rule]).ThenBy(x => x.i).Select(x => x.fl)];
    }

    private static void SumRule(List<Flag> flags, string rule, string message, decimal? total, string totalPath, IEnumerable<(decimal? Value, string Path)> parts)
    {
        var list = parts.ToList();
        if (total is null || list.All(p => p.Value is null))
        {
            return;
        }

        var sum = list.Sum(p => p.Value ?? 0);
        if (sum != total.Value)
        {
            flags.Add(Make(rule, message, sum, total.Value, [totalPath, .. list.Where(p => p.Value is not null).Select(p => p.Path)]));
        }
    }

    private static void CapRule(List<Flag> flags, string rule, string message, decimal? cap, string capPath, IEnumerable<(decimal? Value, string Path)> parts)
    {
        var list = parts.Where(p => p.Value is not null).ToList();
        if (list.Count == 0)
        {
            return;
        }

        // A blank C.2 figure allows nothing in the states.
        var limit = cap ?? 0;
        var sum = list.Sum(p => p.Value!.Value);
        if (sum > limit)
        {
            flags.Add(Make(rule, message, limit, sum, [capPath, .. list.Select(p => p.Path)]));
        }
    }

    private static Flag Make(string rule, string message, decimal expected, decimal found, params string[] paths) => new()
    {
        Rule = rule,
        Severity = Severities.Error,
        Message = message,
        Expected = Invariant(expected),
        Found = Invariant(found),
        Fields = [.. paths.Select(p => new FlagField { Path = p })],
    };

    public static string Invariant(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
