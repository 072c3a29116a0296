using System.CommandLine;
using System.Globalization;
using FilingExtractor.Batch;
using FilingExtractor.Export;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>extract INPUT... --out DIR</c>: reads every input (scans, transcripts, EDGAR documents) into filings on
/// --jobs worker processes, journals each finished input in DIR/journal.db (a rerun skips them), links
/// filings and prospectuses, and writes DIR/json, DIR/prospectus, DIR/csv, DIR/sec and DIR/errors.csv.
/// A bad, crashing or hanging input is recorded and the run goes on.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders; folders are walked recursively", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "Output folder (json/, csv/, sec/, prospectus/, errors.csv, journal.db)", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { HelpName = "N", Description = "Workers reading inputs in parallel, one OCR engine each (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var isolation = new Option<Isolation>("--isolation") { Description = "process: each worker is a child process, so a native crash or hang costs one input (default); thread: workers are threads of this process, no time limits", DefaultValueFactory = _ => Isolation.Process };
        var pageTimeout = new Option<double>("--page-timeout") { HelpName = "SECONDS", Description = "Seconds a page may take before its input is stopped and recorded as timed out", DefaultValueFactory = _ => 300 };
        var fileTimeout = new Option<double>("--file-timeout") { HelpName = "SECONDS", Description = "Seconds one input may take, all pages together", DefaultValueFactory = _ => 3600 };
        var shard = new Option<string?>("--shard") { HelpName = "I/N", Description = "Read only shard I of N (0-based, I/N), split by content hash; combine shard folders with `merge`" };
        var retry = new Option<bool>("--retry-failed") { Description = "Read again inputs an earlier run recorded as failed (by default every finished input is skipped)" };
        var progress = new Option<ProgressMode>("--progress") { Description = "auto: a live display on a terminal, log lines otherwise; bar; log; none", DefaultValueFactory = _ => ProgressMode.Auto };
        var command = new Command("extract", "Extract structured Form D data from scans, transcripts and EDGAR documents")
        {
            inputs, output, jobs, isolation, pageTimeout, fileTimeout, shard, retry, progress,
        };
        command.SetAction(async (parse, ct) =>
        {
            ShardSpec? shardSpec = null;
            try
            {
                shardSpec = parse.GetValue(shard) is { } s ? ShardSpec.Parse(s) : null;
            }
            catch (FormatException e)
            {
                return Fail(e.Message);
            }

            if (parse.GetValue(jobs) < 1)
            {
                return Fail("--jobs must be at least 1");
            }

            if (parse.GetValue(pageTimeout) <= 0 || parse.GetValue(fileTimeout) <= 0)
            {
                return Fail("--page-timeout and --file-timeout must be positive");
            }

            var options = new BatchOptions
            {
                Inputs = parse.GetRequiredValue(inputs),
                OutputRoot = parse.GetRequiredValue(output),
                Jobs = parse.GetValue(jobs),
                Isolation = parse.GetValue(isolation),
                PageTimeout = TimeSpan.FromSeconds(parse.GetValue(pageTimeout)),
                FileTimeout = TimeSpan.FromSeconds(parse.GetValue(fileTimeout)),
                Shard = shardSpec,
                RetryFailed = parse.GetValue(retry),
            };
            return (int)await RunAsync(options, parse.GetValue(progress), ct).ConfigureAwait(false);
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return (int)ExitCode.BadArguments;
    }

    internal static async Task<ExitCode> RunAsync(BatchOptions options, ProgressMode mode, CancellationToken ct)
    {
        BatchSummary summary;
        try
        {
            summary = await RunProgress.RunAsync(mode, observer => BatchRunner.RunAsync(options, observer, ct)).ConfigureAwait(false);
        }
        catch (OutputLockedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.BadArguments;
        }
        catch (WorkerDependencyMissingException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.DependencyMissing;
        }
        catch (WorkerStartException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.DependencyMissing;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("interrupted: finished inputs are in the journal; run the same command again to go on");
            return ExitCode.Interrupted;
        }

        Console.Error.Write(RunProgress.Describe(summary, options.OutputRoot));
        return summary.Failed + summary.Partial > 0 ? ExitCode.SomeInputsFailed : ExitCode.Success;
    }
}

/// <summary>How a run shows its progress.</summary>
public enum ProgressMode
{
    Auto,
    Bar,
    Log,
    None,
}

/// <summary>The run summary as printed at the end of extract and merge.</summary>
internal static partial class RunProgress
{
    public static string Describe(BatchSummary s, string outputRoot)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"== {outputRoot}");
        w.WriteLine($"inputs     {s.Inputs}: {s.Read} read now, {s.Skipped} already done, {s.Duplicates} duplicates; {s.Failed} failed, {s.Partial} partly read");
        w.WriteLine($"output     {s.Filings} filings, {s.Prospectuses} prospectuses");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages      {s.Pages} read in {s.Elapsed.TotalSeconds:F1} s: {s.PagesPerSecond:F2} pages/s, {s.FilingsPerMinute:F1} filings/min"));
        if (s.PeakWorkerRssBytes is { } peak)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory     peak per worker {peak / 1048576.0:F0} MiB"));
        }

        w.WriteLine(s.FlagsByRule.Count == 0 ? "flags      none" : "flags      " + string.Join(", ", s.FlagsByRule.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
        w.WriteLine(s.ProblemsByKind.Count == 0 ? "errors.csv empty" : "errors.csv " + string.Join(", ", s.ProblemsByKind.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
        return w.ToString();
    }
}
