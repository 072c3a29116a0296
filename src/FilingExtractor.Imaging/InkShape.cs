using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Interop;

namespace FilingExtractor.Imaging;

/// <summary>
/// A 1 bpp image prepared for shape comparison by Leptonica's rank Hausdorff test, the one its jbig2 classifier
/// uses to tell whether two glyphs are the same symbol: the image, its dilation by a square brick, its ink and
/// its ink's centroid (image pixels, top-left origin). Two crops of the same printed text match despite scanner
/// noise along the strokes; a different word, or a word typed over the print, does not.
/// </summary>
public sealed class InkShape : IDisposable
{
    /// <summary>Set bits of each byte value (the table Leptonica's makePixelSumTab8 makes).</summary>
    private static readonly int[] BitsPerByte = [.. Enumerable.Range(0, 256).Select(b => System.Numerics.BitOperations.PopCount((uint)b))];

    private readonly Image image;
    private readonly Image dilated;

    private InkShape(Image image, Image dilated, int ink, int dilatedInk, float centroidX, float centroidY)
    {
        this.image = image;
        this.dilated = dilated;
        Ink = ink;
        dilatedInkCount = dilatedInk;
        CentroidX = centroidX;
        CentroidY = centroidY;
    }

    public int Width => image.Width;

    public int Height => image.Height;

    /// <summary>Ink pixels in the image.</summary>
    public int Ink { get; }

    private readonly int dilatedInkCount;

    /// <summary>
    /// Clears from <paramref name="target"/> (1 bpp) the pixels within <paramref name="margin"/> pixels of this shape's
    /// ink laid with its top-left corner at (x, y) of the target (inside the shape's box): another print of the same
    /// text, whose strokes noise made thicker or moved by a pixel or two along the line, goes with no outline left.
    /// Ink the margin took from strokes that go on outside it (typed letters run onto the shape, their feet among its
    /// glyphs) is put back, as far as it lies more than a pixel from the shape's own ink and within
    /// <paramref name="margin"/> + 1 pixels of what is left of those strokes.
    /// </summary>
    public void EraseFrom(Image target, int x, int y, int margin)
    {
        ArgumentNullException.ThrowIfNull(target);
        var pad = (2 * margin) + 1;
        var region = PixelRect.FromEdges(x - pad, y - pad, x + Width + pad, y + Height + pad).ClipTo(target.Width, target.Height);
        if (region.IsEmpty)
        {
            return;
        }

        using var local = target.Crop(region);
        using var grown = image.DilateBinary(pad, pad);
        using var core = image.DilateBinary(3, 3);
        using var erased = local.Clone();
        erased.EraseUnder(grown, x - region.Left, y - region.Top);
        using var beside = local.Clone();
        beside.EraseUnder(core, x - region.Left, y - region.Top);
        using var kept = beside.ReconstructFrom(erased, margin + 1);
        target.Paste(kept, region.Left, region.Top);
    }

    public float CentroidX { get; }

    public float CentroidY { get; }

