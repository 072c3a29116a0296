using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Values;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// A.2 and its continuation sheets: each block of role boxes, full name and address, wherever the
/// sheets sit in the filing. Empty blocks are skipped; the index continues across pages.
/// </summary>
public static class RelatedPersonsReader
{
    private static readonly string[] SubLabels = ["(Last name first, if individual)", "(Number and Street, City, State, Zip Code)"];

    public static void Read(FieldReader r)
    {
        var dpi = r.Page.Dpi;
        var roleLines = r.Labels("Check Box(es) that Apply", 0.75);
        var names = r.Labels("Full Name (Last name first, if individual)", 0.75);
        var addresses = r.Labels("Business or Residence Address", 0.75);
        foreach (var roles in roleLines)
        {
            var name = names.FirstOrDefault(n => n.Box.Top > roles.Box.Top && n.Box.Top - roles.Box.Bottom < dpi / 2);
            if (name is null)
            {
                continue;
            }

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

            var band = PixelRect.FromEdges(roles.Box.Right, roles.Box.Top - (dpi / 12), r.Page.Binary.Width, roles.Box.Bottom + (dpi / 12));
            foreach (var role in Relationships.All)
            {
                var label = r.Label(role, band, 0.8);
                var box = label is null ? null : r.BoxFor(label.Box);
                switch (box?.Checked)
                {
                    case true:
                        person.Relationships.Add(role);
                        break;
                    case null:
                        person.UnreadableRelationships.Add(role);
                        break;
                }

                r.Record($"{p}.relationships.{role}", box, role);
            }

            var address = addresses.FirstOrDefault(a => a.Box.Top > name.Box.Top && a.Box.Top - name.Box.Bottom < dpi);
            if (address is not null)
            {
                var v = r.CellValue(address, SubLabels);
                if (!v.IsEmpty)
                {
                    person.Address = AddressParser.Parse(v.Text);
                    CoverReader.RecordAddress(r, p + ".address", v);
                }
            }

            persons.Add(person);
        }
    }
}
