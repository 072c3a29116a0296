using System.Globalization;
using FilingExtractor.Edgar.FormD;
using FilingExtractor.Export;
using FilingExtractor.Linking;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;

namespace FilingExtractor.Review;

/// <summary>What became of one decision.</summary>
public enum DecisionStatus
{
    /// <summary>The value was changed and the change recorded.</summary>
    Corrected,

    /// <summary>The value stands; the confirmation was recorded.</summary>
    Confirmed,

    /// <summary>The same decision (field, reviewer, time) is already in the filing's corrections: nothing done.</summary>
    AlreadyApplied,

    /// <summary>The decision could not be applied; <see cref="DecisionOutcome.Message"/> says why.</summary>
    Rejected,
}

public sealed record DecisionOutcome(ReviewDecision Decision, DecisionStatus Status, string Message);

/// <summary>What applying a decisions file did to an output folder.</summary>
public sealed record ApplyResult(IReadOnlyList<DecisionOutcome> Outcomes, IReadOnlyList<string> FilingsRewritten, IReadOnlyList<ReadProblem> LinkProblems)
{
    public int Count(DecisionStatus status) => Outcomes.Count(o => o.Status == status);
}

/// <summary>
/// Applies a reviewer's decisions to an output folder. Each decision is checked on its own (a bad one is
/// rejected with the reason and the rest go on): the filing and the field must exist, the field must still
/// hold the value the page showed, and a correction must parse as a value of the field's kind. A correction
/// sets the value; a confirmation keeps it; both add an entry to the filing's corrections (source
/// "reviewer", who, when, the value before and after) and set the field's provenance confidence to 100, so
/// the value counts as checked by a person. A decision already recorded (same field, reviewer and time) is
/// skipped, so applying a file twice changes nothing. Each changed filing is reconciled again and its JSON
/// rewritten (temporary file, then rename); then the folder is linked again and csv/ and sec/ are rebuilt.
/// </summary>
public static class CorrectionApplier
{
    public const string ReviewerSource = "reviewer";

    public static ApplyResult Apply(OutputFolder output, ReviewDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(decisions);
        var filings = output.ReadFilings().ToDictionary(f => f.FilingId, StringComparer.Ordinal);
        var outcomes = new List<DecisionOutcome>();
        var rewritten = new List<string>();
        foreach (var group in decisions.Items.GroupBy(i => i.FilingId, StringComparer.Ordinal))
        {
            if (!filings.TryGetValue(group.Key, out var filing))
            {
                outcomes.AddRange(group.Select(d => new DecisionOutcome(d, DecisionStatus.Rejected,
                    $"unknown filing \"{d.FilingId}\": there is no json/{d.FilingId}.json in {output.Root}")));
                continue;
            }

            var (updated, results) = ApplyTo(filing, group, decisions);
            outcomes.AddRange(results);
            if (results.Any(r => r.Status is DecisionStatus.Corrected or DecisionStatus.Confirmed))
            {
                output.WriteFiling(updated);
                rewritten.Add(updated.FilingId);
            }
        }

        // Links and LINK. flags depend on values a reviewer may have corrected (names, dates, amounts);
        // both stages are idempotent, so a run that changed nothing rewrites the same bytes.
        var linked = LinkStage.Run(output);
        output.AssembleTables();
        return new ApplyResult(outcomes, rewritten, linked.Problems);
    }

