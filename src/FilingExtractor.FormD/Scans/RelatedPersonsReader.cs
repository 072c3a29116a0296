using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.FormD.Values;
using FilingExtractor.Layout;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// A.2 and its continuation sheets: each block of role boxes, full name and address, wherever the
/// sheets sit in the filing. Empty blocks are skipped; the index continues across pages.
/// </summary>
public static class RelatedPersonsReader
{
    private const string NameCaption = "Full Name (Last name first, if individual)";
    private const string AddressCaption = "Business or Residence Address";
    private const string RolesCaption = "Check Box(es) that Apply: Promoter Beneficial Owner Executive Officer Director General and/or Managing Partner";

    /// <summary>
    /// Printed lines a value cell may hold besides its value: its own caption's tail, and, where a degraded
    /// scan lost the rule below the cell, the next cell's caption (a blank block's name cell would
    /// otherwise read "Business or Residence Address (Number and Street, ..." as a name).
    /// </summary>
    private static readonly string[] SubLabels =
    [
        "(Last name first, if individual)", "(Number and Street, City, State, Zip Code)",
        AddressCaption + " (Number and Street, City, State, Zip Code)", NameCaption, RolesCaption,
    ];

    public static void Read(FieldReader r)
    {
        var dpi = r.Page.Dpi;
        // The block's first line; its tail alone as well, since "Check Box(es)" is the part that a
        // degraded scan garbles most ("Chock Benge) that Apply").
        var roleLines = r.Labels("Check Box(es) that Apply", 0.75)
            .Concat(r.Labels("that Apply", 0.75))
            .DistinctBy(m => m.Line)
            .ToList();
        roleLines = [.. roleLines.Concat(RolesLinesByBoxes(r, roleLines)).OrderBy(m => m.Box.Top)];
        var names = r.Labels(NameCaption, 0.75);
        var addresses = r.Labels(AddressCaption, 0.75);
        // A block is anchored on its roles line, its name caption, or both: a degraded scan may lose
        // either one to OCR (a whole roles line can go unread).
        var blocks = new List<(LabelMatch? Roles, LabelMatch Name)>();
        foreach (var roles in roleLines)
        {
            var name = names.FirstOrDefault(n => n.Box.Top > roles.Box.Top && n.Box.Top - roles.Box.Bottom < dpi / 2)
                ?? CaptionBelow(r, roles, NameCaption, roles.Box.Bottom);
            if (name is not null)
            {
                blocks.Add((roles, name));
            }
        }

        blocks.AddRange(names.Where(n => !blocks.Any(b => b.Name.Line == n.Line)).Select(n => ((LabelMatch?)null, n)));
        var ordered = blocks.OrderBy(b => b.Name.Box.Top).ToList();
        for (var b = 0; b < ordered.Count; b++)
        {
            var (roles, name) = ordered[b];
            // Where the next block starts (its roles line, or its name caption): no value of this block is below it.
            var blockEnd = b + 1 < ordered.Count ? (ordered[b + 1].Roles ?? ordered[b + 1].Name).Box.Top : r.Page.Binary.Height;
            var nameValue = r.CellValue(name, SubLabels);
            if (nameValue.IsEmpty)
            {
                continue;
            }

            var persons = r.Builder.Filing.RelatedPersons;
            var index = persons.Count;
            var p = $"relatedPersons[{index}]";
            var parsed = NameParser.Parse(nameValue.Text);
            var person = new RelatedPerson
            {
                LastName = parsed.Last,
                FirstName = parsed.First,
                MiddleName = parsed.Middle,
                Suffix = parsed.Suffix,
                IsEntity = parsed.IsEntity,
            };
            r.Record(p + ".lastName", nameValue);
            r.Record(p + ".firstName", nameValue);

            // The role captions: after "that Apply" on the roles line, or, where that line went unread, in
            // the third of an inch above the name caption.
            var band = roles is not null
                ? PixelRect.FromEdges(roles.Box.Right, roles.Box.Top - (dpi / 12), r.Page.Binary.Width, roles.Box.Bottom + (dpi / 12))
                : PixelRect.FromEdges(name.Box.Left, name.Box.Top - (dpi / 3), r.Page.Binary.Width, name.Box.Top);
            var labels = Relationships.All.Select(role => r.Label(role, band, 0.8)).ToList();
            var row = RowOfRoleBoxes(r, band, labels);
            for (var i = 0; i < labels.Count; i++)
            {
                var role = Relationships.All[i];
                var box = labels[i] is { } label ? r.BoxFor(label.Box) : null;
                box ??= row is null ? null : r.ReadBox(row[i]);
                switch (box?.Checked)
                {
                    case true:
                        person.Relationships.Add(role);
                        break;
                    case null:
                        person.UnreadableRelationships.Add(role);
                        break;
                }

                // A box taken by place records so: its caption was not read.
                r.Record($"{p}.relationships.{role}", box, labels[i] is null && box is not null ? role + " (by place)" : role);
            }

            var address = addresses.FirstOrDefault(a => a.Box.Top > name.Box.Top && a.Box.Top - name.Box.Bottom < dpi)
                ?? CaptionBelow(r, roles ?? name, AddressCaption, r.Page.Grid!.CellAround(name.Box).Bottom);
            var value = address is null ? null : r.CellValue(address, SubLabels);
            if (value is null || value.IsEmpty || !IsAddress(AddressParser.Parse(value.Text)))
            {
                value = AddressLineBelow(r, name, blockEnd) ?? value;
            }

            if (value is { IsEmpty: false } v)
            {
                person.Address = AddressParser.Parse(v.Text);
                CoverReader.RecordAddress(r, p + ".address", v);
            }

            persons.Add(person);
        }
    }

