namespace FilingExtractor.Model;

/// <summary>
/// Stable ids of the reconciliation rules (the arithmetic a consistent paper Form D satisfies). They appear
/// in <see cref="Flag.Rule"/>, in flags.csv and in corpus truth files; never rename one, add new ones.
/// </summary>
public static class RuleIds
{
    /// <summary>C.1: Total aggregate offering price = sum of the type rows.</summary>
    public const string C1TotalOffering = "C1.total-offering";

    /// <summary>C.1: Total amount already sold = sum of the type rows.</summary>
    public const string C1TotalSold = "C1.total-sold";

    /// <summary>C.1: amount already sold is not more than the aggregate offering price (each row and the total).</summary>
    public const string C1SoldNotAboveOffering = "C1.sold-not-above-offering";

    /// <summary>C.2: accredited amount + non-accredited amount = C.1 total amount already sold.</summary>
    public const string C2InvestorsMatchSold = "C2.investors-match-sold";

    /// <summary>C.3: Total = sum of the prior offerings' amounts.</summary>
    public const string C3Total = "C3.total";

    /// <summary>C.4.a: Total = sum of the expense lines.</summary>
    public const string C4aTotalExpenses = "C4a.total-expenses";

    /// <summary>C.4.b: adjusted gross proceeds = C.1 total aggregate offering price - C.4.a total.</summary>
    public const string C4bAdjustedProceeds = "C4b.adjusted-proceeds";

    /// <summary>C.5: column total (payments to officers, directors and affiliates) = sum of its lines.</summary>
    public const string C5ColumnAffiliates = "C5.column-affiliates";

    /// <summary>C.5: column total (payments to others) = sum of its lines.</summary>
    public const string C5ColumnOthers = "C5.column-others";

    /// <summary>C.5: total payments listed = the two column totals added.</summary>
    public const string C5TotalPayments = "C5.total-payments";

    /// <summary>C.5: total payments listed = C.4.b adjusted gross proceeds.</summary>
    public const string C5MatchesAdjusted = "C5.matches-adjusted";

    /// <summary>Appendix: per-state accredited investor counts add up to no more than C.2's.</summary>
    public const string AppendixAccreditedNumber = "APP.accredited-number";

    /// <summary>Appendix: per-state accredited amounts add up to no more than C.2's.</summary>
    public const string AppendixAccreditedAmount = "APP.accredited-amount";

    /// <summary>Appendix: per-state non-accredited investor counts add up to no more than C.2's.</summary>
    public const string AppendixNonAccreditedNumber = "APP.nonaccredited-number";

    /// <summary>Appendix: per-state non-accredited amounts add up to no more than C.2's.</summary>
    public const string AppendixNonAccreditedAmount = "APP.nonaccredited-amount";

    /// <summary>Appendix: in each state's row, a count of investors is zero exactly when their amount is.</summary>
    public const string AppendixRowCountAmount = "APP.row-count-amount";

    /// <summary>D: the signature date is present and parses.</summary>
    public const string DSignatureDate = "D.signature-date";

    /// <summary>D: the signature date is not before the first sale, where that is known.</summary>
    public const string DSignatureAfterFirstSale = "D.signature-after-first-sale";

    /// <summary>Electronic Form D: total offering amount = total sold + total remaining (all numbers).</summary>
    public const string XmlOfferedEqualsSoldPlusRemaining = "XML.offered-sold-remaining";

    /// <summary>Info: a misread amount was corrected by reconciliation (see corrections).</summary>
    public const string Corrected = "OCR.corrected";

    /// <summary>
    /// Warning: an amount's two OCR readings (the field re-read and the full-page read) are different numbers
    /// and no rule that holds confirms the one taken.
    /// </summary>
    public const string ReadingsDisagree = "OCR.readings-disagree";

    /// <summary>Linking: a Form D and a resale prospectus of one placement name the issuer differently (CIK, name, address or phone).</summary>
    public const string LinkIssuerIdentity = "LINK.issuer-identity";

    /// <summary>Linking: the Form D's exemption boxes and the prospectus's exemption for the placement disagree.</summary>
    public const string LinkExemption = "LINK.exemption";

    /// <summary>Linking: the Form D's number of purchasers and the prospectus's purchasers in the placement disagree.</summary>
    public const string LinkPurchasers = "LINK.purchasers";

    /// <summary>Linking: the Form D's first sale (or its signature date, an upper bound for paper) and the prospectus's acquisition date disagree.</summary>
    public const string LinkFirstSale = "LINK.first-sale";

    /// <summary>Every cross-document rule of the linking stage, in the order its checks are made.</summary>
    public static readonly IReadOnlyList<string> LinkRules = [LinkIssuerIdentity, LinkExemption, LinkPurchasers, LinkFirstSale];

    /// <summary>Every arithmetic rule of the paper form, in catalogue order.</summary>
    public static readonly IReadOnlyList<string> PaperRules =
    [
        C1TotalOffering, C1TotalSold, C1SoldNotAboveOffering, C2InvestorsMatchSold, C3Total, C4aTotalExpenses,
        C4bAdjustedProceeds, C5ColumnAffiliates, C5ColumnOthers, C5TotalPayments, C5MatchesAdjusted,
        AppendixAccreditedNumber, AppendixAccreditedAmount, AppendixNonAccreditedNumber, AppendixNonAccreditedAmount, AppendixRowCountAmount,
        DSignatureDate, DSignatureAfterFirstSale,
    ];
}
