using FilingExtractor.Model;

namespace FilingExtractor.Reconciliation;

/// <summary>An amount (or count) field of a filing, addressed by its JSON path, readable and writable.</summary>
public sealed record AmountField(string Path, Func<decimal?> Get, Action<decimal?> Set);

/// <summary>
/// Every dollar amount and investor count of the paper form with its path, so reconciliation can try
/// alternative readings and the exporters can walk amounts without reflection.
/// </summary>
public static class AmountFields
{
    public static IEnumerable<AmountField> Enumerate(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var o = filing.Offering;
        for (var i = 0; i < o.Securities.Count; i++)
        {
            var s = o.Securities[i];
            yield return new($"offering.securities[{i}].aggregateOfferingPrice", () => s.AggregateOfferingPrice, v => s.AggregateOfferingPrice = v);
            yield return new($"offering.securities[{i}].amountAlreadySold", () => s.AmountAlreadySold, v => s.AmountAlreadySold = v);
        }

        yield return new("offering.totalOfferingAmount", () => o.TotalOfferingAmount, v => o.TotalOfferingAmount = v);
        yield return new("offering.totalAmountSold", () => o.TotalAmountSold, v => o.TotalAmountSold = v);
        var inv = o.Investors;
        yield return new("offering.investors.accreditedNumber", () => inv.AccreditedNumber, v => inv.AccreditedNumber = ToInt(v));
        yield return new("offering.investors.accreditedAmount", () => inv.AccreditedAmount, v => inv.AccreditedAmount = v);
        yield return new("offering.investors.nonAccreditedNumber", () => inv.NonAccreditedNumber, v => inv.NonAccreditedNumber = ToInt(v));
        yield return new("offering.investors.nonAccreditedAmount", () => inv.NonAccreditedAmount, v => inv.NonAccreditedAmount = v);
        yield return new("offering.investors.rule504TotalNumber", () => inv.Rule504TotalNumber, v => inv.Rule504TotalNumber = ToInt(v));
        yield return new("offering.investors.rule504TotalAmount", () => inv.Rule504TotalAmount, v => inv.Rule504TotalAmount = v);
        for (var i = 0; i < o.PriorOfferings.Count; i++)
        {
            var p = o.PriorOfferings[i];
            yield return new($"offering.priorOfferings[{i}].amountSold", () => p.AmountSold, v => p.AmountSold = v);
        }

        yield return new("offering.priorOfferingsTotal", () => o.PriorOfferingsTotal, v => o.PriorOfferingsTotal = v);
        for (var i = 0; i < o.Expenses.Count; i++)
        {
            var e = o.Expenses[i];
            yield return new($"offering.expenses[{i}].amount", () => e.Amount, v => e.Amount = v);
        }

        yield return new("offering.totalExpenses", () => o.TotalExpenses, v => o.TotalExpenses = v);
        yield return new("offering.adjustedGrossProceeds", () => o.AdjustedGrossProceeds, v => o.AdjustedGrossProceeds = v);
        for (var i = 0; i < o.UseOfProceeds.Count; i++)
        {
            var u = o.UseOfProceeds[i];
            yield return new($"offering.useOfProceeds[{i}].toAffiliates", () => u.ToAffiliates, v => u.ToAffiliates = v);
            yield return new($"offering.useOfProceeds[{i}].toOthers", () => u.ToOthers, v => u.ToOthers = v);
        }

        yield return new("offering.columnTotalToAffiliates", () => o.ColumnTotalToAffiliates, v => o.ColumnTotalToAffiliates = v);
        yield return new("offering.columnTotalToOthers", () => o.ColumnTotalToOthers, v => o.ColumnTotalToOthers = v);
        yield return new("offering.totalPaymentsListed", () => o.TotalPaymentsListed, v => o.TotalPaymentsListed = v);
        yield return new("offering.minimumInvestmentAccepted", () => o.MinimumInvestmentAccepted, v => o.MinimumInvestmentAccepted = v);
        for (var i = 0; i < filing.StateAppendix.Count; i++)
        {
            var r = filing.StateAppendix[i];
            yield return new($"stateAppendix[{i}].offeringPriceInState", () => r.OfferingPriceInState, v => r.OfferingPriceInState = v);
            yield return new($"stateAppendix[{i}].accreditedNumber", () => r.AccreditedNumber, v => r.AccreditedNumber = ToInt(v));
            yield return new($"stateAppendix[{i}].accreditedAmount", () => r.AccreditedAmount, v => r.AccreditedAmount = v);
            yield return new($"stateAppendix[{i}].nonAccreditedNumber", () => r.NonAccreditedNumber, v => r.NonAccreditedNumber = ToInt(v));
            yield return new($"stateAppendix[{i}].nonAccreditedAmount", () => r.NonAccreditedAmount, v => r.NonAccreditedAmount = v);
        }
    }

    private static int? ToInt(decimal? v) => v is { } d && d == decimal.Truncate(d) && d is >= 0 and <= int.MaxValue ? (int)d : null;
}
