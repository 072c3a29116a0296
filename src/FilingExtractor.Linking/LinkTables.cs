using CsvHelper;
using FilingExtractor.Edgar;
using FilingExtractor.Export;
using FilingExtractor.Model;

namespace FilingExtractor.Linking;

// The linking stage's CSV tables, written like CsvExporter's (RFC 4180, UTF-8 without BOM, CRLF, header
// always written, invariant numbers, ISO dates, true/false, empty for null; temporary file then rename).
// Column names are a public contract documented in the README: add at the end, never rename.
//
// links.csv: one row per link, ordered by filing_id, other_kind (formD before prospectus), other_id.
//   filing_id            the Form D (for two Form D filings, the lower id)
//   other_kind           formD | prospectus
//   other_id             the other document's filing id or prospectus id
//   relation             samePlacement | sameIssuer
//   issuer_key           the issuer group ("cik:1009759", "name:capstone turbine")
//   placement_key        the placement (lowest filing id of its Form D filings); empty for sameIssuer
//   matched_on           identity facts that agree, ";"-joined: cik, name, address, phone
//   issuer_check, exemption_check, purchasers_check, first_sale_check
//                        agree | disagree | unknown; empty unless a Form D and a prospectus of one placement
//   exemption_form_d     boxes checked ("Rule 506"); exemption_prospectus: as the prospectus says it
//   purchasers_form_d    investors on the Form D; purchasers_prospectus: purchasers behind its selling stockholders
//   first_sale_form_d    the date compared; first_sale_basis: dateOfFirstSale, or signatureDate (an upper
//                        bound: a paper Form D has no date of first sale); acquisition_date: the purchase from the issuer
//   amount_sold          Form D total amount sold, dollars; shares_registered: the prospectus's shares offered
//   implied_price_per_share  amount_sold / shares_registered, 4 decimal places, half away from zero
//   agreements, disagreements  counts of the checks (each disagreement is also a LINK. flag in flags.csv)
[CsvRecord]
public sealed partial record LinkRow(
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("other_kind")] string OtherKind,
    [CsvColumn("other_id")] string OtherId,
    [CsvColumn("relation")] string Relation,
    [CsvColumn("issuer_key")] string IssuerKey,
    [CsvColumn("placement_key")] string? PlacementKey,
    [CsvColumn("matched_on")] string MatchedOn,
    [CsvColumn("issuer_check")] string? IssuerCheck,
    [CsvColumn("exemption_check")] string? ExemptionCheck,
    [CsvColumn("exemption_form_d")] string? ExemptionFormD,
    [CsvColumn("exemption_prospectus")] string? ExemptionProspectus,
    [CsvColumn("purchasers_check")] string? PurchasersCheck,
    [CsvColumn("purchasers_form_d")] string? PurchasersFormD,
    [CsvColumn("purchasers_prospectus")] string? PurchasersProspectus,
    [CsvColumn("first_sale_check")] string? FirstSaleCheck,
    [CsvColumn("first_sale_form_d")] string? FirstSaleFormD,
    [CsvColumn("first_sale_basis")] string? FirstSaleBasis,
    [CsvColumn("acquisition_date")] string? AcquisitionDate,
    [CsvColumn("amount_sold")] decimal? AmountSold,
    [CsvColumn("shares_registered")] long? SharesRegistered,
    [CsvColumn("implied_price_per_share")] decimal? ImpliedPricePerShare,
    [CsvColumn("agreements")] int Agreements,
    [CsvColumn("disagreements")] int Disagreements);

