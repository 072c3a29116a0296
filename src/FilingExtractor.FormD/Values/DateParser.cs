using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingExtractor.FormD.Values;

/// <summary>Options for reading dates.</summary>
public sealed record DateParseOptions
{
    /// <summary>
    /// Two-digit years map into the hundred years ending here: with 2029, "02" is 2002 and "98" is 1998,
    /// "30" is 1930. Paper Form D notices date from 1982 to 2009, well inside that window.
    /// </summary>
    public int TwoDigitYearMax { get; init; } = 2029;

    /// <summary>
    /// Text as OCR read it from a scan: when the date does not parse as written, a misspelt month name
    /// ("cctoper") is taken for the month it is nearest to, and look-alike characters in a number
    /// ("§" or "S" for 5, "O" for 0, "l" or "I" for 1) are read as the digits, where the result is then a date.
    /// </summary>
    public bool RepairOcr { get; init; }

    public static DateParseOptions Default { get; } = new();

    public static DateParseOptions Scanned { get; } = new() { RepairOcr = true };
}

/// <summary>
/// Reads the dates typed on filings: "11/11/02", "11-11-2002", "Nov. 11, 2002", "November 11, 2002",
/// "11 November 2002", "2002-11-11". US month-first order for numeric dates, as on SEC forms.
/// </summary>
public static partial class DateParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Parse(string? text, DateParseOptions? options = null)
    {
        options ??= DateParseOptions.Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim().Replace('\u2013', '-').Replace('\u2014', '-');
        if (Iso().Match(t) is { Success: true } iso)
        {
            return Make(Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value));
        }

        if (Numeric().Match(t) is { Success: true } n)
        {
            return Make(Year(n.Groups[3].Value, options), Int(n.Groups[1].Value), Int(n.Groups[2].Value));
        }

        if (MonthFirst().Match(t) is { Success: true } m && Month(m.Groups[1].Value) is { } mon)
        {
            return Make(Year(m.Groups[3].Value, options), mon, Int(m.Groups[2].Value));
        }

        if (DayFirst().Match(t) is { Success: true } d && Month(d.Groups[2].Value) is { } mon2)
        {
            return Make(Year(d.Groups[3].Value, options), mon2, Int(d.Groups[1].Value));
        }

        if (options.RepairOcr)
        {
            var repaired = LookAlikes().Replace(t, m => new string([.. m.Value.Select(c => c == '§' ? '5' : OcrLookAlikes.AsDigit(c) ?? c)]));
            if (MonthFirst().Match(repaired) is { Success: true } r && NearestMonth(r.Groups[1].Value) is { } mon3)
            {
                return Make(Year(r.Groups[3].Value, options), mon3, Int(r.Groups[2].Value));
            }

            if (!string.Equals(repaired, t, StringComparison.Ordinal))
            {
                return Parse(repaired, options with { RepairOcr = false });
            }
        }

        return null;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month whose name a misread word is nearest to, when it is near only that one (at most 2 letters in 7 wrong).</summary>
    private static int? NearestMonth(string word)
    {
        var key = word.Trim('.').ToLowerInvariant();
        if (Month(key) is { } exact)
        {
            return exact;
        }

        if (key.Length < 4)
        {
            return null;
        }

        var scored = MonthNames.Select((m, i) => (Score: Core.Text.TextSimilarity.Of(key, m), Month: i + 1)).OrderByDescending(x => x.Score).ToList();
        return scored[0].Score >= 0.7 && scored[1].Score < scored[0].Score ? scored[0].Month : null;
    }

    /// <summary>Runs of digits and their look-alikes not inside a word ("§," and "2OO3", not the O of "Oct").</summary>
    [GeneratedRegex(@"(?<![A-Za-z])[0-9§SOolI|]+(?![A-Za-z])")]
    private static partial Regex LookAlikes();

    /// <summary>ISO 8601 calendar date, the only form outputs use.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Month(string name)
    {
        var key = name.Trim('.').ToLowerInvariant();
        if (key.Length < 3)
        {
            return null;
        }

        var i = Array.FindIndex(Months, m => key.StartsWith(m, StringComparison.Ordinal));
        return i < 0 ? null : i + 1;
    }

    private static int Year(string s, DateParseOptions options)
    {
        var y = Int(s);
        if (s.Length > 2)
        {
            return y;
        }

        var max = options.TwoDigitYearMax;
        var candidate = (max / 100 * 100) + y;
        return candidate > max ? candidate - 100 : candidate;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})$")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})$")]
    private static partial Regex DayFirst();
}
