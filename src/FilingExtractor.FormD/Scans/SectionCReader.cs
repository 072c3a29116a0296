using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Layout;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// Part C over its pages: C.1 (securities), C.2 (investors), C.3 (prior offerings), C.4.a (expenses with
/// estimate boxes), C.4.b (adjusted gross proceeds) and C.5 (use of proceeds in two columns). Rows are
/// found by their printed labels at the start of a line within their question; their answers sit on
/// the underlines to the right. Every printed row is kept, blank or not, so rows line up across filings.
/// </summary>
public static class SectionCReader
{
    private static readonly (string Label, string Type)[] SecurityRows =
    [
        ("Debt", SecurityTypes.Debt), ("Equity", SecurityTypes.Equity), ("Convertible Securities (including warrants)", SecurityTypes.Convertible),
        ("Partnership Interests", SecurityTypes.Partnership), ("Other (Specify", SecurityTypes.Other),
    ];

    private static readonly (string Label, string Item)[] ExpenseRows =
    [
        ("Transfer Agent's Fees", ExpenseItems.TransferAgentFees), ("Printing and Engraving Costs", ExpenseItems.PrintingAndEngravingCosts),
        ("Legal Fees", ExpenseItems.LegalFees), ("Accounting Fees", ExpenseItems.AccountingFees), ("Engineering Fees", ExpenseItems.EngineeringFees),
        ("Sales Commissions (specify finders' fees separately)", ExpenseItems.SalesCommissions), ("Other Expenses (identify)", ExpenseItems.Other),
    ];

    /// <summary>
    /// C.5's rows. The acquisition row is found by the end of its caption, which runs over two or three
    /// lines with the answer slots on the last; where the caption is set wider, "pursuant to a merger)" ends
    /// the second line rather than starting the third (syn-23), so that label need not start its line. The
    /// phrase is printed nowhere else.
    /// </summary>
    private static readonly (string Label, string Purpose, bool CaptionEnd)[] ProceedsRows =
    [
        ("Salaries and fees", ProceedsPurposes.SalariesAndFees, false), ("Purchase of real estate", ProceedsPurposes.PurchaseOfRealEstate, false),
        ("Purchase, rental or leasing and installation of machinery and equipment", ProceedsPurposes.MachineryAndEquipment, false),
        ("Construction or leasing of plant buildings and facilities", ProceedsPurposes.ConstructionOfPlant, false),
        ("pursuant to a merger)", ProceedsPurposes.AcquisitionOfBusinesses, true), ("Repayment of indebtedness", ProceedsPurposes.RepaymentOfIndebtedness, false),
        ("Working capital", ProceedsPurposes.WorkingCapital, false), ("Other (specify):", ProceedsPurposes.Other, false),
    ];

    /// <summary>
    /// Each question's first words, and further phrases of its first line to know it by where a heavy scan
    /// garbles the start ("5, twfiente below she amment of the adiesied gross proceeds to the issuer used or
    /// proposed to be used for cach of the purposes shown").
    /// </summary>
    private static readonly string[][] Questions =
    [
        ["1. Enter the aggregate offering price of securities"],
        ["2. Enter the number of accredited and non-accredited investors"],
        ["3. If this filing is for an offering under Rule 504 or 505"],
        ["4. a. Furnish a statement of all expenses", "in connection with the issuance and distribution of the securities"],
        ["b. Enter the difference between the aggregate offering price"],
        ["5. Indicate below the amount of the adjusted gross proceeds", "used or proposed to be used for each of the purposes shown"],
    ];

    /// <summary>Reads the parts of C on this page; rows already read on an earlier page are left alone.</summary>
    public static void Read(FieldReader r)
    {
        var regions = QuestionRegions(r);
        var o = r.Builder.Filing.Offering;
        if (regions.TryGetValue(1, out var q1))
        {
            C1(r, o, q1);
        }

        if (regions.TryGetValue(2, out var q2))
        {
            C2(r, o, q2);
        }

        if (regions.TryGetValue(3, out var q3))
        {
            C3(r, o, q3);
        }

        if (regions.TryGetValue(4, out var q4))
        {
            C4a(r, o, q4);
        }

        if (regions.TryGetValue(5, out var q4b))
        {
            var label = r.Label("This difference is the \"adjusted gross proceeds to the issuer.\"", q4b, 0.7);
            if (label is not null && r.Slots(label.Box, 1) is [var slot])
            {
                var a = r.Amount(slot);
                o.AdjustedGrossProceeds = a.Reading.Value;
                r.Record("offering.adjustedGrossProceeds", a);
            }
        }

        if (regions.TryGetValue(6, out var q5))
        {
            C5(r, o, q5);
        }
    }

