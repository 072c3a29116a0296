using FilingExtractor.Batch.Interop;

namespace FilingExtractor.Batch;

/// <summary>
/// Faults a worker process injects into itself on purpose, to test that the supervisor survives them. Read
/// from the environment variable <c>FILINGEXTRACTOR_FAULT</c> in worker processes only (never in the
/// supervisor): rules separated by ';', each <c>crash:TEXT</c> (a segmentation fault in native code,
/// when the input's path contains TEXT), <c>hang:TEXT</c> (stop responding, as a runaway page does),
/// <c>hangpage:TEXT</c> (stop responding after reporting page 1), or <c>delay:MS</c> (sleep before every
/// input, to widen the window for interrupting a run).
/// </summary>
public sealed class FaultInjection
{
    public const string Variable = "FILINGEXTRACTOR_FAULT";

    private readonly List<(string Kind, string Arg)> rules;

    private FaultInjection(List<(string, string)> rules) => this.rules = rules;

    public static FaultInjection None { get; } = new([]);

    public static FaultInjection FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    public static FaultInjection Parse(string? spec)
    {
        var rules = new List<(string, string)>();
        foreach (var part in (spec ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ArgumentException($"{Variable}: '{part}' is not KIND:ARGUMENT");
            }

            rules.Add((part[..colon], part[(colon + 1)..]));
        }

        return new FaultInjection(rules);
    }

    /// <summary>Before an input is read.</summary>
    public void BeforeInput(string path)
    {
        foreach (var (kind, arg) in rules)
        {
            switch (kind)
            {
                case "delay":
                    Thread.Sleep(int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "crash" when path.Contains(arg, StringComparison.Ordinal):
                    // A null dereference inside libc: SIGSEGV in native code, which .NET cannot turn into an exception.
                    Libc.StringLength(IntPtr.Zero);
                    break;
                case "hang" when path.Contains(arg, StringComparison.Ordinal):
                    Thread.Sleep(Timeout.Infinite);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>After the worker reported a page of an input.</summary>
    public void AfterPage(string path)
    {
        if (rules.Any(r => r.Kind == "hangpage" && path.Contains(r.Arg, StringComparison.Ordinal)))
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
