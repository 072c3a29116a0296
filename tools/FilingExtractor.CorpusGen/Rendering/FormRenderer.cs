using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Rendering;

/// <summary>One page of the form as PostScript, with its class (a <see cref="PageKinds"/> value).</summary>
internal sealed record RenderedPage(string Kind, string PostScript);

/// <summary>A rectangle on the page in points, top-left origin.</summary>
internal readonly record struct Slot(double X, double Top, double W, double H)
{
    public double Bottom => Top + H;

    public double Right => X + W;
}

/// <summary>
/// Lays out the 2002 paper Form D and fills it in from a truth <see cref="Filing"/>: cover and A.1, the
/// General Instructions, A.2 with continuation sheets, B, C (two pages), D and E, the two-page Appendix.
/// What is typed comes from <see cref="Typist"/>, marks and signatures from <see cref="Ink"/>; the
/// printed wording from <see cref="FormText"/>.
/// </summary>
internal sealed class FormRenderer
{
    private const double X0 = 40;
    private const double X1 = 572;
    private const double W = X1 - X0;
    private const double LabelSize = 7.2;

    private readonly Filing f;
    private readonly FormStyle s;
    private readonly Rng rng;
    private readonly Typist typist;

    private FormRenderer(Filing filing, FormStyle style, Rng rng)
    {
        f = filing;
        s = style;
        this.rng = rng;
        typist = new Typist(style, rng.Derive("typist"));
    }

    private string R => s.LabelRegular;

    private string B => s.LabelBold;

    private string I => s.LabelItalic;

    /// <summary>All pages, in filing order.</summary>
    public static List<RenderedPage> Render(Filing filing, FormStyle style, Rng rng)
    {
        var r = new FormRenderer(filing, style, rng);
        var pages = new List<RenderedPage> { new(PageKinds.Cover, r.Cover()) };
        if (style.IncludeInstructions)
        {
            pages.Add(new(PageKinds.Instructions, r.Instructions()));
        }

        var persons = filing.RelatedPersons;
        const int FirstSheet = 6;
        pages.Add(new(PageKinds.RelatedPersons, r.RelatedPersonsSheet(persons.Take(FirstSheet).ToList(), FirstSheet, withHeader: true)));
        var perSheet = style.ContinuationIsCopy ? 6 : 8;
        for (var i = FirstSheet; i < persons.Count; i += perSheet)
        {
            var chunk = persons.Skip(i).Take(perSheet).ToList();
            pages.Add(new(PageKinds.Continuation, r.RelatedPersonsSheet(chunk, perSheet, withHeader: style.ContinuationIsCopy)));
        }

        var recipients = filing.Offering.SalesCompensation;
        for (var i = 0; i == 0 || i < recipients.Count; i += 3)
        {
            pages.Add(new(PageKinds.SectionB, r.SectionB(recipients.Skip(i).Take(3).ToList(), first: i == 0)));
        }

        pages.Add(new(PageKinds.SectionC, r.SectionC1()));
        pages.Add(new(PageKinds.SectionC, r.SectionC2()));
        pages.Add(new(PageKinds.Signatures, r.Signatures()));
        pages.Add(new(PageKinds.Appendix, r.Appendix(FormText.States.Take(FormText.AppendixFirstPageRows).ToList())));
        pages.Add(new(PageKinds.Appendix, r.Appendix(FormText.States.Skip(FormText.AppendixFirstPageRows).ToList())));
        return pages;
    }

    // ---- page 1: cover and A.1 --------------------------------------------------------------------

