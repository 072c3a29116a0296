using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging;

namespace FilingExtractor.Layout;

/// <summary>What counts as a dot leader; lengths in inches, converted with the page DPI.</summary>
public sealed record DotLeaderOptions
{
    /// <summary>Largest dot side: a 9 pt period is about 1 pt (0.014 in); ink bleed on archive scans adds a little.</summary>
    public double MaxDotInches { get; init; } = 0.025;

    /// <summary>Largest distance between the centres of neighbouring dots: the form's pitch is 3.2 pt (0.044 in).</summary>
    public double MaxPitchInches { get; init; } = 0.07;

    /// <summary>Vertical tolerance of a leader's dots around their common centre line (skew residue, jitter).</summary>
    public double RowToleranceInches { get; init; } = 0.012;

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
        var rowTolerance = Math.Max(1, (int)Math.Round(options.RowToleranceInches * dpi));
        var dots = binary.ConnectedComponents()
            .Where(c => c.Width <= maxDot && c.Height <= maxDot && c.Width * 3 >= c.Height && c.Height * 3 >= c.Width)
            .OrderBy(c => c.CenterY)
            .ToList();

        var result = new List<PixelRect>();
        var row = new List<PixelRect>();
        foreach (var dot in dots)
        {
            if (row.Count > 0 && dot.CenterY - row[0].CenterY > rowTolerance)
            {
                Runs(row, pitch, options.MinDots, result);
                row.Clear();
            }

            row.Add(dot);
        }

        Runs(row, pitch, options.MinDots, result);
        return result;
    }

    /// <summary>Splits one row of dots where neighbours are too far apart and keeps the runs long enough to be leaders.</summary>
    private static void Runs(List<PixelRect> row, double pitch, int minDots, List<PixelRect> result)
    {
        var run = new List<PixelRect>();
        foreach (var dot in row.OrderBy(d => d.CenterX))
        {
            if (run.Count > 0 && dot.CenterX - run[^1].CenterX > pitch)
            {
                Keep(run, minDots, result);
                run.Clear();
            }

            run.Add(dot);
        }

        Keep(run, minDots, result);
    }

    private static void Keep(List<PixelRect> run, int minDots, List<PixelRect> result)
    {
        if (run.Count >= minDots)
        {
            result.AddRange(run);
        }
    }
}