    /// <summary>Applies one filing's decisions in order and reconciles it again when any took effect; returns the filing (possibly a new instance).</summary>
    public static (Filing Filing, IReadOnlyList<DecisionOutcome> Outcomes) ApplyTo(Filing filing, IEnumerable<ReviewDecision> items, ReviewDecisions file)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(file);
        var outcomes = new List<DecisionOutcome>();
        var corrected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in items)
        {
            var (next, outcome) = ApplyOne(filing, d, file);
            filing = next;
            outcomes.Add(outcome);
            if (outcome.Status == DecisionStatus.Corrected)
            {
                corrected.Add(d.Field);
            }
        }

        if (outcomes.Any(o => o.Status is DecisionStatus.Corrected or DecisionStatus.Confirmed))
        {
            Reconcile(filing, corrected);
        }

        return (filing, outcomes);
    }

    private static (Filing, DecisionOutcome) ApplyOne(Filing filing, ReviewDecision d, ReviewDecisions file)
    {
        DecisionOutcome Outcome(DecisionStatus s, string message) => new(d, s, message);
        var who = file.ReviewerOf(d);
        var when = file.DecidedAtOf(d);
        if (d.Action is not (DecisionActions.Confirm or DecisionActions.Correct))
        {
            return (filing, Outcome(DecisionStatus.Rejected, $"{d.FilingId} {d.Field}: unknown action \"{d.Action}\" (confirm or correct)"));
        }

        // Scans and transcripts derive some fields in reconciliation, which runs again after the decisions:
        // a correction there would be overwritten, so the reviewer is sent to the field it comes from.
        if (filing.Source.Kind is SourceKinds.Scan or SourceKinds.Transcript && d.Action == DecisionActions.Correct
            && FilingReconciler.DerivedFrom(filing, d.Field) is { } from)
        {
            return (filing, Outcome(DecisionStatus.Rejected, $"{d.FilingId} {d.Field}: derived from {from} when reconciled; correct {from} instead"));
        }

        if (!FilingFields.Index(filing).TryGetValue(d.Field, out var field))
        {
            return (filing, Outcome(DecisionStatus.Rejected, $"{d.FilingId}: unknown field \"{d.Field}\" (not a value path of this filing)"));
        }

        if (filing.Corrections.Any(c => c.Source == ReviewerSource && c.Field == d.Field && c.Who == who && c.When == when))
        {
            return (filing, Outcome(DecisionStatus.AlreadyApplied, $"{d.FilingId} {d.Field}: already recorded ({who}, {Iso(when)})"));
        }

        var shown = FilingFields.TryParse(field.Kind, d.ValueRead, out var canonical, out _) ? canonical : d.ValueRead;
        if (shown != field.Value)
        {
            return (filing, Outcome(DecisionStatus.Rejected,
                $"{d.FilingId} {d.Field}: the page showed {Show(d.ValueRead)} but the folder now holds {Show(field.Value)}; review it again"));
        }

        var accepted = field.Value;
        var status = DecisionStatus.Confirmed;
        if (d.Action == DecisionActions.Correct)
        {
            if (!FilingFields.TryParse(field.Kind, d.NewValue, out accepted, out var error))
            {
                return (filing, Outcome(DecisionStatus.Rejected, $"{d.FilingId} {d.Field}: {error}"));
            }

            if (accepted != field.Value)
            {
                try
                {
                    filing = FilingFields.Set(filing, field, accepted);
                }
                catch (NotSupportedException e)
                {
                    return (filing, Outcome(DecisionStatus.Rejected, $"{d.FilingId}: {e.Message}"));
                }

                status = DecisionStatus.Corrected;
            }
        }

        var source = filing.Provenance.GetValueOrDefault(d.Field);
        var reason = (status == DecisionStatus.Corrected ? "corrected by reviewer" : "confirmed by reviewer")
            + (source?.Confidence is { } c && c < 100 ? string.Create(CultureInfo.InvariantCulture, $" (read with confidence {c:F1})") : string.Empty)
            + (string.IsNullOrWhiteSpace(d.Note) ? string.Empty : ": " + d.Note.Trim());
        filing.Corrections.Add(new Correction
        {
            Field = d.Field,
            TextRead = source?.Text,
            ValueRead = field.Value,
            ValueAccepted = accepted,
            Reason = reason,
            Source = ReviewerSource,
            Who = who,
            When = when,
        });
        if (source is not null)
        {
            source.Confidence = 100;
        }

        var message = status == DecisionStatus.Corrected
            ? $"{d.FilingId} {d.Field}: {Show(field.Value)} corrected to {Show(accepted)}"
            : $"{d.FilingId} {d.Field}: {Show(field.Value)} confirmed" + (d.Action == DecisionActions.Correct ? " (the corrected value is the value read)" : string.Empty);
        return (filing, Outcome(status, message));
    }

    /// <summary>
    /// The checks the filing's reader ran, run again on the reviewed values: the paper rules for scans and
    /// transcripts, item 13 for electronic filings. Reconciliation rebuilds its flags from scratch and cannot
    /// re-derive an OCR-guided correction (the OCR alternatives are not kept), so those info flags are kept
    /// unless a reviewer has since corrected the field. LINK. flags are the linking stage's, run afterwards.
    /// </summary>
    private static void Reconcile(Filing filing, IReadOnlySet<string> correctedByReviewer)
    {
        switch (filing.Source.Kind)
        {
            case SourceKinds.Scan or SourceKinds.Transcript:
                var kept = filing.Flags.Where(f => f.Rule == RuleIds.Corrected && !f.Fields.Any(x => correctedByReviewer.Contains(x.Path))).ToList();
                FilingReconciler.Reconcile(filing);
                filing.Flags.AddRange(kept);
                break;
            case SourceKinds.Xml:
                FormDXmlReconciler.Reconcile(filing);
                break;
        }

        // The flags name each field's confidence; a field a reviewer checked now has 100.
        foreach (var f in filing.Flags.SelectMany(x => x.Fields))
        {
            if (filing.Provenance.TryGetValue(f.Path, out var v))
            {
                f.Confidence = v.Confidence;
            }
        }
    }

    private static string Show(string? value) => value is null ? "blank" : $"\"{value}\"";

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