    private string Cover()
    {
        var p = new PsPage();
        var i = f.PrimaryIssuer;
        if (s.FileNumber is { } fileNumber)
        {
            p.Text(X0 + rng.Range(0, 20), 34 + rng.Range(0, 6), "Helvetica-Oblique", 12, fileNumber);
        }

        p.TextCenter(290, 50, B, 10.5, FormText.Agency[0]);
        p.TextCenter(290, 63, B, 10.5, FormText.Agency[1]);
        p.TextCenter(290, 75, R, 8.5, FormText.Agency[2]);

        // OMB box, upper right.
        p.Rect(440, 34, 132, 60, 0.8);
        p.FillRect(440, 34, 132, 11, 0.85);
        p.TextCenter(506, 42.5, B, 7.2, FormText.Omb[0]);
        p.Line(440, 45, 572, 45, 0.6);
        for (var k = 1; k < FormText.Omb.Length; k++)
        {
            p.Text(445, 46 + (k * 9.5), R, 7, FormText.Omb[k]);
        }

        p.Text(X0 + 4, 118, B, 24, "FORM D");
        for (var k = 0; k < FormText.Notice.Length; k++)
        {
            p.TextCenter(306, 116 + (k * 12), B, 9.5, FormText.Notice[k]);
        }

        // SEC USE ONLY box.
        p.Rect(472, 102, 100, 64, 0.8);
        p.TextCenter(522, 111, B, 7, "SEC USE ONLY");
        p.Line(472, 114, 572, 114, 0.6);
        p.Text(478, 123, R, 6.5, "Prefix");
        p.Text(538, 123, R, 6.5, "Serial");
        p.Line(522, 114, 522, 138, 0.6);
        p.Line(472, 138, 572, 138, 0.6);
        p.TextCenter(522, 147, R, 6.5, "DATE RECEIVED");
        p.Line(472, 150, 572, 150, 0.6);

        p.Line(X0, 176, X1, 176, 1.2);

        // Name of offering.
        var x = TextEnd(p, X0, 188, R, LabelSize, "Name of Offering (");
        p.Box(x + 1, 181.5);
        p.Text(x + 10, 188, R, LabelSize, FormText.AmendmentNameChanged);
        p.Line(X0, 210, X1, 210, 0.6);
        Type(p, new Slot(X0 + 4, 192, W - 8, 17), f.OfferingName);

        // Filing under and type of filing.
        x = TextEnd(p, X0, 226, R, 8, "Filing Under (Check box(es) that apply):") + 14;
        var fu = f.FilingUnder;
        foreach (var (label, value) in new[] { ("Rule 504", fu.Rule504), ("Rule 505", fu.Rule505), ("Rule 506", fu.Rule506), ("Section 4(6)", fu.Section4_6), ("ULOE", fu.Uloe) })
        {
            x = CheckLabel(p, x, 226, label, value == true, 8) + 16;
        }

        x = TextEnd(p, X0, 242, R, 8, "Type of Filing:") + 14;
        x = CheckLabel(p, x, 242, "New Filing", f.TypeOfFiling.NewFiling == true, 8) + 16;
        CheckLabel(p, x, 242, "Amendment", f.TypeOfFiling.Amendment == true, 8);

        Band(p, 252, FormText.BandA);
        p.Text(X0, 281, R, 8, "1. Enter the information requested about the issuer");

        // Name of issuer.
        var top = 287.0;
        p.Rect(X0, top, W, 46, 0.6);
        x = TextEnd(p, X0 + 3, top + 8, R, LabelSize, "Name of Issuer (");
        p.Box(x + 1, top + 1.5);
        p.Text(x + 10, top + 8, R, LabelSize, FormText.AmendmentNameChanged);
        Type(p, new Slot(X0 + 5, top + 12, W - 10, 32), i.EntityName);
        top += 46;

        var split = 392.0;
        FieldRow(p, top, 50, ["Address of Executive Offices", "(Number and Street, City, State, Zip Code)"], split, ["Telephone Number (Including Area Code)"], out var addr, out var tel);
        Type(p, addr, Typist.AddressLine(i.IssuerAddress), overflow: true);
        Type(p, tel, typist.Phone(i.IssuerPhoneNumber));
        top += 50;

        FieldRow(p, top, 54, ["Address of Principal Business Operations (Number and Street, City, State, Zip Code)", "(if different from Executive Offices)"], split, ["Telephone Number (Including Area Code)"], out addr, out tel);
        Type(p, addr, Typist.AddressLine(i.PrincipalBusinessAddress), overflow: true);
        Type(p, tel, typist.Phone(i.PrincipalBusinessPhoneNumber));
        top += 54;

        p.Rect(X0, top, W, 58, 0.6);
        p.Text(X0 + 3, top + 8, R, LabelSize, "Brief Description of Business");
        TypeLines(p, new Slot(X0 + 5, top + 11, W - 10, 45), i.DescriptionOfBusiness, 2);
        top += 58;

        // Type of business organization.
        p.Rect(X0, top, W, 62, 0.6);
        p.Text(X0 + 3, top + 9, R, LabelSize, "Type of Business Organization");
        var et = i.EntityType;
        CheckLabel(p, X0 + 24, top + 27, "corporation", et == EntityTypes.Corporation, 8);
        CheckLabel(p, X0 + 24, top + 45, "business trust", et == EntityTypes.BusinessTrust, 8);
        CheckLabel(p, X0 + 176, top + 27, "limited partnership, already formed", et == EntityTypes.LimitedPartnership, 8);
        CheckLabel(p, X0 + 176, top + 45, "limited partnership, to be formed", et == EntityTypes.LimitedPartnershipToBeFormed, 8);
        var isOther = et is EntityTypes.Other or EntityTypes.LimitedLiabilityCompany or EntityTypes.GeneralPartnership;
        CheckLabel(p, X0 + 360, top + 27, "other (please specify):", isOther, 8);
        p.Line(X0 + 360, top + 47, X1 - 6, top + 47, 0.6);
        Type(p, new Slot(X0 + 362, top + 31, X1 - 6 - (X0 + 362), 15), i.EntityTypeOtherDescription);
        top += 62;

        // Date of incorporation.
        p.Rect(X0, top, W, 38, 0.6);
        p.Text(X0 + 3, top + 21, R, 8, "Actual or Estimated Date of Incorporation or Organization:");
        p.Rect(300, top + 8, 36, 18, 0.6);
        p.Rect(342, top + 8, 48, 18, 0.6);
        p.TextCenter(318, top + 32, R, 6, "Month");
        p.TextCenter(366, top + 32, R, 6, "Year");
        Type(p, new Slot(303, top + 9, 31, 16), i.MonthOfInc is { } m ? m.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : null, jitter: 3);
        Type(p, new Slot(345, top + 9, 43, 16), i.YearOfInc?.ToString(System.Globalization.CultureInfo.InvariantCulture), jitter: 3);
        x = CheckLabel(p, 412, top + 21, "Actual", i.IncorporationDateIsEstimate == false, 8) + 18;
        CheckLabel(p, x, top + 21, "Estimated", i.IncorporationDateIsEstimate == true, 8);
        top += 38;

        // Jurisdiction.
        p.Rect(X0, top, W, 38, 0.6);
        p.Text(X0 + 3, top + 12, R, 8, "Jurisdiction of Incorporation or Organization: (Enter two-letter U.S. Postal Service Abbreviation for State:");
        p.Text(X0 + 3, top + 24, R, 8, "CN for Canada; FN for other foreign jurisdiction)");
        p.Rect(500, top + 14, 50, 17, 0.6);
        Type(p, new Slot(504, top + 15, 44, 15), i.JurisdictionOfInc, jitter: 6);
        top += 34;

        Footer(p);
        if (s.ControlNumber is { } dcn)
        {
            p.Text(478 + rng.Range(-6, 6), 100 + rng.Range(-3, 3), "Courier-Bold", 11, dcn);
        }

        if (s.StampDate is { } stamp)
        {
            // Over the header wording, never over a field that carries a value.
            Ink.ProcessedStamp(p, rng.Range(250, 420), rng.Range(88, 150), rng.Range(-10, 10), stamp, rng.Range(0.05, 0.3));
        }

        return p.ToPostScript();
    }

    // ---- page 2: general instructions ------------------------------------------------------------