    /// <summary>
    /// Takes a copy of <paramref name="image"/> (1 bpp) and dilates it by a <paramref name="dilation"/> pixels
    /// square brick (2 or 3: the tolerance, in pixels, for strokes that noise thickened, thinned or shifted).
    /// </summary>
    public static InkShape From(Image image, int dilation = 2)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Depth != 1)
        {
            throw new ImagingException($"shape comparison needs a 1 bpp image, not {image.Depth} bpp");
        }

        var copy = image.Clone();
        var grown = Image.Wrap(Leptonica.pixDilateBrick(nint.Zero, copy.Handle, dilation, dilation), "pixDilateBrick failed");
        var ink = copy.CountInk();
        float cx = 0, cy = 0;
        if (ink > 0 && Leptonica.pixCentroid(copy.Handle, nint.Zero, nint.Zero, out cx, out cy) != 0)
        {
            copy.Dispose();
            grown.Dispose();
            throw new ImagingException("pixCentroid failed");
        }

        return new InkShape(copy, grown, ink, grown.CountInk(), cx, cy);
    }

    /// <summary>
    /// Whether this shape and <paramref name="other"/> are the same: sizes within <paramref name="maxSizeDifference"/>
    /// pixels each way, and, aligned on their centroids, each one's dilation covers at least <paramref name="rank"/>
    /// (0 to 1) of the other's ink, and, when <paramref name="maxBlob"/> is given, what it leaves uncovered on either
    /// side holds no piece of ink that many pixels tall or wide and a third of that the other way. The rank allows a share of the ink to differ
    /// anywhere, which on a long line is room for a short word; noise is scattered specks, a word is a blob.
    /// </summary>
    public bool Matches(InkShape other, float rank, int maxSizeDifference, int? maxBlob = null)
    {
        if (!RankMatches(other, rank, maxSizeDifference))
        {
            return false;
        }

        if (maxBlob is not { } blob || Ink == 0 || other.Ink == 0)
        {
            return true;
        }

        var dx = (int)Math.Round(CentroidX - other.CentroidX);
        var dy = (int)Math.Round(CentroidY - other.CentroidY);
        return !HasBlobOutside(image, other.dilated, dx, dy, blob) && !HasBlobOutside(other.image, dilated, -dx, -dy, blob);
    }

    /// <summary>Whether ink of <paramref name="ink"/> outside <paramref name="cover"/> (moved by dx, dy onto it) forms a piece at least <paramref name="blob"/> pixels one way and a third of that the other.</summary>
    private static bool HasBlobOutside(Image ink, Image cover, int dx, int dy, int blob)
    {
        using var moved = cover.Translate(dx, dy);
        using var left = ink.Minus(moved);
        // A stroke misaligned by a pixel leaves slivers a pixel or two thin along its edge, as long as the stroke:
        // a blob is long one way and a third of that the other.
        return left.ConnectedComponents().Any(c => (c.Height >= blob && c.Width * 3 >= blob) || (c.Width >= blob && c.Height * 3 >= blob));
    }

    /// <summary>
    /// Where <paramref name="part"/>'s ink lies within this shape's, as the top-left corner of part in this shape's
    /// pixels: of the places within <paramref name="maxShift"/> pixels each way of each estimate, the one at which
    /// this shape's dilation covers the most of part's ink (Leptonica's pixBestCorrelation of part against the
    /// dilation), provided it covers at least <paramref name="rank"/> of it and leaves uncovered no piece of ink
    /// <paramref name="maxBlob"/> pixels one way and a third of that the other (as in <see cref="Matches"/>). Null
    /// when no place does. One direction only: ink of this shape outside part's (other print run onto it) is
    /// allowed, so a caption is found in a line where a typed value touches it. The place is then settled to the
    /// pixel by the correlation of the two images' own ink.
    /// </summary>
    public unsafe (int X, int Y)? Locate(InkShape part, IEnumerable<(int X, int Y)> estimates, float rank, int maxShift, int maxBlob)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(estimates);
        if (part.Ink == 0 || dilatedInkCount == 0)
        {
            return null;
        }

        (int X, int Y, double Covered)? best = null;
        fixed (int* tab = BitsPerByte)
        {
            foreach (var (ex, ey) in estimates.Distinct())
            {
                if (Leptonica.pixBestCorrelation(dilated.Handle, part.image.Handle, dilatedInkCount, part.Ink, ex, ey, maxShift, tab, out var dx, out var dy, out var score, 0) != 0)
                {
                    throw new ImagingException("pixBestCorrelation failed");
                }

                // score = covered^2 / (dilation's ink x part's ink), so the covered share of part's ink is:
                var covered = Math.Sqrt(score * (double)dilatedInkCount / part.Ink);
                if (best is null || covered > best.Value.Covered)
                {
                    best = (dx, dy, covered);
                }
            }
        }

        if (best is not { } b || b.Covered < rank || HasBlobOutside(part.image, dilated, -b.X, -b.Y, maxBlob))
        {
            return null;
        }

        // Against the dilation every place within a pixel of the true one covers as much: the ink itself settles it.
        fixed (int* tab = BitsPerByte)
        {
            if (Leptonica.pixBestCorrelation(image.Handle, part.image.Handle, Ink, part.Ink, b.X, b.Y, 1, tab, out var x, out var y, out _, 0) != 0)
            {
                throw new ImagingException("pixBestCorrelation failed");
            }

            GC.KeepAlive(this);
            GC.KeepAlive(part);
            return (x, y);
        }
    }

    private unsafe bool RankMatches(InkShape other, float rank, int maxSizeDifference)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Ink == 0 || other.Ink == 0)
        {
            return Ink == other.Ink && Math.Abs(Width - other.Width) <= maxSizeDifference && Math.Abs(Height - other.Height) <= maxSizeDifference;
        }

        fixed (int* tab = BitsPerByte)
        {
            var result = Leptonica.pixRankHaustest(
                image.Handle, dilated.Handle, other.image.Handle, other.dilated.Handle,
                CentroidX - other.CentroidX, CentroidY - other.CentroidY, maxSizeDifference, maxSizeDifference,
                Ink, other.Ink, rank, tab);
            GC.KeepAlive(this);
            GC.KeepAlive(other);
            return result == 1;
        }
    }

    public void Dispose()
    {
        image.Dispose();
        dilated.Dispose();
    }
}
