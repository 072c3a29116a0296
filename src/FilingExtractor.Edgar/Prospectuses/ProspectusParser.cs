using System.Globalization;
using System.Text.RegularExpressions;
using FilingExtractor.Edgar.FormD;
using FilingExtractor.Model;
using static FilingExtractor.Edgar.Prospectuses.Patterns;

namespace FilingExtractor.Edgar.Prospectuses;

/// <summary>
/// Reads a resale prospectus's facts from its plain text with patterns over sentences and sections, never
/// fixed offsets: the cover (issuer, shares, market, price, date), "Selling Stockholder(s)" (holders,
/// their shares as a table or in prose, how they came by them), "Use of Proceeds", "Legal Matters",
/// "Experts" and "Incorporation of Certain Documents by Reference". A fact not found stays null; each
/// fact found has its offset and sentence in <see cref="Prospectus.Provenance"/>.
/// </summary>
internal sealed partial class ProspectusParser
{
    /// <summary>The cover is in the first few thousand characters of every prospectus.</summary>
    private const int CoverChars = 8000;

    // The patterns carry no time limit of their own: the limit against pathological text is the host's
    // process-wide default (REGEX_DEFAULT_MATCH_TIMEOUT, which the CLI sets), since a wall-clock limit is a
    // property of the machine it runs on, not of the parser; 2 s ran out on a loaded 2-core CI run for an
    // ordinary prospectus. Where it runs out inside a step, that fact is left unknown with a warning (see Step).
    private readonly DocumentText doc;
    private readonly Prospectus p;
    private readonly string origin;

    private ProspectusParser(DocumentText doc, Prospectus prospectus, string origin)
    {
        this.doc = doc;
        p = prospectus;
        this.origin = origin;
    }

    private string Text => doc.Text;

    /// <summary>Fills <paramref name="prospectus"/> (source and submission already set) from <paramref name="plainText"/>.</summary>
    public static void Parse(string plainText, Prospectus prospectus, string origin, string? headerCompanyName)
    {
        var parser = new ProspectusParser(new DocumentText(plainText), prospectus, origin);
        parser.Run(headerCompanyName);
    }

    private void Run(string? headerCompanyName)
    {
        // Each fact on its own: a pattern that runs out of time loses that fact, not the document.
        Step("form type", FormAndRegistration);
        Step("issuer", () => Issuer(headerCompanyName));
        Step("issuer address", IssuerAddress);
        Step("prospectus date", ProspectusDate);
        Step("shares offered", SharesOffered);
        Step("selling stockholders", SellingStockholders);
        Step("acquisitions", Acquisitions);
        Step("lock-up", LockUp);
        Step("exchange and ticker", Market);
        Step("last reported price", LastPrice);
        Step("proceeds", Proceeds);
        Step("counsel", Counsel);
        Step("auditors", Auditors);
        Step("incorporated documents", Incorporated);
    }

    private void Step(string what, Action action)
    {
        try
        {
            action();
        }
        catch (RegexMatchTimeoutException)
        {
            p.Warnings.Add($"{what}: the text took too long to search; left unknown");
        }
    }

    // ---- form and registration -----------------------------------------------------------------------

    /// <summary>What the cover says where the submission header (already applied) did not.</summary>
    private void FormAndRegistration()
    {
        var cover = Math.Min(Text.Length, CoverChars);
        if (p.FormType is null && Rule424().Match(Text, 0, cover) is { Success: true } rule)
        {
            p.FormType = "424B" + rule.Groups["n"].Value;
            Source("formType", G(rule, "all"));
        }

        if (p.RegistrationNumber is null && RegistrationNo().Match(Text, 0, cover) is { Success: true } reg)
        {
            p.RegistrationNumber = reg.Groups["r"].Value;
            Source("registrationNumber", G(reg, "r"));
        }
    }

    // ---- issuer --------------------------------------------------------------------------------------

    private void Issuer(string? headerCompanyName)
    {
        // The cover names the issuer on a line of its own, usually in capitals; the running text has the
        // name as the company writes it, which is the form kept.
        var cover = new Span(0, Math.Min(Text.Length, CoverChars));
        foreach (var line in doc.Lines.Where(l => l.End <= cover.End))
        {
            var m = CompanyLine().Match(Text, line.Start, line.Length);
            if (!m.Success)
            {
                continue;
            }

            var name = CleanName(m.Groups["n"].Value);
            var best = new Span(m.Groups["n"].Index, m.Groups["n"].Index + m.Groups["n"].Length);
            if (name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            {
                foreach (Match other in Loose(name).Matches(Text))
                {
                    if (other.Value.Any(char.IsLower))
                    {
                        name = CleanName(other.Value);
                        best = new Span(other.Index, other.Index + other.Length);
                        break;
                    }
                }
            }

            p.Issuer.Name = name;
            Source("issuer.name", best);
            return;
        }

        var refs = ReferencesAreTo().Match(Text);
        if (refs.Success)
        {
            p.Issuer.Name = CleanName(refs.Groups["n"].Value);
            Source("issuer.name", G(refs, "n"));
            return;
        }

        if (headerCompanyName is not null)
        {
            p.Issuer.Name = headerCompanyName;
            p.Provenance["issuer.name"] = new TextSource { Origin = TextOrigins.Header, Text = headerCompanyName };
        }
    }

    private void IssuerAddress()
    {
        var a = ExecutiveOffice().Match(Text);
        if (a.Success)
        {
            var address = ParseAddress(a.Groups["a"].Value);
            if (address is not null)
            {
                p.Issuer.Address = address;
                Source("issuer.address", G(a, "a"));
            }
        }

        var phone = PhoneNumber().Match(Text);
        if (phone.Success && FormDValues.Phone(phone.Groups["p"].Value) is { } ph)
        {
            p.Issuer.Phone = ph;
            Source("issuer.phone", G(phone, "p"));
        }
    }

    /// <summary>"21211 Nordhoff Street, Chatsworth, California 91311" into street, city, state code and ZIP.</summary>
    private static Address? ParseAddress(string raw)
    {
        var parts = DocumentText.Clean(raw).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            return null;
        }

        var last = StateZip().Match(parts[^1]);
        if (!last.Success)
        {
            return null;
        }

        var state = last.Groups["s"].Value.Trim();
        var code = FormDValues.Jurisdiction(state);
        return new Address
        {
            Street1 = string.Join(", ", parts[..^2]),
            City = parts[^2],
            StateOrCountry = code is "FN" or "CN" ? state : code,
            ZipCode = last.Groups["z"].Value,
        };
    }

