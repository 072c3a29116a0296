using System.ComponentModel.DataAnnotations;

namespace FilingExtractor.Model;

/// <summary>Sections B and C: the offering, its investors, expenses and use of proceeds. Dollars throughout.</summary>
public sealed class Offering
{
    // ---- B ------------------------------------------------------------------------------------------

    /// <summary>B.1: has the issuer sold, or does it intend to sell, to non-accredited investors?</summary>
    public bool? SellsToNonAccredited { get; set; }

    /// <summary>B.2: minimum investment accepted from any individual; null for blank or "N/A".</summary>
    public decimal? MinimumInvestmentAccepted { get; set; }

    /// <summary>B.3: does the offering permit joint ownership of a single unit?</summary>
    public bool? PermitsJointOwnership { get; set; }

    /// <summary>B.4: persons paid commissions for soliciting purchasers (EDGAR salesCompensationList).</summary>
    public List<SalesCompensationRecipient> SalesCompensation { get; set; } = [];

    // ---- C.1 ----------------------------------------------------------------------------------------

    /// <summary>C.1's exchange-offering box.</summary>
    public bool? IsExchangeOffering { get; set; }

    /// <summary>C.1's rows by type of security, in the form's order; rows left blank on the form are kept with null amounts.</summary>
    public List<SecurityLine> Securities { get; set; } = [];

    /// <summary>The "Common" and "Preferred" boxes under Equity.</summary>
    public bool? EquityCommon { get; set; }

    public bool? EquityPreferred { get; set; }

    /// <summary>C.1 Total, aggregate offering price (EDGAR totalOfferingAmount).</summary>
    public decimal? TotalOfferingAmount { get; set; }

    /// <summary>EDGAR allows "Indefinite" in place of a number; then <see cref="TotalOfferingAmount"/> is null.</summary>
    public bool TotalOfferingAmountIndefinite { get; set; }

    /// <summary>C.1 Total, amount already sold (EDGAR totalAmountSold).</summary>
    public decimal? TotalAmountSold { get; set; }

    /// <summary>EDGAR totalRemaining (electronic filings only).</summary>
    public decimal? TotalRemaining { get; set; }

    public bool TotalRemainingIndefinite { get; set; }

    // ---- C.2 ----------------------------------------------------------------------------------------

    public Investors Investors { get; set; } = new();

    // ---- C.3 ----------------------------------------------------------------------------------------

    /// <summary>Prior offerings in the twelve months before the first sale (Rule 504/505 filings).</summary>
    public List<PriorOffering> PriorOfferings { get; set; } = [];

    public decimal? PriorOfferingsTotal { get; set; }

    // ---- C.4 ----------------------------------------------------------------------------------------

    /// <summary>C.4.a expense lines in the form's order (see <see cref="ExpenseItems"/>).</summary>
    public List<ExpenseLine> Expenses { get; set; } = [];

    /// <summary>C.4.a Total.</summary>
    public decimal? TotalExpenses { get; set; }

    public bool? TotalExpensesIsEstimate { get; set; }

    /// <summary>C.4.b: aggregate offering price less total expenses.</summary>
    public decimal? AdjustedGrossProceeds { get; set; }

    // ---- C.5 ----------------------------------------------------------------------------------------

    /// <summary>C.5 lines in the form's order (see <see cref="ProceedsPurposes"/>).</summary>
    public List<UseOfProceedsLine> UseOfProceeds { get; set; } = [];

    /// <summary>C.5 column total, payments to officers, directors and affiliates.</summary>
    public decimal? ColumnTotalToAffiliates { get; set; }

    /// <summary>C.5 column total, payments to others.</summary>
    public decimal? ColumnTotalToOthers { get; set; }

    /// <summary>C.5 total payments listed (column totals added).</summary>
    public decimal? TotalPaymentsListed { get; set; }

    // ---- electronic-era fields with a paper counterpart -----------------------------------------

    /// <summary>EDGAR salesCommissionsFindersFees (paper: the C.4.a lines of the same names).</summary>
    public decimal? SalesCommissions { get; set; }

    public decimal? FindersFees { get; set; }

    /// <summary>EDGAR useOfProceeds.grossProceedsUsed: proceeds paid to related persons.</summary>
    public decimal? GrossProceedsUsed { get; set; }

