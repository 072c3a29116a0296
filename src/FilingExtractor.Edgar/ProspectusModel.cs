using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using FilingExtractor.Model;

namespace FilingExtractor.Edgar;

/// <summary>
/// A resale prospectus (S-3, 424B3 and kin) as extracted: the facts a placement's later registration
/// states about it. Same JSON conventions as <see cref="Filing"/> (see <see cref="ProspectusJson"/>):
/// every property present, null for what the document does not state, share counts and amounts as
/// numbers, dates as ISO 8601. Provenance is keyed by JSON path ("sellingStockholders[0].sharesOffered")
/// and gives the character offset in the document's plain text and the sentence the value came from.
/// </summary>
public sealed class Prospectus
{
    public string SchemaVersion { get; set; } = ProspectusJson.SchemaVersion;

    /// <summary>Stable id: the first 16 hex digits of the input's SHA-256 (as a filing's id).</summary>
    public string ProspectusId { get; set; } = string.Empty;

    public ProspectusSource Source { get; set; } = new();

    /// <summary>The EDGAR submission it came in; null for a bare document.</summary>
    public ProspectusSubmission? Submission { get; set; }

    /// <summary>"424B3", "S-3"...: the submission's type, else the cover's "Filed Pursuant to Rule 424(b)(3)".</summary>
    public string? FormType { get; set; }

    /// <summary>The registration statement's file number ("333-101234"): what ties a 424B prospectus to its S-3.</summary>
    public string? RegistrationNumber { get; set; }

    public ProspectusIssuer Issuer { get; set; } = new();

    /// <summary>"The date of this prospectus is ...".</summary>
    public DateOnly? ProspectusDate { get; set; }

    /// <summary>Shares this prospectus registers for resale (the cover's number).</summary>
    public long? SharesOffered { get; set; }

    /// <summary>Class of security offered, lower case as in running text: "common stock".</summary>
    public string? SecurityTitle { get; set; }

    public List<SellingStockholder> SellingStockholders { get; set; } = [];

    /// <summary>The day until which the selling stockholders agreed not to sell.</summary>
    public DateOnly? LockUpEndDate { get; set; }

    /// <summary>Market as the prospectus names it: "Nasdaq National Market", "New York Stock Exchange".</summary>
    public string? Exchange { get; set; }

    public string? Ticker { get; set; }

    /// <summary>Last reported sale price, US dollars per share.</summary>
    public decimal? LastReportedPrice { get; set; }

    public DateOnly? LastReportedPriceDate { get; set; }

    public ProceedsToIssuer Proceeds { get; set; } = new();

    /// <summary>Law firms passing on the validity of the shares, as named (without "Professional Corporation" or their city).</summary>
    public List<string> Counsel { get; set; } = [];

    /// <summary>Accounting firms whose audit reports are incorporated.</summary>
    public List<string> Auditors { get; set; } = [];

    /// <summary>The list under "Incorporation of certain documents by reference", in its order.</summary>
    public List<IncorporatedDocument> IncorporatedDocuments { get; set; } = [];

    /// <summary>What the reader could not settle (each names the fact), e.g. a truncated document.</summary>
    public List<string> Warnings { get; set; } = [];

    public SortedDictionary<string, TextSource> Provenance { get; set; } = new(StringComparer.Ordinal);
}

public sealed class ProspectusSource
{
    public string Path { get; set; } = string.Empty;

    /// <summary>SHA-256 of the input file's bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>"text" or "html": what the document was before it became the plain text offsets refer to.</summary>
    [AllowedValues(TextOrigins.Text, TextOrigins.Html)]
    public string Kind { get; set; } = TextOrigins.Text;

    /// <summary>The document's &lt;TYPE&gt; inside a submission ("424B3"); null for a bare file.</summary>
    public string? DocumentType { get; set; }

    public string? DocumentFileName { get; set; }

    /// <summary>Length of the plain text (characters); provenance offsets are below it.</summary>
    public int TextLength { get; set; }

    /// <summary>True when the document was longer than the reader keeps and only its start was read.</summary>
    public bool Truncated { get; set; }
}

/// <summary>What the submission header says, for grouping filings of one issuer.</summary>
public sealed class ProspectusSubmission
{
    public string? AccessionNumber { get; set; }

    /// <summary>"424B3", "S-3"...</summary>
    public string? FormType { get; set; }

    public DateOnly? FiledDate { get; set; }

    public string? Cik { get; set; }

    /// <summary>EDGAR's conformed name (upper case).</summary>
    public string? CompanyName { get; set; }

    /// <summary>SEC file number ("333-101234"): the registration statement.</summary>
    public string? FileNumber { get; set; }
}

public sealed class ProspectusIssuer
{
    /// <summary>As the prospectus writes it in running text: "Capstone Turbine Corporation".</summary>
    public string? Name { get; set; }

    public string? Cik { get; set; }

    /// <summary>Principal executive office.</summary>
    public Address? Address { get; set; }

    /// <summary>"(818) 734-5300" for North American numbers.</summary>
    public string? Phone { get; set; }
}

