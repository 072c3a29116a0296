using System.Runtime.InteropServices;

namespace FilingExtractor.Batch.Interop;

/// <summary>libc calls .NET has no API for: the parent's pid (a worker's orphan check) and a fault inside native code (fault injection).</summary>
internal static partial class Libc
{
    [LibraryImport("libc", EntryPoint = "getppid")]
    internal static partial int GetParentProcessId();

    /// <summary>strlen; given a null pointer it faults inside libc, exactly as a native library's bug does.</summary>
    [LibraryImport("libc", EntryPoint = "strlen")]
    internal static partial nuint StringLength(IntPtr s);
}
