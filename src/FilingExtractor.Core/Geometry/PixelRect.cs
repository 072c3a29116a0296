namespace FilingExtractor.Core.Geometry;

/// <summary>
/// An axis-aligned rectangle in the pixels of one page image. Origin at the image's top-left corner,
/// x grows rightwards and y downwards (Leptonica's and Tesseract's convention). <see cref="Right"/> and
/// <see cref="Bottom"/> are exclusive, so <c>Width = Right - Left</c>.
/// </summary>
public readonly record struct PixelRect(int Left, int Top, int Width, int Height)
{
    public static PixelRect Empty => default;

    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public long Area => IsEmpty ? 0 : (long)Width * Height;

    public int CenterX => Left + (Width / 2);

    public int CenterY => Top + (Height / 2);

    public static PixelRect FromEdges(int left, int top, int right, int bottom) =>
        new(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));

    /// <summary>The smallest rectangle holding both; an empty operand is ignored.</summary>
    public PixelRect Union(PixelRect other)
    {
        if (IsEmpty)
        {
            return other;
        }

        if (other.IsEmpty)
        {
            return this;
        }

        return FromEdges(
            Math.Min(Left, other.Left),
            Math.Min(Top, other.Top),
            Math.Max(Right, other.Right),
            Math.Max(Bottom, other.Bottom));
    }

    public PixelRect Intersect(PixelRect other)
    {
        var r = FromEdges(
            Math.Max(Left, other.Left),
            Math.Max(Top, other.Top),
            Math.Min(Right, other.Right),
            Math.Min(Bottom, other.Bottom));
        return r.IsEmpty ? Empty : r;
    }

    public bool Contains(int x, int y) => x >= Left && x < Right && y >= Top && y < Bottom;

    /// <summary>Grows (positive) or shrinks (negative) every edge by the given pixels.</summary>
    public PixelRect Inflate(int dx, int dy) => FromEdges(Left - dx, Top - dy, Right + dx, Bottom + dy);

    /// <summary>Clips to an image of the given size.</summary>
    public PixelRect ClipTo(int imageWidth, int imageHeight) => Intersect(new PixelRect(0, 0, imageWidth, imageHeight));

    /// <summary>Maps the rectangle into an image scaled by the given factors (e.g. 200 DPI to 300 DPI is 1.5).</summary>
    public PixelRect Scale(double sx, double sy) => FromEdges(
        (int)Math.Floor(Left * sx),
        (int)Math.Floor(Top * sy),
        (int)Math.Ceiling(Right * sx),
        (int)Math.Ceiling(Bottom * sy));

    public static PixelRect UnionAll(IEnumerable<PixelRect> rects)
    {
        ArgumentNullException.ThrowIfNull(rects);
        var acc = Empty;
        foreach (var r in rects)
        {
            acc = acc.Union(r);
        }

        return acc;
    }

    public override string ToString() => FormattableString.Invariant($"[{Left},{Top} {Width}x{Height}]");
}
