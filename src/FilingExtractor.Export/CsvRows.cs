using CsvHelper;

namespace FilingExtractor.Export;

// One record type per CSV table. Column names are snake_case and stable: they are a public contract,
// documented in the README; add columns at the end, never rename. Every row starts with filing_id.
// Amounts are decimal dollars, counts integers, flags true/false, dates ISO 8601; null is an empty cell.

[CsvRecord]
public sealed partial record FilingRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("source_path")] string SourcePath,
    [CsvColumn("source_sha256")] string SourceSha256,
    [CsvColumn("source_kind")] string SourceKind,
    [CsvColumn("submission_type")] string? SubmissionType,
    [CsvColumn("offering_name")] string? OfferingName,
    [CsvColumn("rule504")] bool? Rule504,
    [CsvColumn("rule505")] bool? Rule505,
    [CsvColumn("rule506")] bool? Rule506,
    [CsvColumn("section4_6")] bool? Section4_6,
    [CsvColumn("uloe")] bool? Uloe,
    [CsvColumn("new_filing")] bool? NewFiling,
    [CsvColumn("amendment")] bool? Amendment,
    [CsvColumn("previous_accession_number")] string? PreviousAccessionNumber,
    [CsvColumn("issuer_cik")] string? IssuerCik,
    [CsvColumn("issuer_name")] string? IssuerName,
    [CsvColumn("issuer_street1")] string? IssuerStreet1,
    [CsvColumn("issuer_street2")] string? IssuerStreet2,
    [CsvColumn("issuer_city")] string? IssuerCity,
    [CsvColumn("issuer_state_or_country")] string? IssuerState,
    [CsvColumn("issuer_zip_code")] string? IssuerZip,
    [CsvColumn("issuer_phone")] string? IssuerPhone,
    [CsvColumn("principal_street1")] string? PrincipalStreet1,
    [CsvColumn("principal_city")] string? PrincipalCity,
    [CsvColumn("principal_state_or_country")] string? PrincipalState,
    [CsvColumn("principal_zip_code")] string? PrincipalZip,
    [CsvColumn("principal_phone")] string? PrincipalPhone,
    [CsvColumn("description_of_business")] string? Description,
    [CsvColumn("entity_type")] string? EntityType,
    [CsvColumn("entity_type_other")] string? EntityTypeOther,
    [CsvColumn("month_of_inc")] int? MonthOfInc,
    [CsvColumn("year_of_inc")] int? YearOfInc,
    [CsvColumn("inc_date_is_estimate")] bool? IncDateIsEstimate,
    [CsvColumn("jurisdiction_of_inc")] string? Jurisdiction,
    [CsvColumn("sells_to_non_accredited")] bool? SellsToNonAccredited,
    [CsvColumn("minimum_investment")] decimal? MinimumInvestment,
    [CsvColumn("permits_joint_ownership")] bool? PermitsJointOwnership,
    [CsvColumn("is_exchange_offering")] bool? IsExchangeOffering,
    [CsvColumn("equity_common")] bool? EquityCommon,
    [CsvColumn("equity_preferred")] bool? EquityPreferred,
    [CsvColumn("total_offering_amount")] decimal? TotalOfferingAmount,
    [CsvColumn("total_offering_amount_indefinite")] bool TotalOfferingIndefinite,
    [CsvColumn("total_amount_sold")] decimal? TotalAmountSold,
    [CsvColumn("total_remaining")] decimal? TotalRemaining,
    [CsvColumn("prior_offerings_total")] decimal? PriorOfferingsTotal,
    [CsvColumn("total_expenses")] decimal? TotalExpenses,
    [CsvColumn("total_expenses_is_estimate")] bool? TotalExpensesIsEstimate,
    [CsvColumn("adjusted_gross_proceeds")] decimal? AdjustedGrossProceeds,
    [CsvColumn("total_payments_listed")] decimal? TotalPaymentsListed,
    [CsvColumn("sales_commissions")] decimal? SalesCommissions,
    [CsvColumn("finders_fees")] decimal? FindersFees,
    [CsvColumn("gross_proceeds_used")] decimal? GrossProceedsUsed,
    [CsvColumn("date_of_first_sale")] DateOnly? DateOfFirstSale,
    [CsvColumn("first_sale_yet_to_occur")] bool? FirstSaleYetToOccur,
    [CsvColumn("issuer_disqualified_rule262")] bool? Disqualified,
    [CsvColumn("signed")] bool? Signed,
    [CsvColumn("signer_name")] string? SignerName,
    [CsvColumn("signer_title")] string? SignerTitle,
    [CsvColumn("signature_date")] DateOnly? SignatureDate,
    [CsvColumn("state_signer_name")] string? StateSignerName,
    [CsvColumn("state_signer_title")] string? StateSignerTitle,
    [CsvColumn("state_signature_date")] DateOnly? StateSignatureDate,
    [CsvColumn("page_count")] int PageCount,
    [CsvColumn("error_flags")] int ErrorFlags,
    [CsvColumn("warning_flags")] int WarningFlags,
    [CsvColumn("corrections")] int Corrections);

