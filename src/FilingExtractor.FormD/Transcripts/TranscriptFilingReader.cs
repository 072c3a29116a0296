using System.Text;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;

namespace FilingExtractor.FormD.Transcripts;

/// <summary>Text transcripts of paper Form D notices, recognised by the form's own title lines.</summary>
public sealed class TranscriptFilingReader : IFilingReader
{
    public string Name => "transcript";

    public bool CanRead(InputItem input, ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(head);
        // An EDGAR submission can quote the same words; its SGML/XML wrapper decides first.
        if (text.Contains("<SEC-DOCUMENT>", StringComparison.Ordinal) || text.Contains("<SUBMISSION>", StringComparison.Ordinal) || text.Contains("<edgarSubmission", StringComparison.Ordinal))
        {
            return false;
        }

        return text.Contains("NOTICE OF SALE OF SECURITIES", StringComparison.Ordinal)
            && text.Contains("FORM D", StringComparison.Ordinal)
            && (text.Contains("A. BASIC IDENTIFICATION DATA", StringComparison.Ordinal) || text.Contains("Name of Issuer", StringComparison.Ordinal));
    }

    public ReadResult Read(InputItem input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var path = input.Path;
        try
        {
            var filing = TranscriptReader.ReadFile(path);
            FilingReconciler.Reconcile(filing);
            return new ReadResult(ReadStatus.Success, filing, []);
        }
        catch (IOException e)
        {
            return ReadResult.Failed(path, "Unreadable", e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return ReadResult.Failed(path, "Unreadable", e.Message);
        }
    }
}
