using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingExtractor.Edgar.Prospectuses;

/// <summary>
/// Building blocks for reading prospectus prose: dates as written in US filings, share counts, prices,
/// and names of companies, people and firms. Names are runs of capitalised words ("UT Leasing Services,
/// Inc.", "Wilson Sonsini Goodrich &amp; Rosati"); a lower-case word ends them, which is what stops
/// "UT Leasing Services, Inc. and the aggregate number" at "Inc.".
/// </summary>
internal static partial class Patterns
{
    public const string Month = @"(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

    public const string FullDate = @"(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*\d{4}|\d{1,2}\s+" + Month + @",?\s+\d{4})";

    public const string MonthYear = Month + @",?\s+\d{4}";

    public const string Shares = @"\d{1,3}(?:,\d{3})+|\d+";

    public const string Money = @"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\.\d+";

    public const string Word = @"(?:[A-Z][A-Za-z0-9'&\-]*\.?|[A-Z]\.(?:[A-Z]\.)+|&)";

    public const string Connector = @"(?:of|and|de|du|la|le|the|for|von|van|der|y)";

    public const string Suffix = @"(?:,?\s+(?i:inc\.?|incorporated|corp\.?|corporation|co\.|company|llc|l\.l\.c\.|l\.p\.|lp|llp|l\.l\.p\.|ltd\.?|limited|n\.a\.|plc|s\.a\.|ag|gmbh|n\.v\.|b\.v\.|trust|p\.c\.|p\.a\.))";

    /// <summary>A company's or person's name: capitalised words, connectors between them, legal suffixes after a comma.</summary>
    public const string Name = Word + @"(?:(?:\s+" + Connector + @")?\s+" + Word + @")*" + Suffix + "*";

    /// <summary>A firm's name, which may have commas between partners' names ("Skadden, Arps, Slate, Meagher &amp; Flom LLP").</summary>
    public const string FirmName = Word + @"(?:(?:\s+|,\s+|\s+and\s+)" + Word + @")*";

    public const string SellingHolder = @"(?i:selling\s+(?:stock|share|security\s?|securit(?:y|ies)\s?|unit\s?)holders?)";

    public const string TheSellingHolder = @"(?i:the\s+)" + SellingHolder;

    public const string Exemption = @"(?:Rule\s+50[456](?:\s*\([bc]\))?|Rule\s+144A|Regulation\s+[DS]|Section\s+4\s*\(\s*(?:a\s*\)\s*\(\s*)?[1-7]\s*\)|Section\s+3\s*\(\s*a\s*\)\s*\(\s*(?:9|10)\s*\))";

    private static readonly HashSet<string> KeptTrailingDots = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc.", "Corp.", "Co.", "Ltd.", "L.P.", "L.L.C.", "N.A.", "S.A.", "P.C.", "P.A.", "N.V.", "B.V.", "Jr.", "Sr.", "L.L.P.",
    };

    private static readonly string[] UsStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
        "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "D.C.",
    ];

    private static readonly string[] StateCodes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ];

    public static long? ParseShares(string s)
    {
        var t = s.Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static decimal? ParseMoney(string s)
    {
        var t = s.Replace(",", string.Empty, StringComparison.Ordinal).Replace("$", string.Empty, StringComparison.Ordinal).Trim();
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>"January 13, 2003", "Jan. 13 2003", "13 January 2003".</summary>
    public static DateOnly? ParseDate(string s)
    {
        var m = DateParts().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var month = MonthNumber(m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value);
        var day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is null || year < 1900 || year > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month.Value))
        {
            return null;
        }

        return new DateOnly(year, month.Value, day);
    }

    /// <summary>"November 2002" as the first of that month, for ordering only.</summary>
    public static DateOnly? ParseMonthYear(string s)
    {
        var m = MonthYearParts().Match(s);
        if (!m.Success || MonthNumber(m.Groups["m"].Value) is not { } month)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2100 ? new DateOnly(year, month, 1) : null;
    }

    private static int? MonthNumber(string name)
    {
        var n = name.TrimEnd('.').ToUpperInvariant();
        return n.Length < 3 ? null : n[..3] switch
        {
            "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
            "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, "DEC" => 12,
            _ => null,
        };
    }

    /// <summary>Whitespace collapsed, footnote marks and trailing punctuation removed ("Inc." keeps its period).</summary>
    public static string CleanName(string raw)
    {
        var t = DocumentText.Clean(raw);
        t = Footnote().Replace(t, string.Empty).Trim();
        while (t.Length > 0 && t[^1] is ',' or ';' or ':' or '"' or '\'')
        {
            t = t[..^1].TrimEnd();
        }

        if (t.EndsWith('.'))
        {
            var lastWord = t[(t.LastIndexOf(' ') + 1)..];
            var isInitial = lastWord.Length == 2 && char.IsUpper(lastWord[0]);
            if (!KeptTrailingDots.Contains(lastWord) && !isInitial)
            {
                t = t[..^1];
            }
        }

        return t;
    }

    /// <summary>
    /// A firm as named in running text, without what follows its name: its legal form when it is only a
    /// designation ("Professional Corporation", "P.C.") and its city and state ("Palo Alto, California").
    /// </summary>
    public static string CleanFirm(string raw)
    {
        var parts = CleanName(raw).Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        bool Designation(string p) => Designations().IsMatch(p);
        bool State(string p) => UsStates.Any(s => s.Equals(p.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) || StateCodes.Contains(p.TrimEnd('.'));
        var changed = true;
        while (parts.Count > 1 && changed)
        {
            changed = false;
            if (Designation(parts[^1]))
            {
                parts.RemoveAt(parts.Count - 1);
                changed = true;
            }
            else if (State(parts[^1]) && parts.Count > 2)
            {
                parts.RemoveRange(parts.Count - 2, 2); // city and state
                changed = true;
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// Words of a name as a case-insensitive pattern with any whitespace between them; no time limit of its
    /// own, as for every pattern of the parser (the process default applies).
    /// </summary>
    public static Regex Loose(string name) => new(
        @"(?<![A-Za-z])" + string.Join(@"\s+", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?:(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?<y>\d{4})|(?<d2>\d{1,2})\s+(?<m2>" + Month + @"),?\s+(?<y>\d{4}))", RegexOptions.CultureInvariant)]
    private static partial Regex DateParts();

    [GeneratedRegex(@"(?<m>" + Month + @"),?\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearParts();

    [GeneratedRegex(@"\s*(?:\(\d{1,2}\)|\(\*+\)|\*+|\[\d{1,2}\])(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(?:a\s+)?(?:professional\s+(?:law\s+)?corporation|professional\s+association|p\.\s?c\.?|p\.\s?a\.?|a\s+limited\s+liability\s+partnership)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Designations();
}
