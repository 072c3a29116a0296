using System.Globalization;
using FilingExtractor.Core.Text;
using FilingExtractor.Model;

namespace FilingExtractor.Evaluation;

/// <summary>
/// The identity each element of the filing's open-ended lists has in a comparison, so that one missed or
/// extra element counts as itself and does not shift every element after it onto the wrong truth: an
/// Appendix row is its state ("stateAppendix[HI]"); an extracted related person is the truth's person it is
/// aligned with, in order and by name ("relatedPersons[4]"), or an extra one ("relatedPersons[extra 4]").
/// A misread name or state still scores as wrong: its element pairs with nothing, so the truth's leaves are
/// missed and the extracted ones are false.
/// </summary>
internal sealed class ListKeys
{
    /// <summary>Names less alike than this (<see cref="TextSimilarity.Of"/> of letters and digits) are different people.</summary>
    private const double SamePerson = 0.5;

    private readonly Dictionary<string, string> truth = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> found = new(StringComparer.Ordinal);

    private ListKeys()
    {
    }

    public static ListKeys For(Filing truth, Filing extracted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(extracted);
        var keys = new ListKeys();
        KeyByState(truth.StateAppendix, keys.truth);
        KeyByState(extracted.StateAppendix, keys.found);
        var pairs = Align(truth.RelatedPersons.Select(NameOf).ToList(), extracted.RelatedPersons.Select(NameOf).ToList());
        for (var j = 0; j < extracted.RelatedPersons.Count; j++)
        {
            keys.found[$"relatedPersons[{j}]"] = pairs.TryGetValue(j, out var i)
                ? $"relatedPersons[{i}]"
                : string.Create(CultureInfo.InvariantCulture, $"relatedPersons[extra {j}]");
        }

        return keys;
    }

    /// <summary>A truth leaf's path with its list element named by its identity.</summary>
    public string TruthPath(string path) => Rename(path, truth);

    /// <summary>An extracted leaf's (or flagged field's) path with its list element named by its identity.</summary>
    public string FoundPath(string path) => Rename(path, found);

    private static string Rename(string path, Dictionary<string, string> map)
    {
        var end = path.IndexOf(']', StringComparison.Ordinal);
        return end > 0 && map.TryGetValue(path[..(end + 1)], out var key) ? key + path[(end + 1)..] : path;
    }

    private static void KeyByState(List<StateAppendixRow> rows, Dictionary<string, string> map)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var state = rows[i].State;
            var n = seen[state] = seen.GetValueOrDefault(state) + 1;
            // A state read twice keeps its first row under its name; the second is an extra row.
            map[$"stateAppendix[{i}]"] = n == 1 ? $"stateAppendix[{state}]" : string.Create(CultureInfo.InvariantCulture, $"stateAppendix[{state} {n}]");
        }
    }

    private static string NameOf(RelatedPerson p) =>
        new([.. string.Join(' ', p.LastName, p.FirstName, p.MiddleName).ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    /// <summary>
    /// The order-keeping pairing of extracted names with truth names that maximises the summed similarity
    /// above <see cref="SamePerson"/> (a weighted longest common subsequence): extracted index to truth index.
    /// </summary>
    internal static Dictionary<int, int> Align(IReadOnlyList<string> truthNames, IReadOnlyList<string> foundNames)
    {
        var n = truthNames.Count;
        var m = foundNames.Count;
        var gain = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var s = TextSimilarity.Of(truthNames[i], foundNames[j]);
                gain[i, j] = s >= SamePerson ? s : double.NegativeInfinity;
            }
        }

        // best[i, j]: the largest total over truth names from i and extracted names from j on.
        var best = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), gain[i, j] + best[i + 1, j + 1]);
            }
        }

        var pairs = new Dictionary<int, int>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (gain[i, j] + best[i + 1, j + 1] >= best[i, j] && !double.IsNegativeInfinity(gain[i, j]))
            {
                pairs[j++] = i++;
            }
            else if (best[i + 1, j] >= best[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }
}
