using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace FilingExtractor.Model;

/// <summary>
/// One Form D filing as extracted (or as a corpus truth file states it): the JSON contract shared by the
/// extractor, the corpus generator, evaluation and the exporters. Names follow EDGAR's electronic Form D
/// (edgarSubmission) where the field exists there. Amounts are in US dollars; unknown is null (never a
/// guessed false or 0). Serialised with <see cref="FilingJson"/>; the schema is schema/filing.schema.json.
/// </summary>
public sealed class Filing
{
    /// <summary>Version of this JSON shape (semantic versioning; the schema file carries the same).</summary>
    public string SchemaVersion { get; set; } = FilingJson.SchemaVersion;

    /// <summary>Stable id: derived from the input's SHA-256, so the same input always gets the same id.</summary>
    public string FilingId { get; set; } = string.Empty;

    public SourceInfo Source { get; set; } = new();

    /// <summary>"D" for a new notice, "D/A" for an amendment; null when the type-of-filing boxes could not be read.</summary>
    [AllowedValues("D", "D/A", null)]
    public string? SubmissionType { get; set; }

    public string? OfferingName { get; set; }

    public FilingUnder FilingUnder { get; set; } = new();

    /// <summary>Type of filing boxes on the paper cover (EDGAR typeOfFiling.newOrAmendment).</summary>
    public TypeOfFiling TypeOfFiling { get; set; } = new();

    public Issuer PrimaryIssuer { get; set; } = new();

    /// <summary>Co-issuers (electronic filings with an issuerList); empty on paper.</summary>
    public List<Issuer> OtherIssuers { get; set; } = [];

    public List<RelatedPerson> RelatedPersons { get; set; } = [];

    public Offering Offering { get; set; } = new();

    /// <summary>Part D, the federal signature.</summary>
    public Signature Signature { get; set; } = new();

    /// <summary>Part E: is any party described in Rule 262 subject to its disqualification provisions?</summary>
    public bool? IssuerDisqualifiedRule262 { get; set; }

    /// <summary>Part E, the state signature; null when the filing has no Part E.</summary>
    public Signature? StateSignature { get; set; }

    /// <summary>Further signatures (electronic filings signed by several issuers).</summary>
    public List<Signature> AdditionalSignatures { get; set; } = [];

    /// <summary>The Appendix: one row per state with any entry.</summary>
    public List<StateAppendixRow> StateAppendix { get; set; } = [];

    /// <summary>Fields only electronic (XML) filings carry; null for paper.</summary>
    public EdgarFields? Edgar { get; set; }

    /// <summary>Each page read, with how it was classified and prepared (scans only).</summary>
    public List<PageInfo> Pages { get; set; } = [];

    /// <summary>Reconciliation findings; empty on a consistent filing.</summary>
    public List<Flag> Flags { get; set; } = [];

    /// <summary>Values changed after reading, and why. Nothing is ever changed without an entry here.</summary>
    public List<Correction> Corrections { get; set; } = [];

    /// <summary>
    /// Where each value came from, keyed by its path in this document ("primaryIssuer.entityName",
    /// "relatedPersons[2].lastName", "offering.expenses[1].amount").
    /// </summary>
    public SortedDictionary<string, ValueSource> Provenance { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Other documents of the same issuer or placement, with the cross-checks made against them (schema 1.1.0).
    /// Null, and then left out of the JSON, for a filing nothing was linked to, so 1.0.0 documents stay valid.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<FilingLink>? Links { get; set; }
}

/// <summary>The input a filing was read from.</summary>
public sealed class SourceInfo
{
    public string Path { get; set; } = string.Empty;

    /// <summary>SHA-256 of the input's bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>One of <see cref="SourceKinds"/>.</summary>
    [AllowedValues(SourceKinds.Scan, SourceKinds.Transcript, SourceKinds.Xml, SourceKinds.Html)]
    public string Kind { get; set; } = SourceKinds.Scan;
}

/// <summary>Values of <see cref="SourceInfo.Kind"/>.</summary>
public static class SourceKinds
{
    public const string Scan = "scan";
    public const string Transcript = "transcript";
    public const string Xml = "xml";
    public const string Html = "html";
}

/// <summary>The cover's "Filing Under" boxes; each true, false, or null when unreadable.</summary>
public sealed class FilingUnder
{
    public bool? Rule504 { get; set; }

    public bool? Rule505 { get; set; }

    public bool? Rule506 { get; set; }

    public bool? Section4_6 { get; set; }

    public bool? Uloe { get; set; }
}

/// <summary>The cover's "Type of Filing" boxes.</summary>
public sealed class TypeOfFiling
{
    public bool? NewFiling { get; set; }

    public bool? Amendment { get; set; }

    /// <summary>Electronic amendments name the filing they amend.</summary>
    public string? PreviousAccessionNumber { get; set; }
}

/// <summary>A street address split into EDGAR's parts.</summary>
public sealed class Address
{
    public string? Street1 { get; set; }

