using System.Globalization;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// Dense paper Form D pages as PostScript: printed labels (Helvetica), typed entries (Courier), fine print
/// (Times), dotted leaders, rules, frames and checkboxes, 40-60 text lines each. Three layouts in turn:
/// issuer identification, offering amounts and expenses, related persons. Entries come from a seeded
/// <see cref="Random"/>, so a seed always gives the same pages. Units: PostScript points (1/72 inch),
/// origin bottom-left.
/// </summary>
internal sealed class FormPageGenerator(int seed, int specks = 0)
{
    private const double Left = 54;
    private const double RightEdge = 558;

    private static readonly string[] FirstNames = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Thomas", "Margaret", "Charles", "Dorothy", "Daniel", "Karen", "Steven", "Nancy", "Gregory", "Sandra"];
    private static readonly string[] LastNames = ["Anderson", "Whitaker", "Goldberg", "Nakamura", "O'Brien", "Fitzgerald", "Hernandez", "Kowalski", "Thompson", "Delacroix", "Morrison", "Abernathy", "Castellano", "Lindqvist", "Patterson", "Rosenthal", "Sullivan", "Vanderbilt", "Henderson", "McAllister"];
    private static readonly string[] CompanyStems = ["Capstone", "Northbridge", "Bluewater", "Meridian", "Silverline", "Granite Peak", "Harborview", "Ironwood", "Lakeshore", "Pinnacle", "Redwood", "Summit Ridge", "Tidewater", "Westfield", "Crescent", "Evergreen", "Falcon Crest", "Keystone"];
    private static readonly string[] CompanyKinds = ["Turbine Corporation", "Holdings, Inc.", "Partners, L.P.", "Capital Fund I, LLC", "Biosciences, Inc.", "Realty Income Fund, L.P.", "Energy Resources Corp.", "Software Systems, Inc.", "Medical Devices, Inc.", "Oil & Gas Program 2002-A", "Ventures II, L.P.", "Bancorp, Inc."];
    private static readonly string[] Streets = ["Nordhoff Street", "Main Street", "Lexington Avenue", "Market Street", "Peachtree Road NE", "Wilshire Boulevard", "Commerce Drive", "Industrial Parkway", "Elm Street", "Park Avenue South", "Sand Hill Road", "Michigan Avenue"];
    private static readonly (string City, string State, int Zip)[] Cities =
    [
        ("Chatsworth", "CA", 91311), ("New York", "NY", 10022), ("San Francisco", "CA", 94105), ("Atlanta", "GA", 30305),
        ("Los Angeles", "CA", 90024), ("Houston", "TX", 77002), ("Boston", "MA", 02110), ("Chicago", "IL", 60611),
        ("Menlo Park", "CA", 94025), ("Denver", "CO", 80202), ("Wilmington", "DE", 19801), ("Minneapolis", "MN", 55402),
    ];

    private static readonly string[] Offerings = ["Series B Convertible Preferred Stock Financing", "Private Placement of Common Stock", "Limited Partnership Interests", "Senior Secured Convertible Notes due 2007", "Membership Interests in the Fund", "Units consisting of Common Stock and Warrants"];
    private static readonly string[] Businesses =
    [
        "Design, manufacture and sale of microturbine power generation systems.",
        "Acquisition and operation of multifamily residential real estate.",
        "Development of software for hospital billing and records management.",
        "Exploration and development of oil and natural gas properties in Texas.",
        "Investment in privately held early-stage technology companies.",
        "Research and development of diagnostic medical imaging devices.",
    ];

