using System.Text.Json;
using System.Text.Json.Serialization;
using FilingExtractor.Model;

namespace FilingExtractor.Batch;

/// <summary>
/// The supervisor's conversation with a worker process: one JSON object per line. The supervisor writes a
/// <see cref="WorkerRequest"/> to the worker's stdin; the worker answers on stdout with "page" messages
/// while it reads and one "done" message carrying the outcome. A worker says "ready" once started and
/// "exit" (with its peak memory) when its stdin closes. Nothing else may be written to a worker's stdout.
/// </summary>
public static class WorkerProtocol
{
    public const string Ready = "ready";
    public const string Page = "page";
    public const string Done = "done";
    public const string Exit = "exit";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Encode<T>(T message) => JsonSerializer.Serialize(message, Options);

    public static T Decode<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException("empty message");
}

/// <summary>Read this input; write its outputs under the worker's output folder.</summary>
public sealed record WorkerRequest(string Path, IReadOnlyList<string> Files, string Sha256)
{
    public WorkItem ToWorkItem() => new(new InputItem(Path, Files), Sha256);
}

/// <summary>A worker's message; which members are set depends on <see cref="Type"/>.</summary>
/// <param name="PeakRssBytes">The worker's peak resident memory (Linux VmHWM), on "exit".</param>
public sealed record WorkerMessage(string Type, int? Page = null, ItemOutcome? Outcome = null, long? PeakRssBytes = null);
