using System.Globalization;

namespace FilingExtractor.CorpusGen.Rendering;

/// <summary>How a box was marked.</summary>
internal enum MarkKind
{
    /// <summary>Two pen strokes corner to corner.</summary>
    Cross,

    /// <summary>A pen check mark that overshoots the box.</summary>
    Check,

    /// <summary>The box inked solid.</summary>
    Filled,

    /// <summary>A typewriter "X" struck inside the box.</summary>
    TypedX,
}

/// <summary>How zero amounts were typed.</summary>
internal enum ZeroText
{
    Dashed,
    Digit,
    None,
    Mixed,
}

/// <summary>
/// Everything about how one copy of the form was printed and filled in that is not a value of the filing:
/// faces, mark styles, number and date formats, placement jitter, the stamp. Changing the style never
/// changes the truth.
/// </summary>
internal sealed record FormStyle
{
    /// <summary>Printed form: regular, bold and italic faces of one family (Helvetica or Times).</summary>
    public string LabelRegular { get; init; } = "Helvetica";

    public string LabelBold { get; init; } = "Helvetica-Bold";

    public string LabelItalic { get; init; } = "Helvetica-Oblique";

    /// <summary>Typed entries: Courier (typewriter), Courier-Bold (heavy ribbon), Times-Roman or Helvetica (word processor).</summary>
    public string TypedFont { get; init; } = "Courier";

    public double TypedSize { get; init; } = 10;

    /// <summary>Extra ink around typed glyphs, points (0 for a laser printer, 0.2-0.4 for a typewriter ribbon).</summary>
    public double TypedInk { get; init; }

    public IReadOnlyList<MarkKind> Marks { get; init; } = [MarkKind.Cross];

    /// <summary>Pen width of drawn marks, points: 0.5 light to 1.8 heavy.</summary>
    public double MarkWeight { get; init; } = 1.0;

    /// <summary>Largest horizontal offset of a typed entry from the start of its field, points.</summary>
    public double Jitter { get; init; } = 12;

    /// <summary>Share of free-text entries typed low enough to run into the line below.</summary>
    public double OverflowRate { get; init; }

    /// <summary>Continuation sheets for related persons: a copy of the printed sheet (6 blocks) or a typed blank sheet (8).</summary>
    public bool ContinuationIsCopy { get; init; }

    public bool IncludeInstructions { get; init; } = true;

    /// <summary>The PROCESSED stamp's date on the first page; null for no stamp.</summary>
    public DateOnly? StampDate { get; init; }

    /// <summary>Document control number stamped near the OMB box.</summary>
    public string? ControlNumber { get; init; }

    /// <summary>A file number written at the top left.</summary>
    public string? FileNumber { get; init; }

    /// <summary>.NET format of signature dates ("M/d/yy", "MMMM d, yyyy", ...).</summary>
    public string DateFormat { get; init; } = "M/d/yy";

    /// <summary>0: (818) 734-5300, 1: 818-734-5300, 2: 818.734.5300, 3: (818)734-5300, 4: 818/734-5300.</summary>
    public int PhoneFormat { get; init; }

    /// <summary>0: 3,984,567; 1: 3,984,567.00; 2: 3984567.</summary>
    public int AmountFormat { get; init; }

    public ZeroText Zero { get; init; } = ZeroText.Dashed;

    /// <summary>Share of blank amounts on lines that allow it typed as "N/A".</summary>
    public double NaRate { get; init; }

    /// <summary>
    /// When set, exactly these blank lines are typed "N/A" (and <see cref="NaRate"/> is ignored). Keys:
    /// "B2" (minimum investment), "C2.nonAccredited", "C2.rule504", "C3" (prior offerings).
    /// </summary>
    public IReadOnlySet<string>? NaFields { get; init; }

    public static string FormatDate(DateOnly date, string format) => format switch
    {
        // "Nov. 11, 2002": abbreviated months take a period, May (not abbreviated) does not.
        "MMM. d, yyyy" => date.Month == 5
            ? date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
            : date.ToString("MMM", CultureInfo.InvariantCulture) + "." + date.ToString(" d, yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString(format, CultureInfo.InvariantCulture),
    };
}
