using System.Globalization;
using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// The paper form's arithmetic (REFERENCE.md), written again here without the generator's code, under the
/// conventions in corpus/README.md: blank parts count as 0; a total is checked only when it and at least one
/// of its parts are present; stand-ins for blank totals (C.4.a lines, C.5 column totals, the Rule 504 line);
/// a blank C.2 figure caps the Appendix at 0; "found" is the value checked, "expected" what the rest of the
/// form gives.
/// </summary>
internal static class Arithmetic
{
    public sealed record Violation(string Rule, string? Expected, string? Found);

    public static List<Violation> Violations(Filing f)
    {
        var v = new List<Violation>();
        var o = f.Offering;
        var inv = o.Investors;

        void Sum(string rule, decimal? total, IEnumerable<decimal?> parts)
        {
            var present = parts.Where(p => p.HasValue).Select(p => p!.Value).ToList();
            if (total.HasValue && present.Count > 0 && present.Sum() != total.Value)
            {
                v.Add(new Violation(rule, S(present.Sum()), S(total.Value)));
            }
        }

        void Cap(string rule, decimal? cap, IEnumerable<decimal?> parts)
        {
            var present = parts.Where(p => p.HasValue).Select(p => p!.Value).ToList();
            if (present.Count > 0 && present.Sum() > cap.GetValueOrDefault())
            {
                v.Add(new Violation(rule, S(cap.GetValueOrDefault()), S(present.Sum())));
            }
        }

        Sum(RuleIds.C1TotalOffering, o.TotalOfferingAmount, o.Securities.Select(s => s.AggregateOfferingPrice));
        Sum(RuleIds.C1TotalSold, o.TotalAmountSold, o.Securities.Select(s => s.AmountAlreadySold));
        foreach (var s in o.Securities.Append(new SecurityLine { AggregateOfferingPrice = o.TotalOfferingAmount, AmountAlreadySold = o.TotalAmountSold }))
        {
            if (s.AggregateOfferingPrice is decimal offered && s.AmountAlreadySold is decimal sold && sold > offered)
            {
                v.Add(new Violation(RuleIds.C1SoldNotAboveOffering, S(offered), S(sold)));
            }
        }

        if (o.TotalAmountSold is decimal totalSold && (inv.AccreditedAmount.HasValue || inv.NonAccreditedAmount.HasValue))
        {
            var both = inv.AccreditedAmount.GetValueOrDefault() + inv.NonAccreditedAmount.GetValueOrDefault();
            if (both != totalSold)
            {
                v.Add(new Violation(RuleIds.C2InvestorsMatchSold, S(totalSold), S(both)));
            }
        }
        else if (o.TotalAmountSold is decimal sold504 && inv.Rule504TotalAmount is decimal line504 && line504 != sold504)
        {
            v.Add(new Violation(RuleIds.C2InvestorsMatchSold, S(sold504), S(line504)));
        }

        Sum(RuleIds.C3Total, o.PriorOfferingsTotal, o.PriorOfferings.Select(p => p.AmountSold));
        Sum(RuleIds.C4aTotalExpenses, o.TotalExpenses, o.Expenses.Select(e => e.Amount));
        var exp = o.TotalExpenses ?? o.Expenses.Sum(e => e.Amount.GetValueOrDefault());
        if (o.AdjustedGrossProceeds is decimal adj && o.TotalOfferingAmount is decimal price && adj != price - exp)
        {
            v.Add(new Violation(RuleIds.C4bAdjustedProceeds, S(price - exp), S(adj)));
        }

        Sum(RuleIds.C5ColumnAffiliates, o.ColumnTotalToAffiliates, o.UseOfProceeds.Select(u => u.ToAffiliates));
        Sum(RuleIds.C5ColumnOthers, o.ColumnTotalToOthers, o.UseOfProceeds.Select(u => u.ToOthers));
        Sum(RuleIds.C5TotalPayments, o.TotalPaymentsListed, [o.ColumnTotalToAffiliates, o.ColumnTotalToOthers]);
        decimal? payments = o.TotalPaymentsListed;
        if (payments is null && (o.ColumnTotalToAffiliates.HasValue || o.ColumnTotalToOthers.HasValue))
        {
            payments = o.ColumnTotalToAffiliates.GetValueOrDefault() + o.ColumnTotalToOthers.GetValueOrDefault();
        }

        if (payments is decimal listed && o.AdjustedGrossProceeds is decimal adjusted && listed != adjusted)
        {
            v.Add(new Violation(RuleIds.C5MatchesAdjusted, S(adjusted), S(listed)));
        }

        Cap(RuleIds.AppendixAccreditedNumber, inv.AccreditedNumber, f.StateAppendix.Select(r => (decimal?)r.AccreditedNumber));
        Cap(RuleIds.AppendixAccreditedAmount, inv.AccreditedAmount, f.StateAppendix.Select(r => r.AccreditedAmount));
        Cap(RuleIds.AppendixNonAccreditedNumber, inv.NonAccreditedNumber, f.StateAppendix.Select(r => (decimal?)r.NonAccreditedNumber));
        Cap(RuleIds.AppendixNonAccreditedAmount, inv.NonAccreditedAmount, f.StateAppendix.Select(r => r.NonAccreditedAmount));

        if ((f.Signature.Signed == true || f.Signature.NameOfSigner is not null) && f.Signature.SignatureDate is null)
        {
            v.Add(new Violation(RuleIds.DSignatureDate, null, null));
        }

        return v;
    }

    private static string S(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
