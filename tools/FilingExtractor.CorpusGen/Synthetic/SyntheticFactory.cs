using System.Globalization;
using FilingExtractor.CorpusGen.Rendering;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Synthetic;

/// <summary>A synthetic filing's truth values, what it covers, and the rules its planted inconsistency breaks.</summary>
internal sealed record BuiltFiling(Filing Filing, string Covers, IReadOnlyList<string> IntendedFlags);

/// <summary>
/// Builds one consistent synthetic Form D from a <see cref="Scenario"/> and a random stream, then plants the
/// scenario's inconsistency (if any) by changing exactly the typed values that break the intended rules.
/// </summary>
internal sealed class SyntheticFactory
{
    private readonly Scenario sc;
    private readonly Rng rng;
    private readonly List<string> covers = [];

    private SyntheticFactory(Scenario scenario, Rng rng)
    {
        sc = scenario;
        this.rng = rng;
    }

    public static BuiltFiling Build(Scenario scenario, Rng rng)
    {
        var f = new SyntheticFactory(scenario, rng);
        var filing = f.Make();
        var intended = f.PlantInto(filing);
        SetDerived(filing);
        if (scenario.UpperCase)
        {
            Upper(filing);
            f.covers.Add("typed in capitals");
        }

        return new BuiltFiling(filing, string.Join("; ", f.covers), intended);
    }

    private Filing Make()
    {
        var issuerCity = rng.Pick(NameData.Cities);
        var (core, description) = rng.Pick(NameData.Businesses);
        var entityName = IssuerName(core);
        var issuerAddress = RandomAddress(issuerCity);
        var signed = new DateOnly(2002, 7, 1).AddDays(rng.Between(0, 2000));
        var fu = sc.FilingMask;
        var filing = new Filing
        {
            SubmissionType = sc.Amendment ? "D/A" : "D",
            OfferingName = OfferingName(),
            FilingUnder = new FilingUnder
            {
                Rule504 = (fu & 1) != 0,
                Rule505 = (fu & 2) != 0,
                Rule506 = (fu & 4) != 0,
                Section4_6 = (fu & 8) != 0,
                Uloe = (fu & 16) != 0,
            },
            TypeOfFiling = new TypeOfFiling { NewFiling = !sc.Amendment, Amendment = sc.Amendment },
            PrimaryIssuer = new Issuer
            {
                EntityName = entityName,
                IssuerAddress = issuerAddress,
                IssuerPhoneNumber = Phone(),
                DescriptionOfBusiness = description,
                EntityType = sc.EntityType,
                EntityTypeOtherDescription = sc.OtherDescription,
                JurisdictionOfInc = sc.Jurisdiction ?? rng.Pick(NameData.Jurisdictions),
            },
        };
        covers.Add(FormattableString.Invariant($"{sc.Persons} related person{(sc.Persons == 1 ? string.Empty : "s")}{(sc.Persons > 6 ? " (continuation sheets)" : string.Empty)}"));
        covers.Add(sc.OtherDescription is null ? sc.EntityType.ToLowerInvariant() : "other: " + sc.OtherDescription);
        if (sc.Amendment)
        {
            covers.Add("amendment");
        }

        var issuer = filing.PrimaryIssuer;
        if (rng.Chance(0.3))
        {
            issuer.PrincipalBusinessAddress = RandomAddress(rng.Pick(NameData.Cities));
            issuer.PrincipalBusinessPhoneNumber = Phone();
            covers.Add("principal business address");
        }
        else if (rng.Chance(0.3))
        {
            issuer.PrincipalBusinessPhoneNumber = Phone();
        }

        // Date of organisation: actual, estimated (partnerships to be formed), or left blank.
        if (sc.EntityType == EntityTypes.LimitedPartnershipToBeFormed)
        {
            issuer.MonthOfInc = signed.AddMonths(2).Month;
            issuer.YearOfInc = signed.AddMonths(2).Year;
            issuer.IncorporationDateIsEstimate = true;
            covers.Add("estimated date of organisation");
        }
        else if (rng.Chance(0.9))
        {
            issuer.YearOfInc = rng.Between(1962, signed.Year);
            issuer.MonthOfInc = rng.Between(1, 12);
            issuer.IncorporationDateIsEstimate = false;
        }

        if (sc.Jurisdiction is not null)
        {
            covers.Add("jurisdiction " + sc.Jurisdiction);
        }

        filing.RelatedPersons = RelatedPersons(issuerAddress);
        var o = filing.Offering;
        Offering(o);
        if (sc.ExchangeOffering)
        {
            o.IsExchangeOffering = true;
            covers.Add("exchange offering box");
        }

        Signatures(filing, signed);
        filing.IssuerDisqualifiedRule262 = sc.Disqualified;
        if (sc.Disqualified)
        {
            covers.Add("E.1 answered Yes");
        }

        filing.StateAppendix = Appendix(filing);
        return filing;
    }

