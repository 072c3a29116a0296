using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.FormD.Values;
using FilingExtractor.Layout;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// Part B: the Yes/No questions 1 and 3 (boxes under the column captions "Yes" and "No" at the line's end),
/// the minimum investment, and the persons paid commissions with their states.
/// </summary>
public static class SectionBReader
{
    /// <summary>
    /// Printed lines a B.4 value cell may hold besides its value: its caption's tail, and the next cells'
    /// captions, which a blank block's cell reads where a degraded scan lost a rule, or where a value line
    /// straddling a rule is read again with the caption under it ("Business or Residence Address" as a name).
    /// </summary>
    private static readonly string[] SubLabels =
    [
        "(Last name first, if individual)", "(Number and Street, City, State, Zip Code)",
        "Full Name (Last name first, if individual)", "Business or Residence Address (Number and Street, City, State, Zip Code)",
        "Name of Associated Broker or Dealer", "States in Which Person Listed Has Solicited or Intends to Solicit Purchasers",
    ];

    public static void Read(FieldReader r)
    {
        var o = r.Builder.Filing.Offering;
        // B.4 runs on over copies of the whole page, questions included and left blank there: the first page
        // that answers a question answers it, a later blank copy does not undo that.
        if (o.SellsToNonAccredited is null
            && r.Label("1. Has the issuer sold, or does the issuer intend to sell, to non-accredited investors", minScore: 0.75) is { } q1)
        {
            o.SellsToNonAccredited = YesNo(r, q1.Line.Box, "offering.sellsToNonAccredited");
        }

        if (o.PermitsJointOwnership is null
            && r.Label("3. Does the offering permit joint ownership of a single unit", minScore: 0.75) is { } q3)
        {
            o.PermitsJointOwnership = YesNo(r, q3.Line.Box, "offering.permitsJointOwnership");
        }

        if (o.MinimumInvestmentAccepted is null
            && r.Label("2. What is the minimum investment that will be accepted from any individual", minScore: 0.75) is { } q2
            && r.Slots(q2.Line.Box with { Width = q2.Box.Right - q2.Line.Box.Left }, 1) is [var slot])
        {
            var a = r.Amount(slot);
            if (a.Reading.Kind != AmountKind.Blank)
            {
                o.MinimumInvestmentAccepted = a.Reading.Value;
                r.Record("offering.minimumInvestmentAccepted", a);
            }
        }

        Recipients(r, o);
    }

    /// <summary>
    /// A Yes/No question: the two boxes at the right end of the question's line, Yes first. The captions
    /// stand above the boxes, so geometry (order on the line) ties each box to its answer. Where one of the two
    /// went unfound (a tick drawn across a frame's corner breaks its edges), it stands where the page's other
    /// Yes/No pairs put it: the same distance left or right of the one found.
    /// </summary>
    internal static bool? YesNo(FieldReader r, PixelRect line, string path)
    {
        var dpi = r.Page.Dpi;
        var boxes = r.BoxesInBand(line.Top - (dpi / 8), line.Bottom + (dpi / 8), r.Page.Binary.Width / 2);
        if (boxes.Count == 1 && PairColumns(r) is var (yesLeft, noLeft))
        {
            var found = boxes[0];
            var tolerance = dpi / 20;
            if (Math.Abs(found.Left - noLeft) <= tolerance)
            {
                boxes.Insert(0, found with { Left = found.Left - (noLeft - yesLeft) });
            }
            else if (Math.Abs(found.Left - yesLeft) <= tolerance)
            {
                boxes.Add(found with { Left = found.Left + (noLeft - yesLeft) });
            }
        }

        if (boxes.Count < 2)
        {
            return null;
        }

        var yes = r.ReadBox(boxes[^2]);
        var no = r.ReadBox(boxes[^1]);
        bool? value = (yes.Checked, no.Checked) switch
        {
            (true, false) => true,
            (false, true) => false,
            _ => null, // both, neither, or unreadable: do not guess
        };
        r.Record(path, value == true ? yes : no, value == true ? "Yes" : "No");
        return value;
    }

