using System.Diagnostics;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// field: what reading one form field costs against reading the whole page, on one engine and one thread
/// (the engine is created and warmed up first, so neither figure includes initialisation). Field regions
/// are text lines the full-page read found, padded a little, as a template's field box would be.
/// Per page: one full-page read, then for each chosen line a fresh BeginPage + Read(region,
/// OcrReadOptions.Field) + dispose, the same without alternatives, and all lines again in one session.
/// </summary>
internal static class FieldCommand
{
    /// <summary>Padding around a found line, in pixels: about 0.7 mm at 300 dpi, like a field box's margin.</summary>
    private const int PadX = 8;
    private const int PadY = 6;

    public static int Run(Arguments args)
    {
        var files = Tools.PageFiles(args.Required("pages"));
        var count = Math.Min(files.Length, args.Int("count", 6, min: 1));
        var perPage = args.Int("fields", 8, min: 1);
        args.RejectUnknown();

        using var engine = OcrEngine.Create();
        var single = new OcrReadOptions { Segmentation = PageSegmentation.SingleLine };
        var full = new List<double>();
        var field = new List<double>();
        var fieldPlain = new List<double>();
        var shared = new List<double>();
        var agree = 0;

        // Warm-up: JIT, first-use allocations and the page cache must not land in the first measured read.
        using (var warm = Image.Load(files[0]))
        {
            var res = Resolution.FromFile(warm.StoredDpi);
            var lines = engine.ReadPage(warm, res).Lines.ToList();
            using var s = engine.BeginPage(warm, res);
            _ = s.Read(lines[lines.Count / 2].Box.Inflate(PadX, PadY), OcrReadOptions.Field);
        }

        foreach (var file in files.Take(count))
        {
            using var image = Image.Load(file);
            var resolution = Resolution.FromFile(image.StoredDpi);
            var t = Stopwatch.GetTimestamp();
            var page = engine.ReadPage(image, resolution);
            full.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);

            var candidates = page.Lines.Where(l => l.Text.Count(char.IsLetterOrDigit) >= 6).ToList();
            var chosen = Enumerable.Range(0, Math.Min(perPage, candidates.Count))
                .Select(i => candidates[i * candidates.Count / Math.Min(perPage, candidates.Count)])
                .ToList();

            foreach (var line in chosen)
            {
                var region = line.Box.Inflate(PadX, PadY);
                t = Stopwatch.GetTimestamp();
                PageText read;
                using (var session = engine.BeginPage(image, resolution))
                {
                    read = session.Read(region, OcrReadOptions.Field);
                }

                field.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (Normalise(read.Text) == Normalise(line.Text))
                {
                    agree++;
                }

                t = Stopwatch.GetTimestamp();
                using (var session = engine.BeginPage(image, resolution))
                {
                    _ = session.Read(region, single);
                }

                fieldPlain.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            t = Stopwatch.GetTimestamp();
            using (var session = engine.BeginPage(image, resolution))
            {
                foreach (var line in chosen)
                {
                    _ = session.Read(line.Box.Inflate(PadX, PadY), OcrReadOptions.Field);
                }
            }

            shared.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds / Math.Max(1, chosen.Count));
        }

        var fullMs = Tools.Median(full);
        var fieldMs = Tools.Median(field);
        Tools.Print("pages", $"{count}");
        Tools.Print("fields", $"{field.Count}");
        Tools.Print("full_page_ms_median", $"{fullMs:0.0}");
        Tools.Print("field_ms_median", $"{fieldMs:0.0}");
        Tools.Print("field_ms_p90", $"{Percentile(field, 0.9):0.0}");
        Tools.Print("field_no_alternatives_ms_median", $"{Tools.Median(fieldPlain):0.0}");
        Tools.Print("field_in_shared_session_ms_median", $"{Tools.Median(shared):0.0}");
        Tools.Print("full_page_over_field", $"{fullMs / fieldMs:0.0}");
        Tools.Print("field_text_equals_full_page_line", $"{agree}/{field.Count}");
        return 0;
    }

    private static string Normalise(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
