using System.Runtime.InteropServices;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// CPU time of the calling thread (clock_gettime(CLOCK_THREAD_CPUTIME_ID)), in seconds. Unlike wall
/// clock it does not grow while another process holds the core, so single-thread comparisons stay
/// meaningful on a shared host.
/// </summary>
internal static partial class ThreadClock
{
    /// <summary>Linux's CLOCK_THREAD_CPUTIME_ID (time.h).</summary>
    private const int ClockThreadCpuTimeId = 3;

    public static double Now()
    {
        if (clock_gettime(ClockThreadCpuTimeId, out var ts) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return ts.Seconds + (ts.Nanoseconds / 1e9);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc")]
    private static partial int clock_gettime(int clockId, out Timespec ts);
}
