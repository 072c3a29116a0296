using System.Diagnostics;
using System.Security.Cryptography;
using FilingExtractor.Batch;
using FilingExtractor.Export;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Cli.Tests;

/// <summary>
/// extract as an unattended archive run, end to end through the built CLI with worker processes: the journal
/// and resume, kill -9 and rerun, faults injected into workers, shards and merge, and output bytes that do
/// not depend on the number of workers. Inputs are text documents from corpus/ (fast) plus, where said, one
/// scanned page.
/// </summary>
public sealed class BulkRunTests
{
    /// <summary>Transcripts, an EDGAR resale prospectus and electronic Form D documents: 9 inputs, 8 filings.</summary>
    private static string TextInputs(string name)
    {
        var dir = Fixtures.NewFolder(name);
        Copy(dir, "transcripts", "capstone-formd-2002.txt");
        Copy(dir, "prospectus", "capstone-prospectus-2003.txt");
        foreach (var f in Directory.GetFiles(RepoPaths.Combine("corpus", "formd-xml")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        // Two more distinct transcripts, so that there is work to interrupt and to split between shards.
        var transcript = File.ReadAllText(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));
        File.WriteAllText(Path.Combine(dir, "copy-a.txt"), transcript + "\n<!-- a -->\n");
        File.WriteAllText(Path.Combine(dir, "copy-b.txt"), transcript + "\n<!-- b -->\n");
        return dir;
    }

    private static void Copy(string dir, string folder, string file) =>
        File.Copy(RepoPaths.Combine("corpus", folder, file), Path.Combine(dir, file));

    /// <summary>Every output file (relative path → SHA-256), without the journal and the lock, whose bytes hold timings.</summary>
    private static SortedDictionary<string, string> Snapshot(string root) => new(
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith(RunJournal.FileName, StringComparison.Ordinal) && Path.GetFileName(f) != OutputLock.FileName)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private static void AssertSameOutputs(string expected, string actual)
    {
        var a = Snapshot(expected);
        var b = Snapshot(actual);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (k, v) in a)
        {
            Assert.True(v == b[k], $"{k} differs between {expected} and {actual}");
        }
    }

