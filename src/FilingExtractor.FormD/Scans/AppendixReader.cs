using System.Text.RegularExpressions;
using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
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
        foreach (var row in Rows(page))
        {
            var columns = grid.ColumnsAt(row.CenterY);
            if (columns.Count < 11)
            {
                continue;
            }

            PixelRect Cell(int i) => PixelRect.FromEdges(columns[i] + 3, row.Top + 3, columns[i + 1] - 3, row.Bottom - 3);
            // Most states' rows are blank: only a row with entries is worth reading its state code, which the
            // full-page read often passes over (short bold codes, alone in a ruled cell).
            if (!Enumerable.Range(1, 9).Any(i => r.HasTypedCharacters(Cell(i))))
            {
                continue;
            }

            var state = StateCode(r, Cell(0));
            if (state is null)
            {
                continue;
            }

            var (code, word) = state.Value;
            var inkYes = Ink(r, Cell(1));
            var inkNo = Ink(r, Cell(2));
            var type = r.TextIn(Cell(3));
            type = type.IsEmpty ? r.ReadLine(Cell(3)) : type;
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
            r.Builder.Record(p + ".state", page.Number, word.Zone, word.Confidence, word.Text);
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

    /// <summary>
    /// Once every page is read: a state's offering price is, on nearly every filing, Part C.1's total
    /// offering amount, and no rule checks it. A price is kept when it equals that total or, the total
    /// unread, when another state's row reads the same; any other is more likely a misread digit than a
    /// different price, and is left unknown rather than kept unchecked.
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
            if (!confirmed)
            {
                rows[i].OfferingPriceInState = null;
            }
        }
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

    /// <summary>The state code of a row: the page's words in its first cell, else that cell read again by itself.</summary>
    private static (string Code, ZoneText Word)? StateCode(FieldReader r, PixelRect cell)
    {
        foreach (var text in new[] { r.TextIn(cell), r.ReadLine(cell) })
        {
            var code = Regex.Replace(text.Text.ToUpperInvariant(), "[^A-Z]", string.Empty);
            if (UsStates.Codes.Contains(code))
            {
                return (code, text);
            }
        }

        return null;
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
