using System.Globalization;
using System.Runtime.InteropServices;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging.Interop;

namespace FilingExtractor.Imaging.Ocr;

/// <summary>
/// One Tesseract engine. Initialised once (80-300 ms) and reused for many pages. An engine belongs to one
/// thread at a time: calls from any other thread, or a second page session while one is open, throw
/// <see cref="InvalidOperationException"/> instead of corrupting the native state. Use an
/// <see cref="OcrEnginePool"/> to give each worker its own.
/// </summary>
public sealed class OcrEngine : IDisposable
{
    private readonly TessApiHandle api;
    private readonly OcrEngineOptions options;
    private TessApiHandle? osd;
    private int ownerThread;
    private int busy;

    private OcrEngine(TessApiHandle api, OcrEngineOptions options)
    {
        this.api = api;
        this.options = options;
        ownerThread = Environment.CurrentManagedThreadId;
    }

    /// <summary>How many engines this process has initialised (for tests and benchmarks of reuse).</summary>
    public static int InitCount => initCount;

    private static int initCount;

    public static string Version
    {
        get
        {
            NativeRuntime.EnsureTesseract();
            return Marshal.PtrToStringUTF8(Tesseract.TessVersion()) ?? "unknown";
        }
    }

    public OcrEngineOptions Options => options;

    /// <summary>Creates and initialises an engine; names the missing package when data or library is absent.</summary>
    public static OcrEngine Create(OcrEngineOptions? options = null)
    {
        options ??= OcrEngineOptions.Default;
        NativeRuntime.EnsureTesseract();
        var api = InitApi(options.DataPath, options.Language);
        foreach (var (name, value) in options.Variables)
        {
            if (Tesseract.TessBaseAPISetVariable(api, name, value) == 0)
            {
                api.Dispose();
                throw new ArgumentException($"Tesseract has no variable '{name}'", nameof(options));
            }
        }

        return new OcrEngine(api, options);
    }

    private static TessApiHandle InitApi(string dataPath, string language)
    {
        foreach (var lang in language.Split('+'))
        {
            var file = Path.Combine(dataPath, lang + ".traineddata");
            if (!File.Exists(file))
            {
                throw new DependencyMissingException($"Tesseract language data '{file}'", "tesseract-ocr-" + (lang == "osd" ? "osd" : lang));
            }
        }

        var api = Tesseract.TessBaseAPICreate();
        if (Tesseract.TessBaseAPIInit2(api, dataPath, language, TessOcrEngineMode.Default) != 0)
        {
            api.Dispose();
            throw new InvalidOperationException($"Tesseract failed to initialise language '{language}' from '{dataPath}'");
        }

        Interlocked.Increment(ref initCount);
        return api;
    }

    /// <summary>
    /// Starts reading one page image at the given resolution. Many regions may be read from one session;
    /// the image is handed to Tesseract once.
    /// </summary>
    public OcrPageSession BeginPage(Image image, Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(image);
        Enter();
        try
        {
            Tesseract.TessBaseAPISetImage2(api, image.Handle);
            Tesseract.TessBaseAPISetSourceResolution(api, resolution.Dpi);
            return new OcrPageSession(this, image, resolution);
        }
        catch
        {
            Exit();
            throw;
        }
    }

    /// <summary>Reads a whole page with automatic segmentation.</summary>
    public PageText ReadPage(Image image, Resolution resolution)
    {
        using var session = BeginPage(image, resolution);
        return session.Read(null, OcrReadOptions.FullPage);
    }

    /// <summary>
    /// Orientation and script detection with Tesseract's OSD model (Debian tesseract-ocr-osd). The OSD
    /// engine is created on first use and kept with this engine.
    /// </summary>
    public OrientationResult DetectOrientation(Image image, Resolution resolution)
    {
        ArgumentNullException.ThrowIfNull(image);
        Enter();
        try
        {
            osd ??= CreateOsd();
            Tesseract.TessBaseAPISetImage2(osd, image.Handle);
            Tesseract.TessBaseAPISetSourceResolution(osd, resolution.Dpi);
            var ok = Tesseract.TessBaseAPIDetectOrientationScript(osd, out var deg, out var conf, out var script, out var scriptConf);
            var scriptName = script == nint.Zero ? string.Empty : Marshal.PtrToStringUTF8(script) ?? string.Empty;
            Tesseract.TessBaseAPIClear(osd);
            return ok == 0
                ? new OrientationResult(0, 0f, string.Empty, 0f)
                : new OrientationResult(((deg % 360) + 360) % 360, conf, scriptName, scriptConf);
        }
        finally
        {
            Exit();
        }
    }

    private TessApiHandle CreateOsd()
    {
        var h = InitApi(options.DataPath, "osd");
        Tesseract.TessBaseAPISetPageSegMode(h, TessPageSegMode.OsdOnly);
        return h;
    }

    public void Dispose()
    {
        api.Dispose();
        osd?.Dispose();
    }

    internal TessApiHandle Api => api;

    /// <summary>Hands the engine to the calling thread (used by the pool when leasing).</summary>
    internal void BindToCurrentThread()
    {
        if (Volatile.Read(ref busy) != 0)
        {
            throw new InvalidOperationException("cannot rebind an OCR engine while a page session is open");
        }

        Volatile.Write(ref ownerThread, Environment.CurrentManagedThreadId);
    }

    private void Enter()
    {
        var owner = Volatile.Read(ref ownerThread);
        if (owner != Environment.CurrentManagedThreadId)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"OCR engine belongs to thread {owner} and was called from thread {Environment.CurrentManagedThreadId}; use one engine per thread (OcrEnginePool)"));
        }

        if (Interlocked.Exchange(ref busy, 1) != 0)
        {
            throw new InvalidOperationException("OCR engine is already in use by an open page session; one engine serves one page at a time");
        }
    }

    internal void Exit()
    {
        Tesseract.TessBaseAPIClear(api);
        Volatile.Write(ref busy, 0);
    }
}
