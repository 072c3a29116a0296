using System.Text;
using System.Text.RegularExpressions;

namespace FilingExtractor.Edgar.Text;

/// <summary>
/// The plain text a document is searched in. Every change here replaces one character by one character,
/// so an offset into the result is also an offset into the document's text as read (line ends as LF).
/// </summary>
internal static partial class EdgarText
{
    /// <summary>
    /// Plain-text EDGAR documents (1993-2000s) carry SGML page and table markup in the text itself
    /// (&lt;PAGE&gt;, &lt;TABLE&gt;, &lt;CAPTION&gt;, &lt;S&gt;, &lt;C&gt;, &lt;FN&gt;). They are blanked with spaces
    /// of the same length so offsets stay valid and column alignment survives.
    /// </summary>
    public static string FromPlainText(string text)
    {
        var sb = new StringBuilder(text);
        foreach (Match m in SgmlMarkup().Matches(text))
        {
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                sb[i] = ' ';
            }
        }

        NormalizeInPlace(sb);
        return sb.ToString();
    }

    /// <summary>Typographic characters folded to ASCII (one for one), so patterns need only ASCII quotes and dashes.</summary>
    public static void NormalizeInPlace(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            sb[i] = Fold(sb[i]);
        }
    }

    public static char Fold(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\u2002' or '\u2003' or '\u00AD' or '\uFEFF' or '\u200B' => ' ',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\t' or '\n' => c,
        _ when char.IsControl(c) => ' ',
        _ => c,
    };

    /// <summary>Whitespace runs (line breaks included) collapsed to one space, ends trimmed: how a value is stored.</summary>
    public static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"</?(?:PAGE|S|C|CAPTION|TABLE|FN|F\d{1,2}|R\d{0,2}|DESCRIPTION|SEQUENCE|FILENAME|TYPE)>", RegexOptions.CultureInvariant)]
    private static partial Regex SgmlMarkup();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
