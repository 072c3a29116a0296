using System.Globalization;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Rendering;

/// <summary>
/// Turns truth values into what the filer typed, in the style of this copy: "3,984,567", "-0-", "None",
/// "N/A", "11/11/02", "818-734-5300". Every string it makes reads back to the same truth value.
/// </summary>
internal sealed class Typist(FormStyle style, Rng rng)
{
    public FormStyle Style { get; } = style;

    /// <summary>An amount as typed; null is blank, or "N/A" on the lines that allow it (<paramref name="naField"/>, see <see cref="FormStyle.NaFields"/>).</summary>
    public string Amount(decimal? value, string? naField = null)
    {
        if (value is null)
        {
            return Na(naField);
        }

        if (value == 0)
        {
            return ZeroWord();
        }

        var whole = decimal.Truncate(value.Value) == value.Value;
        return (Style.AmountFormat, whole) switch
        {
            (0, true) => value.Value.ToString("#,0", CultureInfo.InvariantCulture),
            (2, true) => value.Value.ToString("0", CultureInfo.InvariantCulture),
            (2, false) => value.Value.ToString("0.00", CultureInfo.InvariantCulture),
            _ => value.Value.ToString("#,0.00", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A number of investors; 0 as "0", "-0-" or "None".</summary>
    public string Count(int? value, string? naField = null)
    {
        if (value is null)
        {
            return Na(naField);
        }

        return value == 0 ? ZeroWord() : value.Value.ToString("#,0", CultureInfo.InvariantCulture);
    }

    /// <summary>A normalised "(818) 734-5300" in this copy's phone format.</summary>
    public string Phone(string? normalised)
    {
        if (string.IsNullOrEmpty(normalised) || normalised.Length != 14 || normalised[0] != '(')
        {
            return normalised ?? string.Empty;
        }

        var area = normalised.Substring(1, 3);
        var exchange = normalised.Substring(6, 3);
        var line = normalised.Substring(10, 4);
        return Style.PhoneFormat switch
        {
            1 => $"{area}-{exchange}-{line}",
            2 => $"{area}.{exchange}.{line}",
            3 => $"({area}){exchange}-{line}",
            4 => $"{area}/{exchange}-{line}",
            _ => normalised,
        };
    }

    public string Date(DateOnly? date) => date is null ? string.Empty : FormStyle.FormatDate(date.Value, Style.DateFormat);

    /// <summary>"Last, First Middle, Suffix" for people, the name alone for entities.</summary>
    public static string PersonName(string? last, string? first, string? middle, string? suffix, bool isEntity)
    {
        if (isEntity || string.IsNullOrEmpty(first))
        {
            return last ?? string.Empty;
        }

        var s = $"{last}, {first}";
        if (!string.IsNullOrEmpty(middle))
        {
            s += " " + middle;
        }

        if (!string.IsNullOrEmpty(suffix))
        {
            s += ", " + suffix;
        }

        return s;
    }

    /// <summary>"street1, street2, city, ST zip" (empty when the address is empty).</summary>
    public static string AddressLine(Address? a)
    {
        if (a is null)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (!string.IsNullOrEmpty(a.Street1))
        {
            parts.Add(a.Street1);
        }

        if (!string.IsNullOrEmpty(a.Street2))
        {
            parts.Add(a.Street2);
        }

        if (!string.IsNullOrEmpty(a.City))
        {
            parts.Add(a.City);
        }

        var stateZip = string.Join(' ', new[] { a.StateOrCountry, a.ZipCode }.Where(s => !string.IsNullOrEmpty(s)));
        if (stateZip.Length > 0)
        {
            parts.Add(stateZip);
        }

        return string.Join(", ", parts);
    }

    private string Na(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        if (Style.NaFields is { } only)
        {
            return only.Contains(field) ? "N/A" : string.Empty;
        }

        return rng.Chance(Style.NaRate) ? "N/A" : string.Empty;
    }

    private string ZeroWord() => Style.Zero switch
    {
        ZeroText.Dashed => "-0-",
        ZeroText.Digit => "0",
        ZeroText.None => "None",
        _ => rng.Pick(["-0-", "0", "None", "-0-"]),
    };
}
