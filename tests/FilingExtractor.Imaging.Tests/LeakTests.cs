using System.Diagnostics;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.TestSupport;
using Xunit.Abstractions;

namespace FilingExtractor.Imaging.Tests;

/// <summary>
/// Tests that measure the whole process (resident memory) must not share it with other running tests:
/// xunit runs a collection with parallelisation disabled on its own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCollection
{
    public const string Name = "Process-wide measurements";
}

/// <summary>
/// Native memory is not leaked: every PIX, BOX, BOXA, Tesseract string and iterator made per page is
/// released. Resident memory after the warm-up pages must stay flat over hundreds of pages.
/// </summary>
[Collection(ProcessWideCollection.Name)]
public sealed class LeakTests(ITestOutputHelper output)
{
    private const int Pages = 500;
    private const int WarmUp = 50;
    private const long AllowedGrowth = 30L * 1024 * 1024;

    // Twice the height of a 12 pt character at 300 DPI: text survives, rules go.
    private const int MinRule = 80;

    // About 70 s on 2 cores: kept in the CI set, since a leak is only ever caught by running many pages.
    [Fact]
    public void Processing_500_pages_does_not_grow_resident_memory()
    {
        // A skewed 300 DPI G4 page (with the sample's rules), so that Deskew really rotates every time.
        var path = Fixtures.Render("leak-page", TestPages.RotatedSample(1.5), "tiffg4", TestPages.Dpi, ".tif");
        var data = File.ReadAllBytes(path);
        var field = TestPages.LineBand("Legal Fees $ 30,000");
        using var engine = OcrEngine.Create();
        var stopwatch = Stopwatch.StartNew();
        long afterWarmUp = 0;

        for (var i = 1; i <= Pages; i++)
        {
            ProcessPage(engine, data, field);
            if (i == WarmUp)
            {
                afterWarmUp = SettledResidentBytes();
            }
        }

        var atEnd = SettledResidentBytes();
        var growth = atEnd - afterWarmUp;
        output.WriteLine($"{Pages} pages in {stopwatch.Elapsed.TotalSeconds:0.0} s; RSS {afterWarmUp / 1048576.0:0.0} MB after {WarmUp}, {atEnd / 1048576.0:0.0} MB after {Pages}, growth {growth / 1048576.0:0.0} MB");
        Assert.True(growth < AllowedGrowth, $"resident memory grew by {growth / 1048576.0:0.0} MB over {Pages - WarmUp} pages");
    }

    private static void ProcessPage(OcrEngine engine, byte[] data, PixelRect field)
    {
        using var page = Image.LoadPages(data).Single();
        using var binary = page.ToBinaryAdaptive();
        var deskew = binary.Deskew();
        using var level = deskew.Image;
        Assert.InRange(deskew.AngleDegrees, 1.2f, 1.8f);
        using var clean = level.RemoveRules(MinRule, MinRule);
        Assert.True(clean.ConnectedComponents().Count > 100);
        Assert.True(clean.CountInk(field) > 1_000);
        using var crop = clean.Crop(field);
        Assert.Equal(field.Width, crop.Width);
        using var session = engine.BeginPage(clean, EngineFixture.Dpi300);
        var text = session.Read(field, OcrReadOptions.Field);
        Assert.EndsWith("30,000", text.Text, StringComparison.Ordinal);
    }

    private static long SettledResidentBytes()
    {
        // Managed garbage is not what this test is about: collect it so that RSS reflects native memory.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return Fixtures.ResidentBytes();
    }
}
