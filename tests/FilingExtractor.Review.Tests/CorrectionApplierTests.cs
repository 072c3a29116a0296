using FilingExtractor.Model;
using FilingExtractor.Reconciliation;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Review.Tests;

public sealed class CorrectionApplierTests
{
    private static readonly DateTimeOffset When = new(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);

    private static ReviewDecisions Decisions(params ReviewDecision[] items) => new() { Reviewer = "Ada Reviewer", DecidedAt = When, Items = [.. items] };

    private static ReviewDecision Correct(string filingId, string field, string? read, string value) =>
        new() { FilingId = filingId, Field = field, Action = DecisionActions.Correct, ValueRead = read, NewValue = value };

    private static ReviewDecision Confirm(string filingId, string field, string? read) =>
        new() { FilingId = filingId, Field = field, Action = DecisionActions.Confirm, ValueRead = read };

    [Fact]
    public void The_planted_filing_has_the_two_expense_flags()
    {
        var f = ReviewInputs.PlantedFiling();
        Assert.Equal([RuleIds.C4aTotalExpenses, RuleIds.C4bAdjustedProceeds], f.Flags.Select(x => x.Rule));
        Assert.Equal(30800m, f.Offering.TotalExpenses);
    }

    [Fact]
    public void Correcting_the_total_clears_both_flags_records_who_when_what_and_rewrites_the_tables()
    {
        var filing = ReviewInputs.PlantedFiling();
        var output = ReviewInputs.Output(filing, ReviewInputs.CleanFiling());
        var id = filing.FilingId;

        var result = CorrectionApplier.Apply(output, Decisions(
            Correct(id, "offering.totalExpenses", "30800", "$ 30,500"),
            Confirm(id, "offering.expenses[2].amount", "30000")));

        Assert.Equal([DecisionStatus.Corrected, DecisionStatus.Confirmed], result.Outcomes.Select(o => o.Status));
        Assert.Equal([id], result.FilingsRewritten);
        var after = FilingJson.Deserialize(File.ReadAllText(output.PathOf(id)));
        Assert.Equal(30500m, after.Offering.TotalExpenses);
        Assert.Empty(after.Flags);
        var corrected = after.Corrections[0];
        Assert.Equal(("offering.totalExpenses", "30800", "30500", "reviewer", "Ada Reviewer", When), (corrected.Field, corrected.ValueRead, corrected.ValueAccepted, corrected.Source, corrected.Who, corrected.When));
        Assert.Equal("$ 30,800", corrected.TextRead);
        Assert.Equal("corrected by reviewer", corrected.Reason);
        var confirmed = after.Corrections[1];
        Assert.Equal(("offering.expenses[2].amount", "30000", "30000", "confirmed by reviewer"), (confirmed.Field, confirmed.ValueRead, confirmed.ValueAccepted, confirmed.Reason));
        Assert.Equal(100f, after.Provenance["offering.totalExpenses"].Confidence);
        // The rewritten document is still a valid filing document.
        RepoPaths.ValidateJson(RepoPaths.Schema, [output.PathOf(id)]);

        Assert.Equal(
            $"{id},offering.totalExpenses,\"$ 30,800\",30800,30500,corrected by reviewer,reviewer,Ada Reviewer,2024-05-06T07:08:09.1230000+00:00",
            ReviewInputs.CsvLines(output, "corrections")[1]);
        Assert.Single(ReviewInputs.CsvLines(output, "flags"));
        Assert.Contains(ReviewInputs.CsvLines(output, "expenses"), l => l.StartsWith(id + ",", StringComparison.Ordinal) && l.Contains(",total,", StringComparison.Ordinal) && l.Contains(",30500,", StringComparison.Ordinal));
    }

