using FilingExtractor.Model;

namespace FilingExtractor.FormD.Scans;

/// <summary>The info flag that goes with a correction the scan reader makes after reconciliation.</summary>
internal static class CorrectionFlags
{
    /// <summary>
    /// Adds an <see cref="RuleIds.Corrected"/> info flag on <paramref name="path"/>, placed where
    /// <paramref name="source"/> (the provenance of the text the value was read from) says, when known.
    /// </summary>
    public static void Add(Filing filing, string path, ValueSource? source, string message, string expected, string found) =>
        filing.Flags.Add(new Flag
        {
            Rule = RuleIds.Corrected,
            Severity = Severities.Info,
            Message = message,
            Expected = expected,
            Found = found,
            Fields = [source is null ? new FlagField { Path = path } : new FlagField { Path = path, Page = source.Page, Box = source.Box, Confidence = source.Confidence }],
        });
}
