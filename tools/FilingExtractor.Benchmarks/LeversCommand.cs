using System.Diagnostics;
using System.Globalization;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// levers: what each candidate lever changes in the cost of one full page, measured in one process on one
/// thread as thread CPU time (see <see cref="ThreadClock"/>), so that other load on the host hardly
/// matters. Every variant reads every page in every round; the order of the variants rotates from page to
/// page so that none always runs first. Engines are created and warmed up before measuring, except in
/// the variants that measure creation itself.
/// </summary>
internal static class LeversCommand
{
    /// <summary>As in <see cref="OcrCommand"/>: half an inch at 300 dpi.</summary>
    private const int RuleLengthPx = 150;

    public static int Run(Arguments args)
    {
        var files = Tools.PageFiles(args.Required("pages"));
        var count = Math.Min(files.Length, args.Int("count", files.Length, min: 1));
        var rounds = args.Int("rounds", 1, min: 1);
        args.RejectUnknown();

        using var engine = OcrEngine.Create();
        var invertOptions = OcrEngineOptions.Default with
        {
            Variables = new Dictionary<string, string>(OcrEngineOptions.Default.Variables, StringComparer.Ordinal) { ["tessedit_do_invert"] = "1" },
        };
        using var invertEngine = OcrEngine.Create(invertOptions);

        var variants = new (string Name, Func<Image, Resolution, string> Read)[]
        {
            ("page: ReadPage, tessedit_do_invert=0 (ours)", (img, res) => engine.ReadPage(img, res).Text),
            ("page: ReadPage, tessedit_do_invert=1 (CLI's)", (img, res) => invertEngine.ReadPage(img, res).Text),
            ("page: plain text (ReadText), no PageText", (img, res) =>
            {
                using var s = engine.BeginPage(img, res);
                return s.ReadText(null, OcrReadOptions.FullPage);
            }),
            ("page: form rules removed first", (img, res) =>
            {
                using var clean = img.RemoveRules(RuleLengthPx, RuleLengthPx);
                return engine.ReadPage(clean, res).Text;
            }),
            ("page: scaled to 2/3 (300 dpi read as 200)", (img, res) => Scaled(img, res, 2f / 3)),
            ("page: scaled to 1/2 (300 dpi read as 150)", (img, res) => Scaled(img, res, 0.5f)),
            ("page: one block (PSM 6), no layout analysis", (img, res) =>
            {
                using var s = engine.BeginPage(img, res);
                return s.ReadText(null, new OcrReadOptions { Segmentation = PageSegmentation.SingleBlock });
            }),
            ("page: resolution declared 200 dpi", (img, _) => engine.ReadPage(img, new Resolution(200, false)).Text),
            ("page: new engine, read, dispose", (img, res) =>
            {
                using var e = OcrEngine.Create();
                return e.ReadPage(img, res).Text;
            }),
            ("engine init only (Create + Dispose)", (_, _) =>
            {
                using var e = OcrEngine.Create();
                return string.Empty;
            }),
        };

        string Scaled(Image img, Resolution res, float factor)
        {
            using var small = img.Scale(factor, factor);
            return engine.ReadPage(small, new Resolution((int)(res.Dpi * factor), res.Assumed)).Text;
        }

        // Warm-up: JIT, first-use allocations, both engines' first page.
        using (var warm = Image.Load(files[0]))
        {
            var res = Resolution.FromFile(warm.StoredDpi);
            foreach (var v in variants)
            {
                _ = v.Read(warm, res);
            }
        }

        var cpu = variants.Select(_ => new List<double>()).ToArray();
        var wall = variants.Select(_ => new List<double>()).ToArray();
        var chars = new long[variants.Length];
        var loadCpu = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            for (var p = 0; p < count; p++)
            {
                var c0 = ThreadClock.Now();
                using var image = Image.Load(files[p]);
                loadCpu.Add(ThreadClock.Now() - c0);
                var resolution = Resolution.FromFile(image.StoredDpi);
                for (var k = 0; k < variants.Length; k++)
                {
                    var i = (k + p + round) % variants.Length;
                    var w = Stopwatch.GetTimestamp();
                    var c = ThreadClock.Now();
                    var text = variants[i].Read(image, resolution);
                    cpu[i].Add(ThreadClock.Now() - c);
                    wall[i].Add(Stopwatch.GetElapsedTime(w).TotalSeconds);
                    if (round == 0)
                    {
                        chars[i] += Tools.CountChars(text);
                    }
                }
            }
        }

        Tools.Print("pages", $"{count}");
        Tools.Print("rounds", $"{rounds}");
        Tools.Print("image_load_cpu_ms_mean", $"{loadCpu.Average() * 1000:0.0}");
        // "paired" is the median over page reads of variant CPU / first variant's CPU on the same page in the
        // same round: the two ran seconds apart, so slow drifts in the host's speed cancel out.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"variant (one thread, per page)",-48} {"cpu ms",8} {"median",8} {"wall ms",8} {"paired",8} {"chars",8}"));
        for (var i = 0; i < variants.Length; i++)
        {
            var paired = Tools.Median(cpu[i].Select((c, j) => c / cpu[0][j]).ToList());
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{variants[i].Name,-48} {cpu[i].Average() * 1000,8:0} {Tools.Median(cpu[i]) * 1000,8:0} {wall[i].Average() * 1000,8:0} {paired,8:0.000} {chars[i],8}"));
        }

        return 0;
    }
}
