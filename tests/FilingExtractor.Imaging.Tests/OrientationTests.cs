using FilingExtractor.Imaging.Ocr;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Orientation detection with Tesseract's OSD model and correction with RotateOrthogonal.</summary>
public sealed class OrientationTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void DetectOrientation_gives_the_quarter_turns_that_bring_the_page_upright(int turnedQuads)
    {
        using var turned = fixture.SamplePage.RotateOrthogonal(turnedQuads);

        var orientation = fixture.Engine.DetectOrientation(turned, EngineFixture.Dpi300);

        // The page was turned clockwise by turnedQuads; it shows that rotation and needs the rest of a full turn.
        Assert.Equal(turnedQuads * 90, orientation.RotationDegrees);
        Assert.Equal((4 - turnedQuads) % 4, orientation.CorrectionQuads);
        Assert.Equal("Latin", orientation.Script);
        Assert.True(orientation.Confidence > 2, $"confidence {orientation.Confidence}");

        using var corrected = turned.RotateOrthogonal(orientation.CorrectionQuads);
        Assert.Equal((TestPages.WidthPx, TestPages.HeightPx), (corrected.Width, corrected.Height));
        using var session = fixture.Engine.BeginPage(corrected, EngineFixture.Dpi300);
        var issuer = session.Read(TestPages.LineBand("Capstone Turbine Corporation"), OcrReadOptions.Field);
        Assert.Equal("Capstone Turbine Corporation", issuer.Text);
    }

    [Fact]
    public void OrientationResult_maps_rotation_to_correction()
    {
        Assert.Equal(0, new OrientationResult(0, 1, "Latin", 1).CorrectionQuads);
        Assert.Equal(3, new OrientationResult(90, 1, "Latin", 1).CorrectionQuads);
        Assert.Equal(2, new OrientationResult(180, 1, "Latin", 1).CorrectionQuads);
        Assert.Equal(1, new OrientationResult(270, 1, "Latin", 1).CorrectionQuads);
    }

    [Fact]
    public void DetectOrientation_needs_the_osd_data_and_names_its_package()
    {
        // A data folder with eng but without osd: the engine starts, orientation detection cannot.
        var folder = TestSupport.Fixtures.NewFolder("eng-only");
        File.CreateSymbolicLink(Path.Combine(folder, "eng.traineddata"), Path.Combine(OcrEngineOptions.Default.DataPath, "eng.traineddata"));
        using var engine = OcrEngine.Create(new OcrEngineOptions { DataPath = folder });

        var e = Assert.Throws<Core.Errors.DependencyMissingException>(() => engine.DetectOrientation(fixture.SamplePage, EngineFixture.Dpi300));

        Assert.Equal("tesseract-ocr-osd", e.DebianPackage);
        Assert.Contains("tesseract-ocr-osd", e.Message, StringComparison.Ordinal);

        // The failed detection left the engine usable.
        using var session = engine.BeginPage(fixture.SamplePage, EngineFixture.Dpi300);
        Assert.Equal("(818) 734-5300", session.Read(TestPages.LineBand("(818) 734-5300"), OcrReadOptions.Field).Text);
    }
}
