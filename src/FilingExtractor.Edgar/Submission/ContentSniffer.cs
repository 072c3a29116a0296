using System.Text.RegularExpressions;

namespace FilingExtractor.Edgar.Submission;

/// <summary>
/// Tells XML, HTML and plain text apart by their first characters. Plain-text EDGAR documents use SGML
/// tags of their own (&lt;PAGE&gt;, &lt;TABLE&gt;, &lt;S&gt;, &lt;C&gt;), so a &lt;TABLE&gt; alone does not make HTML:
/// it takes &lt;HTML&gt;/&lt;BODY&gt;, a doctype, or several tags only HTML uses.
/// </summary>
internal static partial class ContentSniffer
{
    private const int SniffChars = 64 * 1024;

    public static EdgarContentKind Sniff(string content)
    {
        var head = content.Length > SniffChars ? content[..SniffChars] : content;
        var t = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (t.Length == 0)
        {
            return EdgarContentKind.Empty;
        }

        if (HtmlStart().IsMatch(t) || HtmlOrBody().IsMatch(head))
        {
            return EdgarContentKind.Html;
        }

        if (t.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || XmlRoot().IsMatch(t))
        {
            return EdgarContentKind.Xml;
        }

        return HtmlOnlyTags().Count(head) >= 3 ? EdgarContentKind.Html : EdgarContentKind.Text;
    }

    [GeneratedRegex(@"^(?:<!DOCTYPE\s+html|<html[\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(?:html|body)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlOrBody();

    /// <summary>A document that starts with an element (not SGML page markup) and a namespace or XML-style name.</summary>
    [GeneratedRegex(@"^<(?:[A-Za-z_][\w.-]*:)?(?:edgarSubmission|ownershipDocument|xbrl|informationTable|XFDL|[a-z][a-zA-Z]+[A-Z]\w*)[\s>/]", RegexOptions.CultureInvariant)]
    private static partial Regex XmlRoot();

    [GeneratedRegex(@"<(?:p|div|br|font|td|tr|b|i|u|center|span|a\s|img|hr)[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlOnlyTags();
}