    private static readonly string GeneralInstructions =
        "Who Must File: All issuers making an offering of securities in reliance on an exemption under Regulation D or Section 4(6), " +
        "17 CFR 230.501 et seq. or 15 U.S.C. 77d(6). When To File: A notice must be filed no later than 15 days after the first sale of " +
        "securities in the offering. A notice is deemed filed with the U.S. Securities and Exchange Commission (SEC) on the earlier of the " +
        "date it is received by the SEC at the address given below or, if received at that address after the date on which it is due, on the " +
        "date it was mailed by United States registered or certified mail to that address. Where To File: U.S. Securities and Exchange " +
        "Commission, 450 Fifth Street, N.W., Washington, D.C. 20549. Copies Required: Five (5) copies of this notice must be filed with the " +
        "SEC, one of which must be manually signed. Any copies not manually signed must be photocopies of the manually signed copy or bear " +
        "typed or printed signatures. Information Required: A new filing must contain all information requested. Amendments need only report " +
        "the name of the issuer and offering, any changes thereto, the information requested in Part C, and any material changes from the " +
        "information previously supplied in Parts A and B. Part E and the Appendix need not be filed with the SEC. Filing Fee: There is no " +
        "federal filing fee.";

    private static readonly string Attention =
        "Failure to file notice in the appropriate states will not result in a loss of the federal exemption. Conversely, failure to file " +
        "the appropriate federal notice will not result in a loss of an available state exemption unless such exemption is predicated on " +
        "the filing of a federal notice.";

    private readonly Random random = new(seed);

    /// <summary>Dirt has its own sequence so that the same seed gives the same forms with or without it.</summary>
    private readonly Random dirt = new(seed + 7919);

    /// <summary>The PostScript of page <paramref name="index"/> (0-based) and the text lines it draws.</summary>
    public (string PostScript, IReadOnlyList<string> Truth) Page(int index)
    {
        // A few tenths of a degree of skew and a few points of offset, as a sheet fed through a scanner has.
        var page = new PostScriptPage(Between(-0.35, 0.35), Between(-4, 4), Between(-4, 4));
        switch (index % 3)
        {
            case 0:
                Identification(page, index);
                break;
            case 1:
                Offering(page, index);
                break;
            default:
                RelatedPersons(page, index);
                break;
        }

        Dirt(page);
        var ps = page.Finish();
        return (ps, page.Truth);
    }

