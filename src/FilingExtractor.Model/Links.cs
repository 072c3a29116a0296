using System.ComponentModel.DataAnnotations;

namespace FilingExtractor.Model;

/// <summary>
/// A link from a filing to another document of the same issuer or of the same placement (another Form D,
/// a resale prospectus), found by the linking stage of the extract verb; with the cross-checks made between
/// the two where they describe the same placement. Values are in invariant form (plain numbers, ISO dates).
/// </summary>
public sealed class FilingLink
{
    /// <summary>One of <see cref="LinkRelations"/>.</summary>
    [AllowedValues(LinkRelations.SamePlacement, LinkRelations.SameIssuer)]
    public string Relation { get; set; } = LinkRelations.SameIssuer;

    /// <summary>What the other document is: one of <see cref="LinkedDocumentKinds"/>.</summary>
    [AllowedValues(LinkedDocumentKinds.FormD, LinkedDocumentKinds.Prospectus)]
    public string DocumentKind { get; set; } = LinkedDocumentKinds.FormD;

    /// <summary>The other document's id (a filing id, or a prospectus id).</summary>
    public string DocumentId { get; set; } = string.Empty;

    /// <summary>The issuer group both documents belong to ("cik:1009759", "name:capstone turbine").</summary>
    public string IssuerKey { get; set; } = string.Empty;

    /// <summary>The placement both documents belong to (the lowest filing id of its Form D filings); null for <see cref="LinkRelations.SameIssuer"/>.</summary>
    public string? PlacementKey { get; set; }

    /// <summary>Identity facts that matched, from <see cref="IdentityFacts"/>, in that order.</summary>
    [AllowedValues(IdentityFacts.Cik, IdentityFacts.Name, IdentityFacts.Address, IdentityFacts.Phone)]
    public List<string> MatchedOn { get; set; } = [];

    /// <summary>Dollars sold (this Form D) divided by shares registered (the prospectus), rounded to 4 decimal places half away from zero; null unless both are known.</summary>
    public decimal? ImpliedPricePerShare { get; set; }

    /// <summary>The cross-checks, in <see cref="LinkChecks"/> order; empty for <see cref="LinkRelations.SameIssuer"/>.</summary>
    public List<LinkCheck> Checks { get; set; } = [];
}

/// <summary>One cross-check between two documents of a placement: agreement, disagreement, or not decidable.</summary>
public sealed class LinkCheck
{
    /// <summary>One of <see cref="LinkChecks"/>.</summary>
    [AllowedValues(LinkChecks.Issuer, LinkChecks.Exemption, LinkChecks.Purchasers, LinkChecks.FirstSale)]
    public string Check { get; set; } = LinkChecks.Issuer;

    /// <summary>One of <see cref="LinkOutcomes"/>.</summary>
    [AllowedValues(LinkOutcomes.Agree, LinkOutcomes.Disagree, LinkOutcomes.Unknown)]
    public string Outcome { get; set; } = LinkOutcomes.Unknown;

    /// <summary>The rule id of the flag raised for a disagreement (<see cref="RuleIds"/>, LINK. prefix).</summary>
    public string? Rule { get; set; }

    /// <summary>What this filing says (invariant form), or null when it does not say.</summary>
    public string? ThisValue { get; set; }

    /// <summary>What the other document says, or null.</summary>
    public string? OtherValue { get; set; }

    public string Message { get; set; } = string.Empty;
}

/// <summary>Values of <see cref="FilingLink.Relation"/>.</summary>
public static class LinkRelations
{
    /// <summary>Both documents describe the same offering (a Form D and its amendments, the resale prospectus of its shares).</summary>
    public const string SamePlacement = "samePlacement";

    /// <summary>Same issuer, no evidence of the same offering.</summary>
    public const string SameIssuer = "sameIssuer";
}

/// <summary>Values of <see cref="FilingLink.DocumentKind"/>.</summary>
public static class LinkedDocumentKinds
{
    public const string FormD = "formD";
    public const string Prospectus = "prospectus";
}

/// <summary>Values of <see cref="FilingLink.MatchedOn"/>.</summary>
public static class IdentityFacts
{
    public const string Cik = "cik";
    public const string Name = "name";
    public const string Address = "address";
    public const string Phone = "phone";

    public static readonly IReadOnlyList<string> All = [Cik, Name, Address, Phone];
}

/// <summary>Values of <see cref="LinkCheck.Check"/>, in the order they are made.</summary>
public static class LinkChecks
{
    public const string Issuer = "issuer";
    public const string Exemption = "exemption";
    public const string Purchasers = "purchasers";
    public const string FirstSale = "firstSale";

    public static readonly IReadOnlyList<string> All = [Issuer, Exemption, Purchasers, FirstSale];
}

/// <summary>Values of <see cref="LinkCheck.Outcome"/>.</summary>
public static class LinkOutcomes
{
    public const string Agree = "agree";
    public const string Disagree = "disagree";

    /// <summary>One side (or both) does not say, or says something the other cannot be compared with: never a disagreement.</summary>
    public const string Unknown = "unknown";
}
