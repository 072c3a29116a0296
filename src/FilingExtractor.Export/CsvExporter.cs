using CsvHelper;
using FilingExtractor.Core.IO;
using FilingExtractor.Model;

namespace FilingExtractor.Export;

/// <summary>
/// Writes the CSV tables (RFC 4180: UTF-8 without BOM, header row, CRLF record ends) from a set of filings: one row per entity keyed by filing id, filings in filing-id order, so the
/// same filings always give the same bytes. Each table is written to a temporary file and renamed.
/// Cells starting with = + - @ (and tab/CR) are escaped by CsvHelper so spreadsheets never run them.
/// </summary>
public static class CsvExporter
{
    /// <summary>The tables, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "filings", "related_persons", "offering_amounts", "investors", "prior_offerings", "expenses",
        "use_of_proceeds", "state_appendix", "sales_compensation", "flags", "corrections",
    ];

    /// <summary>RFC 4180 (CRLF, quoting when needed), invariant culture, lower-case booleans, empty for null.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    public static void WriteAll(IEnumerable<Filing> filings, string folder)
    {
        var ordered = filings.OrderBy(f => f.FilingId, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(folder);
        Write(folder, "filings", ordered.Select(FilingRowOf));
        Write(folder, "related_persons", ordered.SelectMany(f => f.RelatedPersons.Select((p, i) => PersonRow(f.FilingId, i, p))));
        Write(folder, "offering_amounts", ordered.SelectMany(OfferingRows));
        Write(folder, "investors", ordered.SelectMany(InvestorRows));
        Write(folder, "prior_offerings", ordered.SelectMany(f => f.Offering.PriorOfferings.Select((p, i) => new PriorOfferingRow(f.FilingId, i, p.TypeOfOffering, p.TypeOfSecurity, p.AmountSold))));
        Write(folder, "expenses", ordered.SelectMany(ExpenseRows));
        Write(folder, "use_of_proceeds", ordered.SelectMany(ProceedsRows));
        Write(folder, "state_appendix", ordered.SelectMany(f => f.StateAppendix.Select(r => new StateAppendixCsvRow(
            f.FilingId, r.State, r.IntendsToSellNonAccredited, r.SecurityTypeAndOfferingPrice, r.OfferingPriceInState,
            r.AccreditedNumber, r.AccreditedAmount, r.NonAccreditedNumber, r.NonAccreditedAmount, r.Disqualified))));
        Write(folder, "sales_compensation", ordered.SelectMany(f => f.Offering.SalesCompensation.Select((r, i) => new SalesCompensationRow(
            f.FilingId, i, r.LastName, r.FirstName, r.MiddleName, r.IsEntity, r.Address.Street1, r.Address.Street2, r.Address.City,
            r.Address.StateOrCountry, r.Address.ZipCode, r.AssociatedBrokerDealer, r.AllStates, string.Join(' ', r.States)))));
        Write(folder, "flags", ordered.SelectMany(f => f.Flags.Select((x, i) => FlagRowOf(f.FilingId, i, x))));
        Write(folder, "corrections", ordered.SelectMany(f => f.Corrections.Select(c => new CorrectionRow(
            f.FilingId, c.Field, c.TextRead, c.ValueRead, c.ValueAccepted, c.Reason, c.Source, c.Who, c.When))));
    }

    /// <summary>Writes errors.csv (inputs or pages that failed), ordered by path then page.</summary>
    public static void WriteErrors(IEnumerable<ErrorRow> errors, string path) =>
        WriteFile(path, errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Page ?? 0));

    public static void Write<T>(string folder, string table, IEnumerable<T> rows) =>
        WriteFile(Path.Combine(folder, table + ".csv"), rows);

    private static void WriteFile<T>(string path, IEnumerable<T> rows)
    {
        AtomicFile.Write(path, stream =>
        {
            using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            // The header is written even for an empty table, so every table always has its columns.
            csv.WriteHeader<T>();
            csv.WriteRecords(rows);
        });
    }

    private static FilingRow FilingRowOf(Filing f)
    {
        var i = f.PrimaryIssuer;
        var o = f.Offering;
        var pb = i.PrincipalBusinessAddress;
        return new FilingRow(
            f.FilingId, f.Source.Path, f.Source.Sha256, f.Source.Kind, f.SubmissionType, f.OfferingName,
            f.FilingUnder.Rule504, f.FilingUnder.Rule505, f.FilingUnder.Rule506, f.FilingUnder.Section4_6, f.FilingUnder.Uloe,
            f.TypeOfFiling.NewFiling, f.TypeOfFiling.Amendment, f.TypeOfFiling.PreviousAccessionNumber,
            i.Cik, i.EntityName, i.IssuerAddress.Street1, i.IssuerAddress.Street2, i.IssuerAddress.City, i.IssuerAddress.StateOrCountry,
            i.IssuerAddress.ZipCode, i.IssuerPhoneNumber, pb?.Street1, pb?.City, pb?.StateOrCountry, pb?.ZipCode, i.PrincipalBusinessPhoneNumber,
            i.DescriptionOfBusiness, i.EntityType, i.EntityTypeOtherDescription, i.MonthOfInc, i.YearOfInc, i.IncorporationDateIsEstimate,
            i.JurisdictionOfInc, o.SellsToNonAccredited, o.MinimumInvestmentAccepted, o.PermitsJointOwnership, o.IsExchangeOffering,
            o.EquityCommon, o.EquityPreferred, o.TotalOfferingAmount, o.TotalOfferingAmountIndefinite, o.TotalAmountSold, o.TotalRemaining,
            o.PriorOfferingsTotal, o.TotalExpenses, o.TotalExpensesIsEstimate, o.AdjustedGrossProceeds, o.TotalPaymentsListed,
            o.SalesCommissions, o.FindersFees, o.GrossProceedsUsed, o.DateOfFirstSale, o.FirstSaleYetToOccur, f.IssuerDisqualifiedRule262,
            f.Signature.Signed, f.Signature.NameOfSigner, f.Signature.SignatureTitle, f.Signature.SignatureDate,
            f.StateSignature?.NameOfSigner, f.StateSignature?.SignatureTitle, f.StateSignature?.SignatureDate,
            f.Pages.Count, f.Flags.Count(x => x.Severity == Severities.Error), f.Flags.Count(x => x.Severity == Severities.Warning), f.Corrections.Count);
    }

    private static RelatedPersonRow PersonRow(string id, int index, RelatedPerson p)
    {
        // A role is true when checked, false when its box was read empty, empty when it could not be read.
        bool? Role(string r) => p.Relationships.Contains(r) ? true : p.UnreadableRelationships.Contains(r) ? null : false;
        return new RelatedPersonRow(id, index, p.LastName, p.FirstName, p.MiddleName, p.Suffix, p.IsEntity,
            p.Address.Street1, p.Address.Street2, p.Address.City, p.Address.StateOrCountry, p.Address.ZipCode,
            Role(Relationships.Promoter), Role(Relationships.BeneficialOwner), Role(Relationships.ExecutiveOfficer),
            Role(Relationships.Director), Role(Relationships.GeneralManagingPartner), p.RelationshipClarification);
    }

    private static IEnumerable<OfferingAmountRow> OfferingRows(Filing f)
    {
        var o = f.Offering;
        for (var i = 0; i < o.Securities.Count; i++)
        {
            var s = o.Securities[i];
            yield return new OfferingAmountRow(f.FilingId, i, s.Type, s.Description, s.AggregateOfferingPrice, s.AmountAlreadySold);
        }

        yield return new OfferingAmountRow(f.FilingId, o.Securities.Count, "total", null, o.TotalOfferingAmount, o.TotalAmountSold);
    }

    private static IEnumerable<InvestorRow> InvestorRows(Filing f)
    {
        var v = f.Offering.Investors;
        yield return new InvestorRow(f.FilingId, "accredited", v.AccreditedNumber, v.AccreditedAmount);
        yield return new InvestorRow(f.FilingId, "non_accredited", v.NonAccreditedNumber, v.NonAccreditedAmount);
        if (v.Rule504TotalNumber is not null || v.Rule504TotalAmount is not null)
        {
            yield return new InvestorRow(f.FilingId, "rule504_total", v.Rule504TotalNumber, v.Rule504TotalAmount);
        }
    }

    private static IEnumerable<ExpenseRow> ExpenseRows(Filing f)
    {
        var o = f.Offering;
        for (var i = 0; i < o.Expenses.Count; i++)
        {
            var e = o.Expenses[i];
            yield return new ExpenseRow(f.FilingId, i, e.Item, e.Description, e.Amount, e.IsEstimate);
        }

        yield return new ExpenseRow(f.FilingId, o.Expenses.Count, "total", null, o.TotalExpenses, o.TotalExpensesIsEstimate);
    }

    private static IEnumerable<UseOfProceedsRow> ProceedsRows(Filing f)
    {
        var o = f.Offering;
        for (var i = 0; i < o.UseOfProceeds.Count; i++)
        {
            var u = o.UseOfProceeds[i];
            yield return new UseOfProceedsRow(f.FilingId, i, u.Purpose, u.Description, u.ToAffiliates, u.ToAffiliatesIsEstimate, u.ToOthers, u.ToOthersIsEstimate);
        }

        yield return new UseOfProceedsRow(f.FilingId, o.UseOfProceeds.Count, "column_totals", null, o.ColumnTotalToAffiliates, null, o.ColumnTotalToOthers, null);
    }

    private static FlagRow FlagRowOf(string id, int index, Flag x)
    {
        var located = x.Fields.FirstOrDefault(f => f.Page is not null);
        var minConfidence = x.Fields.Where(f => f.Confidence is not null).Select(f => f.Confidence).Min();
        return new FlagRow(id, index, x.Rule, x.Severity, x.Message, x.Expected, x.Found, string.Join(';', x.Fields.Select(f => f.Path)),
            located?.Page, located?.Box?.Left, located?.Box?.Top, located?.Box?.Width, located?.Box?.Height, minConfidence);
    }
}