    [Fact]
    public void Applying_the_same_decisions_twice_changes_nothing_the_second_time()
    {
        var filing = ReviewInputs.PlantedFiling();
        var output = ReviewInputs.Output(filing);
        var decisions = Decisions(Correct(filing.FilingId, "offering.totalExpenses", "30800", "30500"), Confirm(filing.FilingId, "offering.expenses[0].amount", "500"));
        CorrectionApplier.Apply(output, decisions);
        var json = File.ReadAllBytes(output.PathOf(filing.FilingId));
        var csv = File.ReadAllBytes(Path.Combine(output.CsvDir, "corrections.csv"));

        var again = CorrectionApplier.Apply(output, decisions);

        Assert.All(again.Outcomes, o => Assert.Equal(DecisionStatus.AlreadyApplied, o.Status));
        Assert.Empty(again.FilingsRewritten);
        Assert.Equal(json, File.ReadAllBytes(output.PathOf(filing.FilingId)));
        Assert.Equal(csv, File.ReadAllBytes(Path.Combine(output.CsvDir, "corrections.csv")));
    }

    [Fact]
    public void Unknown_filings_fields_actions_stale_values_and_bad_amounts_are_rejected_by_name_and_the_rest_applied()
    {
        var filing = ReviewInputs.PlantedFiling();
        var output = ReviewInputs.Output(filing);
        var id = filing.FilingId;

        var result = CorrectionApplier.Apply(output, Decisions(
            Correct("0123456789abcdef", "offering.totalExpenses", "30800", "30500"),
            Correct(id, "offering.totalExpensez", "30800", "30500"),
            new ReviewDecision { FilingId = id, Field = "offering.totalExpenses", Action = "approve", ValueRead = "30800" },
            Correct(id, "offering.totalOfferingAmount", "3984000", "3984567"),
            Correct(id, "offering.adjustedGrossProceeds", "3954067", "3,95x,067"),
            Correct(id, "offering.totalExpenses", "30800", "30,500")));

        Assert.Equal(
            [DecisionStatus.Rejected, DecisionStatus.Rejected, DecisionStatus.Rejected, DecisionStatus.Rejected, DecisionStatus.Rejected, DecisionStatus.Corrected],
            result.Outcomes.Select(o => o.Status));
        Assert.Contains("unknown filing \"0123456789abcdef\"", result.Outcomes[0].Message, StringComparison.Ordinal);
        Assert.Contains("unknown field \"offering.totalExpensez\"", result.Outcomes[1].Message, StringComparison.Ordinal);
        Assert.Contains("unknown action \"approve\"", result.Outcomes[2].Message, StringComparison.Ordinal);
        Assert.Contains("the page showed \"3984000\" but the folder now holds \"3984567\"", result.Outcomes[3].Message, StringComparison.Ordinal);
        Assert.Contains("\"3,95x,067\" is not an amount", result.Outcomes[4].Message, StringComparison.Ordinal);
        var after = FilingJson.Deserialize(File.ReadAllText(output.PathOf(id)));
        Assert.Equal(3954067m, after.Offering.AdjustedGrossProceeds);
        Assert.Equal(30500m, after.Offering.TotalExpenses);
        Assert.Single(after.Corrections);
    }

    [Fact]
    public void A_field_reconciliation_derives_is_corrected_through_its_source_not_directly()
    {
        var filing = ReviewInputs.PlantedFiling();
        var output = ReviewInputs.Output(filing);
        var id = filing.FilingId;

        var result = CorrectionApplier.Apply(output, Decisions(
            Correct(id, "offering.grossProceedsUsed", null, "25000"),
            Correct(id, "offering.columnTotalToAffiliates", null, "25000")));

        Assert.Equal([DecisionStatus.Rejected, DecisionStatus.Corrected], result.Outcomes.Select(o => o.Status));
        Assert.Contains("offering.grossProceedsUsed: derived from offering.columnTotalToAffiliates when reconciled", result.Outcomes[0].Message, StringComparison.Ordinal);
        var after = FilingJson.Deserialize(File.ReadAllText(output.PathOf(id)));
        Assert.Equal((25000m, 25000m), (after.Offering.ColumnTotalToAffiliates, after.Offering.GrossProceedsUsed));
        Assert.Equal("offering.columnTotalToAffiliates", Assert.Single(after.Corrections).Field);
    }

