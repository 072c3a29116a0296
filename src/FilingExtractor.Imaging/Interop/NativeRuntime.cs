using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using FilingExtractor.Core.Errors;

namespace FilingExtractor.Imaging.Interop;

/// <summary>libc, for the one thing .NET cannot do itself on Linux: change the native environment.</summary>
internal static partial class Libc
{
    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    internal static partial int setenv(string name, string value, int overwrite);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint getenv(string name);
}

/// <summary>
/// Process-wide native set-up, done once before the first Leptonica or Tesseract call: checks that the
/// libraries load (naming the Debian package when not), routes Leptonica's messages into a per-thread
/// buffer so errors can quote them, and limits OpenMP to one thread (see <see cref="EnsureOmpThreadLimit"/>).
/// </summary>
public static class NativeRuntime
{
    private static readonly Lazy<bool> LeptonicaReady = new(InitLeptonica, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<bool> TesseractReady = new(InitTesseract, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic]
    private static StringBuilder? messages;

    /// <summary>Leptonica's level L_SEVERITY_WARNING: warnings and errors reach the handler, chatter does not.</summary>
    private const int SeverityWarning = 4;

    public static void EnsureLeptonica() => _ = LeptonicaReady.Value;

    public static void EnsureTesseract()
    {
        EnsureLeptonica();
        _ = TesseractReady.Value;
    }

    /// <summary>
    /// Debian's libtesseract is built with OpenMP; left alone, each recognition spins up a thread team that
    /// fights the other workers for the 2 cores and runs 5-6 times slower. libgomp reads OMP_THREAD_LIMIT
    /// once, when it is loaded together with libtesseract, and <see cref="Environment.SetEnvironmentVariable(string, string)"/>
    /// does not reach the native environment on Linux: so set it through libc before the first Tesseract call.
    /// An explicit value already in the environment wins (overwrite = 0).
    /// </summary>
    public static void EnsureOmpThreadLimit()
    {
        if (Libc.setenv("OMP_THREAD_LIMIT", "1", 0) != 0)
        {
            throw new InvalidOperationException($"setenv(OMP_THREAD_LIMIT) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>The value of a variable in the native (libc) environment, or null.</summary>
    public static string? GetNativeEnvironment(string name)
    {
        var p = Libc.getenv(name);
        return p == nint.Zero ? null : Marshal.PtrToStringUTF8(p);
    }

    /// <summary>Returns and clears the Leptonica messages this thread has collected since the last call.</summary>
    internal static string TakeMessages()
    {
        var sb = messages;
        if (sb is null || sb.Length == 0)
        {
            return string.Empty;
        }

        var text = sb.ToString().Trim();
        sb.Clear();
        return text;
    }

    private static bool InitLeptonica()
    {
        RequireLibrary(Leptonica.Library, "Leptonica (liblept.so.5)", "liblept5");
        unsafe
        {
            Leptonica.leptSetStderrHandler(&OnLeptonicaMessage);
        }

        Leptonica.setMsgSeverity(SeverityWarning);
        return true;
    }

    private static bool InitTesseract()
    {
        EnsureOmpThreadLimit();
        RequireLibrary(Tesseract.Library, "Tesseract (libtesseract.so.5)", "libtesseract5");
        return true;
    }

    private static void RequireLibrary(string name, string what, string package)
    {
        if (!NativeLibrary.TryLoad(name, Assembly.GetExecutingAssembly(), null, out _))
        {
            throw new DependencyMissingException(what, package);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static unsafe void OnLeptonicaMessage(byte* text)
    {
        var sb = messages ??= new StringBuilder();
        if (sb.Length < 4096 && text != null)
        {
            sb.Append(Marshal.PtrToStringUTF8((nint)text));
        }
    }
}
