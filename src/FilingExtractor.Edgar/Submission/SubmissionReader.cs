using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FilingExtractor.Core.Errors;
using FilingExtractor.Edgar.Text;

namespace FilingExtractor.Edgar.Submission;

/// <summary>An EDGAR submission as read: its header (if any), its documents, and what was odd about it.</summary>
internal sealed record SubmissionFile(SubmissionHeader? Header, IReadOnlyList<EdgarDocument> Documents, IReadOnlyList<string> Warnings);

/// <summary>
/// Streams an EDGAR submission (.txt dissemination file with &lt;SEC-HEADER&gt;, .nc file with a
/// &lt;SUBMISSION&gt; header, or bare &lt;DOCUMENT&gt; sections) line by line. PDF and uuencoded parts are
/// skipped as they stream past; only documents that may be a Form D or a prospectus are kept, each up to
/// <see cref="EdgarReadOptions.MaxDocumentChars"/>. Memory is bounded whatever the file's size.
/// A structure EDGAR never produces (a document that is not closed, a document inside a document, no
/// document at all) is an <see cref="InputException"/> naming the line.
/// </summary>
internal static partial class SubmissionReader
{
    private const string PemBegin = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----";

    private const string PemEnd = "-----END PRIVACY-ENHANCED MESSAGE-----";

    /// <summary>No real header comes near this; a file that does is not a submission.</summary>
    private const int MaxHeaderLines = 50_000;

    /// <summary>Form types whose main document can be a Form D or a prospectus; their text is kept.</summary>
    private static readonly string[] KeptTypePrefixes =
        ["D", "424", "S-1", "S-3", "SB-1", "SB-2", "F-1", "F-3", "F-10", "S-11", "POS AM", "POSASR", "S-4", "F-4"];

