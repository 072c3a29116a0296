using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Evaluation.Tests;

public sealed class EvaluatorTests
{
    private static Filing Capstone() => TranscriptReader.ReadFile(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));

    [Fact]
    public void A_filing_against_itself_scores_perfectly()
    {
        var c = Evaluator.Compare(Capstone(), Capstone(), "t", "e");
        Assert.Empty(c.Mismatches);
        Assert.Equal(14, c.Amounts.Total);
        Assert.Equal(1.0, c.Amounts.Value);
        Assert.Equal(1.0, c.Sections.Values.Aggregate(Score.Zero, (a, s) => a + s).F1);
    }

    [Fact]
    public void Each_kind_of_error_is_counted_where_it_belongs()
    {
        var truth = Capstone();
        var read = Capstone();
        read.Offering.TotalExpenses = 30_300;                          // wrong amount, unflagged
        read.Offering.Expenses[0].Amount = 800;                         // wrong amount, flagged below
        read.Flags.Add(new Flag { Rule = RuleIds.C4aTotalExpenses, Fields = [new FlagField { Path = "offering.expenses[0].amount" }] });
        read.RelatedPersons[2].FirstName = null;                        // missed text
        read.PrimaryIssuer.JurisdictionOfInc = "DE";                    // invented text
        read.Offering.EquityPreferred = true;                           // wrong checkbox
        read.RelatedPersons[0].UnreadableRelationships.Clear();         // roles read as empty (truth: unknown)

        var c = Evaluator.Compare(truth, read, "t", "e");
        Assert.Equal(2, c.Amounts.Total - c.Amounts.Correct);
        var unflagged = Assert.Single(c.WrongAmountsUnflagged);
        Assert.Equal(("offering.totalExpenses", "30500", "30300"), (unflagged.Path, unflagged.Expected, unflagged.Found));
        Assert.Equal(new Score(0, 1, 0), c.Flags);
        Assert.False(c.Checkboxes.Value == 1.0);
        var a2 = c.Sections["A2.relatedPersons"];
        Assert.Equal(1, a2.FalseNegatives);
        Assert.Equal(5, a2.FalsePositives); // five roles invented as "false" where the truth does not know
        Assert.Equal(1, c.Sections["A1.issuer"].FalsePositives);
        Assert.Contains(c.Mismatches, m => m.Path == "offering.equityPreferred" && m.Expected == "false" && m.Found == "true");
    }

    [Fact]
    public void A_doubted_reading_flags_its_amount_and_its_filing_but_is_no_arithmetic_finding()
    {
        var truth = Capstone();
        var read = Capstone();
        read.Offering.TotalExpenses = 30_300;
        read.Flags.Add(new Flag { Rule = RuleIds.ReadingsDisagree, Severity = Severities.Warning, Fields = [new FlagField { Path = "offering.totalExpenses" }] });

        var c = Evaluator.Compare(truth, read, "t", "e");
        Assert.Empty(c.WrongAmountsUnflagged);
        Assert.Equal(Score.Zero, c.Flags);  // not a false positive among the form's rules
        Assert.True(c.TruthConsistent);
        Assert.True(c.RaisedFlags);         // but a consistent filing with a flag all the same

        var corrected = Capstone();
        corrected.Flags.Add(new Flag { Rule = RuleIds.Corrected, Severity = Severities.Info, Fields = [new FlagField { Path = "offering.totalExpenses" }] });
        Assert.False(Evaluator.Compare(truth, corrected, "t", "e").RaisedFlags);
    }

    [Fact]
    public void A_missed_appendix_row_or_person_is_one_miss_and_shifts_nothing_after_it()
    {
        var truth = Capstone();
        truth.StateAppendix.Insert(0, new StateAppendixRow { State = "AL", AccreditedNumber = 2, AccreditedAmount = 50_000 });
        var read = Capstone();      // AL's row missed: CT's row is read right, at index 0 instead of 1
        read.RelatedPersons.RemoveAt(1);
        read.RelatedPersons[0].LastName += "x";  // a misread letter still pairs with its person

        var c = Evaluator.Compare(truth, read, "t", "e");

        Assert.Equal(new Rate(14, 15), c.Amounts);
        Assert.Empty(c.WrongAmountsUnflagged);
        var appendix = c.Sections["appendix"];
        Assert.Equal((0, 3), (appendix.FalsePositives, appendix.FalseNegatives)); // AL's state, number and amount
        Assert.Contains(c.Mismatches, m => m.Path == "stateAppendix[AL].accreditedAmount" && m.Expected == "50000" && m.Found is null);
        var persons = c.Sections["A2.relatedPersons"];
        Assert.Equal(1, persons.FalsePositives); // the misread last name
        Assert.All(c.Mismatches.Where(m => m.Path.StartsWith("relatedPersons", StringComparison.Ordinal) && m.Path != "relatedPersons[0].lastName"),
            m => Assert.StartsWith("relatedPersons[1].", m.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_aligned_in_order_and_a_garbled_one_pairs_with_nothing()
    {
        var pairs = ListKeys.Align(["summitventures", "gallaghergregory", "mercerjeanpaul", "fairbankshoward"], ["summitventures", "mercerjeanpau", "weamdadtaah", "fairbankshoward"]);

        Assert.Equal(new Dictionary<int, int> { [0] = 0, [1] = 2, [3] = 3 }, pairs);
    }

    [Fact]
    public void Details_list_each_wrong_missed_and_extra_leaf_under_its_filing()
    {
        var truth = Capstone();
        var read = Capstone();
        read.Offering.TotalExpenses = 30_300;
        read.RelatedPersons[2].FirstName = null;
        read.PrimaryIssuer.JurisdictionOfInc = "DE";
        read.Signature.IssuerName = "Capstone Turbine Corporatio";
        var c = Evaluator.Compare(truth, read, "t", "e.tif");
        var summary = new EvaluationSummary(1, c.Sections, Score.Zero, c.Checkboxes, c.Amounts, c.WrongAmountsUnflagged, c.Flags, new Rate(1, 1), [], [c]);

        Assert.Equal(0, c.Checkboxes.Total - c.Checkboxes.Correct); // "issuerName" is text, not an "is..." box
        var text = Evaluator.Details(summary);
        Assert.Contains("== e.tif (4 mismatches)", text, StringComparison.Ordinal);
        Assert.Contains("wrong  offering.totalExpenses: expected 30500, read 30300", text, StringComparison.Ordinal);
        Assert.Contains("missed relatedPersons[2].firstName: expected", text, StringComparison.Ordinal);
        Assert.Contains("extra  primaryIssuer.jurisdictionOfInc: expected blank, read DE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extractions_are_matched_to_truth_by_input_name_including_page_sets()
    {
        var dir = Fixtures.NewFolder("truth");
        Directory.CreateDirectory(Path.Combine(dir, "synthetic"));
        var truth = Capstone();
        File.WriteAllText(Path.Combine(dir, "synthetic", "f001.truth.json"), FilingJson.Serialize(truth));
        var tif = Capstone();
        tif.Source.Path = "/somewhere/corpus/synthetic/f001.tif";
        var png = Capstone();
        png.Source.Path = "corpus/synthetic/f001-p*.png";
        png.Offering.TotalAmountSold = 1;
        var stray = Capstone();
        stray.Source.Path = "elsewhere/other.tif";

        var s = Evaluator.Evaluate(dir, [tif, png, stray]);
        Assert.Equal(2, s.Filings);
        Assert.Equal(["elsewhere/other.tif"], s.Unmatched);
        Assert.Equal(new Rate(27, 28), s.Amounts);
        Assert.Single(s.WrongAmountsUnflagged);
        Assert.Contains("amounts exact: 96.43 %", Evaluator.Report(s), StringComparison.Ordinal);
    }
}
