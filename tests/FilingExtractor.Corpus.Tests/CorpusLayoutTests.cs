using System.Text.RegularExpressions;

namespace FilingExtractor.Corpus.Tests;

/// <summary>The corpus stays small, complete, and free of machine paths.</summary>
public sealed partial class CorpusLayoutTests
{
    private const long Limit = 40L * 1024 * 1024;

    [Fact]
    public void The_corpus_is_under_40_MB()
    {
        var size = Directory.EnumerateFiles(CorpusFiles.Root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(size < Limit, $"corpus/ holds {size / (1024.0 * 1024):0.0} MB");
    }

    [Fact]
    public void Every_input_has_its_truth_and_sidecar_and_every_truth_its_input()
    {
        var inputs = CorpusFiles.Inputs();
        Assert.True(inputs.Count >= 42);
        foreach (var input in inputs)
        {
            var dir = Path.GetDirectoryName(input)!;
            var name = CorpusFiles.NameOf(input);
            Assert.True(File.Exists(Path.Combine(dir, name + ".truth.json")), $"{input} has no truth");
            Assert.True(File.Exists(Path.Combine(dir, name + ".degradation.json")), $"{input} has no degradation sidecar");
        }

        var names = inputs.Select(i => Path.Combine(Path.GetDirectoryName(i)!, CorpusFiles.NameOf(i))).ToHashSet(StringComparer.Ordinal);
        foreach (var truth in CorpusFiles.TruthFiles())
        {
            Assert.Contains(truth[..^".truth.json".Length], names);
        }
    }

    [Fact]
    public void Page_pngs_match_the_truths_page_count()
    {
        foreach (var truth in CorpusFiles.TruthFiles())
        {
            var t = CorpusFiles.Load(truth);
            if (!t.Source.Path.EndsWith(".png", StringComparison.Ordinal))
            {
                continue;
            }

            var stem = Path.Combine(CorpusFiles.Root, t.Source.Path)[..^"-p01.png".Length];
            for (var p = 1; p <= t.Pages.Count; p++)
            {
                Assert.True(File.Exists(FormattableString.Invariant($"{stem}-p{p:00}.png")), $"{stem}: page {p} missing");
            }

            Assert.False(File.Exists(FormattableString.Invariant($"{stem}-p{t.Pages.Count + 1:00}.png")));
        }
    }

    [Fact]
    public void Copies_are_in_place_with_their_provenance()
    {
        Assert.True(File.Exists(Path.Combine(CorpusFiles.Root, "transcripts", "capstone-formd-2002.txt")));
        Assert.True(File.Exists(Path.Combine(CorpusFiles.Root, "prospectus", "capstone-prospectus-2003.txt")));
        var manifest = File.ReadAllText(Path.Combine(CorpusFiles.Root, "formd-xml", "MANIFEST.md"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CorpusFiles.Root, "formd-xml")).Where(f => !f.EndsWith("MANIFEST.md", StringComparison.Ordinal)))
        {
            Assert.Contains(Path.GetFileName(file), manifest, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(CorpusFiles.Root, "README.md")));
    }

    [Fact]
    public void Text_files_hold_no_absolute_machine_paths()
    {
        var texts = Directory.EnumerateFiles(CorpusFiles.Root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal));
        foreach (var file in texts)
        {
            var text = File.ReadAllText(file);
            Assert.False(MachinePath().IsMatch(text), $"{file} names a machine path");
        }
    }

    [GeneratedRegex(@"(/work/|/tmp/|/home/|/root/|[A-Z]:\\)")]
    private static partial Regex MachinePath();
}
