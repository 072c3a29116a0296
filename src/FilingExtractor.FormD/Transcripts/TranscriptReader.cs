using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FilingExtractor.FormD.Values;
using FilingExtractor.Model;

namespace FilingExtractor.FormD.Transcripts;

/// <summary>
/// Reads a text transcript of a scanned paper Form D (like the Capstone transcript: the form's wording
/// with the typed entries, markdown tables, tab-separated rows and HTML fragments for checkboxes) into
/// the same <see cref="Filing"/> model as a scan. Labels anchor the values, in the form's order; a box
/// whose state the transcript lost stays null.
/// </summary>
public static partial class TranscriptReader
{
    private enum Section
    {
        Cover,
        Issuer,
        Instructions,
        RelatedPersons,
        B,
        C,
        D,
        E,
        Appendix,
    }

    /// <summary>Reads a transcript file; the filing id derives from the file's bytes.</summary>
    public static Filing ReadFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Read(Encoding.UTF8.GetString(bytes), path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static Filing Read(string text, string path, string sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sha256);
        var filing = new Filing
        {
            FilingId = sha256[..16],
            Source = new SourceInfo { Path = path, Sha256 = sha256, Kind = SourceKinds.Transcript },
        };
        var lines = SplitLines(text);
        new Reader(filing, lines).Run();
        return filing;
    }

    private static List<TranscriptLine> SplitLines(string text)
    {
        var result = new List<TranscriptLine>();
        var offset = 0;
        foreach (var raw in text.Split('\n'))
        {
            result.Add(new TranscriptLine(raw.TrimEnd('\r'), offset));
            offset += raw.Length + 1;
        }

        return result;
    }

    /// <summary>Parses one transcript; holds the position and the section being read.</summary>
    private sealed class Reader(Filing filing, List<TranscriptLine> lines)
    {
        private readonly ProvenanceRecorder prov = new(filing, ValueOrigins.Transcript);
        private Section section = Section.Cover;
        private RelatedPerson? person;
        private List<string>? personUnreadable;
        private SalesCompensationRecipient? recipient;
        private int personIndex;
        private bool sawStateSignature;

        public void Run()
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var text = line.Text.Trim();
                if (text.Length == 0 && !line.HasBoxes)
                {
                    continue;
                }

                if (SwitchSection(text))
                {
                    continue;
                }

                switch (section)
                {
                    case Section.Cover:
                    case Section.Issuer:
                        CoverOrIssuer(i, line, text);
                        break;
                    case Section.RelatedPersons:
                        RelatedPersonLine(i, line, text);
                        break;
                    case Section.B:
                        SectionB(i, line, text);
                        break;
                    case Section.C:
                        SectionC(line, text);
                        break;
                    case Section.D:
                        SignatureLine(i, line, filing.Signature, "signature");
                        break;
                    case Section.E:
                        SectionE(i, line, text);
                        break;
                    case Section.Appendix:
                        AppendixLine(line);
                        break;
                    case Section.Instructions:
                        break;
                }
            }