    /// <summary>Page regions per question number (1-6, 5 being 4.b), from each question's first line to the next's.</summary>
    private static Dictionary<int, PixelRect> QuestionRegions(FieldReader r)
    {
        var found = new List<(int Number, int Top)>();
        for (var i = 0; i < Questions.Length; i++)
        {
            if (Questions[i].Select(q => r.Label(q, minScore: 0.75)).OfType<LabelMatch>().MinBy(m => m.Box.Top) is { } m)
            {
                found.Add((i + 1, m.Line.Box.Top));
            }
        }

        var width = r.Page.Binary.Width;
        foreach (var (number, rows) in RowsKnownBy)
        {
            // No question found between the place and the rows: a later question found below them is left alone.
            if (found.All(f => f.Number != number) && ByRows(r, width, rows) is var (top, first) && found.All(f => f.Top < top || f.Top > first))
            {
                found.Add((number, top));
            }
        }

        found.Sort((a, b) => a.Top.CompareTo(b.Top));
        var result = new Dictionary<int, PixelRect>();
        for (var i = 0; i < found.Count; i++)
        {
            var bottom = i + 1 < found.Count ? found[i + 1].Top : r.Page.Binary.Height;
            result[found[i].Number] = PixelRect.FromEdges(0, found[i].Top, width, bottom);
        }

        return result;
    }

    /// <summary>
    /// The questions found by their rows where the question's first line can go unread, with those rows' captions,
    /// printed nowhere else on the form: C.4.a (4) by its expense lines, C.5 (6) by its purposes.
    /// </summary>
    private static readonly (int Number, (string Label, bool StartsLine)[] Rows)[] RowsKnownBy =
    [
        (4, [.. ExpenseRows.Select(e => (e.Label, true))]),
        (6, [.. ProceedsRows.Select(p => (p.Label, !p.CaptionEnd))]),
    ];

    /// <summary>
    /// Where a question starts when its first line went unread (a heavy scan's "5. Indicate below the amount ofthe
    /// adjsied gross proonedh", "4.0. Parekh 0 stxtemess of afl capetods"): half an inch above its first row, when at
    /// least three of its <paramref name="rows"/> are read, with the first row's top. Null otherwise. Without it the
    /// question before runs on over the rows, and its "Total" row is theirs (syn-03's C.3 total read C.4.a's).
    /// </summary>
    private static (int Top, int FirstRow)? ByRows(FieldReader r, int width, (string Label, bool StartsLine)[] rows)
    {
        var page = PixelRect.FromEdges(0, 0, width, r.Page.Binary.Height);
        var found = rows.Select(p => Row(r, p.Label, page, p.StartsLine)).OfType<LabelMatch>().ToList();
        if (found.Count < 3)
        {
            return null;
        }

        var first = found.Min(m => m.Box.Top);
        return (Math.Max(0, first - (r.Page.Dpi / 2)), first);
    }

    /// <summary>A row label: the line must start with it (so prose mentioning "Rule 504" is not a row).</summary>
    private static LabelMatch? Row(FieldReader r, string label, PixelRect region, bool startsLine = true) =>
        RowMatches(r, label, region, startsLine).OrderByDescending(m => m.Score).FirstOrDefault();

    /// <summary>Every match of a row label in the region; with <paramref name="startsLine"/>, only those that start their line.</summary>
    private static List<LabelMatch> RowMatches(FieldReader r, string label, PixelRect region, bool startsLine = true) =>
        [.. LabelMatcher.FindAll(r.Page.Text!, label, new LabelMatchOptions { MinScore = 0.78 })
            .Where(m => (!startsLine || m.StartsLine) && region.Contains(m.Box.CenterX, m.Box.CenterY))];

    /// <summary>
    /// A total row: its label, or, where OCR garbled that past matching ("Toth", "Tou!" on a heavy scan), the
    /// line printed next below the table's last item row, <paramref name="last"/> (within half an inch), whose
    /// first word stands for the label. Null when neither is there; the caller still needs the row's slots, so
    /// a line below that is not a row (a note, the next question) reads nothing.
    /// </summary>
    private static LabelMatch? TotalRow(FieldReader r, string label, PixelRect region, LabelMatch? last)
    {
        if (Row(r, label, region) is { } total)
        {
            return total;
        }

        if (last is null)
        {
            return null;
        }

        var below = r.Page.Text!.Lines
            .Where(l => l != last.Line && l.Words.Count > 0 && l.Box.Top > last.Line.Box.CenterY && l.Box.Top - last.Box.Bottom < r.Page.Dpi / 2
                && region.Contains(l.Box.CenterX, l.Box.CenterY))
            .MinBy(l => l.Box.Top);
        return below is null ? null : new LabelMatch(label, [below.Words[0]], below, 0, 0);
    }

