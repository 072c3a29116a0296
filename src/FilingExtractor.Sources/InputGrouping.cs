using System.Text.RegularExpressions;
using FilingExtractor.Model;

namespace FilingExtractor.Sources;

/// <summary>
/// Turns a list of files into inputs: files named "NAME-p01.png", "NAME-p02.png", ... in one folder are
/// the pages of one scan and become one <see cref="InputItem"/> named "NAME-p*.png"; every other file is
/// an input of its own. Order is kept (the first page's position).
/// </summary>
public static partial class InputGrouping
{
    public static IReadOnlyList<InputItem> Group(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new List<InputItem>();
        var groups = new Dictionary<string, List<(int Page, string File)>>(StringComparer.Ordinal);
        var order = new List<object>();
        foreach (var file in files)
        {
            var m = PagePattern().Match(Path.GetFileName(file));
            if (!m.Success)
            {
                order.Add(InputItem.Single(file));
                continue;
            }

            var key = Path.Combine(Path.GetDirectoryName(file) ?? string.Empty, m.Groups[1].Value + "-p*" + m.Groups[3].Value);
            if (!groups.TryGetValue(key, out var pages))
            {
                groups[key] = pages = [];
                order.Add(key);
            }

            pages.Add((int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), file));
        }

        foreach (var entry in order)
        {
            result.Add(entry is string key
                ? new InputItem(key, [.. groups[key].OrderBy(p => p.Page).Select(p => p.File)])
                : (InputItem)entry);
        }

        return result;
    }

    [GeneratedRegex(@"^(.+)-p(\d{1,4})(\.(?:png|jpe?g|tiff?|pnm|pgm|pbm))$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePattern();
}
