using System.Runtime.InteropServices;

namespace FilingExtractor.Imaging.Interop;

/// <summary>
/// Leptonica 1.82 (Debian liblept5) C API. Only what the project calls; signatures follow allheaders.h.
/// Every <c>PIX*</c>/<c>BOXA*</c> returned here is owned by the caller and wrapped at once in a SafeHandle.
/// </summary>
internal static partial class Leptonica
{
    internal const string Library = "liblept.so.5";

    // ---- reading ----------------------------------------------------------------------------------
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial PixHandle pixRead(string filename);

    [LibraryImport(Library)]
    internal static unsafe partial PixHandle pixReadMem(byte* data, nuint size);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int pixReadHeader(string filename, out ImageFileFormat format, out int w, out int h, out int bps, out int spp, out int iscmap);

    [LibraryImport(Library)]
    internal static unsafe partial int pixReadHeaderMem(byte* data, nuint size, out ImageFileFormat format, out int w, out int h, out int bps, out int spp, out int iscmap);

    /// <summary>Reads the page at <paramref name="offset"/>; sets it to the next page's offset, or 0 after the last.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial PixHandle pixReadFromMultipageTiff(string fname, ref nuint offset);

    [LibraryImport(Library)]
    internal static unsafe partial PixHandle pixReadMemFromMultipageTiff(byte* data, nuint size, ref nuint offset);

    [LibraryImport(Library)]
    internal static unsafe partial int findFileFormatBuffer(byte* buf, out ImageFileFormat format);

    // ---- writing ----------------------------------------------------------------------------------
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int pixWrite(string fname, PixHandle pix, ImageFileFormat format);

    [LibraryImport(Library)]
    internal static partial int pixWriteMem(out nint data, out nuint size, PixHandle pix, ImageFileFormat format);

    /// <summary><paramref name="modestr"/> is "w" to create the file, "a" to append a page.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int pixWriteTiff(string filename, PixHandle pix, ImageFileFormat comptype, string modestr);

    [LibraryImport(Library)]
    internal static partial void lept_free(nint ptr);

