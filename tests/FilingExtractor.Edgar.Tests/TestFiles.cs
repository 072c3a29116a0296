using System.Globalization;
using System.Text;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Edgar.Tests;

/// <summary>The Data folder beside the test assembly, and synthetic inputs written to a temporary folder.</summary>
internal static class TestFiles
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static string ReadData(string name) => File.ReadAllText(Data(name));

    public static string Write(string name, string content)
    {
        var path = Path.Combine(Fixtures.NewFolder("edgar"), name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public static string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(Fixtures.NewFolder("edgar"), name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>
    /// The Capstone prospectus as a 2000s filer's HTML: unclosed &lt;P&gt; and &lt;FONT&gt;, upper-case
    /// tags, the cover centred in a layout table, numeric entities in the Windows-1252 range for quotes and
    /// bullets, &amp;nbsp; between words, the table of contents and the list items as tables.
    /// </summary>
    public static string CapstoneHtml()
    {
        var text = ReadData("capstone-prospectus-2003.txt").Replace("\r\n", "\n", StringComparison.Ordinal);
        var sb = new StringBuilder();
        sb.Append("<HTML>\n<HEAD>\n<TITLE>Capstone Turbine 424B3</TITLE>\n<STYLE>p { margin: 0 }</STYLE>\n</HEAD>\n<BODY BGCOLOR=\"WHITE\">\n");
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var first = true;
        foreach (var para in paragraphs)
        {
            var lines = para.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (first)
            {
                // Cover heading inside a layout table, as many filers did.
                sb.Append("<TABLE WIDTH=\"100%\"><TR><TD ALIGN=CENTER><FONT SIZE=4><B>").Append(Encode(lines[0])).Append("</B></FONT></TD></TR></TABLE>\n");
                first = false;
                continue;
            }

            if (lines.All(l => l.Contains('\t', StringComparison.Ordinal) || l.Trim() == "Page"))
            {
                sb.Append("<TABLE>\n");
                foreach (var l in lines)
                {
                    sb.Append("<TR>");
                    foreach (var cell in l.Split('\t'))
                    {
                        sb.Append("<TD><FONT SIZE=2>").Append(Encode(cell)).Append("</FONT></TD>");
                    }

                    sb.Append("</TR>\n");
                }

                sb.Append("</TABLE>\n");
                continue;
            }

            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith(' ')))
            {
                var items = new List<string>();
                foreach (var l in lines)
                {
                    if (l.StartsWith("- ", StringComparison.Ordinal))
                    {
                        items.Add(l[2..]);
                    }
                    else
                    {
                        items[^1] += " " + l.Trim();
                    }
                }

                sb.Append("<TABLE CELLPADDING=0>\n");
                foreach (var item in items)
                {
                    sb.Append("<TR VALIGN=TOP><TD>&#149;</TD><TD><FONT SIZE=2>").Append(Encode(item)).Append('\n');
                }

                sb.Append("</TABLE>\n");
                continue;
            }

            var heading = lines.Length == 1 && lines[0].Length < 80 && !lines[0].EndsWith('.');
            sb.Append(heading ? "<P ALIGN=CENTER><FONT SIZE=2><B>" : "<P><FONT SIZE=2>");
            sb.Append(Encode(string.Join(' ', lines)));
            sb.Append(heading ? "</B>\n" : "\n");
        }

        sb.Append("</BODY>\n</HTML>\n");
        return sb.ToString();
    }

    private static string Encode(string s)
    {
        var sb = new StringBuilder();
        var open = true;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '"': sb.Append(open ? "&#147;" : "&#148;"); open = !open; break;
                case '\'': sb.Append("&#146;"); break;
                case ' ' when i > 0 && s[i - 1] == '.': sb.Append("&nbsp; "); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The Capstone text the way 1990s-2000s .txt filings were typed: paragraphs hard-wrapped at 68
    /// columns, list items with hanging indents, headings centred, a page number and &lt;PAGE&gt; every
    /// twelve paragraphs.
    /// </summary>
    public static string CapstoneWrapped()
    {
        var text = ReadData("capstone-prospectus-2003.txt").Replace("\r\n", "\n", StringComparison.Ordinal);
        var paragraphs = new List<string>();
        var n = 0;
        foreach (var para in text.Split("\n\n"))
        {
            var lines = new List<string>();
            foreach (var line in para.Split('\n'))
            {
                if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    lines.AddRange(Wrap(line, 68, "     "));
                }
                else if (line.Length < 70 || line.Contains('\t', StringComparison.Ordinal))
                {
                    lines.Add(line.All(c => !char.IsLower(c)) ? new string(' ', Math.Max(0, (70 - line.Length) / 2)) + line : line);
                }
                else
                {
                    lines.AddRange(Wrap(line, 68, string.Empty));
                }
            }

            paragraphs.Add(string.Join('\n', lines));
            if (++n % 12 == 0)
            {
                paragraphs.Add(new string(' ', 37) + (n / 12).ToString(CultureInfo.InvariantCulture) + "\n\n<PAGE>");
            }
        }

        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static IEnumerable<string> Wrap(string line, int width, string indent)
    {
        var current = new StringBuilder();
        var empty = true; // no word on the current line yet
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && current.Length + 1 + word.Length > width)
            {
                yield return current.ToString();
                current.Clear().Append(indent);
                empty = true;
            }

            if (!empty)
            {
                current.Append(' ');
            }

            current.Append(word);
            empty = false;
        }

        if (!empty)
        {
            yield return current.ToString();
        }
    }

    /// <summary>
    /// A .txt dissemination file around <paramref name="documents"/> with a header in EDGAR's layout.
    /// The header's values are invented for tests (accession number, CIK, file number).
    /// </summary>
    public static string Submission(string type, string companyName, string cik, params (string Type, string FileName, string Text)[] documents)
    {
        var sb = new StringBuilder();
        sb.Append("<SEC-DOCUMENT>0000000000-03-000001.txt : 20030113\n");
        sb.Append("<SEC-HEADER>0000000000-03-000001.hdr.sgml : 20030113\n");
        sb.Append("<ACCEPTANCE-DATETIME>20030113163012\n");
        sb.Append("ACCESSION NUMBER:\t\t0000000000-03-000001\n");
        sb.Append("CONFORMED SUBMISSION TYPE:\t").Append(type).Append('\n');
        sb.Append("PUBLIC DOCUMENT COUNT:\t\t").Append(documents.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("FILED AS OF DATE:\t\t20030113\n\nFILER:\n\n\tCOMPANY DATA:\t\n");
        sb.Append("\t\tCOMPANY CONFORMED NAME:\t\t\t").Append(companyName).Append('\n');
        sb.Append("\t\tCENTRAL INDEX KEY:\t\t\t").Append(cik).Append('\n');
        sb.Append("\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tMOTORS & GENERATORS [3621]\n");
        sb.Append("\t\tSTATE OF INCORPORATION:\t\t\tDE\n\t\tFISCAL YEAR END:\t\t\t1231\n\n");
        sb.Append("\tFILING VALUES:\n\t\tFORM TYPE:\t\t").Append(type).Append("\n\t\tSEC ACT:\t\t1933 Act\n\t\tSEC FILE NUMBER:\t333-000001\n\t\tFILM NUMBER:\t\t03000001\n\n");
        sb.Append("\tBUSINESS ADDRESS:\t\n\t\tSTREET 1:\t\t21211 NORDHOFF STREET\n\t\tCITY:\t\t\tCHATSWORTH\n\t\tSTATE:\t\t\tCA\n\t\tZIP:\t\t\t91311\n\t\tBUSINESS PHONE:\t\t8187345300\n\n");
        sb.Append("\tFORMER COMPANY:\t\n\t\tFORMER CONFORMED NAME:\tCAPSTONE TURBINE CORP /DE/\n\t\tDATE OF NAME CHANGE:\t19990101\n");
        sb.Append("</SEC-HEADER>\n");
        var sequence = 1;
        foreach (var (docType, fileName, body) in documents)
        {
            sb.Append("<DOCUMENT>\n<TYPE>").Append(docType).Append("\n<SEQUENCE>").Append(sequence++.ToString(CultureInfo.InvariantCulture))
              .Append("\n<FILENAME>").Append(fileName).Append("\n<TEXT>\n").Append(body);
            if (!body.EndsWith('\n'))
            {
                sb.Append('\n');
            }

            sb.Append("</TEXT>\n</DOCUMENT>\n");
        }

        sb.Append("</SEC-DOCUMENT>\n");
        return sb.ToString();
    }

    /// <summary>A uuencoded "file" of about <paramref name="bytes"/> bytes, as EDGAR embeds images.</summary>
    public static string Uuencoded(string name, long bytes)
    {
        var sb = new StringBuilder();
        sb.Append("begin 644 ").Append(name).Append('\n');
        var line = "M" + new string('A', 60) + "\n";
        for (long n = 0; n < bytes; n += line.Length)
        {
            sb.Append(line);
        }

        sb.Append("`\nend\n");
        return sb.ToString();
    }
}
