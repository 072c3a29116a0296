using System.CommandLine;
using FilingExtractor.Model;

namespace FilingExtractor.Cli;

/// <summary><c>schema</c>: prints the JSON Schema of the filing documents that <c>extract</c> writes.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var generate = new Option<bool>("--generate") { Description = "Print the schema generated from the model (to refresh the committed file after a model change)" };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the filing JSON documents") { generate };
        command.SetAction(parse =>
        {
            Console.Out.Write(parse.GetValue(generate) ? FilingJson.GenerateSchema() : FilingJson.EmbeddedSchema());
            return (int)ExitCode.Success;
        });
        return command;
    }
}
