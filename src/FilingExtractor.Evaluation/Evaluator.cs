using System.Globalization;
using FilingExtractor.Model;

namespace FilingExtractor.Evaluation;

/// <summary>True positives, false positives and false negatives, with the scores they give.</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static Score Zero { get; } = new(0, 0, 0);
}

/// <summary>A count of correct cases out of a total.</summary>
public sealed record Rate(int Correct, int Total)
{
    public double Value => Total == 0 ? 1 : (double)Correct / Total;
}

/// <summary>One leaf where extraction and truth differ.</summary>
public sealed record Mismatch(string Path, string? Expected, string? Found, bool Flagged);

/// <summary>The comparison of one extracted filing with its truth.</summary>
public sealed record FilingComparison(
    string Truth,
    string Extraction,
    IReadOnlyDictionary<string, Score> Sections,
    Rate Checkboxes,
    Rate Amounts,
    IReadOnlyList<Mismatch> WrongAmountsUnflagged,
    Score Flags,
    bool TruthConsistent,
    bool RaisedFlags,
    IReadOnlyList<Mismatch> Mismatches);

/// <summary>Everything the evaluation verb prints and writes to summary.json.</summary>
public sealed record EvaluationSummary(
    int Filings,
    IReadOnlyDictionary<string, Score> Sections,
    Score Fields,
    Rate Checkboxes,
    Rate Amounts,
    IReadOnlyList<Mismatch> WrongAmountsUnflagged,
    Score Flags,
    Rate ConsistentFilingsWithoutFlags,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<FilingComparison> Comparisons);

/// <summary>
/// Compares extracted filings with truth files leaf by leaf (<see cref="Leaves"/>). A leaf known in the
/// truth and read identically is a true positive; read differently, it is a false negative and (when
/// something was read) a false positive; read where the truth has nothing, a false positive. Elements of
/// the open-ended lists are paired by identity, not position (<see cref="ListKeys"/>): Appendix rows by
/// state, related persons by name in order.
/// </summary>
public static class Evaluator
{
    public static FilingComparison Compare(Filing truth, Filing extracted, string truthName, string extractionName)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(extracted);
        var keys = ListKeys.For(truth, extracted);
        var expected = Leaves.Of(truth).ToDictionary(l => keys.TruthPath(l.Path), StringComparer.Ordinal);
        var found = Leaves.Of(extracted).ToDictionary(l => keys.FoundPath(l.Path), StringComparer.Ordinal);
        var flaggedPaths = extracted.Flags.SelectMany(f => f.Fields).Select(f => f.Path)
            .Concat(extracted.Corrections.Select(c => c.Field)).Select(keys.FoundPath).ToHashSet(StringComparer.Ordinal);

        var sections = new Dictionary<string, Score>(StringComparer.Ordinal);
        var mismatches = new List<Mismatch>();
        var checkboxes = new Rate(0, 0);
        var amounts = new Rate(0, 0);
        var wrongUnflagged = new List<Mismatch>();
        foreach (var path in expected.Keys.Union(found.Keys).Order(StringComparer.Ordinal))
        {
            var e = expected.GetValueOrDefault(path);
            var f = found.GetValueOrDefault(path);
            var leaf = e ?? f!;
            var ev = e?.Value;
            var fv = f?.Value;
            var same = string.Equals(ev, fv, StringComparison.Ordinal);
            var score = (ev, fv) switch
            {
                (null, null) => Score.Zero,
                (not null, null) => new Score(0, 0, 1),
                (null, not null) => new Score(0, 1, 0),
                _ when same => new Score(1, 0, 0),
                _ => new Score(0, 1, 1),
            };
            sections[leaf.Section] = sections.GetValueOrDefault(leaf.Section, Score.Zero) + score;
            if (!same)
            {
                mismatches.Add(new Mismatch(path, ev, fv, flaggedPaths.Contains(path)));
            }

            if (leaf.Kind == LeafKind.Checkbox && ev is not null)
            {
                checkboxes = new Rate(checkboxes.Correct + (same ? 1 : 0), checkboxes.Total + 1);
            }

            if (leaf.Kind == LeafKind.Amount)
            {
                if (ev is not null)
                {
                    amounts = new Rate(amounts.Correct + (same ? 1 : 0), amounts.Total + 1);
                }

                if (fv is not null && !same && !flaggedPaths.Contains(path))
                {
                    wrongUnflagged.Add(new Mismatch(path, ev, fv, false));
                }
            }
        }

