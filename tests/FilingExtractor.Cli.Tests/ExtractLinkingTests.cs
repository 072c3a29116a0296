using System.Text.Json.Nodes;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Cli.Tests;

/// <summary>The extract verb end to end on the Capstone Form D transcript and its resale prospectus: linking, links.csv, prospectus tables.</summary>
public sealed class ExtractLinkingTests
{
    private static string Inputs()
    {
        var dir = Fixtures.NewFolder("extract-link-in");
        File.Copy(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"), Path.Combine(dir, "capstone-formd-2002.txt"));
        File.Copy(RepoPaths.Combine("tests", "FilingExtractor.Edgar.Tests", "Data", "capstone-prospectus-2003.txt"), Path.Combine(dir, "capstone-prospectus-2003.txt"));
        return dir;
    }

    [Fact]
    public void Extract_links_the_capstone_form_d_and_prospectus_with_no_disagreement_and_the_same_bytes_twice()
    {
        var input = Inputs();
        var output = Fixtures.NewFolder("extract-link-out");

        var r = CliRunner.Run("extract", input, "--out", output, "--jobs", "2");

        Assert.True(r.ExitCode == 0, r.Stderr);
        var json = Assert.Single(Directory.GetFiles(Path.Combine(output, "json"), "*.json"));
        var prospectus = Assert.Single(Directory.GetFiles(Path.Combine(output, "prospectus"), "*.json"));
        var filingId = Path.GetFileNameWithoutExtension(json);
        var prospectusId = Path.GetFileNameWithoutExtension(prospectus);

        var filing = JsonNode.Parse(File.ReadAllText(json))!;
        Assert.Equal("1.1.0", filing["schemaVersion"]!.GetValue<string>());
        var link = Assert.Single(filing["links"]!.AsArray())!;
        Assert.Equal("samePlacement", link["relation"]!.GetValue<string>());
        Assert.Equal("prospectus", link["documentKind"]!.GetValue<string>());
        Assert.Equal(prospectusId, link["documentId"]!.GetValue<string>());
        Assert.Equal(0.9974m, link["impliedPricePerShare"]!.GetValue<decimal>());
        var outcomes = link["checks"]!.AsArray().ToDictionary(c => c!["check"]!.GetValue<string>(), c => c!["outcome"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["issuer"] = "agree", ["exemption"] = "unknown", ["purchasers"] = "agree", ["firstSale"] = "agree" }, outcomes);
        Assert.Empty(filing["flags"]!.AsArray());

        var links = File.ReadAllLines(Path.Combine(output, "csv", "links.csv"));
        Assert.Equal(2, links.Length);
        Assert.StartsWith($"{filingId},prospectus,{prospectusId},samePlacement,name:capstone turbine,", links[1], StringComparison.Ordinal);
        Assert.EndsWith(",3984567,3994817,0.9974,3,0", links[1], StringComparison.Ordinal);
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(output, "csv", "flags.csv")), l => l.Contains(",LINK.", StringComparison.Ordinal));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "csv", "prospectuses.csv")).Length);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "csv", "selling_stockholders.csv")).Length);

        // Same inputs, same bytes: a second run into a fresh folder gives identical tables and JSON
        // (source paths are the same input paths, so every file compares but the journal, which holds timings).
        var second = Fixtures.NewFolder("extract-link-out2");
        Assert.Equal(0, CliRunner.Run("extract", input, "--out", second, "--jobs", "1").ExitCode);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("journal.db", StringComparison.Ordinal)))
        {
            var rel = Path.GetRelativePath(output, file);
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, rel))), rel + " differs between runs");
        }
    }
}