    /// <summary>
    /// The left edges (page pixels) of the Yes and No columns: the medians over the page's Yes/No pairs, rows
    /// of exactly two boxes in the page's right half less than an inch apart. Null when the page has none.
    /// </summary>
    private static (int Yes, int No)? PairColumns(FieldReader r)
    {
        var pairs = r.BoxRows(r.Page.Binary.Width / 2).Where(row => row.Count == 2 && row[1].Left - row[0].Left < r.Page.Dpi).ToList();
        if (pairs.Count == 0)
        {
            return null;
        }

        static int Median(IEnumerable<int> xs) => xs.Order().ElementAt(xs.Count() / 2);
        return (Median(pairs.Select(p => p[0].Left)), Median(pairs.Select(p => p[1].Left)));
    }

    /// <summary>
    /// The grid's caption row: the line holding "All States" with the lines beside it. Tesseract's layout may
    /// set "All States", far right of "(Check "All States" or check individual States)", apart as a column
    /// of its own, and the grid is found under the whole row.
    /// </summary>
    private static PixelRect CaptionRow(FieldReader r, TextLine line)
    {
        var box = line.Box;
        return PixelRect.UnionAll(r.Page.Text!.Lines
            .Where(l => Math.Min(l.Box.Bottom, box.Bottom) - Math.Max(l.Box.Top, box.Top) > Math.Min(l.Box.Height, box.Height) / 2)
            .Select(l => l.Box)
            .Append(box));
    }

    private static void Recipients(FieldReader r, Offering o)
    {
        var dpi = r.Page.Dpi;
        var names = Captions(r, "Full Name (Last name first, if individual)", null).OrderBy(m => m.Box.Top).ToList();
        var allStates = AllStates(r);
        // Every state grid of the page, blank blocks' too: each frame is read against the same frame of the others.
        var grids = allStates
            .DistinctBy(m => m.Line)
            .Select(m => (m.Line, Cells: StateGrid.Cells(r.Page.Binary, dpi, CaptionRow(r, m.Line), r.Page.Grid!)))
            .ToList();
        var found = grids.Where(g => g.Cells is not null).Select(g => g.Cells!).ToList();
        foreach (var name in names)
        {
            var v = r.CellValue(name, SubLabels);
            if (v.IsEmpty)
            {
                continue;
            }

            var parsed = NameParser.Parse(v.Text);
            var recipient = new SalesCompensationRecipient
            {
                LastName = parsed.Last,
                FirstName = parsed.First,
                MiddleName = parsed.Middle,
                IsEntity = parsed.IsEntity,
            };
            var below = PixelRect.FromEdges(0, name.Box.Bottom, r.Page.Binary.Width, name.Box.Bottom + (int)(2.8 * dpi));
            if (Captions(r, "Business or Residence Address (Number and Street, City, State, Zip Code)", below).FirstOrDefault() is { } address)
            {
                var a = r.CellValue(address, SubLabels);
                recipient.Address = AddressParser.Parse(a.Text);
            }

            if (Captions(r, "Name of Associated Broker or Dealer", below).FirstOrDefault() is { } broker)
            {
                var b = r.CellValue(broker, SubLabels);
                recipient.AssociatedBrokerDealer = b.IsEmpty ? null : b.Text;
            }

            if (allStates.Where(m => below.Contains(m.Box.CenterX, m.Box.CenterY)).OrderByDescending(m => m.Score).ThenBy(m => m.Box.Top).FirstOrDefault() is { } all)
            {
                recipient.AllStates = r.BoxFor(all.Box)?.Checked;
                // "Check "All States" or check individual States": with All States checked, the grid is not read.
                // Every "All States" line's grid was measured above (this match is one of them): not again.
                var cells = grids.FirstOrDefault(g => g.Line == all.Line).Cells;
                recipient.States = recipient.AllStates == true
                    ? []
                    : cells is not null
                        ? StateGrid.Marked(cells, dpi, found)
                        : CheckedStates(r, PixelRect.FromEdges(0, all.Box.Bottom, r.Page.Binary.Width, all.Box.Bottom + dpi));
            }

            o.SalesCompensation.Add(recipient);
        }
    }

