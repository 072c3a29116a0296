using System.Globalization;
using FilingExtractor.FormD.Values;
using FsCheck;
using FsCheck.Fluent;

namespace FilingExtractor.FormD.Tests;

public sealed class ValueParserTests
{
    [Theory]
    [InlineData("$ 3,984,567", 3984567, AmountKind.Number, false)]
    [InlineData("3,984,567.00", 3984567, AmountKind.Number, false)]
    [InlineData("$3.984.567", 3984567, AmountKind.Number, false)]
    [InlineData("$ 30,000", 30000, AmountKind.Number, false)]
    [InlineData("500", 500, AmountKind.Number, false)]
    [InlineData("$ 1,250.50", 1250.5, AmountKind.Number, false)]
    [InlineData("-0-", 0, AmountKind.Number, false)]
    [InlineData("0", 0, AmountKind.Number, false)]
    [InlineData("None", 0, AmountKind.None, false)]
    [InlineData("Mone", 0, AmountKind.None, true)]
    [InlineData("Wone", 0, AmountKind.None, true)]
    [InlineData("Nane", 0, AmountKind.None, true)]
    [InlineData("NONE", 0, AmountKind.None, false)]
    [InlineData("$ 3, 984,567", 3984567, AmountKind.Number, false)]
    [InlineData("3,9B4,567", 3984567, AmountKind.Number, true)]
    [InlineData("$ 3O,OOO", 30000, AmountKind.Number, true)]
    [InlineData("l,25O", 1250, AmountKind.Number, true)]
    [InlineData("S00", 500, AmountKind.Number, true)]
    [InlineData("........ $ 30,500", 30500, AmountKind.Number, false)]
    public void Amounts_with_values(string text, double expected, AmountKind kind, bool repaired)
    {
        var r = AmountParser.Parse(text);
        Assert.Equal((decimal)expected, r.Value);
        Assert.Equal(kind, r.Kind);
        Assert.Equal(repaired, r.Repaired);
        Assert.Equal(text, r.Text);
    }

    [Theory]
    [InlineData("", AmountKind.Blank)]
    [InlineData("   ", AmountKind.Blank)]
    [InlineData("$ _____", AmountKind.Blank)]
    [InlineData(null, AmountKind.Blank)]
    [InlineData("N/A", AmountKind.NotApplicable)]
    [InlineData("n/a", AmountKind.NotApplicable)]
    [InlineData("see attached", AmountKind.Unreadable)]
    [InlineData("3,98,567", AmountKind.Unreadable)]
    [InlineData("124, 30", AmountKind.Unreadable)]
    [InlineData("124,30", AmountKind.Unreadable)]
    [InlineData("10,000.6", AmountKind.Unreadable)]
    [InlineData("Common Stock", AmountKind.Unreadable)]
    [InlineData("Mine", AmountKind.Unreadable)]
    [InlineData("Money", AmountKind.Unreadable)]
    public void Amounts_without_values(string? text, AmountKind kind)
    {
        var r = AmountParser.Parse(text);
        Assert.Null(r.Value);
        Assert.Equal(kind, r.Kind);
    }

    [Theory]
    [InlineData("2 5,900.00", 25900, 5900)]
    [InlineData("$ 5 5,657,846", 55657846, 5657846)]
    [InlineData("8 1,200", 81200, 1200)]
    public void A_lone_digit_before_a_grouped_amount_is_read_both_ways(string text, double joined, double apart)
    {
        Assert.Equal((decimal)joined, AmountParser.Parse(text).Value);
        Assert.Equal((decimal)apart, AmountParser.WithoutLoneLeadingDigit(text)?.Value);
    }

    [Theory]
    [InlineData("25,900.00")]
    [InlineData("12 345")]
    [InlineData("1, 927,200.00")]
    [InlineData("None")]
    public void Other_amounts_have_no_second_reading(string text) => Assert.Null(AmountParser.WithoutLoneLeadingDigit(text));