    [Fact]
    public void A_confirmation_keeps_the_value_and_the_flags_that_still_fail()
    {
        var filing = ReviewInputs.PlantedFiling();
        var (after, outcomes) = CorrectionApplier.ApplyTo(filing, [Confirm(filing.FilingId, "offering.totalExpenses", "30800")], Decisions());

        Assert.Equal(DecisionStatus.Confirmed, Assert.Single(outcomes).Status);
        Assert.Equal(30800m, after.Offering.TotalExpenses);
        Assert.Equal([RuleIds.C4aTotalExpenses, RuleIds.C4bAdjustedProceeds], after.Flags.Select(x => x.Rule));
        Assert.Equal(100f, after.Flags[0].Fields.Single(x => x.Path == "offering.totalExpenses").Confidence);
        var c = Assert.Single(after.Corrections);
        Assert.Equal(("30800", "30800", "confirmed by reviewer"), (c.ValueRead, c.ValueAccepted, c.Reason));
    }

    [Fact]
    public void A_correction_that_breaks_a_rule_raises_its_flag()
    {
        var filing = ReviewInputs.CleanFiling();
        Assert.Empty(filing.Flags);
        var (after, _) = CorrectionApplier.ApplyTo(filing, [Correct(filing.FilingId, "offering.expenses[2].amount", "30000", "31000")], Decisions());

        var flag = Assert.Single(after.Flags);
        Assert.Equal((RuleIds.C4aTotalExpenses, "31500", "30500"), (flag.Rule, flag.Expected, flag.Found));
    }

    [Fact]
    public void An_ocr_correction_flag_survives_reconciliation_unless_a_reviewer_corrects_that_field()
    {
        var filing = ReviewInputs.PlantedFiling();
        filing.Corrections.Clear();
        FilingReconciler.Reconcile(filing, new Dictionary<string, IReadOnlyList<AmountCandidate>>
        {
            ["offering.totalExpenses"] = [new AmountCandidate(30500m, "30,500", 71f)],
        });
        Assert.Equal(RuleIds.Corrected, Assert.Single(filing.Flags).Rule);

        var (confirmed, _) = CorrectionApplier.ApplyTo(filing, [Confirm(filing.FilingId, "offering.expenses[0].amount", "500")], Decisions());
        Assert.Equal(RuleIds.Corrected, Assert.Single(confirmed.Flags).Rule);

        var (corrected, _) = CorrectionApplier.ApplyTo(confirmed, [Correct(filing.FilingId, "offering.totalExpenses", "30500", "30800")], Decisions());
        Assert.Equal([RuleIds.C4aTotalExpenses, RuleIds.C4bAdjustedProceeds], corrected.Flags.Select(x => x.Rule));
        Assert.Equal(["reconciliation", "reviewer", "reviewer"], corrected.Corrections.Select(c => c.Source));
    }

    [Fact]
    public void Dates_text_and_role_boxes_are_corrected_through_the_json()
    {
        var filing = ReviewInputs.CleanFiling();
        var id = filing.FilingId;
        Assert.Contains(Relationships.Director, filing.RelatedPersons[0].UnreadableRelationships);

        var (after, outcomes) = CorrectionApplier.ApplyTo(filing,
        [
            Correct(id, "signature.signatureDate", "2002-11-11", "11/12/02"),
            Correct(id, "primaryIssuer.entityName", filing.PrimaryIssuer.EntityName, "  Capstone Turbine Corp <Delaware>  "),
            Correct(id, "relatedPersons[0].relationships.Director", null, "yes"),
        ], Decisions());

        Assert.All(outcomes, o => Assert.Equal(DecisionStatus.Corrected, o.Status));
        Assert.Equal(new DateOnly(2002, 11, 12), after.Signature.SignatureDate);
        Assert.Equal("Capstone Turbine Corp <Delaware>", after.PrimaryIssuer.EntityName);
        Assert.Equal([Relationships.Director], after.RelatedPersons[0].Relationships);
        Assert.DoesNotContain(Relationships.Director, after.RelatedPersons[0].UnreadableRelationships);
        Assert.Equal(4, after.RelatedPersons[0].UnreadableRelationships.Count);
        Assert.Equal("2002-11-12", after.Corrections[0].ValueAccepted);
    }
}
