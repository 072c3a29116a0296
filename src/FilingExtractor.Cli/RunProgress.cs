using System.Diagnostics;
using System.Globalization;
using FilingExtractor.Batch;
using Spectre.Console;

namespace FilingExtractor.Cli;

/// <summary>
/// Shows a run's progress on stderr (stdout stays free for data): a live Spectre.Console display on a
/// terminal (inputs and pages done, pages per second, time left, failures), one plain line per finished
/// input otherwise (CI logs, pipes, files), so logs stay readable and greppable.
/// </summary>
internal static partial class RunProgress
{
    public static async Task<T> RunAsync<T>(ProgressMode mode, Func<IRunObserver, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (mode == ProgressMode.Auto)
        {
            mode = !Console.IsErrorRedirected && console.Profile.Capabilities.Interactive ? ProgressMode.Bar : ProgressMode.Log;
        }

        switch (mode)
        {
            case ProgressMode.Bar:
                T result = default!;
                await console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async ctx =>
                    {
                        var observer = new BarObserver(console, ctx.AddTask("starting", maxValue: 1));
                        result = await run(observer).ConfigureAwait(false);
                        observer.Complete();
                    }).ConfigureAwait(false);
                return result;
            case ProgressMode.Log:
                return await run(new LogObserver(Console.Error)).ConfigureAwait(false);
            default:
                return await run(NullRunObserver.Instance).ConfigureAwait(false);
        }
    }

    /// <summary>Counts shared by both displays.</summary>
    private abstract class CountingObserver : IRunObserver
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();

        protected Lock Gate { get; } = new();

        protected int Total { get; private set; }

        protected int Done { get; private set; }

        protected int Pages { get; private set; }

        protected int Failures { get; private set; }

        protected double PagesPerSecond => clock.Elapsed.TotalSeconds > 0 ? Pages / clock.Elapsed.TotalSeconds : 0;

        public virtual void Planned(RunPlan plan)
        {
            lock (Gate)
            {
                Total = plan.ToRead;
            }
        }

        public virtual void InputStarted(WorkItem work)
        {
        }

        public virtual void PageStarted(WorkItem work, int page)
        {
            lock (Gate)
            {
                Pages++;
            }
        }

        public virtual void InputFinished(ItemOutcome outcome)
        {
            lock (Gate)
            {
                Done++;
                Failures += outcome.Failed ? 1 : 0;
            }
        }

        public abstract void StageStarted(string stage);

        protected static string ProblemLine(FilingExtractor.Model.ReadProblem p) => p.Page is { } page
            ? string.Create(CultureInfo.InvariantCulture, $"error: {p.Path}: page {page}: {p.Kind}: {p.Reason}")
            : $"error: {p.Path}: {p.Kind}: {p.Reason}";
    }

    private sealed class BarObserver(IAnsiConsole console, ProgressTask task) : CountingObserver
    {
        public override void Planned(RunPlan plan)
        {
            base.Planned(plan);
            task.MaxValue = Math.Max(1, plan.ToRead);
            if (plan.Skipped > 0 || plan.Duplicates > 0)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]{plan.Inputs} inputs: {plan.Skipped} already done (journal), {plan.Duplicates} duplicates, {plan.ToRead} to read[/]");
            }

            Refresh();
        }

        public override void PageStarted(WorkItem work, int page)
        {
            base.PageStarted(work, page);
            Refresh();
        }

        public override void InputFinished(ItemOutcome outcome)
        {
            base.InputFinished(outcome);
            foreach (var p in outcome.Problems)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{ProblemLine(p)}[/]");
            }

            task.Increment(1);
            Refresh();
        }

        public override void StageStarted(string stage)
        {
            lock (Gate)
            {
                task.Description = Markup.Escape($"{stage}...");
            }
        }

        public void Complete()
        {
            Refresh();
            task.Value = task.MaxValue;
        }

        private void Refresh()
        {
            lock (Gate)
            {
                task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"inputs {Done}/{Total}  pages {Pages}  {PagesPerSecond:F2} pages/s  failures {Failures}"));
            }
        }
    }

    private sealed class LogObserver(TextWriter log) : CountingObserver
    {
        public override void Planned(RunPlan plan)
        {
            base.Planned(plan);
            Write(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Inputs} inputs: {plan.ToRead} to read, {plan.Skipped} already done (journal), {plan.Duplicates} duplicates{(plan.OutsideShard > 0 ? $", {plan.OutsideShard} in other shards" : string.Empty)}"));
        }

        public override void InputFinished(ItemOutcome outcome)
        {
            base.InputFinished(outcome);
            int done, total;
            lock (Gate)
            {
                done = Done;
                total = Total;
            }

            var flags = outcome.FlagRules.Count;
            Write(string.Create(CultureInfo.InvariantCulture,
                $"[{done}/{total}] {outcome.Path}: {outcome.Status}, {outcome.Pages} pages, {flags} flags, {outcome.Seconds:F1} s"));
            foreach (var p in outcome.Problems)
            {
                Write(ProblemLine(p));
            }
        }

        public override void StageStarted(string stage) => Write(stage + "...");

        private void Write(string line)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
