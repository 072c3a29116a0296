using System.Globalization;
using FilingExtractor.Model;

namespace FilingExtractor.Reconciliation;

/// <summary>
/// Another value an amount field could have been read as: built by the reader from the OCR engine's
/// per-symbol alternatives (e.g. "30,500" for a "30,300" whose third symbol was 3 or 5), with the text.
/// </summary>
public sealed record AmountCandidate(decimal Value, string Text, float Confidence);

/// <summary>An amount field read as two different numbers: the reading taken and the other one.</summary>
public sealed record ReadingDisagreement(AmountCandidate Taken, AmountCandidate Other);

/// <summary>
/// Reconciliation with guided correction. When the arithmetic fails, every alternative reading of every
/// amount involved in a failing rule is tried alone; a reading is accepted when it is the single
/// (field, value) among all candidates that makes every rule hold, or, where several amounts are misread
/// and no one change can do that, when it is the single candidate among a failing finding's own fields
/// that makes that finding hold and breaks nothing else. Each change is recorded as a
/// <see cref="Correction"/> and an info flag <see cref="RuleIds.Corrected"/>, and the search goes on;
/// with no candidate or with several, nothing changes and the flags stand. An amount whose two OCR readings
/// disagree is flagged (<see cref="RuleIds.ReadingsDisagree"/>) unless it was corrected or a rule that
/// holds would fail with the other reading, so that no reading the OCR itself doubts passes unflagged.
/// </summary>
public static class FilingReconciler
{
    private const string GrossProceedsUsedPath = "offering.grossProceedsUsed";
    private const string ColumnTotalToAffiliatesPath = "offering.columnTotalToAffiliates";
    private const string SalesCommissionsPath = "offering.salesCommissions";
    private const string FindersFeesPath = "offering.findersFees";

    /// <summary>The fields <see cref="Derive"/> sets, each from the field <see cref="DerivedFrom"/> names.</summary>
    private static readonly string[] DerivedPaths = [GrossProceedsUsedPath, SalesCommissionsPath, FindersFeesPath];

