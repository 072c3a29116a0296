using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Model;
using FilingExtractor.Sources;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Review.Tests;

/// <summary>Crops cut from real corpus scans (no OCR: the boxes come from a stored extraction or are chosen here).</summary>
public sealed class PageCropsTests
{
    private static readonly string Syn13Tif = RepoPaths.Combine("corpus", "synthetic", "syn-13.tif");

    /// <summary>The region of a page as the scan reader's prepare stage left it, cut directly.</summary>
    private static byte[] DirectCrop(string file, int page, PixelRect region)
    {
        var source = InputCatalog.ReadPages(file, PageSourceOptions.Default with { TrustContent = true }).ElementAt(page - 1);
        using (source)
        {
            using var prepared = PrepareStage.Prepare(source);
            using var cut = prepared.Image.Crop(region);
            return cut.ToPngBytes();
        }
    }

    private static PixelRect Rect(Box b) => new(b.Left, b.Top, b.Width, b.Height);

    [Fact]
    public void A_flagged_field_of_syn13_is_cut_from_the_prepared_page_around_its_box()
    {
        var filing = ReviewInputs.Syn13();
        var field = filing.Flags.Single(f => f.Rule == RuleIds.C1TotalSold).Fields.Single(f => f.Path == "offering.totalAmountSold");
        Assert.Equal((4, new Box(1465, 580, 94, 24)), (field.Page!.Value, field.Box!));
        using var crops = new PageCrops(RepoPaths.Root);
        crops.Begin(filing, [4]);

        var crop = crops.Cut(4, field.Box!, out var why);

        Assert.Null(why);
        Assert.NotNull(crop);
        Assert.Equal(DirectCrop(Syn13Tif, 4, crop.Region), crop.Png);
        // At least 3 x 0.5 inches at 200 DPI, and the box inside it where the mark is drawn.
        Assert.True(crop.Region.Width >= 600 && crop.Region.Height >= 100, crop.Region.ToString());
        Assert.Equal(new PixelRect(1465 - crop.Region.Left, 580 - crop.Region.Top, 94, 24), crop.Mark);
        using var image = Image.Load(crop.Png);
        Assert.Equal((crop.Region.Width, crop.Region.Height), (image.Width, image.Height));
        Assert.True(image.CountInk(crop.Mark) > 100, "the box holds the typed amount's ink");
    }

    [Fact]
    public void A_page_read_turned_is_turned_back_as_the_filing_records_before_cutting()
    {
        var folder = Fixtures.NewFolder("crops-turned");
        var turned = Path.Combine(folder, "turned.png");
        using (var source = InputCatalog.ReadPages(Syn13Tif).ElementAt(3))
        using (var rotated = source.Image!.RotateOrthogonal(1))
        {
            rotated.SetDpi(200);
            rotated.SavePng(turned);
        }

        var box = new Box(1465, 580, 94, 24);
        var filing = new Filing
        {
            FilingId = "turned",
            Source = new SourceInfo { Path = turned, Kind = SourceKinds.Scan, Sha256 = ScanFilingReader.Hash([turned]) },
            // The classify stage turned the sideways page upright with three more clockwise quarter turns.
            Pages = [new PageInfo { Number = 1, Kind = PageKinds.SectionC, Dpi = 200, QuarterTurns = 3 }],
        };
        using var crops = new PageCrops();
        crops.Begin(filing, [1]);

        var crop = crops.Cut(1, box, out var why);

        Assert.Null(why);
        Assert.Equal(DirectCrop(Syn13Tif, 4, crop!.Region), crop.Png);
    }

    [Fact]
    public void A_page_set_is_numbered_across_its_files()
    {
        var files = Enumerable.Range(1, 10).Select(i => RepoPaths.Combine("corpus", "synthetic", $"syn-04-p{i:00}.png")).ToList();
        var filing = new Filing
        {
            FilingId = "pageset",
            Source = new SourceInfo { Path = Path.Combine("corpus", "synthetic", "syn-04-p*.png"), Kind = SourceKinds.Scan, Sha256 = ScanFilingReader.Hash(files) },
        };
        using var crops = new PageCrops(RepoPaths.Root);
        crops.Begin(filing, [3]);

        var crop = crops.Cut(3, new Box(600, 900, 300, 40), out var why);

        Assert.Null(why);
        Assert.Equal(DirectCrop(files[2], 1, crop!.Region), crop.Png);
    }

    [Fact]
    public void Without_the_file_that_was_read_there_is_no_crop_and_the_reason_is_given()
    {
        var moved = ReviewInputs.Syn13();
        moved.Source.Path = Path.Combine("corpus", "synthetic", "syn-13-moved.tif");
        var changedFile = Path.Combine(Fixtures.NewFolder("crops-changed"), "syn-13.tif");
        File.WriteAllBytes(changedFile, [.. File.ReadAllBytes(Syn13Tif), 0]);
        var changed = ReviewInputs.Syn13();
        changed.Source.Path = changedFile;
        var transcript = ReviewInputs.PlantedFiling();
        using var crops = new PageCrops(RepoPaths.Root);

        crops.Begin(moved, [4]);
        Assert.Null(crops.Cut(4, new Box(1465, 580, 94, 24), out var why));
        Assert.Equal($"the source file {moved.Source.Path} is not there any more", why);
        crops.Begin(changed, [4]);
        Assert.Equal($"the source file {changedFile} has changed since it was read (its SHA-256 differs)", crops.Why);
        crops.Begin(transcript, []);
        Assert.Equal("a transcript has no page images", crops.Why);
        crops.Begin(ReviewInputs.Syn13(), [4]);
        Assert.Null(crops.Why);
        Assert.Null(crops.Cut(4, new Box(5000, 5000, 10, 10), out why));
        Assert.StartsWith("the box [5000,5000 10x10] lies outside page 4", why, StringComparison.Ordinal);
    }
}
