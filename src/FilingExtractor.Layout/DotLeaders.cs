using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>What counts as a dot leader; lengths in inches, converted with the page DPI.</summary>
public sealed record DotLeaderOptions
{
    /// <summary>Largest dot side: a 9 pt period is about 1 pt (0.014 in); ink bleed on heavy archive scans more than doubles it (6 px at 200 DPI).</summary>
    public double MaxDotInches { get; init; } = 0.035;

    /// <summary>Largest distance between the centres of neighbouring dots: the form's pitch is 3.2 pt (0.044 in).</summary>
    public double MaxPitchInches { get; init; } = 0.07;

    /// <summary>
    /// Largest step up or down from one dot of a leader to the next: jitter of a pixel or so. Measured dot to
    /// dot, so a long leader that drifts with residual skew (two or three pixels over its length) is one run.
    /// </summary>
    public double StepToleranceInches { get; init; } = 0.008;

    /// <summary>
    /// Share of a run's gaps that must be near its median gap (within <see cref="GapSpread"/>) or whole multiples
    /// of it (dots lost to a light scan): a leader is evenly spaced, fragments of broken small print are not.
    /// </summary>
    public double MinRegularShare { get; init; } = 0.75;

    /// <summary>How far (as a share of the median gap) a gap may be from the median, or from a multiple of it.</summary>
    public double GapSpread { get; init; } = 0.3;

    /// <summary>Fewest dots in a run: sentence periods and ellipses in typed values stay.</summary>
    public int MinDots { get; init; } = 6;

    public static DotLeaderOptions Default { get; } = new();
}

/// <summary>
/// Finds the dotted leaders that join a form's row labels to their answer slots: runs of period-sized
/// components, level and evenly close. OCR reads them as junk that swallows the label beside them
/// ("LeQal FECS occ cece"), so the reading image leaves them out.
/// </summary>
public static class DotLeaders
{
    /// <summary>The boxes of every dot that belongs to a leader on a 1 bpp page.</summary>
    public static List<PixelRect> Find(Image binary, int dpi, DotLeaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(binary);
        options ??= DotLeaderOptions.Default;
        var maxDot = Math.Max(2, (int)Math.Round(options.MaxDotInches * dpi));
        var pitch = options.MaxPitchInches * dpi;
        var step = Math.Max(1, (int)Math.Round(options.StepToleranceInches * dpi));
        var dots = binary.ConnectedComponents()
            .Where(c => c.Width <= maxDot && c.Height <= maxDot && c.Width * 3 >= c.Height && c.Height * 3 >= c.Width)
            .OrderBy(c => c.CenterX)
            .ToArray();

        // Each dot is linked to the nearest dot right of it within the pitch and a step up or down; a dot takes
        // one link in and one out, so two leaders side by side or a speck beside a leader do not merge runs.
        var next = new int[dots.Length];
        var linkedIn = new bool[dots.Length];
        Array.Fill(next, -1);
        for (var i = 0; i < dots.Length; i++)
        {
            var best = -1;
            for (var j = i + 1; j < dots.Length && dots[j].CenterX - dots[i].CenterX <= pitch; j++)
            {
                if (!linkedIn[j] && dots[j].CenterX > dots[i].CenterX && Math.Abs(dots[j].CenterY - dots[i].CenterY) <= step
                    && (best < 0 || Distance(dots[i], dots[j]) < Distance(dots[i], dots[best])))
                {
                    best = j;
                }
            }

            if (best >= 0)
            {
                next[i] = best;
                linkedIn[best] = true;
            }
        }

        var result = new List<PixelRect>();
        for (var i = 0; i < dots.Length; i++)
        {
            if (linkedIn[i])
            {
                continue;
            }

            var run = new List<PixelRect>();
            for (var k = i; k >= 0; k = next[k])
            {
                run.Add(dots[k]);
            }

            if (run.Count >= options.MinDots && IsRegular(run, options))
            {
                result.AddRange(run);
            }
        }

        return result;
    }

    private static double Distance(PixelRect a, PixelRect b) => Math.Abs(b.CenterX - a.CenterX) + (2.0 * Math.Abs(b.CenterY - a.CenterY));

    /// <summary>Whether most gaps of a run (left to right) are its median gap or a whole multiple of it.</summary>
    private static bool IsRegular(List<PixelRect> run, DotLeaderOptions options)
    {
        var gaps = run.Zip(run.Skip(1), (a, b) => (double)(b.CenterX - a.CenterX)).ToList();
        var median = gaps.Order().ElementAt(gaps.Count / 2);
        if (median <= 0)
        {
            return false;
        }

        var regular = gaps.Count(g =>
        {
            var multiple = Math.Max(1, Math.Round(g / median));
            return Math.Abs(g - (multiple * median)) <= options.GapSpread * median;
        });
        return regular >= options.MinRegularShare * gaps.Count;
    }
}
