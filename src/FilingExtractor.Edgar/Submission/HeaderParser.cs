using System.Globalization;
using System.Text.RegularExpressions;

namespace FilingExtractor.Edgar.Submission;

/// <summary>
/// Parses the two header styles. Keys are compared without spaces or hyphens, so "CENTRAL INDEX KEY" and
/// the .nc tag &lt;CIK&gt; meet in one table, as do "STREET 1" and &lt;STREET1&gt;.
/// </summary>
internal static partial class HeaderParser
{
    /// <summary>A .txt dissemination header: "KEY:&lt;tabs&gt;value", sections opened by "KEY:" alone, nested by indentation.</summary>
    public static SubmissionHeader ParseText(IReadOnlyList<string> lines)
    {
        var b = new Builder();
        var sections = new List<(int Indent, string Name)>();
        foreach (var raw in lines)
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var tag = TagLine().Match(raw.Trim());
            if (tag.Success)
            {
                // <ACCEPTANCE-DATETIME>20180705114812 and the like, inside the text header.
                if (tag.Groups["value"].Length > 0)
                {
                    b.Field(tag.Groups["name"].Value, tag.Groups["value"].Value.Trim());
                }

                continue;
            }

            var kv = KeyValueLine().Match(raw);
            if (!kv.Success)
            {
                continue;
            }

            var indent = Indent(kv.Groups["indent"].Value);
            var key = kv.Groups["key"].Value.Trim();
            var value = StripTags(kv.Groups["value"].Value.Trim());
            while (sections.Count > 0 && sections[^1].Indent >= indent)
            {
                sections.RemoveAt(sections.Count - 1);
                b.Close();
            }

            if (value.Length == 0)
            {
                sections.Add((indent, key));
                b.Open(key);
            }
            else
            {
                b.Field(key, value);
            }
        }

