using System.ComponentModel.DataAnnotations;

namespace FilingExtractor.Model;

/// <summary>A rectangle on a page image, in that page's pixels with a top-left origin.</summary>
public sealed record Box(int Left, int Top, int Width, int Height);

/// <summary>Where one value came from and how sure the reading was.</summary>
public sealed class ValueSource
{
    /// <summary>1-based page of the input; null for sources without pages (XML).</summary>
    public int? Page { get; set; }

    /// <summary>The region read on that page, in the page image's pixels.</summary>
    public Box? Box { get; set; }

    /// <summary>Engine confidence 0-100 (OCR), ink-based confidence for checkboxes, 100 for exact sources.</summary>
    public float? Confidence { get; set; }

    /// <summary>One of <see cref="ValueOrigins"/>.</summary>
    [AllowedValues(ValueOrigins.Ocr, ValueOrigins.Pixels, ValueOrigins.TextLayer, ValueOrigins.Transcript, ValueOrigins.Xml, ValueOrigins.Html, ValueOrigins.Derived)]
    public string Origin { get; set; } = ValueOrigins.Ocr;

    /// <summary>The text exactly as read, before any normalisation.</summary>
    public string? Text { get; set; }

    /// <summary>Character offset of <see cref="Text"/> in a text source.</summary>
    public int? Offset { get; set; }
}

/// <summary>Values of <see cref="ValueSource.Origin"/>.</summary>
public static class ValueOrigins
{
    public const string Ocr = "ocr";
    public const string Pixels = "pixels";
    public const string TextLayer = "textLayer";
    public const string Transcript = "transcript";
    public const string Xml = "xml";
    public const string Html = "html";
    public const string Derived = "derived";
}

/// <summary>A page as read: its classification and what preprocessing did.</summary>
public sealed class PageInfo
{
    public int Number { get; set; }

    /// <summary>One of <see cref="PageKinds"/>.</summary>
    [AllowedValues(PageKinds.Cover, PageKinds.Instructions, PageKinds.RelatedPersons, PageKinds.Continuation, PageKinds.SectionB, PageKinds.SectionC, PageKinds.Signatures, PageKinds.Appendix, PageKinds.Unknown)]
    public string Kind { get; set; } = PageKinds.Unknown;

    public int Dpi { get; set; }

    public bool DpiAssumed { get; set; }

    /// <summary>Clockwise quarter turns applied to bring the page upright.</summary>
    public int QuarterTurns { get; set; }

    /// <summary>Skew removed, degrees.</summary>
    public float SkewDegrees { get; set; }

    /// <summary>Mean OCR word confidence on the page, 0-100.</summary>
    public float? MeanConfidence { get; set; }
}

/// <summary>Page classes of the paper form.</summary>
public static class PageKinds
{
    public const string Cover = "cover";
    public const string Instructions = "instructions";
    public const string RelatedPersons = "relatedPersons";
    public const string Continuation = "continuation";
    public const string SectionB = "sectionB";
    public const string SectionC = "sectionC";
    public const string Signatures = "signatures";
    public const string Appendix = "appendix";
    public const string Unknown = "unknown";
}

/// <summary>A reconciliation finding: which rule, what was expected, what was read, and where.</summary>
public sealed class Flag
{
    /// <summary>Stable rule id from <see cref="RuleIds"/>, e.g. "C1.total-offering".</summary>
    public string Rule { get; set; } = string.Empty;

    /// <summary>One of <see cref="Severities"/>.</summary>
    [AllowedValues(Severities.Error, Severities.Warning, Severities.Info)]
    public string Severity { get; set; } = Severities.Error;

    public string Message { get; set; } = string.Empty;

    /// <summary>Expected value in invariant form (plain number or ISO date), or null.</summary>
    public string? Expected { get; set; }

    /// <summary>Value read, in the same form, or null.</summary>
    public string? Found { get; set; }

    /// <summary>Paths of the fields involved; their page and box are in <see cref="Filing.Provenance"/> and repeated here.</summary>
    public List<FlagField> Fields { get; set; } = [];
}

/// <summary>A field a flag involves, with where it sits.</summary>
public sealed class FlagField
{
    public string Path { get; set; } = string.Empty;

    public int? Page { get; set; }

    public Box? Box { get; set; }

    public float? Confidence { get; set; }
}

/// <summary>Values of <see cref="Flag.Severity"/>.</summary>
public static class Severities
{
    /// <summary>The form's arithmetic does not hold.</summary>
    public const string Error = "error";

    /// <summary>Suspicious but possibly legitimate.</summary>
    public const string Warning = "warning";

    /// <summary>Recorded for review; e.g. a value the reconciler corrected.</summary>
    public const string Info = "info";
}

/// <summary>A value changed after reading: by reconciliation-guided re-reading or by a reviewer.</summary>
public sealed class Correction
{
    public string Field { get; set; } = string.Empty;

    /// <summary>The text as read.</summary>
    public string? TextRead { get; set; }

    /// <summary>The value as first read, invariant form.</summary>
    public string? ValueRead { get; set; }

    /// <summary>The value accepted, invariant form.</summary>
    public string? ValueAccepted { get; set; }

    public string Reason { get; set; } = string.Empty;

    /// <summary>"reconciliation" or "reviewer".</summary>
    [AllowedValues("reconciliation", "reviewer")]
    public string Source { get; set; } = "reconciliation";

    /// <summary>The reviewer, for reviewer corrections.</summary>
    public string? Who { get; set; }

    /// <summary>When a reviewer decided (UTC, ISO 8601).</summary>
    public DateTimeOffset? When { get; set; }
}