    /// <summary>
    /// Row labels printed one below another in the given order, found together: each line is one row at most,
    /// and the rows keep their printed order, with the best total score. Alone, "Rule 504" also matches the
    /// "Rule 505" line (one character apart) and wins it when its own line is garbled, so the Rule 504 row
    /// read the Rule 505 row's values.
    /// </summary>
    /// <remarks>
    /// A row whose label is garbled past matching ("Rute S04") is the one line between the rows found above
    /// and below it (the last row's lower neighbour is <paramref name="end"/>, the top of the line after the
    /// rows), starting where they start; a row whose caption ends a few lines (not <paramref name="startsLine"/>)
    /// is the last of them. Lines are placed by their centres: a heavy scan's tall lines overlap their neighbours
    /// by a few pixels. The first row, and the last one with no <paramref name="end"/>, is the one line within a
    /// row and a half of the row next to it, by the rows' pitch as found (syn-03's C.3 "Rake $05" over "Regulation A").
    /// </remarks>
    private static LabelMatch?[] RowsInOrder(FieldReader r, string[] labels, PixelRect region, int? end = null, bool[]? startsLine = null)
    {
        var candidates = labels.Select((label, i) => RowMatches(r, label, region, startsLine?[i] ?? true)).ToArray();
        // Each row below the one chosen above it.
        var best = LabelMatcher.BestInOrder(candidates, (above, m) => m.Box.Top > above.Box.Bottom - 1);
        var steps = Enumerable.Range(0, labels.Length - 1)
            .Where(i => best[i] is not null && best[i + 1] is not null)
            .Select(i => best[i + 1]!.Box.Top - best[i]!.Box.Top)
            .Order().ToList();
        var reach = steps.Count == 0 ? 0 : steps[steps.Count / 2] * 3 / 2;
        for (var i = 0; i < labels.Length; i++)
        {
            if (best[i] is not null)
            {
                continue;
            }

            var above = i > 0 ? best[i - 1] : null;
            var below = i + 1 < labels.Length ? best[i + 1] : null;
            (int Top, int Bottom, TextLine Aligned)? window =
                above is not null && (below?.Box.Top ?? end) is { } lower ? (above.Box.Bottom, lower, above.Line)
                : i == 0 && below is not null && reach > 0 ? (below.Box.Top - reach, below.Box.Top, below.Line)
                : i == labels.Length - 1 && above is not null && end is null && reach > 0 ? (above.Box.Bottom, above.Box.Top + reach, above.Line)
                : null;
            if (window is not { } w)
            {
                continue;
            }

            var between = r.Page.Text!.Lines
                .Where(l => l != above?.Line && l != below?.Line && l.Words.Count > 0 && l.Box.CenterY > w.Top && l.Box.CenterY < w.Bottom
                    && Math.Abs(l.Box.Left - w.Aligned.Box.Left) < r.Page.Dpi / 4)
                .OrderBy(l => l.Box.Top)
                .ToList();
            var captionEnd = !(startsLine?[i] ?? true);
            if (between.Count == 1 || (captionEnd && between.Count is 2 or 3))
            {
                var line = between[^1];
                best[i] = new LabelMatch(labels[i], [.. line.Words.Take(labels[i].Split(' ').Length)], line, 0, 0);
            }
        }

        return best;
    }

    private static decimal? Amount(FieldReader r, PixelRect slot, string path)
    {
        var a = r.Amount(slot);
        r.Record(path, a);
        return a.Reading.Value;
    }

    private static int? Count(FieldReader r, PixelRect slot, string path)
    {
        var a = r.Amount(slot);
        r.Record(path, a);
        return a.Reading.Value is { } v && v == decimal.Truncate(v) && v is >= 0 and <= int.MaxValue ? (int)v : null;
    }

    /// <summary>Text written on a "(specify) ____" blank between a row label and its answer slots.</summary>
    private static string? Specified(FieldReader r, LabelMatch label, PixelRect firstSlot)
    {
        var zone = PixelRect.FromEdges(label.Box.Right, label.Box.Top - (r.Page.Dpi / 12), firstSlot.Left, label.Box.Bottom + (r.Page.Dpi / 12));
        // Dot leaders come back from OCR as low-confidence junk ("tee ee deen"); typed entries read confidently.
        var words = r.WordsIn(zone).Where(w => w.Confidence >= 75 && w.Text.Count(c => c == '.') < w.Text.Length / 2 && w.Text is not ")" and not "$").ToList();
        var text = string.Join(' ', words.Select(w => w.Text)).Trim(' ', ')', '_');
        return text.Length > 0 ? text : null;
    }

