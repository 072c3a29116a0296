using System.Runtime.InteropServices;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Interop;

namespace FilingExtractor.Imaging;

/// <summary>Raised when a Leptonica call fails; the message carries what Leptonica itself reported.</summary>
public sealed class ImagingException : Exception
{
    public ImagingException(string message)
        : base(message)
    {
    }

    public ImagingException()
    {
    }

    public ImagingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>Image file formats the project distinguishes.</summary>
public enum ImageFormat
{
    Unknown,
    Tiff,
    Png,
    Jpeg,
    Pnm,
    Bmp,
    Gif,
    Webp,
    Jp2,
    Other,
}

/// <summary>What a file's header says, read without decoding the pixels.</summary>
public readonly record struct ImageHeader(ImageFormat Format, int Width, int Height, int BitsPerSample, int SamplesPerPixel)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>
/// A page image owned by Leptonica (a <c>PIX</c>). Pixel coordinates have their origin at the top-left;
/// for 1 bpp images a set bit is black (ink), for 8 bpp 0 is black and 255 white. Every operation returns
/// a new image and leaves this one unchanged; dispose each image you get.
/// </summary>
public sealed class Image : IDisposable
{
    internal Image(PixHandle handle)
    {
        Handle = handle;
    }

    internal PixHandle Handle { get; }

    public int Width => Leptonica.pixGetWidth(Handle);

    public int Height => Leptonica.pixGetHeight(Handle);

    /// <summary>Bits per pixel: 1 (bilevel), 2, 4, 8 (gray or palette), 16 or 32 (colour).</summary>
    public int Depth => Leptonica.pixGetDepth(Handle);

    /// <summary>Horizontal resolution stored in the image, or 0 when the file had none.</summary>
    public int StoredDpi => Leptonica.pixGetXRes(Handle);

    public long Pixels => (long)Width * Height;

    // ---- reading ----------------------------------------------------------------------------------

    /// <summary>Reads the first (or only) image of a file.</summary>
    public static Image Load(string path)
    {
        NativeRuntime.EnsureLeptonica();
        return Wrap(Leptonica.pixRead(path), $"cannot read image '{path}'");
    }

    public static unsafe Image Load(ReadOnlySpan<byte> data)
    {
        NativeRuntime.EnsureLeptonica();
        fixed (byte* p = data)
        {
            return Wrap(Leptonica.pixReadMem(p, (nuint)data.Length), "cannot decode image from memory");
        }
    }

    /// <summary>Reads every page of a file, one at a time, in order; non-TIFF files have one page.</summary>
    public static IEnumerable<Image> LoadPages(string path)
    {
        NativeRuntime.EnsureLeptonica();
        if (ReadHeader(path).Format != ImageFormat.Tiff)
        {
            yield return Load(path);
            yield break;
        }

        nuint offset = 0;
        var page = 0;
        do
        {
            page++;
            var pix = Leptonica.pixReadFromMultipageTiff(path, ref offset);
            yield return Wrap(pix, FormattableString.Invariant($"cannot read TIFF page {page} of '{path}'"));
        }
        while (offset != 0);
    }

    /// <summary>Reads every page of an in-memory image file, in order.</summary>
    public static IEnumerable<Image> LoadPages(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        NativeRuntime.EnsureLeptonica();
        if (ReadHeader(data).Format != ImageFormat.Tiff)
        {
            yield return Load(data);
            yield break;
        }

        nuint offset = 0;
        var page = 0;
        do
        {
            page++;
            yield return ReadTiffPage(data, ref offset, page);
        }
        while (offset != 0);
    }

    private static unsafe Image ReadTiffPage(byte[] data, ref nuint offset, int page)
    {
        fixed (byte* p = data)
        {
            var pix = Leptonica.pixReadMemFromMultipageTiff(p, (nuint)data.Length, ref offset);
            return Wrap(pix, FormattableString.Invariant($"cannot read TIFF page {page} from memory"));
        }
    }

    public static ImageHeader ReadHeader(string path)
    {
        NativeRuntime.EnsureLeptonica();
        if (Leptonica.pixReadHeader(path, out var f, out var w, out var h, out var bps, out var spp, out _) != 0)
        {
            throw new ImagingException($"cannot read image header of '{path}': {Reason()}");
        }

        return new ImageHeader(Map(f), w, h, bps, spp);
    }

