using System.Text.Json;
using FilingExtractor.Edgar;
using FilingExtractor.Export;
using FilingExtractor.Model;

namespace FilingExtractor.Linking;

/// <summary>What the linking stage did to an output folder.</summary>
public sealed record LinkStageResult(LinkResult Links, int Prospectuses, int FilingsRewritten, IReadOnlyList<ReadProblem> Problems);

/// <summary>
/// The extract verb's linking stage, run after every input is read and before the tables are assembled:
/// reads DIR/json/*.json and DIR/prospectus/*.json, links them (<see cref="PlacementLinker.Apply"/>),
/// rewrites the filings whose links or LINK. flags changed (temporary file, then rename, through
/// <see cref="OutputFolder.WriteFiling"/>), and writes csv/links.csv, csv/prospectuses.csv and
/// csv/selling_stockholders.csv. Everything is read and written in id order: same folder, same bytes.
/// </summary>
public static class LinkStage
{
    public const string ProspectusFolder = "prospectus";

    public static string ProspectusDir(OutputFolder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Path.Combine(output.Root, ProspectusFolder);
    }

    public static LinkStageResult Run(OutputFolder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var problems = new List<ReadProblem>();
        var filings = output.ReadFilings().ToList();
        var prospectuses = new List<Prospectus>();
        var dir = ProspectusDir(output);
        if (Directory.Exists(dir))
        {
            foreach (var path in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    prospectuses.Add(ProspectusJson.Deserialize(File.ReadAllText(path)));
                }
                catch (JsonException e)
                {
                    // A document this version cannot read (an older run's, or damaged) is left out of linking, not fatal.
                    problems.Add(new ReadProblem(path, null, "Linking", "prospectus JSON could not be read: " + e.Message));
                }
            }
        }

        var before = filings.ToDictionary(f => f.FilingId, FilingJson.Serialize, StringComparer.Ordinal);
        var result = PlacementLinker.Apply(filings, prospectuses);
        var rewritten = 0;
        foreach (var f in filings)
        {
            if (FilingJson.Serialize(f) != before[f.FilingId])
            {
                output.WriteFiling(f);
                rewritten++;
            }
        }

        LinkTables.WriteAll(result, prospectuses, output.CsvDir);
        return new LinkStageResult(result, prospectuses.Count, rewritten, problems);
    }
}