    private static void C1(FieldReader r, Offering o, PixelRect region)
    {
        LabelMatch? other = null;
        LabelMatch? equity = null;
        if (o.Securities.Count == 0)
        {
            var rows = RowsInOrder(r, [.. SecurityRows.Select(s => s.Label)], region, Row(r, "Total", region)?.Box.Top);
            foreach (var ((_, type), row) in SecurityRows.Zip(rows))
            {
                var line = new SecurityLine { Type = type };
                var idx = o.Securities.Count;
                other = type == SecurityTypes.Other ? row : other;
                equity = type == SecurityTypes.Equity ? row : equity;
                if (row is { } m && r.Slots(m.Box, 2) is [var offered, var sold])
                {
                    line.AggregateOfferingPrice = Amount(r, offered, $"offering.securities[{idx}].aggregateOfferingPrice");
                    line.AmountAlreadySold = Amount(r, sold, $"offering.securities[{idx}].amountAlreadySold");
                    if (type == SecurityTypes.Other)
                    {
                        line.Description = Specified(r, m, offered);
                    }
                }

                o.Securities.Add(line);
            }
        }

        if (TotalRow(r, "Total", region, other) is { } total && r.Slots(total.Box, 2) is [var to, var ts])
        {
            o.TotalOfferingAmount = Amount(r, to, "offering.totalOfferingAmount");
            o.TotalAmountSold = Amount(r, ts, "offering.totalAmountSold");
        }

        equity ??= Row(r, "Equity", region);
        if (equity is not null)
        {
            var band = PixelRect.FromEdges(0, equity.Box.Bottom, r.Page.Binary.Width, equity.Box.Bottom + (r.Page.Dpi / 3));
            var common = r.Label("Common", band, 0.75);
            var preferred = r.Label("Preferred", band, 0.75);
            var c = common is null ? null : r.BoxFor(common.Box);
            var p = preferred is null ? null : r.BoxFor(preferred.Box);
            o.EquityCommon = c?.Checked;
            o.EquityPreferred = p?.Checked;
            r.Record("offering.equityCommon", c, "Common");
            r.Record("offering.equityPreferred", p, "Preferred");
        }

        // The exchange-offering box is printed inside question 1's text, after "check this box".
        if (r.Label("check this box", region, 0.75) is { } exchange)
        {
            var box = r.BoxesInBand(exchange.Box.Top - (r.Page.Dpi / 10), exchange.Box.Bottom + (r.Page.Dpi / 10), exchange.Box.Right)
                .FirstOrDefault(b => b.Left - exchange.Box.Right < r.Page.Dpi / 3);
            if (!box.IsEmpty)
            {
                var reading = r.ReadBox(box);
                o.IsExchangeOffering = reading.Checked;
                r.Record("offering.isExchangeOffering", reading, "exchange offering");
            }
        }
    }

    private static void C2(FieldReader r, Offering o, PixelRect region)
    {
        var inv = o.Investors;
        // Found together: alone, "Accredited Investors" also matches the non-accredited line (0.86).
        var rows = RowsInOrder(r, ["Accredited Investors", "Non-accredited Investors", "Total (for filings under Rule 504 only)"], region);
        if (rows[0] is { } a && r.Slots(a.Box, 2) is [var an, var aa])
        {
            inv.AccreditedNumber = Count(r, an, "offering.investors.accreditedNumber");
            inv.AccreditedAmount = Amount(r, aa, "offering.investors.accreditedAmount");
        }

        if (rows[1] is { } n && r.Slots(n.Box, 2) is [var nn, var na])
        {
            inv.NonAccreditedNumber = Count(r, nn, "offering.investors.nonAccreditedNumber");
            inv.NonAccreditedAmount = Amount(r, na, "offering.investors.nonAccreditedAmount");
        }

        if (rows[2] is { } t && r.Slots(t.Box, 2) is [var tn, var ta])
        {
            inv.Rule504TotalNumber = Count(r, tn, "offering.investors.rule504TotalNumber");
            inv.Rule504TotalAmount = Amount(r, ta, "offering.investors.rule504TotalAmount");
        }
    }

