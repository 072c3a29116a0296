using FilingExtractor.Layout;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// The paragraphs of printed instructions on the form's pages that carry no field: a question's wording past
/// its first line, the undertakings above the state signature. Tesseract spends a large share of a page's time
/// recognising them (a third of a Part C page's characters), so once the start of a paragraph's first line is
/// read and names it, the lines that follow it are erased before the page is read (<see cref="OcrStage"/>). Their first lines
/// stay read: they are labels the readers and the page classifier anchor on.
/// </summary>
internal static class KnownProse
{
    /// <summary>
    /// How each paragraph begins, past its question number (which OCR often garbles): the Form D of 1972 (6/02)
    /// and the earlier printings worded alike; about forty letters at most, which the first three inches of a line read alone show. Part C's 4.b is
    /// left out: its second line holds the answer slot.
    /// </summary>
    private static readonly string[] Openings =
    [
        // A.2 (related persons): its question, and the bullets under it where they stand apart from it.
        "Enter the information requested for the following",
        "Each promoter of the issuer, if the issuer",
        "Each beneficial owner having the power",
        // B.4.
        "Enter the information requested for each person",
        // C.1, C.2, C.3, C.4.a, C.5.
        "Enter the aggregate offering price of",
        "Enter the number of accredited and non",
        "If this filing is for an offering under Rule 504",
        "Furnish a statement of all expenses",
        "Indicate below the amount of the adjusted",
        // D; E.2 and E.3; E.4; E's closing statement and its instruction.
        "The issuer has duly caused this notice",
        "The undersigned issuer hereby undertakes",
        "The undersigned issuer represents that",
        "The issuer has read this notification",
        "Print the name and title of the signing",
        // The General Instructions (read as far as their heading) and the ULOE notes printed after them.
        "Who Must File: All issuers making an offering",
        "This notice shall be used to indicate reliance",
        "Failure to file notice in the appropriate",
        "Potential persons who are to respond",
    ];

    private static readonly string[] Normalized = [.. Openings.Select(LabelMatcher.Normalize)];

    /// <summary>
    /// Whether <paramref name="line"/> (the start of a line as read) begins one of the paragraphs: the opening
    /// within its first characters, a question number allowed before it and a fifth of its letters misread.
    /// </summary>
    public static bool Opens(string line)
    {
        var text = LabelMatcher.Normalize(line);
        return Normalized.Any(o => text.Length >= o.Length * 4 / 5 && ClassifyStage.ContainsFuzzy(text[..Math.Min(text.Length, o.Length + 6)], o));
    }
}
