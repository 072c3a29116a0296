using System.Globalization;
using System.Text.RegularExpressions;
using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// The Appendix: one ruled row per state, found from the table's rules. A row's cells come from the vertical rules crossing it, in the
/// form's column order (state, Yes, No, type and price, accredited number and amount, non-accredited
/// number and amount, Yes, No); Yes/No answers are marks judged by ink, the rest is typed text.
/// </summary>
public static partial class AppendixReader
{
    public static void Read(FieldReader r)
    {
        var page = r.Page;
        var grid = page.Grid!;
        // The table's ruled rows wide enough to be state rows; a row's index among all ruled bands is its place.
        var table = Rows(page).Select((band, index) => (Index: index, Band: band, Columns: grid.ColumnsAt(band.CenterY)))
            .Where(x => x.Columns.Count >= 11).ToList();
        // Rows with entries and the state code read in each. Most states' rows are blank: only a row with
        // entries is worth reading its state code, which the full-page read often passes over (short bold
        // codes, alone in a ruled cell).
        var entries = table.Where(x => Enumerable.Range(1, 9).Any(i => r.HasTypedCharacters(CellOf(x.Band, x.Columns, i))))
            .Select(x => (x.Index, x.Band, x.Columns, State: StateCode(r, CellOf(x.Band, x.Columns, 0)))).ToList();
        // The first and last entries have a neighbour with a code on one side only; the codes of the blank rows
        // just beyond them give the other side.
        var probes = new List<(int Row, string? Code)>();
        if (entries.Count > 0)
        {
            var beyond = table.Where(x => x.Index < entries[0].Index).TakeLast(ProbeRows)
                .Concat(table.Where(x => x.Index > entries[^1].Index).Take(ProbeRows));
            probes.AddRange(beyond.Select(x => (x.Index, StateCode(r, CellOf(x.Band, x.Columns, 0))?.Code)));
        }

        var rows = entries.Select(e => (e.Index, e.State?.Code)).Concat(probes).OrderBy(x => x.Item1).ToList();
        var inferred = StatesInFormOrder(rows);
        var states = entries.Select(e => inferred[rows.FindIndex(x => x.Item1 == e.Index)]).ToList();
        for (var n = 0; n < entries.Count; n++)
        {
            var (_, row, columns, state) = entries[n];
            if (states[n] is not { } code)
            {
                continue;
            }

            PixelRect Cell(int i) => CellOf(row, columns, i);
            // A code the rows around it contradict, or none read, is the form's printed one: recorded as derived,
            // with the text that was read.
            var word = state is { } read && read.Code == code ? read.Word : null;
            var derived = word is null ? (state?.Word ?? r.TextIn(Cell(0))) : null;
            var inkYes = Ink(r, Cell(1));
            var inkNo = Ink(r, Cell(2));
            var type = r.TextIn(Cell(3));
            type = type.IsEmpty ? r.ReadLine(Cell(3)) : type;
            type = type with { Text = TextCleanup.Clean(type.Text) };
            var values = Enumerable.Range(4, 4).Select(i => r.Amount(Cell(i))).ToArray();
            var disqYes = Ink(r, Cell(8));
            var disqNo = Ink(r, Cell(9));
            var anything = inkYes > 0 || inkNo > 0 || !type.IsEmpty || values.Any(v => v.Reading.Kind != AmountKind.Blank) || disqYes > 0 || disqNo > 0;
            if (!anything)
            {
                continue;
            }

            var idx = r.Builder.Filing.StateAppendix.Count;
            var p = $"stateAppendix[{idx}]";
            var priceText = type.Text.Contains('$', StringComparison.Ordinal) ? type.Text[type.Text.IndexOf('$', StringComparison.Ordinal)..] : null;
            var rowModel = new StateAppendixRow
            {
                State = code,
                IntendsToSellNonAccredited = Mark(inkYes, inkNo),
                SecurityTypeAndOfferingPrice = type.IsEmpty ? null : type.Text,
                OfferingPriceInState = priceText is null ? null : AmountParser.Parse(priceText).Value,
                AccreditedNumber = ToInt(values[0].Reading.Value),
                AccreditedAmount = values[1].Reading.Value,
                NonAccreditedNumber = ToInt(values[2].Reading.Value),
                NonAccreditedAmount = values[3].Reading.Value,
                Disqualified = Mark(disqYes, disqNo),
            };
            if (word is not null)
            {
                r.Record(p + ".state", word);
            }
            else
            {
                r.Builder.Record(p + ".state", page.Number, Cell(0), derived!.Confidence, derived.Text, ValueOrigins.Derived);
            }
            r.Record(p + ".accreditedNumber", values[0]);
            r.Record(p + ".accreditedAmount", values[1]);
            r.Record(p + ".nonAccreditedNumber", values[2]);
            r.Record(p + ".nonAccreditedAmount", values[3]);
            if (!type.IsEmpty)
            {
                r.Record(p + ".securityTypeAndOfferingPrice", type);
            }

            r.Builder.Filing.StateAppendix.Add(rowModel);
        }
    }

