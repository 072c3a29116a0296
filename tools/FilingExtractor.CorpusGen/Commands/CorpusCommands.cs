using System.CommandLine;
using System.Globalization;
using System.Text;
using FilingExtractor.CorpusGen.Degradation;
using FilingExtractor.CorpusGen.Output;
using FilingExtractor.CorpusGen.Synthetic;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Commands;

/// <summary>The command line: corpus, capstone, synthetic, render, list.</summary>
internal static class CorpusCommands
{
    /// <summary>The seed the committed corpus was made with.</summary>
    public const long DefaultSeed = 20021125;

    public static RootCommand Root()
    {
        var root = new RootCommand("corpus-gen: renders scanned paper Form D facsimiles (2002 edition) with exact truth files, deterministic by seed")
        {
            CorpusCommand(),
            CapstoneCommand(),
            SyntheticCommand(),
            RenderCommand(),
            ListCommand(),
        };
        return root;
    }

    private static Option<DirectoryInfo> OutOption(string description) =>
        new("--out") { Description = description, Required = true };

    private static Option<long> SeedOption() =>
        new("--seed") { Description = "Seed of every random choice (same seed, same bytes)", DefaultValueFactory = _ => DefaultSeed };

    private static Option<string[]> OnlyOption() =>
        new("--only") { Description = "Write only the named filings (NAME as in the index), e.g. --only syn-01 syn-07", AllowMultipleArgumentsPerToken = true };

    private static Command CorpusCommand()
    {
        var outDir = OutOption("The corpus folder (capstone/ and synthetic/ are written under it)");
        var seed = SeedOption();
        var only = OnlyOption();
        var cmd = new Command("corpus", "Writes the whole generated corpus: the Capstone scans and the synthetic filings, with their truth files, sidecars and synthetic/INDEX.md")
        {
            outDir, seed, only,
        };
        cmd.SetAction(parse =>
        {
            var root = parse.GetValue(outDir)!.FullName;
            var s = parse.GetValue(seed);
            var jobs = Capstone.Jobs(s).Concat(SyntheticPlan.Jobs(s)).ToList();
            var results = RunJobs(Filter(jobs, parse.GetValue(only)), root);
            if (parse.GetValue(only) is not { Length: > 0 })
            {
                File.WriteAllText(Path.Combine(root, SyntheticPlan.Folder, "INDEX.md"), Index(results.Where(r => r.Job.Folder == SyntheticPlan.Folder).ToList(), root, s));
            }

            return 0;
        });
        return cmd;
    }

    private static Command CapstoneCommand()
    {
        var outDir = OutOption("The corpus folder (files go to capstone/ under it)");
        var seed = SeedOption();
        var cmd = new Command("capstone", "Writes the Capstone Turbine Form D: 300 DPI clean and 200 DPI degraded, TIFF and PDF, with truth") { outDir, seed };
        cmd.SetAction(parse =>
        {
            RunJobs([.. Capstone.Jobs(parse.GetValue(seed))], parse.GetValue(outDir)!.FullName);
            return 0;
        });
        return cmd;
    }

    private static Command SyntheticCommand()
    {
        var outDir = OutOption("The corpus folder (files go to synthetic/ under it)");
        var seed = SeedOption();
        var only = OnlyOption();
        var cmd = new Command("synthetic", "Writes the synthetic filings (see `list`), with truth files and degradation sidecars") { outDir, seed, only };
        cmd.SetAction(parse =>
        {
            RunJobs(Filter([.. SyntheticPlan.Jobs(parse.GetValue(seed))], parse.GetValue(only)), parse.GetValue(outDir)!.FullName);
            return 0;
        });
        return cmd;
    }

    private static Command RenderCommand()
    {
        var truth = new Option<FileInfo>("--truth") { Description = "A filing JSON in the extractor's output shape (its values are what gets typed)", Required = true };
        var outDir = OutOption("Folder to write NAME.tif/.pdf/-pNN.png, NAME.truth.json and NAME.degradation.json into");
        var name = new Option<string>("--name") { Description = "File name stem", Required = true };
        var dpi = new Option<int>("--dpi") { Description = "Scan resolution (200 or 300 are usual)", DefaultValueFactory = _ => 200 };
        var profile = new Option<Profile>("--profile") { Description = "Degradation: Clean, Light, Medium, Heavy or GrayJpeg", DefaultValueFactory = _ => Profile.Medium };
        var formats = new Option<string>("--formats") { Description = "Comma-separated: tiff, pdf, png", DefaultValueFactory = _ => "tiff,pdf" };
        var seed = SeedOption();
        var cmd = new Command("render", "Renders any filing JSON as a scanned paper Form D, with a style (faces, marks, formats) chosen from the seed")
        {
            truth, outDir, name, dpi, profile, formats, seed,
        };
        cmd.SetAction(parse =>
        {
            var filing = FilingJson.Deserialize(File.ReadAllText(parse.GetValue(truth)!.FullName));
            var s = parse.GetValue(seed);
            var n = parse.GetValue(name)!;
            var style = StyleChooser.Choose(Rng.Derive(s, n + "/style"), filing);
            var dir = parse.GetValue(outDir)!;
            dir.Create();
            var job = new FilingJob
            {
                Name = n,
                Folder = ".",
                Filing = filing,
                Style = style,
                Profile = parse.GetValue(profile),
                Dpi = parse.GetValue(dpi),
                Formats = ParseFormats(parse.GetValue(formats)!),
                Seed = s,
                IntendedFlags = [.. Reconciliation.PaperRules.Evaluate(filing).Select(f => f.Rule).Distinct()],
            };
            RunJobs([job], dir.FullName);
            return 0;
        });
        return cmd;
    }

