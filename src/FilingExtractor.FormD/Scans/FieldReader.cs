using System.Globalization;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.FormD.Values;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Layout;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;

namespace FilingExtractor.FormD.Scans;

/// <summary>A value read from a zone of a page: its text as read, the zone, and the mean word confidence.</summary>
public sealed record ZoneText(string Text, PixelRect Zone, float Confidence, IReadOnlyList<Word> Words)
{
    public bool IsEmpty => Text.Length == 0;
}

/// <summary>An amount read from a field: the parsed reading, where, how sure, and its alternative values.</summary>
public sealed record AmountField(AmountReading Reading, PixelRect Zone, float Confidence, IReadOnlyList<AmountCandidate> Alternatives)
{
    /// <summary>
    /// The other of the field's two OCR readings (the field re-read and the full-page read) when both are
    /// numbers and differ from <see cref="Reading"/>'s: reconciliation flags the field unless the form's
    /// arithmetic confirms the value taken.
    /// </summary>
    public AmountCandidate? Other { get; init; }
}

/// <summary>
/// The reading primitives every section reader uses, all relative to printed labels found by fuzzy
/// matching: the value in a label's ruled cell, the amounts on the underlines of a table row, a checkbox
/// left of its label. Distances are in inches times the page DPI, never fixed pixels.
/// </summary>
public sealed class FieldReader(ScanPage page, FilingBuilder builder)
{
    public ScanPage Page => page;

    public FilingBuilder Builder => builder;

    private PageText Text => page.Text!;

    private int Px(double inches) => (int)Math.Round(inches * page.Dpi);

