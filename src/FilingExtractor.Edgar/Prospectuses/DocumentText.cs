using System.Text.RegularExpressions;
using FilingExtractor.Edgar.Text;

namespace FilingExtractor.Edgar.Prospectuses;

/// <summary>A span of the plain text: [Start, End).</summary>
internal readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>
/// The plain text of a document with what the patterns need around it: lines, headed sections, and
/// sentence bounds. Works for text as EDGAR filers wrote it: one paragraph per line (HTML laid out as text,
/// later .txt filings) or paragraphs hard-wrapped at 70-80 columns with blank lines between (1990s .txt).
/// </summary>
internal sealed partial class DocumentText
{
    /// <summary>A sentence is never searched for further than this either way (bounds the work per lookup).</summary>
    private const int MaxSentenceReach = 3000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "u.s", "n.w", "n.e",
        "s.w", "s.e", "n.a", "l.p", "l.l.c", "s.a", "p.c", "n.v", "plc", "ave", "blvd", "fig", "sec", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "u.s.a", "l.l.p", "p.o",
    };

    private readonly List<Span> lines = [];

    public DocumentText(string text)
    {
        Text = text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(new Span(start, i));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new Span(start, text.Length));
        }

        Sections = FindSections();
    }

    public string Text { get; }

    public IReadOnlyList<Span> Lines => lines;

    /// <summary>Known sections by key (see <see cref="SectionKeys"/>): the occurrence with the most text under it.</summary>
    public IReadOnlyDictionary<string, Span> Sections { get; }

    public string this[Span s] => Text[s.Start..s.End];

    public Span? Section(string key) => Sections.TryGetValue(key, out var s) ? s : null;

    /// <summary>The sentence around <paramref name="offset"/>.</summary>
    public Span SentenceAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, Text.Length - 1));
        var start = offset;
        var floor = Math.Max(0, offset - MaxSentenceReach);
        while (start > floor && !IsBoundary(start))
        {
            start--;
        }

        var end = Math.Min(offset + 1, Text.Length);
        var ceiling = Math.Min(Text.Length, offset + MaxSentenceReach);
        while (end < ceiling && !IsBoundary(end))
        {
            end++;
        }

        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return new Span(start, end);
    }

    /// <summary>The sentences of a span, in order.</summary>
    public IEnumerable<Span> Sentences(Span within)
    {
        var at = within.Start;
        while (at < within.End)
        {
            while (at < within.End && char.IsWhiteSpace(Text[at]))
            {
                at++;
            }

            if (at >= within.End)
            {
                yield break;
            }

            var s = SentenceAt(at);
            var end = Math.Min(Math.Max(s.End, at + 1), within.End);
            yield return new Span(Math.Max(s.Start, at), end);
            at = end;
        }
    }

    /// <summary>Does a sentence break lie between <paramref name="i"/> - 1 and <paramref name="i"/>?</summary>
    private bool IsBoundary(int i)
    {
        if (i <= 0 || i >= Text.Length)
        {
            return true;
        }

        if (Text[i - 1] == '\n')
        {
            return LineBreakEnds(i);
        }

        if (!char.IsWhiteSpace(Text[i - 1]) || char.IsWhiteSpace(Text[i]))
        {
            return false;
        }

        var j = i - 1;
        while (j > 0 && Text[j] is ' ' or '\t')
        {
            j--;
        }

        return Text[j] != '\n' && EndsWithTerminator(j) && StartsSentence(i);
    }

    /// <summary>
    /// A line break ends a sentence when it closes a paragraph (blank line), a heading, a table row, a line
    /// ending in a terminator or a colon, or when the next line is a heading or list item. A line break
    /// inside a hard-wrapped paragraph does not.
    /// </summary>
    private bool LineBreakEnds(int i)
    {
        if (i >= 2 && Text[i - 2] == '\n')
        {
            return true;
        }

        var prev = LineAt(i - 1);
        var prevText = Text[prev.Start..prev.End].TrimEnd();
        if (prevText.Length == 0 || IsHeadingLike(prevText) || prevText.Contains('\t', StringComparison.Ordinal) || prevText.EndsWith(':'))
        {
            return true;
        }

        if (EndsWithTerminator(prev.Start + prevText.Length - 1))
        {
            return true;
        }

        var next = LineAt(i);
        var nextText = Text[next.Start..next.End];
        return nextText.Trim().Length == 0 || IsListItem(nextText) || IsHeadingLike(nextText);
    }

    private bool EndsWithTerminator(int j)
    {
        var k = j;
        while (k > 0 && Text[k] is '"' or '\'' or ')')
        {
            k--;
        }

        return Text[k] is '!' or '?' || (Text[k] == '.' && !IsAbbreviation(k));
    }

    private bool StartsSentence(int i) => i < Text.Length && (char.IsUpper(Text[i]) || char.IsDigit(Text[i]) || Text[i] is '"' or '(' or '\'' or '$' or '-' or '\u2022');

    /// <summary>Is the period at <paramref name="dot"/> part of an abbreviation ("Inc.", "N.W.", an initial)?</summary>
    private bool IsAbbreviation(int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(Text[s - 1]) || Text[s - 1] == '.'))
        {
            s--;
        }

        var word = Text[s..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John G. McDonald"
        }

        return Abbreviations.Contains(word);
    }

    private Span LineAt(int offset)
    {
        var lo = 0;
        var hi = lines.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset < lines[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset > lines[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return lines[mid];
            }
        }

        return new Span(offset, offset);
    }

    // ---- sections ------------------------------------------------------------------------------------

    /// <summary>
    /// A heading: a short line without closing punctuation that is in capitals, or names a known section.
    /// Table-of-contents lines ("Selling Stockholder&lt;TAB&gt;1") also match, which is why each section is
    /// the occurrence with the most text under it.
    /// </summary>
    internal static bool IsHeadingLike(string line)
    {
        var t = TocPage().Replace(line, string.Empty).Trim();
        if (t.Length is < 3 or > 100 || t[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        if (SectionKeys.Match(t) is not null)
        {
            return true;
        }

        if (t.Contains('\t', StringComparison.Ordinal) || t.Contains("   ", StringComparison.Ordinal))
        {
            return false; // a table row
        }

        var letters = t.Count(char.IsLetter);
        return letters >= 4 && t.Count(char.IsUpper) >= letters * 0.85;
    }

    private Dictionary<string, Span> FindSections()
    {
        var headings = new List<(int Line, string? Key)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Text[lines[i].Start..lines[i].End];
            if (IsHeadingLike(line))
            {
                headings.Add((i, SectionKeys.Match(TocPage().Replace(line, string.Empty).Trim())));
            }
        }

        var result = new Dictionary<string, Span>(StringComparer.Ordinal);
        for (var h = 0; h < headings.Count; h++)
        {
            if (headings[h].Key is not { } key)
            {
                continue;
            }

            var bodyStart = lines[headings[h].Line].End;

            // The section runs to the next heading of a known kind, or to an unknown capitals line that
            // stands as a paragraph of its own (blank line before it).
            var end = Text.Length;
            for (var n = h + 1; n < headings.Count; n++)
            {
                var lineNo = headings[n].Line;
                if (headings[n].Key is not null || (lineNo > 0 && lines[lineNo - 1].Length == 0))
                {
                    end = lines[lineNo].Start;
                    break;
                }
            }

            var body = new Span(bodyStart, end);
            if (!result.TryGetValue(key, out var best) || body.Length > best.Length)
            {
                result[key] = body;
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?:\t|\s{2,}|\.{3,}\s*)\d{1,3}\s*$|\s*\t\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TocPage();

    [GeneratedRegex(@"^\s*(?:[-*•·▪◦]\s*(?:\(?\d{1,2}[.)]\s*|\(?[a-z][.)]\s*)?|\(?\d{1,2}[.)]\s+|\([a-z]\)\s+|\([ivx]{1,4}\)\s+)\S", RegexOptions.CultureInvariant)]
    internal static partial Regex ListMarker();

    internal static bool IsListItem(string line) => ListMarker().IsMatch(line);

    internal static string Clean(string s) => EdgarText.Collapse(s);
}

/// <summary>Section names of a prospectus, and the headings that name them.</summary>
internal static partial class SectionKeys
{
    public const string Company = "company";
    public const string Summary = "summary";
    public const string RiskFactors = "riskFactors";
    public const string UseOfProceeds = "useOfProceeds";
    public const string SellingHolders = "sellingHolders";
    public const string PlanOfDistribution = "planOfDistribution";
    public const string LegalMatters = "legalMatters";
    public const string Experts = "experts";
    public const string WhereToFind = "whereToFind";
    public const string Incorporation = "incorporation";
    public const string Contents = "contents";
    public const string Other = "other";

    public static string? Match(string heading)
    {
        var h = heading.Trim().TrimEnd(':').Trim();
        if (h.Length > 100)
        {
            return null;
        }

        return h switch
        {
            _ when SellingHoldersHeading().IsMatch(h) => SellingHolders,
            _ when UseOfProceedsHeading().IsMatch(h) => UseOfProceeds,
            _ when PlanHeading().IsMatch(h) => PlanOfDistribution,
            _ when LegalHeading().IsMatch(h) => LegalMatters,
            _ when ExpertsHeading().IsMatch(h) => Experts,
            _ when WhereHeading().IsMatch(h) => WhereToFind,
            _ when IncorporationHeading().IsMatch(h) => Incorporation,
            _ when RiskHeading().IsMatch(h) => RiskFactors,
            _ when CompanyHeading().IsMatch(h) => Company,
            _ when SummaryHeading().IsMatch(h) => Summary,
            _ when ContentsHeading().IsMatch(h) => Contents,
            _ when OtherHeading().IsMatch(h) => Other,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:principal\s+and\s+)?selling\s+(?:stock|share|security\s?|securit(?:y|ies)\s?|unit\s?|note\s?)?holders?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SellingHoldersHeading();

    [GeneratedRegex(@"^use\s+of\s+proceeds$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UseOfProceedsHeading();

    [GeneratedRegex(@"^plan\s+of\s+distribution$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"^(?:legal\s+matters|legal\s+opinions?|validity\s+of\s+(?:the\s+)?(?:common\s+stock|securities|shares|notes)|interests?\s+of\s+named\s+experts\s+and\s+counsel)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalHeading();

    [GeneratedRegex(@"^experts$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpertsHeading();

    [GeneratedRegex(@"^(?:where\s+you\s+can\s+find\s+(?:more|additional)\s+information|available\s+information|additional\s+information)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhereHeading();

    [GeneratedRegex(@"^(?:incorporation\s+of\s+(?:certain\s+)?(?:documents|information)\s+by\s+reference|(?:information|documents)\s+incorporated\s+by\s+reference|incorporation\s+by\s+reference)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncorporationHeading();

    [GeneratedRegex(@"^risk\s+factors$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RiskHeading();

    [GeneratedRegex(@"^(?:the\s+company|our\s+company|our\s+business|about\s+(?:the\s+company|us))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyHeading();

    [GeneratedRegex(@"^(?:prospectus\s+)?summary$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryHeading();

    [GeneratedRegex(@"^table\s+of\s+contents$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^(?:special\s+note\s+(?:on|regarding)\s+forward[- ]looking\s+statements|forward[- ]looking\s+statements|description\s+of\s+(?:capital\s+stock|securities|common\s+stock)|indemnification.*|disclosure\s+of\s+commission\s+position.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherHeading();
}
