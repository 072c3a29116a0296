namespace FilingExtractor.Benchmarks;

/// <summary>
/// score: the characters an OCR run wrote (*.txt in a folder, non-white-space, see
/// <see cref="Tools.CountChars"/>) and, given the generator's truth folder, word recall: the share of
/// the page's words (tokens with a letter or digit, outer punctuation trimmed, case kept) found in the
/// OCR text of the same page, counted as multisets. Both the CLI's and our text are scored by this same
/// code, so the figures compare like with like.
/// </summary>
internal static class ScoreCommand
{
    public static int Run(Arguments args)
    {
        var textDir = args.Required("text");
        var truthDir = args.Optional("truth");
        args.RejectUnknown();

        var texts = Directory.GetFiles(textDir, "*.txt").ToDictionary(Tools.PageKey, File.ReadAllText, StringComparer.Ordinal);
        Tools.Print("files", $"{texts.Count}");
        Tools.Print("chars", $"{texts.Values.Sum(Tools.CountChars)}");
        if (truthDir is null)
        {
            return 0;
        }

        long truthWords = 0;
        long found = 0;
        foreach (var truthFile in Directory.GetFiles(truthDir, "*.txt"))
        {
            var expected = Words(File.ReadAllText(truthFile));
            truthWords += expected.Values.Sum();
            if (texts.TryGetValue(Tools.PageKey(truthFile), out var text))
            {
                var got = Words(text);
                found += expected.Sum(kv => Math.Min(kv.Value, got.GetValueOrDefault(kv.Key)));
            }
        }

        Tools.Print("truth_words", $"{truthWords}");
        Tools.Print("word_recall", $"{(double)found / Math.Max(1, truthWords):0.0000}");
        return 0;
    }

    private static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim().Trim(".,;:()\"'".ToCharArray());
            if (word.Any(char.IsLetterOrDigit))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }
}
