using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using FilingExtractor.Core.Errors;
using FilingExtractor.Edgar.FormD;
using FilingExtractor.Edgar.Submission;
using FilingExtractor.Edgar.Text;

namespace FilingExtractor.Edgar;

/// <summary>What a document is, and why when it is not one the reader supports.</summary>
internal sealed record Detection(EdgarDocumentKind Kind, string? Reason, XDocument? Xml = null, int XmlStart = 0);

/// <summary>
/// Decides what a document is: an electronic Form D (edgarSubmission XML of submission type D or D/A),
/// a resale prospectus (a prospectus, by its submission type or its cover, that names selling
/// stockholders), or something else, with the reason. A large document that is plainly not a prospectus
/// is turned away on a quick look at its start, before any HTML is laid out.
/// </summary>
internal static partial class DocumentDetector
{
    /// <summary>A prospectus says so on its cover; the cover and table of contents fit in this much text.</summary>
    private const int CoverChars = 40_000;

    /// <summary>How much of a large document the quick look strips of tags.</summary>
    private const int QuickLookChars = 512 * 1024;

    private static readonly string[] ProspectusTypes =
        ["424", "S-1", "S-3", "SB-1", "SB-2", "F-1", "F-3", "F-10", "S-11", "POS AM", "POSASR", "S-4", "F-4"];

    public static bool IsProspectusType(string? type) =>
        type is not null && ProspectusTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    public static Detection Detect(string path, EdgarDocument doc, string? submissionType)
    {
        switch (doc.ContentKind)
        {
            case EdgarContentKind.Pdf:
                return NotSupported($"{doc.Label} is a PDF (its encoded bytes were skipped); only text, HTML and XML documents are read here");
            case EdgarContentKind.Uuencoded:
                return NotSupported($"{doc.Label} is a uuencoded file (image, archive or spreadsheet), not a text document");
            case EdgarContentKind.Empty:
                return NotSupported($"{doc.Label} has no text");
            case EdgarContentKind.Xml:
                return DetectXml(path, doc, submissionType);
            default:
                return DetectText(doc, submissionType);
        }
    }

    private static Detection DetectXml(string path, EdgarDocument doc, string? submissionType)
    {
        XDocument xml;
        int start;
        try
        {
            xml = XmlDocs.Parse(doc.Content ?? string.Empty, out start);
        }
        catch (XmlException e)
        {
            throw new InputException(InputErrorKind.Corrupt, path, null, $"{doc.Label}: the XML is not well-formed: {e.Message}", e);
        }

        var root = xml.Root!;
        var local = root.Name.LocalName;
        if (local.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            doc.ContentKind = EdgarContentKind.Html;
            return DetectText(doc, submissionType);
        }

        if (local == "edgarSubmission")
        {
            var type = FormDValues.Clean(XmlDocs.Find(root, "submissionType")?.Value);
            var looksLikeFormD = XmlDocs.Find(root, "offeringData") is not null && XmlDocs.Find(root, "primaryIssuer") is not null;
            if (type is "D" or "D/A" || (type is null && looksLikeFormD))
            {
                return new Detection(EdgarDocumentKind.FormD, null, xml, start);
            }

            return NotSupported($"{doc.Label} is edgarSubmission XML of form type {type ?? "(none given)"}, not an electronic Form D (D or D/A)");
        }

        var formType = FormDValues.Clean(XmlDocs.Find(root, "documentType")?.Value ?? XmlDocs.Find(root, "submissionType")?.Value);
        var named = formType is null ? string.Empty : $" (form type {formType})";
        return NotSupported($"{doc.Label} is XML with root <{local}>{named}, not an electronic Form D (root <edgarSubmission>)");
    }

    private static Detection DetectText(EdgarDocument doc, string? submissionType)
    {
        var content = doc.Content ?? string.Empty;
        var html = doc.ContentKind == EdgarContentKind.Html;
        var declared = IsProspectusType(submissionType) || IsProspectusType(doc.Type);
        var what = html ? "HTML document" : "text document";

        if (!declared && content.Length > QuickLookChars)
        {
            var head = content[..QuickLookChars];
            var rough = html ? QuickStrip(head) : head;
            if (PaperFormD(rough) is { } paper)
            {
                return NotSupported($"{doc.Label}: {paper}");
            }

            if (!ProspectusWord().IsMatch(rough[..Math.Min(rough.Length, CoverChars)]))
            {
                return NotSupported($"{doc.Label}: {what} that is not a prospectus (no \"prospectus\" on its cover, quick look at its first {QuickLookChars / 1024} KiB of {doc.ContentLength:N0} characters)");
            }
        }

        var plain = html ? HtmlText.ToText(content) : EdgarText.FromPlainText(content);
        doc.PlainText = plain;
        if (PaperFormD(plain) is { } paperForm)
        {
            return NotSupported($"{doc.Label}: {paperForm}");
        }

        if (!declared && !ProspectusWord().IsMatch(plain.AsSpan(0, Math.Min(plain.Length, CoverChars))))
        {
            var type = submissionType ?? doc.Type;
            var typed = type is null ? string.Empty : $" of form type {type}";
            return NotSupported($"{doc.Label}: {what}{typed} that is not a prospectus (the word \"prospectus\" is not on its cover) and not an electronic Form D");
        }

        if (!SellingHolderWords().IsMatch(plain))
        {
            return NotSupported($"{doc.Label}: a prospectus, but not a resale prospectus (it names no selling stockholders or selling shareholders)");
        }

        return new Detection(EdgarDocumentKind.ResaleProspectus, null);
    }

    /// <summary>A paper Form D's text (transcript or typed) is read by the paper-form path, not here.</summary>
    private static string? PaperFormD(string text)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        return PaperFormDTitle().IsMatch(head) && PaperFormDNotice().IsMatch(head)
            ? "the text of a paper Form D (notice of sale of securities), which the paper-form path reads; not an electronic Form D or a prospectus"
            : null;
    }

    private static string QuickStrip(string html) => QuickTag().Replace(html, " ").Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);

    private static Detection NotSupported(string reason) => new(EdgarDocumentKind.NotSupported, reason);

    [GeneratedRegex(@"\bprospectus\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProspectusWord();

    [GeneratedRegex(@"\bselling\s+(?:stock|share|security\s?|securit(?:y|ies)\s?|unit\s?)holders?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellingHolderWords();

    [GeneratedRegex(@"\bFORM\s+D\b", RegexOptions.CultureInvariant)]
    private static partial Regex PaperFormDTitle();

    [GeneratedRegex(@"NOTICE\s+OF\s+(?:SALE\s+OF\s+SECURITIES|EXEMPT\s+OFFERING)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaperFormDNotice();

    [GeneratedRegex(@"<[^<>]{0,4000}>", RegexOptions.CultureInvariant)]
    private static partial Regex QuickTag();
}