            FlushPerson();
            FlushRecipient();
            DeriveSubmissionType();
        }

        private bool SwitchSection(string text)
        {
            Section? next = text switch
            {
                _ when text.StartsWith("GENERAL INSTRUCTIONS", StringComparison.Ordinal) => Section.Instructions,
                _ when text.StartsWith("1. Enter the information requested about the issuer", StringComparison.Ordinal) => Section.Issuer,
                _ when text.StartsWith("2. Enter the information requested for the following", StringComparison.Ordinal) => Section.RelatedPersons,
                _ when text.StartsWith("A. BASIC IDENTIFICATION DATA", StringComparison.Ordinal) => section == Section.Instructions ? Section.RelatedPersons : section,
                _ when text.StartsWith("B. INFORMATION ABOUT OFFERING", StringComparison.Ordinal) => Section.B,
                _ when text.StartsWith("C. OFFERING PRICE", StringComparison.Ordinal) => Section.C,
                _ when text.StartsWith("D. FEDERAL SIGNATURE", StringComparison.Ordinal) => Section.D,
                _ when text.StartsWith("E. STATE SIGNATURE", StringComparison.Ordinal) => Section.E,
                _ when text.StartsWith("APPENDIX", StringComparison.Ordinal) => Section.Appendix,
                _ => null,
            };
            if (next is not { } s)
            {
                return false;
            }

            if (s != section)
            {
                FlushPerson();
                FlushRecipient();
            }

            section = s;
            return true;
        }

        // ---- cover and A.1 ----------------------------------------------------------------------------

        private void CoverOrIssuer(int i, TranscriptLine line, string text)
        {
            if (text.StartsWith("Name of Offering", StringComparison.Ordinal))
            {
                if (NextValue(i) is { } v)
                {
                    filing.OfferingName = v.Text.Trim();
                    prov.Text("offeringName", v.Text.Trim(), v.Offset);
                }
            }
            else if (text.StartsWith("Filing Under", StringComparison.Ordinal))
            {
                var f = filing.FilingUnder;
                f.Rule504 = Box(line, "Rule 504", "filingUnder.rule504");
                f.Rule505 = Box(line, "Rule 505", "filingUnder.rule505");
                f.Rule506 = Box(line, "Rule 506", "filingUnder.rule506");
                f.Section4_6 = Box(line, "Section 4(6)", "filingUnder.section4_6");
                f.Uloe = Box(line, "ULOE", "filingUnder.uloe");
            }
            else if (text.StartsWith("Type of Filing", StringComparison.Ordinal))
            {
                filing.TypeOfFiling.NewFiling = Box(line, "New Filing", "typeOfFiling.newFiling");
                filing.TypeOfFiling.Amendment = Box(line, "Amendment", "typeOfFiling.amendment");
            }
            else if (text.StartsWith("Name of Issuer", StringComparison.Ordinal))
            {
                SetText(NextValue(i), v => filing.PrimaryIssuer.EntityName = v, "primaryIssuer.entityName");
            }
            else if (text.StartsWith("Address of Executive Offices", StringComparison.Ordinal))
            {
                if (NextValue(i) is { } v)
                {
                    filing.PrimaryIssuer.IssuerAddress = AddressParser.Parse(v.Text);
                    RecordAddress("primaryIssuer.issuerAddress", v);
                    var phone = FindAfter(i, "Telephone Number");
                    if (phone is { } p && NextValue(p) is { } pv)
                    {
                        filing.PrimaryIssuer.IssuerPhoneNumber = PhoneParser.Normalize(pv.Text);
                        prov.Text("primaryIssuer.issuerPhoneNumber", pv.Text.Trim(), pv.Offset);
                    }
                }
            }
            else if (text.StartsWith("Address of Principal Business Operations", StringComparison.Ordinal))
            {
                if (NextValue(i) is { } v)
                {
                    filing.PrimaryIssuer.PrincipalBusinessAddress = AddressParser.Parse(v.Text);
                    RecordAddress("primaryIssuer.principalBusinessAddress", v);
                }

                if (FindAfter(i, "Telephone Number") is { } p && NextValue(p) is { } pv)
                {
                    filing.PrimaryIssuer.PrincipalBusinessPhoneNumber = PhoneParser.Normalize(pv.Text);
                    prov.Text("primaryIssuer.principalBusinessPhoneNumber", pv.Text.Trim(), pv.Offset);
                }
            }
            else if (text.StartsWith("Brief Description of Business", StringComparison.Ordinal))
            {
                SetText(NextValue(i), v => filing.PrimaryIssuer.DescriptionOfBusiness = v, "primaryIssuer.descriptionOfBusiness");
            }
            else if (text.StartsWith("Type of Business Organization", StringComparison.Ordinal))
            {
                EntityType(i);
            }
            else if (text.StartsWith("Actual or Estimated Date of Incorporation", StringComparison.Ordinal))
            {
                IncorporationDate(line, text);
            }
            else if (text.StartsWith("Jurisdiction of Incorporation", StringComparison.Ordinal))
            {
                var after = text[(text.LastIndexOf(')') + 1)..].Trim();
                var value = after.Length > 0 ? after : NextValue(i)?.Text.Trim();
                if (value is { Length: 2 } && value.All(char.IsAsciiLetterUpper))
                {
                    filing.PrimaryIssuer.JurisdictionOfInc = value;
                    prov.Text("primaryIssuer.jurisdictionOfInc", value, line.Offset);
                }
            }
        }

        private void EntityType(int i)
        {
            // The organisation boxes sit on the one or two lines after the heading.
            var boxLines = lines.Skip(i + 1).Take(3).Where(l => !l.IsBlank).ToList();
            (string Label, string Type)[] options =
            [
                ("corporation", EntityTypes.Corporation),
                ("business trust", EntityTypes.BusinessTrust),
                ("limited partnership, already formed", EntityTypes.LimitedPartnership),
                ("limited partnership, to be formed", EntityTypes.LimitedPartnershipToBeFormed),
                ("other", EntityTypes.Other),
            ];
            foreach (var (label, type) in options)
            {
                foreach (var l in boxLines)
                {
                    if (l.BoxBefore(label) == true)
                    {
                        filing.PrimaryIssuer.EntityType = type;
                        prov.Text("primaryIssuer.entityType", label, l.Offset);
                        if (type == EntityTypes.Other && OtherSpecified().Match(l.Text) is { Success: true } m)
                        {
                            filing.PrimaryIssuer.EntityTypeOtherDescription = m.Groups[1].Value.Trim();
                        }

                        return;
                    }
                }
            }
        }

        private void IncorporationDate(TranscriptLine line, string text)
        {
            if (MonthYear().Match(text) is { Success: true } m)
            {
                filing.PrimaryIssuer.MonthOfInc = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                var y = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                filing.PrimaryIssuer.YearOfInc = y < 100 ? (y > 29 ? 1900 + y : 2000 + y) : y;
                prov.Text("primaryIssuer.monthOfInc", m.Groups[1].Value, line.Offset);
                prov.Text("primaryIssuer.yearOfInc", m.Groups[2].Value, line.Offset);
            }

            var actual = line.BoxBefore("Actual");
            var estimated = line.BoxBefore("Estimated");
            filing.PrimaryIssuer.IncorporationDateIsEstimate = estimated == true ? true : actual == true ? false : null;
        }

        // ---- A.2 --------------------------------------------------------------------------------------

        private void RelatedPersonLine(int i, TranscriptLine line, string text)
        {
            if (text.StartsWith("Check Box(es) that Apply", StringComparison.Ordinal))
            {
                FlushPerson();
                person = new RelatedPerson();
                personUnreadable = [];
                foreach (var role in Relationships.All)
                {
                    switch (line.BoxBefore(role))
                    {
                        case true:
                            person.Relationships.Add(role);
                            break;
                        case null:
                            personUnreadable.Add(role);
                            break;
                    }
                }
            }
            else if (text.StartsWith("Full Name", StringComparison.Ordinal) && person is not null)
            {
                if (NextValue(i) is { } v)
                {
                    var n = NameParser.Parse(v.Text);
                    person.LastName = n.Last;
                    person.FirstName = n.First;
                    person.MiddleName = n.Middle;
                    person.Suffix = n.Suffix;
                    person.IsEntity = n.IsEntity;
                    var p = $"relatedPersons[{personIndex}]";
                    prov.Text(p + ".lastName", v.Text.Trim(), v.Offset);
                    prov.Text(p + ".firstName", v.Text.Trim(), v.Offset);
                }
            }
            else if (text.StartsWith("Business or Residence Address", StringComparison.Ordinal) && person is not null)
            {
                if (NextValue(i) is { } v)
                {
                    person.Address = AddressParser.Parse(v.Text);
                    RecordAddress($"relatedPersons[{personIndex}].address", v);
                }
            }
        }

        private void FlushPerson()
        {
            if (person is { LastName: not null })
            {
                person.UnreadableRelationships = personUnreadable ?? [];
                filing.RelatedPersons.Add(person);
                personIndex++;
            }
            else
            {
                // An empty block: drop the provenance recorded for its index.
                foreach (var key in filing.Provenance.Keys.Where(k => k.StartsWith($"relatedPersons[{personIndex}].", StringComparison.Ordinal)).ToList())
                {
                    filing.Provenance.Remove(key);
                }
            }

            person = null;
            personUnreadable = null;
        }

        // ---- B ----------------------------------------------------------------------------------------

        private void SectionB(int i, TranscriptLine line, string text)
        {
            var o = filing.Offering;
            if (text.StartsWith("1. Has the issuer sold", StringComparison.Ordinal))
            {
                o.SellsToNonAccredited = YesNo(line, "offering.sellsToNonAccredited");
            }
            else if (text.StartsWith("2. What is the minimum investment", StringComparison.Ordinal))
            {
                var after = text[(text.IndexOf('?', StringComparison.Ordinal) + 1)..];
                var a = AmountParser.Parse(after);
                o.MinimumInvestmentAccepted = a.Value;
                prov.Text("offering.minimumInvestmentAccepted", a.Text.Trim(), line.Offset);
            }
            else if (text.StartsWith("3. Does the offering permit joint ownership", StringComparison.Ordinal))
            {
                o.PermitsJointOwnership = YesNo(line, "offering.permitsJointOwnership");
            }
            else if (text.StartsWith("Full Name", StringComparison.Ordinal))
            {
                FlushRecipient();
                recipient = new SalesCompensationRecipient();
                if (NextValue(i) is { } v)
                {
                    var n = NameParser.Parse(v.Text);
                    (recipient.LastName, recipient.FirstName, recipient.MiddleName, recipient.IsEntity) = (n.Last, n.First, n.Middle, n.IsEntity);
                }
            }
            else if (recipient is not null && text.StartsWith("Business or Residence Address", StringComparison.Ordinal))
            {
                if (NextValue(i) is { } v)
                {
                    recipient.Address = AddressParser.Parse(v.Text);
                }
            }
            else if (recipient is not null && text.StartsWith("Name of Associated Broker or Dealer", StringComparison.Ordinal))
            {
                recipient.AssociatedBrokerDealer = NextValue(i)?.Text.Trim();
            }
            else if (recipient is not null && text.StartsWith("(Check \"All States\"", StringComparison.Ordinal))
            {
                recipient.AllStates = line.BoxBefore("All States");
            }
            else if (recipient is not null && text.StartsWith('|'))
            {
                foreach (var cell in line.Raw.Split('|'))
                {
                    var t = new TranscriptLine(cell, line.Offset);
                    var code = t.Text.Trim().Trim('[', ']');
                    if (t.CellBox(0) == true && UsStates.Codes.Contains(code))
                    {
                        recipient.States.Add(code);
                    }
                }
            }
        }

        private void FlushRecipient()
        {
            if (recipient is { LastName: not null })
            {
                filing.Offering.SalesCompensation.Add(recipient);
            }

            recipient = null;
        }

        // ---- C ----------------------------------------------------------------------------------------

        /// <summary>Which question of Part C the lines belong to (1, 2, 3, 4 for 4.a, 5 for 4.b and 5).</summary>
        private int cQuestion;

        private void SectionC(TranscriptLine line, string text)
        {
            var o = filing.Offering;
            if (CQuestion().Match(text) is { Success: true } q)
            {
                cQuestion = q.Groups[1].Value[0] - '0';
                if (cQuestion == 1)
                {
                    o.IsExchangeOffering = line.HasBoxes ? line.Tokens.OfType<BoxToken>().First().Checked : null;
                }
            }

            if (text.Contains("adjusted gross proceeds to the issuer.\"", StringComparison.Ordinal) || text.StartsWith("b. Enter the difference", StringComparison.Ordinal))
            {
                var dollar = text.LastIndexOf('$');
                if (dollar >= 0)
                {
                    o.AdjustedGrossProceeds = Amount(text[dollar..], "offering.adjustedGrossProceeds", line);
                }

                return;
            }

            if (cQuestion == 1 && line.HasBoxes && text.Contains("Common", StringComparison.Ordinal) && text.Contains("Preferred", StringComparison.Ordinal))
            {
                o.EquityCommon = line.BoxBefore("Common");
                o.EquityPreferred = line.BoxBefore("Preferred");
                return;
            }

            if (line.Cells.Count < 2)
            {
                return;
            }

            var first = Leader().Replace(line.Cell(0), string.Empty).Trim();
            var isTotal = first.StartsWith("Total", StringComparison.Ordinal);
            switch (cQuestion)
            {
                case 1 when SecurityRow(first) is { } type:
                    SecurityLine(line, type, first);
                    break;
                case 1 when isTotal:
                    o.TotalOfferingAmount = Amount(line.Cell(1), "offering.totalOfferingAmount", line);
                    o.TotalAmountSold = Amount(line.Cell(2), "offering.totalAmountSold", line);
                    break;
                case 2 when first.StartsWith("Accredited", StringComparison.OrdinalIgnoreCase):
                    o.Investors.AccreditedNumber = Count(line.Cell(1), "offering.investors.accreditedNumber", line);
                    o.Investors.AccreditedAmount = Amount(line.Cell(2), "offering.investors.accreditedAmount", line);
                    break;
                case 2 when first.StartsWith("Non-accredited", StringComparison.OrdinalIgnoreCase):
                    o.Investors.NonAccreditedNumber = Count(line.Cell(1), "offering.investors.nonAccreditedNumber", line);
                    o.Investors.NonAccreditedAmount = Amount(line.Cell(2), "offering.investors.nonAccreditedAmount", line);
                    break;
                case 2 when isTotal:
                    o.Investors.Rule504TotalNumber = Count(line.Cell(1), "offering.investors.rule504TotalNumber", line);
                    o.Investors.Rule504TotalAmount = Amount(line.Cell(2), "offering.investors.rule504TotalAmount", line);
                    break;
                case 3 when first is "Rule 505" or "Regulation A" or "Rule 504":
                    var idx = o.PriorOfferings.Count;
                    var typeOfSecurity = line.Cell(1);
                    o.PriorOfferings.Add(new PriorOffering
                    {
                        TypeOfOffering = first,
                        TypeOfSecurity = typeOfSecurity.Length > 0 ? typeOfSecurity : null,
                        AmountSold = Amount(line.Cell(2), $"offering.priorOfferings[{idx}].amountSold", line),
                    });
                    break;
                case 3 when isTotal:
                    o.PriorOfferingsTotal = Amount(line.Cell(line.Cells.Count - 1), "offering.priorOfferingsTotal", line);
                    break;
                case 4 when ExpenseRow(first) is { } item:
                    var e = o.Expenses.Count;
                    o.Expenses.Add(new ExpenseLine
                    {
                        Item = item,
                        Description = item == ExpenseItems.Other ? Specified(first) : null,
                        IsEstimate = line.CellBox(1),
                        Amount = Amount(line.Cell(2), $"offering.expenses[{e}].amount", line),
                    });
                    break;
                case 4 when isTotal:
                    o.TotalExpensesIsEstimate = line.CellBox(1);
                    o.TotalExpenses = Amount(line.Cell(2), "offering.totalExpenses", line);
                    break;
                case 5 when ProceedsRow(first) is { } purpose:
                    var u = o.UseOfProceeds.Count;
                    var p = $"offering.useOfProceeds[{u}]";
                    o.UseOfProceeds.Add(new UseOfProceedsLine
                    {
                        Purpose = purpose,
                        Description = purpose == ProceedsPurposes.Other ? Specified(first) : null,
                        ToAffiliatesIsEstimate = line.CellBox(1),
                        ToAffiliates = Amount(line.Cell(1), p + ".toAffiliates", line),
                        ToOthersIsEstimate = line.CellBox(2),
                        ToOthers = Amount(line.Cell(2), p + ".toOthers", line),
                    });
                    break;
                case 5 when first.StartsWith("Column Totals", StringComparison.Ordinal):
                    o.ColumnTotalToAffiliates = Amount(line.Cell(1), "offering.columnTotalToAffiliates", line);
                    o.ColumnTotalToOthers = Amount(line.Cell(2), "offering.columnTotalToOthers", line);
                    break;
                case 5 when first.StartsWith("Total Payments Listed", StringComparison.Ordinal):
                    o.TotalPaymentsListed = Amount(line.Cell(1), "offering.totalPaymentsListed", line);
                    break;
            }
        }

        private void SecurityLine(TranscriptLine line, string type, string label)
        {
            var o = filing.Offering;
            var idx = o.Securities.Count;
            var p = $"offering.securities[{idx}]";
            o.Securities.Add(new SecurityLine
            {
                Type = type,
                Description = type == SecurityTypes.Other ? Specified(label) : null,
                AggregateOfferingPrice = Amount(line.Cell(1), p + ".aggregateOfferingPrice", line),
                AmountAlreadySold = Amount(line.Cell(2), p + ".amountAlreadySold", line),
            });
        }

        private static string? SecurityRow(string label) => label switch
        {
            _ when label.StartsWith("Debt", StringComparison.Ordinal) => SecurityTypes.Debt,
            _ when label.StartsWith("Equity", StringComparison.Ordinal) => SecurityTypes.Equity,
            _ when label.StartsWith("Convertible Securities", StringComparison.Ordinal) => SecurityTypes.Convertible,
            _ when label.StartsWith("Partnership Interests", StringComparison.Ordinal) => SecurityTypes.Partnership,
            _ when label.StartsWith("Other (Specify", StringComparison.Ordinal) => SecurityTypes.Other,
            _ => null,
        };

        private static string? ExpenseRow(string label) => label switch
        {
            _ when label.StartsWith("Transfer Agent", StringComparison.Ordinal) => ExpenseItems.TransferAgentFees,
            _ when label.StartsWith("Printing and Engraving", StringComparison.Ordinal) => ExpenseItems.PrintingAndEngravingCosts,
            _ when label.StartsWith("Legal Fees", StringComparison.Ordinal) => ExpenseItems.LegalFees,
            _ when label.StartsWith("Accounting Fees", StringComparison.Ordinal) => ExpenseItems.AccountingFees,
            _ when label.StartsWith("Engineering Fees", StringComparison.Ordinal) => ExpenseItems.EngineeringFees,
            _ when label.StartsWith("Sales Commissions", StringComparison.Ordinal) => ExpenseItems.SalesCommissions,
            _ when label.StartsWith("Finders", StringComparison.Ordinal) => ExpenseItems.FindersFees,
            _ when label.StartsWith("Other Expenses", StringComparison.Ordinal) => ExpenseItems.Other,
            _ => null,
        };

        private static string? ProceedsRow(string label) => label switch
        {
            _ when label.StartsWith("Salaries and fees", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.SalariesAndFees,
            _ when label.StartsWith("Purchase of real estate", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.PurchaseOfRealEstate,
            _ when label.StartsWith("Purchase, rental or leasing", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.MachineryAndEquipment,
            _ when label.StartsWith("Construction or leasing", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.ConstructionOfPlant,
            _ when label.StartsWith("Acquisition of other businesses", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.AcquisitionOfBusinesses,
            _ when label.StartsWith("Repayment of indebtedness", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.RepaymentOfIndebtedness,
            _ when label.StartsWith("Working capital", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.WorkingCapital,
            _ when label.StartsWith("Other (specify)", StringComparison.OrdinalIgnoreCase) => ProceedsPurposes.Other,
            _ => null,
        };

        /// <summary>The text written in a "(specify) ____" or "(identify) ____" blank, or null.</summary>
        private static string? Specified(string label)
        {
            var m = SpecifiedText().Match(label);
            var t = m.Success ? m.Groups[1].Value.Trim(' ', '_', ')', ':') : string.Empty;
            return t.Length > 0 ? t : null;
        }

        // ---- D and E ----------------------------------------------------------------------------------

        private void SectionE(int i, TranscriptLine line, string text)
        {
            if (text.StartsWith("1. Is any party described in 17 CFR 230.262", StringComparison.Ordinal))
            {
                filing.IssuerDisqualifiedRule262 = YesNo(line, "issuerDisqualifiedRule262");
                return;
            }

            if (text.StartsWith("Issuer (Print or Type)", StringComparison.Ordinal) || text.StartsWith("Name of Signer", StringComparison.Ordinal))
            {
                filing.StateSignature ??= new Signature();
                sawStateSignature = true;
            }

            if (sawStateSignature && filing.StateSignature is { } s)
            {
                SignatureLine(i, line, s, "stateSignature");
            }
        }

        private void SignatureLine(int i, TranscriptLine line, Signature s, string path)
        {
            for (var c = 0; c < line.Cells.Count; c++)
            {
                var cell = line.Cell(c);
                if (Strip(cell, "Issuer (Print or Type)") is { } issuer)
                {
                    s.IssuerName = issuer.Length > 0 ? issuer : NextValue(i)?.Text.Trim();
                    prov.Text(path + ".issuerName", s.IssuerName, line.Offset);
                }
                else if (Strip(cell, "Signature") is { } sig)
                {
                    s.Signed = sig.Length > 0 ? true : null;
                }
                else if (Strip(cell, "Date") is { } date)
                {
                    s.SignatureDate = DateParser.Parse(date);
                    prov.Text(path + ".signatureDate", date, line.Offset);
                }
                else if (Strip(cell, "Name of Signer (Print or Type)") is { } name)
                {
                    s.NameOfSigner = name.Length > 0 ? name : null;
                    prov.Text(path + ".nameOfSigner", name, line.Offset);
                }
                else if (Strip(cell, "Title of Signer (Print or Type)") is { } title)
                {
                    s.SignatureTitle = title.Length > 0 ? title : null;
                    prov.Text(path + ".signatureTitle", title, line.Offset);
                }
            }
        }

        private static string? Strip(string cell, string label) =>
            cell.StartsWith(label, StringComparison.Ordinal) ? cell[label.Length..].Trim() : null;

        // ---- Appendix ---------------------------------------------------------------------------------

        private void AppendixLine(TranscriptLine line)
        {
            var state = line.Cell(0);
            if (!UsStates.Codes.Contains(state) || line.Cells.Count < 2)
            {
                return;
            }

            var cells = Enumerable.Range(1, 9).Select(line.Cell).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                return;
            }

            var idx = filing.StateAppendix.Count;
            var p = $"stateAppendix[{idx}]";
            var column3 = cells[2];
            var row = new StateAppendixRow
            {
                State = state,
                IntendsToSellNonAccredited = Mark(cells[0], cells[1]),
                SecurityTypeAndOfferingPrice = column3.Length > 0 ? column3 : null,
                OfferingPriceInState = column3.Contains('$', StringComparison.Ordinal) ? AmountParser.Parse(column3[column3.IndexOf('$', StringComparison.Ordinal)..]).Value : null,
                AccreditedNumber = Count(cells[3], p + ".accreditedNumber", line),
                AccreditedAmount = Amount(cells[4], p + ".accreditedAmount", line),
                NonAccreditedNumber = Count(cells[5], p + ".nonAccreditedNumber", line),
                NonAccreditedAmount = Amount(cells[6], p + ".nonAccreditedAmount", line),
                Disqualified = Mark(cells[7], cells[8]),
            };
            prov.Text(p + ".state", state, line.Offset);
            filing.StateAppendix.Add(row);
        }

        /// <summary>A Yes/No column pair marked with an X: true, false, or null when neither is marked.</summary>
        private static bool? Mark(string yes, string no) =>
            IsMark(yes) ? true : IsMark(no) ? false : null;

        private static bool IsMark(string s) => s.Trim() is "X" or "x" or "✓" or "✔";

        // ---- helpers ----------------------------------------------------------------------------------

        private bool? Box(TranscriptLine line, string label, string path)
        {
            var state = line.BoxBefore(label);
            if (state is not null)
            {
                prov.Text(path, label, line.Offset);
            }

            return state;
        }

        private bool? YesNo(TranscriptLine line, string path)
        {
            var yes = line.BoxBefore("Yes");
            var no = line.BoxBefore("No");
            bool? value = yes == true ? true : no == true ? false : null;
            if (value is not null)
            {
                prov.Text(path, value.Value ? "Yes" : "No", line.Offset);
            }

            return value;
        }

        private decimal? Amount(string text, string path, TranscriptLine line)
        {
            var a = AmountParser.Parse(text);
            if (a.Kind != AmountKind.Blank)
            {
                prov.Text(path, a.Text.Trim(), line.Offset);
            }

            return a.Value;
        }

        private int? Count(string text, string path, TranscriptLine line)
        {
            var a = AmountParser.Parse(text);
            if (a.Kind != AmountKind.Blank)
            {
                prov.Text(path, a.Text.Trim(), line.Offset);
            }

            return a.Value is { } v && v == decimal.Truncate(v) && v <= int.MaxValue ? (int)v : null;
        }

        private void SetText(TranscriptLine? value, Action<string> set, string path)
        {
            if (value is not null)
            {
                var t = value.Text.Trim();
                set(t);
                prov.Text(path, t, value.Offset);
            }
        }

        private void RecordAddress(string path, TranscriptLine v)
        {
            foreach (var part in new[] { "street1", "street2", "city", "stateOrCountry", "zipCode" })
            {
                prov.Text($"{path}.{part}", v.Text.Trim(), v.Offset);
            }
        }

        /// <summary>The next non-blank line after <paramref name="i"/> when it is a value, not another label.</summary>
        private TranscriptLine? NextValue(int i)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                var t = lines[j].Text.Trim();
                if (t.Length == 0)
                {
                    continue;
                }

                return IsLabel(t) ? null : lines[j];
            }

            return null;
        }

        /// <summary>The first line after <paramref name="i"/> starting with <paramref name="label"/>, within a few lines.</summary>
        private int? FindAfter(int i, string label)
        {
            for (var j = i + 1; j < Math.Min(lines.Count, i + 8); j++)
            {
                if (lines[j].Text.TrimStart().StartsWith(label, StringComparison.Ordinal))
                {
                    return j;
                }
            }

            return null;
        }

        private void DeriveSubmissionType()
        {
            filing.SubmissionType = filing.TypeOfFiling.Amendment switch
            {
                true => "D/A",
                false when filing.TypeOfFiling.NewFiling == true => "D",
                _ => filing.TypeOfFiling.NewFiling == true ? "D" : null,
            };
        }
    }

    private static bool IsLabel(string t) => Label().IsMatch(t);

    [GeneratedRegex(@"^(Name of (Offering|Issuer|Associated)|Filing Under|Type of (Filing|Business)|Address of|Telephone Number|Brief Description|Check Box|Full Name|Business or Residence|States in Which|\(Check|\(Use blank|Actual or Estimated|Jurisdiction of|[A-E]\. [A-Z]|\d\. |GENERAL INSTRUCTIONS|APPENDIX|- \||\|)")]
    private static partial Regex Label();

    /// <summary>Part C's numbered questions: "1. Enter ...", "4. a. Furnish ...", "5. Indicate ...".</summary>
    [GeneratedRegex(@"^([1-5])\.\s+(?:a\.\s+)?[A-Z]")]
    private static partial Regex CQuestion();

    [GeneratedRegex(@"\.{2,}|…+")]
    private static partial Regex Leader();

    [GeneratedRegex(@"\((?:specify|Specify|identify|please specify)\)?:?\s*(.*)$")]
    private static partial Regex SpecifiedText();

    [GeneratedRegex(@"other \(please specify\):?\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSpecified();

    [GeneratedRegex(@"Month\s*:?\s*(\d{1,2})\D+Year\s*:?\s*(\d{2,4})")]
    private static partial Regex MonthYear();
}
