using FilingExtractor.Model;

namespace FilingExtractor.FormD;

/// <summary>Collects where each value of a filing came from, keyed by the value's JSON path.</summary>
internal sealed class ProvenanceRecorder(Filing filing, string origin)
{
    public void Text(string path, string? text, int? offset)
    {
        if (text is not null)
        {
            filing.Provenance[path] = new ValueSource { Origin = origin, Text = text, Offset = offset, Confidence = 100f };
        }
    }

    public void Read(string path, string? text, int page, Box? box, float confidence, string? originOverride = null) =>
        filing.Provenance[path] = new ValueSource { Origin = originOverride ?? origin, Text = text, Page = page, Box = box, Confidence = confidence };
}
