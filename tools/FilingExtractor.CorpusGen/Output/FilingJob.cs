using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using FilingExtractor.CorpusGen.Degradation;
using FilingExtractor.CorpusGen.Reconciliation;
using FilingExtractor.CorpusGen.Rendering;
using FilingExtractor.Imaging;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Output;

/// <summary>Which files a filing is written as.</summary>
[Flags]
internal enum Formats
{
    None = 0,

    /// <summary>NAME.tif: multi-page TIFF, G4 pages (JPEG pages when gray).</summary>
    Tiff = 1,

    /// <summary>NAME.pdf: image-only PDF made from the TIFF by tiff2pdf.</summary>
    Pdf = 2,

    /// <summary>NAME-p01.png, NAME-p02.png, ...</summary>
    Png = 4,
}

/// <summary>One filing to render: its truth values, how the copy looks, and how it was scanned.</summary>
internal sealed record FilingJob
{
    /// <summary>File name stem (NAME.tif, NAME.truth.json, ...).</summary>
    public required string Name { get; init; }

    /// <summary>Folder relative to the corpus root, '/'-separated ("capstone", "synthetic").</summary>
    public required string Folder { get; init; }

    /// <summary>The values on the form; source, pages and flags are filled in when the files exist.</summary>
    public required Filing Filing { get; init; }

    public required FormStyle Style { get; init; }

    public Profile Profile { get; init; } = Profile.Medium;

    public int Dpi { get; init; } = 200;

    public Formats Formats { get; init; } = Formats.Tiff;

    /// <summary>Quarter turns forced on given pages (1-based page number to clockwise quarter turns).</summary>
    public IReadOnlyDictionary<int, int> Turns { get; init; } = new Dictionary<int, int>();

    /// <summary>Skew forced on given pages (1-based page number to degrees, clockwise), for profiles that skew.</summary>
    public IReadOnlyDictionary<int, double> Skews { get; init; } = new Dictionary<int, double>();

    /// <summary>Seed of the job's random streams (layout jitter, marks, degradation).</summary>
    public long Seed { get; init; }

    /// <summary>What this filing covers, for the corpus index.</summary>
    public string Covers { get; init; } = string.Empty;

    /// <summary>Rules the planted inconsistency is meant to break (checked against the computed flags).</summary>
    public IReadOnlyList<string> IntendedFlags { get; init; } = [];
}

/// <summary>What a job wrote.</summary>
internal sealed record JobResult(FilingJob Job, string PrimaryPath, IReadOnlyList<string> Files, IReadOnlyList<PageDegradation> Pages, Filing Truth);