    // ---- issuer and people ----------------------------------------------------------------------

    private string IssuerName(string core)
    {
        var word = rng.Pick(NameData.CompanyWords);
        return sc.EntityType switch
        {
            EntityTypes.Corporation => $"{word} {core} {rng.Pick(["Inc.", "Corporation", "Corp.", "Incorporated"])}",
            EntityTypes.BusinessTrust => $"{word} {core} {rng.Pick(["Trust", "Business Trust", "Realty Trust"])}",
            EntityTypes.LimitedPartnership or EntityTypes.LimitedPartnershipToBeFormed => $"{word} {core} {rng.Pick(["Partners, L.P.", "Fund I, L.P.", "Income Fund, Ltd.", "Partners II, LP"])}",
            _ => sc.OtherDescription switch
            {
                "limited liability company" => $"{word} {core} {rng.Pick(["LLC", "Holdings, LLC", "Ventures, L.L.C."])}",
                "general partnership" => $"{word} {core} Associates",
                _ => $"{word} {core} Joint Venture",
            },
        };
    }

    private string? OfferingName()
    {
        var names = sc.SecurityMix switch
        {
            0 => new[] { "Private Placement of Common Stock", "Common Stock Offering" },
            1 => ["Series A Convertible Preferred Stock", "Series B Preferred Stock Financing"],
            2 => ["Common and Preferred Stock", "Units of Common and Preferred Stock"],
            3 => ["Promissory Notes", "12% Senior Secured Notes"],
            4 => ["Convertible Promissory Notes and Warrants", "Convertible Debentures"],
            5 => ["Limited Partnership Interests", "Units of Limited Partnership Interest"],
            6 => ["Membership Interests", "Units"],
            7 => ["Notes and Common Stock", "Bridge Notes and Common Stock"],
            8 => ["Units of Debt, Equity and Warrants", "Private Placement of Securities"],
            9 => ["Common Stock and Warrants", "Common Stock and Convertible Notes"],
            _ => ["Working Interests", "Preferred Stock and Partnership Interests"],
        };
        return rng.Chance(0.12) ? null : rng.Pick(names);
    }

    private Address RandomAddress((string City, string State, string Zip) city)
    {
        var a = new Address
        {
            Street1 = FormattableString.Invariant($"{rng.Between(1, 29999)} {rng.Pick(NameData.Streets)} {rng.Pick(NameData.StreetTypes)}"),
            City = city.City,
            StateOrCountry = city.State,
            ZipCode = rng.Chance(0.15) ? city.Zip + "-" + rng.Between(1000, 9999).ToString(CultureInfo.InvariantCulture) : city.Zip,
        };
        if (rng.Chance(0.25))
        {
            a.Street2 = rng.Pick(NameData.Suites);
        }

        return a;
    }

    private string Phone() => FormattableString.Invariant($"({rng.Between(201, 989)}) {rng.Between(200, 989)}-{rng.Between(0, 9999):0000}");

    private List<RelatedPerson> RelatedPersons(Address issuerAddress)
    {
        var list = new List<RelatedPerson>();
        var partnership = sc.EntityType is EntityTypes.LimitedPartnership or EntityTypes.LimitedPartnershipToBeFormed || sc.OtherDescription is "general partnership" or "joint venture";
        var hasEntity = false;
        for (var k = 0; k < sc.Persons; k++)
        {
            var p = new RelatedPerson();
            var entity = (partnership && k == 0) || (sc.Persons > 3 && rng.Chance(0.08));
            if (entity)
            {
                hasEntity = true;
                p.IsEntity = true;
                p.LastName = $"{rng.Pick(NameData.CompanyWords)} {rng.Pick(["Capital Partners, L.P.", "Management, LLC", "Ventures Fund II, L.P.", "Holdings, Inc.", "GP, LLC"])}";
                p.Relationships = partnership && k == 0
                    ? [Relationships.GeneralManagingPartner]
                    : [Relationships.BeneficialOwner];
            }
            else
            {
                p.LastName = rng.Pick(NameData.Surnames);
                p.FirstName = rng.Pick(NameData.FirstNames);
                var m = rng.NextDouble();
                p.MiddleName = m < 0.45 ? ((char)('A' + rng.Next(26))).ToString() + "." : m < 0.55 ? rng.Pick(NameData.MiddleNames) : null;
                p.Suffix = rng.Chance(0.06) ? rng.Pick(NameData.Suffixes) : null;
                p.Relationships = Roles(partnership, k);
            }

            p.Address = rng.Chance(0.6) ? Copy(issuerAddress) : RandomAddress(rng.Pick(NameData.Cities));
            list.Add(p);
        }

        if (hasEntity)
        {
            covers.Add("entity related persons");
        }

        if (list.Any(p => p.Suffix is not null))
        {
            covers.Add("name suffix");
        }

        return list;
    }

