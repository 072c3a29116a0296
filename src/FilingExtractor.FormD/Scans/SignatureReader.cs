using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
using FilingExtractor.Layout;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>Parts D and E: the two signature blocks and E.1's Yes/No.</summary>
public static class SignatureReader
{
    public static void Read(FieldReader r)
    {
        var f = r.Builder.Filing;
        var state = r.Label("E. STATE SIGNATURE", minScore: 0.75);
        // "Name of Signer (Print or Type)" is close to "Issuer (Print or Type)": demand a near-exact match at a line start.
        var issuers = r.Labels("Issuer (Print or Type)", 0.88).Where(m => m.StartsLine).ToList();
        issuers = [.. issuers.Concat(IssuerCaptionsByPlace(r, issuers)).OrderBy(m => m.Box.Top)];
        foreach (var issuer in issuers)
        {
            // Above E's heading is D's block, whether or not D's heading was read (a heavy scan can lose it).
            var isState = state is not null && issuer.Box.Top > state.Box.Top;
            var signature = isState ? (f.StateSignature ??= new Signature()) : f.Signature;
            Block(r, issuer, signature, isState ? "stateSignature" : "signature");
        }

        if (state is not null && r.Label("1. Is any party described in 17 CFR 230.262 presently subject", minScore: 0.75) is { } e1)
        {
            f.IssuerDisqualifiedRule262 = SectionBReader.YesNo(r, e1.Line.Box, "issuerDisqualifiedRule262");
        }
    }

    /// <summary>
    /// A block's "Issuer (Print or Type)" caption that OCR garbled past matching ("feeuwe (Pert or Type) ine” Dele"
    /// on a heavy scan), found from the block's "Name of Signer (Print or Type)" caption, which reads better: the
    /// line of small print that starts where the signer's caption starts, a third to four fifths of an inch above
    /// it (the issuer's value line between them is typed, larger), its words left of the signer line's second
    /// caption (the Signature column). None where a matched issuer caption already heads the block.
    /// </summary>
    private static IEnumerable<LabelMatch> IssuerCaptionsByPlace(FieldReader r, IReadOnlyList<LabelMatch> issuers)
    {
        var dpi = r.Page.Dpi;
        foreach (var signer in r.Labels("Name of Signer (Print or Type)", 0.75).Where(m => m.StartsLine))
        {
            if (issuers.Any(i => i.Box.Top < signer.Box.Top && signer.Box.Top - i.Box.Top < dpi * 0.9))
            {
                continue;
            }

            var printHeight = signer.Words.Select(w => w.Box.Height).Order().ElementAt(signer.Words.Count / 2);
            var column = r.Label("Title of Signer (Print or Type)", signer.Line.Box, 0.75)?.Box.Left ?? r.Page.Binary.Width / 3;
            var line = r.Page.Text!.Lines
                .Where(l => signer.Box.Top - l.Box.Top >= dpi / 3 && signer.Box.Top - l.Box.Top <= dpi * 0.8
                    && Math.Abs(l.Box.Left - signer.Box.Left) < dpi / 4)
                .OrderByDescending(l => l.Box.Top)
                .FirstOrDefault(l => l.Words.Select(w => w.Box.Height).Order().ElementAt(l.Words.Count / 2) <= 1.3 * printHeight);
            var words = line?.Words.TakeWhile(w => w.Box.Right < column).ToList() ?? [];
            if (words.Count > 0 && words.Any(w => w.Text.Count(char.IsLetter) >= 2))
            {
                yield return new LabelMatch("Issuer (Print or Type)", words, line!, 0, 0);
            }
        }
    }

    /// <summary>
    /// The date typed in the cell right of the signature's, where its caption "Date" (four letters, so matched
    /// exactly) went unread ("Dae" on a thinned scan): the page's words under the caption's line, or the zone read
    /// again alone when they make no date. Null when there is no such cell.
    /// </summary>
    private static ZoneText? DateBeside(FieldReader r, LabelMatch signature, DateParseOptions options)
    {
        var grid = r.Page.Grid!;
        var cell = grid.CellAround(signature.Box);
        var x = cell.Right + (r.Page.Dpi / 20);
        if (x >= r.Page.Binary.Width)
        {
            return null;
        }

        var next = grid.CellAround(new PixelRect(x, signature.Box.Top, 1, signature.Box.Height));
        if (next.Left < cell.Right - 2 || next.Width < r.Page.Dpi / 2)
        {
            return null;
        }

        var zone = PixelRect.FromEdges(next.Left + 2, signature.Box.Bottom, next.Right - 2, Math.Min(next.Bottom, signature.Box.Bottom + (r.Page.Dpi / 2)));
        var words = r.TextIn(zone);
        return DateParser.Parse(words.Text, options) is null ? r.ReadLine(zone) : words;
    }

    private static void Block(FieldReader r, LabelMatch issuer, Signature s, string path)
    {
        var dpi = r.Page.Dpi;
        var block = PixelRect.FromEdges(0, issuer.Box.Top - (dpi / 10), r.Page.Binary.Width, issuer.Box.Top + dpi);
        var name = r.CellValue(issuer, maxDepthInches: 0.5, singleLine: true);
        if (!name.IsEmpty)
        {
            s.IssuerName = NameParser.RepairEntityName(name.Text);
            r.Record(path + ".issuerName", name);
        }

        var signatureCaption = r.Label("Signature", block, 0.85);
        if (signatureCaption is { } sig)
        {
            // A signature is a scribble, not text: judge it by ink in the cell below its caption.
            var cell = r.Page.Grid!.CellAround(sig.Box);
            var zone = PixelRect.FromEdges(cell.Left + 4, sig.Box.Bottom + 2, cell.Right - 4, cell.Bottom - 4);
            if (!zone.IsEmpty)
            {
                var ink = r.Page.OcrImage!.CountInk(zone) / (double)zone.Area;
                s.Signed = ink > 0.004 ? true : ink < 0.0005 ? false : null;
                r.Builder.Record(path + ".signed", r.Page.Number, zone, 100f, $"ink {ink:F4}", ValueOrigins.Pixels);
            }
        }

        var dateOptions = r.Page.Source.TextLayer is null ? DateParseOptions.Scanned : DateParseOptions.Default;
        var dated = r.Label("Date", block, 0.9) is { } date ? r.CellValue(date, maxDepthInches: 0.5, singleLine: true)
            : signatureCaption is { } signature ? DateBeside(r, signature, dateOptions)
            : null;
        if (dated is { } d)
        {
            s.SignatureDate = DateParser.Parse(d.Text, dateOptions);
            if (!d.IsEmpty)
            {
                r.Record(path + ".signatureDate", d);
            }
        }

        if (r.Label("Name of Signer (Print or Type)", block, 0.75) is { } signer)
        {
            var v = r.CellValue(signer, maxDepthInches: 0.5, singleLine: true);
            s.NameOfSigner = v.IsEmpty ? null : NameParser.RepairInitials(NameParser.RepairPunctuation(v.Text));
            r.Record(path + ".nameOfSigner", v);
        }

        if (r.Label("Title of Signer (Print or Type)", block, 0.75) is { } title)
        {
            var v = r.CellValue(title, maxDepthInches: 0.5, singleLine: true);
            s.SignatureTitle = v.IsEmpty ? null : v.Text;
            r.Record(path + ".signatureTitle", v);
        }
    }
}
