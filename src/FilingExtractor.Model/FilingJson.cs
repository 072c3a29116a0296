using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;

namespace FilingExtractor.Model;

/// <summary>
/// The one way filings are written and read as JSON: camelCase names, every property present (null for
/// unknown), amounts as JSON numbers, dates as ISO 8601 (yyyy-MM-dd), declaration order, two-space
/// indent, LF line ends. Unknown properties are an error when reading, so a truth file with a typo fails.
/// </summary>
public static class FilingJson
{
    /// <summary>Bumped on any change to the shape: major for removals/renames, minor for additions.</summary>
    public const string SchemaVersion = "1.1.0";

    /// <summary>Name of the schema resource and of the file in src/FilingExtractor.Model/Schema.</summary>
    public const string SchemaFileName = "filing.schema.json";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Filing filing) => JsonSerializer.Serialize(filing, Options) + "\n";

    public static Filing Deserialize(string json) =>
        JsonSerializer.Deserialize<Filing>(json, Options) ?? throw new JsonException("the document is null");

    /// <summary>The JSON Schema (draft 2020-12) generated from the model: the committed schema file must equal it.</summary>
    public static string GenerateSchema() => GenerateSchema(
        typeof(Filing),
        $"https://filingextractor.invalid/schema/filing-{SchemaVersion}.json",
        "FilingExtractor Form D filing",
        $"One Form D filing as extracted, schema version {SchemaVersion}. Names follow EDGAR's electronic Form D where the field exists there; unknown values are null.");

    /// <summary>
    /// The JSON Schema (draft 2020-12) of any document written with <see cref="Options"/> (filings,
    /// prospectuses): every property required unless left out when null, [AllowedValues] as "enum".
    /// </summary>
    public static string GenerateSchema(Type documentType, string id, string title, string description)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var node = Options.GetJsonSchemaAsNode(documentType, exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The schema as shipped inside this assembly.</summary>
    public static string EmbeddedSchema()
    {
        using var s = typeof(FilingJson).Assembly.GetManifestResourceStream(SchemaFileName)
            ?? throw new InvalidOperationException("schema resource missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // Every property is always written (null for unknown), so every property is required: a truth file
        // or an output that lacks one is malformed, not merely sparse.
        // The one exception is a property left out when null (Filing.Links, added in 1.1.0), so documents
        // written before it existed stay valid.
        if (schema is JsonObject { } o && o["properties"] is JsonObject props && !o.ContainsKey("required") && props.Count > 0)
        {
            var optional = context.TypeInfo.Properties
                .Where(p => p.AttributeProvider is MemberInfo m && m.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull)
                .Select(p => p.Name)
                .ToHashSet(StringComparer.Ordinal);
            o["required"] = new JsonArray([.. props.Where(p => !optional.Contains(p.Key)).Select(p => (JsonNode?)JsonValue.Create(p.Key))]);
        }

        return AddAllowedValues(context, schema);
    }

    /// <summary>[AllowedValues] on a property becomes "enum" on it (on its items for a list).</summary>
    private static JsonNode AddAllowedValues(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo?.AttributeProvider is not MemberInfo member
            || member.GetCustomAttribute<AllowedValuesAttribute>() is not { } allowed
            || schema is not JsonObject obj)
        {
            return schema;
        }

        var target = obj["items"] as JsonObject ?? obj;
        target["enum"] = new JsonArray([.. allowed.Values.Select(v => v is null ? null : JsonValue.Create(v.ToString()))]);
        return schema;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
