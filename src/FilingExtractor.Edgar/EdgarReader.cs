using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FilingExtractor.Core.Errors;
using FilingExtractor.Edgar.FormD;
using FilingExtractor.Edgar.Prospectuses;
using FilingExtractor.Edgar.Submission;
using FilingExtractor.Edgar.Text;
using FilingExtractor.Model;

namespace FilingExtractor.Edgar;

/// <summary>What the reader made of a file.</summary>
public enum EdgarDocumentKind
{
    /// <summary>Read, but not a document this reader extracts; <see cref="EdgarReadResult.NotSupportedReason"/> says why.</summary>
    NotSupported,

    /// <summary>An electronic Form D (edgarSubmission XML): <see cref="EdgarReadResult.FormD"/>.</summary>
    FormD,

    /// <summary>A resale prospectus (S-3, 424B3...): <see cref="EdgarReadResult.Prospectus"/>.</summary>
    ResaleProspectus,
}

/// <summary>The file as a whole.</summary>
public enum EdgarFileFormat
{
    /// <summary>An EDGAR submission: SGML header (.txt, .nc) or bare &lt;DOCUMENT&gt; sections.</summary>
    Submission,
    Xml,
    Html,
    Text,
}

/// <summary>Limits that keep memory and time bounded whatever the input's size.</summary>
public sealed class EdgarReadOptions
{
    public static EdgarReadOptions Default { get; } = new();

    /// <summary>
    /// Characters of one document's text kept (16 Mi: prospectuses with full financial statements run to a
    /// few million). Beyond it the text is cut and the result says so; the rest of the file is still read past.
    /// </summary>
    public int MaxDocumentChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>Characters kept over all documents of one submission.</summary>
    public long MaxKeptChars { get; init; } = 32L * 1024 * 1024;

    /// <summary>A longer line (no line break in it) is handled in pieces of this many characters.</summary>
    public int MaxLineChars { get; init; } = 1024 * 1024;
}

/// <summary>
/// Who filed what and when: the keys a later linker groups filings by. Taken from the submission header
/// where there is one, else from the document itself.
/// </summary>
public sealed record FilingIdentity(string? AccessionNumber, string? FormType, DateOnly? FiledDate, string? Cik, string? CompanyName);

/// <summary>The outcome of reading one file.</summary>
public sealed class EdgarReadResult
{
    public required string Path { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public required EdgarFileFormat Format { get; init; }

    public required EdgarDocumentKind Kind { get; init; }

    /// <summary>The SGML header of a submission; null for a bare document.</summary>
    public SubmissionHeader? Header { get; init; }

    /// <summary>Every document of the file (one for a bare document), kept or not.</summary>
    public required IReadOnlyList<EdgarDocument> Documents { get; init; }

    /// <summary>The document that was read (or, when none is supported, the main one examined).</summary>
    public EdgarDocument? Document { get; init; }

    public Filing? FormD { get; init; }

    public Prospectus? Prospectus { get; init; }

    /// <summary>Why the file is not a supported document; null when it is.</summary>
    public string? NotSupportedReason { get; init; }

    /// <summary>Oddities that did not stop the reading (a missing closing tag, a document cut at the size limit).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    public required FilingIdentity Identity { get; init; }

    public bool IsSupported => Kind != EdgarDocumentKind.NotSupported;
}

/// <summary>One file of a batch: its result, or the error that stopped it.</summary>
public sealed record EdgarBatchItem(string Path, EdgarReadResult? Result, InputException? Error);

/// <summary>
/// Reads EDGAR documents: .txt and .nc submissions, bare XML, HTML and plain-text documents. An electronic
/// Form D becomes a <see cref="Filing"/> (the paper form's model); a resale prospectus a
/// <see cref="Prospectus"/>; anything else a "not supported" result with the reason. A file that cannot be
/// read at all (missing, empty, binary, a malformed submission, broken XML) is an
/// <see cref="InputException"/> naming the file and the reason. Memory and time stay bounded for any size
/// (see <see cref="EdgarReadOptions"/>).
/// </summary>
public static class EdgarReader
{
    private const int SniffBytes = 8 * 1024;

    /// <summary>Reads every file; a bad one becomes an error item and the batch goes on.</summary>
    public static IEnumerable<EdgarBatchItem> ReadAll(IEnumerable<string> paths, EdgarReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            EdgarBatchItem item;
            try
            {
                item = new EdgarBatchItem(path, Read(path, options), null);
            }
            catch (InputException e)
            {
                item = new EdgarBatchItem(path, null, e);
            }

            yield return item;
        }
    }

