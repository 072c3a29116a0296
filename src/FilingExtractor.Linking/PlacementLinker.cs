using System.Globalization;
using FilingExtractor.Edgar;
using FilingExtractor.Model;

namespace FilingExtractor.Linking;

/// <summary>The documents of one issuer: its Form D filings and resale prospectuses, and their placements.</summary>
public sealed record IssuerGroup(string IssuerKey, IReadOnlyList<string> FilingIds, IReadOnlyList<string> ProspectusIds, IReadOnlyList<Placement> Placements);

/// <summary>One offering: its Form D filings (a notice and its amendments) and the resale prospectuses of its shares.</summary>
public sealed record Placement(string PlacementKey, IReadOnlyList<string> FilingIds, IReadOnlyList<string> ProspectusIds);

/// <summary>
/// A link between a Form D (<see cref="FilingId"/>) and another document of the same issuer: another Form D
/// (the higher id of the two), or a resale prospectus. For a Form D and a prospectus of the same placement it
/// carries the cross-checks, from the Form D's side (<see cref="LinkCheck.ThisValue"/> is the Form D's).
/// </summary>
public sealed record PlacementLink
{
    public required string FilingId { get; init; }

    /// <summary>One of <see cref="LinkedDocumentKinds"/>.</summary>
    public required string OtherKind { get; init; }

    public required string OtherId { get; init; }

    /// <summary>One of <see cref="LinkRelations"/>.</summary>
    public required string Relation { get; init; }

    public required string IssuerKey { get; init; }

    public string? PlacementKey { get; init; }

    public required IReadOnlyList<string> MatchedOn { get; init; }

    /// <summary>In <see cref="LinkChecks.All"/> order; empty unless a Form D and a prospectus of one placement.</summary>
    public IReadOnlyList<LinkCheck> Checks { get; init; } = [];

    /// <summary>What the first-sale check compared: "dateOfFirstSale", or "signatureDate" (an upper bound: paper Form D has no date of first sale).</summary>
    public string? FirstSaleBasis { get; init; }

    /// <summary>The Form D's total amount sold, dollars.</summary>
    public decimal? AmountSold { get; init; }

    /// <summary>Shares the prospectus registers for resale.</summary>
    public long? SharesRegistered { get; init; }

    /// <summary><see cref="AmountSold"/> / <see cref="SharesRegistered"/>, rounded to 4 decimal places half away from zero.</summary>
    public decimal? ImpliedPricePerShare { get; init; }

    /// <summary>The warnings a disagreement raises on the Form D, one per disagreeing check.</summary>
    public IReadOnlyList<Flag> Flags { get; init; } = [];

    public int Agreements => Checks.Count(c => c.Outcome == LinkOutcomes.Agree);

    public int Disagreements => Checks.Count(c => c.Outcome == LinkOutcomes.Disagree);
}

/// <summary>What linking found: the issuer groups and every link, in a fixed order (same inputs, same result).</summary>
public sealed record LinkResult(IReadOnlyList<IssuerGroup> Groups, IReadOnlyList<PlacementLink> Links)
{
    /// <summary>The links of one Form D as its JSON carries them: other Form D filings first, then prospectuses, each by id.</summary>
    public List<FilingLink> LinksOf(string filingId) =>
        [.. Links.Where(l => l.FilingId == filingId || (l.OtherKind == LinkedDocumentKinds.FormD && l.OtherId == filingId))
            .Select(l => l.FilingId == filingId ? ToModel(l, l.OtherKind, l.OtherId) : ToModel(l, LinkedDocumentKinds.FormD, l.FilingId))
            .OrderBy(l => l.DocumentKind == LinkedDocumentKinds.FormD ? 0 : 1)
            .ThenBy(l => l.DocumentId, StringComparer.Ordinal)];

    /// <summary>The disagreement flags raised on one Form D, in link order.</summary>
    public IEnumerable<Flag> FlagsOf(string filingId) => Links.Where(l => l.FilingId == filingId).SelectMany(l => l.Flags);