    public string? Street2 { get; set; }

    public string? City { get; set; }

    /// <summary>Two-letter USPS code, or EDGAR's country code for foreign addresses.</summary>
    public string? StateOrCountry { get; set; }

    public string? ZipCode { get; set; }
}

/// <summary>Section A.1: the issuer.</summary>
public sealed class Issuer
{
    /// <summary>EDGAR's Central Index Key where known (electronic filings).</summary>
    public string? Cik { get; set; }

    public string? EntityName { get; set; }

    /// <summary>Address of executive offices.</summary>
    public Address IssuerAddress { get; set; } = new();

    /// <summary>Normalised as "(818) 734-5300" for North American numbers; otherwise as written.</summary>
    public string? IssuerPhoneNumber { get; set; }

    /// <summary>Address of principal business operations, when the form gives one.</summary>
    public Address? PrincipalBusinessAddress { get; set; }

    public string? PrincipalBusinessPhoneNumber { get; set; }

    public string? DescriptionOfBusiness { get; set; }

    /// <summary>One of <see cref="EntityTypes"/>, or null when no box could be read as checked.</summary>
    [AllowedValues(EntityTypes.Corporation, EntityTypes.BusinessTrust, EntityTypes.LimitedPartnership, EntityTypes.LimitedPartnershipToBeFormed, EntityTypes.LimitedLiabilityCompany, EntityTypes.GeneralPartnership, EntityTypes.Other, null)]
    public string? EntityType { get; set; }

    /// <summary>The text after "other (please specify)".</summary>
    public string? EntityTypeOtherDescription { get; set; }

    /// <summary>Month (1-12) of incorporation or organisation.</summary>
    public int? MonthOfInc { get; set; }

    public int? YearOfInc { get; set; }

    /// <summary>True when the "Estimated" box is checked, false for "Actual".</summary>
    public bool? IncorporationDateIsEstimate { get; set; }

    /// <summary>Two-letter USPS code, "CN" for Canada, "FN" for another foreign jurisdiction.</summary>
    public string? JurisdictionOfInc { get; set; }
}

/// <summary>Values of <see cref="Issuer.EntityType"/> (EDGAR's wording; the paper form's two partnership boxes kept apart).</summary>
public static class EntityTypes
{
    public const string Corporation = "Corporation";
    public const string BusinessTrust = "Business Trust";
    public const string LimitedPartnership = "Limited Partnership";
    public const string LimitedPartnershipToBeFormed = "Limited Partnership (to be formed)";
    public const string LimitedLiabilityCompany = "Limited Liability Company";
    public const string GeneralPartnership = "General Partnership";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All =
        [Corporation, BusinessTrust, LimitedPartnership, LimitedPartnershipToBeFormed, LimitedLiabilityCompany, GeneralPartnership, Other];
}

/// <summary>Section A.2: a promoter, owner, officer, director or partner.</summary>
public sealed class RelatedPerson
{
    public string? LastName { get; set; }

    public string? FirstName { get; set; }

    public string? MiddleName { get; set; }

    /// <summary>"Jr.", "III", ... kept apart from the last name.</summary>
    public string? Suffix { get; set; }

    /// <summary>True when the "name" is an entity (a fund, a company); then only <see cref="LastName"/> holds it.</summary>
    public bool IsEntity { get; set; }

    public Address Address { get; set; } = new();

    /// <summary>Checked roles, from <see cref="Relationships"/>, in the form's order.</summary>
    [AllowedValues(Model.Relationships.Promoter, Model.Relationships.BeneficialOwner, Model.Relationships.ExecutiveOfficer, Model.Relationships.Director, Model.Relationships.GeneralManagingPartner)]
    public List<string> Relationships { get; set; } = [];

    /// <summary>Roles whose boxes could not be read (neither checked nor clearly empty).</summary>
    [AllowedValues(Model.Relationships.Promoter, Model.Relationships.BeneficialOwner, Model.Relationships.ExecutiveOfficer, Model.Relationships.Director, Model.Relationships.GeneralManagingPartner)]
    public List<string> UnreadableRelationships { get; set; } = [];

    /// <summary>Electronic filings' relationshipClarification.</summary>
    public string? RelationshipClarification { get; set; }
}

/// <summary>The five role boxes of section A.2, in the form's order.</summary>
public static class Relationships
{
    public const string Promoter = "Promoter";
    public const string BeneficialOwner = "Beneficial Owner";
    public const string ExecutiveOfficer = "Executive Officer";
    public const string Director = "Director";
    public const string GeneralManagingPartner = "General and/or Managing Partner";

    public static readonly IReadOnlyList<string> All = [Promoter, BeneficialOwner, ExecutiveOfficer, Director, GeneralManagingPartner];
}
