using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.CorpusGen.Degradation;

/// <summary>How hard a filing's pages are degraded.</summary>
internal enum Profile
{
    /// <summary>Rendered and thresholded, nothing else: the reference scan.</summary>
    Clean,

    /// <summary>A good flatbed scan: slight skew, a little noise.</summary>
    Light,

    /// <summary>A typical archive scan: skew, grey paper, blur, speckle, some ink bleed or broken strokes.</summary>
    Medium,

    /// <summary>A poor copy of a copy: up to 3 degrees, heavy speckle, bleed, broken strokes, pages turned.</summary>
    Heavy,

    /// <summary>Kept in gray with JPEG artefacts (as scanned to JPEG), otherwise like Medium.</summary>
    GrayJpeg,
}

/// <summary>What was done to one page (the sidecar NAME.degradation.json records these; the truth does not).</summary>
internal sealed record PageDegradation
{
    public int Page { get; init; }

    public int Dpi { get; init; }

    /// <summary>Rotation of the content, degrees, clockwise positive as the page is seen.</summary>
    public double SkewDegrees { get; init; }

    /// <summary>Clockwise quarter turns applied after everything else (2 = upside down, 1 or 3 = sideways).</summary>
    public int QuarterTurns { get; init; }

    /// <summary>Horizontal and vertical scale of the content about the page centre (1.0 = none).</summary>
    public double ScaleX { get; init; } = 1;

    public double ScaleY { get; init; } = 1;

    /// <summary>Shift of the content, pixels (right and down positive).</summary>
    public int ShiftX { get; init; }

    public int ShiftY { get; init; }

    /// <summary>Paper darkening at the corners (top-left, top-right, bottom-left, bottom-right) and centre, gray levels.</summary>
    public int[] Background { get; init; } = [0, 0, 0, 0, 0];

    /// <summary>Tone curve gamma (above 1 lighter and fainter strokes, below 1 heavier).</summary>
    public double Gamma { get; init; } = 1;

    /// <summary>Half-width of the box blur, pixels (0 = none).</summary>
    public int BlurRadius { get; init; }

    /// <summary>Ink bleed: minimum-filter size, pixels (1 = none).</summary>
    public int Bleed { get; init; } = 1;

    /// <summary>Gaussian noise, standard deviation in gray levels.</summary>
    public double NoiseStdev { get; init; }

    /// <summary>Binarisation threshold (gray values below become black); null when the page stays gray.</summary>
    public int? Threshold { get; init; }

    /// <summary>Speckle: share of pixels seeding a dot, and the dot size in pixels.</summary>
    public double SpeckDensity { get; init; }

    public int SpeckSize { get; init; } = 1;

    /// <summary>Broken strokes: share of pixels seeding a hole punched out of the ink, and the hole size.</summary>
    public double HoleDensity { get; init; }

    public int HoleSize { get; init; } = 1;

    /// <summary>JPEG quality the gray page went through; null for none.</summary>
    public int? JpegQuality { get; init; }

    /// <summary>Seed of the noise fields.</summary>
    public int NoiseSeed { get; init; }

    /// <summary>Bits per pixel of the page as written: 1 (G4) or 8 (gray).</summary>
    public int Depth => Threshold is null ? 8 : 1;
}

/// <summary>Chooses degradation parameters per page and applies them with <see cref="ImageEffects"/>.</summary>
internal static class Degrader
{
    /// <summary>Parameters for one page. <paramref name="turn"/> forces a quarter-turn count (null: chosen by the profile).</summary>
    public static PageDegradation Plan(Profile profile, int page, int dpi, Rng rng, int? turn = null)
    {
        var k = dpi / 200.0;
        var d = new PageDegradation { Page = page, Dpi = dpi, NoiseSeed = rng.NextSeed() };
        switch (profile)
        {
            case Profile.Clean:
                return d with { Threshold = 128, QuarterTurns = turn ?? 0 };

            case Profile.Light:
                return d with
                {
                    SkewDegrees = Round(rng.Range(-0.8, 0.8)),
                    ScaleX = Round(rng.Range(0.99, 1.01), 4),
                    ScaleY = Round(rng.Range(0.99, 1.01), 4),
                    ShiftX = (int)(rng.Range(-15, 15) * k),
                    ShiftY = (int)(rng.Range(-15, 15) * k),
                    Background = Field(rng, 12),
                    NoiseStdev = Round(rng.Range(4, 10)),
                    Threshold = rng.Between(150, 175),
                    SpeckDensity = 1.5e-6,
                    SpeckSize = (int)Math.Max(1, 2 * k),
                    QuarterTurns = turn ?? 0,
                };

            case Profile.Medium:
            case Profile.GrayJpeg:
            {
                // One of three looks: ink bleed (heavy toner), broken strokes (faint toner), or plain.
                var bleed = rng.Chance(0.35);
                var broken = !bleed && rng.Chance(0.45);
                var blur = rng.Chance(0.4);
                var gray = profile == Profile.GrayJpeg;
                return d with
                {
                    SkewDegrees = Round(rng.Range(-1.8, 1.8)),
                    ScaleX = Round(rng.Range(0.975, 1.025), 4),
                    ScaleY = Round(rng.Range(0.975, 1.025), 4),
                    ShiftX = (int)(rng.Range(-35, 35) * k),
                    ShiftY = (int)(rng.Range(-35, 35) * k),
                    Background = Field(rng, gray ? 60 : 40),
                    Gamma = broken ? Round(rng.Range(1.05, 1.2)) : bleed ? Round(rng.Range(0.8, 0.95)) : 1,
                    NoiseStdev = gray ? Round(rng.Range(2, 5)) : Round(rng.Range(8, 16)),
                    BlurRadius = blur ? 1 : 0,
                    Bleed = bleed ? 3 : 1,
                    Threshold = gray ? null : (blur ? 20 : 0) + (broken ? rng.Between(125, 140) : rng.Between(140, 165)),
                    SpeckDensity = gray ? 0 : 4e-6,
                    SpeckSize = (int)Math.Max(2, 2 * k),
                    HoleDensity = broken && !gray ? 1.2e-5 : 0,
                    HoleSize = (int)Math.Max(2, 2 * k),
                    JpegQuality = gray ? rng.Between(25, 45) : null,
                    QuarterTurns = turn ?? (rng.Chance(0.06) ? 2 : 0),
                };
            }

            default:
            {
                var bleed = rng.Chance(0.5);
                var blur = rng.Chance(0.6);
                return d with
                {
                    SkewDegrees = Round(rng.Chance(0.5) ? rng.Range(-3, -1.5) : rng.Range(1.5, 3)),
                    ScaleX = Round(rng.Range(0.96, 1.04), 4),
                    ScaleY = Round(rng.Range(0.96, 1.04), 4),
                    ShiftX = (int)(rng.Range(-50, 50) * k),
                    ShiftY = (int)(rng.Range(-50, 50) * k),
                    Background = Field(rng, 70),
                    Gamma = bleed ? Round(rng.Range(0.7, 0.9)) : Round(rng.Range(1.1, 1.25)),
                    NoiseStdev = Round(rng.Range(14, 24)),
                    BlurRadius = blur ? 1 : 0,
                    Bleed = bleed ? 3 : 1,
                    Threshold = (blur ? 20 : 0) + (bleed ? rng.Between(125, 150) : rng.Between(125, 140)),
                    SpeckDensity = 9e-6,
                    SpeckSize = (int)Math.Max(2, 3 * k),
                    HoleDensity = bleed ? 0 : 2.5e-5,
                    HoleSize = (int)Math.Max(2, 2 * k),
                    QuarterTurns = turn ?? rng.Pick([0, 0, 0, 0, 0, 2, 1, 3]),
                };
            }
        }
    }