    public static unsafe ImageHeader ReadHeader(ReadOnlySpan<byte> data)
    {
        NativeRuntime.EnsureLeptonica();
        fixed (byte* p = data)
        {
            if (Leptonica.pixReadHeaderMem(p, (nuint)data.Length, out var f, out var w, out var h, out var bps, out var spp, out _) != 0)
            {
                throw new ImagingException($"cannot read image header from memory: {Reason()}");
            }

            return new ImageHeader(Map(f), w, h, bps, spp);
        }
    }

    /// <summary>Recognises the format from the first bytes (at least 12 are needed), whatever the file is called.</summary>
    public static unsafe ImageFormat SniffFormat(ReadOnlySpan<byte> firstBytes)
    {
        NativeRuntime.EnsureLeptonica();
        if (firstBytes.Length < 12)
        {
            return ImageFormat.Unknown;
        }

        fixed (byte* p = firstBytes)
        {
            return Leptonica.findFileFormatBuffer(p, out var f) == 0 ? Map(f) : ImageFormat.Unknown;
        }
    }

    /// <summary>A blank (white) image of the given size and depth.</summary>
    public static Image CreateBlank(int width, int height, int depth)
    {
        NativeRuntime.EnsureLeptonica();
        var image = Wrap(Leptonica.pixCreate(width, height, depth), "pixCreate failed");
        if (depth > 1)
        {
            Leptonica.pixSetAll(image.Handle);
        }

        return image;
    }

    // ---- writing ----------------------------------------------------------------------------------

    public void SavePng(string path) => Save(path, ImageFileFormat.Png);

    /// <summary>Writes a single-page CCITT G4 TIFF; the image must be 1 bpp.</summary>
    public void SaveTiffG4(string path)
    {
        RequireDepth(1, "G4 TIFF");
        Check(Leptonica.pixWriteTiff(path, Handle, ImageFileFormat.TiffG4, "w"), $"cannot write '{path}'");
    }

    /// <summary>Appends this 1 bpp image as a new G4 page to a TIFF, creating it if needed.</summary>
    public void AppendTiffG4(string path)
    {
        RequireDepth(1, "G4 TIFF");
        var mode = File.Exists(path) ? "a" : "w";
        Check(Leptonica.pixWriteTiff(path, Handle, ImageFileFormat.TiffG4, mode), $"cannot append to '{path}'");
    }

