using System.Text.Json;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;
using Microsoft.Playwright;

namespace FilingExtractor.Review.Tests;

/// <summary>
/// The review page in headless Chromium, end to end through the built CLI: extract, review, filter,
/// correct a value, export the decisions (the page's download), apply-corrections, and the re-emitted CSV.
/// </summary>
public sealed class ReviewBrowserTests
{
    private static void Run(params string[] args)
    {
        var r = CliRunner.Run(args);
        Assert.True(r.ExitCode == 0, $"{string.Join(' ', args)} exited {r.ExitCode}: {r.Stderr}");
    }

    private static string FilingIdOf(string output, string sourceName) =>
        Directory.EnumerateFiles(Path.Combine(output, "json"))
            .Select(p => FilingJson.Deserialize(File.ReadAllText(p)))
            .Single(f => Path.GetFileName(f.Source.Path) == sourceName).FilingId;

    [Fact]
    public async Task Filter_correct_export_and_apply_on_the_planted_transcript()
    {
        var input = ReviewInputs.PlantedTranscriptFolder();
        File.Copy(RepoPaths.Combine("corpus", "formd-xml", "edgartools__data_D.APFund.xml"), Path.Combine(input, "apfund.xml"));
        var output = Fixtures.NewFolder("review-e2e-out");
        Run("extract", input, "--out", output, "--jobs", "1");
        Run("review", output);
        var planted = FilingIdOf(output, "capstone-planted.txt");
        var xml = FilingIdOf(output, "apfund.xml");

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(Path.Combine(output, "review", "index.html"));
        var article = page.Locator($"article.flagged[data-filing='{planted}']");
        await Assertions.Expect(article).ToBeVisibleAsync();
        await Assertions.Expect(article.Locator("section.flag")).ToHaveCountAsync(2);
        await Assertions.Expect(article.Locator(".no-crops")).ToContainTextAsync("a transcript has no page images");

        // Filter by rule: only the C.4.a flag stays; by filing: the XML filing (no flags) alone.
        await page.SelectOptionAsync("#rule-filter", "C4a.total-expenses");
        await Assertions.Expect(article.Locator("section.flag[data-rule='C4b.adjusted-proceeds']")).ToBeHiddenAsync();
        await Assertions.Expect(article.Locator("section.flag[data-rule='C4a.total-expenses']")).ToBeVisibleAsync();
        await page.SelectOptionAsync("#rule-filter", string.Empty);
        await page.SelectOptionAsync("#filing-filter", xml);
        await Assertions.Expect(article).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator($"article.unflagged[data-filing='{xml}']")).ToBeVisibleAsync();
        await page.SelectOptionAsync("#filing-filter", string.Empty);
        await page.SelectOptionAsync("#rule-filter", "C4a.total-expenses");

        // Correct the typed total; confirm the legal fees line.
        var flag = article.Locator("section.flag[data-rule='C4a.total-expenses']");
        var total = flag.Locator("tr.field[data-field='offering.totalExpenses'] td.decision");
        await Assertions.Expect(flag.Locator("tr.field[data-field='offering.totalExpenses'] .text-read")).ToHaveTextAsync("$ 30,800");
        await total.Locator("input.new-value").FillAsync("$ 30,500");
        await Assertions.Expect(total.Locator("input[value='correct']")).ToBeCheckedAsync();
        await total.Locator("input.note").FillAsync("lines add up to 30,500");
        await flag.Locator("tr.field[data-field='offering.expenses[2].amount'] input[value='confirm']").CheckAsync();
        // The same field under the C.4.b flag shows the same decision.
        await Assertions.Expect(article.Locator("section.flag[data-rule='C4b.adjusted-proceeds'] tr.field[data-field='offering.totalExpenses'] input.new-value")).ToHaveValueAsync("$ 30,500");

        await page.ClickAsync("#export-json");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Enter your name");
        await page.FillAsync("#reviewer", "Quinn Auditor");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-json"));
        Assert.Equal("decisions.json", download.SuggestedFilename);
        var decisionsPath = Path.Combine(Fixtures.NewFolder("review-e2e-decisions"), "decisions.json");
        await download.SaveAsAsync(decisionsPath);
        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var csvPath = Path.Combine(Path.GetDirectoryName(decisionsPath)!, "decisions.csv");
        await csvDownload.SaveAsAsync(csvPath);

