using System.Globalization;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.Geometry;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Preprocessing;
using FilingExtractor.Model;
using FilingExtractor.Sources;

namespace FilingExtractor.Review;

/// <summary>
/// A region of a page cut out for review: the PNG, the region's place on the page, and the field's box
/// inside the region (for drawing it), all in the prepared page's pixels.
/// </summary>
public sealed record Crop(byte[] Png, PixelRect Region, PixelRect Mark);

/// <summary>
/// Cuts the regions a reader read out of the page images it read them from. Boxes are in the pixels of the
/// prepared page (binarized, deskewed, turned upright), so each page is decoded from the source file again
/// and prepared by the scan reader's own code (<see cref="PrepareStage.Replay"/>) with the turn recorded in
/// the filing's page info. Prepared pages are kept for the filing being reviewed: several fields share a page.
/// When there is nothing to cut from (not a scan, the file moved or changed, the page cannot be decoded),
/// <see cref="Why"/> says so and the review shows the text as read instead.
/// </summary>
public sealed class PageCrops : IDisposable
{
    /// <summary>Context kept around a box on each side, inches: enough to see the printed label next to a value.</summary>
    private const double MarginX = 0.3;

    private const double MarginY = 0.15;

    /// <summary>Smallest crop, inches: a one-digit box still shows the line it sits on.</summary>
    private const double MinWidth = 3.0;

    private const double MinHeight = 0.5;

    private readonly string? sourceRoot;
    private readonly Dictionary<int, PreparedPage> pages = [];
    private readonly Dictionary<int, string> pageProblems = [];
    private readonly HashSet<int> wanted = [];
    private Filing? filing;
    private bool loaded;
    private IReadOnlyList<string>? files;

    /// <param name="sourceRoot">Folder that relative source paths are resolved against; the current folder when null.</param>
    public PageCrops(string? sourceRoot = null) => this.sourceRoot = sourceRoot;

    /// <summary>Why the current filing has no page images at all, or null when it has.</summary>
    public string? Why { get; private set; }

    /// <summary>Notes about the replay of pages (e.g. a skew that came out differently), per page.</summary>
    public IReadOnlyDictionary<int, string> Notes => notes;

    private readonly Dictionary<int, string> notes = [];