    /// <summary>Writes a multi-page G4 TIFF through a temporary file, renamed into place when complete.</summary>
    public static void SaveMultipageTiffG4(string path, IEnumerable<Image> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var tmp = path + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.Delete(tmp);
        try
        {
            foreach (var page in pages)
            {
                page.AppendTiffG4(tmp);
            }

            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    public byte[] ToPngBytes() => ToBytes(ImageFileFormat.Png);

    public byte[] ToTiffG4Bytes()
    {
        RequireDepth(1, "G4 TIFF");
        return ToBytes(ImageFileFormat.TiffG4);
    }

    private void Save(string path, ImageFileFormat format) =>
        Check(Leptonica.pixWrite(path, Handle, format), $"cannot write '{path}'");

    private byte[] ToBytes(ImageFileFormat format)
    {
        Check(Leptonica.pixWriteMem(out var data, out var size, Handle, format), "cannot encode image");
        try
        {
            var bytes = new byte[checked((int)size)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            Leptonica.lept_free(data);
        }
    }

    // ---- transforms -------------------------------------------------------------------------------

    public void SetDpi(int dpi) => Leptonica.pixSetResolution(Handle, dpi, dpi);

    public Image Clone() => Wrap(Leptonica.pixCopy(nint.Zero, Handle), "pixCopy failed");

    /// <summary>Cuts out a rectangle, clipped to the image. An empty intersection is an error.</summary>
    public Image Crop(PixelRect rect)
    {
        var r = rect.ClipTo(Width, Height);
        if (r.IsEmpty)
        {
            throw new ArgumentOutOfRangeException(nameof(rect), $"{rect} lies outside the {Width}x{Height} image");
        }

        using var box = new NativeBox(r.Left, r.Top, r.Width, r.Height);
        var result = Wrap(Leptonica.pixClipRectangle(Handle, box.Pointer, nint.Zero), $"crop {r} failed");
        result.SetDpi(StoredDpi);
        return result;
    }

    /// <summary>Scales by the given factors; the stored resolution scales with it.</summary>
    public Image Scale(float sx, float sy) => Wrap(Leptonica.pixScale(Handle, sx, sy), "pixScale failed");

    /// <summary>Rotates by a multiple of 90 degrees clockwise (quads 0-3).</summary>
    public Image RotateOrthogonal(int quads) =>
        Wrap(Leptonica.pixRotateOrth(Handle, ((quads % 4) + 4) % 4), "pixRotateOrth failed");

    /// <summary>8 bpp gray without a colour map (colour is converted to luminance).</summary>
    public Image ToGray() => Depth == 8 ? Clone() : Wrap(Leptonica.pixConvertTo8(Handle, 0), "pixConvertTo8 failed");

    /// <summary>
    /// Bilevel conversion that copes with uneven backgrounds: Leptonica's background normalisation then
    /// a global threshold (pixAdaptThresholdToBinary), so grey paper, shadows and colour scans come out
    /// as black text on white. A 1 bpp image is returned as a copy.
    /// </summary>
    public Image ToBinaryAdaptive()
    {
        if (Depth == 1)
        {
            return Clone();
        }

        using var gray = ToGray();
        var bin = Wrap(Leptonica.pixAdaptThresholdToBinary(gray.Handle, nint.Zero, 1.0f), "adaptive threshold failed");
        bin.SetDpi(StoredDpi);
        return bin;
    }

    /// <summary>Plain global threshold: gray values below <paramref name="threshold"/> become black.</summary>
    public Image ToBinary(int threshold = 128) => Depth == 1
        ? Clone()
        : Wrap(Leptonica.pixConvertTo1(Handle, threshold), "pixConvertTo1 failed");

    /// <summary>
    /// Finds the page's skew from its text lines and rotates it level. The angle is in degrees, positive
    /// when the content is turned counter-clockwise on screen (a line's right end higher than its left):
    /// that is the clockwise rotation Leptonica applied to level it. 0 and an unchanged copy when no
    /// reliable angle was found.
    /// </summary>
    public DeskewResult Deskew()
    {
        var pix = Leptonica.pixFindSkewAndDeskew(Handle, 2, out var angle, out var conf);
        if (!pix.IsInvalid && pix.DangerousGetHandle() == Handle.DangerousGetHandle())
        {
            // Leptonica hands back a clone (a second reference to the same pixels) when it does not rotate;
            // a copy keeps the promise that results never share pixels with their source.
            pix.Dispose();
            return new DeskewResult(Clone(), 0f, conf);
        }

        var image = Wrap(pix, "deskew failed");
        return new DeskewResult(image, conf > 0 ? angle : 0f, conf);
    }

    /// <summary>
    /// Removes horizontal and vertical rules (form lines, box borders) from a 1 bpp image: a morphological
    /// opening with a long thin brick (composite bricks, by Leptonica's destination word accumulation, which works on
    /// 32 pixels at a time: the cost grows with the log of the length, not the length) keeps only runs at least <paramref name="minHorizontal"/> (resp.
    /// <paramref name="minVertical"/>) pixels long, which are then subtracted. Characters are far shorter
    /// than any rule, so text survives.
    /// </summary>
    public Image RemoveRules(int minHorizontal, int minVertical)
    {
        RequireDepth(1, "rule removal");
        var result = Clone();
        if (minHorizontal > 0)
        {
            using var h = Wrap(Leptonica.pixOpenCompBrickDwa(nint.Zero, result.Handle, minHorizontal, 1), "horizontal opening failed");
            Leptonica.pixSubtract(result.Handle.DangerousGetHandle(), result.Handle, h.Handle);
        }

        if (minVertical > 0)
        {
            using var v = Wrap(Leptonica.pixOpenCompBrickDwa(nint.Zero, result.Handle, 1, minVertical), "vertical opening failed");
            Leptonica.pixSubtract(result.Handle.DangerousGetHandle(), result.Handle, v.Handle);
        }

        return result;
    }

    /// <summary>
    /// Binary opening with a <paramref name="width"/> x <paramref name="height"/> brick (1 bpp, pixels): only ink
    /// in which the whole brick fits survives, so strokes thinner than the brick vanish and solid blobs keep their shape.
    /// </summary>
    public Image Open(int width, int height)
    {
        RequireDepth(1, "opening");
        return Wrap(Leptonica.pixOpenCompBrickDwa(nint.Zero, Handle, Math.Max(1, width), Math.Max(1, height)), "opening failed");
    }

    /// <summary>The rules themselves: runs of ink at least the given length, horizontal or vertical (1 bpp).</summary>
    public Image ExtractRules(int minHorizontal, int minVertical)
    {
        RequireDepth(1, "rule extraction");
        if (minHorizontal <= 0 || minVertical <= 0)
        {
            // One direction: the rules are the opening itself (an opening lies within the image, so the image less
            // the image less its opening is the opening).
            return minHorizontal <= 0 && minVertical <= 0
                ? CreateBlank(Width, Height, 1)
                : Wrap(Leptonica.pixOpenCompBrickDwa(nint.Zero, Handle, Math.Max(1, minHorizontal), Math.Max(1, minVertical)), "opening failed");
        }

        using var without = RemoveRules(minHorizontal, minVertical);
        var rules = Clone();
        Leptonica.pixSubtract(rules.Handle.DangerousGetHandle(), rules.Handle, without.Handle);
        return rules;
    }

    /// <summary>Bounding boxes of the connected components of ink (1 bpp), 4- or 8-connected.</summary>
    public IReadOnlyList<PixelRect> ConnectedComponents(int connectivity = 8)
    {
        RequireDepth(1, "connected components");
        if (connectivity is not (4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(connectivity), "4 or 8");
        }

        using var boxa = Leptonica.pixConnCompBB(Handle, connectivity);
        if (boxa.IsInvalid)
        {
            throw new ImagingException($"pixConnCompBB failed: {Reason()}");
        }

        var n = Leptonica.boxaGetCount(boxa);
        var result = new PixelRect[n];
        for (var i = 0; i < n; i++)
        {
            Leptonica.boxaGetBoxGeometry(boxa, i, out var x, out var y, out var w, out var h);
            result[i] = new PixelRect(x, y, w, h);
        }

        return result;
    }

    /// <summary>
    /// Number of ink (set) pixels in a rectangle of a 1 bpp image; the rectangle is clipped. Counted here over
    /// the PIX's words: Leptonica's pixCountPixelsInRect copies the rectangle into a new image and builds a
    /// lookup table on every call, and the layout code calls this for single rows and single pixels.
    /// </summary>
    public unsafe int CountInk(PixelRect rect)
    {
        RequireDepth(1, "ink count");
        var r = rect.ClipTo(Width, Height);
        if (r.IsEmpty)
        {
            return 0;
        }

        var data = (uint*)Leptonica.pixGetData(Handle);
        var wpl = Leptonica.pixGetWpl(Handle);
        var count = 0;
        for (var y = r.Top; y < r.Bottom; y++)
        {
            count += CountRow(data + ((long)y * wpl), r.Left, r.Right);
        }

        GC.KeepAlive(this);
        return count;
    }

    /// <summary>Number of ink pixels in each row of a 1 bpp image, top to bottom (the image's row profile).</summary>
    public unsafe int[] InkPerRow()
    {
        RequireDepth(1, "row profile");
        var (width, height) = (Width, Height);
        var data = (uint*)Leptonica.pixGetData(Handle);
        var wpl = Leptonica.pixGetWpl(Handle);
        var rows = new int[height];
        for (var y = 0; y < height; y++)
        {
            rows[y] = CountRow(data + ((long)y * wpl), 0, width);
        }

        GC.KeepAlive(this);
        return rows;
    }

    /// <summary>Set bits of pixels [left, right) of one 1 bpp row (pixel x is bit 31 - x % 32 of word x / 32).</summary>
    private static unsafe int CountRow(uint* line, int left, int right)
    {
        var first = left >> 5;
        var last = (right - 1) >> 5;
        var firstMask = uint.MaxValue >> (left & 31);
        var lastMask = uint.MaxValue << (31 - ((right - 1) & 31));
        if (first == last)
        {
            return System.Numerics.BitOperations.PopCount(line[first] & firstMask & lastMask);
        }

        var count = System.Numerics.BitOperations.PopCount(line[first] & firstMask) + System.Numerics.BitOperations.PopCount(line[last] & lastMask);
        for (var w = first + 1; w < last; w++)
        {
            count += System.Numerics.BitOperations.PopCount(line[w]);
        }

        return count;
    }

    /// <summary>Number of ink pixels in the whole 1 bpp image.</summary>
    public int CountInk()
    {
        RequireDepth(1, "ink count");
        Check(Leptonica.pixCountPixels(Handle, out var count, nint.Zero), "pixCountPixels failed");
        return count;
    }

    /// <summary>Paints a rectangle white in place (1 bpp: clear bits; deeper: all bits set).</summary>
    public void Whiten(PixelRect rect)
    {
        var r = rect.ClipTo(Width, Height);
        if (r.IsEmpty)
        {
            return;
        }

        using var box = new NativeBox(r.Left, r.Top, r.Width, r.Height);
        Check(
            Depth == 1 ? Leptonica.pixClearInRect(Handle, box.Pointer) : Leptonica.pixSetInRect(Handle, box.Pointer),
            "whiten failed");
    }

    /// <summary>Paints a rectangle black in place (1 bpp only).</summary>
    public void Blacken(PixelRect rect)
    {
        RequireDepth(1, "blacken");
        var r = rect.ClipTo(Width, Height);
        if (r.IsEmpty)
        {
            return;
        }

        using var box = new NativeBox(r.Left, r.Top, r.Width, r.Height);
        Check(Leptonica.pixSetInRect(Handle, box.Pointer), "blacken failed");
    }

    /// <summary>
    /// Adds the ink of <paramref name="source"/> inside a rectangle to this image in place, at the same
    /// place (both 1 bpp and the same size): for putting back what an earlier step erased.
    /// </summary>
    public void PaintFrom(Image source, PixelRect rect)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireDepth(1, "paint");
        if (source.Depth != 1 || source.Width != Width || source.Height != Height)
        {
            throw new ArgumentException("the source must be a 1 bpp image of the same size", nameof(source));
        }

        var r = rect.ClipTo(Width, Height);
        if (r.IsEmpty)
        {
            return;
        }

        Check(Leptonica.pixRasterop(Handle, r.Left, r.Top, r.Width, r.Height, Leptonica.PixPaint, source.Handle, r.Left, r.Top), "pixRasterop failed");
    }

    /// <summary>
    /// Clears, in place, every pixel of this image under ink of <paramref name="mask"/> (both 1 bpp) laid with its
    /// top-left corner at (<paramref name="x"/>, <paramref name="y"/>) of this image; what falls outside is ignored.
    /// </summary>
    public void EraseUnder(Image mask, int x, int y) => RasterOp(mask, x, y, Leptonica.PixSubtract, "erase");

    /// <summary>
    /// Replaces, in place, the pixels of this image under <paramref name="source"/> (both 1 bpp) laid with its top-left
    /// corner at (<paramref name="x"/>, <paramref name="y"/>) by the source's; what falls outside is ignored.
    /// </summary>
    public void Paste(Image source, int x, int y) => RasterOp(source, x, y, Leptonica.PixSrc, "paste");

    /// <summary>Leptonica's rasterop of all of <paramref name="source"/> (1 bpp, as this image) onto this image at (x, y).</summary>
    private void RasterOp(Image source, int x, int y, int op, string what)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireDepth(1, what);
        if (source.Depth != 1)
        {
            throw new ArgumentException($"the image to {what} with must be 1 bpp", nameof(source));
        }

        Check(Leptonica.pixRasterop(Handle, x, y, source.Width, source.Height, op, source.Handle, 0, 0), "pixRasterop failed");
    }

    public void Dispose() => Handle.Dispose();

    // ---- helpers ----------------------------------------------------------------------------------

    internal static Image Wrap(PixHandle pix, string what)
    {
        if (pix.IsInvalid)
        {
            pix.Dispose();
            throw new ImagingException($"{what}: {Reason()}");
        }

        return new Image(pix);
    }

    private static string Reason()
    {
        var m = NativeRuntime.TakeMessages();
        return m.Length == 0 ? "Leptonica reported no detail" : m.Replace('\n', ' ');
    }

    private static void Check(int rc, string what)
    {
        if (rc != 0)
        {
            throw new ImagingException($"{what}: {Reason()}");
        }
    }

    private void RequireDepth(int depth, string what)
    {
        if (Depth != depth)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"{what} needs a {depth} bpp image, this one has {Depth} bpp"));
        }
    }

    private static ImageFormat Map(ImageFileFormat f) => f switch
    {
        ImageFileFormat.Unknown => ImageFormat.Unknown,
        ImageFileFormat.Tiff or ImageFileFormat.TiffPackbits or ImageFileFormat.TiffRle or ImageFileFormat.TiffG3
            or ImageFileFormat.TiffG4 or ImageFileFormat.TiffLzw or ImageFileFormat.TiffZip or ImageFileFormat.TiffJpeg => ImageFormat.Tiff,
        ImageFileFormat.Png => ImageFormat.Png,
        ImageFileFormat.JfifJpeg => ImageFormat.Jpeg,
        ImageFileFormat.Pnm => ImageFormat.Pnm,
        ImageFileFormat.Bmp => ImageFormat.Bmp,
        ImageFileFormat.Gif => ImageFormat.Gif,
        ImageFileFormat.Webp => ImageFormat.Webp,
        ImageFileFormat.Jp2 => ImageFormat.Jp2,
        _ => ImageFormat.Other,
    };
}

/// <summary>A levelled image and the skew that was removed (degrees; confidence as Leptonica scores it).</summary>
public sealed record DeskewResult(Image Image, float AngleDegrees, float Confidence);
