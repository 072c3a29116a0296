using System.Text.RegularExpressions;
using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// The Appendix: one ruled row per state. A row's cells come from the vertical rules crossing it, in the
/// form's column order (state, Yes, No, type and price, accredited number and amount, non-accredited
/// number and amount, Yes, No); Yes/No answers are marks judged by ink, the rest is typed text.
/// </summary>
public static partial class AppendixReader
{
    public static void Read(FieldReader r)
    {
        var page = r.Page;
        var grid = page.Grid!;
        // State codes are printed in the table's first column, at the left margin.
        var states = page.Text!.Words
            .Where(w => w.Box.Left < page.Binary.Width / 5 && UsStates.Codes.Contains(Regex.Replace(w.Text, "[^A-Z]", string.Empty)))
            .OrderBy(w => w.Box.Top)
            .ToList();
        foreach (var word in states)
        {
            var code = Regex.Replace(word.Text, "[^A-Z]", string.Empty);
            var columns = grid.ColumnsAt(word.Box.CenterY);
            if (columns.Count < 11)
            {
                continue;
            }

            var row = grid.CellAround(word.Box);
            PixelRect Cell(int i) => PixelRect.FromEdges(columns[i] + 3, row.Top + 3, columns[i + 1] - 3, row.Bottom - 3);
            var inkYes = Ink(r, Cell(1));
            var inkNo = Ink(r, Cell(2));
            var type = r.TextIn(Cell(3));
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
            r.Builder.Record(p + ".state", page.Number, word.Box, word.Confidence, word.Text);
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
