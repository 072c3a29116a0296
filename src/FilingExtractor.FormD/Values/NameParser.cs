using System.Text.RegularExpressions;

namespace FilingExtractor.FormD.Values;

/// <summary>A related person's or recipient's name split into parts; an entity keeps its whole name as <see cref="Last"/>.</summary>
public sealed record PersonName(string? Last, string? First, string? Middle, string? Suffix, bool IsEntity);

/// <summary>
/// Splits names written "Last name first, if individual" (Form D's instruction): "McDonald, John G.",
/// "Van der Berg, Anna", "Smith, John A., Jr.", "Smith Jr., John". Names of funds, companies and
/// partnerships are recognised as entities and kept whole.
/// </summary>
public static partial class NameParser
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "Esq", "Esq.", "M.D.", "MD", "Ph.D.", "PhD", "CPA",
    };

    public static PersonName Parse(string? text)
    {
        var t = Regex.Replace(text?.Trim() ?? string.Empty, @"\s+", " ");
        if (t.Length == 0)
        {
            return new PersonName(null, null, null, null, false);
        }

        if (IsEntityName(t))
        {
            return new PersonName(t, null, null, null, true);
        }

        var parts = t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        string? suffix = null;
        if (parts.Count > 2 && Suffixes.Contains(parts[^1]))
        {
            suffix = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        string last;
        List<string> given;
        if (parts.Count >= 2)
        {
            last = parts[0];
            given = [.. string.Join(' ', parts.Skip(1)).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
        else
        {
            // No comma (often lost by OCR): the form asks for the last name first, so the first word is it.
            var words = t.Split(' ');
            last = words[0];
            given = [.. words.Skip(1)];
        }

        // "Smith Jr., John": a suffix glued to the surname.
        var lastWords = last.Split(' ').ToList();
        if (lastWords.Count > 1 && Suffixes.Contains(lastWords[^1]))
        {
            suffix ??= lastWords[^1];
            lastWords.RemoveAt(lastWords.Count - 1);
            last = string.Join(' ', lastWords);
        }

        if (given.Count > 1 && Suffixes.Contains(given[^1]))
        {
            suffix ??= given[^1];
            given.RemoveAt(given.Count - 1);
        }

        var first = given.Count > 0 ? given[0] : null;
        var middle = given.Count > 1 ? string.Join(' ', given.Skip(1)) : null;
        return new PersonName(last, first, middle, suffix, false);
    }

    /// <summary>True for names of organisations (legal-form words, fund/company vocabulary).</summary>
    public static bool IsEntityName(string name) => EntityWords().IsMatch(name);

    [GeneratedRegex(@"\b(Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|LP|L\.P|LLP|L\.L\.P|Ltd|Limited|PLC|N\.A|Fund|Funds|Trust|Partners|Partnership|Holdings|Group|Capital|Ventures|Associates|Management|Foundation|Bank|Securities|Investments|Advisors|Advisers|Enterprises|Bancorp)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex EntityWords();
}
