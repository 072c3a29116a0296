using System.Globalization;
using System.Text.RegularExpressions;
using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
using FilingExtractor.Layout;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>The cover: name of offering, filing-under and type-of-filing boxes, and A.1 (the issuer).</summary>
public static partial class CoverReader
{
    private static readonly string[] AddressSubLabels =
    [
        "(Number and Street, City, State, Zip Code)", "(if different from Executive Offices)", "(Including Area Code)",
        "(check if this is an amendment and name has changed, and indicate change.)",
        // The neighbouring cells' captions, which a value overflowing its cell is read together with.
        "Address of Executive Offices", "Address of Principal Business Operations", "Telephone Number",
        "Brief Description of Business", "Type of Business Organization",
    ];

    public static void Read(FieldReader r)
    {
        var f = r.Builder.Filing;
        var page = r.Page;

        if (r.Label("Name of Offering") is { } offering)
        {
            var v = r.CellValue(offering, AddressSubLabels, maxDepthInches: 0.5);
            if (!v.IsEmpty)
            {
                f.OfferingName = v.Text;
                r.Record("offeringName", v);
            }
        }

        if (r.Label("Filing Under (Check box(es) that apply)") is { } under)
        {
            var band = Band(under.Box, page.Dpi);
            var boxes = BoxesInOrder(
                r,
                [("Rule 504", "filingUnder.rule504"), ("Rule 505", "filingUnder.rule505"), ("Rule 506", "filingUnder.rule506"),
                 ("Section 4(6)", "filingUnder.section4_6"), ("ULOE", "filingUnder.uloe")],
                band);
            (f.FilingUnder.Rule504, f.FilingUnder.Rule505, f.FilingUnder.Rule506, f.FilingUnder.Section4_6, f.FilingUnder.Uloe) =
                (boxes[0], boxes[1], boxes[2], boxes[3], boxes[4]);
        }

        if (r.Label("Type of Filing") is { } type)
        {
            var band = Band(type.Box, page.Dpi);
            f.TypeOfFiling.NewFiling = Box(r, "New Filing", band, "typeOfFiling.newFiling");
            f.TypeOfFiling.Amendment = Box(r, "Amendment", band, "typeOfFiling.amendment");
            f.SubmissionType = f.TypeOfFiling.Amendment == true ? "D/A" : f.TypeOfFiling.NewFiling == true ? "D" : null;
        }

        var issuer = f.PrimaryIssuer;
        if (r.Label("Name of Issuer") is { } name)
        {
            var v = r.CellValue(name, AddressSubLabels);
            if (!v.IsEmpty)
            {
                issuer.EntityName = NameParser.RepairEntityName(v.Text);
                r.Record("primaryIssuer.entityName", v);
            }
        }

        var phones = r.Labels("Telephone Number (Including Area Code)", 0.75);
        if (r.Label("Address of Executive Offices") is { } exec)
        {
            var v = r.CellValue(exec, AddressSubLabels);
            if (!v.IsEmpty)
            {
                issuer.IssuerAddress = AddressParser.Parse(v.Text);
                RecordAddress(r, "primaryIssuer.issuerAddress", v);
            }

            if (phones.FirstOrDefault(p => Math.Abs(p.Box.Top - exec.Box.Top) < page.Dpi / 4) is { } phone)
            {
                var pv = r.CellValue(phone, AddressSubLabels);
                if (!pv.IsEmpty)
                {
                    issuer.IssuerPhoneNumber = PhoneParser.Normalize(pv.Text);
                    r.Record("primaryIssuer.issuerPhoneNumber", pv);
                }
            }
        }

        if (r.Label("Address of Principal Business Operations") is { } principal)
        {
            var v = r.CellValue(principal, AddressSubLabels);
            if (!v.IsEmpty)
            {
                issuer.PrincipalBusinessAddress = AddressParser.Parse(v.Text);
                RecordAddress(r, "primaryIssuer.principalBusinessAddress", v);
            }

            if (phones.FirstOrDefault(p => Math.Abs(p.Box.Top - principal.Box.Top) < page.Dpi / 4) is { } phone)
            {
                var pv = r.CellValue(phone, AddressSubLabels);
                if (!pv.IsEmpty)
                {
                    issuer.PrincipalBusinessPhoneNumber = PhoneParser.Normalize(pv.Text);
                    r.Record("primaryIssuer.principalBusinessPhoneNumber", pv);
                }
            }
        }

        if (r.Label("Brief Description of Business") is { } desc)
        {
            var v = r.CellValue(desc);
            if (!v.IsEmpty)
            {
                issuer.DescriptionOfBusiness = v.Text;
                r.Record("primaryIssuer.descriptionOfBusiness", v);
            }
        }

        if (r.Label("Type of Business Organization") is { } org)
        {
            EntityType(r, org);
        }

        if (r.Label("Actual or Estimated Date of Incorporation or Organization") is { } inc)
        {
            IncorporationDate(r, inc);
        }

        if (r.Label("Jurisdiction of Incorporation or Organization") is { } jur)
        {
            // The answer is typed after the caption's last word, "jurisdiction)", at the end of its second line
            // (the caption itself names "CN" and "FN", so a two-letter word elsewhere in the cell is no answer);
            // without that word, the right third of the cell, where the answer box is printed.
            var cell = page.Grid!.CellAround(jur.Box);
            var last = r.WordsIn(cell).LastOrDefault(w => LabelMatcher.Similarity("jurisdiction", LabelMatcher.Normalize(w.Text)) >= 0.7);
            var zone = last is { } end && end.Box.Top > jur.Box.Top
                ? PixelRect.FromEdges(end.Box.Right, end.Box.Top - (r.Page.Dpi / 10), cell.Right, end.Box.Bottom + (r.Page.Dpi / 10))
                : PixelRect.FromEdges(cell.Left + (cell.Width * 2 / 3), cell.Top, cell.Right, cell.Bottom);
            var v = r.TextIn(zone);
            var code = Regex.Replace(v.Text, "[^A-Za-z]", string.Empty).ToUpperInvariant();
            if (code.Length == 2)
            {
                issuer.JurisdictionOfInc = code;
                r.Record("primaryIssuer.jurisdictionOfInc", v);
            }
        }
    }

