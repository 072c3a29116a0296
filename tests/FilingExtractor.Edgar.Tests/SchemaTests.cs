using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Edgar.Tests;

/// <summary>Output validated with a real JSON Schema validator (Ajv, tools/schema-validate).</summary>
public sealed class SchemaTests
{
    private static readonly string[] FormDFiles =
    [
        "Halloran_EDGAR__primary_doc.xml", "edgartools__data_D.APFund.xml", "edgartools__data_D.Shepards.xml",
        "edgartools__data_sgml_0002002260-24-000001.nc", "Halloran_EDGAR__sample_filing.ori", "synthetic-formd-X0301.xml",
    ];

    [Fact]
    public void Every_form_d_read_validates_against_the_filing_schema()
    {
        var dir = Fixtures.NewFolder("formd-json");
        var files = new List<string>();
        foreach (var name in FormDFiles)
        {
            var f = EdgarReader.Read(TestFiles.Data(name)).FormD!;
            var json = Path.Combine(dir, name + ".json");
            File.WriteAllText(json, FilingJson.Serialize(f));
            files.Add(json);
        }

        // One with a flag too.
        var inconsistent = TestFiles.ReadData("edgartools__data_D.Shepards.xml").Replace("<totalAmountSold>5725051</totalAmountSold>", "<totalAmountSold>1</totalAmountSold>", StringComparison.Ordinal);
        var flagged = EdgarReader.Read(TestFiles.Write("flagged.xml", inconsistent)).FormD!;
        Assert.Single(flagged.Flags);
        files.Add(Path.Combine(dir, "flagged.json"));
        File.WriteAllText(files[^1], FilingJson.Serialize(flagged));

        var output = RepoPaths.ValidateJson(RepoPaths.Schema, files);
        foreach (var file in files)
        {
            Assert.Contains("ok " + file, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Committed_prospectus_schema_equals_the_schema_generated_from_the_model()
    {
        // Regenerate after a model change: write ProspectusJson.GenerateSchema() to src/FilingExtractor.Edgar/Schema/prospectus.schema.json.
        Assert.Equal(ProspectusJson.GenerateSchema(), ProspectusJson.EmbeddedSchema());
        Assert.Equal(ProspectusJson.GenerateSchema(), File.ReadAllText(RepoPaths.Combine("src", "FilingExtractor.Edgar", "Schema", ProspectusJson.SchemaFileName)));
    }

    [Fact]
    public void Prospectuses_read_validate_against_the_prospectus_schema()
    {
        var dir = Fixtures.NewFolder("prospectus-json");
        var text = Path.Combine(dir, "capstone-text.json");
        File.WriteAllText(text, ProspectusJson.Serialize(EdgarReader.Read(TestFiles.Data("capstone-prospectus-2003.txt")).Prospectus!));
        var submission = Path.Combine(dir, "capstone-submission.json");
        var wrapped = TestFiles.Submission("424B3", "CAPSTONE TURBINE CORP", "0000000002", ("424B3", "a.htm", TestFiles.CapstoneHtml()));
        File.WriteAllText(submission, ProspectusJson.Serialize(EdgarReader.Read(TestFiles.Write("c.txt", wrapped)).Prospectus!));
        var schema = RepoPaths.Combine("src", "FilingExtractor.Edgar", "Schema", ProspectusJson.SchemaFileName);
        var output = RepoPaths.ValidateJson(schema, [text, submission]);
        Assert.Contains("ok " + text, output, StringComparison.Ordinal);
        Assert.Contains("ok " + submission, output, StringComparison.Ordinal);
    }
}