    // ---- cover facts ---------------------------------------------------------------------------------

    private void ProspectusDate()
    {
        var m = DateOfProspectus().Match(Text);
        if (m.Success && Patterns.ParseDate(m.Groups["d"].Value) is { } d)
        {
            p.ProspectusDate = d;
            Source("prospectusDate", G(m, "d"));
        }
    }

    private void SharesOffered()
    {
        var cover = Math.Min(Text.Length, CoverChars);
        var m = CoverShares().Match(Text, 0, cover);
        if (!m.Success)
        {
            m = ResaleOfShares().Match(Text);
        }

        if (!m.Success)
        {
            m = AggregateNumberIs().Match(Text);
        }

        if (m.Success && ParseShares(m.Groups["n"].Value) is { } n)
        {
            p.SharesOffered = n;
            Source("sharesOffered", G(m, "n"));
            var title = m.Groups["title"];
            if (!title.Success || title.Length == 0)
            {
                // "2,500,000 Shares" / "ACME CORP" / "Common Stock": the class on a line of its own just below.
                var below = TitleLine().Match(Text, m.Index + m.Length, Math.Min(600, Text.Length - m.Index - m.Length));
                title = below.Success ? below.Groups["title"] : title;
            }

            if (title.Success && title.Length > 0)
            {
                p.SecurityTitle = DocumentText.Clean(title.Value).ToLowerInvariant();
                Source("securityTitle", new Span(title.Index, title.Index + title.Length));
            }
        }
    }

    private void Market()
    {
        var m = ListedUnderSymbol().Match(Text);
        if (!m.Success)
        {
            return;
        }

        p.Exchange = DocumentText.Clean(m.Groups["ex"].Value);
        Source("exchange", G(m, "ex"));
        p.Ticker = m.Groups["sym"].Value.TrimEnd('.');
        Source("ticker", G(m, "sym"));
    }

    private void LastPrice()
    {
        var m = OnDateLastPrice().Match(Text);
        if (!m.Success)
        {
            m = LastPriceOnDate().Match(Text);
        }

        if (!m.Success)
        {
            return;
        }

        if (ParseMoney(m.Groups["p"].Value) is { } price)
        {
            p.LastReportedPrice = price;
            Source("lastReportedPrice", G(m, "p"));
        }

        if (Patterns.ParseDate(m.Groups["d"].Value) is { } d)
        {
            p.LastReportedPriceDate = d;
            Source("lastReportedPriceDate", G(m, "d"));
        }
    }

    // ---- selling stockholders ------------------------------------------------------------------------

    private Span HoldersSection => doc.Section(SectionKeys.SellingHolders) ?? new Span(0, Text.Length);

    private void SellingStockholders()
    {
        if (doc.Section(SectionKeys.SellingHolders) is { } section && HolderTable.Read(doc, section) is { Count: > 0 } rows)
        {
            foreach (var row in rows)
            {
                var i = p.SellingStockholders.Count;
                var h = new SellingStockholder
                {
                    Name = row.Name,
                    SharesOwnedBefore = row.Before,
                    PercentOwnedBefore = row.PercentBefore,
                    SharesOffered = row.Offered,
                    SharesOwnedAfter = row.After,
                    PercentOwnedAfter = row.PercentAfter,
                };
                p.SellingStockholders.Add(h);
                var path = Inv($"sellingStockholders[{i}]");
                Source(path + ".name", row.Line);
                SourceIf(path + ".sharesOwnedBefore", row.Line, h.SharesOwnedBefore);
                SourceIf(path + ".sharesOffered", row.Line, h.SharesOffered);
                SourceIf(path + ".sharesOwnedAfter", row.Line, h.SharesOwnedAfter);
            }

            return;
        }

        // Prose: "The name of the selling stockholder is X and the ... number of shares ... is N." The holders'
        // section first; a holder defined on the cover ("X (the "selling stockholder")") otherwise.
        var scope = HoldersSection;
        HoldersInProse(scope);
        if (p.SellingStockholders.Count == 0 && scope.Length < Text.Length)
        {
            HoldersInProse(new Span(0, Text.Length));
        }

        // "...did not hold any shares of our common stock prior to the private placement."
        if (p.SellingStockholders.Count == 1)
        {
            var none = HeldNoneBefore().Match(Text, scope.Start, scope.Length);
            if (none.Success)
            {
                p.SellingStockholders[0].SharesOwnedBeforePlacement = 0;
                Source("sellingStockholders[0].sharesOwnedBeforePlacement", G(none, "all"));
            }
        }
    }