    /// <summary>
    /// Switches to another filing: finds its source files and checks they are the ones that were read. The
    /// pages named are decoded and prepared at the first <see cref="Cut"/>.
    /// </summary>
    public void Begin(Filing next, IEnumerable<int> pagesNeeded)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(pagesNeeded);
        Clear();
        filing = next;
        wanted.UnionWith(pagesNeeded);
        (files, Why) = Locate(next);
    }

    /// <summary>The crop around a box on a page of the current filing, or null with the reason.</summary>
    public Crop? Cut(int page, Box box, out string? why)
    {
        why = Why;
        if (filing is null || files is null || Why is not null)
        {
            return null;
        }

        if (!wanted.Contains(page))
        {
            why = $"page {page.ToString(CultureInfo.InvariantCulture)} was not asked for when the filing was begun";
            return null;
        }

        var prepared = Page(page, out why);
        if (prepared is null)
        {
            return null;
        }

        var img = prepared.Image;
        var dpi = prepared.Resolution.Dpi;
        var target = new PixelRect(box.Left, box.Top, box.Width, box.Height);
        var region = Inside(Grow(target.Inflate(Px(MarginX, dpi), Px(MarginY, dpi)), Px(MinWidth, dpi), Px(MinHeight, dpi)), img.Width, img.Height);
        if (region.IsEmpty || target.ClipTo(img.Width, img.Height).IsEmpty)
        {
            why = string.Create(CultureInfo.InvariantCulture, $"the box {target} lies outside page {page} ({img.Width}x{img.Height} pixels)");
            return null;
        }

        using var cut = img.Crop(region);
        var mark = new PixelRect(target.Left - region.Left, target.Top - region.Top, target.Width, target.Height);
        return new Crop(cut.ToPngBytes(), region, mark);
    }

    private static int Px(double inches, int dpi) => (int)Math.Round(inches * dpi);

    /// <summary>Grows a rectangle about its centre to at least the given size.</summary>
    private static PixelRect Grow(PixelRect r, int minWidth, int minHeight)
    {
        var dx = Math.Max(0, (minWidth - r.Width + 1) / 2);
        var dy = Math.Max(0, (minHeight - r.Height + 1) / 2);
        return r.Inflate(dx, dy);
    }

    /// <summary>Moves a rectangle that sticks out over a page edge back onto the page (a box near the edge keeps its context), then clips it.</summary>
    private static PixelRect Inside(PixelRect r, int width, int height)
    {
        var left = Math.Max(0, Math.Min(r.Left, width - r.Width));
        var top = Math.Max(0, Math.Min(r.Top, height - r.Height));
        return new PixelRect(left, top, r.Width, r.Height).ClipTo(width, height);
    }

    private PreparedPage? Page(int number, out string? why)
    {
        if (!loaded)
        {
            Load();
        }

        pageProblems.TryGetValue(number, out why);
        return pages.GetValueOrDefault(number);
    }

    /// <summary>Decodes the source once and prepares every page a box is on (PDF pages are extracted per call, so one pass).</summary>
    private void Load()
    {
        loaded = true;
        var info = filing!.Pages.ToDictionary(p => p.Number);
        try
        {
            // Page numbers run on across the files of a page set, as the scan reader numbers them.
            var offset = 0;
            foreach (var file in files!)
            {
                var last = 0;
                foreach (var source in InputCatalog.ReadPages(file, PageSourceOptions.Default with { TrustContent = true }))
                {
                    using (source)
                    {
                        last = source.PageNumber;
                        var number = offset + source.PageNumber;
                        if (!wanted.Contains(number))
                        {
                            continue;
                        }

                        if (source.Error is { } error)
                        {
                            pageProblems[number] = $"page {number.ToString(CultureInfo.InvariantCulture)} cannot be decoded: {error.Reason}";
                            continue;
                        }

                        var page = info.GetValueOrDefault(number) ?? new PageInfo { Number = number };
                        var prepared = PrepareStage.Replay(source, page);
                        if (Math.Abs(prepared.SkewDegrees - page.SkewDegrees) > 0.05f)
                        {
                            notes[number] = string.Create(CultureInfo.InvariantCulture,
                                $"page {number} was deskewed by {prepared.SkewDegrees:F2} degrees now but by {page.SkewDegrees:F2} when it was read: the boxes may be off");
                        }

                        pages[number] = prepared;
                    }
                }

                offset += last;
            }
        }
        catch (Exception e) when (e is InputException or ImagingException or InvalidOperationException or IOException)
        {
            foreach (var n in wanted.Where(n => !pages.ContainsKey(n)))
            {
                pageProblems.TryAdd(n, $"page {n.ToString(CultureInfo.InvariantCulture)} cannot be read again: {e.Message}");
            }
        }

        foreach (var n in wanted.Where(n => !pages.ContainsKey(n)))
        {
            pageProblems.TryAdd(n, $"the source has no page {n.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private (IReadOnlyList<string>? Files, string? Why) Locate(Filing f)
    {
        if (f.Source.Kind != SourceKinds.Scan)
        {
            return (null, $"a {f.Source.Kind} has no page images");
        }

        var path = Path.IsPathRooted(f.Source.Path) || sourceRoot is null ? f.Source.Path : Path.Combine(sourceRoot, f.Source.Path);
        IReadOnlyList<string> found = [path];
        if (!File.Exists(path))
        {
            // A page set ("NAME-p01.png", "NAME-p02.png", ...) is recorded as "NAME-p*.png": group its folder
            // the way the extract verb did and take the group of that name.
            var dir = Path.GetDirectoryName(path);
            var group = dir is not null && Directory.Exists(dir)
                ? InputGrouping.Group(Directory.EnumerateFiles(dir).Select(p => Path.Combine(dir, Path.GetFileName(p))).Order(StringComparer.Ordinal))
                    .FirstOrDefault(i => i.Path == path)
                : null;
            if (group is null)
            {
                return (null, $"the source file {f.Source.Path} is not there any more");
            }

            found = group.Files;
        }

        return ScanFilingReader.Hash(found) == f.Source.Sha256
            ? (found, null)
            : (null, $"the source file {f.Source.Path} has changed since it was read (its SHA-256 differs)");
    }

    private void Clear()
    {
        foreach (var p in pages.Values)
        {
            p.Dispose();
        }

        pages.Clear();
        pageProblems.Clear();
        notes.Clear();
        wanted.Clear();
        loaded = false;
        files = null;
        Why = null;
    }

    public void Dispose() => Clear();
}
