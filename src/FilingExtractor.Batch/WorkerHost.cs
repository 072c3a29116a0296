using System.Diagnostics;
using FilingExtractor.Batch.Interop;
using FilingExtractor.Export;
using FilingExtractor.Model;

namespace FilingExtractor.Batch;

/// <summary>
/// The worker side of process isolation (the hidden <c>worker</c> verb): reads requests from stdin, reads
/// each input with one engine, writes its outputs, answers on stdout (<see cref="WorkerProtocol"/>). A
/// native crash takes down only this process; the supervisor records it and starts another worker.
/// </summary>
public static class WorkerHost
{
    public static int Run(string outputRoot, TextReader input, TextWriter protocol, FaultInjection faults)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(faults);
        WatchParent();
        using var processor = new ItemProcessor(new OutputFolder(outputRoot));
        Send(protocol, new WorkerMessage(WorkerProtocol.Ready));
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var request = WorkerProtocol.Decode<WorkerRequest>(line);
            var work = request.ToWorkItem();
            ItemOutcome outcome;
            try
            {
                faults.BeforeInput(work.Path);
                outcome = processor.Process(work, page =>
                {
                    Send(protocol, new WorkerMessage(WorkerProtocol.Page, Page: page));
                    faults.AfterPage(work.Path);
                }, CancellationToken.None);
            }
#pragma warning disable CA1031 // The worker is the isolation boundary: any failure of one input is that input's outcome.
            catch (FilingExtractor.Core.Errors.DependencyMissingException e)
            {
                // Not this input's fault: the supervisor stops the run with the dependency exit code.
                outcome = new ItemOutcome(work.Path, work.Sha256, nameof(ReadStatus.Failure), null, [], 0,
                    [new ReadProblem(work.Path, null, ProblemKinds.DependencyMissing, e.Message)], [], 0);
            }
            catch (Exception e)
#pragma warning restore CA1031
            {
                outcome = new ItemOutcome(work.Path, work.Sha256, nameof(ReadStatus.Failure), null, [], 0,
                    [new ReadProblem(work.Path, null, "InternalError", $"{e.GetType().Name}: {e.Message}")], [], 0);
            }

            Send(protocol, new WorkerMessage(WorkerProtocol.Done, Outcome: outcome));
        }

        using var self = Process.GetCurrentProcess();
        // On Linux PeakWorkingSet64 is the kernel's VmHWM: the most resident memory this process ever had.
        Send(protocol, new WorkerMessage(WorkerProtocol.Exit, PeakRssBytes: self.PeakWorkingSet64));
        return 0;
    }

    private static void Send(TextWriter protocol, WorkerMessage message)
    {
        protocol.WriteLine(WorkerProtocol.Encode(message));
        protocol.Flush();
    }

    /// <summary>
    /// A worker whose supervisor died (kill -9) must not go on writing into the output folder behind a rerun's
    /// back: when the parent changes (re-parented to init or a subreaper) the worker ends itself at once.
    /// </summary>
    private static void WatchParent()
    {
        var parent = Libc.GetParentProcessId();
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(200);
                if (Libc.GetParentProcessId() != parent)
                {
                    // SIGKILL, not FailFast: no abort message, no core dump, nothing half-done flushed.
                    using var self = Process.GetCurrentProcess();
                    self.Kill();
                }
            }
        })
        { IsBackground = true, Name = "parent watch" };
        thread.Start();
    }
}
