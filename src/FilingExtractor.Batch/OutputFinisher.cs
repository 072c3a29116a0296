using FilingExtractor.Export;
using FilingExtractor.Linking;
using FilingExtractor.Model;

namespace FilingExtractor.Batch;

/// <summary>What finishing an output folder found.</summary>
public sealed record FinishResult(int Filings, int Prospectuses, IReadOnlyDictionary<string, int> FlagsByRule, IReadOnlyDictionary<string, int> ProblemsByKind, IReadOnlyList<ReadProblem> LinkProblems);

/// <summary>
/// The last steps of a run and of a merge, from json/, prospectus/ and the journal alone: link filings and
/// prospectuses, assemble csv/ and sec/ and write errors.csv. Because nothing else feeds them, a folder
/// finished after a kill, a rerun or a merge of shards has the same bytes as one uninterrupted run.
/// </summary>
public static class OutputFinisher
{
    public static FinishResult Finish(OutputFolder output, RunJournal journal, IRunObserver observer)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(observer);
        observer.StageStarted("linking");
        var linked = LinkStage.Run(output);
        observer.StageStarted("tables");
        var filings = output.ReadFilings().ToList();
        output.AssembleTables(filings);
        var problems = journal.All().SelectMany(e => e.Problems).Concat(linked.Problems).ToList();
        output.WriteErrors(problems);
        var flags = filings.SelectMany(f => f.Flags).GroupBy(f => f.Rule, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var kinds = problems.GroupBy(p => p.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new FinishResult(filings.Count, linked.Prospectuses, flags, kinds, linked.Problems);
    }

    /// <summary>
    /// Removes temporary files ("." + name + ".tmp-PID-TID") a killed run left behind. Safe because the output
    /// folder is locked: no other process is writing into it.
    /// </summary>
    public static int RemoveStaleTemporaries(string outputRoot)
    {
        if (!Directory.Exists(outputRoot))
        {
            return 0;
        }

        var removed = 0;
        foreach (var f in Directory.EnumerateFiles(outputRoot, ".*.tmp-*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            File.Delete(f);
            removed++;
        }

        return removed;
    }
}