    private static FilingLink ToModel(PlacementLink l, string kind, string id) => new()
    {
        Relation = l.Relation,
        DocumentKind = kind,
        DocumentId = id,
        IssuerKey = l.IssuerKey,
        PlacementKey = l.PlacementKey,
        MatchedOn = [.. l.MatchedOn],
        ImpliedPricePerShare = l.ImpliedPricePerShare,
        Checks = [.. l.Checks.Select(c => new LinkCheck { Check = c.Check, Outcome = c.Outcome, Rule = c.Rule, ThisValue = c.ThisValue, OtherValue = c.OtherValue, Message = c.Message })],
    };
}

/// <summary>
/// Groups Form D filings and resale prospectuses by issuer and by placement, and cross-checks a Form D
/// against the resale prospectus of the same placement: issuer identity, exemption, number of purchasers,
/// first sale against the acquisition date. Unknown on either side is never a disagreement.
/// </summary>
/// <remarks>
/// Issuer: by CIK where both documents have one (decisive), else by normalised entity name; a document
/// without a CIK joins the CIK's group when its name matches documents of exactly one CIK. Placement: Form D
/// filings of one issuer belong together when one amends the other (previous accession number) or both give
/// the same date of first sale; a prospectus belongs to the placement whose date (first sale, else signature)
/// is nearest its placement acquisition date, within <see cref="MaxDaysApart"/> days (with no dates, only when
/// the issuer has one placement).
/// </remarks>
public static class PlacementLinker
{
    /// <summary>How far apart a placement's Form D date and a prospectus's acquisition date may be.</summary>
    public const int MaxDaysApart = 366;

    /// <summary>Links the documents; the filings are not changed (see <see cref="Apply"/>).</summary>
    public static LinkResult Link(IEnumerable<Filing> filings, IEnumerable<Prospectus> prospectuses)
    {
        ArgumentNullException.ThrowIfNull(filings);
        ArgumentNullException.ThrowIfNull(prospectuses);
        var fs = filings.GroupBy(f => f.FilingId, StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.FilingId, StringComparer.Ordinal).ToList();
        var ps = prospectuses.GroupBy(p => p.ProspectusId, StringComparer.Ordinal).Select(g => g.First()).OrderBy(p => p.ProspectusId, StringComparer.Ordinal).ToList();
        var docs = fs.Select(f => new Doc(f, null, IssuerIdentity.Of(f))).Concat(ps.Select(p => new Doc(null, p, IssuerIdentity.Of(p)))).ToList();

        var groups = new List<IssuerGroup>();
        var links = new List<PlacementLink>();
        foreach (var (key, members) in IssuerGroups(docs))
        {
            var formDs = members.Where(d => d.Filing is not null).ToList();
            var prosp = members.Where(d => d.Prospectus is not null).ToList();
            var placements = Placements(formDs);
            var assigned = prosp.ToDictionary(p => p.Id, p => Assign(p.Prospectus!, p.Identity, placements), StringComparer.Ordinal);
            groups.Add(new IssuerGroup(
                key,
                [.. formDs.Select(d => d.Id)],
                [.. prosp.Select(d => d.Id)],
                [.. placements.Select(pl => new Placement(pl.Key, [.. pl.Members.Select(d => d.Id)], [.. prosp.Where(p => assigned[p.Id] == pl.Key).Select(p => p.Id)]))]));

            var placementOf = placements.SelectMany(pl => pl.Members.Select(d => (d.Id, pl.Key))).ToDictionary(x => x.Id, x => x.Key, StringComparer.Ordinal);
            for (var i = 0; i < formDs.Count; i++)
            {
                var a = formDs[i];
                for (var j = i + 1; j < formDs.Count; j++)
                {
                    var b = formDs[j];
                    var same = placementOf[a.Id] == placementOf[b.Id];
                    links.Add(new PlacementLink
                    {
                        FilingId = a.Id,
                        OtherKind = LinkedDocumentKinds.FormD,
                        OtherId = b.Id,
                        Relation = same ? LinkRelations.SamePlacement : LinkRelations.SameIssuer,
                        IssuerKey = key,
                        PlacementKey = same ? placementOf[a.Id] : null,
                        MatchedOn = a.Identity.Compare(b.Identity).Matched,
                    });
                }

                foreach (var p in prosp)
                {
                    links.Add(assigned[p.Id] == placementOf[a.Id]
                        ? CrossCheck(a.Filing!, a.Identity, p.Prospectus!, p.Identity, key, placementOf[a.Id])
                        : new PlacementLink
                        {
                            FilingId = a.Id,
                            OtherKind = LinkedDocumentKinds.Prospectus,
                            OtherId = p.Id,
                            Relation = LinkRelations.SameIssuer,
                            IssuerKey = key,
                            MatchedOn = a.Identity.Compare(p.Identity).Matched,
                        });
                }
            }
        }

        return new LinkResult(groups, links);
    }

