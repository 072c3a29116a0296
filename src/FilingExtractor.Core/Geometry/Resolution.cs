namespace FilingExtractor.Core.Geometry;

/// <summary>
/// A scan's resolution in dots per inch. <see cref="Assumed"/> is true when the file carried no resolution
/// and <see cref="DefaultDpi"/> was taken instead, so that consumers can say so in their output.
/// </summary>
public readonly record struct Resolution(int Dpi, bool Assumed)
{
    /// <summary>Archive scans without a resolution tag are most often 200 DPI fax-class images.</summary>
    public const int DefaultDpi = 200;

    public static Resolution FromFile(int dpi) =>
        dpi is > 0 and <= 10_000 ? new Resolution(dpi, false) : new Resolution(DefaultDpi, true);

    /// <summary>Pixels per typographic point (1/72 inch) at this resolution.</summary>
    public double PixelsPerPoint => Dpi / 72.0;

    public override string ToString() => Assumed
        ? FormattableString.Invariant($"{Dpi} dpi (assumed)")
        : FormattableString.Invariant($"{Dpi} dpi");
}
