using System.Globalization;
using FilingExtractor.Model;

namespace FilingExtractor.Reconciliation;

/// <summary>Settings for reconciliation.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>
    /// Dollars by which two sides may differ and still agree. Form D amounts are whole dollars typed by
    /// people who add them up exactly, so the default is exact; raise it for filers who round cents.
    /// </summary>
    public decimal Tolerance { get; init; }

    /// <summary>
    /// The least OCR confidence (0-100) an alternative reading needs to be tried as a correction. An
    /// alternative the engine gave no weight is no reading: on the corpus, the corrections made with
    /// confidence-0 alternatives mostly replaced a correctly read amount and hid an inconsistency the filer made.
    /// </summary>
    public float MinAlternativeConfidence { get; init; } = 1f;

    public static ReconciliationOptions Default { get; } = new();
}

/// <summary>
/// Checks the arithmetic a consistent paper Form D satisfies (REFERENCE.md; ids in <see cref="RuleIds"/>).
/// A rule whose inputs are blank does not apply: blank component lines count as zero, but a blank total
/// is never compared. Each finding names the rule, expected and found values, and the fields involved
/// with their page, box and confidence from the filing's provenance.
/// </summary>
public static class Reconciler
{
    public static List<Flag> Check(Filing filing, ReconciliationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var ctx = new Context(filing, options ?? ReconciliationOptions.Default);
        var o = filing.Offering;

        ctx.SumRule(RuleIds.C1TotalOffering, "C.1 total aggregate offering price is not the sum of the security rows",
            "offering.totalOfferingAmount", o.TotalOfferingAmount,
            o.Securities.Select((s, i) => ($"offering.securities[{i}].aggregateOfferingPrice", s.AggregateOfferingPrice)));
        ctx.SumRule(RuleIds.C1TotalSold, "C.1 total amount already sold is not the sum of the security rows",
            "offering.totalAmountSold", o.TotalAmountSold,
            o.Securities.Select((s, i) => ($"offering.securities[{i}].amountAlreadySold", s.AmountAlreadySold)));
        SoldNotAboveOffering(ctx, o);
        InvestorsMatchSold(ctx, o);
        ctx.SumRule(RuleIds.C3Total, "C.3 total is not the sum of the prior offerings",
            "offering.priorOfferingsTotal", o.PriorOfferingsTotal,
            o.PriorOfferings.Select((p, i) => ($"offering.priorOfferings[{i}].amountSold", p.AmountSold)));
        ctx.SumRule(RuleIds.C4aTotalExpenses, "C.4.a total expenses are not the sum of the expense lines",
            "offering.totalExpenses", o.TotalExpenses,
            o.Expenses.Select((e, i) => ($"offering.expenses[{i}].amount", e.Amount)));
        AdjustedProceeds(ctx, o);
        ctx.SumRule(RuleIds.C5ColumnAffiliates, "C.5 column total (officers, directors and affiliates) is not the sum of its lines",
            "offering.columnTotalToAffiliates", o.ColumnTotalToAffiliates,
            o.UseOfProceeds.Select((u, i) => ($"offering.useOfProceeds[{i}].toAffiliates", u.ToAffiliates)));
        ctx.SumRule(RuleIds.C5ColumnOthers, "C.5 column total (others) is not the sum of its lines",
            "offering.columnTotalToOthers", o.ColumnTotalToOthers,
            o.UseOfProceeds.Select((u, i) => ($"offering.useOfProceeds[{i}].toOthers", u.ToOthers)));
        ctx.SumRule(RuleIds.C5TotalPayments, "C.5 total payments listed is not the two column totals added",
            "offering.totalPaymentsListed", o.TotalPaymentsListed,
            [("offering.columnTotalToAffiliates", o.ColumnTotalToAffiliates), ("offering.columnTotalToOthers", o.ColumnTotalToOthers)]);
        PaymentsMatchAdjusted(ctx, o);
        Appendix(ctx, filing);
        SignatureDate(ctx, filing);
        return ctx.Flags;
    }

