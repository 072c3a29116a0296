using System.Diagnostics;
using System.Globalization;
using FilingExtractor.Export;
using FilingExtractor.Model;

namespace FilingExtractor.Batch;

/// <summary>One worker of a run: reads one input at a time. Each slot has its own OCR engine.</summary>
public interface IWorkerSlot : IDisposable
{
    /// <summary>Reads the input and writes its outputs; never throws for a bad input (its problems are in the outcome).</summary>
    Task<ItemOutcome> RunAsync(WorkItem work, Action<int> pageStarted, CancellationToken ct);

    /// <summary>The highest resident memory any process of this slot reached, in bytes, once known.</summary>
    long? PeakRssBytes { get; }
}

/// <summary>How to start a worker process: the program and the arguments before the worker's own.</summary>
/// <param name="FileName">The executable (the CLI's apphost, or the dotnet host).</param>
/// <param name="Prefix">Arguments that come first, e.g. the CLI's dll when it runs through dotnet.</param>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary>This process's own program, however it was started (apphost or <c>dotnet x.dll</c>).</summary>
    public static WorkerLaunch Self()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry)
            ? new WorkerLaunch(process, [entry])
            : new WorkerLaunch(process, []);
    }

    /// <summary>The CLI's dll run through the dotnet host found on PATH or next to this runtime.</summary>
    public static WorkerLaunch Dll(string dllPath) => new(DotnetHost(), [dllPath]);

    private static string DotnetHost()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return process;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return root is not null && File.Exists(Path.Combine(root, "dotnet")) ? Path.Combine(root, "dotnet") : "dotnet";
    }
}

/// <summary>Reads inputs on a thread of this process: no isolation from native crashes and no time limits.</summary>
public sealed class InProcessSlot(OutputFolder output) : IWorkerSlot
{
    private readonly ItemProcessor processor = new(output);

    public long? PeakRssBytes => null;

    public Task<ItemOutcome> RunAsync(WorkItem work, Action<int> pageStarted, CancellationToken ct) =>
        Task.Run(() => processor.Process(work, pageStarted, ct), ct);

    public void Dispose() => processor.Dispose();
}

