using System.Globalization;
using System.Text;

namespace FilingExtractor.FormD.Values;

/// <summary>What an amount field held.</summary>
public enum AmountKind
{
    /// <summary>Nothing written (or only the form's "$ ____" rule).</summary>
    Blank,

    /// <summary>A number, including an explicit "0" or "-0-".</summary>
    Number,

    /// <summary>"None": the form says to enter 0 for none, so the value is 0.</summary>
    None,

    /// <summary>"N/A": not applicable, no value.</summary>
    NotApplicable,

    /// <summary>Something was written that is not an amount.</summary>
    Unreadable,
}

/// <summary>
/// An amount as read: the value in dollars (null for blank, N/A and unreadable), what kind of entry it
/// was, the text exactly as read, and whether OCR letter/digit confusions had to be repaired.
/// </summary>
public readonly record struct AmountReading(decimal? Value, AmountKind Kind, string Text, bool Repaired)
{
    public bool HasValue => Value.HasValue;
}

/// <summary>
/// Reads dollar amounts as typed on paper forms: "$ 3,984,567", "3,984,567.00", "$3.984.567" (periods as
/// thousands separators), "-0-", "None", "N/A", blank. OCR confusions (O/o→0, l/I/|→1, S/s→5, B→8, Z→2)
/// are repaired only when the repaired text is then a well-formed amount; the text as read is kept.
/// </summary>
public static class AmountParser
{
    public static AmountReading Parse(string? text)
    {
        var raw = text ?? string.Empty;
        var t = Clean(raw);
        if (t.Length == 0)
        {
            return new AmountReading(null, AmountKind.Blank, raw, false);
        }

        var upper = t.ToUpperInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        if (upper is "NONE")
        {
            return new AmountReading(0m, AmountKind.None, raw, false);
        }

        // A heavy scan bleeds the N of a typed "None" into an M, H, W or X ("Mone", "Wone" in syn-27's C.5): a word of
        // four letters, three of them None's in place, is None; nothing else four letters long is typed in an amount slot.
        if (upper.Length == 4 && upper.All(char.IsAsciiLetterUpper) && upper.Zip("NONE").Count(p => p.First != p.Second) == 1)
        {
            return new AmountReading(0m, AmountKind.None, raw, true);
        }

        if (upper is "N/A" or "NA" or "NOTAPPLICABLE")
        {
            return new AmountReading(null, AmountKind.NotApplicable, raw, false);
        }

        if (t is "-0-" or "-O-" or "-o-" or "—0—" or "–0–")
        {
            return new AmountReading(0m, AmountKind.Number, raw, false);
        }

        if (TryNumber(t, out var value))
        {
            return new AmountReading(value, AmountKind.Number, raw, false);
        }

        var repaired = RepairConfusions(t);
        if (repaired != t && TryNumber(repaired, out value))
        {
            return new AmountReading(value, AmountKind.Number, raw, true);
        }

        return new AmountReading(null, AmountKind.Unreadable, raw, false);
    }

    /// <summary>
    /// The other way to read an amount typed after a lone digit and a space ("2 5,900.00"): the form's "$" read
    /// as a digit (OCR takes it for 2, 5, 8 or S) before a well-formed grouped amount, which <see cref="Parse"/>
    /// joins into one number (25,900.00). Null unless the text has that shape. Neither reading is sure, so the
    /// caller keeps both for reconciliation to settle, or flags the field.
    /// </summary>
    public static AmountReading? WithoutLoneLeadingDigit(string? text)
    {
        var t = (text ?? string.Empty).Replace('$', ' ').Trim();
        var space = t.IndexOf(' ', StringComparison.Ordinal);
        if (space != 1 || !char.IsDigit(t[0]))
        {
            return null;
        }

        var rest = t[(space + 1)..].Trim();
        return rest.Contains(',', StringComparison.Ordinal) && rest.Length > 0 && char.IsDigit(rest[0]) && TryNumber(rest, out var value)
            ? new AmountReading(value, AmountKind.Number, rest, false)
            : null;
    }

    /// <summary>Formats an amount the way every output writes it: plain digits, '.' decimals only when needed.</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Drops trailing zero decimals so 3984567.00 and 3984567 are the same JSON number.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Strips the dollar sign, the form's underscores and dot leaders, and spaces around separators.</summary>
    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Trim())
        {
            if (c is '$' or '_' or '\u00A0')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        var t = sb.ToString().Trim();
        // Dot leaders ("......") before the amount belong to the label, not the number.
        t = t.TrimStart('.', ' ', '…', ':');
        // "3, 984,567" or "3 ,984" — spaces OCR puts around separators inside a number.
        var compact = new StringBuilder(t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == ' ' && i > 0 && i < t.Length - 1 && IsNumberChar(t[i - 1]) && IsNumberChar(t[i + 1]))
            {
                continue;
            }

            compact.Append(t[i]);
        }

        return compact.ToString().Trim();
    }

    private static bool IsNumberChar(char c) => char.IsDigit(c) || c is ',' or '.';

    /// <summary>
    /// Accepts digits with thousands separators (',' or '.', each followed by exactly three digits) and an
    /// optional two-digit decimal part after '.'. Parentheses or a leading '-' make it negative.
    /// </summary>
    private static bool TryNumber(string t, out decimal value)
    {
        value = 0;
        var negative = false;
        if (t.StartsWith('(') && t.EndsWith(')'))
        {
            negative = true;
            t = t[1..^1].Trim();
        }
        else if (t.StartsWith('-'))
        {
            negative = true;
            t = t[1..].Trim();
        }

        if (t.Length == 0 || !char.IsDigit(t[0]) || !char.IsDigit(t[^1]))
        {
            return false;
        }

        foreach (var c in t)
        {
            if (!char.IsDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }

        // Cents: a final '.' and exactly two digits, the only way US dollar amounts are typed. A final ','
        // or a single digit after the point is a thousands group that lost digits to OCR ("124, 30" for
        // "124,800"), not a European decimal: such a reading is unreadable, never a wrong number.
        string whole = t;
        string fraction = string.Empty;
        var last = t.LastIndexOfAny([',', '.']);
        if (last >= 0 && t[last] == '.' && t.Length - last - 1 == 2)
        {
            whole = t[..last];
            fraction = t[(last + 1)..];
        }

        var groups = whole.Split(',', '.');
        if (groups.Length > 1)
        {
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }
        }

        var digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : string.Empty);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = Normalize(negative ? -value : value);
        return true;
    }

    /// <summary>Letters Tesseract commonly returns for digits on typed forms.</summary>
    public static string RepairConfusions(string t)
    {
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            sb.Append(OcrLookAlikes.AsDigit(c) ?? c);
        }

        return sb.ToString();
    }
}