public sealed class SellingStockholder
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Shares this holder may sell under the prospectus.</summary>
    public long? SharesOffered { get; set; }

    /// <summary>Shares owned before the offering, where a table or sentence states it.</summary>
    public long? SharesOwnedBefore { get; set; }

    /// <summary>Percent of the class, 0-100.</summary>
    public decimal? PercentOwnedBefore { get; set; }

    public long? SharesOwnedAfter { get; set; }

    public decimal? PercentOwnedAfter { get; set; }

    /// <summary>Shares held before the private placement that produced the registered shares ("did not hold any" = 0).</summary>
    public long? SharesOwnedBeforePlacement { get; set; }

    /// <summary>How the shares reached this holder, earliest first (purchase from the issuer, then transfers).</summary>
    public List<ShareAcquisition> Acquisitions { get; set; } = [];
}

/// <summary>One step by which the registered shares changed hands.</summary>
public sealed class ShareAcquisition
{
    /// <summary>Who acquired them in this step.</summary>
    public string? Acquirer { get; set; }

    /// <summary>How the prospectus relates the acquirer to the selling stockholder: "an affiliate of the selling stockholder".</summary>
    public string? AcquirerRelationship { get; set; }

    /// <summary>From whom: the issuer for a purchase in its placement, the earlier holder for a transfer.</summary>
    public string? From { get; set; }

    [AllowedValues(AcquisitionMethods.Purchase, AcquisitionMethods.Assignment, AcquisitionMethods.Transfer, AcquisitionMethods.Issuance, AcquisitionMethods.Distribution, AcquisitionMethods.Exchange, AcquisitionMethods.Other)]
    public string Method { get; set; } = AcquisitionMethods.Other;

    /// <summary>The day, when the prospectus gives one.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The date as written when it is vaguer than a day ("November 2002"), else as written too.</summary>
    public string? DateText { get; set; }

    /// <summary>"private placement", "merger"...</summary>
    public string? Transaction { get; set; }

    /// <summary>Exemption from registration claimed: "Rule 506", "Section 4(2)", "Regulation D"...</summary>
    public string? Exemption { get; set; }
}

public static class AcquisitionMethods
{
    public const string Purchase = "purchase";
    public const string Assignment = "assignment";
    public const string Transfer = "transfer";
    public const string Issuance = "issuance";
    public const string Distribution = "distribution";
    public const string Exchange = "exchange";
    public const string Other = "other";
}

public sealed class ProceedsToIssuer
{
    /// <summary>False for "we will not receive any proceeds"; null when the document does not say.</summary>
    public bool? IssuerReceivesProceeds { get; set; }

    /// <summary>Proceeds to the issuer in US dollars where a number is stated.</summary>
    public decimal? Amount { get; set; }

    /// <summary>The sentence that says it, whitespace collapsed.</summary>
    public string? Statement { get; set; }
}

public sealed class IncorporatedDocument
{
    /// <summary>The list item as written (marker and closing ";" / "and" removed).</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>EDGAR form type named: "10-K", "10-Q", "8-K", "DEF 14A" (proxy statement), "8-A"; null if none.</summary>
    public string? FormType { get; set; }

    /// <summary>Dates the item names (periods ended, report dates), in order.</summary>
    public List<DateOnly> Dates { get; set; } = [];

    /// <summary>The catch-all item for filings made after the prospectus date.</summary>
    public bool FutureFilings { get; set; }
}

/// <summary>Where a prospectus value came from in the document's plain text.</summary>
public sealed class TextSource
{
    [AllowedValues(TextOrigins.Text, TextOrigins.Html, TextOrigins.Header, TextOrigins.Derived)]
    public string Origin { get; set; } = TextOrigins.Text;

    /// <summary>Character offset of <see cref="Text"/> in the plain text (see <see cref="ProspectusSource.TextLength"/>).</summary>
    public int? Offset { get; set; }

    public int? Length { get; set; }

    /// <summary>The text exactly as it stands at that offset.</summary>
    public string? Text { get; set; }

    /// <summary>The sentence containing it, whitespace collapsed.</summary>
    public string? Sentence { get; set; }
}

public static class TextOrigins
{
    /// <summary>A plain-text document.</summary>
    public const string Text = "text";

    /// <summary>An HTML document, through the text it was laid out as.</summary>
    public const string Html = "html";

    /// <summary>The submission's SGML header.</summary>
    public const string Header = "header";

    /// <summary>Inferred from other values (e.g. the seller in the issuer's own placement is the issuer).</summary>
    public const string Derived = "derived";
}

/// <summary>
/// Writes and reads <see cref="Prospectus"/> with <see cref="FilingJson.Options"/> (the project's one JSON
/// convention) and generates its JSON Schema the way the filing schema is generated.
/// </summary>
public static class ProspectusJson
{
    /// <summary>Bumped on any change to the shape: major for removals/renames, minor for additions.</summary>
    public const string SchemaVersion = "1.0.0";

    public const string SchemaFileName = "prospectus.schema.json";

    public static string Serialize(Prospectus prospectus) => JsonSerializer.Serialize(prospectus, FilingJson.Options) + "\n";

    public static Prospectus Deserialize(string json) =>
        JsonSerializer.Deserialize<Prospectus>(json, FilingJson.Options) ?? throw new JsonException("the document is null");

    public static string GenerateSchema() => FilingJson.GenerateSchema(
        typeof(Prospectus),
        $"https://filingextractor.invalid/schema/prospectus-{SchemaVersion}.json",
        "FilingExtractor resale prospectus",
        $"One resale prospectus as extracted, schema version {SchemaVersion}. Unknown values are null.");

    public static string EmbeddedSchema()
    {
        using var s = typeof(ProspectusJson).Assembly.GetManifestResourceStream(SchemaFileName)
            ?? throw new InvalidOperationException("schema resource missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }
}