    /// <summary>
    /// The field reconciliation derives <paramref name="path"/> from in <paramref name="filing"/> (see
    /// <see cref="Derive"/>), or null for a field it does not set: a reviewer corrects the source, since the
    /// derived value is set anew each time.
    /// </summary>
    public static string? DerivedFrom(Filing filing, string path)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return path switch
        {
            GrossProceedsUsedPath => ColumnTotalToAffiliatesPath,
            SalesCommissionsPath => ExpenseAmountPath(filing, ExpenseItems.SalesCommissions),
            FindersFeesPath => ExpenseAmountPath(filing, ExpenseItems.FindersFees),
            _ => null,
        };
    }

    /// <summary>The path of the amount of C.4.a's <paramref name="item"/> line, or a description of the line where the filing has none.</summary>
    private static string ExpenseAmountPath(Filing filing, string item)
    {
        var i = filing.Offering.Expenses.FindIndex(e => e.Item == item);
        return i >= 0 ? $"offering.expenses[{i}].amount" : $"offering.expenses (the {item} line of C.4.a)";
    }

    /// <summary>
    /// Checks the filing, corrects where exactly one alternative explains the mismatch, sets its flags, and
    /// then derives the fields of <see cref="DerivedFrom"/> from the values as corrected.
    /// </summary>
    public static void Reconcile(
        Filing filing,
        IReadOnlyDictionary<string, IReadOnlyList<AmountCandidate>>? alternatives = null,
        ReconciliationOptions? options = null,
        IReadOnlyDictionary<string, ReadingDisagreement>? disagreements = null)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var flags = Reconciler.Check(filing, options);
        var notes = new List<Flag>();
        // Each round corrects one amount; a filing with several misread amounts needs several rounds.
        for (var round = 0; alternatives is { Count: > 0 } && flags.Any(IsError) && round < MaxCorrections; round++)
        {
            if ((FindUniqueFix(filing, flags, alternatives, options) ?? FindExplainingFix(filing, flags, alternatives, options)) is not { } f)
            {
                break;
            }

            Apply(filing, f, flags);
            flags = Reconciler.Check(filing, options);
            notes.Add(new Flag
            {
                Rule = RuleIds.Corrected,
                Severity = Severities.Info,
                Message = $"{f.Field.Path} was read as {Plain(f.Old)} but only {Plain(f.Candidate.Value)} {f.Why}; corrected (see corrections)",
                Expected = Plain(f.Candidate.Value),
                Found = f.Old is { } o ? Plain(o) : null,
                Fields = [Field(filing, f.Field.Path)],
            });
        }

        flags.AddRange(notes);
        if (disagreements is { Count: > 0 })
        {
            flags.AddRange(Doubts(filing, disagreements, options));
        }

        filing.Flags = flags;
        Derive(filing);
        FlagDerived(filing);
    }

    /// <summary>
    /// A flag on a field that another is derived from is a flag on that one too: a doubted C.4.a Sales
    /// Commissions line makes EDGAR's salesCommissions as doubtful, and a reviewer is shown both.
    /// </summary>
    private static void FlagDerived(Filing filing)
    {
        foreach (var flag in filing.Flags)
        {
            foreach (var path in DerivedPaths)
            {
                if (filing.Provenance.ContainsKey(path) && DerivedFrom(filing, path) is { } source
                    && flag.Fields.Any(f => f.Path == source) && flag.Fields.All(f => f.Path != path))
                {
                    flag.Fields.Add(Field(filing, path));
                }
            }
        }
    }

    /// <summary>
    /// Sets the electronic-era fields whose paper counterpart is another field, from the values as corrected, so
    /// that a corrected or reviewer-confirmed source carries over, with the source's page, box and text and a
    /// derived origin; null (and no provenance) where the source is unknown.
    /// <list type="bullet">
    /// <item>EDGAR's <c>useOfProceeds/grossProceedsUsed</c> (gross proceeds used for payments to the executive
    /// officers, directors and promoters named in the filing) is, on the paper form, Part C.5's column total of
    /// payments to officers, directors and affiliates.</item>
    /// <item>EDGAR's <c>salesCommissionsFindersFees</c> amounts are C.4.a's "Sales Commissions" and "Finders' Fees"
    /// lines.</item>
    /// </list>
    /// </summary>
    private static void Derive(Filing filing)
    {
        var o = filing.Offering;
        o.GrossProceedsUsed = DeriveFrom(filing, GrossProceedsUsedPath, o.ColumnTotalToAffiliates);
        o.SalesCommissions = DeriveFrom(filing, SalesCommissionsPath, o.Expenses.Find(e => e.Item == ExpenseItems.SalesCommissions)?.Amount);
        o.FindersFees = DeriveFrom(filing, FindersFeesPath, o.Expenses.Find(e => e.Item == ExpenseItems.FindersFees)?.Amount);
    }

    /// <summary>Records the provenance of a derived value (its source's, with a derived origin) and gives the value.</summary>
    private static decimal? DeriveFrom(Filing filing, string path, decimal? value)
    {
        if (value is not null && DerivedFrom(filing, path) is { } sourcePath && filing.Provenance.TryGetValue(sourcePath, out var from))
        {
            filing.Provenance[path] = new ValueSource
            {
                Page = from.Page, Box = from.Box, Confidence = from.Confidence, Origin = ValueOrigins.Derived, Text = from.Text, Offset = from.Offset,
            };
        }
        else
        {
            filing.Provenance.Remove(path);
        }

        return value;
    }

    /// <summary>
    /// A warning for each amount read as two numbers, unless it was corrected, it no longer holds the value
    /// taken, or the arithmetic confirms it: some rule that holds fails when the other reading is put in.
    /// </summary>
    private static IEnumerable<Flag> Doubts(Filing filing, IReadOnlyDictionary<string, ReadingDisagreement> disagreements, ReconciliationOptions? options)
    {
        var corrected = filing.Corrections.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        var fields = AmountFields.Enumerate(filing).ToDictionary(a => a.Path, StringComparer.Ordinal);
        var failing = Failing(filing, options);
        var result = new List<Flag>();
        foreach (var (path, d) in disagreements.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (corrected.Contains(path) || !fields.TryGetValue(path, out var field) || field.Get() != d.Taken.Value)
            {
                continue;
            }

            field.Set(d.Other.Value);
            var confirmed = !Failing(filing, options).IsSubsetOf(failing);
            field.Set(d.Taken.Value);
            if (confirmed)
            {
                continue;
            }

            result.Add(new Flag
            {
                Rule = RuleIds.ReadingsDisagree,
                Severity = Severities.Warning,
                Message = string.Create(CultureInfo.InvariantCulture, $"{path}: the field's two OCR readings disagree, \"{d.Taken.Text}\" (taken, confidence {d.Taken.Confidence:F1}) and \"{d.Other.Text}\" (confidence {d.Other.Confidence:F1}), and no rule decides between them"),
                Expected = Plain(d.Other.Value),
                Found = Plain(d.Taken.Value),
                Fields = [Field(filing, path)],
            });
        }

        return result;
    }

    private static HashSet<string> Failing(Filing filing, ReconciliationOptions? options) =>
        Reconciler.Check(filing, options).Where(IsError).Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);

    private static bool IsError(Flag f) => f.Severity == Severities.Error;

    /// <summary>More corrections than this in one filing say the page was misread wholesale, not a digit here and there.</summary>
    private const int MaxCorrections = 8;

    /// <param name="Why">What singles the candidate out, completing "only VALUE ...".</param>
    private sealed record Fix(AmountField Field, decimal? Old, AmountCandidate Candidate, string Why);

    /// <summary>The single (field, alternative) among those of every failing rule that makes every rule hold.</summary>
    private static Fix? FindUniqueFix(Filing filing, List<Flag> flags, IReadOnlyDictionary<string, IReadOnlyList<AmountCandidate>> alternatives, ReconciliationOptions? options)
    {
        var involved = flags.Where(IsError).SelectMany(f => f.Fields).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        Fix? found = null;
        foreach (var (field, old, candidate) in Trials(filing, involved, alternatives, options))
        {
            field.Set(candidate.Value);
            var holds = !Reconciler.Check(filing, options).Any(IsError);
            field.Set(old);
            if (holds)
            {
                if (found is not null)
                {
                    return null;
                }

                found = new Fix(field, old, candidate, "makes every rule hold");
            }
        }

        return found;
    }

    /// <summary>
    /// Where several amounts are misread, no single change makes every rule hold. Then a failing finding is
    /// explained by a (field, alternative) of its own fields that makes it hold while every other finding
    /// stays as it was or holds too; it is corrected only when that candidate is the finding's single one.
    /// The first such finding, in the order the rules are checked, is corrected.
    /// </summary>
    private static Fix? FindExplainingFix(Filing filing, List<Flag> flags, IReadOnlyDictionary<string, IReadOnlyList<AmountCandidate>> alternatives, ReconciliationOptions? options)
    {
        var failing = flags.Where(IsError).Select(Instance).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in flags.Where(IsError))
        {
            var paths = finding.Fields.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            Fix? found = null;
            var several = false;
            foreach (var (field, old, candidate) in Trials(filing, paths, alternatives, options))
            {
                field.Set(candidate.Value);
                var after = Reconciler.Check(filing, options).Where(IsError).Select(Instance).ToHashSet(StringComparer.Ordinal);
                field.Set(old);
                if (!after.Contains(Instance(finding)) && after.IsSubsetOf(failing))
                {
                    several = found is not null;
                    found ??= new Fix(field, old, candidate, $"makes {finding.Rule} hold without breaking another rule");
                    if (several)
                    {
                        break;
                    }
                }
            }

            if (found is not null && !several)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A finding's identity across checks: its rule and the fields it names (a rule can fail once per Appendix row).</summary>
    private static string Instance(Flag f) => f.Rule + "|" + string.Join(",", f.Fields.Select(x => x.Path));

    /// <summary>
    /// Each alternative value of each amount field among <paramref name="paths"/> that the engine gave some
    /// weight (<see cref="ReconciliationOptions.MinAlternativeConfidence"/>), with the field's value as read.
    /// </summary>
    private static IEnumerable<(AmountField Field, decimal? Old, AmountCandidate Candidate)> Trials(
        Filing filing, IReadOnlySet<string> paths, IReadOnlyDictionary<string, IReadOnlyList<AmountCandidate>> alternatives, ReconciliationOptions? options)
    {
        var least = (options ?? ReconciliationOptions.Default).MinAlternativeConfidence;
        foreach (var field in AmountFields.Enumerate(filing).Where(a => paths.Contains(a.Path) && alternatives.ContainsKey(a.Path)).ToList())
        {
            var old = field.Get();
            foreach (var candidate in alternatives[field.Path].Where(c => c.Confidence >= least).DistinctBy(c => c.Value).Where(c => c.Value != old))
            {
                yield return (field, old, candidate);
            }
        }
    }

    private static void Apply(Filing filing, Fix fix, List<Flag> before)
    {
        fix.Field.Set(fix.Candidate.Value);
        var rules = string.Join(", ", before.Where(IsError).Select(f => f.Rule).Distinct());
        filing.Corrections.Add(new Correction
        {
            Field = fix.Field.Path,
            TextRead = filing.Provenance.TryGetValue(fix.Field.Path, out var v) ? v.Text : null,
            ValueRead = fix.Old is { } o ? Plain(o) : null,
            ValueAccepted = Plain(fix.Candidate.Value),
            Reason = $"the only alternative OCR reading (\"{fix.Candidate.Text}\", confidence {fix.Candidate.Confidence.ToString("F1", CultureInfo.InvariantCulture)}) that {fix.Why}; failing before: {rules}",
            Source = "reconciliation",
        });
    }

    private static FlagField Field(Filing filing, string path) => filing.Provenance.TryGetValue(path, out var v)
        ? new FlagField { Path = path, Page = v.Page, Box = v.Box, Confidence = v.Confidence }
        : new FlagField { Path = path };

    private static string Plain(decimal? d) => d is { } v ? (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "blank";
}
