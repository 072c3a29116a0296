using FilingExtractor.Core.Geometry;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;

namespace FilingExtractor.FormD.Scans;

/// <summary>The filing being assembled from a scan's pages, with where every value came from.</summary>
public sealed class FilingBuilder
{
    public Filing Filing { get; } = new() { Source = new SourceInfo { Kind = SourceKinds.Scan } };

    /// <summary>Alternative readings of amount fields, for reconciliation-guided correction.</summary>
    public Dictionary<string, IReadOnlyList<AmountCandidate>> Alternatives { get; } = new(StringComparer.Ordinal);

    /// <summary>Amount fields whose two OCR readings gave different numbers, by path.</summary>
    public Dictionary<string, ReadingDisagreement> Disagreements { get; } = new(StringComparer.Ordinal);

    public void Record(string path, int page, PixelRect zone, float confidence, string? text, string origin = ValueOrigins.Ocr) =>
        Filing.Provenance[path] = new ValueSource
        {
            Page = page,
            Box = zone.IsEmpty ? null : new Box(zone.Left, zone.Top, zone.Width, zone.Height),
            Confidence = confidence,
            Origin = origin,
            Text = text,
        };
}
