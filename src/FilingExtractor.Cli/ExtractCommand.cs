using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FilingExtractor.Core.IO;
using FilingExtractor.Edgar;
using FilingExtractor.Export;
using FilingExtractor.Linking;
using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Sources;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>extract INPUT... --out DIR</c>: reads every input (scans, transcripts, EDGAR documents) into filings,
/// reconciles them, writes DIR/json/&lt;filing id&gt;.json (and DIR/prospectus/&lt;id&gt;.json) as each finishes,
/// links the filings and prospectuses of one placement (links and LINK. flags into the filings' JSON), then
/// writes DIR/csv, DIR/sec and DIR/errors.csv. A bad input is recorded and the run goes on.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>Extensions picked up from folders: scans plus the text formats readers understand.</summary>
    internal static readonly HashSet<string> Extensions = new(InputCatalog.ScanExtensions, StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".xml", ".htm", ".html", ".nc", ".ori",
    };

    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders; folders are walked recursively", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output folder (json/, csv/, sec/, errors.csv)", Required = true };
        var jobs = new Option<int>("--jobs") { Description = "Inputs processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extract", "Extract structured Form D data from scans, transcripts and EDGAR documents") { inputs, output, jobs };
        command.SetAction((parse, ct) => Task.FromResult((int)Run(parse.GetRequiredValue(inputs), parse.GetRequiredValue(output), parse.GetValue(jobs), ct)));
        return command;
    }

    internal static ExitCode Run(IReadOnlyList<string> inputs, string outDir, int jobs, CancellationToken ct)
    {
        var started = Stopwatch.StartNew();
        var items = InputGrouping.Group(InputCatalog.Expand(inputs, p => Extensions.Contains(Path.GetExtension(p)) && !p.EndsWith(".truth.json", StringComparison.Ordinal)));
        var output = new OutputFolder(outDir);
        // Resale prospectuses are not Form D filings: each goes to DIR/prospectus/<id>.json as it is read.
        using var readers = new ReaderSet(Math.Max(1, jobs), p => AtomicFile.WriteAllText(Path.Combine(LinkStage.ProspectusDir(output), p.ProspectusId + ".json"), ProspectusJson.Serialize(p)));
        var problems = new List<ReadProblem>();
        var filings = 0;
        var gate = new object();
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = ct }, item =>
        {
            var result = readers.Read(item, ct);
            if (result.Filing is { } filing)
            {
                output.WriteFiling(filing);
            }

            lock (gate)
            {
                problems.AddRange(result.Problems);
                filings += result.Filing is null ? 0 : 1;
                foreach (var p in result.Problems)
                {
                    Console.Error.WriteLine(p.Page is { } page
                        ? string.Create(CultureInfo.InvariantCulture, $"error: {p.Path}: page {page}: {p.Kind}: {p.Reason}")
                        : $"error: {p.Path}: {p.Kind}: {p.Reason}");
                }
            }
        });

        // Linking: Form D filings and resale prospectuses of one issuer and placement, cross-checked; the
        // links and any LINK. flags go into the filings' JSON before the tables are assembled from it.
        var linked = LinkStage.Run(output);
        problems.AddRange(linked.Problems);
        foreach (var p in linked.Problems)
        {
            Console.Error.WriteLine($"error: {p.Path}: {p.Kind}: {p.Reason}");
        }

        var total = output.AssembleTables();
        output.WriteErrors(problems);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{items.Count} inputs, {filings} filings written ({total} in {outDir}), {problems.Count} problems, {started.Elapsed.TotalSeconds:F1} s"));
        return problems.Count == 0 ? ExitCode.Success : ExitCode.SomeInputsFailed;
    }
}

/// <summary>The readers an extraction run uses, asked in order; the first that claims an input reads it.</summary>
internal sealed class ReaderSet(int engines, Action<Prospectus> onProspectus) : IDisposable
{
    // Order matters: the EDGAR reader claims any text file, so transcripts are recognised before it.
    private readonly List<IFilingReader> readers =
    [
        new ScanFilingReader(engines),
        new TranscriptFilingReader(),
        new EdgarFilingReader(onRead: r =>
        {
            if (r.Prospectus is { } p)
            {
                onProspectus(p);
            }
        }),
    ];

    public ReadResult Read(InputItem item, CancellationToken ct)
    {
        byte[] head;
        try
        {
            head = ReadHead(item.Files[0]);
        }
        catch (IOException e)
        {
            return ReadResult.Failed(item.Path, "NotFound", e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return ReadResult.Failed(item.Path, "Unreadable", e.Message);
        }

        if (head.Length == 0)
        {
            return ReadResult.Failed(item.Path, "Empty", "the file is empty (0 bytes)");
        }

        var reader = readers.FirstOrDefault(r => r.CanRead(item, head));
        return reader is null
            ? ReadResult.Unsupported(item.Path, "not a Form D scan, transcript or EDGAR document this tool reads")
            : reader.Read(item, ct);
    }

    public void Dispose()
    {
        foreach (var r in readers.OfType<IDisposable>())
        {
            r.Dispose();
        }
    }

    private static byte[] ReadHead(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("no such file", path);
        }

        using var s = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var n = s.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..n];
    }
}
