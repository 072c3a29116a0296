using System.CommandLine;
using FilingExtractor.Batch;
using FilingExtractor.Export;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>merge SHARD_DIR... --out DIR</c>: combines the output folders of <c>extract --shard i/n</c> runs into
/// one folder equal, byte for byte, to a single run over all inputs.
/// </summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("SHARD_DIR") { Description = "Output folders of the shard runs", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { HelpName = "DIR", Description = "The merged output folder", Required = true };
        var command = new Command("merge", "Merge the output folders of sharded extract runs into one") { shards, output };
        command.SetAction(parse =>
        {
            var outDir = parse.GetRequiredValue(output);
            try
            {
                var summary = ShardMerger.Merge(parse.GetRequiredValue(shards), outDir);
                Console.Error.Write(RunProgress.Describe(summary, outDir));
                return (int)(summary.Failed + summary.Partial > 0 ? ExitCode.SomeInputsFailed : ExitCode.Success);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or ArgumentException or OutputLockedException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return (int)ExitCode.BadArguments;
            }
        });
        return command;
    }
}
