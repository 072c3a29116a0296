using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using FilingExtractor.Model;
using static FilingExtractor.Edgar.FormD.XmlDocs;

namespace FilingExtractor.Edgar.FormD;

/// <summary>Where the XML being read came from.</summary>
internal sealed record FormDSource(string Path, string Sha256, string? AccessionNumber);

/// <summary>
/// Reads an electronic Form D (edgarSubmission, schema versions X0201 to X0708) into the same
/// <see cref="Filing"/> as the paper form. Elements are found by local name, so namespaced and
/// un-namespaced documents read alike; where versions differ (issuerPreviousNameList's value or
/// previousName, dateOfFirstSale's value or yetToOccur, statesOfSolicitationList's state or value,
/// Rule 506 as "06" or "06b"/"06c") each form is accepted. A field the XML does not have stays null;
/// every value set has provenance with origin "xml", the element's text and its character offset in the
/// XML document's text.
/// </summary>
internal sealed class FormDXmlReader
{
    private readonly Filing filing = new();
    private readonly int[] lineStarts;
    private readonly string xml;
    private readonly int baseOffset;

    private FormDXmlReader(string content, int start)
    {
        xml = content;
        baseOffset = start;
        var starts = new List<int> { start };
        for (var i = start; i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>Reads the Form D in <paramref name="content"/> (already known to be well-formed edgarSubmission XML).</summary>
    public static Filing Read(XDocument document, string content, int start, FormDSource source)
    {
        var reader = new FormDXmlReader(content, start);
        reader.ReadAll(document.Root!, source);
        return reader.filing;
    }

    private void ReadAll(XElement root, FormDSource source)
    {
        filing.FilingId = source.Sha256.Length >= 16 ? source.Sha256[..16] : source.Sha256;
        filing.Source = new SourceInfo { Path = source.Path, Sha256 = source.Sha256, Kind = SourceKinds.Xml };
        var offering = Child(root, "offeringData") ?? Find(root, "offeringData");

        ReadSubmissionType(root, offering);
        filing.Edgar = ReadEdgarFields(root, offering, source.AccessionNumber);
        ReadFilingUnder(offering);

        var primary = Child(root, "primaryIssuer") ?? Find(root, "primaryIssuer");
        if (primary is not null)
        {
            filing.PrimaryIssuer = ReadIssuer(primary, "primaryIssuer");
        }

        var others = Children(Locate(root, "issuerList"), "issuer").ToList();
        for (var i = 0; i < others.Count; i++)
        {
            filing.OtherIssuers.Add(ReadIssuer(others[i], Inv($"otherIssuers[{i}]")));
        }

        var persons = Children(Locate(root, "relatedPersonsList"), "relatedPersonInfo").ToList();
        for (var i = 0; i < persons.Count; i++)
        {
            filing.RelatedPersons.Add(ReadRelatedPerson(persons[i], Inv($"relatedPersons[{i}]")));
        }

        if (offering is not null)
        {
            ReadOffering(offering);
            ReadSignatures(offering);
        }

        FormDXmlReconciler.Reconcile(filing);
    }

    // ---- cover -------------------------------------------------------------------------------------

    private void ReadSubmissionType(XElement root, XElement? offering)
    {
        var typeEl = Child(root, "submissionType") ?? Find(root, "submissionType");
        var newOrAmendment = Locate(offering, "typeOfFiling", "newOrAmendment");
        var isAmendmentEl = Child(newOrAmendment, "isAmendment");
        var isAmendment = FormDValues.Boolean(isAmendmentEl?.Value);
        var type = FormDValues.Clean(typeEl?.Value)?.ToUpperInvariant();
        if (type is "D" or "D/A")
        {
            filing.SubmissionType = type;
            Source("submissionType", typeEl!);
        }
        else if (isAmendment is { } a)
        {
            filing.SubmissionType = a ? "D/A" : "D";
            Source("submissionType", isAmendmentEl!, origin: ValueOrigins.Derived);
        }

        if (isAmendment is { } amendment)
        {
            filing.TypeOfFiling.Amendment = amendment;
            filing.TypeOfFiling.NewFiling = !amendment;
            Source("typeOfFiling.amendment", isAmendmentEl!);
            Source("typeOfFiling.newFiling", isAmendmentEl!);
        }
        else if (type is "D" or "D/A")
        {
            filing.TypeOfFiling.Amendment = type == "D/A";
            filing.TypeOfFiling.NewFiling = type == "D";
            Source("typeOfFiling.amendment", typeEl!, origin: ValueOrigins.Derived);
            Source("typeOfFiling.newFiling", typeEl!, origin: ValueOrigins.Derived);
        }

        var previous = Child(newOrAmendment, "previousAccessionNumber") ?? Find(root, "previousAccessionNumber");
        if (FormDValues.Clean(previous?.Value) is { } prev)
        {
            filing.TypeOfFiling.PreviousAccessionNumber = prev;
            Source("typeOfFiling.previousAccessionNumber", previous!);
        }
    }

    /// <summary>
    /// federalExemptionsExclusions items to the paper form's "filing under" boxes. EDGAR's codes: "04",
    /// "04.1"-"04.3" Rule 504 (b)(1) and its (i)-(iii) (the "04" family is Rule 504, not Section 4);
    /// "05" Rule 505; "06" Rule 506 before the 2013 split, "06b"/"06c" Rule 506(b)/(c); "4a5" (also
    /// written "46") Securities Act Section 4(a)(5), the former 4(6); "3C..." Investment Company Act
    /// exclusions, which have no box. An unclaimed box is false; ULOE is a state exemption the electronic
    /// form does not ask about, so it stays null.
    /// </summary>
    private void ReadFilingUnder(XElement? offering)
    {
        var list = Locate(offering, "federalExemptionsExclusions");
        if (list is null)
        {
            return;
        }

        var items = Children(list, "item").Concat(Children(list, "value")).ToList();
        var written = string.Join(", ", items.Select(i => i.Value.Trim()));
        void Box(string path, Func<string, bool> claims, Action<bool> set)
        {
            var hit = items.FirstOrDefault(i => claims(i.Value.Trim().ToUpperInvariant()));
            set(hit is not null);
            if (hit is not null)
            {
                Source(path, hit);
            }
            else
            {
                Source(path, list, "federalExemptionsExclusions: " + written, ValueOrigins.Derived);
            }
        }

        Box("filingUnder.rule504", c => c.StartsWith("04", StringComparison.Ordinal) || c.StartsWith("504", StringComparison.Ordinal), v => filing.FilingUnder.Rule504 = v);
        Box("filingUnder.rule505", c => c is "05" or "505", v => filing.FilingUnder.Rule505 = v);
        Box("filingUnder.rule506", c => c is "06" or "06B" or "06C" or "506" or "506B" or "506C", v => filing.FilingUnder.Rule506 = v);
        Box("filingUnder.section4_6", c => c is "4A5" or "46" or "4(6)" or "4(A)(5)", v => filing.FilingUnder.Section4_6 = v);
    }

    private EdgarFields ReadEdgarFields(XElement root, XElement? offering, string? accession)
    {
        var e = new EdgarFields();
        if (Child(root, "schemaVersion") is { } version && FormDValues.Clean(version.Value) is { } v)
        {
            e.SchemaVersion = v;
            Source("edgar.schemaVersion", version);
        }

        e.AccessionNumber = accession;
        if ((Child(root, "submissionType") ?? Find(root, "submissionType")) is { } st && FormDValues.Clean(st.Value) is { } stv)
        {
            e.SubmissionTypeCode = stv;
            Source("edgar.submissionTypeCode", st);
        }

        var items = Children(Locate(offering, "federalExemptionsExclusions"), "item").ToList();
        foreach (var item in items)
        {
            if (FormDValues.Clean(item.Value) is { } code)
            {
                Source(Inv($"edgar.federalExemptions[{e.FederalExemptions.Count}]"), item);
                e.FederalExemptions.Add(code);
            }
        }

        var industry = Locate(offering, "industryGroup");
        e.IndustryGroupType = Text(Child(industry, "industryGroupType"), "edgar.industryGroupType");
        e.InvestmentFundType = Text(Path(industry, "investmentFundInfo", "investmentFundType") ?? Find(industry, "investmentFundType"), "edgar.investmentFundType");
        e.IsBusinessCombination = Bool(Locate(offering, "businessCombinationTransaction", "isBusinessCombinationTransaction"), "edgar.isBusinessCombination");
        e.DurationMoreThanOneYear = Bool(Locate(offering, "durationOfOffering", "moreThanOneYear"), "edgar.durationMoreThanOneYear");

        var types = Locate(offering, "typesOfSecuritiesOffered");
        foreach (var flag in types?.Elements() ?? [])
        {
            if (FormDValues.Boolean(flag.Value) == true)
            {
                Source(Inv($"edgar.typesOfSecuritiesOffered[{e.TypesOfSecuritiesOffered.Count}]"), flag);
                e.TypesOfSecuritiesOffered.Add(flag.Name.LocalName);
            }
        }

        var size = Locate(offering, "issuerSize");
        e.RevenueRange = Text(Child(size, "revenueRange"), "edgar.revenueRange");
        e.AggregateNetAssetValueRange = Text(Child(size, "aggregateNetAssetValueRange") ?? Find(offering, "aggregateNetAssetValueRange"), "edgar.aggregateNetAssetValueRange");
        return e;
    }

    // ---- A: issuers and related persons ------------------------------------------------------------

    private Issuer ReadIssuer(XElement el, string path)
    {
        var issuer = new Issuer
        {
            Cik = Text(Child(el, "cik"), path + ".cik"),
            EntityName = Text(Child(el, "entityName"), path + ".entityName"),
            IssuerAddress = ReadAddress(Child(el, "issuerAddress"), path + ".issuerAddress"),
        };

        if (Child(el, "issuerPhoneNumber") is { } phone && FormDValues.Phone(phone.Value) is { } p)
        {
            issuer.IssuerPhoneNumber = p;
            Source(path + ".issuerPhoneNumber", phone);
        }

        if (Child(el, "jurisdictionOfInc") is { } jurisdiction && FormDValues.Jurisdiction(jurisdiction.Value) is { } j)
        {
            issuer.JurisdictionOfInc = j;
            Source(path + ".jurisdictionOfInc", jurisdiction);
        }

        if (Child(el, "entityType") is { } typeEl && FormDValues.Clean(typeEl.Value) is { } type)
        {
            var known = EntityTypes.All.FirstOrDefault(t => t.Equals(type, StringComparison.OrdinalIgnoreCase));
            issuer.EntityType = known ?? EntityTypes.Other;
            Source(path + ".entityType", typeEl);
            if (known is null)
            {
                issuer.EntityTypeOtherDescription = type;
                Source(path + ".entityTypeOtherDescription", typeEl);
            }
        }

        if (issuer.EntityType == EntityTypes.Other && Child(el, "entityTypeOtherDesc") is { } other && FormDValues.Clean(other.Value) is { } desc)
        {
            issuer.EntityTypeOtherDescription = desc;
            Source(path + ".entityTypeOtherDescription", other);
        }

        // yearOfInc holds a year only "within five years"; "overFiveYears" and "yetToBeFormed" give none.
        if (Path(el, "yearOfInc", "value") is { } year && FormDValues.Integer(year.Value) is { } y)
        {
            issuer.YearOfInc = y;
            Source(path + ".yearOfInc", year);
        }

        return issuer;
    }

    private RelatedPerson ReadRelatedPerson(XElement el, string path)
    {
        var name = Child(el, "relatedPersonName");
        var firstEl = Child(name, "firstName");
        var middleEl = Child(name, "middleName");
        var lastEl = Child(name, "lastName");
        var first = FormDValues.Clean(firstEl?.Value);
        var middle = FormDValues.Clean(middleEl?.Value);
        var last = FormDValues.Clean(lastEl?.Value);
        var person = new RelatedPerson();

        var (isEntity, entityName) = FormDValues.RelatedPersonEntity(first, middle, last);
        if (isEntity)
        {
            person.IsEntity = true;
            person.LastName = entityName;
            if (entityName == last)
            {
                Source(path + ".lastName", lastEl!);
            }
            else
            {
                // Rebuilt from the fields the filer split it into: derived, with both texts shown.
                Source(path + ".lastName", lastEl!, $"{lastEl!.Value} | {firstEl?.Value} | {middleEl?.Value}".TrimEnd(' ', '|'), ValueOrigins.Derived);
            }

            Source(path + ".isEntity", firstEl ?? lastEl!, firstEl?.Value ?? string.Empty, ValueOrigins.Derived);
        }
        else
        {
            person.FirstName = first;
            person.MiddleName = middle;
            person.LastName = last;
            SourceIf(path + ".firstName", firstEl, first);
            SourceIf(path + ".middleName", middleEl, middle);
            SourceIf(path + ".lastName", lastEl, last);
        }

        person.Address = ReadAddress(Child(el, "relatedPersonAddress"), path + ".address");

        var roles = new List<(string Role, XElement El)>();
        foreach (var r in Children(Child(el, "relatedPersonRelationshipList"), "relationship"))
        {
            if (Relationship(r.Value) is { } role && roles.All(x => x.Role != role))
            {
                roles.Add((role, r));
            }
        }

        // The form's order, not the filer's.
        foreach (var role in Relationships.All)
        {
            var hit = roles.FirstOrDefault(x => x.Role == role);
            if (hit.El is not null)
            {
                Source(Inv($"{path}.relationships[{person.Relationships.Count}]"), hit.El);
                person.Relationships.Add(role);
            }
        }

        person.RelationshipClarification = Text(Child(el, "relationshipClarification"), path + ".relationshipClarification");
        return person;
    }

    /// <summary>The XML's relationship names onto the paper form's five boxes; null for anything else.</summary>
    private static string? Relationship(string raw)
    {
        var t = FormDValues.Clean(raw)?.ToUpperInvariant();
        return t switch
        {
            null => null,
            "EXECUTIVE OFFICER" or "OFFICER" or "EXECUTIVEOFFICER" => Relationships.ExecutiveOfficer,
            "DIRECTOR" => Relationships.Director,
            "PROMOTER" => Relationships.Promoter,
            "BENEFICIAL OWNER" or "BENEFICIALOWNER" => Relationships.BeneficialOwner,
            _ when t.Contains("PARTNER", StringComparison.Ordinal) => Relationships.GeneralManagingPartner,
            _ => null,
        };
    }

    private Address ReadAddress(XElement? el, string path) => new()
    {
        Street1 = Text(Child(el, "street1"), path + ".street1"),
        Street2 = Text(Child(el, "street2"), path + ".street2"),
        City = Text(Child(el, "city"), path + ".city"),
        StateOrCountry = Text(Child(el, "stateOrCountry"), path + ".stateOrCountry"),
        ZipCode = Text(Child(el, "zipCode"), path + ".zipCode"),
    };

    // ---- B and C: the offering -----------------------------------------------------------------------

    private void ReadOffering(XElement offering)
    {
        var o = filing.Offering;
        o.MinimumInvestmentAccepted = Amount(Locate(offering, "minimumInvestmentAccepted"), "offering.minimumInvestmentAccepted", out _);

        var recipients = Children(Locate(offering, "salesCompensationList"), "recipient").ToList();
        for (var i = 0; i < recipients.Count; i++)
        {
            o.SalesCompensation.Add(ReadRecipient(recipients[i], Inv($"offering.salesCompensation[{i}]")));
        }

        var amounts = Locate(offering, "offeringSalesAmounts");
        o.TotalOfferingAmount = Amount(Child(amounts, "totalOfferingAmount"), "offering.totalOfferingAmount", out var offeredIndefinite);
        o.TotalOfferingAmountIndefinite = offeredIndefinite;
        if (offeredIndefinite)
        {
            Source("offering.totalOfferingAmountIndefinite", Child(amounts, "totalOfferingAmount")!);
        }

        o.TotalAmountSold = Amount(Child(amounts, "totalAmountSold"), "offering.totalAmountSold", out _);
        o.TotalRemaining = Amount(Child(amounts, "totalRemaining"), "offering.totalRemaining", out var remainingIndefinite);
        o.TotalRemainingIndefinite = remainingIndefinite;
        if (remainingIndefinite)
        {
            Source("offering.totalRemainingIndefinite", Child(amounts, "totalRemaining")!);
        }

        var investors = Locate(offering, "investors");
        var hasNonAccredited = Child(investors, "hasNonAccreditedInvestors");
        o.Investors.HasNonAccreditedInvestors = Bool(hasNonAccredited, "offering.investors.hasNonAccreditedInvestors");

        // The electronic form's item 14 asks the paper form's B.1 question (sold, or may sell, to non-accredited investors).
        o.SellsToNonAccredited = Bool(hasNonAccredited, "offering.sellsToNonAccredited");
        o.Investors.NonAccreditedNumber = Int(Child(investors, "numberNonAccreditedInvestors"), "offering.investors.nonAccreditedNumber");
        o.Investors.TotalNumberAlreadyInvested = Int(Child(investors, "totalNumberAlreadyInvested"), "offering.investors.totalNumberAlreadyInvested");

        var fees = Locate(offering, "salesCommissionsFindersFees");
        o.SalesCommissions = Amount(Path(fees, "salesCommissions", "dollarAmount"), "offering.salesCommissions", out _);
        o.FindersFees = Amount(Path(fees, "findersFees", "dollarAmount"), "offering.findersFees", out _);
        o.GrossProceedsUsed = Amount(Path(Locate(offering, "useOfProceeds"), "grossProceedsUsed", "dollarAmount") ?? Path(Find(offering, "grossProceedsUsed"), "dollarAmount"), "offering.grossProceedsUsed", out _);

        var firstSale = Locate(offering, "typeOfFiling", "dateOfFirstSale");
        if (Child(firstSale, "value") is { } dateEl && FormDValues.Date(dateEl.Value) is { } date)
        {
            o.DateOfFirstSale = date;
            Source("offering.dateOfFirstSale", dateEl);
            o.FirstSaleYetToOccur = false;
            Source("offering.firstSaleYetToOccur", dateEl, origin: ValueOrigins.Derived);
        }
        else if (Child(firstSale, "yetToOccur") is { } yet && FormDValues.Boolean(yet.Value) is { } y)
        {
            o.FirstSaleYetToOccur = y;
            Source("offering.firstSaleYetToOccur", yet);
        }
    }

    private SalesCompensationRecipient ReadRecipient(XElement el, string path)
    {
        var r = new SalesCompensationRecipient();
        var nameEl = Child(el, "recipientName");
        var (first, middle, last, isEntity) = FormDValues.SplitRecipientName(FormDValues.Clean(nameEl?.Value));
        r.FirstName = first;
        r.MiddleName = middle;
        r.LastName = last;
        r.IsEntity = isEntity;
        SourceIf(path + ".firstName", nameEl, first);
        SourceIf(path + ".middleName", nameEl, middle);
        SourceIf(path + ".lastName", nameEl, last);
        r.AssociatedBrokerDealer = Text(Child(el, "associatedBDName"), path + ".associatedBrokerDealer");
        r.Address = ReadAddress(Child(el, "recipientAddress"), path + ".address");

        var states = Child(el, "statesOfSolicitationList");
        if (states is not null)
        {
            r.AllStates = false;
            foreach (var s in states.Elements())
            {
                var v = FormDValues.Clean(s.Value);
                var kind = s.Name.LocalName;
                if (v is null || kind.Equals("description", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (v.Equals("All States", StringComparison.OrdinalIgnoreCase) || v.Equals("ALL", StringComparison.OrdinalIgnoreCase))
                {
                    r.AllStates = true;
                    Source(path + ".allStates", s);
                }
                else if (!r.States.Contains(v.ToUpperInvariant()))
                {
                    Source(Inv($"{path}.states[{r.States.Count}]"), s);
                    r.States.Add(v.ToUpperInvariant());
                }
            }

            if (r.AllStates == false)
            {
                Source(path + ".allStates", states, string.Join(", ", r.States), ValueOrigins.Derived);
            }
        }

        return r;
    }

    // ---- D: signatures -------------------------------------------------------------------------------

    private void ReadSignatures(XElement offering)
    {
        var block = Locate(offering, "signatureBlock");
        var signatures = Children(block, "signature").ToList();
        if (signatures.Count == 0 && block is null)
        {
            signatures = offering.Descendants().Where(e => e.Name.LocalName == "signature").ToList();
        }

        for (var i = 0; i < signatures.Count; i++)
        {
            var path = i == 0 ? "signature" : Inv($"additionalSignatures[{i - 1}]");
            var s = ReadSignature(signatures[i], path);
            if (i == 0)
            {
                filing.Signature = s;
            }
            else
            {
                filing.AdditionalSignatures.Add(s);
            }
        }
    }

    private Signature ReadSignature(XElement el, string path)
    {
        var s = new Signature
        {
            IssuerName = Text(Child(el, "issuerName"), path + ".issuerName"),
            NameOfSigner = Text(Child(el, "nameOfSigner"), path + ".nameOfSigner"),
            SignatureTitle = Text(Child(el, "signatureTitle"), path + ".signatureTitle"),
        };

        var sigEl = Child(el, "signatureName");
        if (sigEl is not null)
        {
            s.Signed = FormDValues.Clean(sigEl.Value) is not null;
            Source(path + ".signed", sigEl);
        }

        if (Child(el, "signatureDate") is { } dateEl && FormDValues.Date(dateEl.Value) is { } d)
        {
            s.SignatureDate = d;
            Source(path + ".signatureDate", dateEl);
        }

        return s;
    }

    // ---- values with provenance ----------------------------------------------------------------------

    private string? Text(XElement? el, string path)
    {
        var v = FormDValues.Clean(el?.Value);
        if (v is not null)
        {
            Source(path, el!);
        }

        return v;
    }

    private bool? Bool(XElement? el, string path)
    {
        var v = FormDValues.Boolean(el?.Value);
        if (v is not null)
        {
            Source(path, el!);
        }

        return v;
    }

    private int? Int(XElement? el, string path)
    {
        var v = FormDValues.Integer(el?.Value);
        if (v is not null)
        {
            Source(path, el!);
        }

        return v;
    }

    private decimal? Amount(XElement? el, string path, out bool indefinite)
    {
        var v = FormDValues.Amount(el?.Value, out indefinite);
        if (v is not null)
        {
            Source(path, el!);
        }

        return v;
    }

    private void SourceIf(string path, XElement? el, string? value)
    {
        if (el is not null && value is not null)
        {
            Source(path, el);
        }
    }

    private void Source(string path, XElement el, string? text = null, string origin = ValueOrigins.Xml)
    {
        filing.Provenance[path] = new ValueSource
        {
            Origin = origin,
            Text = text ?? el.Value,
            Offset = OffsetOf(el),
            Confidence = 100,
        };
    }

    /// <summary>Where the element's text begins (just after its start tag) in the document's text.</summary>
    private int? OffsetOf(XElement el)
    {
        if (el is not IXmlLineInfo info || !info.HasLineInfo() || info.LineNumber < 1 || info.LineNumber > lineStarts.Length)
        {
            return null;
        }

        var at = lineStarts[info.LineNumber - 1] + info.LinePosition - 1;
        if (at < baseOffset || at >= xml.Length)
        {
            return null;
        }

        var close = xml.IndexOf('>', at);
        return close < 0 ? null : close + 1;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
