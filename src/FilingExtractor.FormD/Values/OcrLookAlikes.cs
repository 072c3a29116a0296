namespace FilingExtractor.FormD.Values;

/// <summary>
/// The characters Tesseract takes for one another in typed and printed form text, one table for every value
/// parser: a letter read where a digit was typed (amounts), a digit read where a capital was (initials), and two
/// capitals confused (state codes).
/// </summary>
public static class OcrLookAlikes
{
    /// <summary>The digit a letter or mark is a misreading of, or null (O, D and Q for 0; l, I, |, i and ! for 1 ...).</summary>
    public static char? AsDigit(char c) => c switch
    {
        'O' or 'o' or 'D' or 'Q' => '0',
        'l' or 'I' or '|' or 'i' or '!' => '1',
        'S' or 's' => '5',
        'B' => '8',
        'Z' or 'z' => '2',
        'G' => '6',
        'T' => '7',
        _ => null,
    };

    /// <summary>The capital a digit is a misreading of, or null: the inverse of <see cref="AsDigit"/> for capitals.</summary>
    public static char? AsCapital(char digit) => digit switch
    {
        '0' => 'O',
        '1' => 'I',
        '5' => 'S',
        '8' => 'B',
        '2' => 'Z',
        '6' => 'G',
        '7' => 'T',
        _ => null,
    };

    /// <summary>
    /// Digits a degraded scan makes look alike, each with those it is read for, likeliest first (a bold 8 bled shut
    /// reads 6 or 3, a 0 read 8).
    /// </summary>
    public static IReadOnlyDictionary<char, char[]> DigitConfusions { get; } = new Dictionary<char, char[]>
    {
        ['0'] = ['8', '6', '9'],
        ['1'] = ['7', '4'],
        ['3'] = ['8', '5'],
        ['5'] = ['6', '3', '8'],
        ['6'] = ['5', '8', '0'],
        ['7'] = ['1'],
        ['8'] = ['3', '0', '6', '9'],
        ['9'] = ['8', '0'],
    };

    /// <summary>Pairs of capitals that lose or gain a stroke to bleed and breaks ("T" without its bar reads "I").</summary>
    private static readonly string[] Capitals =
    [
        "TI", "IL", "IJ", "FP", "FE", "EB", "PR", "BR", "OD", "OQ", "OC", "CG", "MN", "NH", "HK", "VY", "UV", "VW", "KX",
    ];

    /// <summary>Whether two capitals or digits are taken for each other, either way round.</summary>
    public static bool Confusable(char a, char b) =>
        AsDigit(a) == b || AsDigit(b) == a || Capitals.Any(p => (p[0] == a && p[1] == b) || (p[1] == a && p[0] == b));
}
