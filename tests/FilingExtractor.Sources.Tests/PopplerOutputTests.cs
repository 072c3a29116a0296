using FilingExtractor.Sources.Pdf;

namespace FilingExtractor.Sources.Tests;

public sealed class PopplerOutputTests
{
    [Fact]
    public void Info_reads_pages_encryption_sizes_and_rotation()
    {
        const string text = "Pages:           2\nEncrypted:       yes (print:yes copy:no)\n"
            + "Page    1 size:  612 x 792 pts (letter)\nPage    1 rot:   0\n"
            + "Page    2 size:  612 x 792 pts (letter)\nPage    2 rot:   90\n";
        var (pages, encrypted, geometry) = PopplerOutput.ParseInfo(text);
        Assert.Equal(2, pages);
        Assert.True(encrypted);
        Assert.Equal(new PdfPageGeometry(612, 792, 0), geometry[1]);
        Assert.Equal(new PdfPageGeometry(792, 612, 90), geometry[2]);
    }

    [Fact]
    public void Image_list_rows_are_parsed_and_headers_skipped()
    {
        const string text = "page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio\n"
            + "--------------------------------------------------------------------------------------------\n"
            + "   1     0 image    1700  2200  gray    1   1  ccitt  no         7  0   200   200 4034B 0.4%\n"
            + "   2     1 smask     100   100  gray    1   8  image  no        12  0    72    72  100B 1%\n";
        var rows = PopplerOutput.ParseImageList(text);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new PdfImageEntry(1, 0, "image", 1700, 2200, "ccitt", 200, 200), rows[0]);
        Assert.Equal("smask", rows[1].Type);
    }
}
