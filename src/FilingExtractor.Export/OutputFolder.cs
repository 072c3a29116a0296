using FilingExtractor.Core.IO;
using FilingExtractor.Model;

namespace FilingExtractor.Export;

/// <summary>
/// The layout of an output folder: json/&lt;filing id&gt;.json (one per filing), csv/&lt;table&gt;.csv,
/// sec/&lt;TABLE&gt;.tsv and errors.csv. Filings are written one by one as they finish (temporary file, then
/// rename); the tables are assembled afterwards from every JSON document in the folder, so they always
/// agree with json/ and a crash can never leave a table half-appended.
/// </summary>
public sealed class OutputFolder
{
    public OutputFolder(string root)
    {
        Root = root;
        Directory.CreateDirectory(JsonDir);
    }

    public string Root { get; }

    public string JsonDir => Path.Combine(Root, "json");

    public string CsvDir => Path.Combine(Root, "csv");

    public string SecDir => Path.Combine(Root, "sec");

    public string ErrorsPath => Path.Combine(Root, "errors.csv");

    public string PathOf(string filingId) => Path.Combine(JsonDir, filingId + ".json");

    public void WriteFiling(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        AtomicFile.WriteAllText(PathOf(filing.FilingId), FilingJson.Serialize(filing));
    }

    /// <summary>Every filing in json/, in filing-id order.</summary>
    public IEnumerable<Filing> ReadFilings() =>
        Directory.EnumerateFiles(JsonDir, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(p => FilingJson.Deserialize(File.ReadAllText(p)));

    /// <summary>Rebuilds csv/ and sec/ from json/.</summary>
    public int AssembleTables() => AssembleTables(ReadFilings().ToList());

    /// <summary>Rebuilds csv/ and sec/ from <paramref name="filings"/>, which the caller read from json/.</summary>
    public int AssembleTables(IReadOnlyList<Filing> filings)
    {
        ArgumentNullException.ThrowIfNull(filings);
        CsvExporter.WriteAll(filings, CsvDir);
        Directory.CreateDirectory(SecDir);
        SecDatasetExporter.WriteAll(filings, SecDir);
        return filings.Count;
    }

    public void WriteErrors(IEnumerable<ReadProblem> problems) =>
        CsvExporter.WriteErrors(problems.Select(p => new ErrorRow(p.Path, p.Page, p.Kind, p.Reason)), ErrorsPath);
}