    public static EdgarReadResult Read(string path, EdgarReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= EdgarReadOptions.Default;
        if (Directory.Exists(path))
        {
            throw new InputException(InputErrorKind.UnsupportedFormat, path, null, "is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(InputErrorKind.NotFound, path, null, "no such file");
        }

        try
        {
            return ReadFile(path, options);
        }
        catch (IOException e)
        {
            throw new InputException(InputErrorKind.Corrupt, path, null, "could not be read: " + e.Message, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException(InputErrorKind.Corrupt, path, null, "could not be read: " + e.Message, e);
        }
    }

    private static EdgarReadResult ReadFile(string path, EdgarReadOptions options)
    {
        string sha;
        var head = new byte[SniffBytes];
        int headLength;
        using (var stream = File.OpenRead(path))
        {
            if (stream.Length == 0)
            {
                throw new InputException(InputErrorKind.Empty, path, null, "the file is empty");
            }

            headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        if (Binary(head.AsSpan(0, headLength)) is { } binary)
        {
            throw new InputException(InputErrorKind.UnsupportedFormat, path, null, binary);
        }

        var headText = EdgarEncoding.Instance.GetString(head, 0, headLength);
        return SubmissionReader.LooksLikeSubmission(headText)
            ? ReadSubmission(path, sha, options)
            : ReadBare(path, sha, options);
    }

    /// <summary>What a binary file is, for the message; null for text.</summary>
    private static string? Binary(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "a PDF, not an EDGAR text document (scanned filings are read as pages)";
        }

        if (head.StartsWith("\x89PNG"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8) || head.StartsWith("GIF8"u8))
        {
            return "an image, not an EDGAR text document (scanned filings are read as pages)";
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return "a ZIP archive (or Office document), not an EDGAR text document";
        }

        return head.IndexOf((byte)0) >= 0 ? "binary content (NUL bytes), not an EDGAR text document" : null;
    }

    private static StreamReader OpenText(string path) =>
        new(path, EdgarEncoding.Instance, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, BufferSize = 64 * 1024 });

    private static EdgarReadResult ReadSubmission(string path, string sha, EdgarReadOptions options)
    {
        SubmissionFile file;
        using (var reader = OpenText(path))
        {
            file = SubmissionReader.Read(path, reader, options);
        }

        var warnings = file.Warnings.ToList();
        var header = file.Header;
        var type = header?.SubmissionType;

        // A Form D's XML first when the header says D; otherwise the documents in their order.
        var candidates = file.Documents.Where(d => d.Content is not null)
            .OrderBy(d => type is "D" or "D/A" && d.ContentKind == EdgarContentKind.Xml ? 0 : 1)
            .ThenBy(d => d.Index)
            .ToList();

        string? firstReason = null;
        foreach (var doc in candidates)
        {
            var detection = DocumentDetector.Detect(path, doc, type);
            if (detection.Kind != EdgarDocumentKind.NotSupported)
            {
                return Build(path, sha, EdgarFileFormat.Submission, header, file.Documents, doc, detection, warnings);
            }

            firstReason ??= detection.Reason;
        }

        var main = file.Documents[0];
        var typeText = type is null ? string.Empty : $" of form type {type}";
        var reason = $"submission{typeText} with {file.Documents.Count.ToString(CultureInfo.InvariantCulture)} document(s), none a resale prospectus or an electronic Form D: {firstReason ?? main.Label + " was not kept"}";
        return new EdgarReadResult
        {
            Path = path,
            Sha256 = sha,
            Format = EdgarFileFormat.Submission,
            Kind = EdgarDocumentKind.NotSupported,
            Header = header,
            Documents = file.Documents,
            Document = main,
            NotSupportedReason = reason,
            Warnings = warnings,
            Identity = Identity(header, null, null, null),
        };
    }

    private static EdgarReadResult ReadBare(string path, string sha, EdgarReadOptions options)
    {
        var sb = new StringBuilder();
        long length = 0;
        var truncated = false;
        using (var reader = OpenText(path))
        {
            var lines = new LineReader(reader, options.MaxLineChars);
            while (lines.TryRead(out var line, out var complete))
            {
                var add = line.Length + (complete ? 1 : 0);
                length += add;
                if (truncated)
                {
                    continue; // counted, not kept
                }

                if (sb.Length + add > options.MaxDocumentChars)
                {
                    truncated = true;
                    continue;
                }

                sb.Append(line);
                if (complete)
                {
                    sb.Append('\n');
                }
            }
        }

        var content = sb.ToString();
        var doc = new EdgarDocument
        {
            Index = 0,
            StartLine = 1,
            ContentLength = length,
            Truncated = truncated,
            FileName = System.IO.Path.GetFileName(path),
        };
        doc.Content = content;
        doc.ContentKind = ContentSniffer.Sniff(content);
        if (doc.ContentKind == EdgarContentKind.Empty)
        {
            throw new InputException(InputErrorKind.Empty, path, null, "the file holds only white space");
        }

        var warnings = new List<string>();
        if (truncated)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"only the first {content.Length:N0} of {length:N0} characters were read (limit {options.MaxDocumentChars:N0})"));
        }

        var format = doc.ContentKind switch
        {
            EdgarContentKind.Xml => EdgarFileFormat.Xml,
            EdgarContentKind.Html => EdgarFileFormat.Html,
            _ => EdgarFileFormat.Text,
        };
        var detection = DocumentDetector.Detect(path, doc, null);
        if (detection.Kind == EdgarDocumentKind.NotSupported)
        {
            var note = truncated ? string.Create(CultureInfo.InvariantCulture, $" (only its first {content.Length:N0} of {length:N0} characters were examined)") : string.Empty;
            return new EdgarReadResult
            {
                Path = path,
                Sha256 = sha,
                Format = format,
                Kind = EdgarDocumentKind.NotSupported,
                Documents = [doc],
                Document = doc,
                NotSupportedReason = detection.Reason + note,
                Warnings = warnings,
                Identity = Identity(null, null, null, null),
            };
        }

        return Build(path, sha, format, null, [doc], doc, detection, warnings);
    }

    private static EdgarReadResult Build(string path, string sha, EdgarFileFormat format, SubmissionHeader? header, IReadOnlyList<EdgarDocument> documents, EdgarDocument doc, Detection detection, List<string> warnings)
    {
        Filing? formD = null;
        Prospectus? prospectus = null;
        if (detection.Kind == EdgarDocumentKind.FormD)
        {
            formD = FormDXmlReader.Read(detection.Xml!, doc.Content!, detection.XmlStart, new FormDSource(path, sha, header?.AccessionNumber));
        }
        else
        {
            prospectus = ReadProspectus(path, sha, header, doc);
        }

        if (doc.Truncated)
        {
            var note = string.Create(CultureInfo.InvariantCulture, $"{doc.Label} was cut at {doc.Content!.Length:N0} of {doc.ContentLength:N0} characters; facts after that point are missing");
            warnings.Add(note);
            prospectus?.Warnings.Add(note);
        }

        return new EdgarReadResult
        {
            Path = path,
            Sha256 = sha,
            Format = format,
            Kind = detection.Kind,
            Header = header,
            Documents = documents,
            Document = doc,
            FormD = formD,
            Prospectus = prospectus,
            Warnings = warnings,
            Identity = Identity(header, formD, prospectus, doc),
        };
    }

    private static Prospectus ReadProspectus(string path, string sha, SubmissionHeader? header, EdgarDocument doc)
    {
        var origin = doc.ContentKind == EdgarContentKind.Html ? TextOrigins.Html : TextOrigins.Text;
        var party = header?.PrimaryParty;
        var p = new Prospectus
        {
            ProspectusId = sha[..16],
            Source = new ProspectusSource
            {
                Path = path,
                Sha256 = sha,
                Kind = origin,
                DocumentType = header is null ? null : doc.Type,
                DocumentFileName = header is null ? null : doc.FileName,
                TextLength = doc.PlainText!.Length,
                Truncated = doc.Truncated,
            },
            Submission = header is null ? null : new ProspectusSubmission
            {
                AccessionNumber = header.AccessionNumber,
                FormType = header.SubmissionType,
                FiledDate = header.FiledAsOfDate,
                Cik = party?.Cik,
                CompanyName = party?.CompanyName,
                FileNumber = party?.FileNumber,
            },
        };

        if (header?.SubmissionType is { } type && DocumentDetector.IsProspectusType(type))
        {
            p.FormType = type;
            p.Provenance["formType"] = new TextSource { Origin = TextOrigins.Header, Text = type };
        }

        if (party?.FileNumber is { } fileNumber && fileNumber.StartsWith("33", StringComparison.Ordinal))
        {
            p.RegistrationNumber = fileNumber;
            p.Provenance["registrationNumber"] = new TextSource { Origin = TextOrigins.Header, Text = fileNumber };
        }

        ProspectusParser.Parse(doc.PlainText, p, origin, party?.CompanyName);
        if (party?.Cik is { } cik)
        {
            p.Issuer.Cik = cik;
            p.Provenance["issuer.cik"] = new TextSource { Origin = TextOrigins.Header, Text = cik };
        }

        return p;
    }

    private static FilingIdentity Identity(SubmissionHeader? header, Filing? formD, Prospectus? prospectus, EdgarDocument? doc) => new(
        header?.AccessionNumber ?? formD?.Edgar?.AccessionNumber,
        header?.SubmissionType ?? formD?.SubmissionType ?? prospectus?.FormType ?? (prospectus is not null ? doc?.Type : null),
        header?.FiledAsOfDate,
        header?.PrimaryParty?.Cik ?? formD?.PrimaryIssuer.Cik,
        header?.PrimaryParty?.CompanyName ?? formD?.PrimaryIssuer.EntityName ?? prospectus?.Issuer.Name);
}
