using System.Security.Cryptography;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Every truth file is a valid filing document, in the extractor's exact shape, describing its input.</summary>
public sealed class TruthFileTests
{
    [Fact]
    public void Every_truth_file_validates_against_the_output_schema()
    {
        var files = CorpusFiles.TruthFiles();
        Assert.True(files.Count >= 42, $"expected the Capstone and synthetic truth files, found {files.Count}");
        RepoPaths.ValidateJson(RepoPaths.Schema, files);
    }

    [Fact]
    public void Every_truth_file_deserializes_and_is_written_exactly_as_FilingJson_writes_it()
    {
        foreach (var file in CorpusFiles.TruthFiles())
        {
            var text = File.ReadAllText(file);
            var filing = FilingJson.Deserialize(text);
            Assert.Equal(text, FilingJson.Serialize(filing));
        }
    }

    [Fact]
    public void Each_truth_names_its_primary_input_by_path_hash_and_id()
    {
        foreach (var file in CorpusFiles.TruthFiles())
        {
            var t = CorpusFiles.Load(file);
            Assert.Equal(SourceKinds.Scan, t.Source.Kind);
            Assert.DoesNotContain('\\', t.Source.Path);
            Assert.False(Path.IsPathRooted(t.Source.Path), t.Source.Path);
            var input = Path.Combine(CorpusFiles.Root, t.Source.Path);
            Assert.True(File.Exists(input), $"{file}: source {t.Source.Path} is missing");
            Assert.Equal(Path.GetDirectoryName(file), Path.GetDirectoryName(input));
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(input)));
            Assert.Equal(sha, t.Source.Sha256);
            Assert.Equal(sha[..16], t.FilingId);
            Assert.Equal(Path.GetFileName(file)[..^".truth.json".Length], CorpusFiles.NameOf(input));
            Assert.Empty(t.Corrections);
            Assert.Equal(Enumerable.Range(1, t.Pages.Count), t.Pages.Select(p => p.Number));
            Assert.All(t.Pages, p => Assert.True(p.Dpi is 200 or 300, $"{file}: page {p.Number} dpi {p.Dpi}"));
            Assert.Equal(PageKinds.Cover, t.Pages[0].Kind);
            Assert.Equal(2, t.Pages.Count(p => p.Kind == PageKinds.Appendix));
        }
    }

    [Fact]
    public void Paper_conventions_hold_in_every_truth()
    {
        foreach (var file in CorpusFiles.TruthFiles())
        {
            var t = CorpusFiles.Load(file);
            var o = t.Offering;
            Assert.Equal(SecurityTypes.All, o.Securities.Select(s => s.Type));
            Assert.Equal(["Rule 505", "Regulation A", "Rule 504"], o.PriorOfferings.Select(p => p.TypeOfOffering));
            Assert.Equal(7, o.Expenses.Count);
            Assert.DoesNotContain(o.Expenses, e => e.Item == ExpenseItems.FindersFees);
            Assert.Equal(ProceedsPurposes.All, o.UseOfProceeds.Select(u => u.Purpose));
            Assert.Null(t.Edgar);
            Assert.Empty(t.OtherIssuers);
            Assert.Equal(t.TypeOfFiling.Amendment == true ? "D/A" : "D", t.SubmissionType);
            Assert.All(t.RelatedPersons, p => Assert.NotEmpty(p.Relationships));
            Assert.All(t.StateAppendix, r => Assert.Contains(r.State, FilingExtractor.CorpusGen.Rendering.FormText.States));
            if (t.PrimaryIssuer.IssuerPhoneNumber is { } phone)
            {
                Assert.Matches(@"^\(\d{3}\) \d{3}-\d{4}$", phone);
            }
        }
    }
}
