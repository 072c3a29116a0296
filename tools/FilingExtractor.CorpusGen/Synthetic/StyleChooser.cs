using FilingExtractor.CorpusGen.Rendering;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Synthetic;

/// <summary>Picks how a copy of the form looks and was filled in, from a random stream.</summary>
internal static class StyleChooser
{
    private static readonly string[][] LabelFamilies =
    [
        ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique"],
        ["Times-Roman", "Times-Bold", "Times-Italic"],
    ];

    private static readonly (string Font, double Size)[] TypedFaces =
    [
        ("Courier", 10), ("Courier", 10.5), ("Courier-Bold", 10), ("Times-Roman", 11), ("Helvetica", 9.5),
    ];

    private static readonly MarkKind[][] MarkSets =
    [
        [MarkKind.Cross], [MarkKind.Check], [MarkKind.Filled], [MarkKind.TypedX], [MarkKind.Cross, MarkKind.Check],
    ];

    private static readonly string[] DateFormats = ["M/d/yy", "MM/dd/yy", "M/d/yyyy", "MMMM d, yyyy", "MMM. d, yyyy"];

    public static FormStyle Choose(Rng rng, Filing filing)
    {
        var family = rng.Pick(LabelFamilies);
        var face = rng.Pick(TypedFaces);
        var marks = rng.Pick(MarkSets);
        var signed = filing.Signature.SignatureDate ?? new DateOnly(2004, 6, 1);
        return new FormStyle
        {
            LabelRegular = family[0],
            LabelBold = family[1],
            LabelItalic = family[2],
            TypedFont = face.Font,
            TypedSize = face.Size,
            TypedInk = face.Font.StartsWith("Courier", StringComparison.Ordinal) ? Math.Round(rng.Range(0.1, 0.4), 2) : Math.Round(rng.Range(0, 0.12), 2),
            Marks = marks,
            MarkWeight = rng.Pick([0.5, 0.8, 1.0, 1.3, 1.8]),
            Jitter = Math.Round(rng.Range(4, 40), 1),
            OverflowRate = rng.Chance(0.25) ? Math.Round(rng.Range(0.15, 0.3), 2) : 0,
            ContinuationIsCopy = rng.Chance(0.4),
            IncludeInstructions = rng.Chance(0.85),
            StampDate = rng.Chance(0.8) ? signed.AddDays(rng.Between(5, 30)) : null,
            ControlNumber = rng.Chance(0.7) ? rng.Between(2000000, 7999999).ToString("00000000", System.Globalization.CultureInfo.InvariantCulture) : null,
            FileNumber = rng.Chance(0.4) ? FormattableString.Invariant($"{rng.Between(10, 99)}-{rng.Between(10000, 99999)}") : null,
            DateFormat = rng.Pick(DateFormats),
            PhoneFormat = rng.Between(0, 4),
            AmountFormat = rng.Pick([0, 0, 1, 2]),
            Zero = rng.Pick([ZeroText.Dashed, ZeroText.Digit, ZeroText.None, ZeroText.Mixed]),
            NaRate = rng.Pick([0.0, 0.5, 1.0]),
        };
    }
}