    /// <summary>
    /// Similarity (0-1) from which a line that starts with a B.4 caption is taken for it: a heavy scan garbles small
    /// print ("Fall Nome (Land came Aire, if individend)" scores 0.67), and no typed value or other print of the page
    /// comes near a whole caption that long; prose matches only where a line starts with the caption's words.
    /// </summary>
    private const double LooseCaptionScore = 0.6;

    /// <summary>A B.4 caption's matches, best first: any at 0.75, and those that start their line from <see cref="LooseCaptionScore"/>.</summary>
    private static List<LabelMatch> Captions(FieldReader r, string caption, PixelRect? within)
    {
        var matches = within is { } w ? r.LabelsIn(caption, w, LooseCaptionScore) : r.Labels(caption, LooseCaptionScore);
        return [.. matches.Where(m => m.Score >= 0.75 || m.StartsLine).OrderByDescending(m => m.Score).ThenBy(m => m.Box.Top)];
    }

    /// <summary>
    /// The "All States" labels of the page's state grids, one a line: read as such (0.8), or, where a heavy scan garbled the two
    /// words ("AR Scace"), the two words that end a line starting with the caption before them, "(Check "All States"
    /// or check individual States)".
    /// </summary>
    private static List<LabelMatch> AllStates(FieldReader r)
    {
        // The caption before the label quotes it: of a line's runs, the label is the last.
        var page = PixelRect.FromEdges(0, 0, r.Page.Binary.Width, r.Page.Binary.Height);
        var found = r.LabelsIn("All States", page).GroupBy(m => m.Line).Select(g => g.MaxBy(m => m.Box.Left)!).OrderBy(m => m.Box.Top).ToList();
        foreach (var check in Captions(r, "(Check \"All States\" or check individual States)", null))
        {
            var after = check.WordsAfter.Where(w => !LabelMatcher.IsPunctuation(w.Text)).ToList();
            if (found.All(m => m.Line != check.Line) && after.Count is 1 or 2)
            {
                found.Add(new LabelMatch("All States", after, check.Line, check.Line.Words.ToList().IndexOf(after[0]), 0));
            }
        }

        return found;
    }

    /// <summary>
    /// Where <see cref="StateGrid"/> does not find the grid's frames: the state boxes of B.4 are captioned
    /// "[AL]" and so on, found among the OCR words; a marked one carries much more ink than its neighbours. A
    /// state counts as checked when its box holds at least 1.6 times the median ink.
    /// </summary>
    private static List<string> CheckedStates(FieldReader r, PixelRect grid)
    {
        var cells = new List<(string State, int Ink)>();
        foreach (var w in r.WordsIn(grid))
        {
            var code = new string([.. w.Text.Where(char.IsLetter)]).ToUpperInvariant();
            if (UsStates.Codes.Contains(code))
            {
                var cell = w.Box.Inflate(r.Page.Dpi / 30, r.Page.Dpi / 30);
                cells.Add((code, r.Page.Binary.CountInk(cell)));
            }
        }

        if (cells.Count < 5)
        {
            return [];
        }

        var median = cells.Select(c => c.Ink).Order().ElementAt(cells.Count / 2);
        return [.. cells.Where(c => c.Ink >= median * 1.6).Select(c => c.State).Distinct().OrderBy(s => UsStatesOrder(s))];
    }

    private static int UsStatesOrder(string s) => UsStates.FormOrder.ToList().IndexOf(s);
}
