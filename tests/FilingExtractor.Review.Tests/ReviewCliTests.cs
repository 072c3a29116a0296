using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Review.Tests;

/// <summary>The review and apply-corrections verbs' arguments, messages and exit codes.</summary>
public sealed class ReviewCliTests
{
    private static (string Output, string FilingId) Extracted()
    {
        var output = Fixtures.NewFolder("review-cli-out");
        var r = CliRunner.Run("extract", ReviewInputs.PlantedTranscriptFolder(), "--out", output);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var json = Assert.Single(Directory.GetFiles(Path.Combine(output, "json")));
        return (output, Path.GetFileNameWithoutExtension(json));
    }

    [Fact]
    public void Rejected_decisions_are_named_on_stderr_the_rest_applied_and_the_exit_code_is_1()
    {
        var (output, id) = Extracted();
        var decisions = Path.Combine(Fixtures.NewFolder("review-cli-decisions"), "decisions.json");
        File.WriteAllText(decisions, DecisionsFile.ToJson(new ReviewDecisions
        {
            Reviewer = "Ada Reviewer",
            DecidedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            Items =
            [
                new ReviewDecision { FilingId = "feedfacefeedface", Field = "offering.totalExpenses", Action = DecisionActions.Confirm, ValueRead = "30800" },
                new ReviewDecision { FilingId = id, Field = "offering.totalExpences", Action = DecisionActions.Confirm, ValueRead = "30800" },
                new ReviewDecision { FilingId = id, Field = "offering.totalExpenses", Action = DecisionActions.Correct, ValueRead = "30800", NewValue = "30,500" },
            ],
        }));

        var r = CliRunner.Run("apply-corrections", output, decisions);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error: rejected: unknown filing \"feedfacefeedface\"", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: rejected: {id}: unknown field \"offering.totalExpences\"", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"corrected: {id} offering.totalExpenses: \"30800\" corrected to \"30500\"", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("3 decisions: 1 corrected, 0 confirmed, 0 already applied, 2 rejected; 1 filings rewritten", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(FilingJson.Deserialize(File.ReadAllText(Path.Combine(output, "json", id + ".json"))).Flags);
    }

    [Fact]
    public void A_folder_or_file_that_cannot_be_used_is_exit_code_2()
    {
        var (output, _) = Extracted();
        var notJson = Path.Combine(Fixtures.NewFolder("review-cli-bad"), "decisions.json");
        File.WriteAllText(notJson, "{ \"format\": \"filing-extractor-review-decisions\", \"version\": 7 }");

        var bad = CliRunner.Run("apply-corrections", output, notJson);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("version 7", bad.Stderr, StringComparison.Ordinal);
        var empty = Fixtures.NewFolder("review-cli-empty");
        Assert.Equal(2, CliRunner.Run("review", empty).ExitCode);
        Assert.Equal(2, CliRunner.Run("apply-corrections", empty, notJson).ExitCode);
        Assert.Equal(2, CliRunner.Run("review").ExitCode);
    }

    [Fact]
    public void Review_writes_where_it_is_told()
    {
        var (output, id) = Extracted();
        var target = Path.Combine(Fixtures.NewFolder("review-cli-target"), "page");

        var r = CliRunner.Run("review", output, "--out", target);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 filings, 1 flagged, 2 flags, 0 page crops", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"id=\"f-{id}\"", File.ReadAllText(Path.Combine(target, "index.html")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "review")));
    }
}
