using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingExtractor.Edgar.Prospectuses;

/// <summary>
/// The selling-stockholder table most resale prospectuses have: one row per holder with shares owned
/// before the offering (and percent), shares offered, shares owned after (and percent). Rows come as
/// tab-separated cells (HTML tables laid out as text) or columns aligned with spaces (plain-text filings).
/// Which number is which comes from the column headings where they say it, else from the usual order.
/// </summary>
internal static partial class HolderTable
{
    internal sealed record Row(string Name, Span Line, long? Before, decimal? PercentBefore, long? Offered, long? After, decimal? PercentAfter);

    private enum Kind
    {
        Before,
        Offered,
        After,
    }

    public static List<Row> Read(DocumentText doc, Span section)
    {
        var lines = doc.Lines.Where(l => l.Start >= section.Start && l.End <= section.End).ToList();
        var rows = new List<Row>();
        var header = string.Empty;
        var firstData = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = Cells(doc[lines[i]]);
            if (!IsDataRow(cells))
            {
                continue;
            }

            if (firstData < 0)
            {
                firstData = i;
                // Headings: the table-like lines just above the first row (multi-line headings included).
                var parts = new List<string>();
                for (var h = i - 1; h >= Math.Max(0, i - 6); h--)
                {
                    var text = doc[lines[h]];
                    if (text.Trim().Length == 0)
                    {
                        continue;
                    }

                    if (Cells(text).Count < 2 && !HeadingWords().IsMatch(text))
                    {
                        break;
                    }

                    parts.Insert(0, text);
                }

                header = string.Join(' ', parts).ToLowerInvariant();
            }

            var name = Patterns.CleanName(cells[0]);
            if (SkipRow().IsMatch(name))
            {
                continue;
            }

            var values = cells.Skip(1).ToList();
            var shareCells = values.Select((v, k) => (v, k)).Where(x => !IsPercent(x.v)).Select(x => x.k).ToList();
            var kinds = Assign(shareCells.Count, header);
            long? before = null, offered = null, after = null;
            decimal? pctBefore = null, pctAfter = null;
            Kind? lastKind = null;
            var s = 0;
            for (var k = 0; k < values.Count; k++)
            {
                if (IsPercent(values[k]))
                {
                    var pct = Percent(values[k]);
                    if (lastKind == Kind.Before)
                    {
                        pctBefore = pct;
                    }
                    else if (lastKind == Kind.After)
                    {
                        pctAfter = pct;
                    }

                    continue;
                }

                if (s >= kinds.Count)
                {
                    continue;
                }

                var kind = kinds[s++];
                lastKind = kind;
                var n = Number(values[k]);
                switch (kind)
                {
                    case Kind.Before: before = n; break;
                    case Kind.Offered: offered = n; break;
                    case Kind.After: after = n; break;
                }
            }

            rows.Add(new Row(name, lines[i], before, pctBefore, offered, after, pctAfter));
        }

        return rows;
    }

    /// <summary>Which share column is which, by count: the headings decide where two columns could be either.</summary>
    private static List<Kind> Assign(int count, string header)
    {
        var saysAfter = header.Contains("after", StringComparison.Ordinal) || header.Contains("following", StringComparison.Ordinal) || header.Contains("upon completion", StringComparison.Ordinal);
        var saysBefore = header.Contains("prior", StringComparison.Ordinal) || header.Contains("before", StringComparison.Ordinal) || header.Contains("beneficially owned", StringComparison.Ordinal) || header.Contains("currently", StringComparison.Ordinal);
        return count switch
        {
            0 => [],
            1 => [Kind.Offered],
            2 when saysAfter && !saysBefore => [Kind.Offered, Kind.After],
            2 => [Kind.Before, Kind.Offered],
            _ => [Kind.Before, Kind.Offered, Kind.After],
        };
    }

    internal static List<string> Cells(string line)
    {
        var t = line.Trim();
        var parts = t.Contains('\t', StringComparison.Ordinal) ? t.Split('\t') : ColumnGap().Split(t);
        return parts.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
    }

    private static bool IsDataRow(List<string> cells)
    {
        if (cells.Count < 2 || cells[0].Length > 150 || cells[0].Count(char.IsLetter) < 2 || NumberCell().IsMatch(cells[0]))
        {
            return false;
        }

        return cells.Skip(1).All(c => NumberCell().IsMatch(c)) && cells.Skip(1).Any(c => c.Any(char.IsDigit));
    }

    private static bool IsPercent(string cell) => cell.Contains('%', StringComparison.Ordinal) || cell.Trim('(', ')', ' ').All(c => c == '*') || (cell.Contains('.', StringComparison.Ordinal) && Number(cell) is null);

    private static long? Number(string cell)
    {
        var t = Footnote().Replace(cell, string.Empty).Trim().TrimEnd('*', ')', ' ').TrimStart('(');
        return Zero().IsMatch(t) ? 0 : Patterns.ParseShares(t);
    }

    private static decimal? Percent(string cell)
    {
        var t = cell.Replace("%", string.Empty, StringComparison.Ordinal).Trim();
        if (Zero().IsMatch(t))
        {
            return 0;
        }

        // "*" means less than one percent: a real value the table does not give.
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(?:\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?\s*%?|\.\d+\s*%?|-+0?-*|--|-|\*+|%|\d{1,3}(?:,\d{3})*(?:\(\d{1,2}\))+|n/?a)\**$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^(?:-+0?-*|--|-|0|nil|none)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Zero();

    [GeneratedRegex(@"\(\d{1,2}\)", RegexOptions.CultureInvariant)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(?i:total|all\s+selling|name\b|selling\s+(?:stock|share)holder$)", RegexOptions.CultureInvariant)]
    private static partial Regex SkipRow();

    [GeneratedRegex(@"(?i:shares|owned|offered|percent|prior|after|beneficial|number)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingWords();
}