[CsvRecord]
public sealed partial record RelatedPersonRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("person_index")] int Index,
    [CsvColumn("last_name")] string? LastName,
    [CsvColumn("first_name")] string? FirstName,
    [CsvColumn("middle_name")] string? MiddleName,
    [CsvColumn("suffix")] string? Suffix,
    [CsvColumn("is_entity")] bool IsEntity,
    [CsvColumn("street1")] string? Street1,
    [CsvColumn("street2")] string? Street2,
    [CsvColumn("city")] string? City,
    [CsvColumn("state_or_country")] string? State,
    [CsvColumn("zip_code")] string? Zip,
    [CsvColumn("promoter")] bool? Promoter,
    [CsvColumn("beneficial_owner")] bool? BeneficialOwner,
    [CsvColumn("executive_officer")] bool? ExecutiveOfficer,
    [CsvColumn("director")] bool? Director,
    [CsvColumn("general_managing_partner")] bool? GeneralManagingPartner,
    [CsvColumn("relationship_clarification")] string? Clarification);

[CsvRecord]
public sealed partial record OfferingAmountRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("line_index")] int Index,
    [CsvColumn("security_type")] string SecurityType,
    [CsvColumn("description")] string? Description,
    [CsvColumn("aggregate_offering_price")] decimal? AggregateOfferingPrice,
    [CsvColumn("amount_already_sold")] decimal? AmountAlreadySold);

[CsvRecord]
public sealed partial record InvestorRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("investor_type")] string InvestorType,
    [CsvColumn("number")] int? Number,
    [CsvColumn("amount")] decimal? Amount);

[CsvRecord]
public sealed partial record PriorOfferingRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("line_index")] int Index,
    [CsvColumn("type_of_offering")] string TypeOfOffering,
    [CsvColumn("type_of_security")] string? TypeOfSecurity,
    [CsvColumn("amount_sold")] decimal? AmountSold);

[CsvRecord]
public sealed partial record ExpenseRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("line_index")] int Index,
    [CsvColumn("item")] string Item,
    [CsvColumn("description")] string? Description,
    [CsvColumn("amount")] decimal? Amount,
    [CsvColumn("is_estimate")] bool? IsEstimate);

[CsvRecord]
public sealed partial record UseOfProceedsRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("line_index")] int Index,
    [CsvColumn("purpose")] string Purpose,
    [CsvColumn("description")] string? Description,
    [CsvColumn("to_affiliates")] decimal? ToAffiliates,
    [CsvColumn("to_affiliates_is_estimate")] bool? ToAffiliatesIsEstimate,
    [CsvColumn("to_others")] decimal? ToOthers,
    [CsvColumn("to_others_is_estimate")] bool? ToOthersIsEstimate);

[CsvRecord]
public sealed partial record StateAppendixCsvRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("state")] string State,
    [CsvColumn("intends_to_sell_non_accredited")] bool? IntendsToSellNonAccredited,
    [CsvColumn("security_type_and_offering_price")] string? SecurityTypeAndOfferingPrice,
    [CsvColumn("offering_price_in_state")] decimal? OfferingPriceInState,
    [CsvColumn("accredited_number")] int? AccreditedNumber,
    [CsvColumn("accredited_amount")] decimal? AccreditedAmount,
    [CsvColumn("non_accredited_number")] int? NonAccreditedNumber,
    [CsvColumn("non_accredited_amount")] decimal? NonAccreditedAmount,
    [CsvColumn("disqualified")] bool? Disqualified);

[CsvRecord]
public sealed partial record SalesCompensationRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("recipient_index")] int Index,
    [CsvColumn("last_name")] string? LastName,
    [CsvColumn("first_name")] string? FirstName,
    [CsvColumn("middle_name")] string? MiddleName,
    [CsvColumn("is_entity")] bool IsEntity,
    [CsvColumn("street1")] string? Street1,
    [CsvColumn("street2")] string? Street2,
    [CsvColumn("city")] string? City,
    [CsvColumn("state_or_country")] string? State,
    [CsvColumn("zip_code")] string? Zip,
    [CsvColumn("associated_broker_dealer")] string? BrokerDealer,
    [CsvColumn("all_states")] bool? AllStates,
    [CsvColumn("states")] string States);

[CsvRecord]
public sealed partial record FlagRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("flag_index")] int Index,
    [CsvColumn("rule")] string Rule,
    [CsvColumn("severity")] string Severity,
    [CsvColumn("message")] string Message,
    [CsvColumn("expected")] string? Expected,
    [CsvColumn("found")] string? Found,
    [CsvColumn("fields")] string Fields,
    [CsvColumn("page")] int? Page,
    [CsvColumn("box_left")] int? BoxLeft,
    [CsvColumn("box_top")] int? BoxTop,
    [CsvColumn("box_width")] int? BoxWidth,
    [CsvColumn("box_height")] int? BoxHeight,
    [CsvColumn("min_confidence")] float? MinConfidence);

[CsvRecord]
public sealed partial record CorrectionRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("field")] string Field,
    [CsvColumn("text_read")] string? TextRead,
    [CsvColumn("value_read")] string? ValueRead,
    [CsvColumn("value_accepted")] string? ValueAccepted,
    [CsvColumn("reason")] string Reason,
    [CsvColumn("source")] string Source,
    [CsvColumn("who")] string? Who,
    [CsvColumn("when")] DateTimeOffset? When);

/// <summary>errors.csv: an input that could not be processed (or a page of it), and why.</summary>
[CsvRecord]
public sealed partial record ErrorRow(
    [CsvColumn("path")] string Path,
    [CsvColumn("page")] int? Page,
    [CsvColumn("kind")] string Kind,
    [CsvColumn("reason")] string Reason);
