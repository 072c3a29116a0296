using System.Text.RegularExpressions;

namespace FilingExtractor.FormD.Values;

/// <summary>
/// Normalises North American phone numbers to "(818) 734-5300" (with " x123" for an extension), whichever way
/// the area code was set off: parentheses, a space, a period, a hyphen or a slash ("217/807-0749").
/// </summary>
public static partial class PhoneParser
{
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        var m = Nanp().Match(t);
        if (!m.Success)
        {
            // Foreign or garbled: keep as written rather than guess.
            return t;
        }

        var ext = m.Groups[4].Success ? " x" + m.Groups[4].Value : string.Empty;
        return $"({m.Groups[1].Value}) {m.Groups[2].Value}-{m.Groups[3].Value}{ext}";
    }

    [GeneratedRegex(@"^(?:\+?1[\s.\-]*)?\(?\s*(\d{3})\s*\)?[\s.\-/]*(\d{3})[\s.\-]*(\d{4})(?:\s*(?:x|ext\.?|extension)\s*(\d{1,6}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Nanp();
}
