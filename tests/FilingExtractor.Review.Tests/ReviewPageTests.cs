using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Review.Tests;

public sealed class ReviewPageTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'q'";

    private static string Html(ReviewResult r) => File.ReadAllText(r.IndexPath);

    [Fact]
    public void Everything_read_from_a_filing_is_escaped()
    {
        var filing = ReviewInputs.PlantedFiling();
        filing.Provenance["offering.totalExpenses"].Text = Hostile;
        filing.PrimaryIssuer.EntityName = Hostile;
        filing.Source.Path = "in/a\"b<c>.txt";
        var output = ReviewInputs.Output(filing);

        var html = Html(ReviewPage.Write(output));

        Assert.Equal(1, Count(html, "<script>"));
        Assert.DoesNotContain("alert(\"x\")", html, StringComparison.Ordinal);
        Assert.Contains("<q>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</q>", html, StringComparison.Ordinal);
        Assert.Contains("data-source=\"in/a&quot;b&lt;c&gt;.txt\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Filings_with_errors_come_first_then_other_flags_then_the_rest_folded()
    {
        var errors = ReviewInputs.PlantedFiling();
        var info = ReviewInputs.CleanFiling();
        info.FilingId = "0000000000000001";
        info.Flags.Add(new Flag { Rule = RuleIds.Corrected, Severity = Severities.Info, Message = "corrected" });
        var clean = ReviewInputs.CleanFiling();
        clean.FilingId = "0000000000000000";
        var output = ReviewInputs.Output(errors, info, clean);

        var result = ReviewPage.Write(output);
        var html = Html(result);

        Assert.Equal((3, 2, 3), (result.Filings, result.FlaggedFilings, result.Flags));
        var order = new[] { errors.FilingId, info.FilingId, clean.FilingId }.Select(id => html.IndexOf($"<article class=\"filing", html.IndexOf($"id=\"f-{id}\"", StringComparison.Ordinal) - 40, StringComparison.Ordinal)).ToList();
        Assert.True(order[0] < order[1] && order[1] < order[2], string.Join(",", order));
        Assert.True(html.IndexOf("<section id=\"unflagged\"><details>", StringComparison.Ordinal) < order[2]);
        Assert.Contains("<option value=\"C4a.total-expenses\">C4a.total-expenses (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"OCR.corrected\">OCR.corrected (1)</option>", html, StringComparison.Ordinal);
        Assert.Contains($"data-filing=\"{errors.FilingId}\" data-field=\"offering.totalExpenses\" data-kind=\"amount\" data-value=\"30800\"", html, StringComparison.Ordinal);
        Assert.Contains("expected <strong class=\"expected\"><span class=\"v\">30500</span></strong>, found <strong class=\"found\"><span class=\"v\">30800</span></strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_folder_gives_the_same_bytes_with_crop_files_or_inlined()
    {
        var output = ReviewInputs.Output(ReviewInputs.Syn13(), ReviewInputs.PlantedFiling());
        var options = new ReviewOptions { SourceRoot = RepoPaths.Root };

        var first = ReviewPage.Write(output, options);
        var html = File.ReadAllBytes(first.IndexPath);
        var crops = Directory.GetFiles(Path.Combine(output.Root, "review", "crops")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var second = ReviewPage.Write(output, options);

        Assert.Equal(17, first.Crops);
        Assert.Equal(html, File.ReadAllBytes(second.IndexPath));
        Assert.Equal(crops, Directory.GetFiles(Path.Combine(output.Root, "review", "crops")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
        Assert.Contains("src=\"crops/c5000fda728ad2c9-p4-1465-580-94x24.png\"", File.ReadAllText(first.IndexPath), StringComparison.Ordinal);

        var inlined = new ReviewOptions { SourceRoot = RepoPaths.Root, SelfContained = true, OutDir = Fixtures.NewFolder("review-inline") };
        var a = ReviewPage.Write(output, inlined);
        var b = File.ReadAllBytes(a.IndexPath);
        ReviewPage.Write(output, inlined);
        Assert.Equal(b, File.ReadAllBytes(a.IndexPath));
        Assert.False(Directory.Exists(Path.Combine(inlined.OutDir, "crops")));
        Assert.Equal(17, Count(File.ReadAllText(a.IndexPath), "src=\"data:image/png;base64,"));
    }

    [Fact]
    public void A_scan_field_shows_its_box_confidence_text_and_the_crop_with_the_box_marked()
    {
        var output = ReviewInputs.Output(ReviewInputs.Syn13());

        var html = Html(ReviewPage.Write(output, new ReviewOptions { SourceRoot = RepoPaths.Root }));

        // offering.useOfProceeds[0].toAffiliates was read "124, 30" (confidence 55.1): a low confidence stands out.
        Assert.Contains("<td class=\"confidence low\">55.1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<q>124, 30</q>", html, StringComparison.Ordinal);
        Assert.Contains("p. 5<br><span class=\"box\">1165,464 93&#215;23</span>", html, StringComparison.Ordinal);
        Assert.Matches("<span class=\"mark\" style=\"left:[0-9.]+%;top:[0-9.]+%;width:[0-9.]+%;height:[0-9.]+%\"></span>", html);
        Assert.DoesNotContain("no image:", html, StringComparison.Ordinal);
    }

    private static int Count(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
