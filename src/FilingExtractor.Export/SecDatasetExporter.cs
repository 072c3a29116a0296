using System.Globalization;
using CsvHelper;
using FilingExtractor.Core.IO;
using FilingExtractor.Model;

namespace FilingExtractor.Export;

/// <summary>
/// Writes filings in the layout of the SEC's quarterly Form D data sets: six tab-separated tables keyed by
/// ACCESSIONNUMBER with the SEC's own upper-case column names, so paper-era rows can be unioned with the
/// SEC's data. Paper filings have no accession number; they get "PAPER-" and 14 hex digits of their
/// filing id (20 characters like a real one, and never colliding with the digit-only format). What the
/// paper form carries beyond these tables stays in the CSV tables (<see cref="CsvExporter"/>).
/// </summary>
public static class SecDatasetExporter
{
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        ["FORMDSUBMISSION"] = ["ACCESSIONNUMBER", "FILE_NUM", "FILING_DATE", "SIC_CODE", "SCHEMAVERSION", "SUBMISSIONTYPE", "TESTORLIVE", "OVER100PERSONSFLAG", "OVER100ISSUERFLAG"],
        ["ISSUERS"] =
        [
            "ACCESSIONNUMBER", "IS_PRIMARYISSUER_FLAG", "ISSUER_SEQ_KEY", "CIK", "ENTITYNAME", "STREET1", "STREET2", "CITY", "STATEORCOUNTRY",
            "STATEORCOUNTRYDESCRIPTION", "ZIPCODE", "ISSUERPHONENUMBER", "JURISDICTIONOFINC", "ISSUER_PREVIOUSNAME_1", "ISSUER_PREVIOUSNAME_2",
            "ISSUER_PREVIOUSNAME_3", "EDGAR_PREVIOUSNAME_1", "EDGAR_PREVIOUSNAME_2", "EDGAR_PREVIOUSNAME_3", "ENTITYTYPE", "ENTITYTYPEOTHERDESC",
            "YEAROFINC_TIMESPAN_CHOICE", "YEAROFINC_VALUE_ENTERED",
        ],
        ["OFFERING"] =
        [
            "ACCESSIONNUMBER", "INDUSTRYGROUPTYPE", "INVESTMENTFUNDTYPE", "IS40ACT", "REVENUERANGE", "AGGREGATENETASSETVALUERANGE",
            "FEDERALEXEMPTIONS_ITEMS_LIST", "ISAMENDMENT", "PREVIOUSACCESSIONNUMBER", "SALE_DATE", "YETTOOCCUR", "MORETHANONEYEAR",
            "ISEQUITYTYPE", "ISDEBTTYPE", "ISOPTIONTOACQUIRETYPE", "ISSECURITYTOBEACQUIREDTYPE", "ISPOOLEDINVESTMENTFUNDTYPE",
            "ISTENANTINCOMMONTYPE", "ISMINERALPROPERTYTYPE", "ISOTHERTYPE", "DESCRIPTIONOFOTHERTYPE", "ISBUSINESSCOMBINATIONTRANS",
            "BUSCOMBCLARIFICATIONOFRESP", "MINIMUMINVESTMENTACCEPTED", "OVER100RECIPIENTFLAG", "TOTALOFFERINGAMOUNT", "TOTALAMOUNTSOLD",
            "TOTALREMAINING", "SALESAMTCLARIFICATIONOFRESP", "HASNONACCREDITEDINVESTORS", "NUMBERNONACCREDITEDINVESTORS",
            "TOTALNUMBERALREADYINVESTED", "SALESCOMM_DOLLARAMOUNT", "SALESCOMM_ISESTIMATE", "FINDERSFEE_DOLLARAMOUNT", "FINDERSFEE_ISESTIMATE",
            "FINDERFEECLARIFICATIONOFRESP", "GROSSPROCEEDSUSED_DOLLARAMOUNT", "GROSSPROCEEDSUSED_ISESTIMATE", "GROSSPROCEEDSUSED_CLAROFRESP",
            "AUTHORIZEDREPRESENTATIVE",
        ],
        ["RECIPIENTS"] =
        [
            "ACCESSIONNUMBER", "RECIPIENT_SEQ_KEY", "RECIPIENTNAME", "RECIPIENTCRDNUMBER", "ASSOCIATEDBDNAME", "ASSOCIATEDBDCRDNUMBER", "STREET1",
            "STREET2", "CITY", "STATEORCOUNTRY", "STATEORCOUNTRYDESCRIPTION", "ZIPCODE", "STATES_OR_VALUE_LIST", "DESCRIPTIONS_LIST", "FOREIGNSOLICITATION",
        ],
        ["RELATEDPERSONS"] =
        [
            "ACCESSIONNUMBER", "RELATEDPERSON_SEQ_KEY", "FIRSTNAME", "MIDDLENAME", "LASTNAME", "STREET1", "STREET2", "CITY", "STATEORCOUNTRY",
            "STATEORCOUNTRYDESCRIPTION", "ZIPCODE", "RELATIONSHIP_1", "RELATIONSHIP_2", "RELATIONSHIP_3", "RELATIONSHIPCLARIFICATION",
        ],
        ["SIGNATURES"] = ["ACCESSIONNUMBER", "SIGNATURE_SEQ_KEY", "ISSUERNAME", "SIGNATURENAME", "NAMEOFSIGNER", "SIGNATURETITLE", "SIGNATUREDATE"],
    };

    /// <summary>The SEC's sequence keys start at 101 within each submission.</summary>
    private const int FirstSeqKey = 101;

    public static string AccessionNumber(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.Edgar?.AccessionNumber is { Length: > 0 } a ? a : "PAPER-" + filing.FilingId.PadRight(14, '0')[..14];
    }

    public static void WriteAll(IEnumerable<Filing> filings, string folder)
    {
        var ordered = filings.OrderBy(f => f.FilingId, StringComparer.Ordinal).ToList();
        Write(folder, "FORMDSUBMISSION", ordered.Select(Submission));
        Write(folder, "ISSUERS", ordered.SelectMany(Issuers));
        Write(folder, "OFFERING", ordered.Select(OfferingRow));
        Write(folder, "RECIPIENTS", ordered.SelectMany(Recipients));
        Write(folder, "RELATEDPERSONS", ordered.SelectMany(Persons));
        Write(folder, "SIGNATURES", ordered.SelectMany(Signatures));
    }

    private static void Write(string folder, string table, IEnumerable<Dictionary<string, string?>> rows)
    {
        var columns = Columns[table];
        var options = CsvWriterOptions.Default with { Separator = '\t', NewLine = "\n" };
        AtomicFile.Write(Path.Combine(folder, table + ".tsv"), stream =>
        {
            using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
            csv.WriteHeader(columns);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. columns.Select(c => row.GetValueOrDefault(c))]);
            }
        });
    }

    private static Dictionary<string, string?> Submission(Filing f) => new()
    {
        ["ACCESSIONNUMBER"] = AccessionNumber(f),
        ["SCHEMAVERSION"] = f.Edgar?.SchemaVersion ?? "PAPER",
        ["SUBMISSIONTYPE"] = f.SubmissionType,
        ["TESTORLIVE"] = "LIVE",
        ["OVER100PERSONSFLAG"] = Bool(f.RelatedPersons.Count > 100),
        ["OVER100ISSUERFLAG"] = Bool(f.OtherIssuers.Count + 1 > 100),
    };

    private static IEnumerable<Dictionary<string, string?>> Issuers(Filing f) =>
        new[] { f.PrimaryIssuer }.Concat(f.OtherIssuers).Select((i, n) => new Dictionary<string, string?>
        {
            ["ACCESSIONNUMBER"] = AccessionNumber(f),
            ["IS_PRIMARYISSUER_FLAG"] = n == 0 ? "YES" : "NO",
            ["ISSUER_SEQ_KEY"] = Key(n),
            ["CIK"] = i.Cik,
            ["ENTITYNAME"] = i.EntityName,
            ["STREET1"] = i.IssuerAddress.Street1,
            ["STREET2"] = i.IssuerAddress.Street2,
            ["CITY"] = i.IssuerAddress.City,
            ["STATEORCOUNTRY"] = i.IssuerAddress.StateOrCountry,
            ["ZIPCODE"] = i.IssuerAddress.ZipCode,
            ["ISSUERPHONENUMBER"] = i.IssuerPhoneNumber,
            ["JURISDICTIONOFINC"] = i.JurisdictionOfInc,
            // EDGAR has no "to be formed" partnership; the distinction stays in filings.csv.
            ["ENTITYTYPE"] = i.EntityType == EntityTypes.LimitedPartnershipToBeFormed ? EntityTypes.LimitedPartnership : i.EntityType,
            ["ENTITYTYPEOTHERDESC"] = i.EntityTypeOtherDescription,
            // The timespan choice (overFiveYears / withinFiveYears / yetToBeFormed) is relative to the filing date, which paper lacks.
            ["YEAROFINC_TIMESPAN_CHOICE"] = null,
            ["YEAROFINC_VALUE_ENTERED"] = i.YearOfInc?.ToString(CultureInfo.InvariantCulture),
        });

    private static Dictionary<string, string?> OfferingRow(Filing f)
    {
        var o = f.Offering;
        bool Has(string type) => o.Securities.Any(s => s.Type == type && (s.AggregateOfferingPrice > 0 || s.AmountAlreadySold > 0));
        var exemptions = f.Edgar is { FederalExemptions.Count: > 0 } e
            ? e.FederalExemptions
            : new[] { (f.FilingUnder.Rule504, "04"), (f.FilingUnder.Rule505, "05"), (f.FilingUnder.Rule506, "06"), (f.FilingUnder.Section4_6, "4a5") }
                .Where(x => x.Item1 == true).Select(x => x.Item2).ToList();
        var expense = (string item) => o.Expenses.FirstOrDefault(x => x.Item == item);
        var totalInvested = o.Investors.TotalNumberAlreadyInvested
            ?? (o.Investors.AccreditedNumber is null && o.Investors.NonAccreditedNumber is null ? null : (o.Investors.AccreditedNumber ?? 0) + (o.Investors.NonAccreditedNumber ?? 0));
        return new Dictionary<string, string?>
        {
            ["ACCESSIONNUMBER"] = AccessionNumber(f),
            ["INDUSTRYGROUPTYPE"] = f.Edgar?.IndustryGroupType,
            ["INVESTMENTFUNDTYPE"] = f.Edgar?.InvestmentFundType,
            ["REVENUERANGE"] = f.Edgar?.RevenueRange,
            ["AGGREGATENETASSETVALUERANGE"] = f.Edgar?.AggregateNetAssetValueRange,
            ["FEDERALEXEMPTIONS_ITEMS_LIST"] = string.Join(',', exemptions),
            ["ISAMENDMENT"] = Bool(f.SubmissionType is null ? null : f.SubmissionType == "D/A"),
            ["PREVIOUSACCESSIONNUMBER"] = f.TypeOfFiling.PreviousAccessionNumber,
            ["SALE_DATE"] = o.DateOfFirstSale?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["YETTOOCCUR"] = Bool(o.FirstSaleYetToOccur),
            ["MORETHANONEYEAR"] = Bool(f.Edgar?.DurationMoreThanOneYear),
            ["ISEQUITYTYPE"] = Bool(Has(SecurityTypes.Equity) || f.Edgar?.TypesOfSecuritiesOffered.Contains("isEquityType") == true),
            ["ISDEBTTYPE"] = Bool(Has(SecurityTypes.Debt) || f.Edgar?.TypesOfSecuritiesOffered.Contains("isDebtType") == true),
            ["ISOTHERTYPE"] = Bool(Has(SecurityTypes.Other) || Has(SecurityTypes.Convertible) || Has(SecurityTypes.Partnership)),
            ["DESCRIPTIONOFOTHERTYPE"] = string.Join("; ", o.Securities.Where(s => s.Type is SecurityTypes.Other or SecurityTypes.Convertible or SecurityTypes.Partnership && (s.AggregateOfferingPrice > 0 || s.AmountAlreadySold > 0)).Select(s => s.Description ?? s.Type)) is { Length: > 0 } d ? d : null,
            ["ISBUSINESSCOMBINATIONTRANS"] = Bool(f.Edgar?.IsBusinessCombination),
            ["MINIMUMINVESTMENTACCEPTED"] = Amount(o.MinimumInvestmentAccepted),
            ["OVER100RECIPIENTFLAG"] = Bool(o.SalesCompensation.Count > 100),
            ["TOTALOFFERINGAMOUNT"] = o.TotalOfferingAmountIndefinite ? "Indefinite" : Amount(o.TotalOfferingAmount),
            ["TOTALAMOUNTSOLD"] = Amount(o.TotalAmountSold),
            ["TOTALREMAINING"] = o.TotalRemainingIndefinite ? "Indefinite" : Amount(o.TotalRemaining),
            ["HASNONACCREDITEDINVESTORS"] = Bool(o.Investors.HasNonAccreditedInvestors ?? (o.Investors.NonAccreditedNumber is { } n ? n > 0 : null)),
            ["NUMBERNONACCREDITEDINVESTORS"] = o.Investors.NonAccreditedNumber?.ToString(CultureInfo.InvariantCulture),
            ["TOTALNUMBERALREADYINVESTED"] = totalInvested?.ToString(CultureInfo.InvariantCulture),
            // Paper filings: C.4.a's lines, which reconciliation carries into these fields.
            ["SALESCOMM_DOLLARAMOUNT"] = Amount(o.SalesCommissions),
            ["SALESCOMM_ISESTIMATE"] = Bool(expense(ExpenseItems.SalesCommissions)?.IsEstimate),
            ["FINDERSFEE_DOLLARAMOUNT"] = Amount(o.FindersFees),
            ["FINDERSFEE_ISESTIMATE"] = Bool(expense(ExpenseItems.FindersFees)?.IsEstimate),
            // Proceeds paid to officers, directors and promoters: on paper, C.5's first column total.
            ["GROSSPROCEEDSUSED_DOLLARAMOUNT"] = Amount(o.GrossProceedsUsed),
        };
    }

    private static IEnumerable<Dictionary<string, string?>> Recipients(Filing f) =>
        f.Offering.SalesCompensation.Select((r, n) => new Dictionary<string, string?>
        {
            ["ACCESSIONNUMBER"] = AccessionNumber(f),
            ["RECIPIENT_SEQ_KEY"] = Key(n),
            ["RECIPIENTNAME"] = r.IsEntity ? r.LastName : string.Join(' ', new[] { r.FirstName, r.MiddleName, r.LastName }.Where(s => s is not null)),
            ["ASSOCIATEDBDNAME"] = r.AssociatedBrokerDealer,
            ["STREET1"] = r.Address.Street1,
            ["STREET2"] = r.Address.Street2,
            ["CITY"] = r.Address.City,
            ["STATEORCOUNTRY"] = r.Address.StateOrCountry,
            ["ZIPCODE"] = r.Address.ZipCode,
            ["STATES_OR_VALUE_LIST"] = r.AllStates == true ? "All States" : string.Join(',', r.States),
        });

    private static IEnumerable<Dictionary<string, string?>> Persons(Filing f) =>
        f.RelatedPersons.Select((p, n) => new Dictionary<string, string?>
        {
            ["ACCESSIONNUMBER"] = AccessionNumber(f),
            ["RELATEDPERSON_SEQ_KEY"] = Key(n),
            ["FIRSTNAME"] = p.FirstName,
            ["MIDDLENAME"] = p.MiddleName,
            ["LASTNAME"] = p.LastName,
            ["STREET1"] = p.Address.Street1,
            ["STREET2"] = p.Address.Street2,
            ["CITY"] = p.Address.City,
            ["STATEORCOUNTRY"] = p.Address.StateOrCountry,
            ["ZIPCODE"] = p.Address.ZipCode,
            ["RELATIONSHIP_1"] = p.Relationships.ElementAtOrDefault(0),
            ["RELATIONSHIP_2"] = p.Relationships.ElementAtOrDefault(1),
            ["RELATIONSHIP_3"] = p.Relationships.ElementAtOrDefault(2),
            ["RELATIONSHIPCLARIFICATION"] = p.RelationshipClarification,
        });

    private static IEnumerable<Dictionary<string, string?>> Signatures(Filing f) =>
        new[] { f.Signature }.Concat(f.AdditionalSignatures).Where(s => s.NameOfSigner is not null || s.IssuerName is not null).Select((s, n) => new Dictionary<string, string?>
        {
            ["ACCESSIONNUMBER"] = AccessionNumber(f),
            ["SIGNATURE_SEQ_KEY"] = Key(n),
            ["ISSUERNAME"] = s.IssuerName,
            ["SIGNATURENAME"] = s.NameOfSigner,
            ["NAMEOFSIGNER"] = s.NameOfSigner,
            ["SIGNATURETITLE"] = s.SignatureTitle,
            ["SIGNATUREDATE"] = s.SignatureDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    private static string Key(int index) => (FirstSeqKey + index).ToString(CultureInfo.InvariantCulture);

    private static string? Bool(bool? b) => b switch { true => "true", false => "false", null => null };

    private static string? Amount(decimal? d) => d?.ToString(CultureInfo.InvariantCulture);
}
