using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingExtractor.Edgar.FormD;

/// <summary>How the XML's raw texts become model values (amounts, booleans, names, codes).</summary>
internal static partial class FormDValues
{
    /// <summary>US states, DC and territories by the names EDGAR's Form D writes for jurisdictionOfInc.</summary>
    private static readonly Dictionary<string, string> UsJurisdictions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ALABAMA"] = "AL", ["ALASKA"] = "AK", ["ARIZONA"] = "AZ", ["ARKANSAS"] = "AR", ["CALIFORNIA"] = "CA",
        ["COLORADO"] = "CO", ["CONNECTICUT"] = "CT", ["DELAWARE"] = "DE", ["DISTRICT OF COLUMBIA"] = "DC",
        ["FLORIDA"] = "FL", ["GEORGIA"] = "GA", ["HAWAII"] = "HI", ["IDAHO"] = "ID", ["ILLINOIS"] = "IL",
        ["INDIANA"] = "IN", ["IOWA"] = "IA", ["KANSAS"] = "KS", ["KENTUCKY"] = "KY", ["LOUISIANA"] = "LA",
        ["MAINE"] = "ME", ["MARYLAND"] = "MD", ["MASSACHUSETTS"] = "MA", ["MICHIGAN"] = "MI", ["MINNESOTA"] = "MN",
        ["MISSISSIPPI"] = "MS", ["MISSOURI"] = "MO", ["MONTANA"] = "MT", ["NEBRASKA"] = "NE", ["NEVADA"] = "NV",
        ["NEW HAMPSHIRE"] = "NH", ["NEW JERSEY"] = "NJ", ["NEW MEXICO"] = "NM", ["NEW YORK"] = "NY",
        ["NORTH CAROLINA"] = "NC", ["NORTH DAKOTA"] = "ND", ["OHIO"] = "OH", ["OKLAHOMA"] = "OK", ["OREGON"] = "OR",
        ["PENNSYLVANIA"] = "PA", ["RHODE ISLAND"] = "RI", ["SOUTH CAROLINA"] = "SC", ["SOUTH DAKOTA"] = "SD",
        ["TENNESSEE"] = "TN", ["TEXAS"] = "TX", ["UTAH"] = "UT", ["VERMONT"] = "VT", ["VIRGINIA"] = "VA",
        ["WASHINGTON"] = "WA", ["WEST VIRGINIA"] = "WV", ["WISCONSIN"] = "WI", ["WYOMING"] = "WY",
        ["PUERTO RICO"] = "PR", ["GUAM"] = "GU", ["AMERICAN SAMOA"] = "AS", ["NORTHERN MARIANA ISLANDS"] = "MP",
        ["VIRGIN ISLANDS, U.S."] = "VI", ["UNITED STATES VIRGIN ISLANDS"] = "VI", ["U.S. VIRGIN ISLANDS"] = "VI",
    };

    private static readonly HashSet<string> UsCodes = new(UsJurisdictions.Values, StringComparer.OrdinalIgnoreCase);

    private static readonly string[] CanadianProvinces =
    [
        "ALBERTA", "BRITISH COLUMBIA", "MANITOBA", "NEW BRUNSWICK", "NEWFOUNDLAND", "NOVA SCOTIA", "ONTARIO",
        "PRINCE EDWARD ISLAND", "QUEBEC", "SASKATCHEWAN", "YUKON", "NUNAVUT", "NORTHWEST TERRITORIES",
    ];

    /// <summary>Words that mark a name as an organisation rather than a person.</summary>
    private static readonly HashSet<string> EntityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "LLC", "L.L.C.", "LP", "L.P.", "LLP", "L.L.P.", "INC", "INC.", "INCORPORATED", "CORP", "CORP.", "CORPORATION",
        "CO.", "COMPANY", "LTD", "LTD.", "LIMITED", "TRUST", "FUND", "FUNDS", "PARTNERS", "PARTNERSHIP", "CAPITAL",
        "HOLDINGS", "GROUP", "MANAGEMENT", "ADVISORS", "ADVISERS", "SECURITIES", "BANK", "GP", "N.A.", "PLC",
        "S.A.", "AG", "GMBH", "FINANCIAL", "INVESTMENTS", "VENTURES", "ASSOCIATES", "SERVICES", "L.P", "LLC.",
    };

    /// <summary>Organisation suffixes EDGAR's two-field names put in firstName ("LLC", lastName "Fund GP,").</summary>
    private static readonly HashSet<string> EntitySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "LLC", "L.L.C.", "LLC.", "LP", "L.P.", "L.P", "LLP", "L.L.P.", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.",
        "Ltd", "Ltd.", "Limited", "N.A.", "PLC", "S.A.", "AG", "GmbH", "Trust", "Corporation", "Company",
    };

    /// <summary>What filers type in firstName when the related person is an organisation.</summary>
    private static readonly HashSet<string> NoFirstName = new(StringComparer.OrdinalIgnoreCase)
    {
        "N/A", "NA", "N.A", "-", "--", "---", "NONE", ".", "X", "_",
    };

    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var t = Spaces().Replace(raw, " ").Trim();
        return t.Length == 0 ? null : t;
    }

    /// <summary>An amount in dollars; "Indefinite" sets <paramref name="indefinite"/>. Trailing zeros of decimals dropped.</summary>
    public static decimal? Amount(string? raw, out bool indefinite)
    {
        indefinite = false;
        var t = Clean(raw);
        if (t is null)
        {
            return null;
        }

        if (t.Equals("Indefinite", StringComparison.OrdinalIgnoreCase))
        {
            indefinite = true;
            return null;
        }

        var digits = t.Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
            ? Normalize(d)
            : null;
    }

    /// <summary>"5725051.00" and "5725051" are the same amount; written the short way.</summary>
    public static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;

    public static string Invariant(decimal d) => Normalize(d).ToString(CultureInfo.InvariantCulture);

    public static int? Integer(string? raw)
    {
        var t = Clean(raw)?.Replace(",", string.Empty, StringComparison.Ordinal);
        return int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public static bool? Boolean(string? raw) => Clean(raw)?.ToUpperInvariant() switch
    {
        "TRUE" or "Y" or "YES" or "1" => true,
        "FALSE" or "N" or "NO" or "0" => false,
        _ => null,
    };

    public static DateOnly? Date(string? raw)
    {
        var t = Clean(raw);
        if (t is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy", "yyyyMMdd", "yyyy-MM-ddK", "yyyy-MM-ddTHH:mm:ss"];
        return DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : DateTime.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) ? DateOnly.FromDateTime(dt)
            : null;
    }

    /// <summary>
    /// "(818) 734-5300" (with " x123" for an extension) for North American numbers, the same form the
    /// paper-form readers write; anything else as written.
    /// </summary>
    public static string? Phone(string? raw)
    {
        var t = Clean(raw);
        if (t is null)
        {
            return null;
        }

        var m = Nanp().Match(t);
        if (!m.Success)
        {
            return t;
        }

        var ext = m.Groups[4].Success ? " x" + m.Groups[4].Value : string.Empty;
        return $"({m.Groups[1].Value}) {m.Groups[2].Value}-{m.Groups[3].Value}{ext}";
    }

    /// <summary>
    /// Jurisdiction as the model wants it: USPS code for a US state or territory, "CN" for Canada or a
    /// province, "FN" for any other country. EDGAR writes full names ("DELAWARE", "CAYMAN ISLANDS"); the
    /// name as written stays in provenance.
    /// </summary>
    public static string? Jurisdiction(string? raw)
    {
        var t = Clean(raw);
        if (t is null)
        {
            return null;
        }

        if (UsJurisdictions.TryGetValue(t, out var code))
        {
            return code;
        }

        if (t.Length == 2 && UsCodes.Contains(t))
        {
            return t.ToUpperInvariant();
        }

        var upper = t.ToUpperInvariant();
        if (upper.Contains("CANADA", StringComparison.Ordinal) || CanadianProvinces.Any(p => upper.StartsWith(p, StringComparison.Ordinal)) || upper == "CN")
        {
            return "CN";
        }

        return "FN";
    }

    public static bool LooksLikeEntity(string name)
    {
        foreach (var token in name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (EntityWords.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// EDGAR splits every related person into first/middle/last name, organisations too: filers put
    /// "N/A" (or nothing) in firstName, or split the name so that firstName holds the suffix ("Ltd.",
    /// "LLC"). Such a person is an entity whose whole name goes in lastName.
    /// </summary>
    public static (bool IsEntity, string? EntityName) RelatedPersonEntity(string? first, string? middle, string? last)
    {
        if (last is null)
        {
            return (false, null);
        }

        if (first is null || NoFirstName.Contains(first))
        {
            return (true, middle is null || NoFirstName.Contains(middle) ? last : $"{last} {middle}");
        }

        if (EntitySuffixes.Contains(first))
        {
            return (true, last.EndsWith(',') ? $"{last} {first}" : $"{last}, {first}");
        }

        return (false, null);
    }

    /// <summary>
    /// A sales-compensation recipient has one name field. Organisations keep it whole in lastName; a
    /// person's "First [Middle] Last" or "Last, First" is split.
    /// </summary>
    public static (string? First, string? Middle, string? Last, bool IsEntity) SplitRecipientName(string? name)
    {
        if (name is null)
        {
            return (null, null, null, false);
        }

        if (LooksLikeEntity(name) || name.Any(char.IsAsciiDigit) || name.Contains('&', StringComparison.Ordinal))
        {
            return (null, null, name, true);
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var last = name[..comma].Trim();
            var rest = name[(comma + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return rest.Length == 0
                ? (null, null, last, false)
                : (rest[0], rest.Length > 1 ? string.Join(' ', rest[1..]) : null, last, false);
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 => (null, null, parts[0], false),
            2 => (parts[0], null, parts[1], false),
            _ => (parts[0], string.Join(' ', parts[1..^1]), parts[^1], false),
        };
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:\+?1[\s.\-]*)?\(?\s*([2-9]\d{2})\s*\)?[\s.\-]*(\d{3})[\s.\-]*(\d{4})(?:\s*(?:x|ext\.?|extension)\s*(\d{1,6}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Nanp();
}
