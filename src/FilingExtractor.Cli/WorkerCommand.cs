using System.CommandLine;
using FilingExtractor.Batch;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>worker --out DIR</c> (hidden): the child process extract starts for each worker. It speaks
/// <see cref="WorkerProtocol"/> on stdin/stdout; people never run it.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Required = true };
        var command = new Command("worker", "Internal: one extract worker process (stdin/stdout protocol)") { output };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            // The protocol owns stdout: anything else a library prints goes to stderr.
            var protocol = Console.Out;
            Console.SetOut(Console.Error);
            return WorkerHost.Run(parse.GetRequiredValue(output), Console.In, protocol, FaultInjection.FromEnvironment());
        });
        return command;
    }
}