        // Decisions outlive the tab: the same page opened again in this browser shows them (local storage).
        var reopened = await page.Context.NewPageAsync();
        await reopened.GotoAsync(page.Url);
        await Assertions.Expect(reopened.Locator($"article[data-filing='{planted}'] section.flag[data-rule='C4a.total-expenses'] tr.field[data-field='offering.totalExpenses'] input.new-value")).ToHaveValueAsync("$ 30,500");
        await Assertions.Expect(reopened.Locator($"article[data-filing='{planted}'] section.flag[data-rule='C4a.total-expenses'] tr.field[data-field='offering.expenses[2].amount'] input[value='confirm']")).ToBeCheckedAsync();
        await Assertions.Expect(reopened.Locator("#reviewer")).ToHaveValueAsync("Quinn Auditor");
        await Assertions.Expect(reopened.Locator("#status")).ToContainTextAsync("Restored");
        await reopened.CloseAsync();

        var decisions = DecisionsFile.Read(decisionsPath);
        Assert.Equal("Quinn Auditor", decisions.Reviewer);
        Assert.True(DateTimeOffset.UtcNow - decisions.DecidedAt < TimeSpan.FromMinutes(5));
        Assert.Equal(
            [(planted, "offering.totalExpenses", "correct", "30800", "$ 30,500", "lines add up to 30,500"), (planted, "offering.expenses[2].amount", "confirm", "30000", null, null)],
            decisions.Items.Select(i => (i.FilingId, i.Field, i.Action, i.ValueRead, i.NewValue, i.Note)));
        var fromCsv = DecisionsFile.Read(csvPath);
        Assert.Equal(JsonSerializer.Serialize(decisions.Items.Select(i => (i.Field, i.Action, i.ValueRead, i.NewValue, i.Note))), JsonSerializer.Serialize(fromCsv.Items.Select(i => (i.Field, i.Action, i.ValueRead, i.NewValue, i.Note))));

