using FilingExtractor.TestSupport;

namespace FilingExtractor.Cli.Tests;

public sealed class OcrVerbTests
{
    [Fact]
    public void Text_format_prints_every_page_of_a_tiff()
    {
        var r = CliRunner.Run("ocr", Fixtures.SampleTiffG4(pages: 2, dpi: 300), "--format", "text");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("page 1 <==", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("page 2 <==", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(r.Stdout, "Capstone Turbine Corporation"));
        Assert.Contains("21211 Nordhoff Street, Chatsworth, CA 91311", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Page 2", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Hocr_format_is_xhtml_with_words_and_pixel_boxes()
    {
        var r = CliRunner.Run("ocr", Fixtures.SampleImagePdf(pages: 1, dpi: 300), "--format", "hocr");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("class='ocr_page'", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("class='ocrx_word'", r.Stdout, StringComparison.Ordinal);
        Assert.Contains(">Capstone<", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("bbox 0 0 2550 3300", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Tsv_format_has_tesseract_columns()
    {
        var r = CliRunner.Run("ocr", Fixtures.SamplePng(), "--format", "tsv");
        Assert.Equal(0, r.ExitCode);
        var rows = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, row => Assert.Equal(12, row.Length));
        var word = rows.First(row => row[11] == "Capstone");
        Assert.Equal("5", word[0]); // level 5 = word
        Assert.InRange(int.Parse(word[6], System.Globalization.CultureInfo.InvariantCulture), 290, 310); // left edge at 72 pt = 300 px
    }

    [Fact]
    public void Out_folder_gets_one_file_per_page_and_no_temporary_files()
    {
        var dir = Fixtures.NewFolder("ocr-out");
        var r = CliRunner.Run("ocr", Fixtures.SampleTiffG4(pages: 3, dpi: 300), "--format", "hocr", "--out", dir);
        Assert.Equal(0, r.ExitCode);
        var files = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.EndsWith(".hocr", f, StringComparison.Ordinal));
        Assert.EndsWith(".p1.hocr", files[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_are_reported_with_file_and_reason_and_the_run_goes_on()
    {
        var dir = Fixtures.NewFolder("ocr-bad");
        var empty = Path.Combine(dir, "empty.pdf");
        File.WriteAllBytes(empty, []);
        var good = Fixtures.SamplePng();
        var r = CliRunner.Run("ocr", empty, "/nonexistent/scan.tif", good);
        Assert.Equal(1, r.ExitCode); // ExitCode.SomeInputsFailed
        Assert.Contains($"{empty}: Empty", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/scan.tif: NotFound", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("Capstone Turbine Corporation", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_exit_2()
    {
        var r = CliRunner.Run("ocr", "x.png", "--format", "xml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("xml", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_language_data_exits_3_naming_the_package()
    {
        var emptyTessdata = Fixtures.NewFolder("no-tessdata");
        var r = CliRunner.Run(new Dictionary<string, string> { ["TESSDATA_PREFIX"] = emptyTessdata }, "ocr", Fixtures.SamplePng());
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("tesseract-ocr-eng", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_verb_and_its_options()
    {
        var r = CliRunner.Run("ocr", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--format", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("hocr", r.Stdout, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
