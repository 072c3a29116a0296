using System.CommandLine;
using FilingExtractor.Cli;
using FilingExtractor.Core.Errors;

// Process-wide: every regular expression without a limit of its own (all of the project's) gives up after
// this long on pathological text; set before any is built. Inside one of the prospectus parser's steps that
// fact is left unknown and the parse goes on; anywhere else the input fails with its reason in errors.csv
// and the run goes on.
AppDomain.CurrentDomain.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", TimeSpan.FromSeconds(15));

var root = new RootCommand("FilingExtractor: structured data from scanned and electronic SEC Form D filings")
{
    OcrCommand.Create(),
    SchemaCommand.Create(),
    ExtractCommand.Create(),
    EvaluateCommand.Create(),
    MergeCommand.Create(),
    WorkerCommand.Create(),
    ReviewCommand.Create(),
    ApplyCorrectionsCommand.Create(),
};

try
{
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var e in parse.Errors)
        {
            Console.Error.WriteLine($"error: {e.Message}");
        }

        Console.Error.WriteLine("Run with --help for usage.");
        return (int)ExitCode.BadArguments;
    }

    // Our own handler below maps a missing dependency to its exit code; anything else is a bug and crashes loudly.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (DependencyMissingException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return (int)ExitCode.DependencyMissing;
}
