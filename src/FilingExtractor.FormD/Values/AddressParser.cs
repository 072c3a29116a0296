using System.Text.RegularExpressions;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Values;

/// <summary>
/// Splits a one-line US address "21211 Nordhoff Street, Suite 100, Chatsworth, CA 91311" into street1,
/// street2, city, state (USPS code; full state names are converted) and ZIP (5 or 9 digits). Read from the
/// right, where the structure is: ZIP, then state, then city; the rest is the street.
/// </summary>
public static partial class AddressParser
{
    public static Address Parse(string? text)
    {
        var a = new Address();
        var t = Regex.Replace(text?.Trim() ?? string.Empty, @"\s+", " ").Trim(' ', ',');
        if (t.Length == 0)
        {
            return a;
        }

        var zip = Zip().Match(t);
        if (zip.Success)
        {
            // ZIP+4's hyphen as typed, whatever OCR made of it ("~", a dash, a space).
            a.ZipCode = zip.Groups[2].Success ? $"{zip.Groups[1].Value}-{zip.Groups[2].Value}" : zip.Groups[1].Value;
            t = t[..zip.Index].TrimEnd(' ', ',');
        }

        var (state, rest) = TakeState(t, ZipStates.StateOf(a.ZipCode));
        a.StateOrCountry = state;
        t = rest.TrimEnd(' ', ',');

        var segments = t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (state is not null && segments.Count >= 2)
        {
            a.City = segments[^1];
            segments.RemoveAt(segments.Count - 1);
        }
        else if (state is not null && segments.Count == 1 && !char.IsDigit(segments[0][0]))
        {
            a.City = segments[0];
            segments.Clear();
        }

        if (segments.Count > 0)
        {
            a.Street1 = segments[0];
            if (segments.Count > 1)
            {
                a.Street2 = string.Join(", ", segments.Skip(1));
            }
        }

        return a;
    }

    /// <summary>Joins an address back into one line, for matching and display.</summary>
    public static string Format(Address a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var stateZip = string.Join(' ', new[] { a.StateOrCountry, a.ZipCode }.Where(s => !string.IsNullOrEmpty(s)));
        return string.Join(", ", new[] { a.Street1, a.Street2, a.City, stateZip }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>
    /// The state at the end of <paramref name="t"/> and what stands before it. A code that one OCR confusion away
    /// from the state the ZIP code serves (<paramref name="zipState"/>) is taken as that state: heavy type loses a
    /// T's bar ("IN 37203" for Tennessee) or an F's ("PL 33131", no state at all). Two codes a confusion apart
    /// where the ZIP is misread instead would need a first-digit misreading that lands in the other state's range.
    /// </summary>
    private static (string? State, string Remainder) TakeState(string t, string? zipState)
    {
        var m = StateCode().Match(t);
        if (m.Success)
        {
            var code = m.Groups[1].Value.ToUpperInvariant();
            if (zipState is not null && code != zipState && OneConfusionApart(code, zipState))
            {
                return (zipState, t[..m.Index]);
            }

            if (UsStates.Codes.Contains(code))
            {
                return (code, t[..m.Index]);
            }
        }

        foreach (var (name, code) in UsStates.ByName)
        {
            if (t.EndsWith(name, StringComparison.OrdinalIgnoreCase) && (t.Length == name.Length || t[^(name.Length + 1)] is ' ' or ','))
            {
                return (code, t[..^name.Length]);
            }
        }

        return (null, t);
    }

    /// <summary>Whether two 2-letter codes differ in one place only, by a pair OCR confuses.</summary>
    internal static bool OneConfusionApart(string read, string expected)
    {
        if (read.Length != 2 || expected.Length != 2)
        {
            return false;
        }

        var same = (read[0] == expected[0] ? 1 : 0) + (read[1] == expected[1] ? 1 : 0);
        if (same != 1)
        {
            return false;
        }

        var i = read[0] == expected[0] ? 1 : 0;
        return OcrLookAlikes.Confusable(read[i], expected[i]);
    }

    [GeneratedRegex(@"[\s,]*\b(\d{5})(?:(?:\s?[-~—–]\s?|\s)(\d{4}))?$")]
    private static partial Regex Zip();

    [GeneratedRegex(@"(?:^|[\s,])([A-Za-z0-9]{2})\.?$")]
    private static partial Regex StateCode();
}

/// <summary>USPS codes of the states, DC and Puerto Rico, in the Form D Appendix's order, and their names.</summary>
public static class UsStates
{
    /// <summary>The Appendix's and B.4's state order: alphabetical by name, as the form prints them.</summary>
    public static readonly IReadOnlyList<string> FormOrder =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
        "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];

    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(FormOrder, StringComparer.Ordinal);

    /// <summary>Full names to codes, longest first so "West Virginia" wins over "Virginia".</summary>
    public static readonly IReadOnlyList<(string Name, string Code)> ByName = new (string, string)[]
    {
        ("Alabama", "AL"), ("Alaska", "AK"), ("Arizona", "AZ"), ("Arkansas", "AR"), ("California", "CA"), ("Colorado", "CO"),
        ("Connecticut", "CT"), ("Delaware", "DE"), ("District of Columbia", "DC"), ("Florida", "FL"), ("Georgia", "GA"),
        ("Hawaii", "HI"), ("Idaho", "ID"), ("Illinois", "IL"), ("Indiana", "IN"), ("Iowa", "IA"), ("Kansas", "KS"),
        ("Kentucky", "KY"), ("Louisiana", "LA"), ("Maine", "ME"), ("Maryland", "MD"), ("Massachusetts", "MA"),
        ("Michigan", "MI"), ("Minnesota", "MN"), ("Mississippi", "MS"), ("Missouri", "MO"), ("Montana", "MT"),
        ("Nebraska", "NE"), ("Nevada", "NV"), ("New Hampshire", "NH"), ("New Jersey", "NJ"), ("New Mexico", "NM"),
        ("New York", "NY"), ("North Carolina", "NC"), ("North Dakota", "ND"), ("Ohio", "OH"), ("Oklahoma", "OK"),
        ("Oregon", "OR"), ("Pennsylvania", "PA"), ("Rhode Island", "RI"), ("South Carolina", "SC"), ("South Dakota", "SD"),
        ("Tennessee", "TN"), ("Texas", "TX"), ("Utah", "UT"), ("Vermont", "VT"), ("Virginia", "VA"), ("Washington", "WA"),
        ("West Virginia", "WV"), ("Wisconsin", "WI"), ("Wyoming", "WY"), ("Puerto Rico", "PR"),
    }.OrderByDescending(p => p.Item1.Length).ToArray();
}