    private string Instructions()
    {
        var p = new PsPage();
        p.TextCenter(306, 56, B, 11, "GENERAL INSTRUCTIONS");
        p.Text(X0, 78, B, 9, "Federal:");
        var y = 92.0;
        foreach (var (lead, text) in FormText.FederalInstructions)
        {
            var end = p.Paragraph(X0, y, W, 8.6, 11.2, [new Run(B, lead), new Run(R, text)]);
            y = end.Baseline + 16;
        }

        p.Text(X0, y + 2, B, 9, "State:");
        y += 16;
        var st = p.Paragraph(X0, y, W, 8.6, 11.2, [new Run(R, FormText.StateInstructions)]);
        y = st.Baseline + 22;
        p.Rect(X0, y - 12, W, 62, 1.0);
        p.TextCenter(306, y, B, 9.5, "ATTENTION");
        var at = p.Paragraph(X0 + 8, y + 14, W - 16, 8.6, 11.2, [new Run(R, FormText.AttentionInstructions)]);
        y = at.Baseline + 40;
        p.Paragraph(X0, Math.Max(y, 700), W, 7.5, 9.5, [new Run(R, FormText.OmbNotice)]);
        Footer(p);
        return p.ToPostScript();
    }

    // ---- A.2 related persons ------------------------------------------------------------------------

    private string RelatedPersonsSheet(List<RelatedPerson> persons, int slots, bool withHeader)
    {
        var p = new PsPage();
        Band(p, 36, FormText.BandA);
        double top;
        double block;
        if (withHeader)
        {
            p.Text(X0, 66, R, 8, "2. Enter the information requested for the following:");
            var y = 78.0;
            foreach (var bullet in FormText.A2Bullets)
            {
                p.Text(X0 + 10, y, R, 8, "-");
                var end = p.Paragraph(X0 + 20, y, W - 20, 7.8, 9.6, [new Run(R, bullet)]);
                y = end.Baseline + 10.5;
            }

            top = y;
            block = (742 - top) / slots;
        }
        else
        {
            top = 60;
            block = (742 - top) / slots;
        }

        for (var k = 0; k < slots; k++)
        {
            var person = k < persons.Count ? persons[k] : null;
            PersonBlock(p, top + (k * block), block - 6, person);
        }

        p.TextCenter(306, 754, I, 7.5, FormText.UseBlankSheet);
        Footer(p);
        return p.ToPostScript();
    }

    private void PersonBlock(PsPage p, double top, double height, RelatedPerson? person)
    {
        var rolesH = 14.0;
        var boxH = (height - rolesH) / 2;
        var x = TextEnd(p, X0, top + 10, R, LabelSize, "Check Box(es) that Apply:") + 10;
        for (var r = 0; r < FormText.Roles.Length; r++)
        {
            var on = person is not null && person.Relationships.Contains(Relationships.All[r]);
            x = CheckLabel(p, x, top + 10, FormText.Roles[r], on, LabelSize) + 13;
        }

        var nameTop = top + rolesH;
        p.Rect(X0, nameTop, W, boxH, 0.6);
        p.Text(X0 + 3, nameTop + 8, R, LabelSize, FormText.FullName);
        p.Rect(X0, nameTop + boxH, W, boxH, 0.6);
        p.Text(X0 + 3, nameTop + boxH + 8, R, LabelSize, FormText.ResidenceAddress);
        if (person is null)
        {
            return;
        }

        Type(p, new Slot(X0 + 5, nameTop + 10, W - 10, boxH - 11), Typist.PersonName(person.LastName, person.FirstName, person.MiddleName, person.Suffix, person.IsEntity), overflow: true);
        Type(p, new Slot(X0 + 5, nameTop + boxH + 10, W - 10, boxH - 11), Typist.AddressLine(person.Address), overflow: true);
    }

    // ---- B --------------------------------------------------------------------------------------

    private string SectionB(List<SalesCompensationRecipient> recipients, bool first)
    {
        var p = new PsPage();
        Band(p, 36, FormText.BandB);
        const double YesX = 516;
        const double NoX = 546;
        var o = f.Offering;
        p.TextCenter(YesX + 3.5, 64, B, 7.5, "Yes");
        p.TextCenter(NoX + 3.5, 64, B, 7.5, "No");

        var end = p.Paragraph(X0, 76, 455, 8, 10, [new Run(R, FormText.B1)]);
        p.Leader(end.EndX + 2, YesX - 4, end.Baseline, R, 8);
        YesNo(p, YesX, NoX, end.Baseline, first ? o.SellsToNonAccredited : null);
        p.Text(X0 + 180, end.Baseline + 11, I, 7.5, FormText.B1Note);

        var y = end.Baseline + 26;
        var e2 = p.Paragraph(X0, y, 420, 8, 10, [new Run(R, FormText.B2)]);
        p.Leader(e2.EndX + 2, 462, y, R, 8);
        p.Text(466, y, R, 8, "$");
        p.Line(474, y + 2, X1, y + 2, 0.6);
        Type(p, new Slot(476, y - 12, X1 - 478, 13), first ? typist.Amount(o.MinimumInvestmentAccepted, "B2") : string.Empty, jitter: 8);

        y += 18;
        var e3 = p.Paragraph(X0, y, 455, 8, 10, [new Run(R, FormText.B3)]);
        p.Leader(e3.EndX + 2, YesX - 4, y, R, 8);
        YesNo(p, YesX, NoX, y, first ? o.PermitsJointOwnership : null);

        y += 16;
        var e4 = p.Paragraph(X0, y, W, 7.8, 9.6, [new Run(R, FormText.B4)]);
        y = e4.Baseline + 8;

        var blockH = (742 - y) / 3;
        for (var k = 0; k < 3; k++)
        {
            RecipientBlock(p, y + (k * blockH), blockH - 4, k < recipients.Count ? recipients[k] : null);
        }

        p.TextCenter(306, 754, I, 7.5, FormText.UseBlankSheet);
        Footer(p);
        return p.ToPostScript();
    }