/// <summary>
/// Reads inputs in a child process (<see cref="WorkerHost"/>), started on first use and reused. The slot
/// watches the worker: if it dies (a segfault in native code, the out-of-memory killer) the input is
/// recorded as crashed; if a page makes no progress within the page time limit, or the input within the
/// file time limit, the worker is killed and the input recorded as timed out. Either way the next input
/// gets a fresh worker.
/// </summary>
public sealed class ProcessSlot(WorkerLaunch launch, string outputRoot, TimeSpan pageTimeout, TimeSpan fileTimeout, IReadOnlyDictionary<string, string>? environment = null) : IWorkerSlot
{
    private const int StderrLines = 12;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);
    private readonly Queue<string> stderrTail = new();
    private Process? process;
    private Task<string?>? pendingRead;
    private long? peak;

    public long? PeakRssBytes => peak;

    public async Task<ItemOutcome> RunAsync(WorkItem work, Action<int> pageStarted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(pageStarted);
        var worker = await StartAsync(ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        await worker.StandardInput.WriteLineAsync(WorkerProtocol.Encode(new WorkerRequest(work.Path, work.Input.Files, work.Sha256)).AsMemory(), ct).ConfigureAwait(false);
        await worker.StandardInput.FlushAsync(ct).ConfigureAwait(false);
        var lastProgress = TimeSpan.Zero;
        int? page = null;
        while (true)
        {
            var pageLeft = pageTimeout - (clock.Elapsed - lastProgress);
            var fileLeft = fileTimeout - clock.Elapsed;
            var line = await ReadLineAsync(worker, pageLeft < fileLeft ? pageLeft : fileLeft, ct).ConfigureAwait(false);
            if (line is TimedOut)
            {
                var byFile = fileLeft <= pageLeft;
                Stop(kill: true);
                var where = page is { } p ? string.Create(CultureInfo.InvariantCulture, $" on page {p}") : " before the first page";
                var problem = byFile
                    ? new ReadProblem(work.Path, page, ProblemKinds.FileTimeout, string.Create(CultureInfo.InvariantCulture, $"the input took longer than the file time limit of {fileTimeout.TotalSeconds:0} s (stopped{where})"))
                    : new ReadProblem(work.Path, page, ProblemKinds.PageTimeout, string.Create(CultureInfo.InvariantCulture, $"no progress for the page time limit of {pageTimeout.TotalSeconds:0} s{where}; the worker was stopped"));
                return Failed(work, OutcomeStatus.TimedOut, problem, clock.Elapsed);
            }

            if (line is null)
            {
                var reason = await DeathAsync(worker).ConfigureAwait(false);
                var where = page is { } p ? string.Create(CultureInfo.InvariantCulture, $" while reading page {p}") : string.Empty;
                return Failed(work, OutcomeStatus.Crashed, new ReadProblem(work.Path, page, ProblemKinds.WorkerCrashed, $"the worker process died{where}: {reason}"), clock.Elapsed);
            }

            var message = WorkerProtocol.Decode<WorkerMessage>(line);
            switch (message.Type)
            {
                case WorkerProtocol.Page:
                    page = message.Page;
                    lastProgress = clock.Elapsed;
                    pageStarted(message.Page ?? 0);
                    break;
                case WorkerProtocol.Done when message.Outcome is { } outcome:
                    return outcome;
                default:
                    throw new InvalidDataException($"unexpected worker message '{message.Type}'");
            }
        }
    }

    public void Dispose() => Stop(kill: false);

    private const string TimedOut = "\u0000timeout";

    private async Task<string?> ReadLineAsync(Process worker, TimeSpan wait, CancellationToken ct)
    {
        // One read stays pending across waits: abandoning a pipe read would lose the line it is reading.
        pendingRead ??= worker.StandardOutput.ReadLineAsync();
        if (wait <= TimeSpan.Zero)
        {
            return pendingRead.IsCompleted ? Take() : TimedOut;
        }

        using var delayCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var finished = await Task.WhenAny(pendingRead, Task.Delay(wait, delayCancel.Token)).ConfigureAwait(false);
        if (finished == pendingRead)
        {
            await delayCancel.CancelAsync().ConfigureAwait(false);
            return Take();
        }

        if (ct.IsCancellationRequested)
        {
            Stop(kill: true);
            ct.ThrowIfCancellationRequested();
        }

        return TimedOut;

        string? Take()
        {
            var line = pendingRead!.Result;
            pendingRead = null;
            return line;
        }
    }

    private async Task<Process> StartAsync(CancellationToken ct)
    {
        if (process is { HasExited: false })
        {
            return process;
        }

        Stop(kill: true);
        var start = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in launch.Prefix)
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("worker");
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(outputRoot);
        // Set before the runtime starts, so libgomp sees it whatever the worker does first.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        var worker = Process.Start(start) ?? throw new InvalidOperationException($"could not start a worker process ({launch.FileName})");
        lock (stderrTail)
        {
            stderrTail.Clear();
        }

        worker.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (stderrTail)
            {
                stderrTail.Enqueue(e.Data);
                while (stderrTail.Count > StderrLines)
                {
                    stderrTail.Dequeue();
                }
            }
        };
        worker.BeginErrorReadLine();
        process = worker;
        var ready = await ReadLineAsync(worker, StartTimeout, ct).ConfigureAwait(false);
        if (ready is null or TimedOut || WorkerProtocol.Decode<WorkerMessage>(ready).Type != WorkerProtocol.Ready)
        {
            var why = ready is null ? await DeathAsync(worker).ConfigureAwait(false) : "it did not report ready within 60 s";
            Stop(kill: true);
            throw new WorkerStartException($"a worker process could not start ({launch.FileName}): {why}");
        }

        return worker;
    }

    /// <summary>Why the worker ended: its signal or exit code, and the last lines it wrote to stderr.</summary>
    private async Task<string> DeathAsync(Process worker)
    {
        using (var wait = new CancellationTokenSource(ExitTimeout))
        {
            try
            {
                await worker.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                worker.Kill(entireProcessTree: true);
            }
        }

        var code = worker.HasExited ? worker.ExitCode : -1;
        string tail;
        lock (stderrTail)
        {
            tail = string.Join(" | ", stderrTail.Where(l => l.Trim().Length > 0).TakeLast(3));
        }

        Forget();
        // .NET reports a process ended by signal N as exit code 128 + N.
        var how = code > 128 && code < 128 + 32
            ? string.Create(CultureInfo.InvariantCulture, $"killed by signal {SignalName(code - 128)} (exit {code})")
            : string.Create(CultureInfo.InvariantCulture, $"exit code {code}");
        return tail.Length == 0 ? how : $"{how}; last output: {tail}";
    }

    private static string SignalName(int signal) => signal switch
    {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL (out of memory?)",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => "#" + signal.ToString(CultureInfo.InvariantCulture),
    };

    private static ItemOutcome Failed(WorkItem work, string status, ReadProblem problem, TimeSpan elapsed) =>
        new(work.Path, work.Sha256, status, null, [], 0, [problem], [], elapsed.TotalSeconds);

    private void Stop(bool kill)
    {
        if (process is not { } worker)
        {
            return;
        }

        try
        {
            if (!worker.HasExited && !kill)
            {
                // Closing stdin asks the worker to finish; it answers with its peak memory and exits.
                worker.StandardInput.Close();
                var deadline = Stopwatch.StartNew();
                while (deadline.Elapsed < ExitTimeout)
                {
                    var read = pendingRead ?? worker.StandardOutput.ReadLineAsync();
                    pendingRead = null;
                    if (!read.Wait(ExitTimeout) || read.Result is not { } line)
                    {
                        break;
                    }

                    var m = WorkerProtocol.Decode<WorkerMessage>(line);
                    if (m.Type == WorkerProtocol.Exit)
                    {
                        peak = Math.Max(peak ?? 0, m.PeakRssBytes ?? 0);
                        break;
                    }
                }

                worker.WaitForExit(ExitTimeout);
            }

            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
                worker.WaitForExit(ExitTimeout);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // The pipe broke because the worker is gone.
        }

        Forget();
    }

    private void Forget()
    {
        process?.Dispose();
        process = null;
        pendingRead = null;
    }
}

/// <summary>A worker process could not be started at all: the run cannot go on.</summary>
public sealed class WorkerStartException : Exception
{
    public WorkerStartException(string message)
        : base(message)
    {
    }

    public WorkerStartException()
    {
    }

    public WorkerStartException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
