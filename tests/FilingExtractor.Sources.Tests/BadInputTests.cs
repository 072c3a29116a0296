using FilingExtractor.Core.Errors;
using FilingExtractor.Imaging;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Sources.Tests;

/// <summary>
/// Every kind of bad input gives a typed <see cref="InputException"/> naming the file (and page) and the
/// reason, from the call or from a failed page; none crashes the process.
/// </summary>
public sealed class BadInputTests
{
    /// <summary>Reads all pages; returns the file-level error or the first page-level one.</summary>
    private static InputException Fail(string path, PageSourceOptions? options = null)
    {
        try
        {
            foreach (var page in InputCatalog.ReadPages(path, options))
            {
                using (page)
                {
                    if (page.Error is { } e)
                    {
                        return e;
                    }
                }
            }
        }
        catch (InputException e)
        {
            return e;
        }

        throw new Xunit.Sdk.XunitException($"{path} was read without error");
    }

    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Fixtures.NewFolder("bad"), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Head(string path, double fraction)
    {
        var all = File.ReadAllBytes(path);
        return all[..(int)(all.Length * fraction)];
    }

    [Fact]
    public void Missing_file()
    {
        var e = Fail("/nonexistent/dir/filing.pdf");
        Assert.Equal(InputErrorKind.NotFound, e.Kind);
        Assert.Equal("/nonexistent/dir/filing.pdf", e.Path);
        Assert.StartsWith("/nonexistent/dir/filing.pdf: NotFound", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.pdf")]
    [InlineData("empty.tif")]
    public void Zero_byte_file(string name)
    {
        var path = Write(name, []);
        var e = Fail(path);
        Assert.Equal(InputErrorKind.Empty, e.Kind);
        Assert.Equal(path, e.Path);
        Assert.Contains("0 bytes", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_multipage_tiff_names_the_page()
    {
        var path = Write("truncated.tif", Head(Fixtures.SampleTiffG4(pages: 3, dpi: 300), 0.5));
        var e = Fail(path);
        Assert.Equal(InputErrorKind.Corrupt, e.Kind);
        Assert.NotNull(e.Page);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("TIFF", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_multipage_tiff_still_yields_the_pages_before_the_damage()
    {
        var path = Write("truncated.tif", Head(Fixtures.SampleTiffG4(pages: 3, dpi: 300), 0.8));
        var pages = InputCatalog.ReadPages(path).ToList();
        try
        {
            Assert.True(pages[0].Succeeded);
            Assert.False(pages[^1].Succeeded);
            Assert.Equal(pages.Count, pages[^1].Error!.Page);
        }
        finally
        {
            pages.ForEach(p => p.Dispose());
        }
    }

    [Fact]
    public void Truncated_png()
    {
        var path = Write("truncated.png", Head(Fixtures.SamplePng(), 0.5));
        var e = Fail(path);
        Assert.Equal(InputErrorKind.Corrupt, e.Kind);
        Assert.Equal(1, e.Page);
        Assert.Contains("png", e.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Truncated_jpeg_is_reported_not_crashed()
    {
        var jpg = Fixtures.Render("single-jpeggray", Fixtures.SamplePostScript(), "jpeggray", 200, ".jpg");
        var path = Write("truncated.jpg", Head(jpg, 0.3));
        try
        {
            var pages = InputCatalog.ReadPages(path).ToList();
            // libjpeg may decode a truncated baseline JPEG with a gray tail; then the page must still be whole-sized.
            using var page = Assert.Single(pages);
            if (page.Succeeded)
            {
                Assert.Equal(1700, page.Image!.Width);
            }
            else
            {
                Assert.Equal(InputErrorKind.Corrupt, page.Error!.Kind);
            }
        }
        catch (InputException e)
        {
            Assert.Equal(InputErrorKind.Corrupt, e.Kind);
        }
    }

    [Fact]
    public void Truncated_pdf()
    {
        var path = Write("truncated.pdf", Head(Fixtures.SampleImagePdf(pages: 2, dpi: 200), 0.5));
        var e = Fail(path);
        Assert.Equal(InputErrorKind.Corrupt, e.Kind);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_named_pdf_is_unsupported()
    {
        var path = Write("garbage.pdf", "this is not a pdf at all, just some text\n"u8.ToArray());
        var e = Fail(path);
        Assert.Equal(InputErrorKind.UnsupportedFormat, e.Kind);
    }

    [Fact]
    public void Png_named_pdf_is_a_wrong_extension_unless_content_is_trusted()
    {
        var path = Write("scan.pdf", File.ReadAllBytes(Fixtures.SamplePng()));
        var e = Fail(path);
        Assert.Equal(InputErrorKind.WrongExtension, e.Kind);
        Assert.Contains("Png", e.Reason, StringComparison.Ordinal);

        using var page = Assert.Single(InputCatalog.ReadPages(path, PageSourceOptions.Default with { TrustContent = true }));
        Assert.True(page.Succeeded);
        Assert.Equal(InputKind.Png, page.Kind);
    }

    [Fact]
    public void Password_protected_pdf()
    {
        var path = Path.Combine(Fixtures.NewFolder("enc"), "locked.pdf");
        Fixtures.Run("qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", Fixtures.SampleTextPdf(), path);
        var e = Fail(path);
        Assert.Equal(InputErrorKind.Encrypted, e.Kind);
        Assert.Contains("password", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_with_only_an_owner_password_is_read()
    {
        var path = Path.Combine(Fixtures.NewFolder("enc"), "restricted.pdf");
        Fixtures.Run("qpdf", "--encrypt", "", "owner-secret", "256", "--extract=n", "--", Fixtures.SampleTextPdf(), path);
        using var page = Assert.Single(InputCatalog.ReadPages(path));
        Assert.True(page.Succeeded);
    }

    [Fact]
    public void Image_page_over_100_megapixels_is_refused_before_decoding()
    {
        var path = Path.Combine(Fixtures.NewFolder("huge"), "huge.tif");
        using (var blank = Image.CreateBlank(12_000, 9_000, 1))
        {
            blank.SaveTiffG4(path);
        }

        var e = Assert.Throws<InputException>(() => InputCatalog.ReadPages(path));
        Assert.Equal(InputErrorKind.PageTooLarge, e.Kind);
        Assert.Equal(1, e.Page);
        Assert.Contains("108.0 MP", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_page_over_100_megapixels_is_refused_before_rendering()
    {
        var ps = "%!PS\n<< /PageSize [4000 4000] >> setpagedevice\n/Courier findfont 12 scalefont setfont 72 72 moveto (huge) show showpage\n";
        var path = Fixtures.Render("huge-page", ps, "pdfwrite", 72, ".pdf");
        var e = Fail(path);
        Assert.Equal(InputErrorKind.PageTooLarge, e.Kind);
        Assert.Equal(1, e.Page);
        Assert.Contains("16667 x 16667", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_of_ten_thousand_pages_is_refused_without_reading_them()
    {
        var ps = "%!PS\n<< /PageSize [612 792] >> setpagedevice\n1 1 10000 { pop showpage } for\n";
        var path = Fixtures.Render("ten-thousand", ps, "pdfwrite", 72, ".pdf");
        var e = Fail(path);
        Assert.Equal(InputErrorKind.TooManyPages, e.Kind);
        Assert.Null(e.Page);
        Assert.Contains("10000 pages", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiff_with_more_pages_than_allowed()
    {
        var e = Fail(Fixtures.SampleTiffG4(pages: 3, dpi: 300), PageSourceOptions.Default with { MaxPages = 2 });
        Assert.Equal(InputErrorKind.TooManyPages, e.Kind);
    }

    [Fact]
    public void A_batch_goes_on_past_bad_files()
    {
        var dir = Fixtures.NewFolder("batch");
        File.WriteAllBytes(Path.Combine(dir, "a-empty.pdf"), []);
        File.Copy(Fixtures.SamplePng(), Path.Combine(dir, "b-good.png"));
        File.WriteAllBytes(Path.Combine(dir, "c-garbage.tif"), "nope, not a tiff file"u8.ToArray());
        File.Copy(Fixtures.SampleTiffG4(pages: 3, dpi: 300), Path.Combine(dir, "d-good.tif"));

        var good = 0;
        var errors = new List<InputErrorKind>();
        foreach (var file in InputCatalog.Expand([dir]))
        {
            try
            {
                foreach (var page in InputCatalog.ReadPages(file))
                {
                    using (page)
                    {
                        good += page.Succeeded ? 1 : 0;
                    }
                }
            }
            catch (InputException e)
            {
                errors.Add(e.Kind);
            }
        }

        Assert.Equal(4, good);
        Assert.Equal([InputErrorKind.Empty, InputErrorKind.UnsupportedFormat], errors);
    }
}
