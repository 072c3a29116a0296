using System.Globalization;
using System.Text;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Core.Text;

namespace FilingExtractor.Layout;

/// <summary>A printed label found on a page: the words that make it up, their box, and how well they matched (0-1).</summary>
public sealed record LabelMatch(string Label, IReadOnlyList<Word> Words, TextLine Line, int WordIndex, double Score)
{
    /// <summary>Union of the matched words' boxes, page pixels.</summary>
    public PixelRect Box { get; } = PixelRect.UnionAll(Words.Select(w => w.Box));

    /// <summary>Words on the same line after the label, in reading order.</summary>
    public IEnumerable<Word> WordsAfter => Line.Words.Skip(WordIndex + Words.Count);

    /// <summary>Whether the label begins its line: nothing but punctuation (mark and frame remnants) before it.</summary>
    public bool StartsLine => Line.Words.Take(WordIndex).All(w => LabelMatcher.IsPunctuation(w.Text));
}

/// <summary>Options for fuzzy label matching.</summary>
public sealed record LabelMatchOptions
{
    /// <summary>
    /// Least similarity (1 - edit distance / length, on letters and digits only) for a match. 0.8 lets a
    /// 15-letter label survive three OCR errors ("Narne of lssuer") while "Name of Offering" never
    /// matches "Name of Issuer".
    /// </summary>
    public double MinScore { get; init; } = 0.8;

    public static LabelMatchOptions Default { get; } = new();
}

/// <summary>
/// Finds the form's printed labels among OCR words by fuzzy matching, so OCR errors in labels do not lose
/// them. Comparison ignores case, spaces and punctuation; a label may span several words of a line and
/// is matched against every run of words of about its length.
/// </summary>
public static class LabelMatcher
{
    /// <summary>All matches of <paramref name="label"/> on the page, best first.</summary>
    public static List<LabelMatch> FindAll(PageText page, string label, LabelMatchOptions? options = null) =>
        [.. FindEveryRun(page, label, options)
            .GroupBy(m => m.Line)
            .Select(g => g.First(m => m.Score == g.Max(x => x.Score)))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Box.Top)];

    /// <summary>
    /// Every run of words matching <paramref name="label"/>, the best-scoring run from each starting word,
    /// in reading order; unlike <see cref="FindAll"/> a line may hold several ("Rule 504 Rule 505 Rule 506",
    /// where "Rule 506" read as "Rute 506" scores no better than the "Rule 505" beside it).
    /// </summary>
    public static List<LabelMatch> FindEveryRun(PageText page, string label, LabelMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= LabelMatchOptions.Default;
        var key = Normalize(label);
        var result = new List<LabelMatch>();
        if (key.Length == 0)
        {
            return result;
        }

        foreach (var line in page.Lines)
        {
            var words = line.Words;
            // Punctuation-only words count as empty although Normalize reads "|" as "i" (for "l|ne" in words).
            var norms = words.Select(w => IsPunctuation(w.Text) ? string.Empty : Normalize(w.Text)).ToArray();
            for (var start = 0; start < words.Count; start++)
            {
                // A match neither starts nor ends on a word of punctuation only: such words add nothing to the
                // score, but a remnant of a box's mark read as "—" would stretch the label's box over the box.
                if (norms[start].Length == 0)
                {
                    continue;
                }

                LabelMatch? best = null;
                var sb = new StringBuilder();
                for (var end = start; end < words.Count && sb.Length <= key.Length * 1.3 + 2; end++)
                {
                    sb.Append(norms[end]);
                    if (sb.Length < key.Length * 0.7 || norms[end].Length == 0)
                    {
                        continue;
                    }

                    var score = Similarity(key, sb.ToString());
                    if (score >= options.MinScore && (best is null || score > best.Score))
                    {
                        best = new LabelMatch(label, words.Skip(start).Take(end - start + 1).ToArray(), line, start, score);
                    }
                }

                if (best is not null)
                {
                    result.Add(best);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The best placement of labels printed in a fixed order: one of each label's candidate matches, or none,
    /// such that each chosen match <paramref name="follows"/> the one chosen before it, with the largest total
    /// score. Exhaustive, for the handful of labels of one table or row of boxes.
    /// </summary>
    public static LabelMatch?[] BestInOrder(IReadOnlyList<IReadOnlyList<LabelMatch>> candidates, Func<LabelMatch, LabelMatch, bool> follows)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(follows);
        var best = new LabelMatch?[candidates.Count];
        var bestScore = -1.0;
        void Choose(int i, LabelMatch?[] chosen, double score, LabelMatch? last)
        {
            if (i == candidates.Count)
            {
                if (score > bestScore)
                {
                    (bestScore, best) = (score, [.. chosen]);
                }

                return;
            }

            chosen[i] = null;
            Choose(i + 1, chosen, score, last);
            foreach (var m in candidates[i].Where(m => last is null || follows(last, m)))
            {
                chosen[i] = m;
                Choose(i + 1, chosen, score + m.Score, m);
            }
        }

        Choose(0, new LabelMatch?[candidates.Count], 0, null);
        return best;
    }

    /// <summary>
    /// Whether a word is nothing but punctuation: no letter or digit, so also a lone "|" or "[", the stub of
    /// a rule or frame, which <see cref="Normalize"/> alone would read as the letter i.
    /// </summary>
    public static bool IsPunctuation(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return !word.Any(char.IsLetterOrDigit);
    }

    /// <summary>The best match, or null.</summary>
    public static LabelMatch? Find(PageText page, string label, LabelMatchOptions? options = null) =>
        FindAll(page, label, options).FirstOrDefault();

    /// <summary>
    /// Lower-case letters and digits only, accents stripped, and Tesseract's usual look-alikes folded
    /// together on both sides of a comparison: "rn" and "m", "vv" and "w", l/I/1/| as i, 0 as o.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c == '|')
            {
                sb.Append('i');
            }
        }

        return sb.Replace("rn", "m").Replace("vv", "w").Replace('l', 'i').Replace('1', 'i').Replace('0', 'o').ToString();
    }

    /// <summary>1 - Levenshtein distance / longer length (<see cref="TextSimilarity.Of"/>).</summary>
    public static double Similarity(string a, string b) => TextSimilarity.Of(a, b);
}
