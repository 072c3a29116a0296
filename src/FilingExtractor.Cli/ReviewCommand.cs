using System.CommandLine;
using System.Globalization;
using FilingExtractor.Export;
using FilingExtractor.Review;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>review DIR [--out FOLDER] [--self-contained] [--sources FOLDER]</c>: writes the QA review page of an
/// extract output folder (index.html, and crops/*.png unless self-contained); see <see cref="ReviewPage"/>.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "Output folder of an extract run (json/, csv/)" };
        var output = new Option<string?>("--out") { Description = "Folder for index.html and crops/ (default: DIR/review)" };
        var selfContained = new Option<bool>("--self-contained") { Description = "Inline the page images into index.html (one file, no crops/ folder)" };
        var sources = new Option<string?>("--sources") { Description = "Folder that relative source paths are resolved against: where extract was run (default: the current folder)" };
        var command = new Command("review", "Write a static HTML page for QA review of the flagged filings: flags, fields, page crops; decisions exported for apply-corrections")
        {
            dir, output, selfContained, sources,
        };
        command.SetAction(parse => (int)Run(parse.GetRequiredValue(dir), parse.GetValue(output), parse.GetValue(selfContained), parse.GetValue(sources)));
        return command;
    }

    internal static ExitCode Run(string dir, string? outDir, bool selfContained, string? sources)
    {
        if (!Directory.Exists(Path.Combine(dir, "json")))
        {
            Console.Error.WriteLine($"error: {dir} is not an extract output folder (no json/ in it)");
            return ExitCode.BadArguments;
        }

        var result = ReviewPage.Write(new OutputFolder(dir), new ReviewOptions { OutDir = outDir, SelfContained = selfContained, SourceRoot = sources });
        foreach (var note in result.Notes)
        {
            Console.Error.WriteLine("note: " + note);
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.IndexPath}: {result.Filings} filings, {result.FlaggedFilings} flagged, {result.Flags} flags, {result.Crops} page crops"));
        return ExitCode.Success;
    }
}