/// <summary>Renders, degrades and writes one filing with its truth and degradation sidecar.</summary>
internal static class FilingWriter
{
    private static readonly JsonSerializerOptions SidecarOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static JobResult Write(FilingJob job, string corpusRoot)
    {
        var folder = Path.Combine(corpusRoot, job.Folder);
        Directory.CreateDirectory(folder);
        var work = Path.Combine(Path.GetTempPath(), "corpus-gen-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + job.Name);
        Directory.CreateDirectory(work);
        try
        {
            return WriteIn(job, folder, work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static JobResult WriteIn(FilingJob job, string folder, string work)
    {
        var rng = Rng.Derive(job.Seed, job.Name);
        var layoutRng = rng.Derive("layout");
        var pages = FormRenderer.Render(job.Filing, job.Style, layoutRng);
        var clean = Tools.Rasterize(Tools.Document(pages.Select(p => p.PostScript)), job.Dpi, work);
        if (clean.Count != pages.Count)
        {
            throw new InvalidOperationException($"{job.Name}: Ghostscript made {clean.Count} pages, expected {pages.Count}");
        }

        var plans = new List<PageDegradation>();
        var scans = new List<Image>();
        try
        {
            var degradeRng = rng.Derive("degrade");
            for (var i = 0; i < clean.Count; i++)
            {
                var pageRng = degradeRng.Derive(FormattableString.Invariant($"page{i + 1}"));
                var plan = Degrader.Plan(job.Profile, i + 1, job.Dpi, pageRng, job.Turns.TryGetValue(i + 1, out var t) ? t : null);
                if (job.Skews.TryGetValue(i + 1, out var skew) && job.Profile != Profile.Clean)
                {
                    plan = plan with { SkewDegrees = skew };
                }

                plans.Add(plan);
                scans.Add(Degrader.Apply(clean[i], plan));
                clean[i].Dispose();
            }

            var files = new List<string>();
            var tiff = Path.Combine(folder, job.Name + ".tif");
            var pdf = Path.Combine(folder, job.Name + ".pdf");
            var tmpTiff = Path.Combine(work, job.Name + ".tif");
            if (job.Formats.HasFlag(Formats.Tiff) || job.Formats.HasFlag(Formats.Pdf))
            {
                File.Delete(tmpTiff);
                foreach (var scan in scans)
                {
                    if (scan.Depth == 1)
                    {
                        scan.AppendTiffG4(tmpTiff);
                    }
                    else
                    {
                        scan.AppendTiffJpeg(tmpTiff);
                    }
                }

                if (job.Formats.HasFlag(Formats.Pdf))
                {
                    var date = job.Style.StampDate ?? job.Filing.Signature.SignatureDate ?? new DateOnly(2002, 1, 1);
                    Tools.TiffToPdf(tmpTiff, pdf, date);
                    files.Add(pdf);
                }

                if (job.Formats.HasFlag(Formats.Tiff))
                {
                    File.Move(tmpTiff, tiff, overwrite: true);
                    files.Insert(0, tiff);
                }
            }

            if (job.Formats.HasFlag(Formats.Png))
            {
                for (var i = 0; i < scans.Count; i++)
                {
                    var png = Path.Combine(folder, FormattableString.Invariant($"{job.Name}-p{i + 1:00}.png"));
                    scans[i].SetPngCompression(9);
                    scans[i].SavePng(png);
                    files.Add(png);
                }
            }

            var primary = files[0];
            var truth = BuildTruth(job, primary, pages, plans);
            var truthPath = Path.Combine(folder, job.Name + ".truth.json");
            File.WriteAllText(truthPath, FilingJson.Serialize(truth));
            var sidecar = new Sidecar(job.Name, job.Seed, job.Profile, job.Dpi, [.. files.Select(Path.GetFileName).Select(n => n!)], job.Style, plans);
            File.WriteAllText(Path.Combine(folder, job.Name + ".degradation.json"), JsonSerializer.Serialize(sidecar, SidecarOptions) + "\n");
            return new JobResult(job, Relative(job, primary), [.. files.Select(fp => Relative(job, fp))], plans, truth);
        }
        finally
        {
            foreach (var s in scans)
            {
                s.Dispose();
            }

            foreach (var c in clean)
            {
                c.Dispose();
            }
        }
    }

    /// <summary>The truth file: the job's values, plus source, pages and the flags the values raise.</summary>
    private static Filing BuildTruth(FilingJob job, string primary, List<RenderedPage> pages, List<PageDegradation> plans)
    {
        var truth = FilingJson.Deserialize(FilingJson.Serialize(job.Filing));
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(primary)));
        truth.Source = new SourceInfo { Path = Relative(job, primary), Sha256 = sha, Kind = SourceKinds.Scan };
        truth.FilingId = sha[..16];
        truth.Pages = [.. pages.Select((p, i) => new PageInfo { Number = i + 1, Kind = p.Kind, Dpi = plans[i].Dpi })];
        truth.Flags = PaperRules.Evaluate(truth);
        truth.Corrections = [];
        truth.Provenance = new SortedDictionary<string, ValueSource>(StringComparer.Ordinal);
        var intended = job.IntendedFlags.Order(StringComparer.Ordinal).ToList();
        var actual = truth.Flags.Select(fl => fl.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!intended.SequenceEqual(actual))
        {
            throw new InvalidOperationException($"{job.Name}: the planted inconsistency raises [{string.Join(", ", actual)}], intended [{string.Join(", ", intended)}]");
        }

        return truth;
    }

    private static string Relative(FilingJob job, string file) =>
        job.Folder is "." or "" ? Path.GetFileName(file) : job.Folder.TrimEnd('/') + "/" + Path.GetFileName(file);

    /// <summary>NAME.degradation.json: how the copy was typed (style) and how each page was degraded.</summary>
    private sealed record Sidecar(string Name, long Seed, Profile Profile, int Dpi, IReadOnlyList<string> Files, FormStyle Style, IReadOnlyList<PageDegradation> Pages);
}
