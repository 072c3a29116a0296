using System.Runtime.InteropServices;

namespace FilingExtractor.Imaging.Interop;

/// <summary>
/// Tesseract 5.3 (Debian libtesseract5) C API, tesseract/capi.h. Strings returned as <c>char*</c> are
/// owned by the caller and released with <c>TessDeleteText</c> (see <see cref="TessTextHandle"/>);
/// <c>const char*</c> returns belong to the library and are only copied.
/// </summary>
internal static partial class Tesseract
{
    internal const string Library = "libtesseract.so.5";

    [LibraryImport(Library)]
    internal static partial nint TessVersion();

    [LibraryImport(Library)]
    internal static partial void TessDeleteText(nint text);

    [LibraryImport(Library)]
    internal static partial TessApiHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    internal static partial void TessBaseAPIDelete(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPIInit2(TessApiHandle handle, string datapath, string language, TessOcrEngineMode oem);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(TessApiHandle handle, string name, string value);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetPageSegMode(TessApiHandle handle, TessPageSegMode mode);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetImage2(TessApiHandle handle, PixHandle pix);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetSourceResolution(TessApiHandle handle, int ppi);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPISetRectangle(TessApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Library)]
    internal static partial int TessBaseAPIRecognize(TessApiHandle handle, nint monitor);

    [LibraryImport(Library)]
    internal static partial TessTextHandle TessBaseAPIGetUTF8Text(TessApiHandle handle);

    /// <summary>page_number is 0-based and only used for ids inside the hOCR.</summary>
    [LibraryImport(Library)]
    internal static partial TessTextHandle TessBaseAPIGetHOCRText(TessApiHandle handle, int pageNumber);

    [LibraryImport(Library)]
    internal static partial TessTextHandle TessBaseAPIGetTsvText(TessApiHandle handle, int pageNumber);

    [LibraryImport(Library)]
    internal static partial int TessBaseAPIMeanTextConf(TessApiHandle handle);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPIClear(TessApiHandle handle);

    [LibraryImport(Library)]
    internal static partial void TessBaseAPIEnd(TessApiHandle handle);

    /// <summary>script_name points into the engine's own memory: copy, never free.</summary>
    [LibraryImport(Library)]
    internal static partial int TessBaseAPIDetectOrientationScript(TessApiHandle handle, out int orientDeg, out float orientConf, out nint scriptName, out float scriptConf);

    [LibraryImport(Library)]
    internal static partial TessResultIteratorHandle TessBaseAPIGetIterator(TessApiHandle handle);

    // ---- iterators --------------------------------------------------------------------------------
    [LibraryImport(Library)]
    internal static partial void TessResultIteratorDelete(nint handle);

    /// <summary>The page iterator view of a result iterator: the same object, not separately owned.</summary>
    [LibraryImport(Library)]
    internal static partial nint TessResultIteratorGetPageIterator(TessResultIteratorHandle handle);

    [LibraryImport(Library)]
    internal static partial int TessResultIteratorNext(TessResultIteratorHandle handle, TessPageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial TessTextHandle TessResultIteratorGetUTF8Text(TessResultIteratorHandle handle, TessPageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial float TessResultIteratorConfidence(TessResultIteratorHandle handle, TessPageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial int TessPageIteratorIsAtBeginningOf(nint handle, TessPageIteratorLevel level);

    [LibraryImport(Library)]
    internal static partial int TessPageIteratorBoundingBox(nint handle, TessPageIteratorLevel level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Library)]
    internal static partial TessChoiceIteratorHandle TessResultIteratorGetChoiceIterator(TessResultIteratorHandle handle);

    [LibraryImport(Library)]
    internal static partial void TessChoiceIteratorDelete(nint handle);

    [LibraryImport(Library)]
    internal static partial int TessChoiceIteratorNext(TessChoiceIteratorHandle handle);

    /// <summary>Owned by the iterator: copy, never free.</summary>
    [LibraryImport(Library)]
    internal static partial nint TessChoiceIteratorGetUTF8Text(TessChoiceIteratorHandle handle);

    [LibraryImport(Library)]
    internal static partial float TessChoiceIteratorConfidence(TessChoiceIteratorHandle handle);
}

/// <summary>capi.h TessOcrEngineMode.</summary>
internal enum TessOcrEngineMode
{
    TesseractOnly = 0,
    LstmOnly = 1,
    TesseractLstmCombined = 2,
    Default = 3,
}

/// <summary>capi.h TessPageSegMode.</summary>
internal enum TessPageSegMode
{
    OsdOnly = 0,
    AutoOsd = 1,
    AutoOnly = 2,
    Auto = 3,
    SingleColumn = 4,
    SingleBlockVertText = 5,
    SingleBlock = 6,
    SingleLine = 7,
    SingleWord = 8,
    CircleWord = 9,
    SingleChar = 10,
    SparseText = 11,
    SparseTextOsd = 12,
    RawLine = 13,
}

/// <summary>capi.h TessPageIteratorLevel.</summary>
internal enum TessPageIteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}

/// <summary>Owns a <c>TessBaseAPI*</c>; release ends and deletes it.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>Owns a <c>TessResultIterator*</c>.</summary>
internal sealed class TessResultIteratorHandle : SafeHandle
{
    public TessResultIteratorHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.TessResultIteratorDelete(handle);
        return true;
    }
}

/// <summary>Owns a <c>TessChoiceIterator*</c>.</summary>
internal sealed class TessChoiceIteratorHandle : SafeHandle
{
    public TessChoiceIteratorHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.TessChoiceIteratorDelete(handle);
        return true;
    }
}

/// <summary>
/// Owns a <c>char*</c> that Tesseract allocated for the caller. <see cref="TakeString"/> copies it into a
/// managed string and frees the native copy with <c>TessDeleteText</c>, the library's own deallocator.
/// </summary>
internal sealed class TessTextHandle : SafeHandle
{
    public TessTextHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    public string TakeString()
    {
        using (this)
        {
            return IsInvalid ? string.Empty : Marshal.PtrToStringUTF8(handle) ?? string.Empty;
        }
    }

    protected override bool ReleaseHandle()
    {
        Tesseract.TessDeleteText(handle);
        return true;
    }
}
