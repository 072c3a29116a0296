using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Ocr;

namespace FilingExtractor.Imaging.Preprocessing;

/// <summary>What to do to a scanned page before it is read.</summary>
public sealed record PreprocessOptions
{
    /// <summary>Convert gray and colour scans to 1 bpp with background normalisation.</summary>
    public bool Binarize { get; init; } = true;

    /// <summary>Detect and undo pages turned 90, 180 or 270 degrees (Tesseract OSD).</summary>
    public bool CorrectOrientation { get; init; } = true;

    /// <summary>
    /// OSD confidence below which a detected turn is not applied. Tesseract's OSD scores a clear sparse
    /// page around 10-20 and an upright page's runner-up turn well below 2; a wrong turn costs a page.
    /// </summary>
    public float MinOrientationConfidence { get; init; } = 3.0f;

    /// <summary>Detect and remove skew.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>Skews smaller than this (degrees) are left alone: rotating costs time and blurs 1 bpp strokes.</summary>
    public float MinSkewDegrees { get; init; } = 0.1f;

    public static PreprocessOptions Default { get; } = new();

    public static PreprocessOptions None { get; } = new() { Binarize = false, CorrectOrientation = false, Deskew = false };
}

/// <summary>
/// A page ready for reading. <see cref="QuarterTurns"/> is how many clockwise quarter turns were applied
/// to bring it upright, <see cref="SkewDegrees"/> the skew removed afterwards (Leptonica's sign).
/// Coordinates on the prepared image differ from the source's when either is non-zero.
/// </summary>
public sealed class PreparedPage : IDisposable
{
    public PreparedPage(Image image, Resolution resolution, int quarterTurns, float skewDegrees, OrientationResult? orientation)
    {
        Image = image;
        Resolution = resolution;
        QuarterTurns = quarterTurns;
        SkewDegrees = skewDegrees;
        Orientation = orientation;
    }

    public Image Image { get; }

    public Resolution Resolution { get; }

    public int QuarterTurns { get; }

    public float SkewDegrees { get; }

    public OrientationResult? Orientation { get; }

    public void Dispose() => Image.Dispose();
}

/// <summary>Binarize, turn upright, deskew: the same steps for the extractor and the <c>ocr</c> verb.</summary>
public static class PagePreprocessor
{
    /// <summary>
    /// Tesseract's OSD guess of the turn that brings the page upright, run at no more than 150 DPI (several
    /// times faster). On clean pages it is right and sure; on noisy, heavily degraded scans its confidence
    /// falls below 1 and its answer is often wrong, so callers that can check a turn by reading should.
    /// </summary>
    public static OrientationResult DetectOrientation(PreparedPage page, OcrEngine engine)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(engine);
        var dpi = page.Resolution.Dpi;
        var scale = dpi > 150 ? 150f / dpi : 1f;
        using var small = scale < 1 ? page.Image.Scale(scale, scale) : page.Image.Clone();
        return engine.DetectOrientation(small, new Resolution((int)(dpi * scale), page.Resolution.Assumed));
    }

    /// <summary>
    /// The page turned by <paramref name="quads"/> clockwise quarter turns and deskewed again: what
    /// what a caller that has decided the turn (by OSD or by reading) uses, so a turn recorded with a page can be
    /// replayed (for cropping the regions a reader read) without running orientation detection again.
    /// </summary>
    public static PreparedPage Turn(PreparedPage page, int quads, OrientationResult? orientation = null, PreprocessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        options ??= PreprocessOptions.Default;
        var turned = page.Image.RotateOrthogonal(quads);
        var skew = 0f;
        var d = turned.Deskew();
        if (Math.Abs(d.AngleDegrees) >= options.MinSkewDegrees)
        {
            skew = d.AngleDegrees;
            turned.Dispose();
            turned = d.Image;
        }
        else
        {
            d.Image.Dispose();
        }

        turned.SetDpi(page.Resolution.Dpi);
        return new PreparedPage(turned, page.Resolution, quads, page.SkewDegrees + skew, orientation);
    }

    /// <param name="source">The page as decoded; left unchanged.</param>
    /// <param name="resolution">The page's resolution, carried to the result.</param>
    /// <param name="engine">Needed for orientation detection; may be null when that is off.</param>
    /// <param name="options">Steps to run.</param>
    public static PreparedPage Prepare(Image source, Resolution resolution, OcrEngine? engine, PreprocessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= PreprocessOptions.Default;
        var current = options.Binarize ? source.ToBinaryAdaptive() : source.Clone();
        try
        {
            var quads = 0;
            OrientationResult? orientation = null;
            if (options.CorrectOrientation)
            {
                ArgumentNullException.ThrowIfNull(engine);
                orientation = engine.DetectOrientation(current, resolution);
                if (orientation.CorrectionQuads != 0 && orientation.Confidence >= options.MinOrientationConfidence)
                {
                    quads = orientation.CorrectionQuads;
                    var turned = current.RotateOrthogonal(quads);
                    current.Dispose();
                    current = turned;
                }
            }

            var skew = 0f;
            if (options.Deskew)
            {
                var d = current.Deskew();
                if (Math.Abs(d.AngleDegrees) >= options.MinSkewDegrees)
                {
                    skew = d.AngleDegrees;
                    current.Dispose();
                    current = d.Image;
                }
                else
                {
                    d.Image.Dispose();
                }
            }

            current.SetDpi(resolution.Dpi);
            return new PreparedPage(current, resolution, quads, skew, orientation);
        }
        catch
        {
            current.Dispose();
            throw;
        }
    }
}