    private static void SoldNotAboveOffering(Context ctx, Offering o)
    {
        for (var i = 0; i < o.Securities.Count; i++)
        {
            var s = o.Securities[i];
            if (s.AggregateOfferingPrice is { } offered && s.AmountAlreadySold is { } sold && sold > offered + ctx.Tolerance)
            {
                ctx.Add(RuleIds.C1SoldNotAboveOffering, Severities.Error, $"C.1 {s.Type}: amount already sold exceeds the aggregate offering price",
                    offered, sold, $"offering.securities[{i}].aggregateOfferingPrice", $"offering.securities[{i}].amountAlreadySold");
            }
        }

        if (o.TotalOfferingAmount is { } to && o.TotalAmountSold is { } ts && ts > to + ctx.Tolerance)
        {
            ctx.Add(RuleIds.C1SoldNotAboveOffering, Severities.Error, "C.1 total amount already sold exceeds the total aggregate offering price",
                to, ts, "offering.totalOfferingAmount", "offering.totalAmountSold");
        }
    }

    private static void InvestorsMatchSold(Context ctx, Offering o)
    {
        if (o.TotalAmountSold is not { } sold)
        {
            return;
        }

        var inv = o.Investors;
        if (inv.AccreditedAmount is not null || inv.NonAccreditedAmount is not null)
        {
            var found = (inv.AccreditedAmount ?? 0) + (inv.NonAccreditedAmount ?? 0);
            if (!ctx.Equal(found, sold))
            {
                ctx.Add(RuleIds.C2InvestorsMatchSold, Severities.Error, "C.2 accredited plus non-accredited amounts differ from C.1's total amount already sold",
                    sold, found, "offering.totalAmountSold", "offering.investors.accreditedAmount", "offering.investors.nonAccreditedAmount");
            }
        }
        else if (inv.Rule504TotalAmount is { } total && !ctx.Equal(total, sold))
        {
            ctx.Add(RuleIds.C2InvestorsMatchSold, Severities.Error, "C.2 Rule 504 total amount differs from C.1's total amount already sold",
                sold, total, "offering.totalAmountSold", "offering.investors.rule504TotalAmount");
        }
    }

    private static void AdjustedProceeds(Context ctx, Offering o)
    {
        if (o.AdjustedGrossProceeds is not { } adjusted || o.TotalOfferingAmount is not { } offered)
        {
            return;
        }

        // No expense entry at all means no expenses; a filled-in line without a total still counts.
        var expenses = o.TotalExpenses ?? o.Expenses.Sum(e => e.Amount ?? 0);
        var expected = offered - expenses;
        if (!ctx.Equal(expected, adjusted))
        {
            ctx.Add(RuleIds.C4bAdjustedProceeds, Severities.Error, "C.4.b adjusted gross proceeds are not the aggregate offering price less total expenses",
                expected, adjusted, "offering.adjustedGrossProceeds", "offering.totalOfferingAmount", "offering.totalExpenses");
        }
    }

    private static void PaymentsMatchAdjusted(Context ctx, Offering o)
    {
        if (o.AdjustedGrossProceeds is not { } adjusted)
        {
            return;
        }

        var (payments, path) = o.TotalPaymentsListed is { } t
            ? (t, "offering.totalPaymentsListed")
            : o.ColumnTotalToAffiliates is not null || o.ColumnTotalToOthers is not null
                ? ((o.ColumnTotalToAffiliates ?? 0) + (o.ColumnTotalToOthers ?? 0), "offering.columnTotalToOthers")
                : ((decimal?)null, string.Empty);
        if (payments is { } p && !ctx.Equal(p, adjusted))
        {
            ctx.Add(RuleIds.C5MatchesAdjusted, Severities.Error, "C.5 total payments listed differ from the C.4.b adjusted gross proceeds",
                adjusted, p, path, "offering.adjustedGrossProceeds");
        }
    }

