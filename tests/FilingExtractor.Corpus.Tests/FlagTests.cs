using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Each truth lists exactly the flags its own values raise, recomputed here independently.</summary>
public sealed class FlagTests
{
    [Fact]
    public void Flags_are_exactly_the_rules_the_values_break()
    {
        foreach (var file in CorpusFiles.TruthFiles())
        {
            var t = CorpusFiles.Load(file);
            var expected = Arithmetic.Violations(t).Select(v => $"{v.Rule} expected={v.Expected} found={v.Found}").Order(StringComparer.Ordinal).ToList();
            var actual = t.Flags.Select(f => $"{f.Rule} expected={f.Expected} found={f.Found}").Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{Path.GetFileName(file)}:\n computed: {string.Join("; ", expected)}\n truth:    {string.Join("; ", actual)}");
        }
    }

    [Fact]
    public void Flags_are_well_formed_errors_that_name_their_fields()
    {
        foreach (var file in CorpusFiles.TruthFiles())
        {
            foreach (var f in CorpusFiles.Load(file).Flags)
            {
                Assert.Contains(f.Rule, RuleIds.PaperRules);
                Assert.Equal(Severities.Error, f.Severity);
                Assert.False(string.IsNullOrWhiteSpace(f.Message));
                Assert.NotEmpty(f.Fields);
                Assert.All(f.Fields, ff => Assert.Matches(@"^[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z0-9_]+(\[\d+\])?)*$", ff.Path));
            }
        }
    }

    [Fact]
    public void At_least_ten_filings_carry_planted_inconsistencies_and_Capstone_none()
    {
        var truths = CorpusFiles.TruthFiles().Select(f => (File: f, Truth: CorpusFiles.Load(f))).ToList();
        var flagged = truths.Where(x => x.Truth.Flags.Count > 0).ToList();
        Assert.True(flagged.Count >= 10, $"only {flagged.Count} filings have flags");
        Assert.All(truths.Where(x => x.File.Contains("capstone", StringComparison.Ordinal)), x => Assert.Empty(x.Truth.Flags));
        var rules = flagged.SelectMany(x => x.Truth.Flags.Select(f => f.Rule)).Distinct().ToList();
        foreach (var r in new[] { RuleIds.C1TotalOffering, RuleIds.C1TotalSold, RuleIds.C2InvestorsMatchSold, RuleIds.C4aTotalExpenses, RuleIds.C4bAdjustedProceeds, RuleIds.C5MatchesAdjusted, RuleIds.AppendixAccreditedAmount })
        {
            Assert.Contains(r, rules);
        }
    }
}