    /// <summary>The best match of a printed label, optionally only inside a region.</summary>
    public LabelMatch? Label(string label, PixelRect? within = null, double minScore = 0.8)
    {
        if (within is not { } w)
        {
            return LabelMatcher.FindAll(Text, label, new LabelMatchOptions { MinScore = minScore }).FirstOrDefault();
        }

        return LabelsIn(label, w, minScore)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Box.Top).ThenBy(m => m.Box.Left)
            .FirstOrDefault();
    }

    /// <summary>
    /// Every run of words matching a label whose centre is in the zone. Every run, not each line's best run
    /// then the zone: "Actual" and "Estimated" beside the date of incorporation share their line with the
    /// caption "Actual or Estimated Date of ...", whose own words match as well and come first, outside the zone.
    /// </summary>
    public List<LabelMatch> LabelsIn(string label, PixelRect zone, double minScore = 0.8) =>
        [.. LabelMatcher.FindEveryRun(Text, label, new LabelMatchOptions { MinScore = minScore }).Where(m => zone.Contains(m.Box.CenterX, m.Box.CenterY))];

    /// <summary>All matches of a label, top to bottom.</summary>
    public List<LabelMatch> Labels(string label, double minScore = 0.8) =>
        [.. LabelMatcher.FindAll(Text, label, new LabelMatchOptions { MinScore = minScore }).OrderBy(m => m.Box.Top)];

    /// <summary>Words whose centre lies in the zone, in reading order.</summary>
    public List<Word> WordsIn(PixelRect zone) =>
        [.. Text.Lines.SelectMany(l => l.Words).Where(w => zone.Contains(w.Box.CenterX, w.Box.CenterY))];

    /// <summary>
    /// The typed value in a label's ruled cell: the words below the label (or after it on its line, when
    /// <paramref name="sameLine"/>) up to the cell's bottom rule, minus printed sub-labels such as
    /// "(Number and Street, City, State, Zip Code)".
    /// </summary>
    public ZoneText CellValue(LabelMatch label, IReadOnlyList<string>? subLabels = null, bool sameLine = false, double maxDepthInches = 1.2, bool singleLine = false)
    {
        var cell = page.Grid!.CellAround(label.Box);
        var top = sameLine ? label.Box.Top - Px(0.03) : label.Box.Bottom;
        var left = sameLine ? label.Box.Right : cell.Left;
        var bottom = Math.Min(cell.Bottom, label.Box.Bottom + Px(maxDepthInches));
        var zone = PixelRect.FromEdges(left, top, cell.Right, sameLine ? label.Box.Bottom + Px(0.03) : bottom);
        var labelWords = label.Words.ToHashSet();
        var lines = ValueLines(Text.Lines, zone, labelWords, subLabels);
        if (!sameLine && Overflows(zone, cell) is { } overflow)
        {
            // The typed value overflows the cell's lower rule onto the caption printed under it, and the
            // page's layout analysis split them into garbled halves ("Ingzam, aes" over "Busine', 'or amy,
            // ress"). Read as one uniform block they come out as two lines: the value's, starting above the
            // rule, and the caption's ("Tngzeam, Rajesh X." over "Business or Residence Address ...").
            // A caption read before in the filing is taken off the image first, the value left alone to read (on the
            // first page that prints the caption it is known only now, after the page's part was read).
            page.Captions?.PartFrom(page, overflow);
            var reread = page.Session!.Read(overflow, new OcrReadOptions { Segmentation = PageSegmentation.SingleBlock });
            // A caption read onto the value's line ("Irvine, CA 92618 Address of Principal Business ...") is
            // cut off by its phrase.
            var captionWords = (subLabels ?? [])
                .SelectMany(c => LabelMatcher.FindAll(reread, c, new LabelMatchOptions { MinScore = 0.75 }))
                .SelectMany(m => m.Line.Words.Skip(m.WordIndex));
            lines = ValueLines(reread.Lines.Where(l => l.Box.Top < cell.Bottom), overflow, [.. labelWords, .. captionWords], subLabels);
        }
        else if (!sameLine && UnreadInk(zone) is { Count: > 0 } missed)
        {
            // Typed characters in the cell that no word of the page's reading covers: the page's layout analysis
            // dropped them (a name that a bled scan's neighbouring captions pulled into a block of their own, then
            // lost). Read alone, with those pieces whole (a value typed high in its cell reaches above the caption's
            // foot), the cell gives its lines; taken when they leave less of the ink unread.
            var area = PixelRect.UnionAll([zone, .. missed]).ClipTo(page.OcrImage!.Width, page.OcrImage.Height);
            var reread = page.Session!.Read(area, new OcrReadOptions { Segmentation = PageSegmentation.SingleBlock });
            var relines = ValueLines(reread.Lines, zone, labelWords, subLabels);
            if (UnreadInk(zone, relines.SelectMany(l => l))!.Count < missed.Count)
            {
                lines = relines;
            }
        }

        if (singleLine && lines.Count > 1)
        {
            // A one-line field: keep the line read best (most confident characters), not stray fragments.
            lines = [lines.MaxBy(l => l.Sum(w => w.Text.Length * w.Confidence))!];
        }

        var value = Zone(lines, zone);
        return value with { Text = TextCleanup.Clean(value.Text) };
    }

    /// <summary>
    /// Each line's words that lie in the zone (by their centres), other than the label's own, remnants of
    /// erased rules and frames ("|", "_"), and printed sub-labels.
    /// </summary>
    private static List<List<Word>> ValueLines(IEnumerable<TextLine> lines, PixelRect zone, HashSet<Word> labelWords, IReadOnlyList<string>? subLabels)
    {
        var result = new List<List<Word>>();
        foreach (var line in lines)
        {
            var words = line.Words.Where(w => !labelWords.Contains(w) && zone.Contains(w.Box.CenterX, w.Box.CenterY) && !TextCleanup.IsJunkWord(w.Text)).ToList();
            if (words.Count > 0 && !IsSubLabel(words, subLabels))
            {
                result.Add(words);
            }
        }

        return result;
    }

    /// <summary>
    /// The zone to read again when a line of the page's OCR that starts in the value zone straddles the
    /// cell's lower rule (a scanned page, read by this reader's engine): the value zone carried down over the line
    /// printed under the rule. Null when no line straddles it.
    /// </summary>
    private PixelRect? Overflows(PixelRect zone, PixelRect cell)
    {
        if (page.Source.TextLayer is not null || page.Session is null || cell.Bottom >= page.OcrImage!.Height)
        {
            return null;
        }

        var straddles = Text.Lines.Any(l => l.Box.Top >= zone.Top && l.Box.Top < cell.Bottom - Px(0.02) && l.Box.Bottom > cell.Bottom + Px(0.02)
            && l.Box.Left < zone.Right && l.Box.Right > zone.Left);
        return straddles
            ? PixelRect.FromEdges(zone.Left, zone.Top, zone.Right, cell.Bottom + Px(OverflowReachInches)).ClipTo(page.OcrImage.Width, page.OcrImage.Height)
            : null;
    }

    /// <summary>
    /// The pieces of ink the size of a typed character (<see cref="HasTypedCharacters"/>) in a zone of a scanned
    /// page whose centre is in no word's box (the page's words when <paramref name="words"/> is null), each whole
    /// (page pixels), though it reach out of the zone. Null for a page read from its text layer.
    /// </summary>
    private List<PixelRect>? UnreadInk(PixelRect zone, IEnumerable<Word>? words = null)
    {
        var clip = zone.ClipTo(page.OcrImage!.Width, page.OcrImage.Height);
        if (page.Source.TextLayer is not null || page.Session is null || clip.IsEmpty || page.OcrImage.CountInk(clip) == 0)
        {
            return null;
        }

        // Around the zone by a typed line's height, so that a piece crossing its edge is seen whole.
        var reach = Px(0.2);
        var around = clip.Inflate(0, reach).ClipTo(page.OcrImage.Width, page.OcrImage.Height);
        var boxes = (words ?? Text.Lines.SelectMany(l => l.Words)).Select(w => w.Box).Where(b => !b.Intersect(around).IsEmpty).ToList();
        using var crop = page.OcrImage.Crop(around);
        return [.. crop.ConnectedComponents()
            .Where(IsTypedCharacter)
            .Select(c => c with { Left = c.Left + around.Left, Top = c.Top + around.Top })
            .Where(c => clip.Contains(c.CenterX, c.CenterY) && !boxes.Any(b => b.Contains(c.CenterX, c.CenterY)))];
    }

    /// <summary>How far below a cell's lower rule an overflowing value is read: its descenders and the caption line under the rule.</summary>
    private const double OverflowReachInches = 0.2;

    private static bool IsSubLabel(List<Word> words, IReadOnlyList<string>? subLabels)
    {
        var text = LabelMatcher.Normalize(string.Concat(words.Select(w => w.Text)));
        if (text.Length == 0)
        {
            return true;
        }

        return subLabels?.Any(s =>
        {
            var n = LabelMatcher.Normalize(s);
            return LabelMatcher.Similarity(n, text) >= 0.75 || (text.Length > 8 && n.Contains(text, StringComparison.Ordinal));
        }) == true;
    }

    private static ZoneText Zone(List<List<Word>> lines, PixelRect zone)
    {
        var words = lines.SelectMany(l => l).ToList();
        var text = string.Join(" ", lines.Select(l => string.Join(" ", l.Select(w => w.Text)))).Trim();
        var conf = words.Count == 0 ? 0f : words.Average(w => w.Confidence);
        var box = words.Count == 0 ? zone : PixelRect.UnionAll(words.Select(w => w.Box));
        return new ZoneText(text, box, conf, words);
    }

    /// <summary>Text of the words in a zone, line by line, less the words of <paramref name="except"/> (a label inside the zone).</summary>
    public ZoneText TextIn(PixelRect zone, LabelMatch? except = null)
    {
        var lines = Text.Lines
            .Select(l => l.Words.Where(w => zone.Contains(w.Box.CenterX, w.Box.CenterY) && except?.Words.Contains(w) != true).ToList())
            .Where(l => l.Count > 0)
            .ToList();
        return Zone(lines, zone);
    }

    /// <summary>
    /// The answer slots of a table row: the underlines to the right of the row's label at its baseline,
    /// rightmost <paramref name="count"/> of them, left to right. Each slot's zone reaches up one text
    /// line above the underline, where the typed entry sits.
    /// </summary>
    public List<PixelRect> Slots(PixelRect rowLabel, int count, double minLeftInches = 0)
    {
        var grid = page.Grid!;
        var lineHeight = Px(0.19);
        var bandTop = rowLabel.Top - Px(0.08);
        var bandBottom = rowLabel.Bottom + Px(0.12);
        var underlines = grid.Horizontal
            .Where(h => h.CenterY >= bandTop && h.CenterY <= bandBottom && h.Left > rowLabel.Right - Px(0.05) && h.Left >= minLeftInches * page.Dpi && h.Width < Px(3.5))
            .ToList();
        // Rows are about 0.2 in apart, so a tall label's band can reach the row above: of underlines stacked
        // in one column keep the one nearest the label's foot.
        underlines = [.. underlines
            .Where(h => !underlines.Any(o => o != h && Math.Min(o.Right, h.Right) > Math.Max(o.Left, h.Left)
                && Math.Abs(o.CenterY - rowLabel.Bottom) < Math.Abs(h.CenterY - rowLabel.Bottom)))
            .OrderBy(h => h.Left)];
        return [.. underlines.TakeLast(count).Select(u => PixelRect.FromEdges(u.Left - Px(0.02), u.Top - lineHeight, u.Right + Px(0.02), u.Bottom))];
    }

    /// <summary>OCR confidence (0-100) from which a lone 6, 8 or 9 in an amount slot is not doubted as a bled "0".</summary>
    private const float LoneDigitSureConfidence = 70f;

    /// <summary>
    /// Reads an amount in a zone: re-read by itself (single-line mode) for per-symbol alternatives; the
    /// full-page words are the fallback when the re-read yields nothing usable.
    /// </summary>
    public AmountField Amount(PixelRect zone)
    {
        var zoneClip = zone.ClipTo(page.OcrImage!.Width, page.OcrImage.Height);
        if (page.Source.TextLayer is null && !HasTypedCharacters(zoneClip))
        {
            // Specks and bled dot leaders are not an entry: a blank slot stays blank, never a digit guessed from noise.
            return new AmountField(new AmountReading(null, AmountKind.Blank, string.Empty, false), zone, 100f, []);
        }

        var pageWords = TextIn(zone);
        PageText? reread = null;
        if (page.Source.TextLayer is null && !zoneClip.IsEmpty && page.OcrImage.CountInk(zoneClip) > 0)
        {
            reread = page.Session!.Read(zoneClip, OcrReadOptions.Field);
        }

        var rereadText = reread is null ? string.Empty : string.Join(" ", reread.Words.Select(w => w.Text)).Trim();
        var first = AmountParser.Parse(rereadText);
        var second = AmountParser.Parse(pageWords.Text);
        var rereadConfidence = reread?.MeanConfidence ?? 0f;
        // Two different numbers: the surer reading ("10,000.00" at 95 against a re-read "10,000.60" at 82).
        // Otherwise the field re-read (cleaner segmentation), unless only the page reading parses.
        var preferReread = first.Kind == AmountKind.Number && second.Kind == AmountKind.Number && first.Value != second.Value
            ? rereadConfidence >= pageWords.Confidence
            : first.Kind is AmountKind.Number or AmountKind.None or AmountKind.NotApplicable || second.Kind is AmountKind.Blank or AmountKind.Unreadable;
        var (reading, words, conf) = preferReread
            ? (first, reread?.Words.ToList() ?? [], rereadConfidence)
            : (second, pageWords.Words.ToList(), pageWords.Confidence);
        var (other, otherConf) = preferReread ? (second, pageWords.Confidence) : (first, rereadConfidence);
        var disagreement = reading.Value is { } v && other is { Kind: AmountKind.Number, Value: { } ov } && ov != v
            ? new AmountCandidate(ov, other.Text.Trim(), otherConf)
            : null;
        if (disagreement is null && reading.Value is { } joined && AmountParser.WithoutLoneLeadingDigit(reading.Text) is { Value: { } apart } split && apart != joined)
        {
            disagreement = new AmountCandidate(apart, split.Text, conf);
        }

        if (disagreement is null && reading.Value is 6 or 8 or 9 && reading.Text.Trim().Length == 1 && conf < LoneDigitSureConfidence)
        {
            // A bold "0" alone in its slot bleeds shut into a 6, 8 or 9 on a heavy scan (syn-19's "-0-" sales
            // commissions read "6" at 53): unsure, such a reading keeps 0 beside it.
            disagreement = new AmountCandidate(0m, "0", conf);
        }

        // The other reading is an alternative like the per-symbol ones: reconciliation may accept it. It replaces a
        // digit confusion of the same value, which the engine gave no weight (syn-14's total read "6,124,000" beside
        // "8,124,000" at 81: as a 6/8 confusion at confidence 0 it was never tried).
        var alternatives = Candidates(words, reading);
        if (disagreement is not null)
        {
            alternatives.RemoveAll(a => a.Value == disagreement.Value && a.Confidence < disagreement.Confidence);
            if (alternatives.All(a => a.Value != disagreement.Value))
            {
                alternatives.Add(disagreement);
            }
        }

        return new AmountField(reading, words.Count > 0 ? PixelRect.UnionAll(words.Select(w => w.Box)) : zone, conf, alternatives) { Other = disagreement };
    }

    /// <summary>
    /// Whether a zone holds at least one ink component the size of a typed character (at least 0.05 in tall,
    /// 0.015 in wide; a 10 pt digit is about 0.1 in), as opposed to specks of scanner noise.
    /// </summary>
    public bool HasTypedCharacters(PixelRect zone)
    {
        if (zone.IsEmpty || page.OcrImage!.CountInk(zone) == 0)
        {
            return false;
        }

        using var crop = page.OcrImage.Crop(zone);
        return crop.ConnectedComponents().Any(IsTypedCharacter);
    }

    /// <summary>Whether a piece of ink is the size of a typed character: at least 0.05 in tall and 0.015 in wide.</summary>
    private bool IsTypedCharacter(PixelRect component) => component.Height >= Px(0.05) && component.Width >= Math.Max(2, Px(0.015));

    /// <summary>
    /// The text of a zone read again by itself as one line (scan pages; a text layer's words as they are).
    /// For sparse cells, such as a table's row headings, that the full-page read passes over.
    /// </summary>
    public ZoneText ReadLine(PixelRect zone, OcrReadOptions? options = null)
    {
        var clip = zone.ClipTo(page.OcrImage!.Width, page.OcrImage.Height);
        if (page.Source.TextLayer is not null || !HasTypedCharacters(clip))
        {
            return TextIn(zone);
        }

        var words = page.Session!.Read(clip, options ?? OcrReadOptions.Field).Words.ToList();
        return Zone(words.Count == 0 ? [] : [words], clip);
    }

    /// <summary>
    /// A zone read again from a copy of its pixels thinned by a pixel on every side, for bold type bled shut on a
    /// heavy scan (an Appendix state code that reads as nothing reads "CA" thinned). Scan pages only: on others,
    /// or with no character-sized ink in the zone, the text is empty.
    /// </summary>
    public ZoneText ReadThinned(PixelRect zone, OcrReadOptions options)
    {
        var clip = zone.ClipTo(page.OcrImage!.Width, page.OcrImage.Height);
        if (page.Source.TextLayer is not null || !HasTypedCharacters(clip))
        {
            return new ZoneText(string.Empty, clip, 0f, []);
        }

        // A margin of white around the glyphs: Tesseract misreads a glyph that touches the image's edge.
        using var crop = page.OcrImage.Crop(clip.Inflate(Px(0.03), Px(0.03)).ClipTo(page.OcrImage.Width, page.OcrImage.Height));
        using var thin = crop.ErodeBinary(3, 3);
        var words = page.ReadApart(thin, options).Words.ToList();
        return new ZoneText(string.Join(" ", words.Select(w => w.Text)).Trim(), clip, words.Count == 0 ? 0f : words.Average(w => w.Confidence), []);
    }

    /// <summary>Values the amount could have been: each symbol replaced in turn by each of its alternatives that keeps it a number.</summary>
    private static List<AmountCandidate> Candidates(List<Word> words, AmountReading reading)
    {
        var glyphs = words.SelectMany(w => w.Glyphs).ToList();
        var result = new List<AmountCandidate>();
        if (reading.Value is null)
        {
            return result;
        }

        for (var i = 0; i < glyphs.Count; i++)
        {
            foreach (var choice in glyphs[i].Choices.Where(c => c.Text != glyphs[i].Text && c.Text.Length == 1 && char.IsDigit(c.Text[0])))
            {
                var text = string.Concat(glyphs.Select((g, j) => j == i ? choice.Text : g.Text));
                if (AmountParser.Parse(text) is { Value: { } v } && v != reading.Value)
                {
                    result.Add(new AmountCandidate(v, text, choice.Confidence));
                }
            }

            // The engine's own digit confusions are candidates too: 3/8, 5/6, 1/7, 0/8.
            if (glyphs[i].Text.Length == 1 && OcrLookAlikes.DigitConfusions.TryGetValue(glyphs[i].Text[0], out var alts))
            {
                foreach (var alt in alts)
                {
                    var text = string.Concat(glyphs.Select((g, j) => j == i ? alt.ToString() : g.Text));
                    if (AmountParser.Parse(text) is { Value: { } v } && v != reading.Value && result.All(r => r.Value != v))
                    {
                        result.Add(new AmountCandidate(v, text, 0f));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>How far left of its label a checkbox may stand, inches: the form's widest label gap with room for a shifted scan.</summary>
    public const double BoxGapInches = 0.4;

    /// <summary>The checkbox left of a label, read from pixels; null (unknown) when no box is found.</summary>
    public CheckboxReading? BoxFor(PixelRect label, double maxGapInches = BoxGapInches)
    {
        var box = Checkboxes.BoxLeftOf(page.Boxes, label, page.Dpi, maxGapInches) ?? SearchLeftOf(label, maxGapInches);
        return box is { } b ? ReadBox(b) : null;
    }

    /// <summary>
    /// A second, targeted look for the box just left of a label, without the isolation test that a heavy
    /// mark overshooting its frame fails on the page-wide search.
    /// </summary>
    private PixelRect? SearchLeftOf(PixelRect label, double maxGapInches)
    {
        var reach = Px(maxGapInches + 0.3);
        var region = PixelRect.FromEdges(label.Left - reach, label.Top - Px(0.15), label.Left + Px(0.05), label.Bottom + Px(0.15))
            .ClipTo(page.Binary.Width, page.Binary.Height);
        if (region.IsEmpty)
        {
            return null;
        }

        using var crop = page.Binary.Crop(region);
        var options = CheckboxOptions.Default with { RequireIsolation = false, TypicalWidth = Checkboxes.TypicalWidth(page.Boxes) };
        var found = Checkboxes.Find(crop, page.Dpi, options)
            .Select(b => b with { Left = b.Left + region.Left, Top = b.Top + region.Top });
        return Checkboxes.BoxLeftOf(found, label, page.Dpi, maxGapInches);
    }

    /// <summary>A found box read from pixels against the page's thresholds.</summary>
    public CheckboxReading ReadBox(PixelRect box) => Checkboxes.Read(page.Binary, box, page.BoxOptions);

    /// <summary>
    /// The page's checkboxes (those at or right of <paramref name="minLeft"/>) in printed rows, top to bottom, each
    /// left to right: boxes of one row are level within a few pixels of skew, and rows are a fifth of an inch or
    /// more apart.
    /// </summary>
    public List<List<PixelRect>> BoxRows(int minLeft = 0)
    {
        var rows = new List<List<PixelRect>>();
        foreach (var box in page.Boxes.Where(b => b.Left >= minLeft).OrderBy(b => b.CenterY))
        {
            if (rows.Count > 0 && box.CenterY - rows[^1][^1].CenterY <= page.Dpi / 25)
            {
                rows[^1].Add(box);
            }
            else
            {
                rows.Add([box]);
            }
        }

        return [.. rows.Select(row => row.OrderBy(b => b.Left).ToList())];
    }

    /// <summary>Checkboxes in a horizontal band, left to right.</summary>
    public List<PixelRect> BoxesInBand(int top, int bottom, int minLeft = 0) =>
        [.. page.Boxes.Where(b => b.CenterY >= top && b.CenterY <= bottom && b.Left >= minLeft).OrderBy(b => b.Left)];

    // ---- recording ----------------------------------------------------------------------------------

    public void Record(string path, ZoneText value) =>
        builder.Record(path, page.Number, value.Zone, value.Confidence, value.Text);

    public void Record(string path, AmountField value)
    {
        if (value.Reading.Kind == AmountKind.Blank)
        {
            return;
        }

        builder.Record(path, page.Number, value.Zone, value.Confidence, value.Reading.Text.Trim());
        if (value.Alternatives.Count > 0)
        {
            builder.Alternatives[path] = [new AmountCandidate(value.Reading.Value ?? 0, value.Reading.Text, value.Confidence), .. value.Alternatives];
        }

        if (value.Other is { } other && value.Reading.Value is { } taken)
        {
            builder.Disagreements[path] = new ReadingDisagreement(new AmountCandidate(taken, value.Reading.Text.Trim(), value.Confidence), other);
        }
        else
        {
            // A later page's reading of the same field replaces the earlier one, and with it the earlier doubt.
            builder.Disagreements.Remove(path);
        }
    }

    public void Record(string path, CheckboxReading? box, string label)
    {
        if (box is not null)
        {
            builder.Record(path, page.Number, box.Box, box.Confidence, string.Create(CultureInfo.InvariantCulture, $"{label}: ink {box.InkRatio:F3}"), ValueOrigins.Pixels);
        }
    }
}
