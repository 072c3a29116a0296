using System.Globalization;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Tesseract's own renderings of a page: hOCR and TSV.</summary>
public sealed class OcrOutputTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public void ReadHocr_has_words_the_issuer_name_and_the_page_number()
    {
        string hocr;
        using (var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300))
        {
            hocr = session.ReadHocr(2);
        }

        Assert.Contains("class='ocr_page' id='page_2'", hocr, StringComparison.Ordinal);
        Assert.Contains("bbox 0 0 2550 3300", hocr, StringComparison.Ordinal);
        Assert.Contains("ocrx_word", hocr, StringComparison.Ordinal);
        foreach (var word in new[] { ">Capstone<", ">Turbine<", ">Corporation<", ">Nordhoff<" })
        {
            Assert.Contains(word, hocr, StringComparison.Ordinal);
        }

        var line = hocr.Split('\n').First(l => l.Contains(">Capstone<", StringComparison.Ordinal));
        Assert.Contains("class='ocrx_word'", line, StringComparison.Ordinal);
        Assert.Contains("x_wconf", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTsv_has_headerless_rows_of_12_columns_and_the_words()
    {
        string tsv;
        using (var session = fixture.Engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300))
        {
            tsv = session.ReadTsv(1);
        }

        var rows = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('\t')).ToList();
        Assert.True(rows.Count > 50, $"{rows.Count} rows");
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.All(rows, r => Assert.All(r[..11], c => int.Parse(c.Split('.')[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)));

        // No header row: the first row is the page (level 1) spanning the whole image.
        Assert.Equal(["1", "1", "0", "0", "0", "0", "0", "0", "2550", "3300", "-1", string.Empty], rows[0]);

        var capstone = Assert.Single(rows, r => r[11] == "Capstone");
        Assert.Equal("5", capstone[0]);
        Assert.InRange(double.Parse(capstone[10], CultureInfo.InvariantCulture), 50, 100);
        Assert.InRange(int.Parse(capstone[6], CultureInfo.InvariantCulture), TestPages.Px(72) - 3, TestPages.Px(72) + 8);
        Assert.Contains(rows, r => r[11] == "Chatsworth,");
    }
}