    private void RecipientBlock(PsPage p, double top, double height, SalesCompensationRecipient? r)
    {
        const double GridRowH = 12.5;
        var gridH = GridRowH * 4;
        var boxH = (height - gridH - 26) / 3;
        string[] labels = [FormText.FullName, FormText.ResidenceAddress, FormText.Broker];
        string?[] values = r is null
            ? [null, null, null]
            : [Typist.PersonName(r.LastName, r.FirstName, r.MiddleName, null, r.IsEntity), Typist.AddressLine(r.Address), r.AssociatedBrokerDealer];
        for (var k = 0; k < 3; k++)
        {
            var t = top + (k * boxH);
            p.Rect(X0, t, W, boxH, 0.6);
            p.Text(X0 + 3, t + 8, R, LabelSize, labels[k]);
            Type(p, new Slot(X0 + 5, t + 10, W - 10, boxH - 11), values[k], overflow: true);
        }

        var y = top + (3 * boxH);
        p.Rect(X0, y, W, height - (3 * boxH), 0.6);
        p.Text(X0 + 3, y + 9, R, LabelSize, FormText.StatesSolicited);
        var x = TextEnd(p, X0 + 3, y + 20, R, LabelSize, FormText.CheckAllStates);
        p.Leader(x + 2, 470, y + 20, R, LabelSize);
        CheckLabel(p, 476, y + 20, "All States", r?.AllStates == true, LabelSize + 0.5);

        var gy = y + 25;
        const double Pitch = W / 13;
        for (var k = 0; k < FormText.States.Length; k++)
        {
            var col = k % 13;
            var row = k / 13;
            var cx = X0 + (col * Pitch) + 6;
            var ct = gy + (row * GridRowH);
            p.Rect(cx, ct, 28, 9.5, 0.6);
            p.TextCenter(cx + 14, ct + 7.3, R, 6.8, "[" + FormText.States[k] + "]");
            if (r is not null && r.States.Contains(FormText.States[k]))
            {
                var kind = rng.Pick(s.Marks);
                if (kind == MarkKind.Filled || rng.Chance(0.3))
                {
                    // Filers circle state codes as often as they cross them.
                    p.Ellipse(cx + 14 + rng.Range(-1, 1), ct + 4.8, 17, 7.5, s.MarkWeight * 0.9);
                }
                else
                {
                    Ink.Mark(p, cx + 10, ct + 1.3, 7, kind, s.MarkWeight, rng);
                }
            }
        }
    }

    // ---- C, first page: C.1 to C.4.a -------------------------------------------------------------

    private const double ColA1 = 380;
    private const double ColA2 = 462;
    private const double ColB1 = 486;
    private const double ColB2 = X1 - 4;

    private string SectionC1()
    {
        var p = new PsPage();
        var o = f.Offering;
        Band(p, 36, FormText.BandC);
        const double Size = 7.8;
        const double Lead = 9.6;

        var e = p.Paragraph(X0, 64, W, Size, Lead, [new Run(R, FormText.C1a)]);
        p.Box(e.EndX + 4, e.Baseline - 6.5);
        if (o.IsExchangeOffering == true)
        {
            MarkBox(p, e.EndX + 4, e.Baseline - 6.5);
        }

        e = p.Paragraph(X0, e.Baseline, W, Size, Lead, [new Run(R, FormText.C1b)], e.EndX + 16);
        var y = e.Baseline + 16;
        p.Text(X0 + 10, y + 8, B, 7.5, "Type of Security");
        ColumnHeads(p, y, ["Aggregate", "Offering Price"], ["Amount Already", "Sold"]);
        y += 30;
        string[] types = [SecurityTypes.Debt, SecurityTypes.Equity, SecurityTypes.Convertible, SecurityTypes.Partnership, SecurityTypes.Other];
        for (var k = 0; k < types.Length; k++)
        {
            var line = o.Securities.FirstOrDefault(l => l.Type == types[k]);
            var label = FormText.SecurityRows[k];
            var end = TextEnd(p, X0, y, R, Size, label);
            if (types[k] == SecurityTypes.Other)
            {
                p.Line(end + 3, y + 2, end + 150, y + 2, 0.6);
                p.Text(end + 152, y, R, Size, ")");
                Type(p, new Slot(end + 4, y - 11, 146, 12), line?.Description, jitter: 6);
                end += 156;
            }

            AmountPair(p, end, y, typist.Amount(line?.AggregateOfferingPrice), typist.Amount(line?.AmountAlreadySold));
            y += 15;
            if (types[k] == SecurityTypes.Equity)
            {
                var x = CheckLabel(p, ColA1 - 6, y - 2, "Common", o.EquityCommon == true, Size) + 14;
                CheckLabel(p, x, y - 2, "Preferred", o.EquityPreferred == true, Size);
                y += 13;
            }
        }

        var totalEnd = TextEnd(p, X0 + 40, y, R, Size, "Total");
        AmountPair(p, totalEnd, y, typist.Amount(o.TotalOfferingAmount), typist.Amount(o.TotalAmountSold));
        p.TextCenter(306, y + 12, I, 7.2, FormText.C1Note);

        // C.2
        e = p.Paragraph(X0, y + 28, W, Size, Lead, [new Run(R, FormText.C2)]);
        y = e.Baseline + 8;
        ColumnHeads(p, y, ["Number", "Investors"], ["Aggregate", "Dollar Amount", "of Purchases"]);
        y += 40;
        var inv = o.Investors;
        (string Label, int? N, decimal? A, string? Na)[] rows =
        [
            ("Accredited Investors", inv.AccreditedNumber, inv.AccreditedAmount, null),
            ("Non-accredited Investors", inv.NonAccreditedNumber, inv.NonAccreditedAmount, "C2.nonAccredited"),
            ("Total (for filings under Rule 504 only)", inv.Rule504TotalNumber, inv.Rule504TotalAmount, "C2.rule504"),
        ];
        foreach (var (label, n, a, na) in rows)
        {
            var end = TextEnd(p, X0, y, R, Size, label);
            p.Leader(end + 2, ColA1 - 4, y, R, Size);
            p.Line(ColA1 + 8, y + 2, ColA2, y + 2, 0.6);
            TypeAmount(p, ColA1 + 10, ColA2, y, typist.Count(n, na));
            p.Text(ColB1 - 8, y, R, Size, "$");
            p.Line(ColB1, y + 2, ColB2, y + 2, 0.6);
            TypeAmount(p, ColB1 + 2, ColB2, y, typist.Amount(a, na));
            y += 15;
        }

        p.TextCenter(306, y - 3, I, 7.2, FormText.C2Note);

        // C.3
        e = p.Paragraph(X0, y + 12, W, Size, Lead, [new Run(R, FormText.C3)]);
        y = e.Baseline + 8;
        p.Text(X0 + 10, y + 16, B, 7.5, "Type of Offering");
        ColumnHeads(p, y, ["Type of", "Security"], ["Dollar Amount", "Sold"]);
        y += 30;
        string[] priors = ["Rule 505", "Regulation A", "Rule 504"];
        foreach (var kind in priors)
        {
            var po = o.PriorOfferings.FirstOrDefault(x => x.TypeOfOffering == kind);
            var end = TextEnd(p, X0, y, R, Size, kind);
            p.Leader(end + 2, ColA1 - 4, y, R, Size);
            p.Line(ColA1 - 2, y + 2, ColA2, y + 2, 0.6);
            Type(p, new Slot(ColA1 - 1, y - 11, ColA2 - ColA1, 12), po?.TypeOfSecurity, jitter: 4);
            p.Text(ColB1 - 8, y, R, Size, "$");
            p.Line(ColB1, y + 2, ColB2, y + 2, 0.6);
            TypeAmount(p, ColB1 + 2, ColB2, y, typist.Amount(po?.AmountSold, "C3"));
            y += 15;
        }

        var tEnd = TextEnd(p, X0 + 40, y, R, Size, "Total");
        p.Leader(tEnd + 2, ColB1 - 10, y, R, Size);
        p.Text(ColB1 - 8, y, R, Size, "$");
        p.Line(ColB1, y + 2, ColB2, y + 2, 0.6);
        TypeAmount(p, ColB1 + 2, ColB2, y, typist.Amount(o.PriorOfferingsTotal, "C3"));

        // C.4.a
        e = p.Paragraph(X0, y + 20, W, Size, Lead, [new Run(R, FormText.C4a)]);
        y = e.Baseline + 17;
        string[] items = [ExpenseItems.TransferAgentFees, ExpenseItems.PrintingAndEngravingCosts, ExpenseItems.LegalFees, ExpenseItems.AccountingFees, ExpenseItems.EngineeringFees, ExpenseItems.SalesCommissions, ExpenseItems.Other];
        for (var k = 0; k <= items.Length; k++)
        {
            var isTotal = k == items.Length;
            var line = isTotal ? null : o.Expenses.FirstOrDefault(x => x.Item == items[k]);
            var end = TextEnd(p, isTotal ? X0 + 40 : X0, y, R, Size, FormText.ExpenseRows[k]);
            if (!isTotal && items[k] == ExpenseItems.Other)
            {
                p.Line(end + 3, y + 2, end + 170, y + 2, 0.6);
                Type(p, new Slot(end + 4, y - 11, 166, 12), line?.Description, jitter: 6);
                end += 172;
            }

            p.Leader(end + 2, ColB1 - 24, y, R, Size);
            p.Box(ColB1 - 20, y - 6.8);
            var estimate = isTotal ? o.TotalExpensesIsEstimate : line?.IsEstimate;
            if (estimate == true)
            {
                MarkBox(p, ColB1 - 20, y - 6.8);
            }

            p.Text(ColB1 - 8, y, R, Size, "$");
            p.Line(ColB1, y + 2, ColB2, y + 2, 0.6);
            TypeAmount(p, ColB1 + 2, ColB2, y, typist.Amount(isTotal ? o.TotalExpenses : line?.Amount));
            y += 15;
        }

        Footer(p);
        return p.ToPostScript();
    }