    /// <summary>
    /// Links the documents and writes the result into the filings: <see cref="Filing.Links"/> (null when a
    /// filing has none) and one warning flag per disagreement. Links and LINK. flags from an earlier run
    /// are replaced, so applying twice gives the same filings.
    /// </summary>
    public static LinkResult Apply(IReadOnlyList<Filing> filings, IEnumerable<Prospectus> prospectuses)
    {
        ArgumentNullException.ThrowIfNull(filings);
        foreach (var f in filings)
        {
            f.Links = null;
            f.Flags.RemoveAll(x => x.Rule.StartsWith("LINK.", StringComparison.Ordinal));
        }

        var result = Link(filings, prospectuses);
        foreach (var f in filings)
        {
            var links = result.LinksOf(f.FilingId);
            f.Links = links.Count == 0 ? null : links;
            if (f.Links is not null)
            {
                // A document from an earlier version that now carries links is in this version's shape.
                f.SchemaVersion = FilingJson.SchemaVersion;
            }
            f.Flags.AddRange(result.FlagsOf(f.FilingId));
        }

        return result;
    }

    // ---- issuers ---------------------------------------------------------------------------------

    private sealed record Doc(Filing? Filing, Prospectus? Prospectus, IssuerIdentity Identity)
    {
        public string Id => Filing?.FilingId ?? Prospectus!.ProspectusId;
    }