    /// <summary>ISO date of first sale, where the filing states it.</summary>
    public DateOnly? DateOfFirstSale { get; set; }

    /// <summary>EDGAR "yetToOccur".</summary>
    public bool? FirstSaleYetToOccur { get; set; }
}

/// <summary>A row of C.1.</summary>
public sealed class SecurityLine
{
    /// <summary>One of <see cref="SecurityTypes"/>.</summary>
    [AllowedValues(SecurityTypes.Debt, SecurityTypes.Equity, SecurityTypes.Convertible, SecurityTypes.Partnership, SecurityTypes.Other)]
    public string Type { get; set; } = SecurityTypes.Other;

    /// <summary>The text written after "Other (Specify ...)".</summary>
    public string? Description { get; set; }

    public decimal? AggregateOfferingPrice { get; set; }

    public decimal? AmountAlreadySold { get; set; }
}

/// <summary>C.1's rows.</summary>
public static class SecurityTypes
{
    public const string Debt = "debt";
    public const string Equity = "equity";
    public const string Convertible = "convertible";
    public const string Partnership = "partnershipInterests";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Debt, Equity, Convertible, Partnership, Other];
}

/// <summary>C.2: accredited and non-accredited investors, and the Rule 504 total line.</summary>
public sealed class Investors
{
    public int? AccreditedNumber { get; set; }

    public decimal? AccreditedAmount { get; set; }

    public int? NonAccreditedNumber { get; set; }

    public decimal? NonAccreditedAmount { get; set; }

    /// <summary>The "Total (for filings under Rule 504 only)" line.</summary>
    public int? Rule504TotalNumber { get; set; }

    public decimal? Rule504TotalAmount { get; set; }

    /// <summary>EDGAR hasNonAccreditedInvestors.</summary>
    public bool? HasNonAccreditedInvestors { get; set; }

    /// <summary>EDGAR totalNumberAlreadyInvested.</summary>
    public int? TotalNumberAlreadyInvested { get; set; }
}

/// <summary>A row of C.3.</summary>
public sealed class PriorOffering
{
    /// <summary>"Rule 505", "Regulation A" or "Rule 504".</summary>
    [AllowedValues("Rule 505", "Regulation A", "Rule 504")]
    public string TypeOfOffering { get; set; } = "Rule 505";

    public string? TypeOfSecurity { get; set; }

    public decimal? AmountSold { get; set; }
}

/// <summary>A line of C.4.a.</summary>
public sealed class ExpenseLine
{
    /// <summary>One of <see cref="ExpenseItems"/>.</summary>
    [AllowedValues(ExpenseItems.TransferAgentFees, ExpenseItems.PrintingAndEngravingCosts, ExpenseItems.LegalFees, ExpenseItems.AccountingFees, ExpenseItems.EngineeringFees, ExpenseItems.SalesCommissions, ExpenseItems.FindersFees, ExpenseItems.Other)]
    public string Item { get; set; } = ExpenseItems.Other;

    /// <summary>The text after "Other Expenses (identify)".</summary>
    public string? Description { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>The estimate box to the left of the amount.</summary>
    public bool? IsEstimate { get; set; }
}

/// <summary>C.4.a's lines in the form's order.</summary>
public static class ExpenseItems
{
    public const string TransferAgentFees = "transferAgentFees";
    public const string PrintingAndEngravingCosts = "printingAndEngravingCosts";
    public const string LegalFees = "legalFees";
    public const string AccountingFees = "accountingFees";
    public const string EngineeringFees = "engineeringFees";
    public const string SalesCommissions = "salesCommissions";
    public const string FindersFees = "findersFees";
    public const string Other = "otherExpenses";

    public static readonly IReadOnlyList<string> All =
        [TransferAgentFees, PrintingAndEngravingCosts, LegalFees, AccountingFees, EngineeringFees, SalesCommissions, FindersFees, Other];
}

/// <summary>A line of C.5: the two columns and their estimate boxes.</summary>
public sealed class UseOfProceedsLine
{
    /// <summary>One of <see cref="ProceedsPurposes"/>.</summary>
    [AllowedValues(ProceedsPurposes.SalariesAndFees, ProceedsPurposes.PurchaseOfRealEstate, ProceedsPurposes.MachineryAndEquipment, ProceedsPurposes.ConstructionOfPlant, ProceedsPurposes.AcquisitionOfBusinesses, ProceedsPurposes.RepaymentOfIndebtedness, ProceedsPurposes.WorkingCapital, ProceedsPurposes.Other)]
    public string Purpose { get; set; } = ProceedsPurposes.Other;