    /// <summary>The digits of a month (1-12) or a year box's text, or null.</summary>
    private static int? DatePart(string text, bool isMonth) =>
        int.TryParse(Regex.Replace(text, "[^0-9]", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (!isMonth || n is >= 1 and <= 12) ? n : null;

    private static PixelRect Band(PixelRect label, int dpi) =>
        PixelRect.FromEdges(label.Left, label.Top - (dpi / 10), label.Left + (8 * dpi), label.Bottom + (dpi / 10));

    /// <summary>
    /// Boxes whose labels are printed side by side in a known order, read together: each label is taken
    /// where the labels, left to right and each on its own words, match best in total. Alone, "Rule 506"
    /// read as "Rute 506" scores no better than the "Rule 505" beside it, took that label and read Rule
    /// 505's box (the degraded Capstone scan's Rule 506 came out false).
    /// </summary>
    private static bool?[] BoxesInOrder(FieldReader r, (string Label, string Path)[] labels, PixelRect band)
    {
        var candidates = labels.Select(l => r.LabelsIn(l.Label, band, 0.75)).ToArray();
        var best = LabelMatcher.BestInOrder(candidates, (left, m) => m.Box.Left >= left.Box.Right);
        var result = new bool?[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (best[i] is { } m)
            {
                var box = r.BoxFor(m.Box);
                r.Record(labels[i].Path, box, labels[i].Label);
                result[i] = box?.Checked;
            }
        }

        return result;
    }

    private static bool? Box(FieldReader r, string label, PixelRect band, string path)
    {
        var m = r.Label(label, band, 0.75);
        if (m is null)
        {
            return null;
        }

        var box = r.BoxFor(m.Box);
        r.Record(path, box, label);
        return box?.Checked;
    }

    private static void EntityType(FieldReader r, LabelMatch org)
    {
        var cell = r.Page.Grid!.CellAround(org.Box);
        var zone = PixelRect.FromEdges(cell.Left, org.Box.Bottom, cell.Right, cell.Bottom);
        (string Label, string Type)[] options =
        [
            ("corporation", EntityTypes.Corporation),
            ("business trust", EntityTypes.BusinessTrust),
            ("limited partnership, already formed", EntityTypes.LimitedPartnership),
            ("limited partnership, to be formed", EntityTypes.LimitedPartnershipToBeFormed),
            ("other (please specify)", EntityTypes.Other),
        ];
        var issuer = r.Builder.Filing.PrimaryIssuer;
        var readings = new List<(string Type, CheckboxReading? Box, LabelMatch Label)>();
        foreach (var (label, type) in options)
        {
            if (r.Label(label, zone, 0.85) is { } m)
            {
                readings.Add((type, r.BoxFor(m.Box), m));
            }
        }

        var checkedOnes = readings.Where(x => x.Box?.Checked == true).ToList();
        if (checkedOnes.Count == 1)
        {
            var (type, box, label) = checkedOnes[0];
            issuer.EntityType = type;
            r.Record("primaryIssuer.entityType", box, label.Label);
            if (type == EntityTypes.Other)
            {
                // The description follows the caption on its line, or is typed under it from about the box's
                // left edge (syn-05: "limited liability company" under "other (please specify):").
                var dpi = r.Page.Dpi;
                var left = Math.Min(label.Box.Left, box?.Box.Left ?? label.Box.Left) - (dpi / 20);
                var after = r.TextIn(PixelRect.FromEdges(left, label.Box.Top - (dpi / 20), cell.Right, label.Box.Bottom + (dpi / 4)), label);
                issuer.EntityTypeOtherDescription = after.IsEmpty ? null : after.Text;
            }
        }
    }

    private static void IncorporationDate(FieldReader r, LabelMatch inc)
    {
        var issuer = r.Builder.Filing.PrimaryIssuer;
        var dpi = r.Page.Dpi;
        // The month and year are typed in two small boxes captioned "Month" and "Year" underneath.
        LabelMatch? month = null;
        foreach (var (caption, isMonth) in new[] { ("Month", true), ("Year", false) })
        {
            var band = PixelRect.FromEdges(inc.Box.Right, inc.Box.Top - (dpi / 5), inc.Box.Right + (3 * dpi), inc.Box.Bottom + (dpi / 3));
            // The tiny "Year" garbles ("Yew"): it is the word after "Month" on their line.
            var cap = r.Label(caption, band, 0.75)
                ?? (!isMonth && month?.WordsAfter.FirstOrDefault() is { } next ? new LabelMatch(caption, [next], month.Line, month.WordIndex + month.Words.Count, 0) : null);
            month = isMonth ? cap : month;
            if (cap is null)
            {
                continue;
            }

            var zone = PixelRect.FromEdges(cap.Box.Left - (dpi / 6), cap.Box.Top - (dpi / 4), cap.Box.Right + (dpi / 6), cap.Box.Top);
            var v = r.TextIn(zone);
            if (DatePart(v.Text, isMonth) is { } n)
            {
                if (isMonth)
                {
                    issuer.MonthOfInc = n;
                    r.Record("primaryIssuer.monthOfInc", v);
                }
                else if (!isMonth)
                {
                    issuer.YearOfInc = n < 100 ? (n > 29 ? 1900 + n : 2000 + n) : n;
                    r.Record("primaryIssuer.yearOfInc", v);
                }
            }
        }

        var lineBand = PixelRect.FromEdges(inc.Box.Right, inc.Box.Top - (dpi / 8), r.Page.Binary.Width, inc.Box.Bottom + (dpi / 8));
        var actual = r.Label("Actual", lineBand, 0.8) is { } a ? r.BoxFor(a.Box) : null;
        var estimated = r.Label("Estimated", lineBand, 0.8) is { } e ? r.BoxFor(e.Box) : null;
        issuer.IncorporationDateIsEstimate = estimated?.Checked == true ? true : actual?.Checked == true ? false : null;
    }

    internal static void RecordAddress(FieldReader r, string path, ZoneText v)
    {
        foreach (var part in new[] { "street1", "street2", "city", "stateOrCountry", "zipCode" })
        {
            r.Record($"{path}.{part}", v);
        }
    }
}