    /// <summary>
    /// Roles lines whose caption OCR garbled past matching ("Check Beenie Aggy, TO Renefictal Ooner" on a heavy
    /// 200 DPI scan), found by what is printed on them instead: a row of exactly five boxes (one per role, found
    /// from the pixels) that no matched roles line is level with. The match is the words of the text line level
    /// with the row that stand left of its first box, where "Check Box(es) that Apply:" is printed, so that the
    /// name caption can be found by place below it (<see cref="CaptionBelow"/>); a row with no such words is not taken.
    /// </summary>
    private static IEnumerable<LabelMatch> RolesLinesByBoxes(FieldReader r, IReadOnlyList<LabelMatch> found)
    {
        var rows = r.BoxRows();
        foreach (var row in rows.Where(row => row.Count == Relationships.All.Count))
        {
            var first = row.MinBy(b => b.Left);
            var top = row.Min(b => b.Top);
            var bottom = row.Max(b => b.Bottom);
            if (found.Any(m => m.Box.Top < bottom && m.Box.Bottom > top))
            {
                continue;
            }

            var center = (top + bottom) / 2;
            var line = r.Page.Text!.Lines
                .Where(l => l.Box.Top <= center && l.Box.Bottom >= center && l.Box.Left < first.Left)
                .MinBy(l => Math.Abs(l.Box.CenterY - center));
            if (line is null)
            {
                continue;
            }

            var start = 0;
            while (start < line.Words.Count && line.Words[start].Text.Count(char.IsLetter) < 2)
            {
                start++;
            }

            var words = line.Words.Skip(start).TakeWhile(w => w.Box.Right <= first.Left).ToList();
            if (words.Count > 0)
            {
                yield return new LabelMatch("Check Box(es) that Apply", words, line, start, 0);
            }
        }
    }

    /// <summary>
    /// The five role boxes of a block in printed order, for the roles whose caption OCR lost (the degraded
    /// Capstone continuation sheet reads "Executive Olficer" and no further on most roles lines): the boxes
    /// found level with the roles line, when there are exactly five and every role caption that was read sits
    /// right of its own box among them. Null otherwise: a row with a box missed or one too many says nothing
    /// about which box is whose.
    /// </summary>
    private static List<PixelRect>? RowOfRoleBoxes(FieldReader r, PixelRect band, IReadOnlyList<LabelMatch?> labels)
    {
        var row = r.BoxesInBand(band.Top, band.Bottom, band.Left);
        if (row.Count != labels.Count)
        {
            return null;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            // A caption read with no box of the row beside it (the gap FieldReader.BoxFor allows) is as telling
            // as one beside another role's box: the row is not the one the captions are printed on.
            if (labels[i] is { } label && Checkboxes.BoxLeftOf(row, label.Box, r.Page.Dpi, FieldReader.BoxGapInches) != row[i])
            {
                return null;
            }
        }

        return row;
    }