/// <summary>prospectuses.csv: one row per resale prospectus, in prospectus-id order.</summary>
[CsvRecord]
public sealed partial record ProspectusRow(
    [CsvColumn("prospectus_id")] string ProspectusId,
    [CsvColumn("source_path")] string SourcePath,
    [CsvColumn("source_sha256")] string SourceSha256,
    [CsvColumn("source_kind")] string SourceKind,
    [CsvColumn("document_type")] string? DocumentType,
    [CsvColumn("accession_number")] string? AccessionNumber,
    [CsvColumn("filed_date")] DateOnly? FiledDate,
    [CsvColumn("form_type")] string? FormType,
    [CsvColumn("registration_number")] string? RegistrationNumber,
    [CsvColumn("issuer_name")] string? IssuerName,
    [CsvColumn("issuer_cik")] string? IssuerCik,
    [CsvColumn("issuer_street1")] string? IssuerStreet1,
    [CsvColumn("issuer_street2")] string? IssuerStreet2,
    [CsvColumn("issuer_city")] string? IssuerCity,
    [CsvColumn("issuer_state_or_country")] string? IssuerState,
    [CsvColumn("issuer_zip_code")] string? IssuerZip,
    [CsvColumn("issuer_phone")] string? IssuerPhone,
    [CsvColumn("prospectus_date")] DateOnly? ProspectusDate,
    [CsvColumn("shares_offered")] long? SharesOffered,
    [CsvColumn("security_title")] string? SecurityTitle,
    [CsvColumn("selling_stockholders")] int SellingStockholders,
    [CsvColumn("lock_up_end_date")] DateOnly? LockUpEndDate,
    [CsvColumn("exchange")] string? Exchange,
    [CsvColumn("ticker")] string? Ticker,
    [CsvColumn("last_reported_price")] decimal? LastReportedPrice,
    [CsvColumn("last_reported_price_date")] DateOnly? LastReportedPriceDate,
    [CsvColumn("issuer_receives_proceeds")] bool? IssuerReceivesProceeds,
    [CsvColumn("proceeds_amount")] decimal? ProceedsAmount,
    [CsvColumn("counsel")] string Counsel,
    [CsvColumn("auditors")] string Auditors,
    [CsvColumn("incorporated_documents")] int IncorporatedDocuments,
    [CsvColumn("truncated")] bool Truncated,
    [CsvColumn("warnings")] int Warnings);

/// <summary>
/// selling_stockholders.csv: one row per selling stockholder, by prospectus id then the prospectus's order.
/// The acquired_* columns are the step that took the shares from the issuer (else the first step named);
/// acquisition_path lists every step, earliest first.
/// </summary>
[CsvRecord]
public sealed partial record SellingStockholderRow(
    [CsvColumn("prospectus_id")] string ProspectusId,
    [CsvColumn("holder_index")] int Index,
    [CsvColumn("name")] string Name,
    [CsvColumn("shares_offered")] long? SharesOffered,
    [CsvColumn("shares_owned_before")] long? SharesOwnedBefore,
    [CsvColumn("percent_owned_before")] decimal? PercentOwnedBefore,
    [CsvColumn("shares_owned_after")] long? SharesOwnedAfter,
    [CsvColumn("percent_owned_after")] decimal? PercentOwnedAfter,
    [CsvColumn("shares_owned_before_placement")] long? SharesOwnedBeforePlacement,
    [CsvColumn("acquired_by")] string? AcquiredBy,
    [CsvColumn("acquired_by_relationship")] string? AcquiredByRelationship,
    [CsvColumn("acquired_from")] string? AcquiredFrom,
    [CsvColumn("acquisition_method")] string? AcquisitionMethod,
    [CsvColumn("acquisition_date")] DateOnly? AcquisitionDate,
    [CsvColumn("acquisition_date_text")] string? AcquisitionDateText,
    [CsvColumn("transaction")] string? Transaction,
    [CsvColumn("exemption")] string? Exemption,
    [CsvColumn("acquisition_steps")] int AcquisitionSteps,
    [CsvColumn("acquisition_path")] string AcquisitionPath);

/// <summary>Writes links.csv, prospectuses.csv and selling_stockholders.csv.</summary>
public static class LinkTables
{
    public static readonly IReadOnlyList<string> Tables = ["links", "prospectuses", "selling_stockholders"];