    // ---- C, second page: C.4.b and C.5 ------------------------------------------------------------

    private string SectionC2()
    {
        var p = new PsPage();
        var o = f.Offering;
        Band(p, 36, FormText.BandC);
        const double Size = 7.8;
        const double Lead = 9.6;
        var e = p.Paragraph(X0, 66, 430, Size, Lead, [new Run(R, FormText.C4b)]);
        p.Leader(e.EndX + 2, ColB1 - 10, e.Baseline, R, Size);
        p.Text(ColB1 - 8, e.Baseline, R, Size, "$");
        p.Line(ColB1, e.Baseline + 2, ColB2, e.Baseline + 2, 0.6);
        TypeAmount(p, ColB1 + 2, ColB2, e.Baseline, typist.Amount(o.AdjustedGrossProceeds));

        e = p.Paragraph(X0, e.Baseline + 24, W, Size, Lead, [new Run(R, FormText.C5)]);
        var y = e.Baseline + 10;
        ColumnHeads(p, y, ["Payments to", "Officers,", "Directors, &", "Affiliates"], ["Payments To", "Others"]);
        y += 46;
        const double BoxA = ColA1 - 16;
        const double BoxB = ColB1 - 20;
        string[] purposes = [ProceedsPurposes.SalariesAndFees, ProceedsPurposes.PurchaseOfRealEstate, ProceedsPurposes.MachineryAndEquipment, ProceedsPurposes.ConstructionOfPlant, ProceedsPurposes.AcquisitionOfBusinesses, ProceedsPurposes.RepaymentOfIndebtedness, ProceedsPurposes.WorkingCapital, ProceedsPurposes.Other];
        for (var k = 0; k < purposes.Length; k++)
        {
            var line = o.UseOfProceeds.FirstOrDefault(x => x.Purpose == purposes[k]);
            var lines = PsPage.Wrap(FormText.ProceedsRows[k], R, Size, 300);
            for (var l = 0; l < lines.Count; l++)
            {
                p.Text(X0, y + (l * Lead), R, Size, lines[l]);
            }

            y += (lines.Count - 1) * Lead;
            var end = X0 + FontMetrics.Width(R, Size, lines[^1]);
            if (purposes[k] == ProceedsPurposes.Other)
            {
                p.Line(end + 3, y + 2, end + 200, y + 2, 0.6);
                Type(p, new Slot(end + 4, y - 11, 196, 12), line?.Description, jitter: 6);
                end += 202;
            }

            p.Leader(end + 2, BoxA - 4, y, R, Size);
            ProceedsCell(p, BoxA, ColA1 + 8, ColA2, y, line?.ToAffiliates, line?.ToAffiliatesIsEstimate);
            ProceedsCell(p, BoxB, ColB1, ColB2, y, line?.ToOthers, line?.ToOthersIsEstimate);
            y += 19;
        }

        var ct = TextEnd(p, X0, y, R, Size, "Column Totals");
        p.Leader(ct + 2, BoxA - 4, y, R, Size);
        // The boxes beside the totals carry no value of their own in the model: marked when any line of the column is an estimate.
        ProceedsCell(p, BoxA, ColA1 + 8, ColA2, y, o.ColumnTotalToAffiliates, o.UseOfProceeds.Any(l => l.ToAffiliatesIsEstimate == true) && o.ColumnTotalToAffiliates is not null);
        ProceedsCell(p, BoxB, ColB1, ColB2, y, o.ColumnTotalToOthers, o.UseOfProceeds.Any(l => l.ToOthersIsEstimate == true) && o.ColumnTotalToOthers is not null);
        y += 22;
        var tp = TextEnd(p, X0, y, R, Size, "Total Payments Listed (column totals added)");
        p.Leader(tp + 2, 416, y, R, Size);
        var anyEstimate = o.UseOfProceeds.Any(l => l.ToAffiliatesIsEstimate == true || l.ToOthersIsEstimate == true);
        ProceedsCell(p, 420, 444, 540, y, o.TotalPaymentsListed, anyEstimate && o.TotalPaymentsListed is not null);

        Footer(p);
        return p.ToPostScript();
    }