    private static readonly Dictionary<string, int> Place =
        UsStates.FormOrder.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);

    private static PixelRect CellOf(PixelRect row, IReadOnlyList<int> columns, int i) =>
        PixelRect.FromEdges(columns[i] + 3, row.Top + 3, columns[i + 1] - 3, row.Bottom - 3);

    /// <summary>
    /// The state of each row with entries, from the codes read and the form's printed order
    /// (<see cref="UsStates.FormOrder"/>): short codes alone in a cell are often unread or misread ("WV" as
    /// "WY"). Between two rows whose codes sit the same number of rows apart on the page as in the form's
    /// order, no state is left out (some printings leave out ND and WV), so every row between them holds
    /// the state its place says, whatever was read there. A row without two such neighbours keeps its
    /// reading.
    /// </summary>
    /// <param name="rows">Each row's index among the table's ruled rows, ascending, and the code read (null: none).</param>
    internal static string?[] StatesInFormOrder(IReadOnlyList<(int Row, string? Code)> rows)
    {
        // A read code's offset: its place in the form's order less its row index; equal offsets, no gap between.
        var offsets = rows.Select(x => x.Code is { } c && Place.TryGetValue(c, out var at) ? at - x.Row : (int?)null).ToArray();
        var result = rows.Select(x => x.Code).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var before = Enumerable.Range(0, i).Reverse().FirstOrDefault(j => offsets[j] is not null, -1);
            var after = Enumerable.Range(i + 1, rows.Count - i - 1).FirstOrDefault(j => offsets[j] is not null, -1);
            if (before < 0 || after < 0 || offsets[before] != offsets[after])
            {
                continue;
            }

            var place = rows[i].Row + offsets[before]!.Value;
            if (place >= 0 && place < UsStates.FormOrder.Count)
            {
                result[i] = UsStates.FormOrder[place];
            }
        }

        return result;
    }

    /// <summary>
    /// Once every page is read and reconciled: a state's offering price is, on nearly every filing, Part C.1's total
    /// offering amount, and no rule checks it. A price is kept when it equals that total or, the total unread, when
    /// another state's row reads the same. A price one digit off the total, that digit one a degraded scan takes for
    /// the total's (the Capstone 200 DPI scan's "$3,964,567" for 3,984,567: a bold 8 bled to a 6), is the total,
    /// recorded as a correction of the price and of the column's text, with an info flag. Any other price is more
    /// likely misread in several places than a different price, and is left unknown rather than kept unchecked.
    /// </summary>
    public static void Settle(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var rows = filing.StateAppendix;
        var total = filing.Offering.TotalOfferingAmount;
        var prices = rows.Select(x => x.OfferingPriceInState).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            if (prices[i] is not { } price)
            {
                continue;
            }

            var confirmed = total is { } t ? price == t : prices.Where((p, j) => j != i && p == price).Any();
            if (confirmed)
            {
                continue;
            }

            if (total is { } typed && MisreadDigit(price, typed) is { } at)
            {
                CorrectPrice(filing, i, price, typed, at);
            }
            else
            {
                rows[i].OfferingPriceInState = null;
            }
        }
    }

    /// <summary>
    /// The place of the one digit in which a price read differs from the total, when both are whole numbers of as many
    /// digits and that digit is one the total's is read for (<see cref="OcrLookAlikes.DigitConfusions"/>); else null.
    /// </summary>
    private static int? MisreadDigit(decimal read, decimal total)
    {
        if (read != decimal.Truncate(read) || total != decimal.Truncate(total))
        {
            return null;
        }

        var (a, b) = (read.ToString("0", CultureInfo.InvariantCulture), total.ToString("0", CultureInfo.InvariantCulture));
        var differ = a.Length == b.Length ? Enumerable.Range(0, a.Length).Where(k => a[k] != b[k]).ToList() : [];
        return differ is [var at] && OcrLookAlikes.DigitConfusions.TryGetValue(b[at], out var readAs) && readAs.Contains(a[at]) ? at : null;
    }

    private static void CorrectPrice(Filing filing, int index, decimal read, decimal total, int at)
    {
        var row = filing.StateAppendix[index];
        var path = $"stateAppendix[{index}]";
        var plainRead = read.ToString("0", CultureInfo.InvariantCulture);
        var plainTotal = total.ToString("0", CultureInfo.InvariantCulture);
        var why = $"one digit of the price, {plainRead[at]} read for {plainTotal[at]} (look-alikes on a degraded scan), makes it C.1's total offering amount, which a state's price is on nearly every filing";
        filing.Provenance.TryGetValue(path + ".securityTypeAndOfferingPrice", out var source);
        row.OfferingPriceInState = total;
        filing.Corrections.Add(new Correction
        {
            Field = path + ".offeringPriceInState", TextRead = source?.Text, ValueRead = plainRead, ValueAccepted = plainTotal, Reason = why, Source = "reconciliation",
        });
        // The column's text carries the same digits after its "$": the misread one is put right there too.
        if (row.SecurityTypeAndOfferingPrice is { } text && text.IndexOf('$', StringComparison.Ordinal) is var dollar and >= 0)
        {
            var digits = Enumerable.Range(dollar, text.Length - dollar).Where(k => char.IsAsciiDigit(text[k])).ToList();
            if (digits.Count == plainRead.Length)
            {
                var chars = text.ToCharArray();
                chars[digits[at]] = plainTotal[at];
                row.SecurityTypeAndOfferingPrice = new string(chars);
                filing.Corrections.Add(new Correction
                {
                    Field = path + ".securityTypeAndOfferingPrice", TextRead = source?.Text, ValueRead = text, ValueAccepted = row.SecurityTypeAndOfferingPrice, Reason = why, Source = "reconciliation",
                });
            }
        }

        CorrectionFlags.Add(filing, path + ".offeringPriceInState", source, $"{path}.offeringPriceInState was read as {plainRead} but {why}; corrected (see corrections)", plainTotal, plainRead);
    }

    /// <summary>
    /// The table's rows: bands between consecutive horizontal rules that run across most of the page,
    /// at least a text line high (about 0.15 in).
    /// </summary>
    private static IEnumerable<PixelRect> Rows(ScanPage page)
    {
        var rules = page.Grid!.Horizontal.Where(h => h.Width > page.Binary.Width / 2).OrderBy(h => h.Top).ToList();
        for (var i = 0; i + 1 < rules.Count; i++)
        {
            var top = rules[i].Bottom;
            var bottom = rules[i + 1].Top;
            if (bottom - top >= 0.15 * page.Dpi)
            {
                yield return PixelRect.FromEdges(Math.Min(rules[i].Left, rules[i + 1].Left), top, Math.Max(rules[i].Right, rules[i + 1].Right), bottom);
            }
        }
    }

    /// <summary>Blank rows read beyond the first and last entries of a page, for their codes.</summary>
    private const int ProbeRows = 2;

    /// <summary>Capital letters only: a state code cell holds nothing else.</summary>
    private static readonly OcrReadOptions CodeRead = OcrReadOptions.Field with { CharacterWhitelist = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" };

    /// <summary>Below this confidence (0-100) a code from the page's words is checked by reading the cell again.</summary>
    private const float SureCode = 80f;

    /// <summary>
    /// The state code of a row: the page's words in its first cell when they read a code surely; else the
    /// cell read again by itself, capitals only, since the cell holds nothing else; else the page's unsure
    /// code; else the cell thinned and read again (a bold code bled shut reads as nothing). A bold code bled on a
    /// degraded scan can still be misread ("WY" as "wi"), which
    /// <see cref="StatesInFormOrder"/> corrects where the rows around it allow.
    /// </summary>
    private static (string Code, ZoneText Word)? StateCode(FieldReader r, PixelRect cell)
    {
        var words = r.TextIn(cell);
        var fromWords = Code(words);
        if (fromWords is not null && words.Confidence >= SureCode)
        {
            return (fromWords, words);
        }

        var reread = r.ReadLine(cell, CodeRead);
        if (Code(reread) is { } code)
        {
            return (code, reread);
        }

        if (fromWords is not null)
        {
            return (fromWords, words);
        }

        var thinned = r.ReadThinned(cell, CodeRead);
        return Code(thinned) is { } thin ? (thin, thinned) : null;
    }

    private static string? Code(ZoneText text)
    {
        var code = Regex.Replace(text.Text.ToUpperInvariant(), "[^A-Z]", string.Empty);
        return UsStates.Codes.Contains(code) ? code : null;
    }

    /// <summary>Share of ink in a Yes/No cell of the rule-free page.</summary>
    private static double Ink(FieldReader r, PixelRect cell) =>
        cell.IsEmpty ? 0 : r.Page.OcrImage!.CountInk(cell) / (double)cell.Area;

    /// <summary>An X in one of a Yes/No pair: a few percent of the cell is ink, the other cell is clean.</summary>
    private static bool? Mark(double yes, double no) => (yes > 0.01, no > 0.01) switch
    {
        (true, false) => true,
        (false, true) => false,
        _ => null,
    };

    private static int? ToInt(decimal? v) => v is { } d && d == decimal.Truncate(d) && d is >= 0 and <= int.MaxValue ? (int)d : null;
}