    private void HoldersInProse(Span scope)
    {
        foreach (var regex in new[] { NameOfHolderIs(), NameIsTheHolder(), TheHolderComma(), NameDefinedAsHolder() })
        {
            foreach (var m in All(regex, scope))
            {
                var name = CleanName(m.Groups["name"].Value);
                if (name.Length < 3 || p.SellingStockholders.Any(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var i = p.SellingStockholders.Count;
                var h = new SellingStockholder { Name = name };
                p.SellingStockholders.Add(h);
                Source(Inv($"sellingStockholders[{i}].name"), G(m, "name"));

                var sentence = doc.SentenceAt(m.Index);
                var n = HolderSharesInSentence().Match(Text, sentence.Start, sentence.Length);
                if (n.Success && ParseShares(n.Groups["n"].Value) is { } shares)
                {
                    h.SharesOffered = shares;
                    Source(Inv($"sellingStockholders[{i}].sharesOffered"), G(n, "n"));
                }
            }
        }
    }

    /// <summary>
    /// How the registered shares reached each holder: purchases ("X, an affiliate of the selling
    /// stockholder, purchased such shares ... on October 28, 2002, pursuant to a private placement exempt
    /// from registration under Rule 506") and transfers ("the shares were assigned to the selling
    /// stockholder in November 2002"), each with its date, transaction and exemption.
    /// </summary>
    private void Acquisitions()
    {
        if (p.SellingStockholders.Count == 0)
        {
            return;
        }

        var found = new List<(ShareAcquisition A, Dictionary<string, Span> Spans, int At)>();
        var scope = HoldersSection;
        foreach (var sentence in doc.Sentences(scope))
        {
            foreach (Match m in All(Purchase(), sentence))
            {
                var a = new ShareAcquisition { Method = AcquisitionMethods.Purchase };
                var spans = new Dictionary<string, Span>();
                a.Acquirer = Party(m.Groups["buyer"].Value);
                spans["acquirer"] = G(m, "buyer");
                if (m.Groups["rel"].Success)
                {
                    a.AcquirerRelationship = DocumentText.Clean(m.Groups["rel"].Value);
                    spans["acquirerRelationship"] = G(m, "rel");
                }

                SetDate(a, spans, m);
                FromIn(m.Groups["what"], a, spans);
                Terms(a, spans, m.Index, ClauseEnd(m.Index, sentence.End));
                found.Add((a, spans, m.Index));
            }

            // "On June 15, 2007, we sold 2,500,000 shares ... to the selling stockholder in a private placement";
            // "we issued the shares to Foo LLC on June 15, 2007"; "On June 15, 2007, Foo LLC purchased ...".
            foreach (var regex in new[] { DateFirstIssuance(), IssuanceDateAfter() })
            {
                foreach (var m in All(regex, sentence))
                {
                    var a = new ShareAcquisition { Method = AcquisitionMethods.Purchase };
                    var spans = new Dictionary<string, Span>();
                    a.Acquirer = Party(m.Groups["to"].Value);
                    spans["acquirer"] = G(m, "to");
                    a.From = Party(m.Groups["from"].Value);
                    spans["from"] = G(m, "from");
                    SetDate(a, spans, m);
                    Terms(a, spans, m.Index, ClauseEnd(m.Index, sentence.End));
                    found.Add((a, spans, m.Index));
                }
            }

            foreach (var m in All(DateFirstPurchase(), sentence))
            {
                if (found.Any(f => f.At == m.Index))
                {
                    continue;
                }

                var a = new ShareAcquisition { Method = AcquisitionMethods.Purchase };
                var spans = new Dictionary<string, Span>();
                a.Acquirer = Party(m.Groups["buyer"].Value);
                spans["acquirer"] = G(m, "buyer");
                SetDate(a, spans, m);
                FromIn(m.Groups["what"], a, spans);

                Terms(a, spans, m.Index, ClauseEnd(m.Index, sentence.End));
                found.Add((a, spans, m.Index));
            }

            foreach (var regex in new[] { TransferPassive(), TransferActive() })
            {
                foreach (var m in All(regex, sentence))
                {
                    var a = new ShareAcquisition { Method = Method(m.Groups["how"].Value) };
                    var spans = new Dictionary<string, Span>();
                    a.Acquirer = Party(m.Groups["to"].Value);
                    spans["acquirer"] = G(m, "to");
                    var fromGroup = m.Groups["from"].Success ? m.Groups["from"] : m.Groups["from2"];
                    if (fromGroup.Success)
                    {
                        a.From = Party(fromGroup.Value);
                        spans["from"] = new Span(fromGroup.Index, fromGroup.Index + fromGroup.Length);
                    }

                    SetDate(a, spans, m);
                    Terms(a, spans, m.Index, ClauseEnd(m.Index, sentence.End));
                    found.Add((a, spans, m.Index));
                }
            }
        }

        // Two phrasings of one event (a date-first and a date-after pattern) count once.
        found = found.GroupBy(f => (f.A.Acquirer, f.A.Method, f.A.DateText)).Select(g => g.First()).ToList();
        if (found.Count == 0)
        {
            return;
        }

        // Earliest first; a transfer without a named transferor came from the previous holder, and a purchase
        // in the issuer's own private placement was from the issuer.
        var ordered = found.OrderBy(f => f.A.Date ?? ParseMonthYear(f.A.DateText ?? string.Empty) ?? DateOnly.MaxValue).ThenBy(f => f.At).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var (a, spans, at) = ordered[k];
            if (a.From is null && a.Method != AcquisitionMethods.Purchase && k > 0)
            {
                a.From = ordered[k - 1].A.Acquirer;
                spans["from"] = FromPreviousHolder;
            }
            else if (a.From is null && a.Method == AcquisitionMethods.Purchase && (a.Transaction?.Contains("private", StringComparison.OrdinalIgnoreCase) == true || OurShares().IsMatch(Text, at)))
            {
                a.From = p.Issuer.Name;
                spans["from"] = FromIssuer;
            }
        }

        foreach (var (a, spans, at) in ordered)
        {
            // "The selling stockholders purchased the shares..." is said of every holder.
            var holders = p.SellingStockholders.Count == 1
                ? [0]
                : AllHolders().IsMatch(a.Acquirer ?? string.Empty)
                    ? Enumerable.Range(0, p.SellingStockholders.Count).ToList()
                    : [.. Enumerable.Range(0, p.SellingStockholders.Count).Where(i => p.SellingStockholders[i].Name.Equals(a.Acquirer, StringComparison.OrdinalIgnoreCase))];
            if (holders.Count == 0)
            {
                p.Warnings.Add($"acquisitions: \"{a.Acquirer}\" is not a named selling stockholder; its acquisition at offset {at.ToString(CultureInfo.InvariantCulture)} was not attributed");
                continue;
            }

            foreach (var holder in holders)
            {
                var list = p.SellingStockholders[holder].Acquisitions;
                var path = Inv($"sellingStockholders[{holder}].acquisitions[{list.Count}]");
                var copy = holders.Count == 1 ? a : Copy(a, p.SellingStockholders[holder].Name);
                list.Add(copy);
                foreach (var (field, span) in spans)
                {
                    if (span == FromPreviousHolder || span == FromIssuer)
                    {
                        var why = span == FromPreviousHolder ? "the holder before this transfer" : "a purchase in the issuer's own private placement is from the issuer";
                        p.Provenance[$"{path}.{field}"] = new TextSource { Origin = TextOrigins.Derived, Text = copy.From, Sentence = why };
                    }
                    else
                    {
                        Source($"{path}.{field}", span);
                    }
                }
            }
        }
    }

    private static ShareAcquisition Copy(ShareAcquisition a, string acquirer) => new()
    {
        Acquirer = acquirer,
        AcquirerRelationship = a.AcquirerRelationship,
        From = a.From,
        Method = a.Method,
        Date = a.Date,
        DateText = a.DateText,
        Transaction = a.Transaction,
        Exemption = a.Exemption,
    };

    /// <summary>Stand-ins for "from" values the text implies rather than states (no offset to point at).</summary>
    private static readonly Span FromPreviousHolder = new(-1, -1);

    private static readonly Span FromIssuer = new(-2, -2);

    /// <summary>"...the shares from us / from Foo LLC..." inside a matched clause.</summary>
    private void FromIn(Group what, ShareAcquisition a, Dictionary<string, Span> spans)
    {
        var from = FromParty().Match(what.Value);
        if (from.Success)
        {
            a.From = Party(from.Groups["from"].Value);
            var start = what.Index + from.Groups["from"].Index;
            spans["from"] = new Span(start, start + from.Groups["from"].Length);
        }
    }

    /// <summary>"the selling stockholder" stands for the one holder there is.</summary>
    private string Party(string raw)
    {
        var t = DocumentText.Clean(raw);
        if (OnlyTheSellingHolder().IsMatch(t) && p.SellingStockholders.Count == 1)
        {
            return p.SellingStockholders[0].Name;
        }

        if (t.Equals("us", StringComparison.OrdinalIgnoreCase) || t.Equals("we", StringComparison.OrdinalIgnoreCase) || t.Equals("the company", StringComparison.OrdinalIgnoreCase))
        {
            return p.Issuer.Name ?? t;
        }

        return CleanName(t);
    }

    private static string Method(string verb) => verb.ToLowerInvariant() switch
    {
        "assigned" => AcquisitionMethods.Assignment,
        "transferred" or "gifted" or "contributed" => AcquisitionMethods.Transfer,
        "distributed" => AcquisitionMethods.Distribution,
        "sold" => AcquisitionMethods.Purchase,
        "exchanged" => AcquisitionMethods.Exchange,
        "issued" => AcquisitionMethods.Issuance,
        _ => AcquisitionMethods.Other,
    };

    private static void SetDate(ShareAcquisition a, Dictionary<string, Span> spans, Match m)
    {
        var raw = DocumentText.Clean(m.Groups["date"].Value);
        a.DateText = raw;
        a.Date = Patterns.ParseDate(raw);
        spans["dateText"] = G(m, "date");
        if (a.Date is not null)
        {
            spans["date"] = G(m, "date");
        }
    }

    /// <summary>Transaction and exemption named in the same clause (up to ";" or the sentence's end).</summary>
    private void Terms(ShareAcquisition a, Dictionary<string, Span> spans, int from, int to)
    {
        var exemption = ExemptionRx().Match(Text, from, to - from);
        if (exemption.Success)
        {
            a.Exemption = DocumentText.Clean(exemption.Value);
            spans["exemption"] = new Span(exemption.Index, exemption.Index + exemption.Length);
        }

        var transaction = TransactionRx().Match(Text, from, to - from);
        if (transaction.Success)
        {
            a.Transaction = DocumentText.Clean(transaction.Value).ToLowerInvariant();
            spans["transaction"] = new Span(transaction.Index, transaction.Index + transaction.Length);
        }
    }

    private int ClauseEnd(int from, int sentenceEnd)
    {
        var semi = Text.IndexOf(';', from, sentenceEnd - from);
        return semi < 0 ? sentenceEnd : semi;
    }

    private void LockUp()
    {
        // The holders' section first, then the plan of distribution, then anywhere.
        var scopes = new[] { doc.Section(SectionKeys.SellingHolders), doc.Section(SectionKeys.PlanOfDistribution), new Span(0, Text.Length) };
        foreach (var scope in scopes.OfType<Span>())
        {
            var m = LockUpUntil().Match(Text, scope.Start, scope.Length);
            if (m.Success && Patterns.ParseDate(m.Groups["d"].Value) is { } d)
            {
                p.LockUpEndDate = d;
                Source("lockUpEndDate", G(m, "d"));
                return;
            }
        }
    }

    // ---- proceeds, counsel, auditors -----------------------------------------------------------------

    private void Proceeds()
    {
        var scopes = new[] { doc.Section(SectionKeys.UseOfProceeds), new Span(0, Text.Length) };
        foreach (var scope in scopes.OfType<Span>())
        {
            foreach (var sentence in doc.Sentences(scope))
            {
                var s = Text[sentence.Start..sentence.End];
                if (!s.Contains("proceeds", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var no = NoProceeds().Match(s);
                var yes = ReceiveProceeds().Match(s);
                if (!no.Success && !yes.Success)
                {
                    continue;
                }

                p.Proceeds.Statement = DocumentText.Clean(s);
                Source("proceeds.statement", sentence);
                p.Proceeds.IssuerReceivesProceeds = !no.Success;
                var hit = no.Success ? no : yes;
                Source("proceeds.issuerReceivesProceeds", new Span(sentence.Start + hit.Index, sentence.Start + hit.Index + hit.Length));
                var amount = ProceedsAmount().Match(s);
                if (!no.Success && amount.Success && ParseMoney(amount.Groups["a"].Value) is { } value)
                {
                    p.Proceeds.Amount = amount.Groups["million"].Success ? value * 1_000_000m : value;
                    Source("proceeds.amount", new Span(sentence.Start + amount.Index, sentence.Start + amount.Index + amount.Length));
                }

                return;
            }
        }
    }

    private void Counsel()
    {
        if (doc.Section(SectionKeys.LegalMatters) is not { } section)
        {
            return;
        }

        foreach (var sentence in doc.Sentences(section))
        {
            var s = Text[sentence.Start..sentence.End];
            if (!PassedUpon().IsMatch(s))
            {
                continue;
            }

            foreach (Match m in All(ByFirm(), sentence))
            {
                AddFirm(p.Counsel, "counsel", m);
            }
        }
    }

    private void Auditors()
    {
        var scope = doc.Section(SectionKeys.Experts) ?? new Span(0, Text.Length);
        foreach (var regex in new[] { AuditedBy(), FirmIndependent() })
        {
            foreach (var m in All(regex, scope))
            {
                AddFirm(p.Auditors, "auditors", m);
            }
        }
    }

    private void AddFirm(List<string> list, string path, Match m)
    {
        var name = CleanFirm(m.Groups["name"].Value);
        if (name.Length < 3 || list.Contains(name, StringComparer.OrdinalIgnoreCase) || NotAFirm().IsMatch(name))
        {
            return;
        }

        Source(Inv($"{path}[{list.Count}]"), G(m, "name"));
        list.Add(name);
    }

    // ---- incorporation by reference ------------------------------------------------------------------

    private void Incorporated()
    {
        if (doc.Section(SectionKeys.Incorporation) is not { } section)
        {
            return;
        }

        // List items: a marker line starts an item; following lines without a marker continue it until a
        // blank line or a line that is plainly a new paragraph.
        var items = new List<Span>();
        Span? current = null;
        var started = false;
        foreach (var line in doc.Lines.Where(l => l.Start >= section.Start && l.End <= section.End))
        {
            var t = Text[line.Start..line.End];
            if (DocumentText.IsListItem(t))
            {
                if (current is { } c)
                {
                    items.Add(c);
                }

                current = line;
                started = true;
                continue;
            }

            if (t.Trim().Length == 0)
            {
                if (current is { } c)
                {
                    items.Add(c);
                    current = null;
                }

                continue;
            }

            if (current is { } open && !ItemComplete().IsMatch(Text[open.Start..open.End]))
            {
                current = new Span(open.Start, line.End); // an item hard-wrapped onto the next line
                continue;
            }

            if (current is { } done)
            {
                items.Add(done);
                current = null;
            }

            if (started && items.Count > 0)
            {
                break; // the paragraph after the list
            }
        }

        if (current is { } last)
        {
            items.Add(last);
        }

        if (items.Count == 0)
        {
            // No list: the sentences that name forms.
            items = [.. doc.Sentences(section).Where(s => FormType().IsMatch(Text[s.Start..s.End]))];
        }

        foreach (var item in items)
        {
            var raw = Text[item.Start..item.End];
            var marker = DocumentText.ListMarker().Match(raw);
            var bodyStart = item.Start + (marker.Success ? marker.Length - 1 : 0);
            var description = ItemEnd().Replace(DocumentText.Clean(Text[bodyStart..item.End]), string.Empty);
            if (description.Length < 8)
            {
                continue;
            }

            var d = new IncorporatedDocument { Description = description };
            var form = FormType().Match(description);
            if (form.Success)
            {
                d.FormType = form.Groups["proxy"].Success ? "DEF 14A" : form.Groups["f"].Value.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
            }

            foreach (Match date in AnyDate().Matches(description))
            {
                if (Patterns.ParseDate(date.Value) is { } dt)
                {
                    d.Dates.Add(dt);
                }
            }

            d.FutureFilings = FutureFilings().IsMatch(description);
            if (d.FutureFilings)
            {
                d.FormType = null; // "all reports, definitive proxy statements and other documents" names no one form
            }

            var i = p.IncorporatedDocuments.Count;
            p.IncorporatedDocuments.Add(d);
            Source(Inv($"incorporatedDocuments[{i}].description"), new Span(bodyStart, item.End));
        }
    }

    // ---- provenance ----------------------------------------------------------------------------------

    /// <summary>Matches within a span only (the regex sees the whole text; no substring is copied).</summary>
    private IEnumerable<Match> All(Regex regex, Span within)
    {
        var m = regex.Match(Text, within.Start, within.Length);
        while (m.Success)
        {
            yield return m;
            m = m.NextMatch();
        }
    }

    private static Span G(Match m, string group)
    {
        var g = m.Groups[group];
        return new Span(g.Index, g.Index + g.Length);
    }

    private void Source(string path, Span span)
    {
        var sentence = doc.SentenceAt(span.Start);
        p.Provenance[path] = new TextSource
        {
            Origin = origin,
            Offset = span.Start,
            Length = span.Length,
            Text = Text[span.Start..span.End],
            Sentence = DocumentText.Clean(Text[sentence.Start..Math.Max(sentence.End, Math.Min(span.End, sentence.Start + 2000))]),
        };
    }

    private void SourceIf(string path, Span span, long? value)
    {
        if (value is not null)
        {
            Source(path, span);
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    // ---- patterns ------------------------------------------------------------------------------------

    [GeneratedRegex(@"(?<all>(?i:filed\s+pursuant\s+to\s+rule\s+424\s*\(\s*b\s*\)\s*\(\s*)(?<n>[1-8])\s*\))", RegexOptions.CultureInvariant)]
    private static partial Regex Rule424();

    [GeneratedRegex(@"(?i:registration\s+(?:statement\s+)?(?:no\.?|number|file\s+no\.?)s?)\s*:?\s*(?<r>33[3-9]-\d{3,6})", RegexOptions.CultureInvariant)]
    private static partial Regex RegistrationNo();

    [GeneratedRegex(@"^\s*(?<n>" + Word + @"(?:(?:\s+" + Connector + @")?\s+" + Word + @")*,?\s+(?i:corporation|inc\.?|incorporated|corp\.?|company|co\.|ltd\.?|limited|l\.p\.|llc|plc|holdings?|group|trust|bancorp|bancshares|n\.v\.|s\.a\.|ag|technologies|systems))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyLine();

    [GeneratedRegex(@"(?i:references?\s+(?:in\s+this\s+prospectus\s+)?to\b)[^.]{0,200}?\b(?i:are|refer)\s+to\s+(?<n>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencesAreTo();

    [GeneratedRegex(@"(?i:principal\s+(?:executive\s+)?offices?\s+(?:is|are)\s+(?:located\s+)?at)\s+(?<a>[^.;]{5,160}?\b\d{5}(?:-\d{4})?)", RegexOptions.CultureInvariant)]
    private static partial Regex ExecutiveOffice();

    [GeneratedRegex(@"(?i:telephone\s+number)[^.]{0,60}?\s(?i:is)\s+(?<p>\(?\d{3}\)?[\s.-]*\d{3}[\s.-]\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(?<s>[A-Za-z][A-Za-z .]+?)\s+(?<z>\d{5}(?:-\d{4})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex StateZip();

    [GeneratedRegex(@"(?i:date\s+of\s+this\s+prospectus\s+is|this\s+prospectus\s+is\s+dated|prospectus\s+(?:supplement\s+)?dated)\s+(?<d>" + FullDate + ")", RegexOptions.CultureInvariant)]
    private static partial Regex DateOfProspectus();

    [GeneratedRegex(@"^[ \t]*(?i:up\s+to\s+)?(?<n>" + Shares + @")\s+(?i:shares)(?:(?:[ \t]+(?i:of))?[ \t]+(?<title>" + SecurityClass + @"))?[^\n]{0,40}$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex CoverShares();

    [GeneratedRegex(@"^[ \t]*(?<title>" + SecurityClass + @")[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLine();

    private const string SecurityClass = @"(?i:common\s+stock|class\s+[a-z]\s+common\s+stock|ordinary\s+shares|common\s+shares|series\s+[a-z0-9-]+\s+(?:convertible\s+)?preferred\s+stock|preferred\s+stock|american\s+depositary\s+shares)";

    [GeneratedRegex(@"(?i:relates\s+to|covers|registers?)\s+(?i:the\s+)?(?:(?i:resale|offer\s+and\s+(?:re)?sale|sale|offering|disposition)[^.]{0,200}?)?(?i:up\s+to\s+|an\s+aggregate\s+of\s+)?(?<n>" + Shares + @")\s+(?i:shares)\s+(?i:of\s+)?(?i:our\s+|the\s+|its\s+)?(?<title>" + SecurityClass + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ResaleOfShares();

    [GeneratedRegex(@"(?i:aggregate\s+number\s+of\s+shares)[^.]{0,200}?\s(?i:is)\s+(?<n>" + Shares + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AggregateNumberIs();

    [GeneratedRegex(@"(?i:quoted|listed|traded|trades|trade)\s+(?i:on)\s+(?i:the\s+)?(?<ex>[A-Z][A-Za-z&.\-]*(?:\s+[A-Z][A-Za-z&.\-]*){0,6})\s*(?:\([^)]{0,40}\)\s*)?,?\s+(?i:under\s+the\s+(?:trading\s+|ticker\s+)?symbols?)\s*[""']?(?<sym>[A-Z]{1,6}(?:\.[A-Z]{1,2})?)\.?[""']?", RegexOptions.CultureInvariant)]
    private static partial Regex ListedUnderSymbol();

    [GeneratedRegex(@"(?i:on)\s+(?<d>" + FullDate + @"),?\s+(?i:the\s+(?:last\s+)?(?:reported\s+)?(?:sale|sales|closing|bid)\s+price)[^.;]{0,160}?\s(?i:was)\s+\$?\s*(?<p>" + Money + ")", RegexOptions.CultureInvariant)]
    private static partial Regex OnDateLastPrice();

    [GeneratedRegex(@"(?i:(?:last\s+(?:reported\s+)?(?:sale|sales|closing)?|closing|reported\s+(?:sale|closing))\s+(?:sale\s+|bid\s+)?price)[^;]{0,160}?(?i:on|as\s+of)\s+(?<d>" + FullDate + @")[^;]{0,60}?\s(?i:was)\s+\$?\s*(?<p>" + Money + ")", RegexOptions.CultureInvariant)]
    private static partial Regex LastPriceOnDate();

    [GeneratedRegex(@"(?i:name\s+of\s+the\s+)" + SellingHolder + @"\s+(?i:is)\s+(?<name>" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NameOfHolderIs();

    [GeneratedRegex(@"(?<name>" + Name + @")\s*(?:\([^)]{0,60}\)\s*)?,?\s+(?i:is\s+the\s+(?:sole\s+|only\s+)?)" + SellingHolder, RegexOptions.CultureInvariant)]
    private static partial Regex NameIsTheHolder();

    [GeneratedRegex(@"(?i:the\s+(?:sole\s+|only\s+)?)" + SellingHolder + @",\s+(?<name>" + Name + "),", RegexOptions.CultureInvariant)]
    private static partial Regex TheHolderComma();

    /// <summary>"Foo Capital LLC (the "selling stockholder")": the defined term after the name.</summary>
    [GeneratedRegex(@"(?<name>" + Name + @")\s*\((?i:the\s+|our\s+)?[""']?" + SellingHolder + @"[""']?\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameDefinedAsHolder();

    [GeneratedRegex(@"(?:(?i:offer\s+and\s+sell|offer\s+and\s+resell|resell|sell|offer|registered)[^.;]{0,100}?\s(?i:is|of|up\s+to)\s+(?<n>" + Shares + @")(?![\d,])|(?<n>" + Shares + @")\s+(?i:shares))", RegexOptions.CultureInvariant)]
    private static partial Regex HolderSharesInSentence();

    [GeneratedRegex(@"(?<all>(?i:did\s+not\s+(?:hold|own|beneficially\s+own)\s+any\s+(?:shares|securities))[^.]{0,120}?(?i:prior\s+to|before)\s+(?i:the\s+)?(?i:private\s+placement|transaction|offering|acquisition))", RegexOptions.CultureInvariant)]
    private static partial Regex HeldNoneBefore();

    [GeneratedRegex("^" + TheSellingHolder + "$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyTheSellingHolder();

    [GeneratedRegex(@"(?<buyer>" + TheSellingHolder + "|" + Name + @")(?:\s*\([^)]{0,80}\))?(?:,\s*(?<rel>(?i:(?:an?|the|its|our)\s+(?:affiliate|subsidiary|parent|general\s+partner|partner|member|wholly[- ]owned\s+subsidiary|related\s+party))[^,;]{0,80}),)?\s+(?i:purchased|acquired|bought|subscribed\s+for)\s+(?<what>[^;]{0,200}?)\s+(?i:on|as\s+of|in)\s+(?<date>" + FullDate + "|" + MonthYear + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Purchase();

    [GeneratedRegex(@"(?i:on|as\s+of)\s+(?<date>" + FullDate + @"),\s+(?<from>(?i:we|the\s+company)|" + Name + @")\s+(?i:issued|sold)\s+(?<what>[^;]{0,200}?)\s+(?i:to)\s+(?<to>" + TheSellingHolder + "|" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex DateFirstIssuance();

    [GeneratedRegex(@"(?<from>(?i:we|the\s+company))\s+(?i:issued|sold)\s+(?<what>[^;]{0,200}?)\s+(?i:to)\s+(?<to>" + TheSellingHolder + "|" + Name + @")[^;]{0,120}?\s(?i:on|as\s+of)\s+(?<date>" + FullDate + ")", RegexOptions.CultureInvariant)]
    private static partial Regex IssuanceDateAfter();

    [GeneratedRegex(@"(?i:on|as\s+of)\s+(?<date>" + FullDate + @"),\s+(?<buyer>" + TheSellingHolder + "|" + Name + @")\s+(?i:purchased|acquired|bought|subscribed\s+for)\s+(?<what>[^;]{0,200}?)(?=[;.]|$|\s+(?i:in|pursuant|under|for)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DateFirstPurchase();

    [GeneratedRegex(@"(?i:(?:such\s+|the\s+|these\s+|those\s+)?(?:shares|securities))\s+(?i:were|was)\s+(?<how>(?i:assigned|transferred|distributed|contributed|gifted|sold|issued|exchanged))\s+(?:(?i:by)\s+(?<from>" + Name + @")\s+)?(?i:to)\s+(?<to>" + TheSellingHolder + "|" + Name + @")(?:\s+(?i:by)\s+(?<from2>" + Name + @"))?\s+(?i:on|in|as\s+of)\s+(?<date>" + FullDate + "|" + MonthYear + ")", RegexOptions.CultureInvariant)]
    private static partial Regex TransferPassive();

    [GeneratedRegex(@"(?<from>" + Name + @")\s+(?<how>(?i:assigned|transferred|distributed|contributed))\s+(?i:(?:such|the|these|those|its|their)\s+)?(?i:shares|securities)\s+(?i:to)\s+(?<to>" + TheSellingHolder + "|" + Name + @")\s+(?i:on|in|as\s+of)\s+(?<date>" + FullDate + "|" + MonthYear + ")", RegexOptions.CultureInvariant)]
    private static partial Regex TransferActive();

    [GeneratedRegex(@"(?i:from)\s+(?<from>(?i:us|the\s+company)|" + Name + ")", RegexOptions.CultureInvariant)]
    private static partial Regex FromParty();

    [GeneratedRegex(@"\G[^;.]{0,200}?(?i:our\s+common\s+stock|our\s+shares|from\s+us|the\s+company's)", RegexOptions.CultureInvariant)]
    private static partial Regex OurShares();

    [GeneratedRegex(@"^(?i:the\s+)?" + SellingHolder + "$", RegexOptions.CultureInvariant)]
    private static partial Regex AllHolders();

    [GeneratedRegex(Exemption, RegexOptions.CultureInvariant)]
    private static partial Regex ExemptionRx();

    [GeneratedRegex(@"(?i:private\s+placement|private\s+offering|merger|exchange\s+offer|business\s+combination|acquisition\s+of)", RegexOptions.CultureInvariant)]
    private static partial Regex TransactionRx();

    [GeneratedRegex(@"(?i:not\s+to\s+(?:sell|offer|transfer|dispose|pledge|resell)|lock-?\s?up|locked\s+up|may\s+not\s+(?:sell|transfer|resell))[^.]{0,250}?(?i:until|through|prior\s+to|before|ending\s+on)\s+(?<d>" + FullDate + ")", RegexOptions.CultureInvariant)]
    private static partial Regex LockUpUntil();

    [GeneratedRegex(@"(?i:will\s+not\s+receive\s+any\s+(?:of\s+the\s+)?(?:net\s+)?proceeds|not\s+receive\s+any\s+(?:of\s+the\s+)?proceeds|no\s+proceeds\s+will\s+be\s+received|(?:will|shall)\s+receive\s+no\s+(?:part\s+of\s+the\s+)?proceeds)", RegexOptions.CultureInvariant)]
    private static partial Regex NoProceeds();

    [GeneratedRegex(@"(?i:we\s+(?:will|expect\s+to|estimate\s+that\s+we\s+will)\s+receive|net\s+proceeds\s+to\s+us|proceeds\s+to\s+(?:us|the\s+company))", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiveProceeds();

    [GeneratedRegex(@"\$\s*(?<a>" + Money + @")(?<million>\s+million)?", RegexOptions.CultureInvariant)]
    private static partial Regex ProceedsAmount();

    [GeneratedRegex(@"(?i:passed\s+upon|opinion|legal\s+matters|counsel)", RegexOptions.CultureInvariant)]
    private static partial Regex PassedUpon();

    [GeneratedRegex(@"(?i:\bby)\s+(?<name>" + FirmName + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ByFirm();

    [GeneratedRegex(@"(?i:audited\s+by)\s+(?<name>" + FirmName + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AuditedBy();

    [GeneratedRegex(@"(?<name>" + FirmName + @"),\s+(?i:independent\s+(?:registered\s+public\s+accounting\s+firm|(?:certified\s+public\s+)?(?:accountants|auditors)))", RegexOptions.CultureInvariant)]
    private static partial Regex FirmIndependent();

    /// <summary>Capitalised words that follow "by" or precede "independent" without being a firm.</summary>
    [GeneratedRegex(@"^(?i:us|the\s+company|the\s+selling\s+\w+|reference|the|our|its|their|such\s+firm|this\s+prospectus|[A-Z])$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAFirm();

    [GeneratedRegex(@"(?i:form\s+(?<f>10-k(?:405|sb)?|10-q(?:sb)?|8-k|8-a(?:12[bg])?|10-ksb|20-f|40-f|6-k|s-\d{1,2}|11-k)\b|(?<proxy>proxy\s+statement))", RegexOptions.CultureInvariant)]
    private static partial Regex FormType();

    [GeneratedRegex(FullDate, RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"(?i:subsequent\s+to\s+the\s+date|after\s+the\s+date\s+of\s+this\s+prospectus|prior\s+to\s+the\s+termination|until\s+(?:we|the\s+selling)|before\s+the\s+end\s+of\s+(?:the|this)\s+offering)", RegexOptions.CultureInvariant)]
    private static partial Regex FutureFilings();

    [GeneratedRegex(@"(?:\s*[;,.]\s*(?:and|or)?\s*)$|\s+(?:and|or)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemEnd();

    /// <summary>A list item ends with ";", "." or "; and" / ", or".</summary>
    [GeneratedRegex(@"(?:[;.]|[;,]\s*(?:and|or))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemComplete();
}
