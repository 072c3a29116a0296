using System.Runtime.InteropServices;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Interop;

namespace FilingExtractor.Imaging;

/// <summary>
/// Degradations that make a clean rendered page look like an archive scan, all done by Leptonica. Every
/// method returns a new image (dispose it) and leaves its input unchanged; the stored resolution is kept.
/// Units: angles in degrees (clockwise positive, as the page is seen), distances and sizes in pixels,
/// gray levels 0 (black) to 255 (white). Methods that draw random numbers take a seed and give the same
/// pixels for the same seed.
/// </summary>
public static class ImageEffects
{
    /// <summary>libc rand() is process-wide: noise calls are serialised so that a seed fixes their pixels.</summary>
    private static readonly Lock RandGate = new();

    /// <summary>
    /// Rotates by <paramref name="degrees"/> about the centre, keeping the size; corners brought in are
    /// white. 8 bpp and deeper are interpolated (area mapping); 1 bpp is sampled.
    /// </summary>
    public static Image Rotate(this Image image, double degrees)
    {
        ArgumentNullException.ThrowIfNull(image);
        var radians = (float)(degrees * Math.PI / 180.0);
        var type = image.Depth == 1 ? Leptonica.RotateSampling : Leptonica.RotateAreaMap;
        return Keep(image, Leptonica.pixRotate(image.Handle, radians, type, Leptonica.BringInWhite, 0, 0), "pixRotate");
    }