    private static void C3(FieldReader r, Offering o, PixelRect region)
    {
        string[] types = ["Rule 505", "Regulation A", "Rule 504"];
        var total = Row(r, "Total", region);
        var rows = RowsInOrder(r, types, region, total?.Box.Top);
        for (var t = 0; t < types.Length; t++)
        {
            var type = types[t];
            var line = new PriorOffering { TypeOfOffering = type };
            var idx = o.PriorOfferings.Count;
            if (rows[t] is { } m && r.Slots(m.Box, 2) is [var security, var amount])
            {
                var s = r.TextIn(security);
                line.TypeOfSecurity = s.IsEmpty ? null : s.Text;
                line.AmountSold = Amount(r, amount, $"offering.priorOfferings[{idx}].amountSold");
            }

            o.PriorOfferings.Add(line);
        }

        total ??= TotalRow(r, "Total", region, rows[^1]);
        if (total is not null && r.Slots(total.Box, 1) is [var slot])
        {
            o.PriorOfferingsTotal = Amount(r, slot, "offering.priorOfferingsTotal");
        }
    }

    private static void C4a(FieldReader r, Offering o, PixelRect region)
    {
        LabelMatch? other = null;
        var rows = RowsInOrder(r, [.. ExpenseRows.Select(e => e.Label)], region, Row(r, "Total", region)?.Box.Top);
        foreach (var ((label, item), row) in ExpenseRows.Zip(rows))
        {
            var line = new ExpenseLine { Item = item };
            var idx = o.Expenses.Count;
            other = item == ExpenseItems.Other ? row : other;
            if (row is { } m && r.Slots(m.Box, 1) is [var slot])
            {
                line.Amount = Amount(r, slot, $"offering.expenses[{idx}].amount");
                var box = r.BoxFor(slot, 0.35);
                line.IsEstimate = box?.Checked;
                r.Record($"offering.expenses[{idx}].isEstimate", box, label);
                if (item == ExpenseItems.Other)
                {
                    line.Description = Specified(r, m, slot);
                }
            }

            o.Expenses.Add(line);
        }

        if (TotalRow(r, "Total", region, other) is { } total && r.Slots(total.Box, 1) is [var t])
        {
            o.TotalExpenses = Amount(r, t, "offering.totalExpenses");
            var box = r.BoxFor(t, 0.35);
            o.TotalExpensesIsEstimate = box?.Checked;
            r.Record("offering.totalExpensesIsEstimate", box, "Total");
        }
    }

    private static void C5(FieldReader r, Offering o, PixelRect region)
    {
        LabelMatch? other = null;
        var rows = RowsInOrder(r, [.. ProceedsRows.Select(p => p.Label)], region, Row(r, "Column Totals", region)?.Box.Top, [.. ProceedsRows.Select(p => !p.CaptionEnd)]);
        foreach (var ((label, purpose, _), row) in ProceedsRows.Zip(rows))
        {
            var line = new UseOfProceedsLine { Purpose = purpose };
            var idx = o.UseOfProceeds.Count;
            var p = $"offering.useOfProceeds[{idx}]";
            other = purpose == ProceedsPurposes.Other ? row : other;
            if (row is { } m && r.Slots(m.Box, 2) is [var aff, var others])
            {
                line.ToAffiliates = Amount(r, aff, p + ".toAffiliates");
                line.ToOthers = Amount(r, others, p + ".toOthers");
                var ba = r.BoxFor(aff, 0.35);
                var bo = r.BoxFor(others, 0.35);
                line.ToAffiliatesIsEstimate = ba?.Checked;
                line.ToOthersIsEstimate = bo?.Checked;
                r.Record(p + ".toAffiliatesIsEstimate", ba, label);
                r.Record(p + ".toOthersIsEstimate", bo, label);
                if (purpose == ProceedsPurposes.Other)
                {
                    line.Description = Specified(r, m, aff);
                }
            }

            o.UseOfProceeds.Add(line);
        }

        var totals = TotalRow(r, "Column Totals", region, other);
        if (totals is not null && r.Slots(totals.Box, 2) is [var ta, var to])
        {
            o.ColumnTotalToAffiliates = Amount(r, ta, "offering.columnTotalToAffiliates");
            o.ColumnTotalToOthers = Amount(r, to, "offering.columnTotalToOthers");
        }

        if (TotalRow(r, "Total Payments Listed (column totals added)", region, totals) is { } listed && r.Slots(listed.Box, 1) is [var slot])
        {
            o.TotalPaymentsListed = Amount(r, slot, "offering.totalPaymentsListed");
        }
    }
}