    [Fact]
    public void A_rerun_skips_every_finished_input_and_changes_no_byte()
    {
        var input = TextInputs("bulk-rerun-in");
        var output = Fixtures.NewFolder("bulk-rerun-out");

        var first = CliRunner.Run("extract", input, "--out", output);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("9 inputs: 9 to read, 0 already done (journal), 0 duplicates", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(8, Directory.GetFiles(Path.Combine(output, "json")).Length);
        var before = Snapshot(output);

        var second = CliRunner.Run("extract", input, "--out", output);

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("9 inputs: 0 to read, 9 already done (journal), 0 duplicates", second.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void A_changed_input_is_read_again_and_its_old_filing_removed()
    {
        var input = Fixtures.NewFolder("bulk-change-in");
        Copy(input, "transcripts", "capstone-formd-2002.txt");
        var path = Path.Combine(input, "capstone-formd-2002.txt");
        var output = Fixtures.NewFolder("bulk-change-out");
        Assert.Equal(0, CliRunner.Run("extract", input, "--out", output).ExitCode);
        var oldJson = Assert.Single(Directory.GetFiles(Path.Combine(output, "json")));

        File.AppendAllText(path, "\n<!-- corrected copy -->\n");
        var r = CliRunner.Run("extract", input, "--out", output);

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("1 inputs: 1 to read, 0 already done", r.Stderr, StringComparison.Ordinal);
        var newJson = Assert.Single(Directory.GetFiles(Path.Combine(output, "json")));
        Assert.NotEqual(oldJson, newJson);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(sha[..16] + ".json", Path.GetFileName(newJson));
        using var journal = RunJournal.Open(output);
        Assert.Equal(sha, Assert.Single(journal.All()).Sha256);
    }

    [Fact]
    public void A_crashing_and_a_hanging_input_are_recorded_and_the_run_goes_on()
    {
        var input = Fixtures.NewFolder("bulk-fault-in");
        Copy(input, "transcripts", "capstone-formd-2002.txt");
        var transcript = File.ReadAllText(Path.Combine(input, "capstone-formd-2002.txt"));
        File.WriteAllText(Path.Combine(input, "crash-me.txt"), transcript + "\n<!-- 1 -->\n");
        File.WriteAllText(Path.Combine(input, "hang-me.txt"), transcript + "\n<!-- 2 -->\n");
        File.WriteAllText(Path.Combine(input, "zz-after.txt"), transcript + "\n<!-- 3 -->\n");
        var output = Fixtures.NewFolder("bulk-fault-out");

        var r = CliRunner.Run(
            new Dictionary<string, string> { [FaultInjection.Variable] = "crash:crash-me;hang:hang-me" },
            "extract", input, "--out", output, "--jobs", "2", "--page-timeout", "4");

        Assert.True(r.ExitCode == (int)ExitCode.SomeInputsFailed, r.Stderr);
        var errors = File.ReadAllLines(Path.Combine(output, "errors.csv"));
        Assert.Equal("path,page,kind,reason", errors[0]);
        Assert.Equal(3, errors.Length);
        Assert.StartsWith($"{Path.Combine(input, "crash-me.txt")},,WorkerCrashed,the worker process died: killed by signal SIGSEGV (exit 139)", errors[1], StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine(input, "hang-me.txt")},,PageTimeout,no progress for the page time limit of 4 s", errors[2], StringComparison.Ordinal);
        // The inputs before and after the faults were read by fresh workers.
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "json")).Length);
        Assert.Contains("errors.csv PageTimeout 1, WorkerCrashed 1", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_stuck_on_a_page_is_stopped_at_the_page_time_limit_and_the_error_names_the_page()
    {
        var input = Fixtures.NewFolder("bulk-stuck-in");
        File.Copy(RepoPaths.Combine("corpus", "synthetic", "syn-04-p01.png"), Path.Combine(input, "stuck-p01.png"));
        File.Copy(RepoPaths.Combine("corpus", "synthetic", "syn-04-p02.png"), Path.Combine(input, "stuck-p02.png"));
        var output = Fixtures.NewFolder("bulk-stuck-out");

        var r = CliRunner.Run(
            new Dictionary<string, string> { [FaultInjection.Variable] = "hangpage:stuck" },
            "extract", input, "--out", output, "--jobs", "1", "--page-timeout", "3");

        Assert.True(r.ExitCode == (int)ExitCode.SomeInputsFailed, r.Stderr);
        var errors = File.ReadAllLines(Path.Combine(output, "errors.csv"));
        Assert.Equal(2, errors.Length);
        Assert.Equal($"{Path.Combine(input, "stuck-p*.png")},1,PageTimeout,no progress for the page time limit of 3 s on page 1; the worker was stopped", errors[1]);
        Assert.Empty(Directory.GetFiles(Path.Combine(output, "json")));
        using var journal = RunJournal.Open(output);
        Assert.Equal(OutcomeStatus.TimedOut, Assert.Single(journal.All()).Status);
    }

    [Fact]
    public void A_run_killed_with_sigkill_and_run_again_equals_one_uninterrupted_run()
    {
        var input = TextInputs("bulk-kill-in");
        var whole = Fixtures.NewFolder("bulk-kill-whole");
        Assert.Equal(0, CliRunner.Run("extract", input, "--out", whole, "--jobs", "2").ExitCode);

        var output = Fixtures.NewFolder("bulk-kill-out");
        // Slow every input down so the kill lands in the middle of the run, after some inputs are journalled.
        using (var run = CliRunner.Start(new Dictionary<string, string> { [FaultInjection.Variable] = "delay:700" }, "extract", input, "--out", output, "--jobs", "2"))
        {
            // Drain its output so the run never blocks on a full pipe.
            run.OutputDataReceived += (_, _) => { };
            run.ErrorDataReceived += (_, _) => { };
            run.BeginOutputReadLine();
            run.BeginErrorReadLine();
            var journalled = WaitFor(() => JournalRows(output) >= 2, TimeSpan.FromSeconds(60));
            Assert.True(journalled, "no input was journalled within 60 s");
            run.Kill(entireProcessTree: false);
            run.WaitForExit();
        }

        Assert.True(JournalRows(output) < 9, "the run finished before it was killed; the test proves nothing");
        // The workers notice their supervisor is gone and end themselves.
        Assert.True(WaitFor(() => !WorkersWriting(output), TimeSpan.FromSeconds(10)), "orphaned workers kept running");

        var rerun = CliRunner.Run("extract", input, "--out", output, "--jobs", "2");

        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.DoesNotContain("0 already done", rerun.Stderr, StringComparison.Ordinal);
        AssertSameOutputs(whole, output);
        Assert.Empty(Directory.GetFiles(output, ".*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Three_shards_merged_equal_one_whole_run_byte_for_byte()
    {
        var input = TextInputs("bulk-shard-in");
        var whole = Fixtures.NewFolder("bulk-shard-whole");
        Assert.Equal(0, CliRunner.Run("extract", input, "--out", whole).ExitCode);

        var shards = new List<string>();
        var counts = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var shard = Fixtures.NewFolder($"bulk-shard-{i}");
            var r = CliRunner.Run("extract", input, "--out", shard, "--shard", $"{i}/3", "--jobs", "1");
            Assert.True(r.ExitCode == 0, r.Stderr);
            shards.Add(shard);
            using var journal = RunJournal.Open(shard);
            counts.Add(journal.All().Count);
        }

        // Every input in exactly one shard, and the split is not degenerate.
        Assert.Equal(9, counts.Sum());
        Assert.True(counts.Count(c => c > 0) >= 2, string.Join(",", counts));

        var merged = Fixtures.NewFolder("bulk-shard-merged");
        var m = CliRunner.Run("merge", shards[0], shards[1], shards[2], "--out", merged);

        Assert.True(m.ExitCode == 0, m.Stderr);
        AssertSameOutputs(whole, merged);
    }

    [Fact]
    public void Outputs_do_not_depend_on_the_number_of_workers_or_on_isolation()
    {
        var input = TextInputs("bulk-jobs-in");
        // One scanned page (the cover of a synthetic filing), so OCR output is compared too.
        File.Copy(RepoPaths.Combine("corpus", "synthetic", "syn-04-p01.png"), Path.Combine(input, "scan-p01.png"));
        var one = Fixtures.NewFolder("bulk-jobs-1");
        var two = Fixtures.NewFolder("bulk-jobs-2");
        var threads = Fixtures.NewFolder("bulk-jobs-threads");

        var r1 = CliRunner.Run("extract", input, "--out", one, "--jobs", "1");
        var r2 = CliRunner.Run("extract", input, "--out", two, "--jobs", "2");
        var r3 = CliRunner.Run("extract", input, "--out", threads, "--jobs", "2", "--isolation", "thread");

        Assert.True(r1.ExitCode is 0 or 1, r1.Stderr);
        Assert.Equal(r1.ExitCode, r2.ExitCode);
        Assert.Equal(r1.ExitCode, r3.ExitCode);
        Assert.Equal(9, Directory.GetFiles(Path.Combine(one, "json")).Length);
        AssertSameOutputs(one, two);
        AssertSameOutputs(one, threads);
    }

    [Fact]
    public void A_second_run_on_a_busy_output_folder_is_refused()
    {
        var input = Fixtures.NewFolder("bulk-lock-in");
        Copy(input, "transcripts", "capstone-formd-2002.txt");
        var output = Fixtures.NewFolder("bulk-lock-out");
        using (OutputLock.Acquire(output))
        {
            var r = CliRunner.Run("extract", input, "--out", output);
            Assert.Equal((int)ExitCode.BadArguments, r.ExitCode);
            Assert.Contains("another run is using this output folder", r.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(0, CliRunner.Run("extract", input, "--out", output).ExitCode);
    }

    [Fact]
    public void The_log_names_each_input_and_the_summary_counts_flags_and_failures()
    {
        var input = Fixtures.NewFolder("bulk-log-in");
        Copy(input, "transcripts", "capstone-formd-2002.txt");
        File.WriteAllText(Path.Combine(input, "empty.tif"), string.Empty);
        var output = Fixtures.NewFolder("bulk-log-out");

        var r = CliRunner.Run("extract", input, "--out", output, "--jobs", "1");

        Assert.Equal((int)ExitCode.SomeInputsFailed, r.ExitCode);
        Assert.Contains($"[1/2] {Path.Combine(input, "capstone-formd-2002.txt")}: Success, 0 pages, 0 flags", r.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {Path.Combine(input, "empty.tif")}: Empty: the file is empty (0 bytes)", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("inputs     2: 2 read now, 0 already done, 0 duplicates; 1 failed, 0 partly read", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("output     1 filings, 0 prospectuses", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("errors.csv Empty 1", r.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"memory     peak per worker \d+ MiB", r.Stderr);
    }

    private static int JournalRows(string output)
    {
        if (!File.Exists(Path.Combine(output, RunJournal.FileName)))
        {
            return 0;
        }

        try
        {
            // Read-only, beside the running writer: WAL mode lets readers in.
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(output, RunJournal.FileName)};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM inputs";
            return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static bool WorkersWriting(string output) =>
        Process.GetProcessesByName("dotnet").Any(p =>
        {
            try
            {
                return File.ReadAllText($"/proc/{p.Id}/cmdline").Contains(output, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            finally
            {
                p.Dispose();
            }
        });

    private static bool WaitFor(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return condition();
    }
}
