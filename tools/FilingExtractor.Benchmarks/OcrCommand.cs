using System.Diagnostics;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Layout;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// ocr: full-page OCR of every page file through this project's layer, the same work the tesseract CLI does
/// for one page (load the image, automatic page segmentation, recognise everything): an
/// <see cref="OcrEnginePool"/> of N engines and N worker threads, each leasing its engine once and taking
/// pages from a shared queue. The measured time starts before the pool exists, so engine initialisation
/// is paid inside it, as the CLI pays it inside every process.
/// Switches for investigating levers: --fresh-engine (a new engine per page, as the CLI has), --var
/// name=value (extra engine variables, e.g. tessedit_do_invert=1 to match the CLI), --dpi (declared
/// resolution instead of the file's), --remove-rules (strip form rules before OCR), --form-cleanup (the extractor's OCR image: rules, checkbox
/// frames and dot leaders erased, <see cref="FormCleanup"/>, its cost inside the timing), --plain-text (Tesseract's
/// own text output instead of the glyph-by-glyph PageText, to price the result collection).
/// </summary>
internal static class OcrCommand
{
    /// <summary>Rules at least this long are removed by --remove-rules: 150 px is half an inch at 300 dpi, far longer than any glyph.</summary>
    private const int RuleLengthPx = 150;

    public static int Run(Arguments args)
    {
        var files = Tools.PageFiles(args.Required("pages"));
        var jobs = args.Int("jobs", Environment.ProcessorCount, min: 1);
        var repeat = args.Int("repeat", 1, min: 1);
        var textOut = args.Optional("text-out");
        var dpi = args.Int("dpi", 0, min: 0);
        var fresh = args.Flag("fresh-engine");
        var removeRules = args.Flag("remove-rules");
        var cleanup = args.Flag("form-cleanup") ? Cleanup.Form : removeRules ? Cleanup.Rules : Cleanup.None;
        var plain = args.Flag("plain-text");
        var variables = new Dictionary<string, string>(OcrEngineOptions.Default.Variables, StringComparer.Ordinal);
        foreach (var v in args.All("var"))
        {
            var eq = v.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageException($"--var needs name=value, got '{v}'");
            }

            variables[v[..eq]] = v[(eq + 1)..];
        }

        args.RejectUnknown();
        if (textOut is not null)
        {
            Directory.CreateDirectory(textOut);
        }

        var options = OcrEngineOptions.Default with { Variables = variables };
        var work = Enumerable.Range(0, repeat).SelectMany(r => files.Select(f => (File: f, First: r == 0))).ToArray();
        var next = -1;
        long chars = 0;
        var initTicks = new long[jobs];
        var pagesDone = new int[jobs];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;

        var total = Stopwatch.StartNew();
        using (var pool = new OcrEnginePool(jobs, options))
        {
            void Worker(int id)
            {
                try
                {
                    OcrEnginePool.Lease? lease = null;
                    if (!fresh)
                    {
                        var t = Stopwatch.GetTimestamp();
                        lease = pool.Rent();
                        initTicks[id] += Stopwatch.GetTimestamp() - t;
                    }

                    using (lease)
                    {
                        int i;
                        while ((i = Interlocked.Increment(ref next)) < work.Length)
                        {
                            var (file, first) = work[i];
                            var text = fresh
                                ? ReadWithFreshEngine(file, options, dpi, cleanup, plain, ref initTicks[id])
                                : Read(lease!.Engine, file, dpi, cleanup, plain);
                            if (first)
                            {
                                Interlocked.Add(ref chars, Tools.CountChars(text));
                                if (textOut is not null)
                                {
                                    File.WriteAllText(Path.Combine(textOut, Path.GetFileName(file) + ".txt"), text + "\n");
                                }
                            }

                            pagesDone[id]++;
                        }
                    }
                }
#pragma warning disable CA1031 // A worker's failure is reported after the join, whatever it was.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    errors.Enqueue(e);
                    Interlocked.Exchange(ref next, work.Length);
                }
            }

            var threads = Enumerable.Range(0, jobs).Select(id => new Thread(() => Worker(id)) { Name = "ocr-" + id }).ToArray();
            foreach (var t in threads)
            {
                t.Start();
            }

            foreach (var t in threads)
            {
                t.Join();
            }
        }

        total.Stop();
        if (!errors.IsEmpty)
        {
            throw new AggregateException("OCR worker failed", errors);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var seconds = total.Elapsed.TotalSeconds;
        var initSeconds = initTicks.Select(t => (double)t / Stopwatch.Frequency).ToArray();
        Tools.Print("layer", "FilingExtractor.Imaging OcrEnginePool");
        Tools.Print("tesseract", OcrEngine.Version);
        Tools.Print("jobs", $"{jobs}");
        Tools.Print("engines_initialised", $"{OcrEngine.InitCount}");
        Tools.Print("pages", $"{work.Length}");
        Tools.Print("pages_per_worker", string.Join(',', pagesDone));
        Tools.Print("seconds", $"{seconds:0.000}");
        Tools.Print("pages_per_second", $"{work.Length / seconds:0.000}");
        // Sum over workers of the time spent initialising engines; the workers do it in parallel, so the
        // wall-clock share is roughly the largest single worker's figure (init_wall_seconds).
        Tools.Print("init_seconds", $"{initSeconds.Sum():0.000}");
        Tools.Print("init_wall_seconds", $"{initSeconds.Max():0.000}");
        Tools.Print("cpu_seconds", $"{cpu.TotalSeconds:0.000}");
        Tools.Print("chars", $"{chars}");
        Tools.Print("variables", string.Join(',', variables.Select(kv => kv.Key + "=" + kv.Value)));
        return 0;
    }

    /// <summary>Loads and reads one page file; returns the page's text.</summary>
    private static string Read(OcrEngine engine, string file, int dpi, Cleanup cleanup, bool plain)
    {
        using var image = Image.Load(file);
        var resolution = dpi > 0 ? new Resolution(dpi, false) : Resolution.FromFile(image.StoredDpi);
        using var clean = image.Depth != 1 ? null : cleanup switch
        {
            Cleanup.Rules => image.RemoveRules(RuleLengthPx, RuleLengthPx),
            Cleanup.Form => FormCleanup.OcrImage(image, resolution.Dpi, Checkboxes.Find(image, resolution.Dpi)),
            _ => null,
        };
        var input = clean ?? image;
        if (plain)
        {
            using var session = engine.BeginPage(input, resolution);
            return session.ReadText(null, OcrReadOptions.FullPage);
        }

        return engine.ReadPage(input, resolution).Text;
    }

    private static string ReadWithFreshEngine(string file, OcrEngineOptions options, int dpi, Cleanup cleanup, bool plain, ref long initTicks)
    {
        var t = Stopwatch.GetTimestamp();
        using var engine = OcrEngine.Create(options);
        initTicks += Stopwatch.GetTimestamp() - t;
        return Read(engine, file, dpi, cleanup, plain);
    }

    private enum Cleanup
    {
        None,
        Rules,
        Form,
    }
}