    /// <summary>
    /// Box blur (8 bpp): each pixel becomes the mean of a (2 <paramref name="halfWidth"/> + 1) x
    /// (2 <paramref name="halfHeight"/> + 1) neighbourhood. 0 and 0 return a copy.
    /// </summary>
    public static Image BoxBlur(this Image image, int halfWidth, int halfHeight)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "blur");
        if (halfWidth <= 0 && halfHeight <= 0)
        {
            return image.Clone();
        }

        return Keep(image, Leptonica.pixBlockconv(image.Handle, Math.Max(0, halfWidth), Math.Max(0, halfHeight)), "pixBlockconv");
    }

    /// <summary>Adds zero-mean Gaussian noise of standard deviation <paramref name="stdev"/> gray levels (8 bpp).</summary>
    public static Image AddGaussianNoise(this Image image, double stdev, int seed)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "noise");
        lock (RandGate)
        {
            LibcRandom.srand(unchecked((uint)seed));
            var result = Keep(image, Leptonica.pixAddGaussianNoise(image.Handle, (float)stdev), "pixAddGaussianNoise");
            ResetGaussianPairState(image.Pixels);
            return result;
        }
    }

    /// <summary>
    /// Ink spread on gray: a minimum filter <paramref name="width"/> x <paramref name="height"/> pixels
    /// (odd sizes; 1 leaves that direction alone) thickens dark strokes.
    /// </summary>
    public static Image Bleed(this Image image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "bleed");
        return Keep(image, Leptonica.pixErodeGray(image.Handle, Odd(width), Odd(height)), "pixErodeGray");
    }

    /// <summary>Thinning on gray: a maximum filter (odd sizes) makes dark strokes lighter and narrower.</summary>
    public static Image Thin(this Image image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "thin");
        return Keep(image, Leptonica.pixDilateGray(image.Handle, Odd(width), Odd(height)), "pixDilateGray");
    }

    /// <summary>Binary dilation with a <paramref name="width"/> x <paramref name="height"/> brick (1 bpp): ink grows.</summary>
    public static Image DilateBinary(this Image image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireBinary(image, "dilation");
        return Keep(image, Leptonica.pixDilateBrick(nint.Zero, image.Handle, Math.Max(1, width), Math.Max(1, height)), "pixDilateBrick");
    }

    /// <summary>
    /// The mean width of the ink's strokes, pixels (1 bpp; Leptonica's pixFindStrokeWidth, which averages the ink's
    /// area over half its boundary and the peak of its distance function): about 0.012 in for the form's print on a
    /// clean scan, twice that and more where a scan bled.
    /// </summary>
    public static double StrokeWidth(this Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireBinary(image, "stroke width");
        if (image.CountInk() == 0)
        {
            return 0;
        }

        var rc = Leptonica.pixFindStrokeWidth(image.Handle, 0.1f, nint.Zero, out var width, nint.Zero);
        // Its figures go through the message handler: not an error, and not to be quoted by the next one.
        var said = NativeRuntime.TakeMessages();
        if (rc != 0)
        {
            throw new ImagingException($"pixFindStrokeWidth failed: {said}");
        }

        return width;
    }

    /// <summary>
    /// The ink of this image (1 bpp) connected, 8-way, to ink of <paramref name="seed"/> (1 bpp, the same size) and
    /// within <paramref name="reach"/> pixels of it each way (Leptonica's pixSeedfillBinaryRestricted): what an erasure
    /// took from strokes that go on outside it.
    /// </summary>
    public static Image ReconstructFrom(this Image image, Image seed, int reach)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(seed);
        RequireBinary(image, "reconstruction");
        RequireBinary(seed, "reconstruction");
        if (seed.Width != image.Width || seed.Height != image.Height)
        {
            throw new ArgumentException("the seed must be the image's size", nameof(seed));
        }

        return Keep(image, Leptonica.pixSeedfillBinaryRestricted(nint.Zero, seed.Handle, image.Handle, 8, reach, reach), "pixSeedfillBinaryRestricted");
    }

    /// <summary>Binary erosion with a brick (1 bpp): ink shrinks and one-pixel strokes vanish.</summary>
    public static Image ErodeBinary(this Image image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireBinary(image, "erosion");
        return Keep(image, Leptonica.pixErodeBrick(nint.Zero, image.Handle, Math.Max(1, width), Math.Max(1, height)), "pixErodeBrick");
    }

    /// <summary>Moves the content by (<paramref name="dx"/>, <paramref name="dy"/>) pixels (right and down positive), bringing in white.</summary>
    public static Image Translate(this Image image, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Keep(image, Leptonica.pixTranslate(nint.Zero, image.Handle, dx, dy, Leptonica.BringInWhite), "pixTranslate");
    }

    /// <summary>
    /// Scales the content about the page centre by <paramref name="scaleX"/> and <paramref name="scaleY"/>
    /// (1.02 = 2% larger), then shifts it by (<paramref name="dx"/>, <paramref name="dy"/>) pixels, on a white
    /// page of the original size: what a copier or scanner that is slightly off does.
    /// </summary>
    public static Image ScaleAndShift(this Image image, double scaleX, double scaleY, int dx, int dy)
    {
        ArgumentNullException.ThrowIfNull(image);
        int w = image.Width, h = image.Height;
        using var scaled = Image.Wrap(Leptonica.pixScale(image.Handle, (float)scaleX, (float)scaleY), "pixScale failed");
        var canvas = Image.CreateBlank(w, h, image.Depth);
        int sw = scaled.Width, sh = scaled.Height;
        var x = ((w - sw) / 2) + dx;
        var y = ((h - sh) / 2) + dy;
        if (Leptonica.pixRasterop(canvas.Handle, x, y, sw, sh, Leptonica.PixSrc, scaled.Handle, 0, 0) != 0)
        {
            canvas.Dispose();
            throw new ImagingException("pixRasterop failed");
        }

        canvas.SetDpi(image.StoredDpi);
        return canvas;
    }

    /// <summary>Global threshold (8 bpp to 1 bpp): gray values below <paramref name="threshold"/> become black.</summary>
    public static Image Threshold(this Image image, int threshold)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "threshold");
        return Keep(image, Leptonica.pixThresholdToBinary(image.Handle, Math.Clamp(threshold, 1, 255)), "pixThresholdToBinary");
    }

    /// <summary>Encodes as baseline JPEG at <paramref name="quality"/> (1-100) and decodes again: the blocking and ringing stay in.</summary>
    public static Image JpegArtefacts(this Image image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "JPEG");
        var bytes = ToJpegBytes(image, quality);
        var result = Image.Load(bytes);
        result.SetDpi(image.StoredDpi);
        return result;
    }

    /// <summary>The image as a baseline JFIF JPEG at <paramref name="quality"/> (1-100); 8 bpp or 32 bpp.</summary>
    public static byte[] ToJpegBytes(this Image image, int quality)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (Leptonica.pixWriteMemJpeg(out var data, out var size, image.Handle, Math.Clamp(quality, 1, 100), 0) != 0)
        {
            throw new ImagingException("pixWriteMemJpeg failed");
        }

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

    /// <summary>
    /// Uneven paper tone (8 bpp): darkens the page by a smooth field that is bilinear between
    /// darkening values (gray levels, 0-255) given for the top-left, top-right,
    /// bottom-left and bottom-right corners, plus <paramref name="centre"/> at the middle. Text stays black.
    /// </summary>
    public static Image DarkenBackground(this Image image, byte topLeft, byte topRight, byte bottomLeft, byte bottomRight, byte centre)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "background");
        using var seed = Image.Wrap(Leptonica.pixCreate(3, 3, 8), "pixCreate failed");
        var values = new byte[,] { { topLeft, Mid(topLeft, topRight), topRight }, { Mid(topLeft, bottomLeft), centre, Mid(topRight, bottomRight) }, { bottomLeft, Mid(bottomLeft, bottomRight), bottomRight } };
        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 3; x++)
            {
                Leptonica.pixSetPixel(seed.Handle, x, y, values[y, x]);
            }
        }

        // Scaling can land a pixel short of the requested size: scale a little larger, then cut to the page.
        using var scaled = Image.Wrap(Leptonica.pixScaleToSize(seed.Handle, image.Width + 2, image.Height + 2), "pixScaleToSize failed");
        using var field = scaled.Crop(new PixelRect(0, 0, image.Width, image.Height));
        return Keep(image, Leptonica.pixSubtractGray(nint.Zero, image.Handle, field.Handle), "pixSubtractGray");
    }

    /// <summary>
    /// Remaps gray levels: <paramref name="black"/> and below become 0, <paramref name="white"/> and above 255,
    /// with <paramref name="gamma"/> between (above 1 lightens, below 1 darkens): faded or heavy toner.
    /// </summary>
    public static Image Tone(this Image image, double gamma, int black, int white)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "tone");
        return Keep(image, Leptonica.pixGammaTRC(nint.Zero, image.Handle, (float)gamma, black, white), "pixGammaTRC");
    }

    /// <summary>
    /// Paints small rectangles into a copy of a 1 bpp image: as ink (<paramref name="ink"/> true: dust and
    /// toner specks) or as paper (false: dropouts that break strokes). Rectangles are in pixels and clipped.
    /// </summary>
    public static Image Specks(this Image image, IEnumerable<PixelRect> rects, bool ink)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(rects);
        RequireBinary(image, "specks");
        var result = image.Clone();
        result.SetDpi(image.StoredDpi);
        foreach (var r in rects)
        {
            if (ink)
            {
                result.Blacken(r);
            }
            else
            {
                result.Whiten(r);
            }
        }

        return result;
    }

    /// <summary>Ink of both 1 bpp images (same size): <paramref name="image"/> OR <paramref name="other"/>.</summary>
    public static Image Union(this Image image, Image other)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(other);
        RequireBinary(image, "union");
        RequireBinary(other, "union");
        return Keep(image, Leptonica.pixOr(nint.Zero, image.Handle, other.Handle), "pixOr");
    }

    /// <summary>Ink where both 1 bpp images (same size) have it: <paramref name="image"/> AND <paramref name="other"/>.</summary>
    public static Image Intersect(this Image image, Image other)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(other);
        RequireBinary(image, "intersection");
        RequireBinary(other, "intersection");
        return Keep(image, Leptonica.pixAnd(nint.Zero, image.Handle, other.Handle), "pixAnd");
    }

    /// <summary>
    /// Binary closing with a brick (1 bpp): gaps narrower than the brick between ink on both sides fill in;
    /// ink is not eaten at the image's edges.
    /// </summary>
    public static Image CloseBinary(this Image image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireBinary(image, "closing");
        return Keep(image, Leptonica.pixCloseSafeBrick(nint.Zero, image.Handle, Math.Max(1, width), Math.Max(1, height)), "pixCloseSafeBrick");
    }

    /// <summary>Ink of <paramref name="image"/> where <paramref name="holes"/> has none (1 bpp): punches holes in strokes.</summary>
    public static Image Minus(this Image image, Image holes)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(holes);
        RequireBinary(image, "subtraction");
        RequireBinary(holes, "subtraction");
        return Keep(image, Leptonica.pixSubtractNew(nint.Zero, image.Handle, holes.Handle), "pixSubtract");
    }

    /// <summary>Sets the zlib level (0-9) this image is written with as PNG.</summary>
    public static void SetPngCompression(this Image image, int level)
    {
        ArgumentNullException.ThrowIfNull(image);
        Leptonica.pixSetZlibCompression(image.Handle, Math.Clamp(level, 0, 9));
    }

    /// <summary>Appends this image as a new JPEG-compressed page (8 bpp) to a TIFF, creating it if needed.</summary>
    public static void AppendTiffJpeg(this Image image, string path)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGray(image, "JPEG TIFF");
        var mode = File.Exists(path) ? "a" : "w";
        if (Leptonica.pixWriteTiff(path, image.Handle, ImageFileFormat.TiffJpeg, mode) != 0)
        {
            throw new ImagingException($"cannot append a JPEG page to '{path}'");
        }
    }

    // Leptonica's Gaussian sampler makes values in pairs and keeps the second for the next call: after an
    // odd number of samples one is pending. One more sample clears it, so the next seeded call starts clean.
    private static void ResetGaussianPairState(long samples)
    {
        if (samples % 2 == 0)
        {
            return;
        }

        using var one = Image.Wrap(Leptonica.pixCreate(1, 1, 8), "pixCreate failed");
        using var _ = Image.Wrap(Leptonica.pixAddGaussianNoise(one.Handle, 1f), "pixAddGaussianNoise");
    }

    private static byte Mid(byte a, byte b) => (byte)((a + b) / 2);

    private static int Odd(int n) => Math.Max(1, n | 1);

    private static Image Keep(Image source, PixHandle pix, string what)
    {
        var result = Image.Wrap(pix, what + " failed");
        result.SetDpi(source.StoredDpi);
        return result;
    }

    private static void RequireGray(Image image, string what)
    {
        if (image.Depth != 8)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"{what} needs an 8 bpp image, this one has {image.Depth} bpp"));
        }
    }

    private static void RequireBinary(Image image, string what)
    {
        if (image.Depth != 1)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"{what} needs a 1 bpp image, this one has {image.Depth} bpp"));
        }
    }
}
