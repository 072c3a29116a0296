using FilingExtractor.Model;

namespace FilingExtractor.Edgar.FormD;

/// <summary>
/// The electronic Form D's item 13 arithmetic: total offering amount = amount sold + amount remaining, checked
/// only when all three are numbers ("Indefinite" and missing amounts cannot disagree). Run by the XML reader and again after a reviewer corrects a value; a second run replaces the first one's flag.
/// </summary>
public static class FormDXmlReconciler
{
    public static void Reconcile(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        filing.Flags.RemoveAll(f => f.Rule == RuleIds.XmlOfferedEqualsSoldPlusRemaining);
        var o = filing.Offering;
        if (o.TotalOfferingAmount is not { } offered || o.TotalAmountSold is not { } sold || o.TotalRemaining is not { } remaining)
        {
            return;
        }

        var expected = sold + remaining;
        if (expected == offered)
        {
            return;
        }

        filing.Flags.Add(new Flag
        {
            Rule = RuleIds.XmlOfferedEqualsSoldPlusRemaining,
            Severity = Severities.Error,
            Message = $"total offering amount {FormDValues.Invariant(offered)} is not total amount sold {FormDValues.Invariant(sold)} + total remaining {FormDValues.Invariant(remaining)} = {FormDValues.Invariant(expected)}",
            Expected = FormDValues.Invariant(expected),
            Found = FormDValues.Invariant(offered),
            Fields =
            [
                new FlagField { Path = "offering.totalOfferingAmount", Confidence = 100 },
                new FlagField { Path = "offering.totalAmountSold", Confidence = 100 },
                new FlagField { Path = "offering.totalRemaining", Confidence = 100 },
            ],
        });
    }
}
