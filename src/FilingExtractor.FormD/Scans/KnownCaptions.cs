using FilingExtractor.Layout;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// The form's printed lines that recur, several times on a page or on several pages of a filing: the captions
/// of each related-person and broker block (pages 2, 3 and their continuation sheets), the section headings, and
/// the footer note of the sheets meant to be copied. The signature blocks' captions are left out: the date is
/// typed on their line, where a short date can pass for noise on a long caption. Only such a line's reading is ever copied to another line
/// of the same ink (<see cref="RepeatedCaptions"/>): a printed caption says the same wherever it stands, while a
/// typed value that looks alike may differ in one digit.
/// </summary>
internal static class KnownCaptions
{
    private static readonly string[] Captions =
    [
        // A.2's block, on its page and on every continuation sheet.
        "Check Box(es) that Apply: Promoter Beneficial Owner Executive Officer Director General and/or Managing Partner",
        "Full Name (Last name first, if individual)",
        "Business or Residence Address (Number and Street, City, State, Zip Code)",
        // B.4's block; its last caption shares its line with the All States box's label.
        "Name of Associated Broker or Dealer",
        "States in Which Person Listed Has Solicited or Intends to Solicit Purchasers",
        "(Check \"All States\" or check individual States)",
        "(Check \"All States\" or check individual States) All States",
        "(Use blank sheet, or copy and use additional copies of this sheet, as necessary)",
        "A. BASIC IDENTIFICATION DATA",
        "B. INFORMATION ABOUT OFFERING",
    ];

    private static readonly string[] Normalized = [.. Captions.Select(LabelMatcher.Normalize)];

    /// <summary>
    /// How much a line reads like a caption at least: a tenth of its letters misread is allowed, stricter than the
    /// readers' anchors, because every copy of the line inherits its errors.
    /// </summary>
    public const double Threshold = 0.9;

    /// <summary>How alike <paramref name="line"/> (a whole line as read) and the caption nearest it are, 0 to 1 (normalized text, edit distance).</summary>
    public static double Likeness(string line) => Nearest(line).Likeness;

    /// <summary>The caption nearest <paramref name="line"/> (its index in the list) and how alike the two are, 0 to 1.</summary>
    public static (int Caption, double Likeness) Nearest(string line)
    {
        var text = LabelMatcher.Normalize(line);
        if (text.Length == 0)
        {
            return (-1, 0);
        }

        var best = (Caption: -1, Likeness: 0.0);
        for (var i = 0; i < Normalized.Length; i++)
        {
            var likeness = LabelMatcher.Similarity(text, Normalized[i]);
            if (likeness > best.Likeness)
            {
                best = (i, likeness);
            }
        }

        return best;
    }
}
