using FilingExtractor.Model;

namespace FilingExtractor.Edgar.Tests;

/// <summary>The EDGAR reader as an <see cref="IFilingReader"/> for the extract verb.</summary>
public sealed class FilingReaderTests
{
    [Theory]
    [InlineData("edgartools__data_sgml_0002002260-24-000001.nc")]
    [InlineData("Halloran_EDGAR__sample_filing.ori")]
    [InlineData("edgartools__data_D.APFund.xml")]
    [InlineData("capstone-prospectus-2003.txt")]
    public void Claims_edgar_files(string name)
    {
        var path = TestFiles.Data(name);
        var head = File.ReadAllBytes(path).AsSpan(0, 4096);
        Assert.True(new EdgarFilingReader().CanRead(InputItem.Single(path), head));
    }

    [Fact]
    public void Does_not_claim_pdfs_or_binary_scans()
    {
        var reader = new EdgarFilingReader();
        Assert.False(reader.CanRead(InputItem.Single("scan.pdf"), "%PDF-1.4\n"u8));
        Assert.False(reader.CanRead(InputItem.Single("scan.tif"), (ReadOnlySpan<byte>)[0x49, 0x49, 0x2A, 0x00, 0x08]));
    }

    [Fact]
    public void A_form_d_is_a_filing_and_a_bad_file_a_failure_with_its_kind()
    {
        var reader = new EdgarFilingReader();
        var ok = reader.Read(InputItem.Single(TestFiles.Data("edgartools__data_D.Shepards.xml")), CancellationToken.None);
        Assert.Equal(ReadStatus.Success, ok.Status);
        Assert.Equal("D/A", ok.Filing!.SubmissionType);
        Assert.Empty(ok.Problems);

        var bad = TestFiles.Write("bad.nc", "<SUBMISSION>\n<TYPE>D\n<DOCUMENT>\n<TYPE>D\n<TEXT>\n<XML>\n<edgarSubmission>\n");
        var failed = reader.Read(InputItem.Single(bad), CancellationToken.None);
        Assert.Equal(ReadStatus.Failure, failed.Status);
        var problem = Assert.Single(failed.Problems);
        Assert.Equal(("Corrupt", bad), (problem.Kind, problem.Path));
        Assert.Contains("truncated", problem.Reason, StringComparison.Ordinal);

        var other = reader.Read(InputItem.Single(TestFiles.Write("notes.txt", "Meeting notes.\n")), CancellationToken.None);
        Assert.Equal(ReadStatus.NotSupported, other.Status);
    }

    [Fact]
    public void A_prospectus_reaches_the_callback_or_is_reported_not_dropped()
    {
        var path = TestFiles.Data("capstone-prospectus-2003.txt");
        var plain = new EdgarFilingReader().Read(InputItem.Single(path), CancellationToken.None);
        Assert.Equal(ReadStatus.NotSupported, plain.Status);
        Assert.Contains("resale prospectus (Capstone Turbine Corporation, 2003-01-13)", Assert.Single(plain.Problems).Reason, StringComparison.Ordinal);

        var seen = new List<EdgarReadResult>();
        var withSink = new EdgarFilingReader(onRead: seen.Add).Read(InputItem.Single(path), CancellationToken.None);
        Assert.Equal(ReadStatus.Success, withSink.Status);
        Assert.Null(withSink.Filing);
        Assert.Equal(3_994_817L, Assert.Single(seen).Prospectus!.SharesOffered);
    }
}
