using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Corpus.Tests;

/// <summary>The committed corpus: its folder, truth files and scan inputs.</summary>
internal static class CorpusFiles
{
    public static string Root => RepoPaths.Combine("corpus");

    /// <summary>Folders holding generated scans with truth.</summary>
    public static readonly string[] ScanFolders = ["capstone", "synthetic"];

    public static IReadOnlyList<string> TruthFiles() =>
        [.. Directory.EnumerateFiles(Root, "*.truth.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Scan inputs: TIFF, PDF and page PNGs under the scan folders.</summary>
    public static IReadOnlyList<string> Inputs() =>
    [
        .. ScanFolders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f)))
            .Where(p => p.EndsWith(".tif", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal) || p.EndsWith(".png", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>NAME for NAME.tif, NAME.pdf and NAME-p01.png.</summary>
    public static string NameOf(string input)
    {
        var file = Path.GetFileNameWithoutExtension(input);
        if (input.EndsWith(".png", StringComparison.Ordinal) && file.Length > 4 && file[^4..^2] == "-p")
        {
            return file[..^4];
        }

        return file;
    }

    public static Filing Load(string truthFile) => FilingJson.Deserialize(File.ReadAllText(truthFile));
}
