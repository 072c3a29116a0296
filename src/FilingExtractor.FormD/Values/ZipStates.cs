namespace FilingExtractor.FormD.Values;

/// <summary>
/// The state a US ZIP code belongs to, from its first three digits (USPS's sectional centers: each 3-digit
/// prefix serves one state). Prefixes that serve no state of the form's list (military mail, the territories
/// other than Puerto Rico, unassigned ones) give null.
/// </summary>
public static class ZipStates
{
    /// <summary>Ranges of 3-digit prefixes, inclusive, with the state they serve; exceptions inside a range come first.</summary>
    private static readonly (int From, int To, string State)[] Ranges =
    [
        // Single prefixes inside another state's range (IRS and other unique-ZIP centres).
        (5, 5, "NY"), (55, 55, "MA"), (201, 201, "VA"), (569, 569, "DC"), (733, 733, "TX"), (885, 885, "TX"),
        (6, 7, "PR"), (9, 9, "PR"),
        (10, 27, "MA"), (28, 29, "RI"), (30, 38, "NH"), (39, 49, "ME"), (50, 59, "VT"), (60, 69, "CT"),
        (70, 89, "NJ"), (100, 149, "NY"), (150, 196, "PA"), (197, 199, "DE"), (200, 205, "DC"), (206, 219, "MD"),
        (220, 246, "VA"), (247, 268, "WV"), (270, 289, "NC"), (290, 299, "SC"), (300, 319, "GA"), (398, 399, "GA"),
        (320, 349, "FL"), (350, 369, "AL"), (370, 385, "TN"), (386, 397, "MS"), (400, 427, "KY"), (430, 459, "OH"),
        (460, 479, "IN"), (480, 499, "MI"), (500, 528, "IA"), (530, 549, "WI"), (550, 567, "MN"), (570, 577, "SD"),
        (580, 588, "ND"), (590, 599, "MT"), (600, 629, "IL"), (630, 658, "MO"), (660, 679, "KS"), (680, 693, "NE"),
        (700, 715, "LA"), (716, 729, "AR"), (730, 749, "OK"), (750, 799, "TX"), (800, 816, "CO"), (820, 831, "WY"),
        (832, 838, "ID"), (840, 847, "UT"), (850, 865, "AZ"), (870, 884, "NM"), (889, 898, "NV"), (900, 961, "CA"),
        (967, 968, "HI"), (970, 979, "OR"), (980, 994, "WA"), (995, 999, "AK"),
    ];

    /// <summary>The USPS code of the state <paramref name="zip"/> (5 digits, optionally ZIP+4) belongs to, or null.</summary>
    public static string? StateOf(string? zip)
    {
        if (zip is null || zip.Length < 5 || zip.AsSpan(0, 5).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var prefix = ((zip[0] - '0') * 100) + ((zip[1] - '0') * 10) + (zip[2] - '0');
        foreach (var (from, to, state) in Ranges)
        {
            if (prefix >= from && prefix <= to)
            {
                return state;
            }
        }

        return null;
    }
}
