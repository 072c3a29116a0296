using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FilingExtractor.Model;

namespace FilingExtractor.Evaluation;

/// <summary>What a leaf holds, for the per-kind metrics.</summary>
public enum LeafKind
{
    Text,
    Amount,
    Count,
    Checkbox,
    Date,
}

/// <summary>One compared value: its path in the filing JSON, its section, its kind, and its canonical text (null = unknown).</summary>
public sealed record Leaf(string Path, string Section, LeafKind Kind, string? Value);

/// <summary>
/// Flattens a filing into the leaves evaluation compares. Bookkeeping (ids, source, provenance, pages,
/// flags, corrections) is left out; each related person's relationships become five checkbox leaves so
/// a missed role counts as a checkbox error, not as a whole-list mismatch.
/// </summary>
public static class Leaves
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "schemaVersion", "filingId", "source", "provenance", "pages", "flags", "corrections", "edgar", "links",
    };

    /// <summary>Fields typed as whole numbers in the model (investor counts, dates of incorporation).</summary>
    private static readonly string[] CountNames = ["Number", "monthOfInc", "yearOfInc", "totalNumberAlreadyInvested"];

    public static List<Leaf> Of(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var node = JsonNode.Parse(FilingJson.Serialize(filing))!.AsObject();
        var leaves = new List<Leaf>();
        foreach (var (key, value) in node)
        {
            if (!Ignored.Contains(key))
            {
                Walk(key, key, value, leaves);
            }
        }

        return leaves;
    }

    private static void Walk(string path, string name, JsonNode? node, List<Leaf> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                {
                    if (k is "relationships" && v is JsonArray roles && path.StartsWith("relatedPersons[", StringComparison.Ordinal))
                    {
                        var set = roles.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                        var unreadable = (o["unreadableRelationships"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
                        foreach (var role in Relationships.All)
                        {
                            var value = set.Contains(role) ? "true" : unreadable.Contains(role) ? null : "false";
                            leaves.Add(new Leaf($"{path}.relationships.{role}", SectionOf(path), LeafKind.Checkbox, value));
                        }
                    }
                    else if (k is not "unreadableRelationships")
                    {
                        Walk($"{path}.{k}", k, v, leaves);
                    }
                }

                break;
            case JsonArray a when a.All(x => x is JsonValue):
                // A list of scalars (states solicited, exemption items) compares as one set-valued leaf.
                var items = a.Select(x => x!.ToJsonString()).Order(StringComparer.Ordinal).ToList();
                leaves.Add(new Leaf(path, SectionOf(path), LeafKind.Text, items.Count == 0 ? null : string.Join(",", items)));
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk($"{path}[{i}]", name, a[i], leaves);
                }

                break;
            case JsonValue v:
                leaves.Add(new Leaf(path, SectionOf(path), KindOf(name, v), Canonical(v)));
                break;
            case null:
                leaves.Add(new Leaf(path, SectionOf(path), KindOfNull(name), null));
                break;
        }
    }

    private static string Canonical(JsonValue v) => v.GetValueKind() switch
    {
        JsonValueKind.Number => v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => v.GetValue<string>().Trim(),
    };

    private static LeafKind KindOf(string name, JsonValue v) => v.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => LeafKind.Checkbox,
        JsonValueKind.Number => IsCount(name) ? LeafKind.Count : LeafKind.Amount,
        _ => KindOfNull(name),
    };

    /// <summary>The kind of a null leaf, from its name (a null has no JSON type to tell).</summary>
    private static LeafKind KindOfNull(string name) => name switch
    {
        _ when IsCount(name) => LeafKind.Count,
        _ when name.EndsWith("Date", StringComparison.Ordinal) || name == "dateOfFirstSale" => LeafKind.Date,
        _ when AmountNames.Contains(name) => LeafKind.Amount,
        _ when CheckboxNames.Contains(name) || IsFlagName(name, "is") || IsFlagName(name, "rule") => LeafKind.Checkbox,
        _ => LeafKind.Text,
    };

    /// <summary>"isEstimate", "rule506": the prefix then a capital or digit ("issuerName" is text).</summary>
    private static bool IsFlagName(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && !char.IsLower(name[prefix.Length]);

    private static bool IsCount(string name) => CountNames.Any(c => name.EndsWith(c, StringComparison.Ordinal));

    private static readonly HashSet<string> AmountNames = new(StringComparer.Ordinal)
    {
        "aggregateOfferingPrice", "amountAlreadySold", "totalOfferingAmount", "totalAmountSold", "totalRemaining", "accreditedAmount",
        "nonAccreditedAmount", "rule504TotalAmount", "amountSold", "priorOfferingsTotal", "amount", "totalExpenses", "adjustedGrossProceeds",
        "toAffiliates", "toOthers", "columnTotalToAffiliates", "columnTotalToOthers", "totalPaymentsListed", "minimumInvestmentAccepted",
        "salesCommissions", "findersFees", "grossProceedsUsed", "offeringPriceInState",
    };

    private static readonly HashSet<string> CheckboxNames = new(StringComparer.Ordinal)
    {
        "section4_6", "uloe", "newFiling", "amendment", "incorporationDateIsEstimate", "sellsToNonAccredited", "permitsJointOwnership",
        "equityCommon", "equityPreferred", "totalExpensesIsEstimate", "toAffiliatesIsEstimate", "toOthersIsEstimate", "allStates",
        "signed", "issuerDisqualifiedRule262", "intendsToSellNonAccredited", "disqualified", "firstSaleYetToOccur", "hasNonAccreditedInvestors",
    };

    /// <summary>The form section a path belongs to, for per-section scores.</summary>
    public static string SectionOf(string path) => path switch
    {
        _ when path.StartsWith("offeringName", StringComparison.Ordinal) || path.StartsWith("submissionType", StringComparison.Ordinal)
            || path.StartsWith("filingUnder", StringComparison.Ordinal) || path.StartsWith("typeOfFiling", StringComparison.Ordinal) => "cover",
        _ when path.StartsWith("primaryIssuer", StringComparison.Ordinal) || path.StartsWith("otherIssuers", StringComparison.Ordinal) => "A1.issuer",
        _ when path.StartsWith("relatedPersons", StringComparison.Ordinal) => "A2.relatedPersons",
        _ when path.StartsWith("offering.sellsToNonAccredited", StringComparison.Ordinal) || path.StartsWith("offering.minimumInvestment", StringComparison.Ordinal)
            || path.StartsWith("offering.permitsJointOwnership", StringComparison.Ordinal) || path.StartsWith("offering.salesCompensation", StringComparison.Ordinal) => "B",
        _ when path.StartsWith("offering", StringComparison.Ordinal) => "C",
        _ when path.StartsWith("signature", StringComparison.Ordinal) || path.StartsWith("stateSignature", StringComparison.Ordinal)
            || path.StartsWith("issuerDisqualified", StringComparison.Ordinal) || path.StartsWith("additionalSignatures", StringComparison.Ordinal) => "D-E.signatures",
        _ when path.StartsWith("stateAppendix", StringComparison.Ordinal) => "appendix",
        _ => "other",
    };
}
