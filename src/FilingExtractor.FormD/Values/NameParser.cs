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

        t = RepairEntityName(t);
        if (IsEntityName(t))
        {
            return new PersonName(t, null, null, null, true);
        }

        t = RepairInitials(t);

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
            // No comma (often lost by OCR): the form asks for the last name first, so the first word is it; a period
            // after it, when it is a word and not an initial or a two-letter abbreviation, is the comma misread.
            var words = t.Split(' ');
            last = words.Length > 1 && WordWithPeriod().IsMatch(words[0]) ? words[0][..^1] : words[0];
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
            // "Samuel. III": the comma before the suffix read as a period.
            if (WordWithPeriod().IsMatch(given[^1]))
            {
                given[^1] = given[^1][..^1];
            }
        }

        var first = given.Count > 0 ? given[0] : null;
        var middle = given.Count > 1 ? string.Join(' ', given.Skip(1)) : null;
        return new PersonName(last, first, middle, suffix, false);
    }

    /// <summary>
    /// A typed name's hyphens and apostrophes as typed: OCR gives a dash ("Anne—Marie") or a curly quote
    /// ("O’Brien") between two letters, where a typewriter has only the one straight form; and the O of an
    /// O' name read as a zero ("0’Neill").
    /// </summary>
    public static string RepairPunctuation(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CurlyApostrophe().Replace(InnerDash().Replace(ZeroApostrophe().Replace(name, "O'"), "-"), "'");
    }

    /// <summary>
    /// Initials of a person's name that OCR misread, repaired only where the result is then an initial: a
    /// digit for its look-alike capital ("Harold 0. Collins", "James 8. Smith"), a speck or a bold letter's
    /// ghost read before it ("8H.", "oO."). Any name order; other words are left as read.
    /// </summary>
    public static string RepairInitials(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var m = Initial().Match(words[i]);
            if (!m.Success)
            {
                continue;
            }

            var (before, letter) = (m.Groups[1].Value, m.Groups[2].Value[0]);
            char? repaired = before.Length == 0
                ? OcrLookAlikes.AsCapital(letter)
                : char.IsUpper(letter) && (!char.IsLetter(before[0]) || char.ToUpperInvariant(before[0]) == letter) ? letter : null;
            if (repaired is { } c)
            {
                words[i] = c + "." + m.Groups[3].Value;
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// An organisation's name with its legal-form word as printed where OCR misread one letter of it at the
    /// end of the name ("Semiconductor Ine.", "Fund, itd.", "Partners LLG"); its punctuation as typed
    /// (<see cref="RepairPunctuation"/>).
    /// </summary>
    public static string RepairEntityName(string name)
    {
        name = RepairPunctuation(name);
        var m = LastWord().Match(name);
        return m.Success && LegalFormMisreadings.TryGetValue(m.Groups[1].Value, out var form)
            ? name[..m.Groups[1].Index] + form + name[(m.Groups[1].Index + m.Groups[1].Length)..]
            : name;
    }

    /// <summary>Misreadings of legal-form words by one confused letter (c/e, L/i/l/I, C/G) and the word typed.</summary>
    private static readonly Dictionary<string, string> LegalFormMisreadings = new(StringComparer.Ordinal)
    {
        ["Ine"] = "Inc", ["lnc"] = "Inc", ["lne"] = "Inc",
        ["itd"] = "Ltd", ["Itd"] = "Ltd", ["ltd"] = "Ltd", ["Lid"] = "Ltd",
        ["LLG"] = "LLC", ["LIC"] = "LLC", ["ILC"] = "LLC", ["L1C"] = "LLC",
    };

    [GeneratedRegex(@"(?<=\p{L})[—–‐‑](?=\p{L})")]
    private static partial Regex InnerDash();

    [GeneratedRegex(@"(?<=\p{L})[’‘`´](?=\p{L})")]
    private static partial Regex CurlyApostrophe();

    /// <summary>A zero starting a word, before an apostrophe of any form and a letter.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])0[’‘`´'](?=\p{L})")]
    private static partial Regex ZeroApostrophe();

    /// <summary>One word that is an initial with a period, as read: what stood before the letter (one character at most), the letter, a trailing comma.</summary>
    [GeneratedRegex(@"^([^\s.]?)(\p{L}|\d)\.(,?)$")]
    private static partial Regex Initial();

    /// <summary>The last word of a name (letters and digits), before an optional period.</summary>
    [GeneratedRegex(@"(?<=[\s,])([\p{L}\d]+)\.?$")]
    private static partial Regex LastWord();

    /// <summary>True for names of organisations (legal-form words, fund/company vocabulary).</summary>
    public static bool IsEntityName(string name) => EntityWords().IsMatch(name);

    [GeneratedRegex(@"\b(Inc|Incorporated|Corp|Corporation|Co|Company|LLC|L\.L\.C|LP|L\.P|LLP|L\.L\.P|Ltd|Limited|PLC|N\.A|Fund|Funds|Trust|Partners|Partnership|Holdings|Group|Capital|Ventures|Associates|Management|Foundation|Bank|Securities|Investments|Advisors|Advisers|Enterprises|Bancorp)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex EntityWords();

    /// <summary>A word of three letters or more and a period: not an initial ("G.") nor a short abbreviation ("St.").</summary>
    [GeneratedRegex(@"^\p{L}{3,}\.$")]
    private static partial Regex WordWithPeriod();
}