    private void ProceedsCell(PsPage p, double boxX, double x1, double x2, double y, decimal? value, bool? estimate)
    {
        p.Box(boxX, y - 6.8);
        if (estimate == true)
        {
            MarkBox(p, boxX, y - 6.8);
        }

        p.Text(x1 - 8, y, R, 7.8, "$");
        p.Line(x1, y + 2, x2, y + 2, 0.6);
        TypeAmount(p, x1 + 2, x2, y, typist.Amount(value));
    }

    // ---- D and E ----------------------------------------------------------------------------------

    private string Signatures()
    {
        var p = new PsPage();
        Band(p, 36, FormText.BandD);
        var e = p.Paragraph(X0, 66, W, 8, 10, [new Run(R, FormText.DText)]);
        var y = e.Baseline + 12;
        SignatureTable(p, y, f.Signature);
        y += 88;

        p.Rect(X0, y, W, 30, 1.0);
        p.TextCenter(306, y + 11, B, 8.5, "ATTENTION");
        p.TextCenter(306, y + 23, B, 8, FormText.Misstatements);
        y += 44;

        Band(p, y, FormText.BandE);
        y += 40;
        const double YesX = 516;
        const double NoX = 546;
        p.TextCenter(YesX + 3.5, y - 11, B, 7.5, "Yes");
        p.TextCenter(NoX + 3.5, y - 11, B, 7.5, "No");
        var e1 = p.Paragraph(X0, y, 460, 8, 10, [new Run(R, FormText.E1)]);
        p.Leader(e1.EndX + 2, YesX - 4, e1.Baseline, R, 8);
        YesNo(p, YesX, NoX, e1.Baseline, f.IssuerDisqualifiedRule262);
        p.Text(X0 + 180, e1.Baseline + 12, I, 7.5, FormText.E1Note);
        y = e1.Baseline + 28;
        foreach (var u in FormText.Undertakings)
        {
            var eu = p.Paragraph(X0, y, W, 8, 10, [new Run(R, u)]);
            y = eu.Baseline + 15;
        }

        var ec = p.Paragraph(X0, y + 4, W, 8, 10, [new Run(R, FormText.EClosing)]);
        y = ec.Baseline + 12;
        SignatureTable(p, y, f.StateSignature);
        y += 88;
        p.Text(X0, y + 4, B, 8, "Instruction:");
        p.Paragraph(X0, y + 16, W, 7.8, 9.6, [new Run(R, FormText.Instruction)]);
        Footer(p);
        return p.ToPostScript();
    }

    private void SignatureTable(PsPage p, double top, Signature? sig)
    {
        const double H = 38;
        const double Mid = 250;
        const double Right = 448;
        p.Rect(X0, top, W, H * 2, 0.8);
        p.Line(X0, top + H, X1, top + H, 0.6);
        p.Line(Mid, top, Mid, top + (H * 2), 0.6);
        p.Line(Right, top, Right, top + H, 0.6);
        p.Text(X0 + 3, top + 8, R, LabelSize, "Issuer (Print or Type)");
        p.Text(Mid + 3, top + 8, R, LabelSize, "Signature");
        p.Text(Right + 3, top + 8, R, LabelSize, "Date");
        p.Text(X0 + 3, top + H + 8, R, LabelSize, "Name of Signer (Print or Type)");
        p.Text(Mid + 3, top + H + 8, R, LabelSize, "Title of Signer (Print or Type)");
        if (sig is null)
        {
            return;
        }

        Type(p, new Slot(X0 + 5, top + 11, Mid - X0 - 10, H - 13), sig.IssuerName);
        if (sig.Signed == true)
        {
            Ink.Signature(p, Mid + 14 + rng.Range(0, 20), top + H - 8, rng.Range(110, 160), rng);
        }

        Type(p, new Slot(Right + 5, top + 11, X1 - Right - 10, H - 13), typist.Date(sig.SignatureDate));
        Type(p, new Slot(X0 + 5, top + H + 11, Mid - X0 - 10, H - 13), sig.NameOfSigner);
        Type(p, new Slot(Mid + 5, top + H + 11, X1 - Mid - 10, H - 13), sig.SignatureTitle);
    }

    // ---- Appendix ---------------------------------------------------------------------------------