    private static Command ListCommand()
    {
        var seed = SeedOption();
        var cmd = new Command("list", "Prints the synthetic filings the seed gives: name, persons, formats, profile, what each covers") { seed };
        cmd.SetAction(parse =>
        {
            foreach (var j in SyntheticPlan.Jobs(parse.GetValue(seed)))
            {
                Console.WriteLine(FormattableString.Invariant($"{j.Name}\t{j.Filing.RelatedPersons.Count} persons\t{j.Formats}\t{j.Profile}\t{j.Dpi} dpi\t{j.Covers}"));
            }

            return 0;
        });
        return cmd;
    }

    private static List<FilingJob> Filter(List<FilingJob> jobs, string[]? only)
    {
        if (only is not { Length: > 0 })
        {
            return jobs;
        }

        var set = new HashSet<string>(only, StringComparer.Ordinal);
        var unknown = set.Except(jobs.Select(j => j.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException("unknown filing name(s): " + string.Join(", ", unknown));
        }

        return [.. jobs.Where(j => set.Contains(j.Name))];
    }

    private static Formats ParseFormats(string text)
    {
        var f = Formats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            f |= part.ToLowerInvariant() switch
            {
                "tiff" or "tif" => Formats.Tiff,
                "pdf" => Formats.Pdf,
                "png" => Formats.Png,
                _ => throw new ArgumentException($"unknown format '{part}' (tiff, pdf, png)"),
            };
        }

        return f == Formats.None ? Formats.Tiff : f;
    }

    /// <summary>Runs jobs on every core; each job's bytes depend only on the job, not on the order.</summary>
    public static List<JobResult> RunJobs(List<FilingJob> jobs, string root)
    {
        var results = new JobResult[jobs.Count];
        // Largest first, one at a time from a shared queue, so the cores finish together.
        var order = Enumerable.Range(0, jobs.Count)
            .OrderByDescending(i => (jobs[i].Filing.RelatedPersons.Count + 10) * jobs[i].Dpi * jobs[i].Dpi)
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering), options, i =>
        {
            results[i] = FilingWriter.Write(jobs[i], root);
            Console.Error.WriteLine($"wrote {string.Join(", ", results[i].Files)} ({results[i].Truth.Pages.Count} pages, {results[i].Truth.Flags.Count} flags)");
        });
        return [.. results];
    }

    private static string Index(List<JobResult> results, string root, long seed)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Synthetic Form D filings (seed {seed})\n\n");
        sb.Append("Written by `corpus-gen corpus --out corpus --seed ").Append(seed.ToString(CultureInfo.InvariantCulture)).Append("` (see corpus/README.md). One row per filing: its files, pages, scan, and what it covers. Flags are the rules its truth lists.\n\n");
        sb.Append("| name | files | pages | dpi | profile | persons | entity type | filing under | flags | covers |\n");
        sb.Append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in results)
        {
            var t = r.Truth;
            var fu = t.FilingUnder;
            var under = string.Join("+", new[] { (fu.Rule504, "504"), (fu.Rule505, "505"), (fu.Rule506, "506"), (fu.Section4_6, "4(6)"), (fu.Uloe, "ULOE") }.Where(x => x.Item1 == true).Select(x => x.Item2));
            var files = string.Join(" ", r.Files.Select(f => Path.GetFileName(f)).Select(f => f.EndsWith(".png", StringComparison.Ordinal) ? f[..^7] + "NN.png" : f).Distinct());
            var size = r.Files.Sum(f => new FileInfo(Path.Combine(root, f)).Length);
            var flags = t.Flags.Count == 0 ? "-" : string.Join(" ", t.Flags.Select(f => f.Rule).Distinct());
            sb.Append(CultureInfo.InvariantCulture, $"| {r.Job.Name} | {files} ({size / 1024} KB) | {t.Pages.Count} | {r.Job.Dpi} | {r.Job.Profile} | {t.RelatedPersons.Count} | {t.PrimaryIssuer.EntityType} | {(under.Length == 0 ? "none" : under)}{(t.TypeOfFiling.Amendment == true ? ", amendment" : string.Empty)} | {flags} | {r.Job.Covers} |\n");
        }

        return sb.ToString();
    }
}
