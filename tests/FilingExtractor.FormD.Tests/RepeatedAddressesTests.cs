using FilingExtractor.FormD.Scans;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Tests;

/// <summary>
/// The Capstone 200 DPI scan's twelve prints of the issuer's address: eight read "21211 Nordhoff Street", four a letter
/// off. Those four take the shared reading, each with a correction and an info flag; a street of its own, one held by
/// too few prints, one at another ZIP code, or a house number with a digit more or less is left as read.
/// </summary>
public sealed class RepeatedAddressesTests
{
    private static Filing Filing(params (string Street, string City, string Zip)[] persons)
    {
        var filing = new Filing { FilingId = "test" };
        filing.PrimaryIssuer.IssuerAddress = new Address { Street1 = "21211 Nordhoff Street", City = "Chatsworth", StateOrCountry = "CA", ZipCode = "91311" };
        foreach (var (street, city, zip) in persons)
        {
            filing.RelatedPersons.Add(new RelatedPerson { LastName = "X", Address = new Address { Street1 = street, City = city, StateOrCountry = "CA", ZipCode = zip } });
        }

        for (var i = 0; i < persons.Length; i++)
        {
            filing.Provenance[$"relatedPersons[{i}].address.street1"] = new ValueSource { Page = 3, Text = $"{persons[i].Street}, {persons[i].City}, CA {persons[i].Zip}", Confidence = 80 };
        }

        return filing;
    }

    private const string Nordhoff = "21211 Nordhoff Street";

    [Fact]
    public void Prints_a_letter_off_a_reading_most_prints_share_take_it_with_a_correction_each()
    {
        var filing = Filing(
            (Nordhoff, "Chatsworth", "91311"), (Nordhoff, "Chatsworth", "91311"), ("21211 Mordhoff Street", "Chatsworth", "91311"),
            (Nordhoff, "Chatsworth", "91311"), ("21211 Rordhoff Street", "Chatsworth", "91311"), (Nordhoff, "Chatsworth", "91311"),
            ("21211 Wordhoff Street", "Chatswortb", "91311"), (Nordhoff, "Chatsworth", "91311"), ("4500 Oak Road", "Chatsworth", "91311"));

        RepeatedAddresses.Settle(filing);

        Assert.Equal([.. Enumerable.Repeat(Nordhoff, 8), "4500 Oak Road"], filing.RelatedPersons.Select(p => p.Address.Street1));
        Assert.All(filing.RelatedPersons.Take(8), p => Assert.Equal("Chatsworth", p.Address.City));
        Assert.Equal(
            ["relatedPersons[2].address.street1", "relatedPersons[4].address.street1", "relatedPersons[6].address.street1", "relatedPersons[6].address.city"],
            filing.Corrections.Select(c => c.Field));
        var mordhoff = filing.Corrections[0];
        Assert.Equal(("21211 Mordhoff Street", Nordhoff, "21211 Mordhoff Street, Chatsworth, CA 91311"), (mordhoff.ValueRead, mordhoff.ValueAccepted, mordhoff.TextRead));
        Assert.Contains("typed 9 times in the filing: 6 prints read \"21211 Nordhoff Street\", 3 read otherwise", mordhoff.Reason, StringComparison.Ordinal);
        var flag = Assert.Single(filing.Flags, f => f.Fields.Single().Path == "relatedPersons[2].address.street1");
        Assert.Equal((RuleIds.Corrected, Severities.Info, Nordhoff, "21211 Mordhoff Street", 3), (flag.Rule, flag.Severity, flag.Expected, flag.Found, flag.Fields[0].Page));
        Assert.Equal(4, filing.Flags.Count);
    }

    [Fact]
    public void Another_street_too_few_prints_or_another_zip_code_leave_a_reading_as_it_is()
    {
        var filing = Filing(
            (Nordhoff, "Chatsworth", "91311"), ("21211 Mordhoff Street", "Chatsworth", "91311"), ("21212 Nordhoff Street", "Chatsworth", "91311"),
            ("21211 Nordhoff Avenue", "Chatsworth", "91311"), ("21211 Rordhoff Street", "Reseda", "91335"), ("1211 Nordhoff Street", "Chatsworth", "91311"));

        RepeatedAddresses.Settle(filing);

        // Three prints of "21211 Nordhoff Street" (the issuer's and one person's only make two) are needed to settle.
        Assert.Equal(["21211 Nordhoff Street", "21211 Mordhoff Street", "21212 Nordhoff Street", "21211 Nordhoff Avenue", "21211 Rordhoff Street", "1211 Nordhoff Street"],
            filing.RelatedPersons.Select(p => p.Address.Street1));
        Assert.Empty(filing.Corrections);

        filing.RelatedPersons.Add(new RelatedPerson { Address = new Address { Street1 = Nordhoff, ZipCode = "91311" } });
        filing.RelatedPersons.Add(new RelatedPerson { Address = new Address { Street1 = Nordhoff, ZipCode = "91311" } });
        filing.RelatedPersons.Add(new RelatedPerson { Address = new Address { Street1 = Nordhoff, ZipCode = "91311" } });
        RepeatedAddresses.Settle(filing);

        // Now five: the letter off and the digit read as another are settled; another street word, another ZIP code and
        // a house number a digit shorter are not.
        Assert.Equal(["21211 Nordhoff Street", "21211 Nordhoff Street", "21211 Nordhoff Street", "21211 Nordhoff Avenue", "21211 Rordhoff Street", "1211 Nordhoff Street"],
            filing.RelatedPersons.Take(6).Select(p => p.Address.Street1));
    }
}
