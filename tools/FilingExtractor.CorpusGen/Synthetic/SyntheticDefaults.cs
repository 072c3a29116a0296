using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen;

/// <summary>Rows every truth carries even when blank: each printed row of C.1, C.3, C.4.a and C.5 is in its list, in the form's order.</summary>
internal static class SyntheticDefaults
{
    public static readonly string[] PriorOfferingTypes = ["Rule 505", "Regulation A", "Rule 504"];

    public static List<PriorOffering> BlankPriorOfferings() =>
        [.. PriorOfferingTypes.Select(t => new PriorOffering { TypeOfOffering = t })];

    /// <summary>The C.4.a lines printed on the 2002 form (it has no separate finders' fees line).</summary>
    public static readonly string[] PaperExpenseItems =
    [
        ExpenseItems.TransferAgentFees, ExpenseItems.PrintingAndEngravingCosts, ExpenseItems.LegalFees, ExpenseItems.AccountingFees,
        ExpenseItems.EngineeringFees, ExpenseItems.SalesCommissions, ExpenseItems.Other,
    ];
}
