using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>
/// Shares OCR engines, the 300 DPI sample page and its full-page reading across the tests of one class.
/// An engine is bound to the thread that created it and xunit may run a class's tests on different
/// worker threads, so the fixture keeps one engine per thread (at most one per xunit worker, usually one
/// or two per class) and disposes them all at the end. The tests of one class run one at a time, so the
/// shared page image is never handed to two engines at once.
/// </summary>
public sealed class EngineFixture : IDisposable
{
    public static readonly Resolution Dpi300 = new(TestPages.Dpi, Assumed: false);

    private readonly ThreadLocal<OcrEngine> engines = new(() => OcrEngine.Create(), trackAllValues: true);
    private readonly Lazy<Image> samplePage = new(() => Image.Load(Fixtures.SamplePng()));
    private readonly Lazy<PageText> samplePageText;

    public EngineFixture()
    {
        samplePageText = new Lazy<PageText>(() => Engine.ReadPage(SamplePage, Dpi300));
    }

    /// <summary>The calling thread's engine, created on first use.</summary>
    public OcrEngine Engine => engines.Value!;

    /// <summary>The sample page, 8 bpp gray at 300 DPI.</summary>
    public Image SamplePage => samplePage.Value;

    /// <summary>The full-page reading of <see cref="SamplePage"/>, made once.</summary>
    public PageText SamplePageText => samplePageText.Value;

    public void Dispose()
    {
        foreach (var engine in engines.Values)
        {
            engine.Dispose();
        }

        engines.Dispose();
        if (samplePage.IsValueCreated)
        {
            samplePage.Value.Dispose();
        }
    }
}