        // Flag precision and recall score arithmetic findings only: corrections are info, links to other documents
        // are not part of one form's truth, and a doubt about an OCR reading (OCR.*) is no planted inconsistency.
        // A consistent filing counts as flagged by any warning or error of its own, doubts included.
        static HashSet<string> Rules(Filing f, bool withDoubts) => f.Flags
            .Where(x => x.Rule != RuleIds.Corrected && !x.Rule.StartsWith("LINK.", StringComparison.Ordinal) && (withDoubts || !x.Rule.StartsWith("OCR.", StringComparison.Ordinal)))
            .Select(x => x.Rule).ToHashSet(StringComparer.Ordinal);
        var truthRules = Rules(truth, withDoubts: false);
        var foundRules = Rules(extracted, withDoubts: false);
        var flags = new Score(truthRules.Intersect(foundRules).Count(), foundRules.Except(truthRules).Count(), truthRules.Except(foundRules).Count());
        return new FilingComparison(truthName, extractionName, sections, checkboxes, amounts, wrongUnflagged, flags,
            truthRules.Count == 0, Rules(extracted, withDoubts: true).Count > 0, mismatches);
    }

    /// <summary>
    /// Pairs every extracted filing in <paramref name="extractedFilings"/> with the truth file of the same
    /// input (matched by the input's name without extension, "NAME-p*" page sets by NAME) and sums up.
    /// </summary>
    public static EvaluationSummary Evaluate(string truthFolder, IEnumerable<Filing> extractedFilings)
    {
        var truths = Directory.EnumerateFiles(truthFolder, "*.truth.json", SearchOption.AllDirectories)
            .Select(p => (Key: Key(Path.GetRelativePath(truthFolder, p)[..^".truth.json".Length]), Path: p))
            .ToList();
        var comparisons = new List<FilingComparison>();
        var unmatched = new List<string>();
        foreach (var filing in extractedFilings.OrderBy(f => f.Source.Path, StringComparer.Ordinal))
        {
            var stem = Key(StripExtension(filing.Source.Path));
            var truth = truths.Where(t => stem == t.Key || stem.EndsWith("/" + t.Key, StringComparison.Ordinal)).OrderByDescending(t => t.Key.Length).FirstOrDefault();
            if (truth.Path is null)
            {
                // Inputs copied elsewhere: fall back to the file name alone when exactly one truth has it.
                var name = stem[(stem.LastIndexOf('/') + 1)..];
                var byName = truths.Where(t => t.Key == name || t.Key.EndsWith("/" + name, StringComparison.Ordinal)).ToList();
                truth = byName.Count == 1 ? byName[0] : default;
            }
            if (truth.Path is null)
            {
                unmatched.Add(filing.Source.Path);
                continue;
            }

            var expected = FilingJson.Deserialize(File.ReadAllText(truth.Path));
            comparisons.Add(Compare(expected, filing, Path.GetRelativePath(truthFolder, truth.Path), filing.Source.Path));
        }

        var sections = comparisons.SelectMany(c => c.Sections).GroupBy(s => s.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(Score.Zero, (a, s) => a + s.Value), StringComparer.Ordinal);
        var consistent = comparisons.Where(c => c.TruthConsistent).ToList();
        return new EvaluationSummary(
            comparisons.Count,
            sections,
            sections.Values.Aggregate(Score.Zero, (a, s) => a + s),
            new Rate(comparisons.Sum(c => c.Checkboxes.Correct), comparisons.Sum(c => c.Checkboxes.Total)),
            new Rate(comparisons.Sum(c => c.Amounts.Correct), comparisons.Sum(c => c.Amounts.Total)),
            [.. comparisons.SelectMany(c => c.WrongAmountsUnflagged.Select(m => m with { Path = c.Extraction + ": " + m.Path }))],
            comparisons.Aggregate(Score.Zero, (a, c) => a + c.Flags),
            new Rate(consistent.Count(c => !c.RaisedFlags), consistent.Count),
            unmatched,
            comparisons);
    }

    private static string Key(string path)
    {
        var p = path.Replace('\\', '/');
        return p.EndsWith("-p*", StringComparison.Ordinal) ? p[..^3] : p;
    }

    private static string StripExtension(string path)
    {
        var ext = Path.GetExtension(path);
        return ext.Length > 0 ? path[..^ext.Length] : path;
    }

    /// <summary>A fixed-width text report of a summary.</summary>
    public static string Report(EvaluationSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var w = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;
        w.AppendLine(c, $"filings compared: {s.Filings}   unmatched extractions: {s.Unmatched.Count}");
        w.AppendLine(c, $"{"section",-20} {"TP",6} {"FP",6} {"FN",6} {"precision",10} {"recall",8} {"F1",8}");
        foreach (var (name, sc) in s.Sections.Append(new KeyValuePair<string, Score>("ALL FIELDS", s.Fields)))
        {
            w.AppendLine(c, $"{name,-20} {sc.TruePositives,6} {sc.FalsePositives,6} {sc.FalseNegatives,6} {sc.Precision,10:F4} {sc.Recall,8:F4} {sc.F1,8:F4}");
        }

        w.AppendLine(c, $"checkbox accuracy: {s.Checkboxes.Value:P2} ({s.Checkboxes.Correct}/{s.Checkboxes.Total})");
        w.AppendLine(c, $"amounts exact: {s.Amounts.Value:P2} ({s.Amounts.Correct}/{s.Amounts.Total})");
        w.AppendLine(c, $"wrong amounts not flagged: {s.WrongAmountsUnflagged.Count}");
        foreach (var m in s.WrongAmountsUnflagged.Take(20))
        {
            w.AppendLine(c, $"  {m.Path}: expected {m.Expected ?? "blank"}, read {m.Found}");
        }

        w.AppendLine(c, $"flags: precision {s.Flags.Precision:F4}, recall {s.Flags.Recall:F4} (TP {s.Flags.TruePositives}, FP {s.Flags.FalsePositives}, FN {s.Flags.FalseNegatives})");
        w.AppendLine(c, $"consistent filings with any flag: {1 - s.ConsistentFilingsWithoutFlags.Value:P2} ({s.ConsistentFilingsWithoutFlags.Total - s.ConsistentFilingsWithoutFlags.Correct}/{s.ConsistentFilingsWithoutFlags.Total})");
        return w.ToString();
    }

    /// <summary>
    /// Every mismatched leaf, filing by filing: "wrong" (read a different value), "missed" (truth has a value,
    /// nothing read) or "extra" (read where the truth has none); flagged leaves are marked.
    /// </summary>
    public static string Details(EvaluationSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var w = new System.Text.StringBuilder();
        var c = CultureInfo.InvariantCulture;
        foreach (var comparison in s.Comparisons)
        {
            w.AppendLine(c, $"== {comparison.Extraction} ({comparison.Mismatches.Count} mismatches)");
            foreach (var m in comparison.Mismatches)
            {
                var kind = (m.Expected, m.Found) switch
                {
                    (not null, null) => "missed",
                    (null, _) => "extra",
                    _ => "wrong",
                };
                w.AppendLine(c, $"  {kind,-6} {m.Path}: expected {m.Expected ?? "blank"}, read {m.Found ?? "nothing"}{(m.Flagged ? " [flagged]" : string.Empty)}");
            }
        }

        return w.ToString();
    }
}