    // ---- properties -------------------------------------------------------------------------------
    [LibraryImport(Library)]
    internal static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Library)]
    internal static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Library)]
    internal static partial int pixGetDepth(PixHandle pix);

    /// <summary>
    /// The image's pixels: rows of <see cref="pixGetWpl"/> 32-bit words, top row first; at 1 bpp pixel x of a
    /// row is bit 31 - (x mod 32) of word x / 32 (the most significant bit is the leftmost pixel). Owned by the PIX.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial nint pixGetData(PixHandle pix);

    /// <summary>32-bit words per row of the image's pixels.</summary>
    [LibraryImport(Library)]
    internal static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(Library)]
    internal static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(Library)]
    internal static partial int pixGetYRes(PixHandle pix);

    [LibraryImport(Library)]
    internal static partial int pixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Library)]
    internal static partial ImageFileFormat pixGetInputFormat(PixHandle pix);

    // ---- life cycle -------------------------------------------------------------------------------
    [LibraryImport(Library)]
    internal static partial void pixDestroy(ref nint ppix);

    [LibraryImport(Library)]
    internal static partial PixHandle pixClone(PixHandle pix);

    [LibraryImport(Library)]
    internal static partial PixHandle pixCopy(nint pixd, PixHandle pixs);

    [LibraryImport(Library)]
    internal static partial PixHandle pixCreate(int width, int height, int depth);

    [LibraryImport(Library)]
    internal static partial nint boxCreate(int x, int y, int w, int h);

    [LibraryImport(Library)]
    internal static partial void boxDestroy(ref nint pbox);

    [LibraryImport(Library)]
    internal static partial void boxaDestroy(ref nint pboxa);

    [LibraryImport(Library)]
    internal static partial int boxaGetCount(BoxaHandle boxa);

    [LibraryImport(Library)]
    internal static partial int boxaGetBoxGeometry(BoxaHandle boxa, int index, out int x, out int y, out int w, out int h);

    // ---- geometry and conversion -----------------------------------------------------------------
    [LibraryImport(Library)]
    internal static partial PixHandle pixClipRectangle(PixHandle pixs, nint box, nint pboxc);

    [LibraryImport(Library)]
    internal static partial PixHandle pixScale(PixHandle pixs, float scalex, float scaley);

    [LibraryImport(Library)]
    internal static partial PixHandle pixRotateOrth(PixHandle pixs, int quads);

    /// <summary>Angle in degrees: the clockwise rotation applied to level the page. redsearch: 1, 2 or 4.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixFindSkewAndDeskew(PixHandle pixs, int redsearch, out float angle, out float conf);

    [LibraryImport(Library)]
    internal static partial PixHandle pixConvertTo8(PixHandle pixs, int cmapflag);

    [LibraryImport(Library)]
    internal static partial PixHandle pixConvertTo1(PixHandle pixs, int threshold);

    /// <summary>Background normalisation followed by a global threshold; 8 bpp in, 1 bpp out.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixAdaptThresholdToBinary(PixHandle pixs, nint pixm, float gamma);

    // ---- morphology, components and counting ------------------------------------------------------
    [LibraryImport(Library)]
    internal static partial PixHandle pixOpenBrick(nint pixd, PixHandle pixs, int hsize, int vsize);

    /// <summary>Same result as pixOpenBrick for 1 bpp, decomposed into smaller bricks: far faster for long rules.</summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixOpenCompBrick(nint pixd, PixHandle pixs, int hsize, int vsize);

    /// <summary>Used in place only (pixd == pixs1): the returned pointer is pixd itself and is not owned.</summary>
    [LibraryImport(Library)]
    internal static partial nint pixSubtract(nint pixd, PixHandle pixs1, PixHandle pixs2);

    /// <summary>centtab and sumtab may be null (Leptonica makes its own); the centroid is in the image's pixels.</summary>
    [LibraryImport(Library)]
    internal static partial int pixCentroid(PixHandle pix, nint centtab, nint sumtab, out float xave, out float yave);

    /// <summary>
    /// The jbig2 classifier's rank Hausdorff test (jbclass.c): 1 when the dilation (pix4) of the exemplar (pix3)
    /// holds at least <paramref name="rank"/> of pix1's ink and the dilation (pix2) of pix1 holds that share of
    /// pix3's, pix3 shifted by the centroid difference (x1 - x3, y1 - y3) rounded; sizes further apart than
    /// maxdiffw / maxdiffh never match. area1 and area3 are the ink of pix1 and pix3; tab8 a 256-entry table
    /// of the set bits of each byte.
    /// </summary>
    [LibraryImport(Library)]
    internal static unsafe partial int pixRankHaustest(PixHandle pix1, PixHandle pix2, PixHandle pix3, PixHandle pix4, float delx, float dely, int maxdiffw, int maxdiffh, int area1, int area3, float rank, int* tab8);

    /// <summary>
    /// compare.c: the shift (delx, dely) of pix2 against pix1, searched over every shift within maxshift pixels each way
    /// of (etransx, etransy), at which the correlation score |pix1 AND pix2 shifted|^2 / (area1 area2) is highest; pix2's
    /// pixel (x, y) then lies on pix1's (x + delx, y + dely). The images may differ in size. area1 and area2 are their
    /// ink; tab8 a 256-entry table of the set bits of each byte; debugflag 0.
    /// </summary>
    [LibraryImport(Library)]
    internal static unsafe partial int pixBestCorrelation(PixHandle pix1, PixHandle pix2, int area1, int area2, int etransx, int etransy, int maxshift, int* tab8, out int pdelx, out int pdely, out float pscore, int debugflag);

    /// <summary>
    /// strokes.c: the mean stroke width of a 1 bpp image's ink, pixels: the mean of the ink's area over half its
    /// boundary length and of its distance function's histogram (bins down to thresh of the peak). tab8 may be
    /// null; pnahisto null. Leptonica 1.82 writes its intermediate figures through the stderr handler.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial int pixFindStrokeWidth(PixHandle pixs, float thresh, nint tab8, out float pwidth, nint pnahisto);

    /// <summary>
    /// pixOpenCompBrick by destination word accumulation (generated code that works a word at a time), several times
    /// faster; sizes over 63 go to pixOpenCompBrickExtendDwa. A size that is a large prime is rounded to a product
    /// (37 opens as 36), which a rule's minimum length does not feel.
    /// </summary>
    [LibraryImport(Library)]
    internal static partial PixHandle pixOpenCompBrickDwa(nint pixd, PixHandle pixs, int hsize, int vsize);

    /// <summary>connectivity: 4 or 8.</summary>
    [LibraryImport(Library)]
    internal static partial BoxaHandle pixConnCompBB(PixHandle pixs, int connectivity);


    [LibraryImport(Library)]
    internal static partial int pixCountPixels(PixHandle pixs, out int count, nint tab8);

    [LibraryImport(Library)]
    internal static partial int pixClearInRect(PixHandle pix, nint box);

    [LibraryImport(Library)]
    internal static partial int pixSetInRect(PixHandle pix, nint box);

    [LibraryImport(Library)]
    internal static partial int pixSetAll(PixHandle pix);

    // ---- diagnostics ------------------------------------------------------------------------------
    [LibraryImport(Library)]
    internal static partial int setMsgSeverity(int newsev);

    [LibraryImport(Library)]
    internal static unsafe partial void leptSetStderrHandler(delegate* unmanaged[Cdecl]<byte*, void> handler);
}

/// <summary>Leptonica's <c>IFF_*</c> file formats (imageio.h).</summary>
internal enum ImageFileFormat
{
    Unknown = 0,
    Bmp = 1,
    JfifJpeg = 2,
    Png = 3,
    Tiff = 4,
    TiffPackbits = 5,
    TiffRle = 6,
    TiffG3 = 7,
    TiffG4 = 8,
    TiffLzw = 9,
    TiffZip = 10,
    Pnm = 11,
    Ps = 12,
    Gif = 13,
    Jp2 = 14,
    Webp = 15,
    Lpdf = 16,
    TiffJpeg = 17,
    Default = 18,
    Spix = 19,
}

/// <summary>Owns a <c>PIX*</c>; release calls <c>pixDestroy</c>, which drops one reference.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        var p = handle;
        Leptonica.pixDestroy(ref p);
        return true;
    }
}

/// <summary>Owns a <c>BOXA*</c>.</summary>
internal sealed class BoxaHandle : SafeHandle
{
    public BoxaHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        var p = handle;
        Leptonica.boxaDestroy(ref p);
        return true;
    }
}

/// <summary>A transient <c>BOX*</c> for calls that take a rectangle; destroyed on dispose.</summary>
internal readonly ref struct NativeBox
{
    public NativeBox(int x, int y, int w, int h)
    {
        Pointer = Leptonica.boxCreate(x, y, w, h);
        if (Pointer == nint.Zero)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"boxCreate({x},{y},{w},{h}) failed"));
        }
    }

    public nint Pointer { get; }

    public void Dispose()
    {
        var p = Pointer;
        Leptonica.boxDestroy(ref p);
    }
}
