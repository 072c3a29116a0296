using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Export.Tests;

public sealed class SecDatasetTests
{
    private static Dictionary<string, List<Dictionary<string, string>>> Export(Filing f)
    {
        var dir = Fixtures.NewFolder("sec");
        SecDatasetExporter.WriteAll([f], dir);
        return SecDatasetExporter.Columns.Keys.ToDictionary(t => t, t =>
        {
            var lines = File.ReadAllText(Path.Combine(dir, t + ".tsv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split('\t');
            Assert.Equal(SecDatasetExporter.Columns[t], header);
            return lines.Skip(1).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second)).ToList();
        });
    }

    [Fact]
    public void Capstone_in_the_sec_layout()
    {
        var f = TranscriptReader.ReadFile(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));
        f.FilingUnder.Rule506 = true; // as the scan shows it (the transcript lost the box)
        var t = Export(f);
        var acc = SecDatasetExporter.AccessionNumber(f);
        Assert.Equal(20, acc.Length);
        Assert.StartsWith("PAPER-", acc, StringComparison.Ordinal);

        var issuer = Assert.Single(t["ISSUERS"]);
        Assert.Equal((acc, "YES", "101", "Capstone Turbine Corporation", "Chatsworth", "CA", "91311"), (issuer["ACCESSIONNUMBER"], issuer["IS_PRIMARYISSUER_FLAG"], issuer["ISSUER_SEQ_KEY"], issuer["ENTITYNAME"], issuer["CITY"], issuer["STATEORCOUNTRY"], issuer["ZIPCODE"]));
        var offering = Assert.Single(t["OFFERING"]);
        Assert.Equal(("06", "3984567", "3984567", "true", "false", "1"), (offering["FEDERALEXEMPTIONS_ITEMS_LIST"], offering["TOTALOFFERINGAMOUNT"], offering["TOTALAMOUNTSOLD"], offering["ISEQUITYTYPE"], offering["ISDEBTTYPE"], offering["TOTALNUMBERALREADYINVESTED"]));
        Assert.Equal(12, t["RELATEDPERSONS"].Count);
        Assert.Equal(("112", "Jean-Rene", "Marcoux"), (t["RELATEDPERSONS"][11]["RELATEDPERSON_SEQ_KEY"], t["RELATEDPERSONS"][11]["FIRSTNAME"], t["RELATEDPERSONS"][11]["LASTNAME"]));
        var sig = Assert.Single(t["SIGNATURES"]);
        Assert.Equal(("Karen Clark", "Chief Financial Officer", "2002-11-11"), (sig["NAMEOFSIGNER"], sig["SIGNATURETITLE"], sig["SIGNATUREDATE"]));
        Assert.Empty(t["RECIPIENTS"]);
        Assert.Equal("PAPER", Assert.Single(t["FORMDSUBMISSION"])["SCHEMAVERSION"]);
    }
}