    public string? Description { get; set; }

    /// <summary>Payments to officers, directors and affiliates.</summary>
    public decimal? ToAffiliates { get; set; }

    public bool? ToAffiliatesIsEstimate { get; set; }

    /// <summary>Payments to others.</summary>
    public decimal? ToOthers { get; set; }

    public bool? ToOthersIsEstimate { get; set; }
}

/// <summary>C.5's lines in the form's order.</summary>
public static class ProceedsPurposes
{
    public const string SalariesAndFees = "salariesAndFees";
    public const string PurchaseOfRealEstate = "purchaseOfRealEstate";
    public const string MachineryAndEquipment = "machineryAndEquipment";
    public const string ConstructionOfPlant = "constructionOfPlant";
    public const string AcquisitionOfBusinesses = "acquisitionOfOtherBusinesses";
    public const string RepaymentOfIndebtedness = "repaymentOfIndebtedness";
    public const string WorkingCapital = "workingCapital";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [SalariesAndFees, PurchaseOfRealEstate, MachineryAndEquipment, ConstructionOfPlant, AcquisitionOfBusinesses, RepaymentOfIndebtedness, WorkingCapital, Other];
}

/// <summary>B.4: a person paid for soliciting purchasers.</summary>
public sealed class SalesCompensationRecipient
{
    public string? LastName { get; set; }

    public string? FirstName { get; set; }

    public string? MiddleName { get; set; }

    public bool IsEntity { get; set; }

    public Address Address { get; set; } = new();

    public string? AssociatedBrokerDealer { get; set; }

    /// <summary>The "All States" box.</summary>
    public bool? AllStates { get; set; }

    /// <summary>Checked state boxes (USPS codes), in the form's order.</summary>
    public List<string> States { get; set; } = [];
}

/// <summary>Parts D and E: who signed, and when.</summary>
public sealed class Signature
{
    public string? IssuerName { get; set; }

    /// <summary>Whether a signature (ink or /s/) is present; null when it could not be judged.</summary>
    public bool? Signed { get; set; }

    public string? NameOfSigner { get; set; }

    public string? SignatureTitle { get; set; }

    public DateOnly? SignatureDate { get; set; }
}

/// <summary>A row of the Appendix (columns 1 to 5).</summary>
public sealed class StateAppendixRow
{
    /// <summary>USPS code (column 1).</summary>
    public string State { get; set; } = string.Empty;

    /// <summary>Column 2: intends to sell to non-accredited investors in the state (Yes/No boxes).</summary>
    public bool? IntendsToSellNonAccredited { get; set; }

    /// <summary>Column 3 as written, e.g. "Common Stock $3,984,567".</summary>
    public string? SecurityTypeAndOfferingPrice { get; set; }

    /// <summary>The dollar amount in column 3.</summary>
    public decimal? OfferingPriceInState { get; set; }

    public int? AccreditedNumber { get; set; }

    public decimal? AccreditedAmount { get; set; }

    public int? NonAccreditedNumber { get; set; }

    public decimal? NonAccreditedAmount { get; set; }

    /// <summary>Column 5: disqualification under state ULOE (Yes/No boxes).</summary>
    public bool? Disqualified { get; set; }
}

/// <summary>Fields only an electronic (edgarSubmission) Form D has.</summary>
public sealed class EdgarFields
{
    public string? SchemaVersion { get; set; }

    public string? AccessionNumber { get; set; }

    public string? SubmissionTypeCode { get; set; }

    /// <summary>federalExemptionsExclusions items as written ("06b", "3C.1", ...).</summary>
    public List<string> FederalExemptions { get; set; } = [];

    public string? IndustryGroupType { get; set; }

    public string? InvestmentFundType { get; set; }

    public bool? IsBusinessCombination { get; set; }

    public bool? DurationMoreThanOneYear { get; set; }

    /// <summary>typesOfSecuritiesOffered flags that are set, by element name ("isEquityType", ...).</summary>
    public List<string> TypesOfSecuritiesOffered { get; set; } = [];

    public string? RevenueRange { get; set; }

    public string? AggregateNetAssetValueRange { get; set; }
}
