using FilingExtractor.Evaluation;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>
/// The scan reader's accuracy on the corpus, pinned where it stands so that any regression fails (issue 4).
/// The clean Capstone scan is pinned exactly, leaf for leaf; the degraded scan and a synthetic subset
/// (slow) are held to the levels reached, not yet the targets.
/// </summary>
public sealed class ScanAccuracyTests
{
    private static FilingComparison ReadAndCompare(string folder, string name, string extension)
    {
        var input = Path.Combine(CorpusFiles.Root, folder, name + extension);
        using var reader = new ScanFilingReader(1);
        var result = reader.Read(new InputItem(input, [input]), CancellationToken.None);
        Assert.NotNull(result.Filing);
        var truth = CorpusFiles.Load(Path.Combine(CorpusFiles.Root, folder, name + ".truth.json"));
        return Evaluator.Compare(truth, result.Filing, name, input);
    }

    private static Score Fields(FilingComparison c) => c.Sections.Values.Aggregate(Score.Zero, (a, s) => a + s);

    [Fact]
    public void Capstone_clean_300_dpi_scan_reads_at_the_pinned_level()
    {
        var c = ReadAndCompare("capstone", "capstone-formd-2002-300dpi", ".tif");

        // Every leaf that differs from the truth, by kind; a fix that reads one more leaf right must update this list.
        var wrong = c.Mismatches.Where(m => m.Expected is not null && m.Found is not null).Select(m => m.Path).ToList();
        var missed = c.Mismatches.Where(m => m.Expected is not null && m.Found is null).Select(m => m.Path).ToList();
        var extra = c.Mismatches.Where(m => m.Expected is null).Select(m => m.Path).ToList();
        Assert.Empty(wrong);
        Assert.Empty(missed);
        Assert.Empty(extra);
        Assert.Equal(new Score(250, 0, 0), Fields(c));
        Assert.Equal(new Rate(115, 115), c.Checkboxes);
        Assert.Equal(new Rate(14, 14), c.Amounts);
        Assert.Empty(c.WrongAmountsUnflagged);
        Assert.Equal(new Score(0, 0, 0), c.Flags);
        Assert.False(c.RaisedFlags);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Capstone_degraded_200_dpi_scan_reads_at_least_at_the_level_reached()
    {
        var c = ReadAndCompare("capstone", "capstone-formd-2002-200dpi-degraded", ".tif");
        var fields = Fields(c);
        Assert.True(fields.F1 >= DegradedF1, $"F1 {fields.F1:F4} (P {fields.Precision:F4}, R {fields.Recall:F4})");
        Assert.True(c.Checkboxes.Value >= DegradedCheckboxes, $"checkboxes {c.Checkboxes.Correct}/{c.Checkboxes.Total}");
        Assert.True(c.Amounts.Value >= DegradedAmounts, $"amounts {c.Amounts.Correct}/{c.Amounts.Total}");
        Assert.Empty(c.WrongAmountsUnflagged);
    }

    /// <summary>
    /// Levels reached on the degraded Capstone scan (issue 4 asks for every fact exact); measured 0.9820,
    /// 100 % (230/230) and 13/14 once heavy frames, merged marks and roles by place were read. Left: an
    /// appendix amount ($3,984,567 read $3,964,567), two addresses' "Nordhoff" read "Mordhoff".
    /// </summary>
    private const double DegradedF1 = 0.98, DegradedCheckboxes = 0.995, DegradedAmounts = 0.92;

    /// <summary>
    /// Six synthetic filings across profiles, resolutions and containers (clean, light, heavy, PNG pages,
    /// PDF; three with planted inconsistencies): about four minutes on two cores.
    /// </summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Synthetic_subset_reads_at_least_at_the_level_reached()
    {
        var folder = Path.Combine(CorpusFiles.Root, "synthetic");
        string[] names = ["syn-01.tif", "syn-05.tif", "syn-13.tif", "syn-19.tif", "syn-22-p", "syn-36.pdf"];
        var inputs = FilingExtractor.Sources.InputGrouping.Group(
            Directory.EnumerateFiles(folder).Where(p => names.Any(n => Path.GetFileName(p).StartsWith(n, StringComparison.Ordinal))));
        using var reader = new ScanFilingReader(1);
        var filings = inputs.Select(i => reader.Read(i, CancellationToken.None).Filing).OfType<Filing>().ToList();
        var s = Evaluator.Evaluate(folder, filings);

        Assert.Equal(names.Length, s.Filings);
        // Measured at 0.9371, 95.01 % and 83.67 % (session 11: leaders erased whole, addresses below garbled
        // captions, C.4.a's sales commissions carried into EDGAR's field; before, 0.9099, 88.03 % and 77.00 %).
        Assert.True(s.Fields.F1 >= 0.93, $"F1 {s.Fields.F1:F4}");
        Assert.True(s.Checkboxes.Value >= 0.945, $"checkboxes {s.Checkboxes.Value:P2}");
        Assert.True(s.Amounts.Value >= 0.83, $"amounts {s.Amounts.Value:P2}");
        // Issue 4 asks for none. Two are read wrong without a flag, amounts no rule ties to another and
        // whose two OCR readings agree or only one parses: two of syn-22's appendix amounts (NY 762828 read
        // 52821, OK 847800 read 847200).
        Assert.True(s.WrongAmountsUnflagged.Count <= 2, string.Join("; ", s.WrongAmountsUnflagged.Select(m => $"{m.Path}: {m.Expected} read {m.Found}")));
        Assert.True(s.Flags.Recall >= 0.66, $"flag recall {s.Flags.Recall:F4}");
    }
}
