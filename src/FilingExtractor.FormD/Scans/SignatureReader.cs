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
        var federal = r.Label("D. FEDERAL SIGNATURE", minScore: 0.75);
        var state = r.Label("E. STATE SIGNATURE", minScore: 0.75);
        // "Name of Signer (Print or Type)" is close to "Issuer (Print or Type)": demand a near-exact match at a line start.
        var issuers = r.Labels("Issuer (Print or Type)", 0.88).Where(m => m.StartsLine).ToList();
        foreach (var issuer in issuers)
        {
            var isState = state is not null && issuer.Box.Top > state.Box.Top;
            if (!isState && federal is null && state is not null)
            {
                continue;
            }

            var signature = isState ? (f.StateSignature ??= new Signature()) : f.Signature;
            Block(r, issuer, signature, isState ? "stateSignature" : "signature");
        }

        if (state is not null && r.Label("1. Is any party described in 17 CFR 230.262 presently subject", minScore: 0.75) is { } e1)
        {
            f.IssuerDisqualifiedRule262 = SectionBReader.YesNo(r, e1.Line.Box, "issuerDisqualifiedRule262");
        }
    }

    private static void Block(FieldReader r, LabelMatch issuer, Signature s, string path)
    {
        var dpi = r.Page.Dpi;
        var block = PixelRect.FromEdges(0, issuer.Box.Top - (dpi / 10), r.Page.Binary.Width, issuer.Box.Top + dpi);
        var name = r.CellValue(issuer, maxDepthInches: 0.5, singleLine: true);
        if (!name.IsEmpty)
        {
            s.IssuerName = name.Text;
            r.Record(path + ".issuerName", name);
        }

        if (r.Label("Signature", block, 0.85) is { } sig)
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

        if (r.Label("Date", block, 0.9) is { } date)
        {
            var v = r.CellValue(date, maxDepthInches: 0.5, singleLine: true);
            s.SignatureDate = DateParser.Parse(v.Text, r.Page.Source.TextLayer is null ? DateParseOptions.Scanned : DateParseOptions.Default);
            if (!v.IsEmpty)
            {
                r.Record(path + ".signatureDate", v);
            }
        }

        if (r.Label("Name of Signer (Print or Type)", block, 0.75) is { } signer)
        {
            var v = r.CellValue(signer, maxDepthInches: 0.5, singleLine: true);
            s.NameOfSigner = v.IsEmpty ? null : v.Text;
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