    private List<string> Roles(bool partnership, int k)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        if (partnership)
        {
            roles.Add(rng.Chance(0.5) ? Relationships.ExecutiveOfficer : Relationships.GeneralManagingPartner);
            if (rng.Chance(0.3))
            {
                roles.Add(Relationships.Director);
            }
        }
        else
        {
            var r = rng.NextDouble();
            if (k == 0 || r < 0.45)
            {
                roles.Add(Relationships.ExecutiveOfficer);
            }

            if (k == 0 ? rng.Chance(0.7) : r >= 0.3)
            {
                roles.Add(Relationships.Director);
            }
        }

        if (rng.Chance(0.15))
        {
            roles.Add(Relationships.BeneficialOwner);
        }

        if (rng.Chance(0.08))
        {
            roles.Add(Relationships.Promoter);
        }

        if (roles.Count == 0)
        {
            roles.Add(Relationships.Director);
        }

        return [.. Relationships.All.Where(roles.Contains)];
    }

    // ---- B and C --------------------------------------------------------------------------------

    private void Offering(Offering o)
    {
        o.SellsToNonAccredited = sc.NonAccredited;
        o.PermitsJointOwnership = rng.Chance(0.4);
        o.MinimumInvestmentAccepted = rng.Chance(0.55) ? rng.Pick([1_000m, 5_000m, 10_000m, 25_000m, 50_000m, 100_000m, 250_000m]) : rng.Chance(0.3) ? 0 : null;
        o.IsExchangeOffering = false;

        // Unused rows, lines and blanks: typed as zeros ("-0-", "0", "None") or left blank, per filing.
        var zeros = rng.Chance(0.4);
        decimal? Unused() => zeros ? 0 : null;

        var total = Amount(150_000, 40_000_000);
        var types = SecurityRows(sc.SecurityMix);
        var shares = Split(total, types.Count);
        var soldAll = rng.Chance(0.35);
        o.Securities = [];
        foreach (var t in SecurityTypes.All)
        {
            var line = new SecurityLine { Type = t };
            var idx = types.IndexOf(t);
            if (idx >= 0)
            {
                line.AggregateOfferingPrice = shares[idx];
                line.AmountAlreadySold = soldAll ? shares[idx] : RoundDown(shares[idx] * (decimal)rng.Range(0, 1));
                if (t == SecurityTypes.Other)
                {
                    line.Description = rng.Pick(["Units", "Warrants", "LLC interests", "Working interests", "Membership units"]);
                }
            }
            else
            {
                line.AggregateOfferingPrice = Unused();
                line.AmountAlreadySold = Unused();
            }

            o.Securities.Add(line);
        }

        if (types.Contains(SecurityTypes.Equity))
        {
            var mix = sc.SecurityMix;
            o.EquityCommon = mix != 1;
            o.EquityPreferred = mix is 1 or 2 or 10;
        }
        else
        {
            o.EquityCommon = false;
            o.EquityPreferred = false;
        }

        covers.Add("C.1 " + string.Join("+", types) + (o.EquityPreferred == true ? (o.EquityCommon == true ? " (common and preferred)" : " (preferred)") : string.Empty));
        o.TotalOfferingAmount = total;
        var sold = o.Securities.Sum(s => s.AmountAlreadySold ?? 0);
        o.TotalAmountSold = sold;

        // C.2
        var inv = o.Investors;
        var nonAccAmount = sc.NonAccredited && sold > 0 ? RoundDown(sold * (decimal)rng.Range(0.02, 0.25)) : 0m;
        var accAmount = sold - nonAccAmount;
        inv.AccreditedNumber = sold > 0 ? rng.Between(1, 120) : 0;
        inv.AccreditedAmount = accAmount;
        if (sc.NonAccredited)
        {
            inv.NonAccreditedNumber = nonAccAmount > 0 ? rng.Between(1, 35) : 0;
            inv.NonAccreditedAmount = nonAccAmount;
            covers.Add("non-accredited investors");
        }
        else
        {
            inv.NonAccreditedNumber = zeros ? 0 : null;
            inv.NonAccreditedAmount = zeros ? 0 : null;
        }

        if ((sc.FilingMask & 1) != 0)
        {
            inv.Rule504TotalNumber = (inv.AccreditedNumber ?? 0) + (inv.NonAccreditedNumber ?? 0);
            inv.Rule504TotalAmount = sold;
            covers.Add("C.2 Rule 504 total line");
        }

        // C.3
        o.PriorOfferings = SyntheticDefaults.BlankPriorOfferings();
        if ((sc.FilingMask & 3) != 0)
        {
            var any = false;
            foreach (var p in o.PriorOfferings)
            {
                if (rng.Chance(0.6))
                {
                    p.TypeOfSecurity = rng.Pick(["Common Stock", "Notes", "Preferred Stock", "Units", "LP Interests"]);
                    p.AmountSold = Amount(25_000, 900_000);
                    any = true;
                }
                else if (zeros)
                {
                    p.AmountSold = 0;
                }
            }

            if (!any)
            {
                o.PriorOfferings[0].TypeOfSecurity = "Common Stock";
                o.PriorOfferings[0].AmountSold = Amount(25_000, 900_000);
            }

            o.PriorOfferingsTotal = o.PriorOfferings.Sum(p => p.AmountSold ?? 0);
            covers.Add("C.3 prior offerings");
        }

        // B.4 and C.4.a
        o.SalesCompensation = Recipients();
        var usedStates = o.SalesCompensation.SelectMany(r => r.States).Distinct().Count();
        if (o.SalesCompensation.Count > 0)
        {
            covers.Add(FormattableString.Invariant($"{o.SalesCompensation.Count} commission recipient{(o.SalesCompensation.Count == 1 ? string.Empty : "s")}") +
                (o.SalesCompensation.Any(r => r.AllStates == true) ? " incl. All States" : string.Empty) + (usedStates > 0 ? " with state lists" : string.Empty));
        }

        o.Expenses = [];
        var anyEstimate = false;
        foreach (var item in SyntheticDefaults.PaperExpenseItems)
        {
            var line = new ExpenseLine { Item = item, IsEstimate = false };
            decimal? amount = item switch
            {
                ExpenseItems.TransferAgentFees => rng.Chance(0.5) ? Amount(250, 5_000) : null,
                ExpenseItems.PrintingAndEngravingCosts => rng.Chance(0.4) ? Amount(500, 25_000) : null,
                ExpenseItems.LegalFees => rng.Chance(0.9) ? Amount(5_000, 150_000) : null,
                ExpenseItems.AccountingFees => rng.Chance(0.5) ? Amount(2_000, 60_000) : null,
                ExpenseItems.EngineeringFees => rng.Chance(0.1) ? Amount(5_000, 80_000) : null,
                ExpenseItems.SalesCommissions => o.SalesCompensation.Count > 0 ? RoundDown(total * (decimal)rng.Range(0.03, 0.1)) : null,
                _ => rng.Chance(0.3) ? Amount(500, 20_000) : null,
            };
            line.Amount = amount ?? Unused();
            if (amount is not null)
            {
                line.IsEstimate = rng.Chance(0.35);
                anyEstimate |= line.IsEstimate == true;
                if (item == ExpenseItems.Other)
                {
                    line.Description = rng.Pick(NameData.OtherExpenseDescriptions);
                }
            }

            o.Expenses.Add(line);
        }

        if (o.Expenses.All(e => (e.Amount ?? 0) == 0))
        {
            o.Expenses[2].Amount = Amount(5_000, 50_000);
        }

        o.TotalExpenses = o.Expenses.Sum(e => e.Amount ?? 0);
        o.TotalExpensesIsEstimate = anyEstimate;
        if (anyEstimate)
        {
            covers.Add("estimate boxes");
        }

        o.AdjustedGrossProceeds = total - o.TotalExpenses;
        UseOfProceeds(o, o.AdjustedGrossProceeds.Value, zeros);
        if (zeros)
        {
            covers.Add("zeros typed for unused lines");
        }
    }

    private static List<string> SecurityRows(int mix) => mix switch
    {
        0 or 1 or 2 => [SecurityTypes.Equity],
        3 => [SecurityTypes.Debt],
        4 => [SecurityTypes.Convertible],
        5 => [SecurityTypes.Partnership],
        6 => [SecurityTypes.Other],
        7 => [SecurityTypes.Debt, SecurityTypes.Equity],
        8 => [SecurityTypes.Debt, SecurityTypes.Equity, SecurityTypes.Convertible, SecurityTypes.Partnership, SecurityTypes.Other],
        9 => [SecurityTypes.Equity, SecurityTypes.Convertible],
        _ => [SecurityTypes.Equity, SecurityTypes.Partnership, SecurityTypes.Other],
    };

    /// <summary>C.5: lines in both columns adding up to <paramref name="target"/>, with column totals and total payments.</summary>
    private void UseOfProceeds(Offering o, decimal target, bool zeros)
    {
        var purposes = ProceedsPurposes.All.ToList();
        var used = rng.Sample(purposes, rng.Between(1, 5));
        if (!used.Contains(ProceedsPurposes.WorkingCapital) && rng.Chance(0.7))
        {
            used[0] = ProceedsPurposes.WorkingCapital;
        }

        var toAffiliates = rng.Chance(0.5) ? RoundDown(target * (decimal)rng.Range(0.02, 0.15)) : 0m;
        var rest = target - toAffiliates;
        var parts = Split(rest, used.Count);
        o.UseOfProceeds = [];
        foreach (var p in purposes)
        {
            var line = new UseOfProceedsLine { Purpose = p, ToAffiliatesIsEstimate = false, ToOthersIsEstimate = false };
            var idx = used.IndexOf(p);
            if (idx >= 0)
            {
                line.ToOthers = parts[idx];
                line.ToOthersIsEstimate = rng.Chance(0.4);
                if (p == ProceedsPurposes.Other)
                {
                    line.Description = rng.Pick(NameData.OtherProceedsDescriptions);
                }
            }
            else
            {
                line.ToOthers = zeros ? 0 : null;
            }

            line.ToAffiliates = zeros ? 0 : null;
            o.UseOfProceeds.Add(line);
        }

        if (toAffiliates > 0)
        {
            var salaries = o.UseOfProceeds.First(l => l.Purpose == ProceedsPurposes.SalariesAndFees);
            salaries.ToAffiliates = toAffiliates;
            salaries.ToAffiliatesIsEstimate = rng.Chance(0.5);
        }

        if (sc.ColumnTotals)
        {
            o.ColumnTotalToAffiliates = o.UseOfProceeds.Sum(l => l.ToAffiliates ?? 0);
            o.ColumnTotalToOthers = o.UseOfProceeds.Sum(l => l.ToOthers ?? 0);
        }
        else
        {
            o.ColumnTotalToAffiliates = null;
            o.ColumnTotalToOthers = null;
            covers.Add("C.5 column totals left blank");
        }

        o.TotalPaymentsListed = target;
    }

    private List<SalesCompensationRecipient> Recipients()
    {
        var list = new List<SalesCompensationRecipient>();
        for (var k = 0; k < sc.Recipients; k++)
        {
            var r = new SalesCompensationRecipient();
            var broker = rng.Pick(NameData.BrokerDealers);
            if (rng.Chance(0.4))
            {
                r.IsEntity = true;
                r.LastName = broker;
                r.AssociatedBrokerDealer = rng.Chance(0.5) ? broker : null;
            }
            else
            {
                r.LastName = rng.Pick(NameData.Surnames);
                r.FirstName = rng.Pick(NameData.FirstNames);
                r.MiddleName = rng.Chance(0.4) ? ((char)('A' + rng.Next(26))).ToString() + "." : null;
                r.AssociatedBrokerDealer = broker;
            }

            r.Address = RandomAddress(rng.Pick(NameData.Cities));
            if ((k == 0 && sc.Index % 3 == 0) || rng.Chance(0.1))
            {
                r.AllStates = true;
            }
            else
            {
                r.AllStates = false;
                var n = rng.Pick([1, 2, 3, 5, 8, 13, 20]);
                r.States = rng.Sample(FormText.States, n);
            }

            list.Add(r);
        }

        return list;
    }

    // ---- D, E and the Appendix ------------------------------------------------------------------

    private void Signatures(Filing filing, DateOnly date)
    {
        var people = filing.RelatedPersons.Where(p => !p.IsEntity).ToList();
        string signer;
        if (people.Count > 0)
        {
            var p = rng.Pick(people);
            signer = string.Join(' ', new[] { p.FirstName, p.MiddleName, p.LastName }.Where(x => !string.IsNullOrEmpty(x)));
            if (p.Suffix is not null)
            {
                signer += ", " + p.Suffix;
            }
        }
        else
        {
            signer = $"{rng.Pick(NameData.FirstNames)} {rng.Pick(NameData.Surnames)}";
        }

        var partnership = filing.PrimaryIssuer.EntityType is EntityTypes.LimitedPartnership or EntityTypes.LimitedPartnershipToBeFormed;
        var title = partnership ? rng.Pick(["President of the General Partner", "Managing Member of the General Partner", "General Partner"]) :
            filing.PrimaryIssuer.EntityTypeOtherDescription == "limited liability company" ? rng.Pick(["Managing Member", "Manager", "Chief Executive Officer"]) :
            rng.Pick(NameData.OfficerTitles);
        filing.Signature = new Signature { IssuerName = filing.PrimaryIssuer.EntityName, Signed = true, NameOfSigner = signer, SignatureTitle = title, SignatureDate = date };
        filing.StateSignature = new Signature { IssuerName = filing.PrimaryIssuer.EntityName, Signed = true, NameOfSigner = signer, SignatureTitle = title, SignatureDate = date };
    }

    private List<StateAppendixRow> Appendix(Filing filing)
    {
        var o = filing.Offering;
        var n = sc.AppendixStates;
        if (n == 0)
        {
            return [];
        }

        var states = n >= FormText.States.Length ? [.. FormText.States] : rng.Sample(FormText.States, n);
        var inv = o.Investors;
        var accN = Distribute(inv.AccreditedNumber ?? 0, states.Count, whole: true, null);
        var accA = Distribute(inv.AccreditedAmount ?? 0, states.Count, whole: false, accN);
        var nonN = Distribute(inv.NonAccreditedNumber ?? 0, states.Count, whole: true, null);
        var nonA = Distribute(inv.NonAccreditedAmount ?? 0, states.Count, whole: false, nonN);
        var security = o.Securities.Where(s => (s.AggregateOfferingPrice ?? 0) > 0).Select(s => s.Type).FirstOrDefault() switch
        {
            SecurityTypes.Debt => "Notes",
            SecurityTypes.Convertible => "Convertible Notes",
            SecurityTypes.Partnership => "LP Interests",
            SecurityTypes.Other => "Units",
            _ => o.EquityPreferred == true && o.EquityCommon != true ? "Preferred Stock" : "Common Stock",
        };
        var price = o.TotalOfferingAmount ?? 0;
        var text = $"{security} ${price.ToString("#,0", CultureInfo.InvariantCulture)}";
        var zeroAsBlank = rng.Chance(0.3);
        var rows = new List<StateAppendixRow>();
        for (var k = 0; k < states.Count; k++)
        {
            rows.Add(new StateAppendixRow
            {
                State = states[k],
                IntendsToSellNonAccredited = o.SellsToNonAccredited == true,
                SecurityTypeAndOfferingPrice = text,
                OfferingPriceInState = price,
                AccreditedNumber = (int)accN[k],
                AccreditedAmount = accA[k],
                NonAccreditedNumber = zeroAsBlank && nonN[k] == 0 ? null : (int)nonN[k],
                NonAccreditedAmount = zeroAsBlank && nonA[k] == 0 ? null : nonA[k],
                Disqualified = false,
            });
        }

        covers.Add(FormattableString.Invariant($"Appendix: {rows.Count} state{(rows.Count == 1 ? string.Empty : "s")}"));
        return rows;
    }

    /// <summary>
    /// Splits <paramref name="total"/> over <paramref name="n"/> states, all of it or a little less (some not yet
    /// placed); amounts go to the states that have investors (<paramref name="counts"/>) when there are any.
    /// </summary>
    private List<decimal> Distribute(decimal total, int n, bool whole, List<decimal>? counts)
    {
        var result = Enumerable.Repeat(0m, n).ToList();
        if (total <= 0)
        {
            return result;
        }

        var placed = rng.Chance(0.7) ? total : whole ? Math.Max(0, total - rng.Between(0, (int)Math.Min(3, total))) : RoundDown(total * 0.9m);
        if (whole)
        {
            for (var i = 0; i < (int)placed; i++)
            {
                result[rng.Next(n)] += 1;
            }

            return result;
        }

        var candidates = counts is not null && counts.Any(c => c > 0)
            ? Enumerable.Range(0, n).Where(i => counts[i] > 0).ToList()
            : Enumerable.Range(0, n).ToList();
        var parts = Split(placed, candidates.Count);
        var slots = candidates;
        for (var i = 0; i < parts.Count; i++)
        {
            result[slots[i]] = parts[i];
        }

        return result;
    }

    // ---- planted inconsistencies ----------------------------------------------------------------

    private List<string> PlantInto(Filing f)
    {
        var o = f.Offering;
        List<string> Flags(params string[] rules)
        {
            covers.Add("PLANTED: " + sc.Plant);
            return [.. rules];
        }

        switch (sc.Plant)
        {
            case Plant.None:
                return [];

            case Plant.RowOfferingDigit:
            {
                var row = o.Securities.First(s => (s.AggregateOfferingPrice ?? 0) > 0);
                row.AggregateOfferingPrice = Digit(row.AggregateOfferingPrice!.Value, up: true);
                return Flags(RuleIds.C1TotalOffering);
            }

            case Plant.TotalOfferingDigit:
            {
                var typed = Digit(o.TotalOfferingAmount!.Value, up: true);
                o.TotalOfferingAmount = typed;
                foreach (var r in f.StateAppendix)
                {
                    // Column 3 repeats the offering price as typed on the total line.
                    var text = r.SecurityTypeAndOfferingPrice ?? string.Empty;
                    r.OfferingPriceInState = typed;
                    r.SecurityTypeAndOfferingPrice = text[..(text.IndexOf('$', StringComparison.Ordinal) + 1)] + typed.ToString("#,0", CultureInfo.InvariantCulture);
                }


                return Flags(RuleIds.C1TotalOffering, RuleIds.C4bAdjustedProceeds);
            }

            case Plant.RowSoldDigit:
            {
                var row = o.Securities.Where(s => (s.AmountAlreadySold ?? 0) >= 10).OrderByDescending(s => s.AmountAlreadySold).First();
                var lower = TryDigit(row.AmountAlreadySold!.Value, up: false);
                var higher = TryDigit(row.AmountAlreadySold!.Value, up: true);
                row.AmountAlreadySold = lower ?? (higher <= row.AggregateOfferingPrice ? higher : throw new InvalidOperationException("no digit slip keeps the row sold within its offering"));
                return Flags(RuleIds.C1TotalSold);
            }

            case Plant.TotalSoldTransposed:
                o.TotalAmountSold = TransposeDown(o.TotalAmountSold!.Value) ?? Digit(o.TotalAmountSold!.Value, up: false);
                return Flags(RuleIds.C1TotalSold, RuleIds.C2InvestorsMatchSold);

            case Plant.AccreditedAmountDigit:
                o.Investors.AccreditedAmount = Digit(o.Investors.AccreditedAmount!.Value, up: true);
                return Flags(RuleIds.C2InvestorsMatchSold);

            case Plant.ExpenseLineDigit:
            {
                var line = o.Expenses.Where(e => (e.Amount ?? 0) >= 100).OrderByDescending(e => e.Amount).First();
                line.Amount = Digit(line.Amount!.Value, up: rng.Chance(0.5));
                return Flags(RuleIds.C4aTotalExpenses);
            }

            case Plant.AdjustedArithmetic:
            {
                var wrong = o.AdjustedGrossProceeds!.Value + (rng.Chance(0.5) ? 1 : -1) * (decimal)Math.Pow(10, rng.Between(2, 4));
                o.AdjustedGrossProceeds = wrong;
                UseOfProceeds(o, wrong, o.UseOfProceeds.Any(l => l.ToOthers == 0 || l.ToAffiliates == 0));
                return Flags(RuleIds.C4bAdjustedProceeds);
            }

            case Plant.ProceedsAllocateGross:
                UseOfProceeds(o, o.TotalOfferingAmount!.Value, o.UseOfProceeds.Any(l => l.ToOthers == 0 || l.ToAffiliates == 0));
                return Flags(RuleIds.C5MatchesAdjusted);

            case Plant.ColumnOthersDigit:
                o.ColumnTotalToOthers = Digit(o.ColumnTotalToOthers!.Value, up: rng.Chance(0.5));
                return Flags(RuleIds.C5ColumnOthers, RuleIds.C5TotalPayments);

            case Plant.ProceedsLineDigit:
            {
                var line = o.UseOfProceeds.Where(l => (l.ToOthers ?? 0) >= 10).OrderByDescending(l => l.ToOthers).First();
                line.ToOthers = Digit(line.ToOthers!.Value, up: rng.Chance(0.5));
                return Flags(RuleIds.C5ColumnOthers);
            }

            case Plant.AppendixAmountAbove:
            {
                var cap = o.Investors.AccreditedAmount ?? 0;
                var sum = f.StateAppendix.Sum(r => r.AccreditedAmount ?? 0);
                var row = f.StateAppendix[^1];
                row.AccreditedAmount = (row.AccreditedAmount ?? 0) + (cap - sum) + Amount(10_000, 250_000);
                return Flags(RuleIds.AppendixAccreditedAmount);
            }

            case Plant.AppendixCountAbove:
            {
                var cap = o.Investors.AccreditedNumber ?? 0;
                var sum = f.StateAppendix.Sum(r => r.AccreditedNumber ?? 0);
                var row = f.StateAppendix[0];
                row.AccreditedNumber = (row.AccreditedNumber ?? 0) + (cap - sum) + rng.Between(1, 9);
                return Flags(RuleIds.AppendixAccreditedNumber);
            }

            case Plant.AppendixNonAccreditedAbove:
            {
                var cap = o.Investors.NonAccreditedAmount ?? 0;
                var sum = f.StateAppendix.Sum(r => r.NonAccreditedAmount ?? 0);
                var row = f.StateAppendix[^1];
                row.NonAccreditedAmount = (row.NonAccreditedAmount ?? 0) + (cap - sum) + Amount(5_000, 60_000);
                row.NonAccreditedNumber ??= 0;
                return Flags(RuleIds.AppendixNonAccreditedAmount);
            }

            case Plant.PriorTotalDigit:
                o.PriorOfferingsTotal = Digit(o.PriorOfferingsTotal!.Value, up: rng.Chance(0.5));
                return Flags(RuleIds.C3Total);

            default:
                throw new InvalidOperationException(sc.Plant.ToString());
        }
    }

    /// <summary>The same number with one digit (not the first) typed wrong, higher or lower.</summary>
    private decimal Digit(decimal value, bool up) =>
        TryDigit(value, up) ?? TryDigit(value, !up) ?? throw new InvalidOperationException($"no one-digit slip of {value}");

    private decimal? TryDigit(decimal value, bool up)
    {
        var s = decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
        var candidates = Enumerable.Range(1, s.Length - 1).Where(i => up ? s[i] < '9' : s[i] > '0').ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Prefer the higher places so the slip shows at the form's precision.
        var pos = candidates[rng.Next(Math.Min(3, candidates.Count))];
        var d = s[pos] - '0';
        var nd = up ? rng.Between(d + 1, 9) : rng.Between(pos == 0 ? 1 : 0, d - 1);
        var chars = s.ToCharArray();
        chars[pos] = (char)('0' + nd);
        return decimal.Parse(new string(chars), CultureInfo.InvariantCulture) + (value - decimal.Truncate(value));
    }

    /// <summary>Two adjacent digits swapped so that the number gets smaller; null when no swap does.</summary>
    private static decimal? TransposeDown(decimal value)
    {
        var s = decimal.Truncate(value).ToString(CultureInfo.InvariantCulture).ToCharArray();
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (s[i] > s[i + 1] && !(i == 0 && s[i + 1] == '0'))
            {
                (s[i], s[i + 1]) = (s[i + 1], s[i]);
                return decimal.Parse(new string(s), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    // ---- numbers ----------------------------------------------------------------------------------

    /// <summary>A plausible amount between min and max: usually rounded to thousands or hundreds, sometimes exact.</summary>
    private decimal Amount(decimal min, decimal max)
    {
        var v = (decimal)Math.Exp(rng.Range(Math.Log((double)min), Math.Log((double)max)));
        var r = rng.NextDouble();
        var unit = r < 0.5 ? 1000m : r < 0.8 ? 100m : 1m;
        if (v < unit * 2)
        {
            unit = 1m;
        }

        return Math.Max(unit, Math.Round(v / unit) * unit);
    }

    private decimal RoundDown(decimal v)
    {
        var unit = rng.Chance(0.6) ? 100m : 1m;
        return Math.Floor(v / unit) * unit;
    }

    /// <summary>Splits a total into n positive parts that add up to it exactly.</summary>
    private List<decimal> Split(decimal total, int n)
    {
        if (n <= 1 || total < n * 100)
        {
            return n <= 1 ? [total] : [total, .. Enumerable.Repeat(0m, n - 1)];
        }

        var weights = Enumerable.Range(0, n).Select(_ => rng.Range(0.3, 1.0)).ToList();
        var sum = weights.Sum();
        var parts = new List<decimal>();
        decimal used = 0;
        for (var i = 0; i < n - 1; i++)
        {
            var p = RoundDown(total * (decimal)(weights[i] / sum));
            parts.Add(Math.Max(1, p));
            used += parts[^1];
        }

        parts.Add(total - used);
        return parts;
    }

    private static Address Copy(Address a) => new() { Street1 = a.Street1, Street2 = a.Street2, City = a.City, StateOrCountry = a.StateOrCountry, ZipCode = a.ZipCode };

    /// <summary>Electronic-era fields with a paper counterpart, as the conventions in corpus/README.md set them.</summary>
    private static void SetDerived(Filing f)
    {
        var o = f.Offering;
        o.SalesCommissions = o.Expenses.FirstOrDefault(e => e.Item == ExpenseItems.SalesCommissions)?.Amount;
        o.FindersFees = null;
        o.GrossProceedsUsed = o.ColumnTotalToAffiliates;
    }

    private static void Upper(Filing f)
    {
        static string? U(string? s) => s?.ToUpperInvariant();
        static void A(Address? a)
        {
            if (a is null)
            {
                return;
            }

            a.Street1 = U(a.Street1);
            a.Street2 = U(a.Street2);
            a.City = U(a.City);
        }

        f.OfferingName = U(f.OfferingName);
        var i = f.PrimaryIssuer;
        i.EntityName = U(i.EntityName);
        i.DescriptionOfBusiness = U(i.DescriptionOfBusiness);
        A(i.IssuerAddress);
        A(i.PrincipalBusinessAddress);
        foreach (var p in f.RelatedPersons)
        {
            p.LastName = U(p.LastName);
            p.FirstName = U(p.FirstName);
            p.MiddleName = U(p.MiddleName);
            p.Suffix = U(p.Suffix);
            A(p.Address);
        }

        foreach (var s in new[] { f.Signature, f.StateSignature })
        {
            if (s is not null)
            {
                s.IssuerName = U(s.IssuerName);
                s.NameOfSigner = U(s.NameOfSigner);
                s.SignatureTitle = U(s.SignatureTitle);
            }
        }
    }
}