        // The CSV export applied to a copy of the folder gives the same values as the JSON export.
        var copy = Fixtures.NewFolder("review-e2e-copy");
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(output, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Run("apply-corrections", output, decisionsPath);
        Run("apply-corrections", copy, csvPath);

        var corrections = File.ReadAllLines(Path.Combine(output, "csv", "corrections.csv"));
        Assert.Equal(3, corrections.Length);
        Assert.StartsWith($"{planted},offering.totalExpenses,\"$ 30,800\",30800,30500,\"corrected by reviewer: lines add up to 30,500\",reviewer,Quinn Auditor,", corrections[1], StringComparison.Ordinal);
        Assert.StartsWith($"{planted},offering.expenses[2].amount,\"$ 30,000\",30000,30000,confirmed by reviewer,reviewer,Quinn Auditor,", corrections[2], StringComparison.Ordinal);
        Assert.Contains(File.ReadAllLines(Path.Combine(output, "csv", "expenses.csv")), l => l.StartsWith($"{planted},7,total,", StringComparison.Ordinal) && l.Contains(",30500,", StringComparison.Ordinal));
        Assert.Equal("30500", ReviewInputs.Cell(Path.Combine(output, "csv", "filings.csv"), planted, "total_expenses"));
        Assert.Equal("2", ReviewInputs.Cell(Path.Combine(output, "csv", "filings.csv"), planted, "corrections"));
        Assert.Equal("0", ReviewInputs.Cell(Path.Combine(output, "csv", "filings.csv"), planted, "error_flags"));
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(output, "csv", "flags.csv")), l => l.StartsWith(planted, StringComparison.Ordinal));
        Assert.Equal(
            File.ReadAllLines(Path.Combine(output, "csv", "expenses.csv")),
            File.ReadAllLines(Path.Combine(copy, "csv", "expenses.csv")));

        // Applying the same file again records nothing twice.
        var before = File.ReadAllBytes(Path.Combine(output, "csv", "corrections.csv"));
        var again = CliRunner.Run("apply-corrections", output, decisionsPath);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("2 already applied", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "csv", "corrections.csv")));

        // A new review page lists the filing among those without flags, with the reviewer's corrections.
        Run("review", output);
        var reviewed = await browser.OpenAsync(Path.Combine(output, "review", "index.html"));
        await Assertions.Expect(reviewed.Locator("article.flagged")).ToHaveCountAsync(0);
        await Assertions.Expect(reviewed.Locator($"article.unflagged[data-filing='{planted}'] details.corrections")).ToContainTextAsync("Quinn Auditor");
    }

    /// <summary>Every crop image of the page has loaded (a broken src has naturalWidth 0).</summary>
    private static async Task AssertImagesLoadedAsync(IPage page, int expected)
    {
        var widths = await page.EvalOnSelectorAllAsync<int[]>("figure.crop img", "imgs => imgs.map(i => { i.loading = 'eager'; return i; }).map(i => i.complete ? i.naturalWidth : -1)");
        for (var i = 0; i < 50 && widths.Any(w => w < 0); i++)
        {
            await Task.Delay(100);
            widths = await page.EvalOnSelectorAllAsync<int[]>("figure.crop img", "imgs => imgs.map(i => i.complete ? i.naturalWidth : -1)");
        }

        Assert.Equal(expected, widths.Length);
        Assert.All(widths, w => Assert.True(w > 0, "an image did not load"));
    }

    [Fact]
    public async Task Crops_of_a_scan_show_in_the_page_and_the_search_box_filters_filings()
    {
        var output = ReviewInputs.Output(ReviewInputs.Syn13(), ReviewInputs.CleanFiling());
        Run("review", output.Root, "--sources", RepoPaths.Root);

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(Path.Combine(output.Root, "review", "index.html"));
        await page.Locator("figure.crop img").Last.ScrollIntoViewIfNeededAsync();
        await AssertImagesLoadedAsync(page, 17);
        await page.FillAsync("#filing-search", "syn-13");
        await Assertions.Expect(page.Locator("article.filing:visible")).ToHaveCountAsync(1);
        await page.FillAsync("#filing-search", "nothing-like-this");
        await Assertions.Expect(page.Locator("#no-match")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The whole loop on a real scan: syn-13 is extracted, its planted inconsistency (C.1's amounts sold add to
    /// 657,600 where its total says 657,700) is flagged, a reviewer corrects the equity line in the page, and
    /// apply-corrections re-emits the tables without the flag, with the reviewer's correction recorded.
    /// (It used a misread "124, 30" until the reader read that amount right.)
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_scan_extracted_reviewed_corrected_in_the_browser_and_applied_loses_its_flag()
    {
        var input = Fixtures.NewFolder("review-scan-in");
        File.Copy(RepoPaths.Combine("corpus", "synthetic", "syn-13.tif"), Path.Combine(input, "syn-13.tif"));
        var output = Fixtures.NewFolder("review-scan-out");
        Run("extract", input, "--out", output, "--jobs", "1");
        Run("review", output, "--self-contained");
        var id = FilingIdOf(output, "syn-13.tif");
        Assert.Contains(File.ReadAllLines(Path.Combine(output, "csv", "flags.csv")), l => l.StartsWith($"{id},", StringComparison.Ordinal) && l.Contains(",C1.total-sold,", StringComparison.Ordinal));

        await using var browser = await Browser.LaunchAsync();
        var page = await browser.OpenAsync(Path.Combine(output, "review", "index.html"));
        await page.SelectOptionAsync("#rule-filter", "C1.total-sold");
        var flag = page.Locator($"article[data-filing='{id}'] section.flag[data-rule='C1.total-sold']");
        var row = flag.Locator("tr.field[data-field='offering.securities[1].amountAlreadySold']");
        await Assertions.Expect(row.Locator("figure.crop img")).ToBeVisibleAsync();
        await row.Locator("input.new-value").FillAsync("657,700");
        await page.FillAsync("#reviewer", "Quinn Auditor");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-json"));
        var decisions = Path.Combine(Fixtures.NewFolder("review-scan-decisions"), "decisions.json");
        await download.SaveAsAsync(decisions);

        Run("apply-corrections", output, decisions);

        var flags = File.ReadAllLines(Path.Combine(output, "csv", "flags.csv"));
        Assert.DoesNotContain(flags, l => l.StartsWith($"{id},", StringComparison.Ordinal) && l.Contains(",C1.total-sold,", StringComparison.Ordinal));
        Assert.Contains(File.ReadAllLines(Path.Combine(output, "csv", "offering_amounts.csv")), l => l.StartsWith($"{id},1,equity,", StringComparison.Ordinal) && l.EndsWith(",657700", StringComparison.Ordinal));
        var correction = Assert.Single(File.ReadAllLines(Path.Combine(output, "csv", "corrections.csv")), l => l.StartsWith($"{id},offering.securities[1].amountAlreadySold,", StringComparison.Ordinal));
        Assert.Contains(",657600,657700,corrected by reviewer (read with confidence ", correction, StringComparison.Ordinal);
    }
}
