using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace FilingExtractor.Review;

/// <summary>What a reviewer decided about one field.</summary>
public static class DecisionActions
{
    /// <summary>The value as read is right.</summary>
    public const string Confirm = "confirm";

    /// <summary>The value is replaced by <see cref="ReviewDecision.NewValue"/>.</summary>
    public const string Correct = "correct";
}

/// <summary>One decision: a field of a filing, the value the page showed, and what the reviewer made of it.</summary>
public sealed class ReviewDecision
{
    public string FilingId { get; set; } = string.Empty;

    /// <summary>The field's path in the filing JSON, e.g. "offering.totalExpenses".</summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>One of <see cref="DecisionActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The value the review page showed (canonical: plain number, ISO date, true/false); null for blank.</summary>
    public string? ValueRead { get; set; }

    /// <summary>The corrected value as the reviewer typed it ("30,500", "11/11/02"); null for blank or a confirmation.</summary>
    public string? NewValue { get; set; }

    /// <summary>Why, in the reviewer's words; optional.</summary>
    public string? Note { get; set; }

    /// <summary>Overrides the file's reviewer for this item (CSV rows always carry their own).</summary>
    public string? Reviewer { get; set; }

    /// <summary>Overrides the file's time for this item.</summary>
    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>
/// A reviewer's decisions as the review page exports them (decisions.json): who, when (UTC), and one item
/// per field decided. The same content as CSV (decisions.csv) has one row per item with the reviewer and
/// time on every row. See the README's "QA review" section.
/// </summary>
public sealed class ReviewDecisions
{
    public const string FormatName = "filing-extractor-review-decisions";

    public const int CurrentVersion = 1;

    public string Format { get; set; } = FormatName;

    public int Version { get; set; } = CurrentVersion;

    public string Reviewer { get; set; } = string.Empty;

    public DateTimeOffset DecidedAt { get; set; }

    public List<ReviewDecision> Items { get; set; } = [];

    /// <summary>The reviewer of an item: its own, else the file's.</summary>
    public string ReviewerOf(ReviewDecision item) => string.IsNullOrWhiteSpace(item?.Reviewer) ? Reviewer.Trim() : item.Reviewer.Trim();

    /// <summary>The time of an item, in UTC: its own, else the file's.</summary>
    public DateTimeOffset DecidedAtOf(ReviewDecision item) => (item?.DecidedAt ?? DecidedAt).ToUniversalTime();
}

/// <summary>A decisions file that cannot be read at all (as opposed to single decisions that are rejected).</summary>
public sealed class DecisionsFormatException : Exception
{
    public DecisionsFormatException(string message)
        : base(message)
    {
    }

    public DecisionsFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DecisionsFormatException()
    {
    }
}

/// <summary>Reads and writes decisions files: JSON (the page's default export) or CSV, told apart by content.</summary>
public static class DecisionsFile
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ReviewDecisions Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DecisionsFormatException($"{path}: cannot be read: {e.Message}", e);
        }

        var decisions = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{') ? ParseJson(text) : ParseCsv(text);
        Validate(decisions, path);
        return decisions;
    }

    public static ReviewDecisions ParseJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReviewDecisions>(json, JsonOptions) ?? throw new DecisionsFormatException("the decisions document is null");
        }
        catch (JsonException e)
        {
            throw new DecisionsFormatException("not a decisions document: " + e.Message, e);
        }
    }

    public static string ToJson(ReviewDecisions decisions) => JsonSerializer.Serialize(decisions, JsonOptions) + "\n";

    /// <summary>decisions.csv: a header row, then one row per item with its reviewer and time.</summary>
    public static ReviewDecisions ParseCsv(string csv)
    {
        List<DecisionRow> rows;
        try
        {
            using var reader = CsvReader.Create(new StringReader(csv), CsvReaderOptions.Default);
            rows = [.. reader.GetRecords<DecisionRow>()];
        }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new DecisionsFormatException("not a decisions CSV: " + e.Message, e);
        }

        var result = new ReviewDecisions();
        foreach (var r in rows)
        {
            if (!DateTimeOffset.TryParse(r.DecidedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                throw new DecisionsFormatException($"decided_at \"{r.DecidedAt}\" of {r.FilingId} {r.Field} is not an ISO 8601 time");
            }

            result.Items.Add(new ReviewDecision
            {
                FilingId = r.FilingId, Field = r.Field, Action = r.Action, ValueRead = Null(r.ValueRead), NewValue = Null(r.NewValue),
                Note = Null(r.Note), Reviewer = r.Reviewer, DecidedAt = when,
            });
        }

        if (result.Items.Count > 0)
        {
            result.Reviewer = result.Items[0].Reviewer!;
            result.DecidedAt = result.Items[0].DecidedAt!.Value;
        }

        return result;
    }

    private static string? Null(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static void Validate(ReviewDecisions d, string path)
    {
        if (d.Format != ReviewDecisions.FormatName || d.Version != ReviewDecisions.CurrentVersion)
        {
            throw new DecisionsFormatException($"{path}: format \"{d.Format}\" version {d.Version.ToString(CultureInfo.InvariantCulture)}; this tool reads \"{ReviewDecisions.FormatName}\" version {ReviewDecisions.CurrentVersion.ToString(CultureInfo.InvariantCulture)}");
        }

        if (d.Items.FirstOrDefault(i => string.IsNullOrWhiteSpace(d.ReviewerOf(i))) is { } anonymous)
        {
            throw new DecisionsFormatException($"{path}: no reviewer named for {anonymous.FilingId} {anonymous.Field}; every decision says who made it");
        }

        if (d.Items.FirstOrDefault(i => d.DecidedAtOf(i) == default) is { } undated)
        {
            throw new DecisionsFormatException($"{path}: no time (decidedAt) for {undated.FilingId} {undated.Field}");
        }
    }
}

/// <summary>One row of decisions.csv.</summary>
[CsvRecord]
public sealed partial record DecisionRow(
    [CsvColumn("reviewer")] string Reviewer,
    [CsvColumn("decided_at")] string DecidedAt,
    [CsvColumn("filing_id")] string FilingId,
    [CsvColumn("field")] string Field,
    [CsvColumn("action")] string Action,
    [CsvColumn("value_read")] string? ValueRead,
    [CsvColumn("new_value")] string? NewValue,
    [CsvColumn("note")] string? Note);