    private void Identification(PostScriptPage p, int index)
    {
        p.Centered("Times-Bold", 11, 752, "UNITED STATES");
        p.Centered("Times-Bold", 11, 740, "SECURITIES AND EXCHANGE COMMISSION");
        p.Centered("Times-Roman", 9, 729, "Washington, D.C. 20549");

        p.Frame(440, 690, 118, 70, 0.8);
        p.Row(446, 750).Font("Helvetica-Bold", 7).Text("OMB APPROVAL");
        p.Row(446, 738).Font("Helvetica", 7).Text("OMB Number: 3235-0076");
        p.Row(446, 728).Text("Expires: April 30, 2008");
        p.Row(446, 718).Text("Estimated average burden");
        p.Row(446, 708).Text("hours per response").Leader(530).Right("16.00", 554);

        p.Row(Left, 700).Font("Helvetica-Bold", 18).Text("FORM D");
        p.Row(170, 714).Font("Helvetica-Bold", 8).Text("NOTICE OF SALE OF SECURITIES");
        p.Row(170, 704).Text("PURSUANT TO REGULATION D,");
        p.Row(170, 694).Text("SECTION 4(6), AND/OR");
        p.Row(170, 684).Text("UNIFORM LIMITED OFFERING EXEMPTION");

        p.Frame(440, 640, 118, 44, 0.8);
        p.Row(472, 674).Font("Helvetica-Bold", 7).Text("SEC USE ONLY");
        p.Row(448, 662).Font("Helvetica", 7).Text("Prefix").At(520).Text("Serial");
        p.Rule(440, 656, 558, 656, 0.5);
        p.Row(470, 646).Text("DATE RECEIVED");
        p.Rule(Left, 632, RightEdge, 632, 1.2);

        p.Row(Left, 620).Font("Helvetica", 8).Text("Name of Offering (").Gap(2).Check(false).Text("check if this is an amendment and name has changed, and indicate change.)");
        p.Row(Left + 6, 606).Font("Courier", 10).Text(Pick(Offerings));
        p.Row(Left, 592).Font("Helvetica", 8).Text("Filing Under (Check box(es) that apply):").Gap(8);
        var rule = random.Next(3);
        foreach (var (label, i) in new[] { "Rule 504", "Rule 505", "Rule 506", "Section 4(6)", "ULOE" }.Select((l, i) => (l, i)))
        {
            p.Check(i == rule || (i == 4 && random.Next(2) == 0)).Text(label).Gap(10);
        }

        var amendment = random.Next(4) == 0;
        p.Row(Left, 578).Text("Type of Filing:").Gap(8).Check(!amendment).Text("New Filing").Gap(10).Check(amendment).Text("Amendment");
        p.Rule(Left, 570, RightEdge, 570, 0.8);

        p.Frame(Left, 554, RightEdge - Left, 13, 0.8);
        p.Centered("Helvetica-Bold", 9, 557, "A. BASIC IDENTIFICATION DATA");
        p.Row(Left, 542).Font("Helvetica", 8).Text("1. Enter the information requested about the issuer");
        p.Row(Left, 528).Text("Name of Issuer (").Gap(2).Check(false).Text("check if this is an amendment and name has changed, and indicate change.)");
        p.Row(Left + 6, 514).Font("Courier", 10).Text(Company());
        p.Rule(Left, 506, RightEdge, 506, 0.5);

        p.Row(Left, 496).Font("Helvetica", 7.5).Text("Address of Executive Offices (Number and Street, City, State, Zip Code)").At(400).Text("Telephone Number (Including Area Code)");
        p.Row(Left + 6, 482).Font("Courier", 10).Text(Address()).Right(Phone(), RightEdge);
        p.Rule(Left, 474, RightEdge, 474, 0.5);
        p.Row(Left, 464).Font("Helvetica", 7.5).Text("Address of Principal Business Operations (Number and Street, City, State, Zip Code)").At(400).Text("Telephone Number (Including Area Code)");
        p.Row(Left, 455).Text("(if different from Executive Offices)");
        if (random.Next(2) == 0)
        {
            p.Row(Left + 6, 441).Font("Courier", 10).Text("Same as above");
        }
        else
        {
            p.Row(Left + 6, 441).Font("Courier", 10).Text(Address()).Right(Phone(), RightEdge);
        }

        p.Rule(Left, 433, RightEdge, 433, 0.5);
        p.Row(Left, 423).Font("Helvetica", 7.5).Text("Brief Description of Business");
        p.Row(Left + 6, 409).Font("Courier", 10).Text(Pick(Businesses));
        p.Rule(Left, 399, RightEdge, 399, 0.5);

        var kind = random.Next(5);
        p.Row(Left, 389).Font("Helvetica", 8).Text("Type of Business Organization");
        p.Row(Left + 10, 375).Check(kind == 0).Text("corporation").At(200).Check(kind == 1).Text("limited partnership, already formed").At(400).Check(kind == 2).Text("other (please specify):");
        p.Row(Left + 10, 361).Check(kind == 3).Text("business trust").At(200).Check(kind == 4).Text("limited partnership, to be formed");
        p.Rule(Left, 352, RightEdge, 352, 0.5);

        p.Row(335, 342).Font("Helvetica", 7).Text("Month").At(380).Text("Year");
        var actual = random.Next(3) != 0;
        p.Row(Left, 328).Font("Helvetica", 8).Text("Actual or Estimated Date of Incorporation or Organization:");
        p.Frame(330, 325, 30, 13, 0.6).Frame(372, 325, 30, 13, 0.6);
        p.At(336).Font("Courier", 10).Text(Number(random.Next(1, 13), "00")).At(378).Text(Number(random.Next(0, 100), "00"));
        p.At(420).Font("Helvetica", 8).Check(actual).Text("Actual").Gap(10).Check(!actual).Text("Estimated");
        p.Row(Left, 312).Text("Jurisdiction of Incorporation or Organization: (Enter two-letter U.S. Postal Service abbreviation for State:");
        p.Row(Left, 301).Text("CN for Canada; FN for other foreign jurisdiction)").At(430).Font("Courier", 10).Text(Pick(Cities).State);
        p.Rule(Left, 292, RightEdge, 292, 1.2);

        p.Row(Left, 280).Font("Helvetica-Bold", 9).Text("GENERAL INSTRUCTIONS");
        p.Row(Left, 268).Font("Helvetica-Bold", 8).Text("Federal:");
        var y = 257.0;
        p.Font("Times-Roman", 8);
        foreach (var line in Wrap(GeneralInstructions, 150))
        {
            p.Row(Left, y).Text(line);
            y -= 9.5;
        }

        y -= 4;
        p.Centered("Helvetica-Bold", 8, y, "ATTENTION");
        y -= 11;
        p.Font("Times-Roman", 8);
        foreach (var line in Wrap(Attention, 150))
        {
            p.Row(Left, y).Text(line);
            y -= 9.5;
        }

        Footer(p, index);
    }

