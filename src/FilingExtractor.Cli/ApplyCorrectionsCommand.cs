using System.CommandLine;
using System.Globalization;
using FilingExtractor.Export;
using FilingExtractor.Review;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>apply-corrections DIR DECISIONS</c>: applies a reviewer's decisions (decisions.json or decisions.csv
/// from the review page) to an output folder; see <see cref="CorrectionApplier"/>. Exit 1 when any
/// decision was rejected (each named on stderr), 2 when the folder or the file cannot be used at all.
/// </summary>
internal static class ApplyCorrectionsCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "Output folder of an extract run (json/, csv/)" };
        var decisions = new Argument<string>("DECISIONS") { Description = "decisions.json or decisions.csv exported from the review page" };
        var command = new Command("apply-corrections", "Apply reviewer decisions: correct values, record who/when/what in corrections, reconcile again, rewrite json/, csv/ and sec/")
        {
            dir, decisions,
        };
        command.SetAction(parse => (int)Run(parse.GetRequiredValue(dir), parse.GetRequiredValue(decisions)));
        return command;
    }

    internal static ExitCode Run(string dir, string decisionsPath)
    {
        if (!Directory.Exists(Path.Combine(dir, "json")))
        {
            Console.Error.WriteLine($"error: {dir} is not an extract output folder (no json/ in it)");
            return ExitCode.BadArguments;
        }

        ReviewDecisions decisions;
        try
        {
            decisions = DecisionsFile.Read(decisionsPath);
        }
        catch (DecisionsFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.BadArguments;
        }

        ApplyResult result;
        try
        {
            // Not while an extract run writes into the same folder.
            using var busy = OutputLock.Acquire(dir);
            result = CorrectionApplier.Apply(new OutputFolder(dir), decisions);
        }
        catch (OutputLockedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCode.BadArguments;
        }

        foreach (var o in result.Outcomes)
        {
            var label = o.Status switch
            {
                DecisionStatus.Rejected => "error: rejected",
                DecisionStatus.AlreadyApplied => "skipped",
                _ => o.Status.ToString().ToLowerInvariant(),
            };
            (o.Status == DecisionStatus.Rejected ? Console.Error : Console.Out).WriteLine($"{label}: {o.Message}");
        }

        foreach (var p in result.LinkProblems)
        {
            Console.Error.WriteLine($"error: {p.Path}: {p.Kind}: {p.Reason}");
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Outcomes.Count} decisions: {result.Count(DecisionStatus.Corrected)} corrected, {result.Count(DecisionStatus.Confirmed)} confirmed, {result.Count(DecisionStatus.AlreadyApplied)} already applied, {result.Count(DecisionStatus.Rejected)} rejected; {result.FilingsRewritten.Count} filings rewritten"));
        return result.Count(DecisionStatus.Rejected) > 0 ? ExitCode.SomeInputsFailed : ExitCode.Success;
    }
}
