using System.Runtime.InteropServices;

namespace FilingExtractor.Imaging.Interop;

/// <summary>
/// Leptonica calls used to imitate archive scans (see <see cref="ImageEffects"/>): arbitrary rotation,
/// blur, noise, morphology on gray and binary images, thresholding, JPEG encoding and image arithmetic.
/// Signatures follow Leptonica 1.82's allheaders.h.
/// </summary>
internal static partial class Leptonica
{
    /// <summary>pix.h: L_ROTATE_AREA_MAP (interpolating rotation for 8 bpp and deeper).</summary>
    internal const int RotateAreaMap = 1;

    /// <summary>pix.h: L_ROTATE_SAMPLING.</summary>
    internal const int RotateSampling = 3;

    /// <summary>pix.h: L_BRING_IN_WHITE.</summary>
    internal const int BringInWhite = 1;

    /// <summary>pix.h: PIX_SRC, the rasterop that copies the source.</summary>
    internal const int PixSrc = 0xc;

    /// <summary>pix.h: PIX_SRC | PIX_DST (0xc | 0xa), the destination keeps its ink and gains the source's.</summary>
    internal const int PixPaint = 0xe;

    /// <summary>pix.h: PIX_DST &amp; PIX_NOT(PIX_SRC) (0xa &amp; 0x3), the destination loses its ink where the source has ink.</summary>
    internal const int PixSubtract = 0x2;

    /// <summary>Angle in radians, clockwise positive; width/height 0 keep the input's size.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixRotate(PixHandle pixs, float angle, int type, int incolor, int width, int height);

    /// <summary>Box (block) convolution with a (2 wc + 1) x (2 hc + 1) kernel; 8 and 32 bpp.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixBlockconv(PixHandle pix, int wc, int hc);

    /// <summary>Adds Gaussian noise with the given standard deviation (8 or 32 bpp). Draws from libc rand().</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixAddGaussianNoise(PixHandle pixs, float stdev);

    /// <summary>Gray minimum filter: dark strokes grow (ink bleed). Sizes odd, in pixels.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixErodeGray(PixHandle pixs, int hsize, int vsize);

    /// <summary>Gray maximum filter: dark strokes shrink. Sizes odd, in pixels.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixDilateGray(PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Library)]
    internal static partial PixHandle pixDilateBrick(nint pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Library)]
    internal static partial PixHandle pixErodeBrick(nint pixd, PixHandle pixs, int hsize, int vsize);

    [LibraryImport(Library)]
    internal static partial PixHandle pixTranslate(nint pixd, PixHandle pixs, int hshift, int vshift, int incolor);

    /// <summary>8 bpp (or less) to 1 bpp: values below <paramref name="thresh"/> become black.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixThresholdToBinary(PixHandle pixs, int thresh);

    /// <summary>pixd = pixs1 - pixs2, clipped at 0 (8 bpp); pixd null makes a new image.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixSubtractGray(nint pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>Binary: new image pixs1 AND NOT pixs2.</summary>
    [LibraryImport(Library, EntryPoint = "pixSubtract")]
    internal static partial PixHandle pixSubtractNew(nint pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>Binary: new image pixs1 AND pixs2.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixAnd(nint pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>Binary closing with a brick, safe at the image's edges (no erosion from outside).</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixCloseSafeBrick(nint pixd, PixHandle pixs, int hsize, int vsize);

    /// <summary>Binary: new image pixs1 OR pixs2.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixOr(nint pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>
    /// Binary reconstruction: the ink of <paramref name="pixm"/> 8- (or 4-) connected to ink of <paramref name="pixs"/>
    /// (the seed, within the mask), reaching at most <paramref name="xmax"/> and <paramref name="ymax"/> pixels from the
    /// seed; both images 1 bpp and the same size.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixSeedfillBinaryRestricted(nint pixd, PixHandle pixs, PixHandle pixm, int connectivity, int xmax, int ymax);

    [LibraryImport(Library)]
    internal static partial PixHandle pixScaleToSize(PixHandle pixs, int wd, int hd);

    /// <summary>Maps [minval, maxval] to [0, 255] with the given gamma (8 bpp); pixd null makes a new image.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixGammaTRC(nint pixd, PixHandle pixs, float gamma, int minval, int maxval);

    [LibraryImport(Library)]
    internal static partial int pixSetPixel(PixHandle pix, int x, int y, uint val);

    [LibraryImport(Library)]
    internal static partial int pixSetAllGray(PixHandle pix, int grayval);

    [LibraryImport(Library)]
    internal static partial int pixRasterop(PixHandle pixd, int dx, int dy, int dw, int dh, int op, PixHandle pixs, int sx, int sy);

    [LibraryImport(Library)]
    internal static partial int pixWriteMemJpeg(out nint data, out nuint size, PixHandle pix, int quality, int progressive);

    /// <summary>Sets the zlib level used when this image is written as PNG (0-9).</summary>
    [LibraryImport(Library)]
    internal static partial int pixSetZlibCompression(PixHandle pix, int compval);
}

/// <summary>libc's random generator, which Leptonica's noise functions draw from.</summary>
internal static partial class LibcRandom
{
    [LibraryImport("libc")]
    internal static partial void srand(uint seed);
}
