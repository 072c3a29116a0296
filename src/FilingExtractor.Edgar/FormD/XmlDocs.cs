using System.Xml;
using System.Xml.Linq;

namespace FilingExtractor.Edgar.FormD;

/// <summary>
/// Loads XML safely (no DTD processing, no external resolution) and looks elements up by local name, so
/// a document with a default namespace, prefixed elements or none at all reads alike.
/// </summary>
internal static class XmlDocs
{
    /// <summary>
    /// Parses <paramref name="content"/>, which may have white space before the XML declaration (EDGAR's
    /// files often do; a strict parser refuses it). <paramref name="start"/> is where the XML begins.
    /// </summary>
    public static XDocument Parse(string content, out int start)
    {
        start = 0;
        while (start < content.Length && content[start] is '\uFEFF' or ' ' or '\t' or '\r' or '\n')
        {
            start++;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersFromEntities = 1024,
            CloseInput = true,
        };
        using var reader = XmlReader.Create(new StringReader(content[start..]), settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    public static XElement? Child(XElement? parent, string name)
    {
        if (parent is null)
        {
            return null;
        }

        XElement? loose = null;
        foreach (var e in parent.Elements())
        {
            if (e.Name.LocalName == name)
            {
                return e;
            }

            if (loose is null && string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
            {
                loose = e;
            }
        }

        return loose;
    }

    public static IEnumerable<XElement> Children(XElement? parent, string name) =>
        parent?.Elements().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase)) ?? [];

    public static XElement? Path(XElement? start, params string[] names)
    {
        var e = start;
        foreach (var n in names)
        {
            e = Child(e, n);
            if (e is null)
            {
                return null;
            }
        }

        return e;
    }

    /// <summary>First descendant of that local name (schema versions move some containers around).</summary>
    public static XElement? Find(XElement? start, string name) =>
        start?.Descendants().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>By path from <paramref name="start"/>, else anywhere below it.</summary>
    public static XElement? Locate(XElement? start, params string[] names) =>
        Path(start, names) ?? Find(start, names[^1]);
}
