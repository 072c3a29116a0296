using System.Globalization;
using System.Text.Json.Nodes;
using FilingExtractor.Evaluation;
using FilingExtractor.FormD.Values;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;

namespace FilingExtractor.Review;

/// <summary>
/// The values of a filing by path, as a reviewer sees and changes them. Paths and kinds are those of
/// evaluation's <see cref="Leaves"/> (so "relatedPersons[0].relationships.Director" is a checkbox), values
/// in the same canonical text (plain numbers, ISO dates, true/false, null for blank). A corrected value is
/// parsed the way the readers parse what they read (<see cref="AmountParser"/>, <see cref="DateParser"/>);
/// amounts and counts are written through reconciliation's <see cref="AmountFields"/>, anything else
/// through the filing's JSON, so whatever the serializer accepts is what a correction can set.
/// </summary>
public static class FilingFields
{
    /// <summary>Every value of the filing by path.</summary>
    public static IReadOnlyDictionary<string, Leaf> Index(Filing filing) =>
        Leaves.Of(filing).ToDictionary(l => l.Path, StringComparer.Ordinal);

    /// <summary>A reviewer's entry as the canonical value of a field of <paramref name="kind"/>; false with a reason when it is not one.</summary>
    public static bool TryParse(LeafKind kind, string? input, out string? value, out string error)
    {
        value = null;
        error = string.Empty;
        var text = input?.Trim() ?? string.Empty;
        switch (kind)
        {
            case LeafKind.Amount:
            case LeafKind.Count:
                var reading = AmountParser.Parse(text);
                switch (reading.Kind)
                {
                    case AmountKind.Blank or AmountKind.NotApplicable:
                        return true;
                    case AmountKind.Unreadable:
                        error = $"\"{text}\" is not an amount";
                        return false;
                }

                var number = reading.Value!.Value;
                if (kind == LeafKind.Count && (number < 0 || number != decimal.Truncate(number) || number > int.MaxValue))
                {
                    error = $"\"{text}\" is not a whole number of 0 or more";
                    return false;
                }

                value = AmountParser.Format(number);
                return true;
            case LeafKind.Date:
                if (text.Length == 0)
                {
                    return true;
                }

                if (DateParser.Parse(text) is not { } date)
                {
                    error = $"\"{text}\" is not a date (use yyyy-MM-dd)";
                    return false;
                }

                value = DateParser.Format(date);
                return true;
            case LeafKind.Checkbox:
                value = text.ToUpperInvariant() switch
                {
                    "" or "BLANK" or "UNKNOWN" or "NULL" => null,
                    "TRUE" or "YES" or "X" or "CHECKED" or "1" => "true",
                    "FALSE" or "NO" or "UNCHECKED" or "0" => "false",
                    _ => "?",
                };
                if (value == "?")
                {
                    value = null;
                    error = $"\"{text}\" is not a checkbox state (true, false or blank)";
                    return false;
                }

                return true;
            default:
                value = text.Length == 0 ? null : text;
                return true;
        }
    }

    /// <summary>
    /// Sets <paramref name="field"/> to a canonical value of its kind and returns the filing
    /// holding it: the same instance for amounts and counts, otherwise a copy read back from the changed JSON.
    /// </summary>
    public static Filing Set(Filing filing, Leaf field, string? value)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(field);
        var number = value is null || field.Kind is not (LeafKind.Amount or LeafKind.Count) ? (decimal?)null : decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (field.Kind is LeafKind.Amount or LeafKind.Count
            && AmountFields.Enumerate(filing).FirstOrDefault(a => a.Path == field.Path) is { } amount)
        {
            amount.Set(number);
            return filing;
        }

        var root = JsonNode.Parse(FilingJson.Serialize(filing))!.AsObject();
        var (parent, name) = Parent(root, field.Path);
        if (parent is JsonArray roles)
        {
            SetRole(roles, parent.Parent!.AsObject(), name, value);
        }
        else if (parent[name] is JsonArray)
        {
            throw new NotSupportedException($"{field.Path} is a list, not one value");
        }
        else
        {
            parent.AsObject()[name] = field.Kind switch
            {
                _ when value is null => null,
                LeafKind.Amount => JsonValue.Create(number!.Value),
                LeafKind.Count => JsonValue.Create((int)number!.Value),
                LeafKind.Checkbox => JsonValue.Create(value == "true"),
                _ => JsonValue.Create(value),
            };
        }

        return FilingJson.Deserialize(root.ToJsonString(FilingJson.Options));
    }

    /// <summary>The object (or, for a related person's role, the relationships array) holding the last step of a path.</summary>
    private static (JsonNode Parent, string Name) Parent(JsonObject root, string path)
    {
        var steps = path.Split('.');
        JsonNode node = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            var step = steps[i];
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0
                ? node[step] ?? throw new KeyNotFoundException(path)
                : node[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], CultureInfo.InvariantCulture)] ?? throw new KeyNotFoundException(path);
        }

        return (node, steps[^1]);
    }

    /// <summary>A role box: checked puts the role in the list (form order), unchecked takes it out, blank makes it unreadable.</summary>
    private static void SetRole(JsonArray roles, JsonObject person, string role, string? value)
    {
        var unreadable = person["unreadableRelationships"]!.AsArray();
        var isChecked = roles.Select(r => r!.GetValue<string>()).Where(r => r != role).ToHashSet(StringComparer.Ordinal);
        var isUnreadable = unreadable.Select(r => r!.GetValue<string>()).Where(r => r != role).ToHashSet(StringComparer.Ordinal);
        (value switch { "true" => isChecked, null => isUnreadable, _ => null })?.Add(role);
        person["relationships"] = new JsonArray([.. Relationships.All.Where(isChecked.Contains).Select(r => (JsonNode?)JsonValue.Create(r))]);
        person["unreadableRelationships"] = new JsonArray([.. Relationships.All.Where(isUnreadable.Contains).Select(r => (JsonNode?)JsonValue.Create(r))]);
    }
}