    [Fact]
    public void Any_amount_written_with_separators_reads_back_exactly()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), n =>
        {
            var d = (decimal)n;
            var us = "$ " + d.ToString("#,##0", CultureInfo.InvariantCulture);
            var plain = d.ToString(CultureInfo.InvariantCulture);
            var cents = d.ToString("#,##0.00", CultureInfo.InvariantCulture);
            return AmountParser.Parse(us).Value == d && AmountParser.Parse(plain).Value == d && AmountParser.Parse(cents).Value == d;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("11/11/02", "2002-11-11")]
    [InlineData("11/11/2002", "2002-11-11")]
    [InlineData("1-5-98", "1998-01-05")]
    [InlineData("Nov. 11, 2002", "2002-11-11")]
    [InlineData("November 11, 2002", "2002-11-11")]
    [InlineData("Nov 11 2002", "2002-11-11")]
    [InlineData("11 November 2002", "2002-11-11")]
    [InlineData("2002-11-11", "2002-11-11")]
    [InlineData("Jan. 8, 2003", "2003-01-08")]
    [InlineData("12/31/29", "2029-12-31")]
    [InlineData("1/1/30", "1930-01-01")]
    public void Dates_to_iso(string text, string iso)
    {
        var d = DateParser.Parse(text);
        Assert.NotNull(d);
        Assert.Equal(iso, DateParser.Format(d.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13/40/02")]
    [InlineData("2/30/2002")]
    [InlineData("soon")]
    public void Bad_dates_are_null(string text) => Assert.Null(DateParser.Parse(text));

    [Theory]
    // Signature dates as OCR read them on corpus scans (syn-14), and look-alike digits: none a date as written.
    [InlineData("cctoper §, 2003", "2003-10-05")]
    [InlineData("Octobcr 5, 2OO3", "2003-10-05")]
    [InlineData("11/l1/O2", "2002-11-11")]
    public void Dates_read_from_scans_survive_ocr_look_alikes(string text, string iso)
    {
        Assert.Null(DateParser.Parse(text));
        var d = DateParser.Parse(text, DateParseOptions.Scanned);
        Assert.NotNull(d);
        Assert.Equal(iso, DateParser.Format(d.Value));
    }

    [Theory]
    [InlineData("T2505")]        // syn-10's 07/25/05 with its slashes lost: not guessed
    [InlineData("Mxxch 5, 2003")] // too far from any month's name
    [InlineData("13/40/02")]
    public void Scanned_dates_are_not_guessed(string text) => Assert.Null(DateParser.Parse(text, DateParseOptions.Scanned));

    [Theory]
    [InlineData("(818) 734-5300", "(818) 734-5300")]
    [InlineData("818-734-5300", "(818) 734-5300")]
    [InlineData("818.734.5300", "(818) 734-5300")]
    [InlineData("(818)734-5300", "(818) 734-5300")]
    [InlineData("1-818-734-5300", "(818) 734-5300")]
    [InlineData("818 734 5300 ext. 12", "(818) 734-5300 x12")]
    [InlineData("217/807-0749", "(217) 807-0749")]
    [InlineData("+44 20 7946 0958", "+44 20 7946 0958")]
    public void Phones(string text, string expected) => Assert.Equal(expected, PhoneParser.Normalize(text));

    [Theory]
    [InlineData("Almgren, Ake", "Almgren", "Ake", null, null, false)]
    [InlineData("McDonald, John G.", "McDonald", "John", "G.", null, false)]
    [InlineData("Marcoux, Jean-Rene", "Marcoux", "Jean-Rene", null, null, false)]
    [InlineData("Van der Berg, Anna Maria", "Van der Berg", "Anna", "Maria", null, false)]
    [InlineData("de la Cruz, Maria T.", "de la Cruz", "Maria", "T.", null, false)]
    [InlineData("Smith, John A., Jr.", "Smith", "John", "A.", "Jr.", false)]
    [InlineData("Smith Jr., John", "Smith", "John", null, "Jr.", false)]
    [InlineData("Jones, Robert III", "Jones", "Robert", null, "III", false)]
    [InlineData("Almgren Ake", "Almgren", "Ake", null, null, false)]
    [InlineData("Acme Venture Fund II, L.P.", "Acme Venture Fund II, L.P.", null, null, null, true)]
    [InlineData("Nevada Bond, LLC", "Nevada Bond, LLC", null, null, null, true)]
    [InlineData("UT Leasing Services, Inc.", "UT Leasing Services, Inc.", null, null, null, true)]
    // As read from the corpus's scans: misread initials, dashes and quotes, legal forms.
    [InlineData("Collins, Harold 0.", "Collins", "Harold", "O.", null, false)]
    [InlineData("Becker, Samuel 8H.", "Becker", "Samuel", "H.", null, false)]
    [InlineData("Campbell, Andrew oO.", "Campbell", "Andrew", "O.", null, false)]
    [InlineData("Nakamura, Kenji fF., Jr.", "Nakamura", "Kenji", "F.", "Jr.", false)]
    [InlineData("Lindqvist, Anne—Marie", "Lindqvist", "Anne-Marie", null, null, false)]
    // Commas read as periods (syn-26's scan): after the surname, and before a suffix.
    [InlineData("Kimura. Thomas Ann", "Kimura", "Thomas", "Ann", null, false)]
    [InlineData("Becker, Samuel. III", "Becker", "Samuel", null, "III", false)]
    [InlineData("St. John Mary", "St.", "John", "Mary", null, false)]
    [InlineData("O’Brien, Sean", "O'Brien", "Sean", null, null, false)]
    [InlineData("0’Neill, Kevin", "O'Neill", "Kevin", null, null, false)]
    [InlineData("Lakeshore Semiconductor Ine.", "Lakeshore Semiconductor Inc.", null, null, null, true)]
    [InlineData("Harbor Wind Power Income Fund, itd.", "Harbor Wind Power Income Fund, Ltd.", null, null, null, true)]
    // Left as read: a word that is not an initial, a two-letter abbreviation, a name ending in a real word.
    [InlineData("Moore, Hu. B.", "Moore", "Hu.", "B.", null, false)]
    [InlineData("Smith, John St.", "Smith", "John", "St.", null, false)]
    public void Names(string text, string last, string? first, string? middle, string? suffix, bool entity)
    {
        var n = NameParser.Parse(text);
        Assert.Equal(new PersonName(last, first, middle, suffix, entity), n);
    }

    [Theory]
    [InlineData("21211 Nordhoff Street, Chatsworth, CA 91311", "21211 Nordhoff Street", null, "Chatsworth", "CA", "91311")]
    [InlineData("100 Main St., Suite 200, Boston, MA 02110-1234", "100 Main St.", "Suite 200", "Boston", "MA", "02110-1234")]
    [InlineData("1 Market Plaza, San Francisco, California 94105", "1 Market Plaza", null, "San Francisco", "CA", "94105")]
    [InlineData("500 Fifth Avenue, New York, New York 10110", "500 Fifth Avenue", null, "New York", "NY", "10110")]
    [InlineData("77 Elm Road, Charleston, West Virginia 25301", "77 Elm Road", null, "Charleston", "WV", "25301")]
    [InlineData("PO Box 12, Austin TX 78701", "PO Box 12", null, "Austin", "TX", "78701")]
    // As read from the corpus's scans: ZIP+4's hyphen read as "~" or lost.
    [InlineData("Suite 2100, Albuquerque, NM 87102~2246", "Suite 2100", null, "Albuquerque", "NM", "87102-2246")]
    [InlineData("4 Elm St, Suite 1200, Des Moines, IA 50309 1839", "4 Elm St", "Suite 1200", "Des Moines", "IA", "50309-1839")]
    [InlineData("9 Oak Rd, Charlotte, NC 28202 — 7260", "9 Oak Rd", null, "Charlotte", "NC", "28202-7260")]
    // A state code one OCR confusion from the state its ZIP code serves is that state (heavy type loses a T's or an F's bar).
    [InlineData("26758 Chestnut Place, Nashville, IN 37203-3275", "26758 Chestnut Place", null, "Nashville", "TN", "37203-3275")]
    [InlineData("8894 Pine Drive, Unit B, Boca Raton, PL 33431", "8894 Pine Drive", "Unit B", "Boca Raton", "FL", "33431")]
    [InlineData("12 Lake St, Gary, 1N 46402", "12 Lake St", null, "Gary", "IN", "46402")]
    // A code the ZIP does not explain by one confusion is kept as read: the ZIP may be the misread one.
    [InlineData("5 Park Ave, New York, NY 70017", "5 Park Ave", null, "New York", "NY", "70017")]
    [InlineData("40 Main St, Indianapolis, IN 46204", "40 Main St", null, "Indianapolis", "IN", "46204")]
    public void Addresses(string text, string street1, string? street2, string city, string state, string zip)
    {
        var a = AddressParser.Parse(text);
        Assert.Equal((street1, street2, city, state, zip), (a.Street1, a.Street2, a.City, a.StateOrCountry, a.ZipCode));
    }

    [Theory]
    [InlineData("90210", "CA")]
    [InlineData("02110-1234", "MA")]
    [InlineData("05501", "MA")]
    [InlineData("05401", "VT")]
    [InlineData("00901", "PR")]
    [InlineData("20001", "DC")]
    [InlineData("20146", "VA")]
    [InlineData("37203", "TN")]
    [InlineData("46402", "IN")]
    [InlineData("73301", "TX")]
    [InlineData("73102", "OK")]
    [InlineData("99501", "AK")]
    [InlineData("09012", null)]
    [InlineData("3720", null)]
    [InlineData("3A203", null)]
    public void Zip_codes_name_their_state(string zip, string? state) => Assert.Equal(state, ZipStates.StateOf(zip));
}
