namespace FilingExtractor.Edgar.Submission;

/// <summary>
/// The SGML header of an EDGAR submission: the dissemination header of a .txt file (&lt;SEC-HEADER&gt;,
/// "KEY: value" lines indented by section) or the tagged header of a .nc file (&lt;SUBMISSION&gt;,
/// &lt;ACCESSION-NUMBER&gt;...). Both are read into this one shape. Every line is also kept as a raw field,
/// so nothing the header says is lost even where this class has no property for it.
/// </summary>
public sealed class SubmissionHeader
{
    /// <summary>"0001745524-18-000001".</summary>
    public string? AccessionNumber { get; set; }

    /// <summary>CONFORMED SUBMISSION TYPE (.txt) or TYPE (.nc): "D", "D/A", "424B3", "S-3"...</summary>
    public string? SubmissionType { get; set; }

    public int? PublicDocumentCount { get; set; }

    /// <summary>FILED AS OF DATE (.txt) or FILING-DATE (.nc).</summary>
    public DateOnly? FiledAsOfDate { get; set; }

    public DateOnly? DateAsOfChange { get; set; }

    public DateOnly? EffectivenessDate { get; set; }

    /// <summary>CONFORMED PERIOD OF REPORT (periodic reports only).</summary>
    public DateOnly? PeriodOfReport { get; set; }

    /// <summary>When EDGAR accepted the submission, in Eastern time as EDGAR writes it (no offset is given).</summary>
    public DateTime? AcceptanceDateTime { get; set; }

    /// <summary>ITEM INFORMATION / ITEMS lines as written (for Form D: "06b", "3C.1"...).</summary>
    public List<string> Items { get; } = [];

    /// <summary>Filer, subject company, filed-by and reporting-owner sections, in the header's order.</summary>
    public List<SubmissionParty> Parties { get; } = [];

    /// <summary>Every header line: section path ("FILER/COMPANY DATA") and key as written, and the value.</summary>
    public List<HeaderField> Fields { get; } = [];

    /// <summary>The party a filing is about: the subject company where there is one, else the first filer.</summary>
    public SubmissionParty? PrimaryParty =>
        Parties.FirstOrDefault(p => p.Role == PartyRoles.SubjectCompany)
        ?? Parties.FirstOrDefault(p => p.Role == PartyRoles.Filer)
        ?? Parties.FirstOrDefault();
}

/// <summary>One raw header line.</summary>
public sealed record HeaderField(string Section, string Key, string Value);

/// <summary>Roles of header sections, normalised from both header styles ("SUBJECT COMPANY" = &lt;SUBJECT-COMPANY&gt;).</summary>
public static class PartyRoles
{
    public const string Filer = "FILER";
    public const string SubjectCompany = "SUBJECT COMPANY";
    public const string FiledBy = "FILED BY";
    public const string ReportingOwner = "REPORTING OWNER";
    public const string Issuer = "ISSUER";
}

/// <summary>A company (or person) named in the header, with EDGAR's company data.</summary>
public sealed class SubmissionParty
{
    public string Role { get; set; } = PartyRoles.Filer;

    /// <summary>COMPANY CONFORMED NAME: EDGAR's upper-case conformed name, e.g. "CAPSTONE TURBINE CORP".</summary>
    public string? CompanyName { get; set; }

    /// <summary>CENTRAL INDEX KEY as written (ten digits with leading zeros).</summary>
    public string? Cik { get; set; }

    public string? StandardIndustrialClassification { get; set; }

    public string? IrsNumber { get; set; }

    public string? StateOfIncorporation { get; set; }

    /// <summary>MMDD.</summary>
    public string? FiscalYearEnd { get; set; }

    public string? FormType { get; set; }

    public string? Act { get; set; }

    public string? FileNumber { get; set; }

    public string? FilmNumber { get; set; }

    public HeaderAddress? BusinessAddress { get; set; }

    public HeaderAddress? MailAddress { get; set; }

    public List<FormerName> FormerNames { get; } = [];
}

public sealed class HeaderAddress
{
    public string? Street1 { get; set; }

    public string? Street2 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? Phone { get; set; }
}

public sealed record FormerName(string? Name, DateOnly? DateOfChange);
