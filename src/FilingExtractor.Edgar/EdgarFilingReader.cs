using System.Text;
using FilingExtractor.Core.Errors;
using FilingExtractor.Edgar.Submission;
using FilingExtractor.Model;

namespace FilingExtractor.Edgar;

/// <summary>
/// The EDGAR reader as one of the extract verb's readers (<see cref="IFilingReader"/>). Ask it after the
/// transcript reader: it claims every EDGAR submission, XML and HTML document and plain-text file, and
/// answers "not supported" with the reason for those that are neither a Form D nor a resale prospectus.
/// <see cref="ReadResult"/> carries Form D filings only; a prospectus (and every full result, header
/// included) reaches the caller through <paramref name="onRead"/>. Without it a prospectus is reported as
/// not supported, so it is never dropped silently.
/// </summary>
public sealed class EdgarFilingReader(EdgarReadOptions? options = null, Action<EdgarReadResult>? onRead = null) : IFilingReader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".nc", ".ori", ".htm", ".html", ".xml", ".sgml", ".hdr",
    };

    public string Name => "edgar";

    public bool CanRead(InputItem input, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (head.IndexOf((byte)0) >= 0 || head.StartsWith("%PDF-"u8))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return SubmissionReader.LooksLikeSubmission(text)
            || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<edgarSubmission", StringComparison.Ordinal)
            || ContentSniffer.Sniff(text) == EdgarContentKind.Html
            || TextExtensions.Contains(Path.GetExtension(input.Files[0]));
    }

    public ReadResult Read(InputItem input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        EdgarReadResult result;
        try
        {
            result = EdgarReader.Read(input.Files[0], options);
        }
        catch (InputException e)
        {
            return ReadResult.Failed(input.Path, e.Kind.ToString(), e.Reason);
        }

        onRead?.Invoke(result);
        return result.Kind switch
        {
            EdgarDocumentKind.FormD => new ReadResult(ReadStatus.Success, result.FormD, []),
            EdgarDocumentKind.ResaleProspectus when onRead is not null => new ReadResult(ReadStatus.Success, null, []),
            EdgarDocumentKind.ResaleProspectus => ReadResult.Unsupported(
                input.Path,
                $"a resale prospectus ({result.Prospectus!.Issuer.Name ?? "issuer not found"}, {result.Prospectus.ProspectusDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}): read, but this run writes Form D filings only"),
            _ => ReadResult.Unsupported(input.Path, result.NotSupportedReason ?? "not a supported EDGAR document"),
        };
    }
}