    /// <summary>Does the file start like a submission (its first tag)?</summary>
    public static bool LooksLikeSubmission(string head)
    {
        var t = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');

        // EDGAR's archive served 1990s-2000s submissions inside a privacy-enhanced-message envelope.
        if (t.StartsWith(PemBegin, StringComparison.Ordinal))
        {
            return t.Contains("<SEC-DOCUMENT>", StringComparison.OrdinalIgnoreCase) || t.Contains("<SEC-HEADER>", StringComparison.OrdinalIgnoreCase) || t.Contains("<IMS-HEADER>", StringComparison.OrdinalIgnoreCase);
        }

        return t.StartsWith("<SEC-DOCUMENT>", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<SEC-HEADER>", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<IMS-DOCUMENT>", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<IMS-HEADER>", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<SUBMISSION>", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<DOCUMENT>", StringComparison.Ordinal);
    }

    public static SubmissionFile Read(string path, TextReader textReader, EdgarReadOptions options)
    {
        var reader = new LineReader(textReader, options.MaxLineChars);
        var warnings = new List<string>();
        var documents = new List<EdgarDocument>();
        var headerLines = new List<string>();
        var headerStyle = HeaderStyle.None;
        var phase = Phase.Preamble;
        long headerStart = 0;
        long keptTotal = 0;
        var strayLines = 0;
        var closedSubmission = false;
        var inEnvelope = false;

        EdgarDocument? doc = null;
        var body = new StringBuilder();
        var mode = ContentMode.Undecided;
        var keep = false;
        var continuation = false; // the previous piece was cut at the line limit: this one is not a line start

        Exception Corrupt(string reason) => new InputException(InputErrorKind.Corrupt, path, null, reason);

        while (true)
        {
            var lineNo = reader.LineNumber;
            if (!reader.TryRead(out var line, out var complete))
            {
                break;
            }

            var atStart = !continuation;
            continuation = !complete;
            var tag = atStart ? line.Trim() : string.Empty;

            switch (phase)
            {
                case Phase.Preamble:
                    if (tag.Length == 0)
                    {
                        continue;
                    }

                    // "<SEC-DOCUMENT>0001745524-18-000001.txt : 20180705": the tag carries the file's name and date.
                    if (Opens(tag, "<SEC-DOCUMENT>") || Opens(tag, "<IMS-DOCUMENT>"))
                    {
                        continue;
                    }

                    if (Opens(tag, "<SEC-HEADER>") || Opens(tag, "<IMS-HEADER>"))
                    {
                        headerStyle = HeaderStyle.Text;
                        phase = Phase.Header;
                        headerStart = lineNo;
                        continue;
                    }

                    if (Is(tag, "<SUBMISSION>"))
                    {
                        headerStyle = HeaderStyle.Tagged;
                        phase = Phase.Header;
                        headerStart = lineNo;
                        continue;
                    }

                    if (tag == "<DOCUMENT>")
                    {
                        phase = Phase.Between;
                        goto case Phase.Between;
                    }

                    // The envelope's own lines (Proc-Type, Originator-Name, MIC-Info and its base64) come first.
                    if (tag == PemBegin)
                    {
                        inEnvelope = true;
                        continue;
                    }

                    if (inEnvelope)
                    {
                        continue;
                    }

                    throw Corrupt(FormattableString.Invariant($"line {lineNo}: expected <SEC-HEADER>, <SUBMISSION> or <DOCUMENT>, found \"{Short(tag)}\""));

                case Phase.Header:
                    if (headerStyle == HeaderStyle.Text && (Is(tag, "</SEC-HEADER>") || Is(tag, "</IMS-HEADER>")))
                    {
                        phase = Phase.Between;
                        continue;
                    }

                    if (tag == "<DOCUMENT>")
                    {
                        if (headerStyle == HeaderStyle.Text)
                        {
                            throw Corrupt(FormattableString.Invariant($"line {lineNo}: <DOCUMENT> before the <SEC-HEADER> opened at line {headerStart} is closed"));
                        }

                        phase = Phase.Between;
                        goto case Phase.Between;
                    }

                    if (Is(tag, "</SUBMISSION>"))
                    {
                        phase = Phase.Between;
                        closedSubmission = true;
                        continue;
                    }

                    if (headerLines.Count >= MaxHeaderLines)
                    {
                        throw Corrupt(FormattableString.Invariant($"the header opened at line {headerStart} runs past {MaxHeaderLines} lines without ending"));
                    }

                    if (atStart)
                    {
                        headerLines.Add(line);
                    }

                    continue;

                case Phase.Between:
                    if (tag.Length == 0)
                    {
                        continue;
                    }

                    if (tag == "<DOCUMENT>")
                    {
                        doc = new EdgarDocument { Index = documents.Count, StartLine = lineNo };
                        phase = Phase.DocumentHead;
                        continue;
                    }

                    if (tag == "</DOCUMENT>")
                    {
                        throw Corrupt(FormattableString.Invariant($"line {lineNo}: </DOCUMENT> without a <DOCUMENT>"));
                    }

                    if (Is(tag, "</SEC-DOCUMENT>") || Is(tag, "</SUBMISSION>") || Is(tag, "</IMS-DOCUMENT>"))
                    {
                        closedSubmission = true;
                        continue;
                    }

                    if (inEnvelope && tag == PemEnd)
                    {
                        continue;
                    }

                    strayLines++;
                    continue;

                case Phase.DocumentHead:
                    if (tag == "<TEXT>" || tag.StartsWith("<TEXT>", StringComparison.Ordinal))
                    {
                        phase = Phase.DocumentText;
                        mode = ContentMode.Undecided;
                        body.Clear();
                        keep = ShouldKeep(doc!, keptTotal, options);
                        var rest = tag["<TEXT>".Length..];
                        if (rest.Length > 0)
                        {
                            // Text on the <TEXT> line itself (hand-made files).
                            line = rest;
                            tag = rest.Trim();
                            goto case Phase.DocumentText;
                        }

                        continue;
                    }

                    if (tag == "</DOCUMENT>")
                    {
                        throw Corrupt(FormattableString.Invariant($"{doc!.Label} at line {doc.StartLine} has no <TEXT>"));
                    }

                    if (tag == "<DOCUMENT>")
                    {
                        throw Corrupt(FormattableString.Invariant($"line {lineNo}: <DOCUMENT> inside {doc!.Label} opened at line {doc.StartLine}"));
                    }

                    var meta = MetaTag().Match(tag);
                    if (meta.Success)
                    {
                        var value = meta.Groups["value"].Value.Trim();
                        switch (meta.Groups["name"].Value.ToUpperInvariant())
                        {
                            case "TYPE": doc!.Type = value; break;
                            case "SEQUENCE": doc!.Sequence = value; break;
                            case "FILENAME": doc!.FileName = value; break;
                            case "DESCRIPTION": doc!.Description = value; break;
                        }
                    }

                    continue;

                case Phase.DocumentText:
                    if (atStart && tag.StartsWith("</TEXT>", StringComparison.OrdinalIgnoreCase))
                    {
                        Finish(doc!, body, mode, keep, ref keptTotal);
                        phase = Phase.DocumentTail;
                        continue;
                    }

                    if (atStart && (tag == "<DOCUMENT>" || tag == "</DOCUMENT>"))
                    {
                        throw Corrupt(FormattableString.Invariant($"line {lineNo}: {tag} while the <TEXT> of {doc!.Label} (line {doc.StartLine}) is still open"));
                    }

                    if (mode == ContentMode.Undecided)
                    {
                        if (tag.Length == 0 && atStart)
                        {
                            continue;
                        }

                        if (Is(tag, "<PDF>"))
                        {
                            mode = ContentMode.SkipUntil;
                            doc!.ContentKind = EdgarContentKind.Pdf;
                            continue;
                        }

                        if (Uuencode().IsMatch(tag))
                        {
                            mode = ContentMode.SkipUntil;
                            doc!.ContentKind = EdgarContentKind.Uuencoded;
                            continue;
                        }

                        if (Is(tag, "<XML>") || Is(tag, "<XBRL>") || Is(tag, "<JSON>"))
                        {
                            mode = ContentMode.Keep;
                            doc!.ContentKind = Is(tag, "<JSON>") ? EdgarContentKind.Text : EdgarContentKind.Xml;
                            if (Is(tag, "<JSON>"))
                            {
                                keep = false;
                            }

                            continue;
                        }

                        mode = ContentMode.Keep;
                    }

                    if (mode == ContentMode.SkipUntil)
                    {
                        doc!.ContentLength += line.Length + (complete ? 1 : 0);
                        continue;
                    }

                    if (atStart && doc!.ContentKind == EdgarContentKind.Xml && (Is(tag, "</XML>") || Is(tag, "</XBRL>")))
                    {
                        continue;
                    }

                    doc!.ContentLength += line.Length + (complete ? 1 : 0);
                    if (keep)
                    {
                        if (body.Length + line.Length + 1 <= options.MaxDocumentChars)
                        {
                            body.Append(line);
                            if (complete)
                            {
                                body.Append('\n');
                            }
                        }
                        else
                        {
                            doc.Truncated = true;
                        }
                    }

                    continue;

                case Phase.DocumentTail:
                    if (tag.Length == 0)
                    {
                        continue;
                    }

                    if (tag == "</DOCUMENT>")
                    {
                        documents.Add(doc!);
                        doc = null;
                        phase = Phase.Between;
                        continue;
                    }

                    if (tag == "<DOCUMENT>")
                    {
                        throw Corrupt(FormattableString.Invariant($"line {lineNo}: <DOCUMENT> before {doc!.Label} (line {doc.StartLine}) is closed by </DOCUMENT>"));
                    }

                    strayLines++;
                    continue;
            }
        }

        switch (phase)
        {
            case Phase.Preamble:
                throw new InputException(InputErrorKind.Empty, path, null, "the file holds only white space");
            case Phase.Header when headerStyle == HeaderStyle.Text:
                throw Corrupt(FormattableString.Invariant($"the <SEC-HEADER> opened at line {headerStart} is never closed"));
            case Phase.DocumentHead or Phase.DocumentText or Phase.DocumentTail:
                throw Corrupt(FormattableString.Invariant($"the file ends inside {doc!.Label} opened at line {doc.StartLine} (truncated? </DOCUMENT> is missing)"));
        }

        if (documents.Count == 0)
        {
            throw Corrupt("the submission has no <DOCUMENT> section");
        }

        if (strayLines > 0)
        {
            warnings.Add(FormattableString.Invariant($"{strayLines} line(s) of text outside any <DOCUMENT> were ignored"));
        }

        if (!closedSubmission && headerStyle != HeaderStyle.None)
        {
            warnings.Add("the submission's closing tag (</SEC-DOCUMENT> or </SUBMISSION>) is missing; every document was complete");
        }

        var header = headerStyle switch
        {
            HeaderStyle.Text => HeaderParser.ParseText(headerLines),
            HeaderStyle.Tagged => HeaderParser.ParseTagged(headerLines),
            _ => null,
        };

        if (header is not null && header.PublicDocumentCount is { } count && count != documents.Count)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"the header counts {count} public document(s); the file holds {documents.Count}"));
        }

        return new SubmissionFile(header, documents, warnings);
    }

    private static bool ShouldKeep(EdgarDocument doc, long keptTotal, EdgarReadOptions options)
    {
        if (keptTotal >= options.MaxKeptChars)
        {
            return false;
        }

        if (doc.Index == 0 || string.IsNullOrEmpty(doc.Type))
        {
            return true;
        }

        var type = doc.Type.ToUpperInvariant();
        return KeptTypePrefixes.Any(p => type == p || type.StartsWith(p + "/", StringComparison.Ordinal) || (p.Length > 1 && type.StartsWith(p, StringComparison.Ordinal)));
    }

    private static void Finish(EdgarDocument doc, StringBuilder body, ContentMode mode, bool keep, ref long keptTotal)
    {
        if (mode == ContentMode.SkipUntil)
        {
            return;
        }

        if (!keep)
        {
            if (doc.ContentKind == EdgarContentKind.Empty && doc.ContentLength > 0)
            {
                doc.ContentKind = EdgarContentKind.Text;
            }

            return;
        }

        var content = body.ToString();
        keptTotal += content.Length;
        doc.Content = content;
        if (doc.ContentKind == EdgarContentKind.Empty)
        {
            doc.ContentKind = ContentSniffer.Sniff(content);
        }
    }

    private static bool Is(string tag, string expected) => tag.Equals(expected, StringComparison.OrdinalIgnoreCase);

    private static bool Opens(string tag, string expected) => tag.StartsWith(expected, StringComparison.OrdinalIgnoreCase);

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "...";

    [GeneratedRegex(@"^<(?<name>TYPE|SEQUENCE|FILENAME|DESCRIPTION)>(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"^begin(?:-base64)? [0-7]{3,4} \S", RegexOptions.CultureInvariant)]
    private static partial Regex Uuencode();

    private enum Phase
    {
        Preamble,
        Header,
        Between,
        DocumentHead,
        DocumentText,
        DocumentTail,
    }

    private enum HeaderStyle
    {
        None,
        Text,
        Tagged,
    }

    private enum ContentMode
    {
        Undecided,
        Keep,
        SkipUntil,
    }
}
