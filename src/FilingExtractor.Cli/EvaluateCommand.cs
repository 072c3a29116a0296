using System.CommandLine;
using System.Text.Json;
using FilingExtractor.Core.IO;
using FilingExtractor.Evaluation;
using FilingExtractor.Export;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>evaluate --truth DIR --out DIR</c>: compares the filings an <c>extract</c> run wrote into --out with the
/// *.truth.json files under --truth; prints per-section precision, recall and F1, checkbox accuracy, the
/// exact-match rate of amounts, wrong amounts left unflagged, and flag precision and recall; writes the
/// same to --out/summary.json. With --details, every leaf read wrong or missed is listed under its filing.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly JsonSerializerOptions SummaryJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var truth = new Option<string>("--truth") { Description = "Folder with *.truth.json files (searched recursively)", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder of an extract run; summary.json is written there", Required = true };
        var details = new Option<bool>("--details") { Description = "Also list every leaf read wrong or missed, per filing" };
        var command = new Command("evaluate", "Score an extraction run against truth files") { truth, output, details };
        command.SetAction(parse => (int)Run(parse.GetRequiredValue(truth), parse.GetRequiredValue(output), parse.GetValue(details)));
        return command;
    }

    internal static ExitCode Run(string truthDir, string outDir, bool details = false)
    {
        if (!Directory.Exists(truthDir) || !Directory.Exists(Path.Combine(outDir, "json")))
        {
            Console.Error.WriteLine($"error: need a truth folder and an extract output folder with json/ ({truthDir}, {outDir})");
            return ExitCode.BadArguments;
        }

        var summary = Evaluator.Evaluate(truthDir, new OutputFolder(outDir).ReadFilings());
        AtomicFile.WriteAllText(Path.Combine(outDir, "summary.json"), JsonSerializer.Serialize(summary, SummaryJson) + "\n");
        Console.Out.Write(Evaluator.Report(summary));
        if (details)
        {
            Console.Out.Write(Evaluator.Details(summary));
        }

        return ExitCode.Success;
    }
}