    private string Appendix(List<string> states)
    {
        var p = new PsPage();
        p.TextCenter(306, 50, B, 11, "APPENDIX");
        double[] xs = [X0, 72, 98, 124, 270, 326, 398, 454, 520, 546, X1];
        const double Top = 58;
        const double SubTop = 150;
        const double RowsTop = 176;
        var rowH = (745 - RowsTop) / FormText.AppendixFirstPageRows;

        p.Rect(X0, Top, W, RowsTop - Top + (rowH * states.Count), 0.9);
        p.Line(X0, Top + 12, X1, Top + 12, 0.6);
        p.Line(X0, RowsTop, X1, RowsTop, 0.9);
        // Group rules: 1 | 2 (Yes, No) | 3 | 4 (4 columns) | 5 (Yes, No).
        foreach (var gx in new[] { xs[1], xs[3], xs[4], xs[8] })
        {
            p.Line(gx, Top, gx, RowsTop + (rowH * states.Count), 0.6);
        }

        foreach (var sx in new[] { xs[2], xs[5], xs[6], xs[7], xs[9] })
        {
            p.Line(sx, SubTop, sx, RowsTop + (rowH * states.Count), 0.6);
        }

        p.Line(xs[1], SubTop, xs[3], SubTop, 0.6);
        p.Line(xs[4], SubTop, xs[8], SubTop, 0.6);
        p.Line(xs[8], SubTop, X1, SubTop, 0.6);

        p.TextCenter((xs[0] + xs[1]) / 2, Top + 9, B, 7.5, "1");
        p.TextCenter((xs[1] + xs[3]) / 2, Top + 9, B, 7.5, "2");
        p.TextCenter((xs[3] + xs[4]) / 2, Top + 9, B, 7.5, "3");
        p.TextCenter((xs[4] + xs[8]) / 2, Top + 9, B, 7.5, "4");
        p.TextCenter((xs[8] + X1) / 2, Top + 9, B, 7.5, "5");
        HeadText(p, xs[1], xs[3], Top + 20, FormText.AppendixCol2);
        HeadText(p, xs[3], xs[4], Top + 20, FormText.AppendixCol3);
        HeadText(p, xs[4], xs[8], Top + 20, FormText.AppendixCol4);
        HeadText(p, xs[8], X1, Top + 20, FormText.AppendixCol5);
        p.TextCenter((xs[0] + xs[1]) / 2, SubTop + 16, B, 7, "State");
        p.TextCenter((xs[1] + xs[2]) / 2, SubTop + 16, R, 7, "Yes");
        p.TextCenter((xs[2] + xs[3]) / 2, SubTop + 16, R, 7, "No");
        p.TextCenter((xs[8] + xs[9]) / 2, SubTop + 16, R, 7, "Yes");
        p.TextCenter((xs[9] + xs[10]) / 2, SubTop + 16, R, 7, "No");
        string[][] sub = [["Number of", "Accredited", "Investors"], ["Amount"], ["Number of", "Non-Accredited", "Investors"], ["Amount"]];
        for (var k = 0; k < 4; k++)
        {
            var c = (xs[4 + k] + xs[5 + k]) / 2;
            for (var l = 0; l < sub[k].Length; l++)
            {
                p.TextCenter(c, SubTop + 8 + (l * 7.5) + (sub[k].Length == 1 ? 8 : 0), R, 6.3, sub[k][l]);
            }
        }

        var typedSize = Math.Min(s.TypedSize, 9);
        for (var k = 0; k < states.Count; k++)
        {
            var t = RowsTop + (k * rowH);
            if (k > 0)
            {
                p.Line(X0, t, X1, t, 0.6);
            }

            p.TextCenter((xs[0] + xs[1]) / 2, t + (rowH / 2) + 3, B, 8, states[k]);
            var row = f.StateAppendix.FirstOrDefault(r => r.State == states[k]);
            if (row is null)
            {
                continue;
            }

            var cy = t + (rowH / 2);
            if (row.IntendsToSellNonAccredited is { } yes)
            {
                Ink.CellMark(p, yes ? (xs[1] + xs[2]) / 2 : (xs[2] + xs[3]) / 2, cy, rng.Pick(s.Marks), s.MarkWeight, rng);
            }

            if (row.Disqualified is { } dq)
            {
                Ink.CellMark(p, dq ? (xs[8] + xs[9]) / 2 : (xs[9] + xs[10]) / 2, cy, rng.Pick(s.Marks), s.MarkWeight, rng);
            }

            var col3 = row.SecurityTypeAndOfferingPrice ?? string.Empty;
            var lines = PsPage.Wrap(col3, s.TypedFont, typedSize, xs[4] - xs[3] - 6);
            if (lines.Count == 1)
            {
                p.Typed(xs[3] + 3 + rng.Range(0, Math.Max(0, xs[4] - xs[3] - 6 - FontMetrics.Width(s.TypedFont, typedSize, col3)) / 3), cy + 3, s.TypedFont, typedSize, col3, s.TypedInk);
            }
            else
            {
                for (var l = 0; l < Math.Min(2, lines.Count); l++)
                {
                    p.Typed(xs[3] + 3, cy - 1 + (l * (typedSize - 0.5)), s.TypedFont, typedSize - 1, lines[l], s.TypedInk);
                }
            }

            string[] cells = [typist.Count(row.AccreditedNumber), typist.Amount(row.AccreditedAmount), typist.Count(row.NonAccreditedNumber), typist.Amount(row.NonAccreditedAmount)];
            for (var c = 0; c < 4; c++)
            {
                var text = cells[c];
                if (text.Length == 0)
                {
                    continue;
                }

                var size = typedSize;
                var avail = xs[5 + c] - xs[4 + c] - 6;
                while (FontMetrics.Width(s.TypedFont, size, text) > avail && size > 6)
                {
                    size -= 0.5;
                }

                var tw = FontMetrics.Width(s.TypedFont, size, text);
                var slack = Math.Max(0, avail - tw);
                p.Typed(xs[4 + c] + 3 + rng.Range(0, slack), cy + 3 + rng.Range(-1.5, 1.5), s.TypedFont, size, text, s.TypedInk);
            }
        }

        Footer(p);
        return p.ToPostScript();
    }

    private void HeadText(PsPage p, double x1, double x2, double top, string text)
    {
        var lines = PsPage.Wrap(text, R, 6.5, x2 - x1 - 6);
        for (var l = 0; l < lines.Count; l++)
        {
            p.TextCenter((x1 + x2) / 2, top + (l * 8), R, 6.5, lines[l]);
        }
    }