    /// <summary>Applies <paramref name="d"/> to a clean 8 bpp page; returns a 1 bpp or 8 bpp page at the same DPI.</summary>
    public static Image Apply(Image clean, PageDegradation d)
    {
        var steps = new List<Image>();
        try
        {
            var cur = clean;
            Image Step(Image next)
            {
                steps.Add(next);
                cur = next;
                return next;
            }

            var bg = d.Background;
            if (bg.Any(v => v > 0))
            {
                Step(cur.DarkenBackground((byte)bg[0], (byte)bg[1], (byte)bg[2], (byte)bg[3], (byte)bg[4]));
            }

            if (Math.Abs(d.Gamma - 1) > 1e-6)
            {
                Step(cur.Tone(d.Gamma, 0, 255));
            }

            if (d.BlurRadius > 0)
            {
                Step(cur.BoxBlur(d.BlurRadius, d.BlurRadius));
            }

            if (d.Bleed > 1)
            {
                Step(cur.Bleed(d.Bleed, d.Bleed));
            }

            if (d.NoiseStdev > 0)
            {
                Step(cur.AddGaussianNoise(d.NoiseStdev, d.NoiseSeed));
            }

            if (Math.Abs(d.SkewDegrees) > 1e-6)
            {
                Step(cur.Rotate(d.SkewDegrees));
            }

            if (Math.Abs(d.ScaleX - 1) > 1e-6 || Math.Abs(d.ScaleY - 1) > 1e-6 || d.ShiftX != 0 || d.ShiftY != 0)
            {
                Step(cur.ScaleAndShift(d.ScaleX, d.ScaleY, d.ShiftX, d.ShiftY));
            }

            if (d.Threshold is { } t)
            {
                Step(cur.Threshold(t));
                if (d.SpeckDensity > 0)
                {
                    Step(cur.Specks(Spots(cur.Width, cur.Height, d.SpeckDensity, d.SpeckSize, new Rng((ulong)d.NoiseSeed ^ 0x5bd1e995UL)), ink: true));
                }

                if (d.HoleDensity > 0)
                {
                    Step(cur.Specks(Spots(cur.Width, cur.Height, d.HoleDensity, d.HoleSize, new Rng((ulong)d.NoiseSeed ^ 0x2545F491UL)), ink: false));
                }
            }
            else if (d.JpegQuality is { } q)
            {
                Step(cur.JpegArtefacts(q));
            }

            if (d.QuarterTurns % 4 != 0)
            {
                Step(cur.RotateOrthogonal(d.QuarterTurns));
            }

            var result = ReferenceEquals(cur, clean) ? clean.Clone() : cur;
            steps.Remove(result);
            result.SetDpi(d.Dpi);
            return result;
        }
        finally
        {
            foreach (var s in steps)
            {
                s.Dispose();
            }
        }
    }

    /// <summary>About density x width x height spots of 1 to <paramref name="size"/> pixels a side, at random places.</summary>
    private static List<PixelRect> Spots(int width, int height, double density, int size, Rng rng)
    {
        var n = (int)Math.Round(density * width * height);
        var spots = new List<PixelRect>(n);
        for (var i = 0; i < n; i++)
        {
            spots.Add(new PixelRect(rng.Next(width), rng.Next(height), rng.Between(1, size), rng.Between(1, size)));
        }

        return spots;
    }

    private static int[] Field(Rng rng, int max) =>
        [rng.Between(0, max), rng.Between(0, max), rng.Between(0, max), rng.Between(0, max), rng.Between(0, max / 3)];

    private static double Round(double v, int digits = 2) => Math.Round(v, digits);
}
