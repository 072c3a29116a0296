using FilingExtractor.Edgar;
using FilingExtractor.Export;
using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Linking.Tests;

/// <summary>The linking stage on an output folder: filings' JSON, links.csv and the prospectus tables.</summary>
public sealed class LinkOutputTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>An output folder as the extract verb leaves it before linking: json/ and prospectus/.</summary>
    private static (OutputFolder Output, Filing FormD, Prospectus Prospectus) Folder(string name)
    {
        var output = new OutputFolder(Fixtures.NewFolder(name));
        var formD = TranscriptReader.ReadFile(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));
        var prospectus = EdgarReader.Read(Data("capstone-prospectus-2003.txt")).Prospectus!;
        output.WriteFiling(formD);
        Directory.CreateDirectory(LinkStage.ProspectusDir(output));
        File.WriteAllText(Path.Combine(LinkStage.ProspectusDir(output), prospectus.ProspectusId + ".json"), ProspectusJson.Serialize(prospectus));
        return (output, formD, prospectus);
    }

    [Fact]
    public void Stage_writes_links_into_the_filing_json_and_the_three_tables()
    {
        var (output, formD, prospectus) = Folder("link-stage");

        var r = LinkStage.Run(output);

        Assert.Empty(r.Problems);
        Assert.Equal(1, r.Prospectuses);
        Assert.Equal(1, r.FilingsRewritten);
        var written = FilingJson.Deserialize(File.ReadAllText(output.PathOf(formD.FilingId)));
        Assert.Equal(FilingJson.SchemaVersion, written.SchemaVersion);
        var link = Assert.Single(written.Links!);
        Assert.Equal((LinkRelations.SamePlacement, LinkedDocumentKinds.Prospectus, prospectus.ProspectusId), (link.Relation, link.DocumentKind, link.DocumentId));
        Assert.Equal(0.9974m, link.ImpliedPricePerShare);
        Assert.Empty(written.Flags);

        var links = File.ReadAllLines(Path.Combine(output.CsvDir, "links.csv"));
        Assert.Equal(2, links.Length);
        Assert.StartsWith("filing_id,other_kind,other_id,relation,issuer_key,placement_key,matched_on,issuer_check,exemption_check,", links[0], StringComparison.Ordinal);
        Assert.Equal(
            $"{formD.FilingId},prospectus,{prospectus.ProspectusId},samePlacement,name:capstone turbine,{formD.FilingId},name;address;phone,agree,unknown,,Rule 506,agree,1,1,agree,2002-11-11,signatureDate,2002-10-28,3984567,3994817,0.9974,3,0",
            links[1]);

        var prospectuses = File.ReadAllLines(Path.Combine(output.CsvDir, "prospectuses.csv"));
        Assert.Equal(2, prospectuses.Length);
        Assert.StartsWith("prospectus_id,source_path,", prospectuses[0], StringComparison.Ordinal);
        Assert.Contains(",Capstone Turbine Corporation,", prospectuses[1], StringComparison.Ordinal);
        Assert.Contains(",2003-01-13,3994817,common stock,1,2003-07-28,Nasdaq National Market,CPST,0.88,2003-01-08,false,,", prospectuses[1], StringComparison.Ordinal);

        var holders = File.ReadAllLines(Path.Combine(output.CsvDir, "selling_stockholders.csv"));
        Assert.Equal(2, holders.Length);
        Assert.StartsWith($"{prospectus.ProspectusId},0,\"UT Leasing Services, Inc.\",3994817,", holders[1], StringComparison.Ordinal);
        Assert.Contains(",\"Nevada Bond, LLC\",an affiliate of the selling stockholder,Capstone Turbine Corporation,purchase,2002-10-28,\"October 28, 2002\",private placement,Rule 506,2,", holders[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Running_the_stage_again_changes_no_byte()
    {
        var (output, _, _) = Folder("link-again");
        LinkStage.Run(output);
        var before = Snapshot(output.Root);
        var again = LinkStage.Run(output);
        Assert.Equal(0, again.FilingsRewritten);
        Assert.Equal(before, Snapshot(output.Root));
    }

    [Fact]
    public void Tables_have_their_header_when_there_is_nothing_to_link()
    {
        var output = new OutputFolder(Fixtures.NewFolder("link-empty"));
        var r = LinkStage.Run(output);
        Assert.Empty(r.Links.Links);
        foreach (var table in LinkTables.Tables)
        {
            var lines = File.ReadAllLines(Path.Combine(output.CsvDir, table + ".csv"));
            Assert.Single(lines);
        }
    }

    [Fact]
    public void An_unreadable_prospectus_document_is_a_problem_and_the_stage_goes_on()
    {
        var (output, formD, _) = Folder("link-bad");
        File.WriteAllText(Path.Combine(LinkStage.ProspectusDir(output), "0000000000000000.json"), "{ \"nonsense\": 1 }");
        var r = LinkStage.Run(output);
        var problem = Assert.Single(r.Problems);
        Assert.EndsWith("0000000000000000.json", problem.Path, StringComparison.Ordinal);
        Assert.Single(FilingJson.Deserialize(File.ReadAllText(output.PathOf(formD.FilingId))).Links!);
    }

    [Fact]
    public void Linked_filing_validates_against_the_schema_and_an_unlinked_one_has_no_links_property()
    {
        var (output, formD, _) = Folder("link-schema");
        LinkStage.Run(output);
        var linked = output.PathOf(formD.FilingId);
        var unlinked = Path.Combine(output.Root, "unlinked.json");
        File.WriteAllText(unlinked, FilingJson.Serialize(new Filing { FilingId = "x" }));
        Assert.DoesNotContain("\"links\"", File.ReadAllText(unlinked), StringComparison.Ordinal);
        var report = RepoPaths.ValidateJson(RepoPaths.Schema, [linked, unlinked]);
        Assert.Contains("ok " + linked, report, StringComparison.Ordinal);
        Assert.Contains("ok " + unlinked, report, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);
}
