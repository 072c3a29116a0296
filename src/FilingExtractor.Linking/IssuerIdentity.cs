using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FilingExtractor.Edgar;
using FilingExtractor.Model;

namespace FilingExtractor.Linking;

/// <summary>
/// An issuer as one document names it, reduced to comparable keys: the entity name without case,
/// punctuation or legal-form words; the CIK without leading zeros; phone digits; the address as street
/// number and 5-digit ZIP. A document may give several names (a prospectus's running text and EDGAR's
/// conformed name), addresses and phones (a Form D's executive offices and principal place of business).
/// </summary>
public sealed record IssuerIdentity(string? Cik, IReadOnlyList<string> Names, IReadOnlyList<string> Addresses, IReadOnlyList<string> Phones)
{
    /// <summary>The first name as written, for messages.</summary>
    public string? DisplayName { get; init; }

    public static IssuerIdentity Of(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var i = filing.PrimaryIssuer;
        return new IssuerIdentity(
            IssuerKeys.Cik(i.Cik),
            Distinct(IssuerKeys.Name(i.EntityName), IssuerKeys.Name(filing.Signature.IssuerName)),
            Distinct(IssuerKeys.Address(i.IssuerAddress), IssuerKeys.Address(i.PrincipalBusinessAddress)),
            Distinct(IssuerKeys.Phone(i.IssuerPhoneNumber), IssuerKeys.Phone(i.PrincipalBusinessPhoneNumber)))
        {
            DisplayName = i.EntityName ?? filing.Signature.IssuerName,
        };
    }

    public static IssuerIdentity Of(Prospectus prospectus)
    {
        ArgumentNullException.ThrowIfNull(prospectus);
        var i = prospectus.Issuer;
        return new IssuerIdentity(
            IssuerKeys.Cik(i.Cik ?? prospectus.Submission?.Cik),
            Distinct(IssuerKeys.Name(i.Name), IssuerKeys.Name(prospectus.Submission?.CompanyName)),
            Distinct(IssuerKeys.Address(i.Address)),
            Distinct(IssuerKeys.Phone(i.Phone)))
        {
            DisplayName = i.Name ?? prospectus.Submission?.CompanyName,
        };
    }

    /// <summary>
    /// Whether two documents name one issuer: by CIK when both have one (decisive either way), else by
    /// normalised name. Address and phone only corroborate (or contradict) a match: offices move, and
    /// unrelated funds of one sponsor share both.
    /// </summary>
    public IdentityComparison Compare(IssuerIdentity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var matched = new List<string>();
        var differ = new List<string>();
        void Fact(string fact, bool comparable, bool same)
        {
            if (comparable)
            {
                (same ? matched : differ).Add(fact);
            }
        }

        Fact(IdentityFacts.Cik, Cik is not null && other.Cik is not null, Cik == other.Cik);
        Fact(IdentityFacts.Name, Names.Count > 0 && other.Names.Count > 0, Names.Intersect(other.Names, StringComparer.Ordinal).Any());
        Fact(IdentityFacts.Address, Addresses.Count > 0 && other.Addresses.Count > 0, Addresses.Intersect(other.Addresses, StringComparer.Ordinal).Any());
        Fact(IdentityFacts.Phone, Phones.Count > 0 && other.Phones.Count > 0, Phones.Intersect(other.Phones, StringComparer.Ordinal).Any());
        var same = Cik is not null && other.Cik is not null ? Cik == other.Cik : matched.Contains(IdentityFacts.Name);
        return new IdentityComparison(same, matched, differ);
    }

    private static List<string> Distinct(params string?[] keys) =>
        [.. keys.Where(k => k is not null).Select(k => k!).Distinct(StringComparer.Ordinal)];
}

/// <summary>How two identities compare: same issuer or not, and which facts matched or differed (in <see cref="IdentityFacts.All"/> order).</summary>
public sealed record IdentityComparison(bool SameIssuer, IReadOnlyList<string> Matched, IReadOnlyList<string> Differ);

/// <summary>The normalisations behind <see cref="IssuerIdentity"/>; each returns null when nothing comparable is left.</summary>
public static partial class IssuerKeys
{
    private static readonly HashSet<string> LegalWords = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "lc", "lp", "llp", "lllp", "ltd", "limited",
        "plc", "sa", "ag", "nv", "bv", "gmbh", "the",
    };

    /// <summary>"Capstone Turbine Corporation", "CAPSTONE TURBINE CORP /DE/", "Capstone Turbine Corp." all give "capstone turbine".</summary>
    public static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // EDGAR's conformed names carry a state of incorporation: "/DE/", "\DE\".
        var t = StateTag().Replace(name, " ").ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        // Dotted abbreviations first ("L.L.C.", "L.P.", "N.V."), so their letters become one word.
        t = DottedAbbreviation().Replace(t, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal));
        var sb = new StringBuilder(t.Length);
        foreach (var c in t.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '\'' || c == '\u2019')
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Legal-form words anywhere at the end ("Corp", "Inc", "Co Ltd"), and a leading "The".
        while (words.Count > 1 && LegalWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        // "Smith & Co." leaves a dangling "and" once "co" is gone.
        if (words.Count > 1 && words[^1] == "and")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>"0001009759" gives "1009759".</summary>
    public static string? Cik(string? cik)
    {
        var digits = Digits(cik).TrimStart('0');
        return digits.Length == 0 ? null : digits;
    }

    /// <summary>Ten digits for a North American number (country code 1 and any extension dropped); other numbers as their digits.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var main = Extension().Split(phone)[0];
        var digits = Digits(main);
        if (digits.Length == 11 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        return digits.Length >= 7 ? digits : null;
    }

    /// <summary>"21211|91311": the street number and the 5-digit ZIP; null unless both are known.</summary>
    public static string? Address(Address? address)
    {
        if (address is null)
        {
            return null;
        }

        var number = address.Street1 is { } s ? StreetNumber().Match(s) : Match.Empty;
        var zip = Digits(address.ZipCode);
        return number.Success && zip.Length >= 5 ? number.Groups[1].Value + "|" + zip[..5] : null;
    }

    private static string Digits(string? text) => text is null ? string.Empty : new string([.. text.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"[/\\][A-Za-z]{2,3}[/\\]")]
    private static partial Regex StateTag();

    [GeneratedRegex(@"\b(?:[a-z]\.){2,}")]
    private static partial Regex DottedAbbreviation();

    [GeneratedRegex(@"\s*(?:x|ext\.?|extension)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^\s*(\d+)")]
    private static partial Regex StreetNumber();
}