    public static void WriteAll(LinkResult result, IEnumerable<Prospectus> prospectuses, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(prospectuses);
        var ordered = prospectuses.OrderBy(p => p.ProspectusId, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(folder);
        CsvExporter.Write(folder, "links", LinkRows(result));
        CsvExporter.Write(folder, "prospectuses", ordered.Select(ProspectusRowOf));
        CsvExporter.Write(folder, "selling_stockholders", ordered.SelectMany(p => p.SellingStockholders.Select((h, i) => HolderRow(p, i, h))));
    }

    public static IEnumerable<LinkRow> LinkRows(LinkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Links
            .OrderBy(l => l.FilingId, StringComparer.Ordinal)
            .ThenBy(l => l.OtherKind == LinkedDocumentKinds.FormD ? 0 : 1)
            .ThenBy(l => l.OtherId, StringComparer.Ordinal)
            .Select(l =>
            {
                LinkCheck? C(string name) => l.Checks.FirstOrDefault(c => c.Check == name);
                var issuer = C(LinkChecks.Issuer);
                var exemption = C(LinkChecks.Exemption);
                var purchasers = C(LinkChecks.Purchasers);
                var firstSale = C(LinkChecks.FirstSale);
                return new LinkRow(
                    l.FilingId, l.OtherKind, l.OtherId, l.Relation, l.IssuerKey, l.PlacementKey, string.Join(';', l.MatchedOn),
                    issuer?.Outcome, exemption?.Outcome, exemption?.ThisValue, exemption?.OtherValue,
                    purchasers?.Outcome, purchasers?.ThisValue, purchasers?.OtherValue,
                    firstSale?.Outcome, firstSale?.ThisValue, l.FirstSaleBasis, firstSale?.OtherValue,
                    l.AmountSold, l.SharesRegistered, l.ImpliedPricePerShare, l.Agreements, l.Disagreements);
            });
    }

    private static ProspectusRow ProspectusRowOf(Prospectus p)
    {
        var i = p.Issuer;
        var a = i.Address;
        return new ProspectusRow(
            p.ProspectusId, p.Source.Path, p.Source.Sha256, p.Source.Kind, p.Source.DocumentType, p.Submission?.AccessionNumber,
            p.Submission?.FiledDate, p.FormType, p.RegistrationNumber, i.Name, i.Cik, a?.Street1, a?.Street2, a?.City, a?.StateOrCountry,
            a?.ZipCode, i.Phone, p.ProspectusDate, p.SharesOffered, p.SecurityTitle, p.SellingStockholders.Count, p.LockUpEndDate,
            p.Exchange, p.Ticker, p.LastReportedPrice, p.LastReportedPriceDate, p.Proceeds.IssuerReceivesProceeds, p.Proceeds.Amount,
            string.Join("; ", p.Counsel), string.Join("; ", p.Auditors), p.IncorporatedDocuments.Count, p.Source.Truncated, p.Warnings.Count);
    }

    private static SellingStockholderRow HolderRow(Prospectus p, int index, SellingStockholder h)
    {
        var issuer = IssuerIdentity.Of(p);
        var step = h.Acquisitions.FirstOrDefault(a => IssuerKeys.Name(a.From) is { } from && issuer.Names.Contains(from))
            ?? h.Acquisitions.FirstOrDefault();
        var path = string.Join(" > ", h.Acquisitions.Select(a =>
            $"{a.Acquirer ?? h.Name} ({a.Method}{(a.From is null ? string.Empty : " from " + a.From)}{(a.Date is { } d ? " " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : a.DateText is null ? string.Empty : " " + a.DateText)})"));
        return new SellingStockholderRow(
            p.ProspectusId, index, h.Name, h.SharesOffered, h.SharesOwnedBefore, h.PercentOwnedBefore, h.SharesOwnedAfter, h.PercentOwnedAfter,
            h.SharesOwnedBeforePlacement, step?.Acquirer, step?.AcquirerRelationship, step?.From, step?.Method, step?.Date, step?.DateText,
            step?.Transaction, step?.Exemption, h.Acquisitions.Count, path);
    }
}
