namespace FilingExtractor.Edgar.Submission;

/// <summary>What a document's text is.</summary>
public enum EdgarContentKind
{
    Empty,
    Text,
    Html,
    Xml,

    /// <summary>A &lt;PDF&gt; section: its encoded bytes are skipped, never held in memory.</summary>
    Pdf,

    /// <summary>A uuencoded file (images, ZIP, Excel...): skipped like a PDF.</summary>
    Uuencoded,
}

/// <summary>
/// One &lt;DOCUMENT&gt; of a submission, or the whole file when it is a bare document. Its text is kept only
/// for documents that can be a Form D or a prospectus (see <see cref="EdgarReadOptions"/>); the others are
/// listed with their metadata so a caller can see what the submission held.
/// </summary>
public sealed class EdgarDocument
{
    /// <summary>0-based position in the file.</summary>
    public int Index { get; init; }

    /// <summary>&lt;TYPE&gt;: "D", "424B3", "EX-5.1", "GRAPHIC"...; null for a bare document.</summary>
    public string? Type { get; set; }

    /// <summary>&lt;SEQUENCE&gt; as written.</summary>
    public string? Sequence { get; set; }

    public string? FileName { get; set; }

    public string? Description { get; set; }

    public EdgarContentKind ContentKind { get; set; } = EdgarContentKind.Empty;

    /// <summary>1-based line of the file where the document (or its text, for a bare document) starts.</summary>
    public long StartLine { get; init; }

    /// <summary>Characters of text the document has (line ends counted as one), whether kept or not.</summary>
    public long ContentLength { get; set; }

    /// <summary>True when only the first <see cref="EdgarReadOptions.MaxDocumentChars"/> characters were kept.</summary>
    public bool Truncated { get; set; }

    /// <summary>
    /// The document's text as read, line ends as LF, without the &lt;XML&gt; wrapper; null when not kept.
    /// Offsets in provenance of XML values refer to this text.
    /// </summary>
    public string? Content { get; internal set; }

    /// <summary>
    /// The plain text patterns are matched in (HTML laid out as text, SGML page markup blanked); offsets in
    /// a prospectus's provenance refer to this. Null until the document is examined as text.
    /// </summary>
    public string? PlainText { get; internal set; }

    /// <summary>"document 1 (424B3, d424b3.htm)": how messages name it.</summary>
    public string Label
    {
        get
        {
            var parts = new[] { Type, FileName }.Where(p => !string.IsNullOrEmpty(p));
            var what = string.Join(", ", parts);
            var number = Sequence ?? (Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return what.Length > 0 ? $"document {number} ({what})" : $"document {number}";
        }
    }
}
