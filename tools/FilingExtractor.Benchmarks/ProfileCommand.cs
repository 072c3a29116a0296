using System.Globalization;
using FilingExtractor.FormD.Scans;
using FilingExtractor.Layout;
using FilingExtractor.Sources;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// profile: reads scanned inputs with the extractor's scan reader on one engine and one thread and prints
/// the wall-clock seconds each stage took (prepare, classify, layout, ocr, read:KIND, reconcile), in total
/// and per page, so the costly stage is known before it is tuned. Run it on an idle machine.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(Arguments args)
    {
        var inputs = args.AllRequired("input", "FILE_OR_FOLDER");
        var dump = args.Optional("dump");
        args.RejectUnknown();
        var items = InputGrouping.Group(InputCatalog.Expand(inputs).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)));
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Seconds of the page being read, then of all pages by kind: which kind of page the time goes to.
        var pageSeconds = 0.0;
        var kindSeconds = new Dictionary<string, (int Pages, double Seconds)>(StringComparer.Ordinal);
        using var reader = new ScanFilingReader(1);
        reader.StageTimed = (stage, elapsed) =>
        {
            seconds[stage] = seconds.GetValueOrDefault(stage) + elapsed.TotalSeconds;
            counts[stage] = counts.GetValueOrDefault(stage) + 1;
            pageSeconds += elapsed.TotalSeconds;
        };
        var pages = 0;
        var current = string.Empty;
        reader.PageStarted = (path, _) =>
        {
            pages++;
            current = path;
        };
        reader.PageRead = page =>
        {
            var (n, t) = kindSeconds.GetValueOrDefault(page.Kind);
            kindSeconds[page.Kind] = (n + 1, t + pageSeconds);
            pageSeconds = 0;
        };
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            var timing = reader.PageRead;
            reader.PageRead = page =>
            {
                timing(page);
                var stem = Path.Combine(dump, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(current).Replace('*', '_')}-p{page.Number:00}-{page.Kind}"));
                File.WriteAllText(stem + ".txt", string.Join('\n', page.Text?.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Box.Left},{l.Box.Top},{l.Box.Width},{l.Box.Height}\t{l.Text}")) ?? []));
                // Every box found, its ink share inside the inset and the state read against the page's thresholds.
                File.WriteAllLines(stem + ".boxes.txt", page.Prepared is null ? [] : page.Boxes.Select(b =>
                {
                    var r = Checkboxes.Read(page.Binary, b, page.BoxOptions);
                    return string.Create(CultureInfo.InvariantCulture, $"{b.Left},{b.Top},{b.Width},{b.Height}\tink={r.InkRatio:F3}\t{r.Checked?.ToString() ?? "unknown"}");
                }).Prepend(string.Create(CultureInfo.InvariantCulture, $"# empty<={page.BoxOptions.EmptyRatio:F3} checked>={page.BoxOptions.CheckedRatio:F3}")));
                // The cleaned, deskewed page every box and zone above is measured on.
                if (page.Prepared is not null)
                {
                    page.Binary.SavePng(stem + ".binary.png");
                }

                // The image the page's text was recognised from (rules, boxes and leaders erased).
                page.OcrImage?.SavePng(stem + ".png");
            };
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var item in items)
        {
            var result = reader.Read(item, CancellationToken.None);
            Console.Error.WriteLine($"{item.Path}: {result.Status}");
            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine($"  page {problem.Page}: {problem.Kind}: {problem.Reason}");
            }
        }

        var total = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"inputs={items.Count} pages={pages} seconds={total:F2} seconds_per_page={total / Math.Max(1, pages):F3}"));
        foreach (var (stage, s) in seconds.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine(string.Create(inv, $"stage={stage} calls={counts[stage]} seconds={s:F2} share={s / total:P1} per_call={s / counts[stage]:F3}"));
        }

        foreach (var (kind, (n, s)) in kindSeconds.OrderByDescending(kv => kv.Value.Seconds))
        {
            Console.WriteLine(string.Create(inv, $"kind={kind} pages={n} seconds={s:F2} share={s / total:P1} per_page={s / n:F3}"));
        }

        return 0;
    }
}