    private void Offering(PostScriptPage p, int index)
    {
        p.Frame(Left, 744, RightEdge - Left, 13, 0.8);
        p.Centered("Helvetica-Bold", 9, 747, "C. OFFERING PRICE, NUMBER OF INVESTORS, EXPENSES AND USE OF PROCEEDS");
        var y = Paragraph(
            p,
            730,
            "1. Enter the aggregate offering price of securities included in this offering and the total amount already sold. Enter \"0\" " +
            "if answer is \"none\" or \"zero.\" If the transaction is an exchange offering, check this box and indicate in the columns below " +
            "the amounts of the securities offered for exchange and already exchanged.");
        p.Row(400, y - 2).Font("Helvetica", 7.5).Text("Aggregate").At(488).Text("Amount Already");
        p.Row(Left, y - 11).Text("Type of Security").At(400).Text("Offering Price").At(505).Text("Sold");
        y -= 25;
        var equity = Amount(1_000_000, 25_000_000);
        var debt = random.Next(3) == 0 ? Amount(100_000, 5_000_000) : 0;
        var equitySold = equity - Amount(0, equity / 2);
        var rows = new (string Label, long Offered, long Sold)[]
        {
            ("Debt", debt, debt / 2),
            ("Equity", equity, equitySold),
            ("Convertible Securities (including warrants)", 0, 0),
            ("Partnership Interests", 0, 0),
            ("Other (Specify", 0, 0),
            ("Total", debt + equity, (debt / 2) + equitySold),
        };
        foreach (var (label, offered, sold) in rows)
        {
            p.Row(Left + 10, y).Font("Helvetica", 8).Text(label);
            if (label.StartsWith("Other", StringComparison.Ordinal))
            {
                p.Gap(2).Text(")");
            }

            MoneyColumns(p, offered, sold);
            y -= 13;
            if (label == "Equity")
            {
                var common = random.Next(2) == 0;
                p.Row(Left + 40, y).Check(common).Text("Common").Gap(12).Check(!common).Text("Preferred");
                y -= 13;
            }
        }

        p.Row(Left + 10, y).Font("Helvetica-Oblique", 7.5).Text("Answer also in Appendix, Column 3, if filing under ULOE.");
        p.Rule(Left, y - 6, RightEdge, y - 6, 0.5);

        y = Paragraph(
            p,
            y - 18,
            "2. Enter the number of accredited and non-accredited investors who have purchased securities in this offering and the aggregate " +
            "dollar amounts of their purchases. For offerings under Rule 504, indicate the number of persons who have purchased securities and " +
            "the aggregate dollar amount of their purchases on the total lines. Enter \"0\" if answer is \"none\" or \"zero.\"");
        p.Row(400, y - 2).Font("Helvetica", 7.5).Text("Number").At(480).Text("Aggregate Dollar");
        p.Row(400, y - 11).Text("Investors").At(480).Text("Amount of Purchases");
        y -= 25;
        var investors = random.Next(1, 60);
        foreach (var (label, n, amount) in new (string, int, long)[] { ("Accredited Investors", investors, equity), ("Non-accredited Investors", 0, 0), ("Total (for filings under Rule 504 only)", 0, 0) })
        {
            p.Row(Left + 10, y).Font("Helvetica", 8).Text(label).Leader(380).Right(Number(n, "#,0"), 440);
            p.At(470).Text("$").Right(Money(amount), RightEdge);
            y -= 13;
        }

        p.Rule(Left, y - 2, RightEdge, y - 2, 0.5);
        y = Paragraph(
            p,
            y - 14,
            "3. If this filing is for an offering under Rule 504 or 505, enter the information requested for all securities sold by the issuer, " +
            "to date, in offerings of the types indicated, in the twelve (12) months prior to the first sale of securities in this offering.");
        p.Row(Left + 10, y - 2).Font("Helvetica", 7.5).Text("Type of Offering").At(390).Text("Type of Security").At(480).Text("Dollar Amount Sold");
        y -= 15;
        foreach (var label in new[] { "Rule 505", "Regulation A", "Rule 504", "Total" })
        {
            p.Row(Left + 10, y).Font("Helvetica", 8).Text(label).Leader(380);
            p.At(470).Text("$").Right("0", RightEdge);
            y -= 13;
        }

        p.Rule(Left, y - 2, RightEdge, y - 2, 0.5);
        y = Paragraph(
            p,
            y - 14,
            "4. a. Furnish a statement of all expenses in connection with the issuance and distribution of the securities in this offering. " +
            "Exclude amounts relating solely to organization expenses of the insurer. The information may be given as subject to future " +
            "contingencies. If the amount of an expenditure is not known, furnish an estimate and check the box to the left of the estimate.");
        long total = 0;
        foreach (var label in new[] { "Transfer Agent's Fees", "Printing and Engraving Costs", "Legal Fees", "Accounting Fees", "Engineering Fees", "Sales Commissions (specify finders' fees separately)", "Other Expenses (identify)", "Total" })
        {
            var fee = label == "Total" ? total : (random.Next(3) == 0 ? 0 : Amount(500, 90_000));
            total += label == "Total" ? 0 : fee;
            p.Row(Left + 10, y).Font("Helvetica", 8).Text(label).Leader(450);
            p.At(458).Check(fee > 0 && random.Next(4) == 0).Gap(2).Text("$").Right(Money(fee), RightEdge);
            y -= 13;
        }

        y = Paragraph(
            p,
            y - 6,
            "b. Enter the difference between the aggregate offering price given in response to Part C - Question 1 and total expenses " +
            "furnished in response to Part C - Question 4.a. This difference is the \"adjusted gross proceeds to the issuer.\"");
        p.Row(Left + 10, y).Font("Helvetica", 8).Text("Adjusted gross proceeds").Leader(462).Text(" $").Right(Money(debt + equity - total), RightEdge);
        Footer(p, index);
    }

