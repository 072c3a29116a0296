namespace FilingExtractor.TestSupport;

/// <summary>Locates files of this repository from a test's output folder (no fixed paths).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootDir = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FilingExtractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FilingExtractor.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootDir.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Schema => Combine("src", "FilingExtractor.Model", "Schema", "filing.schema.json");

    /// <summary>
    /// Validates JSON files against a JSON Schema with Ajv (tools/schema-validate, installed by tools/deps.sh).
    /// Returns the validator's output; throws with it when any document is invalid.
    /// </summary>
    public static string ValidateJson(string schemaPath, IEnumerable<string> documents)
    {
        var script = Combine("tools", "schema-validate", "validate.mjs");
        return Fixtures.Run("node", [script, schemaPath, .. documents]);
    }
}
