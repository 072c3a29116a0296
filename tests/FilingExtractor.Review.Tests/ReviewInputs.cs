using CsvHelper;
using FilingExtractor.Export;
using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Review.Tests;

/// <summary>Inputs for the review tests: the Capstone transcript with a planted inconsistency, and a scan's extraction.</summary>
internal static class ReviewInputs
{
    /// <summary>The C.4.a total as typed on the Capstone Form D: $500 transfer agent's fees + $30,000 legal fees.</summary>
    public const string TotalExpensesLine = "Total.....\t<input checked=\"\" type=\"checkbox\"/>\t\\$ 30,500";

    /// <summary>
    /// A folder with the Capstone Form D transcript whose C.4.a total says $30,800: the lines add up to
    /// 30,500 (C4a.total-expenses) and 3,984,567 - 30,800 is not the 3,954,067 of C.4.b (C4b.adjusted-proceeds).
    /// </summary>
    public static string PlantedTranscriptFolder()
    {
        var dir = Fixtures.NewFolder("review-in");
        var text = File.ReadAllText(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));
        Assert.Contains(TotalExpensesLine, text, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "capstone-planted.txt"), text.Replace(TotalExpensesLine, TotalExpensesLine.Replace("30,500", "30,800", StringComparison.Ordinal), StringComparison.Ordinal));
        return dir;
    }

    /// <summary>The planted transcript read as extract reads it (reconciled).</summary>
    public static Filing PlantedFiling()
    {
        var path = Path.Combine(PlantedTranscriptFolder(), "capstone-planted.txt");
        var result = new TranscriptFilingReader().Read(new InputItem(path, [path]), CancellationToken.None);
        return result.Filing!;
    }

    /// <summary>The Capstone transcript as is: a filing without flags.</summary>
    public static Filing CleanFiling()
    {
        var path = RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt");
        return new TranscriptFilingReader().Read(new InputItem(path, [path]), CancellationToken.None).Filing!;
    }

    /// <summary>
    /// What extract wrote for corpus/synthetic/syn-13.tif (source path relative to the repository root):
    /// three flags from OCR misreadings, with boxes on pages 4 and 5. Kept as data so crop tests need no OCR.
    /// </summary>
    public static Filing Syn13() => FilingJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "syn-13.extracted.json")));

    /// <summary>An output folder holding the filings, with its tables assembled.</summary>
    public static OutputFolder Output(params Filing[] filings)
    {
        var output = new OutputFolder(Fixtures.NewFolder("review-out"));
        foreach (var f in filings)
        {
            output.WriteFiling(f);
        }

        output.AssembleTables();
        return output;
    }

    /// <summary>One cell of a CSV table: the column of the row whose first cell is <paramref name="key"/>.</summary>
    public static string Cell(string csvPath, string key, string column)
    {
        using var reader = CsvReader.Create(new StringReader(File.ReadAllText(csvPath)), CsvReaderOptions.Default);
        reader.ReadHeader();
        while (reader.Read())
        {
            if (reader.GetString(0) == key)
            {
                return reader.GetString(column);
            }
        }

        throw new InvalidOperationException($"no row {key} in {csvPath}");
    }

    public static string[] CsvLines(OutputFolder output, string table) => File.ReadAllLines(Path.Combine(output.CsvDir, table + ".csv"));
}
