using System.Text.RegularExpressions;

namespace FilingExtractor.FormD.Values;

/// <summary>
/// What OCR leaves of a form's printing around a typed value: the stubs of erased rules and box frames
/// ("|", "_", "[" ...), bits of dot leaders and specks read as quotes, dashes or periods. A typed value
/// neither starts nor ends with them, so they are cut from its ends, and a word made of nothing else is
/// dropped. A value's own punctuation stays: the periods of "Inc." and "L.P.", "&amp;", "#", "/", brackets
/// closed inside the value.
/// </summary>
public static partial class TextCleanup
{
    /// <summary>True for a word that is only rule, frame or speck remnants (no letter, digit, &amp;, #, $, %).</summary>
    public static bool IsJunkWord(string word) => word.Length > 0 && JunkWord().IsMatch(word);

    /// <summary>The value without junk words and with remnants cut from both ends; inner spacing normalised.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IsJunkWord(w));
        var t = string.Join(' ', words);
        t = LeadingJunk().Replace(t, string.Empty);
        t = TrailingJunk().Replace(t, string.Empty);
        // A speck beside a hyphen reads as a tilde joined to it ("micro~-turbine"); nothing typed puts one there.
        t = TildeAtHyphen().Replace(t, string.Empty);
        // OCR splits a dollar amount's digit groups at a comma ("$12, 881,300"); a typed amount has no space
        // there. Only after "$": in other text ", " before three digits is a separator ("Suite 100, 200 Main").
        return SplitDollarGroup().Replace(t, ",");
    }

    [GeneratedRegex(@"~+(?=[-—–])|(?<=[-—–])~+")]
    private static partial Regex TildeAtHyphen();

    [GeneratedRegex(@"(?<=\$\s?\d{1,3}(?:,\s?\d{3})*),\s(?=\d{3}(?!\d))")]
    private static partial Regex SplitDollarGroup();

    [GeneratedRegex(@"^(?!-$)[|_~=‘’“”„'""`\[\]{}<>«»•·:;!,.\-—–\\]+$")]
    private static partial Regex JunkWord();

    [GeneratedRegex(@"^[\s|_~=‘’“”„'""`\[\]{}<>«»•·:;!,.\-—–\\]+")]
    private static partial Regex LeadingJunk();

    // A trailing period belongs to "Inc." or "Jr.", a trailing ")" to "(Delaware)": both stay.
    [GeneratedRegex(@"[\s|_~=‘’“”„'""`\[{<>«»•·:;!,\-—–\\]+$")]
    private static partial Regex TrailingJunk();
}