    // ---- building blocks --------------------------------------------------------------------------

    private void Band(PsPage p, double top, string text)
    {
        p.Rect(X0, top, W, 15, 1.1);
        p.TextCenter(306, top + 11, B, text.Length > 40 ? 8.6 : 9.5, text);
    }

    private void Footer(PsPage p) => p.Text(X0, 772, R, 6.5, FormText.OffRecordNumber);

    private void FieldRow(PsPage p, double top, double h, string[] leftLabel, double split, string[] rightLabel, out Slot left, out Slot right)
    {
        p.Rect(X0, top, split - X0, h, 0.6);
        p.Rect(split, top, X1 - split, h, 0.6);
        for (var k = 0; k < leftLabel.Length; k++)
        {
            p.Text(X0 + 3, top + 8 + (k * 8), R, LabelSize, leftLabel[k]);
        }

        for (var k = 0; k < rightLabel.Length; k++)
        {
            p.Text(split + 3, top + 8 + (k * 8), R, LabelSize, rightLabel[k]);
        }

        var lt = top + 3 + (8 * leftLabel.Length);
        var rt = top + 3 + (8 * rightLabel.Length);
        left = new Slot(X0 + 5, lt, split - X0 - 10, top + h - lt - 1);
        right = new Slot(split + 5, rt, X1 - split - 10, top + h - rt - 1);
    }

    private void ColumnHeads(PsPage p, double top, string[] a, string[] b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            p.TextCenter((ColA1 + ColA2) / 2, top + 8 + (k * 8.5), B, 7.2, a[k]);
        }

        for (var k = 0; k < b.Length; k++)
        {
            p.TextCenter((ColB1 + ColB2) / 2, top + 8 + (k * 8.5), B, 7.2, b[k]);
        }
    }

    private void AmountPair(PsPage p, double labelEnd, double y, string a, string b)
    {
        p.Leader(labelEnd + 2, ColA1 - 4, y, R, 7.8);
        p.Text(ColA1, y, R, 7.8, "$");
        p.Line(ColA1 + 8, y + 2, ColA2, y + 2, 0.6);
        TypeAmount(p, ColA1 + 10, ColA2, y, a);
        p.Text(ColB1 - 8, y, R, 7.8, "$");
        p.Line(ColB1, y + 2, ColB2, y + 2, 0.6);
        TypeAmount(p, ColB1 + 2, ColB2, y, b);
    }

    /// <summary>An amount on its rule: right-aligned or left-aligned as filers did, a little above the rule.</summary>
    private void TypeAmount(PsPage p, double x1, double x2, double baseline, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var size = s.TypedSize;
        while (FontMetrics.Width(s.TypedFont, size, text) > x2 - x1 - 2 && size > 6.5)
        {
            size -= 0.5;
        }

        var w = FontMetrics.Width(s.TypedFont, size, text);
        var slack = Math.Max(0, x2 - x1 - w - 2);
        var x = rng.Chance(0.55) ? x2 - w - 2 - rng.Range(0, Math.Min(8, slack)) : x1 + rng.Range(0, Math.Min(s.Jitter, slack));
        p.Typed(x, baseline - rng.Range(0.3, 2.2), s.TypedFont, size, text, s.TypedInk);
    }

    /// <summary>A free-text entry inside its field; long entries shrink, and some run into the line below.</summary>
    private void Type(PsPage p, Slot slot, string? text, bool overflow = false, double? jitter = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var size = s.TypedSize;
        while (FontMetrics.Width(s.TypedFont, size, text) > slot.W && size > 6.5)
        {
            size -= 0.5;
        }

        var w = FontMetrics.Width(s.TypedFont, size, text);
        var slack = Math.Max(0, slot.W - w);
        var x = slot.X + rng.Range(0, Math.Min(jitter ?? s.Jitter, slack));
        var capHeight = size * 0.62;
        var lowest = slot.Bottom - 2.5;
        var highest = Math.Min(lowest, slot.Top + capHeight + 1);
        var baseline = rng.Range(highest, lowest);
        if (overflow && rng.Chance(s.OverflowRate))
        {
            // Typed below the field's bottom rule, into the label of the next field.
            baseline = slot.Bottom + rng.Range(2, 5);
        }

        p.Typed(x, baseline, s.TypedFont, size, text, s.TypedInk);
    }

    private void TypeLines(PsPage p, Slot slot, string? text, int maxLines)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var lines = PsPage.Wrap(text, s.TypedFont, s.TypedSize, slot.W - s.Jitter);
        if (lines.Count <= 1 || maxLines <= 1)
        {
            Type(p, slot, text, overflow: true);
            return;
        }

        var lead = s.TypedSize * 1.2;
        var x = slot.X + rng.Range(0, s.Jitter);
        var y = slot.Top + (s.TypedSize * 0.9) + rng.Range(0, 2);
        foreach (var line in lines.Take(maxLines))
        {
            p.Typed(x, y, s.TypedFont, s.TypedSize, line, s.TypedInk);
            y += lead;
        }
    }

    private double CheckLabel(PsPage p, double x, double baseline, string label, bool on, double size)
    {
        p.Box(x, baseline - 6.8);
        if (on)
        {
            MarkBox(p, x, baseline - 6.8);
        }

        return TextEnd(p, x + 10, baseline, R, size, label);
    }

    private void YesNo(PsPage p, double yesX, double noX, double baseline, bool? value)
    {
        p.Box(yesX, baseline - 6.8);
        p.Box(noX, baseline - 6.8);
        if (value is { } v)
        {
            MarkBox(p, v ? yesX : noX, baseline - 6.8);
        }
    }

    private void MarkBox(PsPage p, double x, double top) =>
        Ink.Mark(p, x, top, 7, rng.Pick(s.Marks), s.MarkWeight * rng.Range(0.85, 1.15), rng);

    private static double TextEnd(PsPage p, double x, double baseline, string font, double size, string text)
    {
        p.Text(x, baseline, font, size, text);
        return x + FontMetrics.Width(font, size, text);
    }
}
