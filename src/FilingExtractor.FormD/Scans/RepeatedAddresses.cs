using System.Globalization;
using FilingExtractor.Core.Text;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// One address typed many times in a filing (the issuer's, given for most of its officers and directors) is read
/// as many times, and OCR misreads a letter of one print or another: the Capstone 200 DPI scan reads "21211 Nordhoff
/// Street" eight times and "Mordhoff", "Rordhoff" or "Wordhoff" four times. A street or city read differently from
/// a reading that most of its close prints share takes that reading, recorded as a correction that names both
/// readings and their counts, with an info flag; the text as read stays in the provenance.
/// </summary>
public static class RepeatedAddresses
{
    /// <summary>Fewest prints that must share a reading for it to settle the others.</summary>
    public const int MinPrints = 3;

    /// <summary>
    /// Largest share of a reading's letters and digits that may differ from the shared one (edits over the longer
    /// length): a letter or two of a street name, never a different street.
    /// </summary>
    public const double MaxDifference = 0.15;

    private sealed record Part(string Name, Func<Address, string?> Get, Action<Address, string> Set);

    private static readonly Part[] Parts =
    [
        new("street1", a => a.Street1, (a, v) => a.Street1 = v),
        new("city", a => a.City, (a, v) => a.City = v),
    ];

    /// <summary>Settles the filing's issuer, related person and sales compensation addresses; call after reconciliation (it keeps the flags set there).</summary>
    public static void Settle(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        List<(string Path, Address Address)> addresses =
        [
            ("primaryIssuer.issuerAddress", filing.PrimaryIssuer.IssuerAddress),
            .. filing.RelatedPersons.Select((p, i) => ($"relatedPersons[{i}].address", p.Address)),
            .. filing.Offering.SalesCompensation.Select((s, i) => ($"offering.salesCompensation[{i}].address", s.Address)),
        ];
        foreach (var part in Parts)
        {
            var readings = addresses.Where(a => !string.IsNullOrWhiteSpace(part.Get(a.Address))).ToList();
            var counts = readings.GroupBy(a => part.Get(a.Address)!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var (path, address) in readings)
            {
                var read = part.Get(address)!;
                if (Shared(read, address, counts) is not var (shared, others))
                {
                    continue;
                }

                var field = $"{path}.{part.Name}";
                part.Set(address, shared);
                var text = filing.Provenance.TryGetValue(field, out var source) ? source.Text : null;
                filing.Corrections.Add(new Correction
                {
                    Field = field,
                    TextRead = text,
                    ValueRead = read,
                    ValueAccepted = shared,
                    Reason = string.Create(CultureInfo.InvariantCulture, $"the same address is typed {counts[shared].Count + others} times in the filing: {counts[shared].Count} prints read \"{shared}\", {others} read otherwise, each a few characters apart"),
                    Source = "reconciliation",
                });
                CorrectionFlags.Add(filing, field, source, $"{field} was read as \"{read}\" but most prints of the same address read \"{shared}\"; corrected (see corrections)", shared, read);
            }
        }
    }

    /// <summary>
    /// The reading that <paramref name="read"/> is a misprint of: another reading close to it, of at least
    /// <see cref="MinPrints"/> prints and more than every other reading close to that one put together, held by an
    /// address with the same ZIP code where both have one, with how many prints read otherwise close to it. Null when
    /// there is none.
    /// </summary>
    private static (string Shared, int Others)? Shared(string read, Address address, Dictionary<string, List<(string Path, Address Address)>> counts)
    {
        var candidates = counts
            .Where(c => c.Key != read && c.Value.Count >= MinPrints && c.Value.Count > counts[read].Count && Close(read, c.Key))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MaxBy(c => c.Value.Count);
        var variants = counts.Where(c => c.Key != best.Key && Close(c.Key, best.Key)).Sum(c => c.Value.Count);
        var zip = Digits(address.ZipCode);
        var sameZip = zip.Length == 0 || best.Value.Any(b => Digits(b.Address.ZipCode) == zip);
        return best.Value.Count > variants && sameZip ? (best.Key, variants) : null;
    }

    /// <summary>
    /// Whether two readings differ in a few letters (<see cref="MaxDifference"/>) and at most one digit read as another
    /// (a house number with a digit more or less is another house).
    /// </summary>
    private static bool Close(string a, string b)
    {
        var (na, nb) = (Key(a), Key(b));
        var (da, db) = (Digits(a), Digits(b));
        return na.Length > 0 && nb.Length > 0 && TextSimilarity.Of(na, nb) >= 1 - MaxDifference
            && da.Length == db.Length && da.Zip(db).Count(p => p.First != p.Second) <= 1;
    }

    private static string Key(string s) => new([.. s.ToUpperInvariant().Where(char.IsLetterOrDigit)]);

    private static string Digits(string? s) => s is null ? string.Empty : new([.. s.Where(char.IsAsciiDigit)]);
}