    /// <summary>Whether a parsed address has what every address on the form has: a ZIP code, or a state after a numbered street.</summary>
    private static bool IsAddress(Address a) =>
        a.ZipCode is not null || (a.StateOrCountry is not null && a.Street1 is { Length: > 0 } street && char.IsDigit(street[0]));

    /// <summary>
    /// The address of a block whose address caption went unread or whose cell read no address (a heavy scan's
    /// "ZL on palstenne Addsesn (Nemnber und Suet. ..."): the first line between the name and the next block
    /// (<paramref name="blockEnd"/>), within an inch and a half of the name, that reads as an address
    /// (<see cref="IsAddress"/>). Captions have no ZIP code and no numbered street, so they are passed over.
    /// Null when no line reads so.
    /// </summary>
    private static ZoneText? AddressLineBelow(FieldReader r, LabelMatch name, int blockEnd)
    {
        var dpi = r.Page.Dpi;
        var zone = PixelRect.FromEdges(0, name.Box.Bottom, r.Page.Binary.Width, Math.Min(blockEnd, name.Box.Bottom + (3 * dpi / 2)));
        foreach (var line in r.Page.Text!.Lines.Where(l => l.Box.Top > name.Box.Bottom && zone.Contains(l.Box.CenterX, l.Box.CenterY)).OrderBy(l => l.Box.Top))
        {
            // The line's own words: on a heavy scan the caption's line box overlaps the value's.
            var text = TextCleanup.Clean(line.Text);
            if (IsAddress(AddressParser.Parse(text)))
            {
                return new ZoneText(text, line.Box, line.Words.Average(w => w.Confidence), line.Words);
            }
        }

        return null;
    }

    /// <summary>
    /// A block's caption that OCR garbled past matching ("Pt ew mene Bes, Wine" for "Full Name (Last name
    /// first, if individual)"), found by where it is printed instead: the first line of the form's small
    /// print whose middle is below <paramref name="top"/> (page pixels; specks on a heavy scan make the boxes of
    /// neighbouring lines overlap), starting at the left edge of the block's <paramref name="reference"/> caption
    /// line, within half an inch. Typed values are set larger than
    /// the captions, so a typed name is never taken for one. Null when no such line is there.
    /// </summary>
    private static LabelMatch? CaptionBelow(FieldReader r, LabelMatch reference, string caption, int top)
    {
        var dpi = r.Page.Dpi;
        var printHeight = LetterHeight(reference.Words);
        if (printHeight <= 0)
        {
            return null;
        }

        // Where the block's lines start: the roles line's first word, since the match may be its tail only.
        var left = LetterWords(reference.Line.Words).FirstOrDefault()?.Box.Left ?? reference.Box.Left;
        var line = r.Page.Text!.Lines
            .Where(l => l.Box.CenterY >= top - (dpi / 30) && l.Box.Top - top < dpi / 2)
            .OrderBy(l => l.Box.Top)
            .FirstOrDefault(l => Math.Abs(LetterWords(l.Words).FirstOrDefault()?.Box.Left - left ?? int.MaxValue) < dpi / 4);
        if (line is null || LetterHeight(line.Words) > 1.3 * printHeight)
        {
            return null;
        }

        // The caption is the whole line from its first word with letters: rule stubs before it are not.
        var first = 0;
        while (line.Words[first].Text.Count(char.IsLetter) < 2)
        {
            first++;
        }

        return new LabelMatch(caption, [.. line.Words.Skip(first)], line, first, 0);
    }

    private static IEnumerable<Word> LetterWords(IEnumerable<Word> words) => words.Where(w => w.Text.Count(char.IsLetter) >= 2);

    /// <summary>Median height of the words that have letters, pixels; 0 when there are none.</summary>
    private static int LetterHeight(IEnumerable<Word> words)
    {
        var heights = LetterWords(words).Select(w => w.Box.Height).Order().ToList();
        return heights.Count == 0 ? 0 : heights[heights.Count / 2];
    }
}