    /// <summary>Issuer groups in key order; members keep the input order (filings by id, then prospectuses by id).</summary>
    private static IEnumerable<(string Key, List<Doc> Members)> IssuerGroups(List<Doc> docs)
    {
        var keys = new string?[docs.Count];
        var ciksByName = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            if (docs[i].Identity.Cik is { } cik)
            {
                keys[i] = "cik:" + cik;
                foreach (var n in docs[i].Identity.Names)
                {
                    if (!ciksByName.TryGetValue(n, out var set))
                    {
                        ciksByName[n] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(cik);
                }
            }
        }

        // Documents without a CIK: connected through shared names (a prospectus's two names bridge them).
        var parent = Enumerable.Range(0, docs.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var firstWithName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < docs.Count; i++)
        {
            if (keys[i] is not null)
            {
                continue;
            }

            foreach (var n in docs[i].Identity.Names)
            {
                if (firstWithName.TryGetValue(n, out var j))
                {
                    parent[Find(i)] = Find(j);
                }
                else
                {
                    firstWithName[n] = i;
                }
            }
        }

        foreach (var component in Enumerable.Range(0, docs.Count).Where(i => keys[i] is null).GroupBy(Find))
        {
            var names = component.SelectMany(i => docs[i].Identity.Names).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var ciks = names.SelectMany(n => ciksByName.TryGetValue(n, out var s) ? s : []).Distinct(StringComparer.Ordinal).ToList();
            // Nameless documents cannot be grouped: each stands alone under its own id.
            var key = ciks.Count == 1 ? "cik:" + ciks[0] : names.Count > 0 ? "name:" + names[0] : "doc:" + docs[component.First()].Id;
            foreach (var i in component)
            {
                keys[i] = key;
            }
        }

        return Enumerable.Range(0, docs.Count)
            .GroupBy(i => keys[i]!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(i => docs[i]).ToList()));
    }

    // ---- placements ------------------------------------------------------------------------------

    private sealed record PlacementDraft(string Key, List<Doc> Members, DateOnly? Date);

    private static List<PlacementDraft> Placements(List<Doc> formDs)
    {
        var parent = Enumerable.Range(0, formDs.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var i = 0; i < formDs.Count; i++)
        {
            var a = formDs[i].Filing!;
            for (var j = i + 1; j < formDs.Count; j++)
            {
                var b = formDs[j].Filing!;
                if (Amends(a, b) || Amends(b, a) || (a.Offering.DateOfFirstSale is { } da && da == b.Offering.DateOfFirstSale))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return [.. Enumerable.Range(0, formDs.Count).GroupBy(Find)
            .Select(g => g.Select(i => formDs[i]).ToList())
            .Select(m => new PlacementDraft(m[0].Id, m, m.Select(d => FormDDate(d.Filing!)).Where(d => d is not null).Min()))
            .OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static bool Amends(Filing amendment, Filing original) =>
        amendment.TypeOfFiling.PreviousAccessionNumber is { } prev && original.Edgar?.AccessionNumber is { } acc
        && string.Equals(prev.Trim(), acc.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The Form D's date of first sale, else its signature date (a paper Form D's only date, filed within 15 days of the first sale).</summary>
    private static DateOnly? FormDDate(Filing f) => f.Offering.DateOfFirstSale ?? f.Signature.SignatureDate;

    /// <summary>The key of the placement a prospectus belongs to, or null.</summary>
    private static string? Assign(Prospectus p, IssuerIdentity issuer, List<PlacementDraft> placements)
    {
        if (placements.Count == 0)
        {
            return null;
        }

        var acquired = PlacementAcquisitions(p, issuer).Select(a => a.Date).Where(d => d is not null).Min();
        if (acquired is { } when)
        {
            var nearest = placements.Where(pl => pl.Date is not null)
                .Select(pl => (pl.Key, Days: Math.Abs(pl.Date!.Value.DayNumber - when.DayNumber)))
                .Where(x => x.Days <= MaxDaysApart)
                .OrderBy(x => x.Days).ThenBy(x => x.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            if (nearest.Key is not null)
            {
                return nearest.Key;
            }
        }

        // No usable dates: only an issuer with a single placement is unambiguous.
        return placements.Count == 1 && (acquired is null || placements[0].Date is null) ? placements[0].Key : null;
    }

    /// <summary>Each selling stockholder's step that took the shares out of the issuer's placement (purchase or issuance from the issuer).</summary>
    private static IEnumerable<ShareAcquisition> PlacementAcquisitions(Prospectus p, IssuerIdentity issuer) =>
        p.SellingStockholders.Select(h => h.Acquisitions.FirstOrDefault(a => IsPlacementStep(a, issuer))).Where(a => a is not null)!;

    private static bool IsPlacementStep(ShareAcquisition a, IssuerIdentity issuer) =>
        (IssuerKeys.Name(a.From) is { } from && issuer.Names.Contains(from))
        || (a.Method is AcquisitionMethods.Purchase or AcquisitionMethods.Issuance
            && (a.Exemption is not null || (a.Transaction?.Contains("placement", StringComparison.OrdinalIgnoreCase) ?? false)));

    // ---- cross-checks ----------------------------------------------------------------------------

    private static PlacementLink CrossCheck(Filing f, IssuerIdentity fId, Prospectus p, IssuerIdentity pId, string issuerKey, string placementKey)
    {
        var comparison = fId.Compare(pId);
        var steps = PlacementAcquisitions(p, pId).ToList();
        var (firstSale, basis) = FirstSaleCheck(f, steps);
        var checks = new List<(LinkCheck Check, string[] Paths)>
        {
            IssuerCheck(f, fId, pId, comparison),
            ExemptionCheck(f, steps),
            PurchasersCheck(f, p, pId),
            firstSale,
        };

        var shares = p.SharesOffered ?? (p.SellingStockholders.Count > 0 && p.SellingStockholders.All(h => h.SharesOffered is not null) ? p.SellingStockholders.Sum(h => h.SharesOffered!.Value) : null);
        var sold = f.Offering.TotalAmountSold;
        decimal? price = sold is { } d && shares is > 0 ? Math.Round(d / shares.Value, 4, MidpointRounding.AwayFromZero) : null;
        var flags = checks.Where(c => c.Check.Outcome == LinkOutcomes.Disagree).Select(c => new Flag
        {
            Rule = c.Check.Rule!,
            Severity = Severities.Warning,
            Message = c.Check.Message,
            Expected = c.Check.OtherValue,
            Found = c.Check.ThisValue,
            Fields = [.. c.Paths.Select(path => f.Provenance.TryGetValue(path, out var src)
                ? new FlagField { Path = path, Page = src.Page, Box = src.Box, Confidence = src.Confidence }
                : new FlagField { Path = path })],
        }).ToList();

        return new PlacementLink
        {
            FilingId = f.FilingId,
            OtherKind = LinkedDocumentKinds.Prospectus,
            OtherId = p.ProspectusId,
            Relation = LinkRelations.SamePlacement,
            IssuerKey = issuerKey,
            PlacementKey = placementKey,
            MatchedOn = comparison.Matched,
            Checks = [.. checks.Select(c => c.Check)],
            FirstSaleBasis = basis,
            AmountSold = sold,
            SharesRegistered = shares,
            ImpliedPricePerShare = price,
            Flags = flags,
        };
    }

    private static (LinkCheck, string[]) IssuerCheck(Filing f, IssuerIdentity fId, IssuerIdentity pId, IdentityComparison c)
    {
        if (c.Differ.Count > 0)
        {
            string Values(IssuerIdentity id) => string.Join("; ", c.Differ.Select(fact => fact + " " + fact switch
            {
                IdentityFacts.Cik => id.Cik,
                IdentityFacts.Name => string.Join(" / ", id.Names),
                IdentityFacts.Address => string.Join(" / ", id.Addresses),
                _ => string.Join(" / ", id.Phones),
            }));
            var paths = c.Differ.SelectMany(fact => fact switch
            {
                IdentityFacts.Cik => new[] { "primaryIssuer.cik" },
                IdentityFacts.Name => ["primaryIssuer.entityName"],
                IdentityFacts.Address => ["primaryIssuer.issuerAddress.street1", "primaryIssuer.issuerAddress.zipCode"],
                _ => ["primaryIssuer.issuerPhoneNumber"],
            }).ToArray();
            return (Check(LinkChecks.Issuer, LinkOutcomes.Disagree, RuleIds.LinkIssuerIdentity, Values(fId), Values(pId),
                $"the Form D and the prospectus name the issuer differently ({string.Join(", ", c.Differ)}); they agree on {(c.Matched.Count == 0 ? "nothing else" : string.Join(", ", c.Matched))}"), paths);
        }

        return c.Matched.Count == 0
            ? (Check(LinkChecks.Issuer, LinkOutcomes.Unknown, null, fId.DisplayName, pId.DisplayName, "no identity fact is known on both sides"), [])
            : (Check(LinkChecks.Issuer, LinkOutcomes.Agree, null, fId.DisplayName, pId.DisplayName, $"same issuer: {string.Join(", ", c.Matched)} agree"), []);
    }

    private static readonly (string Label, Func<FilingUnder, bool?> Box, string Path)[] Exemptions =
    [
        ("Rule 504", u => u.Rule504, "filingUnder.rule504"),
        ("Rule 505", u => u.Rule505, "filingUnder.rule505"),
        ("Rule 506", u => u.Rule506, "filingUnder.rule506"),
        ("Section 4(6)", u => u.Section4_6, "filingUnder.section4_6"),
    ];

    /// <summary>Form D boxes a prospectus's exemption is consistent with; Rule 506 is the safe harbour under Section 4(2).</summary>
    private static HashSet<string> CompatibleBoxes(string exemption)
    {
        var e = exemption.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in new[] { "504", "505", "506" })
        {
            if (e.Contains(rule, StringComparison.Ordinal))
            {
                set.Add("Rule " + rule);
            }
        }

        if (e.Contains("REGULATIOND", StringComparison.Ordinal) || e.Contains("REG.D", StringComparison.Ordinal))
        {
            set.UnionWith(["Rule 504", "Rule 505", "Rule 506"]);
        }

        if (e.Contains("4(2)", StringComparison.Ordinal) || e.Contains("4(A)(2)", StringComparison.Ordinal))
        {
            set.Add("Rule 506");
        }

        if (e.Contains("4(6)", StringComparison.Ordinal) || e.Contains("4(A)(5)", StringComparison.Ordinal))
        {
            set.Add("Section 4(6)");
        }

        return set;
    }

    private static (LinkCheck, string[]) ExemptionCheck(Filing f, List<ShareAcquisition> steps)
    {
        var stated = steps.Select(s => s.Exemption).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var checkedBoxes = Exemptions.Where(x => x.Box(f.FilingUnder) == true).ToList();
        var thisValue = checkedBoxes.Count == 0 ? null : string.Join("; ", checkedBoxes.Select(x => x.Label));
        var otherValue = stated.Count == 0 ? null : string.Join("; ", stated);
        if (checkedBoxes.Count == 0)
        {
            return (Check(LinkChecks.Exemption, LinkOutcomes.Unknown, null, null, otherValue, "the Form D has no exemption box read as checked"), []);
        }

        var compatible = stated.SelectMany(CompatibleBoxes).ToHashSet(StringComparer.Ordinal);
        if (compatible.Count == 0)
        {
            return (Check(LinkChecks.Exemption, LinkOutcomes.Unknown, null, thisValue, otherValue,
                otherValue is null ? "the prospectus does not say under which exemption the shares were sold" : $"the prospectus's exemption ({otherValue}) has no Form D box to compare with"), []);
        }

        return checkedBoxes.Any(x => compatible.Contains(x.Label))
            ? (Check(LinkChecks.Exemption, LinkOutcomes.Agree, null, thisValue, otherValue, $"the Form D claims {thisValue}, the prospectus {otherValue}"), [])
            : (Check(LinkChecks.Exemption, LinkOutcomes.Disagree, RuleIds.LinkExemption, thisValue, otherValue,
                $"the Form D claims {thisValue}, but the prospectus says the placement relied on {otherValue}"), [.. checkedBoxes.Select(x => x.Path)]);
    }

    private static (LinkCheck, string[]) PurchasersCheck(Filing f, Prospectus p, IssuerIdentity pId)
    {
        var v = f.Offering.Investors;
        int? formD;
        string[] paths;
        if (v.TotalNumberAlreadyInvested is { } total)
        {
            (formD, paths) = (total, ["offering.investors.totalNumberAlreadyInvested"]);
        }
        else if (v.AccreditedNumber is not null || v.NonAccreditedNumber is not null)
        {
            // A blank line beside a filled one is none (the form says to enter 0, filers leave it blank).
            (formD, paths) = ((v.AccreditedNumber ?? 0) + (v.NonAccreditedNumber ?? 0), ["offering.investors.accreditedNumber", "offering.investors.nonAccreditedNumber"]);
        }
        else
        {
            (formD, paths) = (v.Rule504TotalNumber, ["offering.investors.rule504TotalNumber"]);
        }

        // Purchasers in the placement: whoever took each holder's shares from the issuer (an affiliate that
        // bought and assigned them counts once), else the earlier holder named, else the holder itself.
        var purchasers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in p.SellingStockholders)
        {
            var step = h.Acquisitions.FirstOrDefault(a => IsPlacementStep(a, pId));
            var who = step is not null ? step.Acquirer ?? h.Name : h.Acquisitions.Count > 0 ? h.Acquisitions[0].From ?? h.Name : h.Name;
            purchasers.Add(IssuerKeys.Name(who) ?? who);
        }

        int? prospectus = p.SellingStockholders.Count == 0 ? null : purchasers.Count;
        var thisValue = formD?.ToString(CultureInfo.InvariantCulture);
        var otherValue = prospectus?.ToString(CultureInfo.InvariantCulture);
        var holders = p.SellingStockholders.Count.ToString(CultureInfo.InvariantCulture);
        if (formD is null || prospectus is null)
        {
            return (Check(LinkChecks.Purchasers, LinkOutcomes.Unknown, null, thisValue, otherValue,
                formD is null ? "the Form D does not give the number of investors" : "the prospectus names no selling stockholders"), []);
        }

        return formD == prospectus
            ? (Check(LinkChecks.Purchasers, LinkOutcomes.Agree, null, thisValue, otherValue, $"{thisValue} purchaser(s) on the Form D; {otherValue} purchaser(s) behind the prospectus's {holders} selling stockholder(s)"), [])
            : (Check(LinkChecks.Purchasers, LinkOutcomes.Disagree, RuleIds.LinkPurchasers, thisValue, otherValue,
                $"the Form D counts {thisValue} investor(s), but the prospectus's {holders} selling stockholder(s) came from {otherValue} purchaser(s) in the placement"), paths);
    }

    private static ((LinkCheck, string[]) Check, string? Basis) FirstSaleCheck(Filing f, List<ShareAcquisition> steps)
    {
        var acquired = steps.Select(s => s.Date).Where(d => d is not null).Min();
        var other = acquired is { } a ? Iso(a) : null;
        if (f.Offering.DateOfFirstSale is { } first)
        {
            var thisValue = Iso(first);
            if (acquired is null)
            {
                return ((Check(LinkChecks.FirstSale, LinkOutcomes.Unknown, null, thisValue, null, "the prospectus gives no day for the purchase from the issuer"), []), "dateOfFirstSale");
            }

            return acquired.Value >= first
                ? ((Check(LinkChecks.FirstSale, LinkOutcomes.Agree, null, thisValue, other,
                    acquired.Value == first ? $"the first sale and the purchase are the same day, {other}" : $"the purchase on {other} follows the first sale on {thisValue}"), []), "dateOfFirstSale")
                : ((Check(LinkChecks.FirstSale, LinkOutcomes.Disagree, RuleIds.LinkFirstSale, thisValue, other,
                    $"the prospectus's purchase from the issuer on {other} is before the Form D's date of first sale, {thisValue}"), ["offering.dateOfFirstSale"]), "dateOfFirstSale");
        }

        if (f.Signature.SignatureDate is not { } signed)
        {
            return ((Check(LinkChecks.FirstSale, LinkOutcomes.Unknown, null, null, other, "the Form D gives neither a date of first sale nor a signature date"), []), null);
        }

        var signedText = Iso(signed);
        if (acquired is null)
        {
            return ((Check(LinkChecks.FirstSale, LinkOutcomes.Unknown, null, signedText, null, "the prospectus gives no day for the purchase from the issuer"), []), "signatureDate");
        }

        if (f.Offering.FirstSaleYetToOccur == true && acquired.Value <= signed)
        {
            return ((Check(LinkChecks.FirstSale, LinkOutcomes.Disagree, RuleIds.LinkFirstSale, signedText, other,
                $"the Form D, signed {signedText}, says the first sale is yet to occur, but the prospectus has a purchase from the issuer on {other}"), ["offering.firstSaleYetToOccur"]), "signatureDate");
        }

        // A notice is signed at or after the first sale (it is due within 15 days of it): the signature date bounds it.
        return acquired.Value <= signed
            ? ((Check(LinkChecks.FirstSale, LinkOutcomes.Agree, null, signedText, other,
                $"the purchase on {other} is not after the Form D's signature on {signedText} ({(signed.DayNumber - acquired.Value.DayNumber).ToString(CultureInfo.InvariantCulture)} days), the upper bound of its first sale"), []), "signatureDate")
            : ((Check(LinkChecks.FirstSale, LinkOutcomes.Disagree, RuleIds.LinkFirstSale, signedText, other,
                $"the Form D was signed on {signedText}, before the prospectus's purchase from the issuer on {other}: the first sale cannot be after the notice"), ["signature.signatureDate"]), "signatureDate");
    }

    private static LinkCheck Check(string check, string outcome, string? rule, string? thisValue, string? otherValue, string message) =>
        new() { Check = check, Outcome = outcome, Rule = rule, ThisValue = thisValue, OtherValue = otherValue, Message = message };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
