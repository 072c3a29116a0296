using FilingExtractor.CorpusGen.Commands;
using FilingExtractor.CorpusGen.Output;
using FilingExtractor.CorpusGen.Synthetic;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Same seed, same bytes: a few filings generated twice, and against the committed corpus.</summary>
public sealed class DeterminismTests
{
    /// <summary>A PDF filing: Ghostscript, Leptonica's degradations and G4 writer, tiff2pdf; truth and sidecar.</summary>
    [Fact]
    public void Same_seed_gives_the_same_bytes_as_before_and_as_committed() => SameBytes(38);

    /// <summary>A PNG-per-page filing (46) and a TIFF of gray JPEG pages (30): the other writers.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(46)]
    [InlineData(30)]
    public void Other_writers_are_deterministic_too(int index) => SameBytes(index);

    private static void SameBytes(int index)
    {
        var job = SyntheticPlan.Job(CorpusCommands.DefaultSeed, index);
        var a = Fixtures.NewFolder("gen-a");
        var b = Fixtures.NewFolder("gen-b");
        var ra = FilingWriter.Write(job, a);
        FilingWriter.Write(job, b);
        var files = Directory.EnumerateFiles(Path.Combine(a, SyntheticPlan.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(Path.Combine(b, SyntheticPlan.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.Contains(files, f => f!.EndsWith(".truth.json", StringComparison.Ordinal));
        foreach (var f in files)
        {
            var first = File.ReadAllBytes(Path.Combine(a, SyntheticPlan.Folder, f!));
            Assert.Equal(first, File.ReadAllBytes(Path.Combine(b, SyntheticPlan.Folder, f!)));
            var committed = Path.Combine(CorpusFiles.Root, SyntheticPlan.Folder, f!);
            Assert.True(File.Exists(committed), $"{f} is not in the committed corpus");
            if (f!.EndsWith(".truth.json", StringComparison.Ordinal))
            {
                // Values must match; a schema version bump alone (an addition to the model) does not make the corpus stale.
                var fresh = FilingJson.Deserialize(System.Text.Encoding.UTF8.GetString(first));
                var kept = FilingJson.Deserialize(File.ReadAllText(committed));
                fresh.SchemaVersion = kept.SchemaVersion;
                Assert.True(FilingJson.Serialize(fresh) == FilingJson.Serialize(kept), $"{f} differs from the committed corpus: regenerate with tools/make-corpus.sh");
                continue;
            }

            Assert.True(first.AsSpan().SequenceEqual(File.ReadAllBytes(committed)), $"{f} differs from the committed corpus: regenerate with tools/make-corpus.sh");
        }

        Assert.NotEmpty(ra.Files);
    }

    [Fact]
    public void A_different_seed_gives_different_values()
    {
        var one = SyntheticPlan.Job(CorpusCommands.DefaultSeed, 7);
        var two = SyntheticPlan.Job(CorpusCommands.DefaultSeed + 1, 7);
        Assert.NotEqual(one.Filing.PrimaryIssuer.EntityName + one.Filing.Offering.TotalOfferingAmount, two.Filing.PrimaryIssuer.EntityName + two.Filing.Offering.TotalOfferingAmount);
        Assert.Equal(one.Filing.RelatedPersons.Count, two.Filing.RelatedPersons.Count);
    }
}