    private static void Appendix(Context ctx, Filing f)
    {
        var rows = f.StateAppendix;
        if (rows.Count == 0)
        {
            return;
        }

        var inv = f.Offering.Investors;
        void Rule(string id, string what, decimal? partC, string partCPath, Func<StateAppendixRow, decimal?> get, string column)
        {
            // Part C.2's figure is the limit, and a blank limit is never compared, like a blank total.
            var values = rows.Select(get).ToList();
            if (partC is not { } limit || values.All(v => v is null))
            {
                return;
            }

            var sum = values.Sum(v => v ?? 0);
            if (sum > limit + ctx.Tolerance)
            {
                var paths = rows.Select((r, i) => (r, i)).Where(x => get(x.r) is not null).Select(x => $"stateAppendix[{x.i}].{column}");
                ctx.Add(id, Severities.Error, $"Appendix {what} add up to more than Part C.2's", limit, sum, [partCPath, .. paths]);
            }
        }

        Rule(RuleIds.AppendixAccreditedNumber, "accredited investor counts", inv.AccreditedNumber, "offering.investors.accreditedNumber", r => r.AccreditedNumber, "accreditedNumber");
        Rule(RuleIds.AppendixAccreditedAmount, "accredited amounts", inv.AccreditedAmount, "offering.investors.accreditedAmount", r => r.AccreditedAmount, "accreditedAmount");
        Rule(RuleIds.AppendixNonAccreditedNumber, "non-accredited investor counts", inv.NonAccreditedNumber, "offering.investors.nonAccreditedNumber", r => r.NonAccreditedNumber, "nonAccreditedNumber");
        Rule(RuleIds.AppendixNonAccreditedAmount, "non-accredited amounts", inv.NonAccreditedAmount, "offering.investors.nonAccreditedAmount", r => r.NonAccreditedAmount, "nonAccreditedAmount");

        // Within a row: investors who bought nothing, or money from no investors, is a misread count or
        // amount (a typed 0 read as 9 or 6 is the usual one on a degraded scan).
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            foreach (var (kind, count, amount, column) in new[]
            {
                ("accredited", row.AccreditedNumber, row.AccreditedAmount, "accredited"),
                ("non-accredited", row.NonAccreditedNumber, row.NonAccreditedAmount, "nonAccredited"),
            })
            {
                if (count is { } n && amount is { } a && (n == 0) != (a == 0))
                {
                    ctx.Add(RuleIds.AppendixRowCountAmount, Severities.Error,
                        string.Create(CultureInfo.InvariantCulture, $"Appendix {row.State}: {n} {kind} investors but an amount of {a}; one of them is zero only if both are"),
                        0m, n == 0 ? a : n, $"stateAppendix[{i}].{column}Number", $"stateAppendix[{i}].{column}Amount");
                }
            }
        }
    }

    private static void SignatureDate(Context ctx, Filing f)
    {
        var s = f.Signature;
        var signedAtAll = s.NameOfSigner is not null || s.Signed == true || f.Provenance.ContainsKey("signature.signatureDate");
        if (s.SignatureDate is null && signedAtAll)
        {
            var text = f.Provenance.TryGetValue("signature.signatureDate", out var v) ? v.Text : null;
            ctx.Add(RuleIds.DSignatureDate, Severities.Error, "D signature date is missing or does not parse", null, text, "signature.signatureDate");
        }

        if (s.SignatureDate is { } date && f.Offering.DateOfFirstSale is { } first && date < first)
        {
            ctx.Add(RuleIds.DSignatureAfterFirstSale, Severities.Warning, "D signature date is before the date of first sale",
                first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "signature.signatureDate", "offering.dateOfFirstSale");
        }
    }

    /// <summary>Accumulates flags, formatting values and resolving field locations.</summary>
    private sealed class Context(Filing filing, ReconciliationOptions options)
    {
        public List<Flag> Flags { get; } = [];

        public decimal Tolerance => options.Tolerance;

        public bool Equal(decimal a, decimal b) => Math.Abs(a - b) <= options.Tolerance;

        /// <summary>total = sum of lines, when the total and at least one line are filled in.</summary>
        public void SumRule(string id, string message, string totalPath, decimal? total, IEnumerable<(string Path, decimal? Value)> lines)
        {
            var filled = lines.Where(l => l.Value is not null).ToList();
            if (total is not { } t || filled.Count == 0)
            {
                return;
            }

            var sum = filled.Sum(l => l.Value!.Value);
            if (!Equal(sum, t))
            {
                Add(id, Severities.Error, message, sum, t, [totalPath, .. filled.Select(l => l.Path)]);
            }
        }

        public void Add(string id, string severity, string message, decimal? expected, decimal? found, params string[] paths) =>
            Add(id, severity, message, expected is { } e ? Plain(e) : null, found is { } f ? Plain(f) : null, paths);

        public void Add(string id, string severity, string message, string? expected, string? found, params string[] paths)
        {
            Flags.Add(new Flag
            {
                Rule = id,
                Severity = severity,
                Message = message,
                Expected = expected,
                Found = found,
                Fields = paths.Select(Field).ToList(),
            });
        }

        private FlagField Field(string path) => filing.Provenance.TryGetValue(path, out var v)
            ? new FlagField { Path = path, Page = v.Page, Box = v.Box, Confidence = v.Confidence }
            : new FlagField { Path = path };

        private static string Plain(decimal d) => (d / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }
}