        return b.Finish();
    }

    /// <summary>A .nc header: "&lt;TAG&gt;value" leaves, "&lt;TAG&gt;" ... "&lt;/TAG&gt;" sections.</summary>
    public static SubmissionHeader ParseTagged(IReadOnlyList<string> lines)
    {
        // An empty "<TAG>" is a section only if the header closes it somewhere; otherwise it is an empty value
        // (EDGAR writes <ORGANIZATION-NAME> with nothing after it).
        var closed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
        {
            var m = CloseTag().Match(raw.Trim());
            if (m.Success)
            {
                closed.Add(m.Groups["name"].Value);
            }
        }

        var b = new Builder();
        var open = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var close = CloseTag().Match(line);
            if (close.Success)
            {
                var name = close.Groups["name"].Value;
                var at = open.FindLastIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                while (at >= 0 && open.Count > at)
                {
                    open.RemoveAt(open.Count - 1);
                    b.Close();
                }

                continue;
            }

            var tag = TagLine().Match(line);
            if (!tag.Success)
            {
                continue;
            }

            var tagName = tag.Groups["name"].Value;
            var value = tag.Groups["value"].Value.Trim();
            if (value.Length == 0 && closed.Contains(tagName))
            {
                open.Add(tagName);
                b.Open(tagName);
            }
            else if (value.Length > 0)
            {
                b.Field(tagName, value);
            }
        }

        return b.Finish();
    }

    private static int Indent(string ws)
    {
        var n = 0;
        foreach (var c in ws)
        {
            n += c == '\t' ? 8 : 1;
        }

        return n;
    }

    private static string StripTags(string value)
    {
        var m = TagLine().Match(value);
        return m.Success ? m.Groups["value"].Value.Trim() : value;
    }

    internal static string Compact(string key) =>
        string.Concat(key.Where(c => c is not (' ' or '-' or '_' or '\t'))).ToUpperInvariant();

    internal static DateOnly? ParseDate(string value)
    {
        var v = value.Trim();
        if (v.Length >= 8 && DateOnly.TryParseExact(v[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d) ? d : null;
    }

    [GeneratedRegex(@"^(?<indent>[\t ]*)(?<key>[A-Z0-9][A-Z0-9 ()/&.,'_-]*?):(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValueLine();

    [GeneratedRegex(@"^<(?<name>[A-Za-z][A-Za-z0-9_.-]*)>(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^</(?<name>[A-Za-z][A-Za-z0-9_.-]*)>$", RegexOptions.CultureInvariant)]
    private static partial Regex CloseTag();

    /// <summary>Turns a stream of sections and fields into the header model.</summary>
    private sealed class Builder
    {
        private readonly List<string> path = [];
        private SubmissionParty? party;
        private HeaderAddress? address;
        private FormerName? former;

        public SubmissionHeader Header { get; } = new();

        /// <summary>Closes what the header left open (a .txt header ends without closing its sections).</summary>
        public SubmissionHeader Finish()
        {
            while (path.Count > 0)
            {
                Close();
            }

            FlushFormer();
            return Header;
        }

        public void Open(string name)
        {
            FlushFormer();
            path.Add(name);
            var key = Compact(name);
            if (path.Count == 1)
            {
                // Only the known party sections make parties; others (series and classes data...) are kept as raw fields.
                party = Role(key) is { } role ? new SubmissionParty { Role = role } : null;
                if (party is not null)
                {
                    Header.Parties.Add(party);
                }

                address = null;
            }
            else if (party is not null)
            {
                address = key switch
                {
                    "BUSINESSADDRESS" => party.BusinessAddress = new HeaderAddress(),
                    "MAILADDRESS" => party.MailAddress = new HeaderAddress(),
                    _ => null,
                };
                if (key is "FORMERCOMPANY" or "FORMERNAME")
                {
                    former = new FormerName(null, null);
                }
            }
        }

        public void Close()
        {
            if (path.Count == 0)
            {
                return;
            }

            var key = Compact(path[^1]);
            if (key is "FORMERCOMPANY" or "FORMERNAME")
            {
                FlushFormer();
            }

            path.RemoveAt(path.Count - 1);
            if (path.Count <= 1)
            {
                address = null;
            }

            if (path.Count == 0)
            {
                party = null;
            }
        }

        public void Field(string key, string value)
        {
            Header.Fields.Add(new HeaderField(string.Join('/', path), key, value));
            var k = Compact(key);
            if (path.Count == 0)
            {
                Top(k, value);
                return;
            }

            if (party is null)
            {
                return;
            }

            if (former is not null && path.Count >= 2 && Compact(path[^1]) is "FORMERCOMPANY" or "FORMERNAME")
            {
                former = k switch
                {
                    "FORMERCONFORMEDNAME" or "FORMERNAME" => former with { Name = value },
                    "DATEOFNAMECHANGE" or "DATECHANGED" => former with { DateOfChange = ParseDate(value) },
                    _ => former,
                };
                return;
            }

            if (address is not null)
            {
                switch (k)
                {
                    case "STREET1": address.Street1 = value; return;
                    case "STREET2": address.Street2 = value; return;
                    case "CITY": address.City = value; return;
                    case "STATE": address.State = value; return;
                    case "ZIP": address.Zip = value; return;
                    case "BUSINESSPHONE" or "PHONE": address.Phone = value; return;
                }
            }

            switch (k)
            {
                case "COMPANYCONFORMEDNAME" or "CONFORMEDNAME": party.CompanyName = value; break;
                case "CENTRALINDEXKEY" or "CIK": party.Cik = value; break;
                case "STANDARDINDUSTRIALCLASSIFICATION" or "ASSIGNEDSIC": party.StandardIndustrialClassification = value; break;
                case "IRSNUMBER": party.IrsNumber = value; break;
                case "STATEOFINCORPORATION": party.StateOfIncorporation = value; break;
                case "FISCALYEAREND": party.FiscalYearEnd = value; break;
                case "FORMTYPE": party.FormType = value; break;
                case "SECACT" or "ACT": party.Act = value; break;
                case "SECFILENUMBER" or "FILENUMBER": party.FileNumber = value; break;
                case "FILMNUMBER": party.FilmNumber = value; break;
            }
        }

        private void Top(string k, string value)
        {
            switch (k)
            {
                case "ACCESSIONNUMBER": Header.AccessionNumber = value; break;
                case "CONFORMEDSUBMISSIONTYPE" or "TYPE": Header.SubmissionType ??= value; break;
                case "PUBLICDOCUMENTCOUNT":
                    Header.PublicDocumentCount = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                    break;
                case "FILEDASOFDATE" or "FILINGDATE": Header.FiledAsOfDate = ParseDate(value); break;
                case "DATEASOFCHANGE" or "DATEOFFILINGDATECHANGE": Header.DateAsOfChange = ParseDate(value); break;
                case "EFFECTIVENESSDATE": Header.EffectivenessDate = ParseDate(value); break;
                case "CONFORMEDPERIODOFREPORT" or "PERIOD": Header.PeriodOfReport = ParseDate(value); break;
                case "ITEMINFORMATION" or "ITEMS": Header.Items.Add(value); break;
                case "ACCEPTANCEDATETIME":
                    Header.AcceptanceDateTime = DateTime.TryParseExact(value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
                    break;
            }
        }

        private void FlushFormer()
        {
            if (former is { Name: not null } f && party is not null)
            {
                party.FormerNames.Add(f);
            }

            former = null;
        }

        private static string? Role(string compactKey) => compactKey switch
        {
            "FILER" => PartyRoles.Filer,
            "SUBJECTCOMPANY" => PartyRoles.SubjectCompany,
            "FILEDBY" => PartyRoles.FiledBy,
            "REPORTINGOWNER" => PartyRoles.ReportingOwner,
            "ISSUER" => PartyRoles.Issuer,
            _ => null,
        };
    }
}