    private void RelatedPersons(PostScriptPage p, int index)
    {
        p.Frame(Left, 744, RightEdge - Left, 13, 0.8);
        p.Centered("Helvetica-Bold", 9, 747, "A. BASIC IDENTIFICATION DATA");
        p.Row(Left, 730).Font("Helvetica", 8).Text("2. Enter the information requested for the following:");
        var y = 718.0;
        foreach (var bullet in new[]
        {
            "Each promoter of the issuer, if the issuer has been organized within the past five years;",
            "Each beneficial owner having the power to vote or dispose, or direct the vote or disposition of, 10% or more of a class of equity securities of the issuer;",
            "Each executive officer and director of corporate issuers and of corporate general and managing partners of partnership issuers; and",
            "Each general and managing partner of partnership issuers.",
        })
        {
            foreach (var line in Wrap(bullet, 135))
            {
                p.Row(Left + 14, y).Font("Helvetica", 7.5).Text(line);
                y -= 10;
            }
        }

        p.Rule(Left, y, RightEdge, y, 1.2);
        y -= 14;
        var roles = new[] { "Promoter", "Beneficial Owner", "Executive Officer", "Director", "General and/or Managing Partner" };
        for (var block = 0; block < 7; block++)
        {
            p.Row(Left, y).Font("Helvetica", 7.5).Text("Check Box(es) that Apply:").Gap(6);
            foreach (var role in roles)
            {
                p.Check(random.Next(3) == 0).Text(role).Gap(7);
            }

            p.Row(Left, y - 13).Font("Helvetica", 7.5).Text("Full Name (Last name first, if individual)");
            p.Row(Left + 6, y - 26).Font("Courier", 10).Text(Person());
            p.Rule(Left, y - 31, RightEdge, y - 31, 0.4);
            p.Row(Left, y - 41).Font("Helvetica", 7.5).Text("Business or Residence Address (Number and Street, City, State, Zip Code)");
            p.Row(Left + 6, y - 54).Font("Courier", 10).Text(random.Next(3) == 0 ? "c/o " + Company() : Address());
            p.Rule(Left, y - 60, RightEdge, y - 60, 0.9);
            y -= 72;
        }

        p.Row(Left, y).Font("Helvetica-Oblique", 7.5).Text("(Use blank sheet, or copy and use additional copies of this sheet, as necessary.)");
        Footer(p, index);
    }

    /// <summary>
    /// Scanner dirt, when asked for: dots of 0.2-0.7 pt radius (1-6 px across at 300 dpi) anywhere on the
    /// sheet, and one hair or scratch (a thin stroke up to 30 pt long each way) for every 50 dots.
    /// </summary>
    private void Dirt(PostScriptPage p)
    {
        for (var i = 0; i < specks; i++)
        {
            p.Dot(Between(dirt, 10, 602), Between(dirt, 10, 782), Between(dirt, 0.2, 0.7));
            if (i % 50 == 49)
            {
                var x = Between(dirt, 20, 590);
                var y = Between(dirt, 20, 770);
                p.Rule(x, y, x + Between(dirt, -30, 30), y + Between(dirt, -30, 30), Between(dirt, 0.3, 0.6));
            }
        }
    }

    private void MoneyColumns(PostScriptPage p, long offered, long sold)
    {
        p.Leader(380).At(386).Text("$").Right(Money(offered), 460);
        p.At(474).Text("$").Right(Money(sold), RightEdge);
    }

    /// <summary>Helvetica 8 pt text wrapped to the text width; returns the baseline below it.</summary>
    private static double Paragraph(PostScriptPage p, double y, string text)
    {
        p.Font("Helvetica", 8);
        foreach (var line in Wrap(text, 135))
        {
            p.Row(Left, y).Text(line);
            y -= 10;
        }

        return y - 4;
    }

    private static void Footer(PostScriptPage p, int index)
    {
        p.Rule(Left, 62, RightEdge, 62, 0.5);
        p.Row(Left, 52).Font("Helvetica-Bold", 7).Text("SEC 1972 (6/02)").Font("Helvetica", 7).Gap(8)
            .Text("Persons who respond to the collection of information contained in this form are not required to respond");
        p.Row(Left + 68, 43).Text("unless the form displays a currently valid OMB control number.");
        p.Row(500, 30).Font("Helvetica", 8).Text(FormattableString.Invariant($"{index % 9 + 1} of 9"));
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new List<string>();
        var length = 0;
        foreach (var word in text.Split(' '))
        {
            if (length > 0 && length + 1 + word.Length > width)
            {
                yield return string.Join(' ', line);
                line.Clear();
                length = 0;
            }

            length += (length > 0 ? 1 : 0) + word.Length;
            line.Add(word);
        }

        if (line.Count > 0)
        {
            yield return string.Join(' ', line);
        }
    }

    private string Company() => Pick(CompanyStems) + " " + Pick(CompanyKinds);

    private string Person() => $"{Pick(LastNames)}, {Pick(FirstNames)} {(char)('A' + random.Next(26))}.";

    private string Address()
    {
        var (city, state, zip) = Pick(Cities);
        var suite = random.Next(3) == 0 ? ", Suite " + Number(random.Next(100, 2000), "0") : string.Empty;
        return $"{Number(random.Next(10, 30_000), "0")} {Pick(Streets)}{suite}, {city}, {state} {Number(zip, "00000")}";
    }

    private string Phone() => $"({Number(random.Next(201, 990), "0")}) {Number(random.Next(200, 999), "0")}-{Number(random.Next(0, 10_000), "0000")}";

    private long Amount(long min, long max) => min + (long)(random.NextDouble() * (max - min));

    private static string Money(long amount) => Number(amount, "#,0");

    private static string Number(long value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private double Between(double min, double max) => Between(random, min, max);

    private static double Between(Random r, double min, double max) => min + (r.NextDouble() * (max - min));
}
