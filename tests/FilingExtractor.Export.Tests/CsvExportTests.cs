using System.IO.Compression;
using System.Xml.Linq;
using FilingExtractor.FormD.Transcripts;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Export.Tests;

public sealed class CsvExportTests
{
    private static Filing Capstone()
    {
        var f = TranscriptReader.ReadFile(RepoPaths.Combine("corpus", "transcripts", "capstone-formd-2002.txt"));
        FilingReconciler.Reconcile(f);
        return f;
    }

    /// <summary>A filing whose text starts with formula characters, with a flag and a correction.</summary>
    private static Filing Hostile()
    {
        var f = new Filing { FilingId = "00000000000000aa", SubmissionType = "D", OfferingName = "=1+2" };
        f.PrimaryIssuer.EntityName = "@SUM(A1:A9)";
        f.PrimaryIssuer.IssuerPhoneNumber = "+44 20 7946 0958";
        f.RelatedPersons.Add(new RelatedPerson { LastName = "-Dash", FirstName = "Ann, \"Jr\"", Relationships = [Relationships.Director], UnreadableRelationships = [Relationships.Promoter] });
        f.Offering.TotalOfferingAmount = 1_250_000.5m;
        f.Signature.SignatureDate = new DateOnly(2002, 11, 11);
        f.Flags.Add(new Flag { Rule = RuleIds.C4aTotalExpenses, Expected = "30500", Found = "30000", Message = "m", Fields = [new FlagField { Path = "offering.totalExpenses", Page = 6, Box = new Box(1, 2, 3, 4), Confidence = 77f }] });
        f.Corrections.Add(new Correction { Field = "offering.totalExpenses", TextRead = "30,3OO", ValueRead = "30300", ValueAccepted = "30500", Reason = "r" });
        return f;
    }

    private static Dictionary<string, List<Dictionary<string, string>>> Export(params Filing[] filings)
    {
        var dir = Fixtures.NewFolder("csv");
        CsvExporter.WriteAll(filings, dir);
        return CsvExporter.Tables.ToDictionary(t => t, t => ReadCsv(Path.Combine(dir, t + ".csv")));
    }

    /// <summary>A minimal RFC 4180 reader for checking output (quotes, doubled quotes, CRLF).</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var field = new System.Text.StringBuilder();
        var record = new List<string>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i++; }
            else { field.Append(c); }
        }

        var header = records[0];
        return records.Skip(1).Select(r => header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }

    [Fact]
    public void Every_table_is_written_with_a_header_even_when_empty()
    {
        var dir = Fixtures.NewFolder("csv-empty");
        CsvExporter.WriteAll([], dir);
        foreach (var t in CsvExporter.Tables)
        {
            var lines = File.ReadAllText(Path.Combine(dir, t + ".csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.StartsWith(t is "corrections" or "flags" or "investors" or "state_appendix" ? "filing_id," : "filing_id,", lines[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Capstone_rows_carry_plain_numbers_iso_dates_and_empty_unknowns()
    {
        var t = Export(Capstone());
        var filing = Assert.Single(t["filings"]);
        Assert.Equal("Capstone Turbine Corporation", filing["issuer_name"]);
        Assert.Equal("3984567", filing["total_offering_amount"]);
        Assert.Equal("30500", filing["total_expenses"]);
        Assert.Equal("3954067", filing["adjusted_gross_proceeds"]);
        Assert.Equal("2002-11-11", filing["signature_date"]);
        Assert.Equal("(818) 734-5300", filing["issuer_phone"]);
        Assert.Equal(string.Empty, filing["rule506"]); // the transcript lost the box: unknown, not false
        Assert.Equal("true", filing["equity_common"]);
        Assert.Equal("0", filing["error_flags"]);

        Assert.Equal(12, t["related_persons"].Count);
        var mcdonald = t["related_persons"][6];
        Assert.Equal(("McDonald", "John", "G.", "Chatsworth", "91311"), (mcdonald["last_name"], mcdonald["first_name"], mcdonald["middle_name"], mcdonald["city"], mcdonald["zip_code"]));
        Assert.Equal(string.Empty, mcdonald["director"]);

        var expenses = t["expenses"];
        Assert.Equal(["transferAgentFees", "printingAndEngravingCosts", "legalFees", "accountingFees", "engineeringFees", "salesCommissions", "otherExpenses", "total"], expenses.Select(r => r["item"]));
        Assert.Equal(["500", "", "30000", "", "", "", "", "30500"], expenses.Select(r => r["amount"]));
        var ct = Assert.Single(t["state_appendix"]);
        Assert.Equal(("CT", "false", "1", "3984567", "0", "false"), (ct["state"], ct["intends_to_sell_non_accredited"], ct["accredited_number"], ct["accredited_amount"], ct["non_accredited_amount"], ct["disqualified"]));
        Assert.Equal("3954067", t["use_of_proceeds"].Single(r => r["purpose"] == "workingCapital")["to_others"]);
        Assert.Empty(t["flags"]);
    }

    [Fact]
    public void Formula_like_text_is_neutralised_and_quotes_survive()
    {
        var t = Export(Hostile());
        var f = Assert.Single(t["filings"]);
        Assert.Equal("'=1+2", f["offering_name"]);
        Assert.Equal("'@SUM(A1:A9)", f["issuer_name"]);
        Assert.Equal("'+44 20 7946 0958", f["issuer_phone"]);
        Assert.Equal("1250000.5", f["total_offering_amount"]);
        var p = Assert.Single(t["related_persons"]);
        Assert.Equal(("'-Dash", "Ann, \"Jr\"", "true", "", "false"), (p["last_name"], p["first_name"], p["director"], p["promoter"], p["executive_officer"]));
        var flag = Assert.Single(t["flags"]);
        Assert.Equal(("C4a.total-expenses", "30500", "30000", "6", "1", "77"), (flag["rule"], flag["expected"], flag["found"], flag["page"], flag["box_left"], flag["min_confidence"]));
        var c = Assert.Single(t["corrections"]);
        Assert.Equal(("30,3OO", "30500"), (c["text_read"], c["value_accepted"]));
    }

    [Fact]
    public void Same_filings_in_any_order_give_the_same_bytes()
    {
        var a = Fixtures.NewFolder("csv-a");
        var b = Fixtures.NewFolder("csv-b");
        CsvExporter.WriteAll([Capstone(), Hostile()], a);
        CsvExporter.WriteAll([Hostile(), Capstone()], b);
        foreach (var t in CsvExporter.Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, t + ".csv")), File.ReadAllBytes(Path.Combine(b, t + ".csv")));
        }

        Assert.Empty(Directory.GetFiles(a, "*.tmp-*", SearchOption.AllDirectories));
    }

    [Fact]
    public void LibreOffice_opens_the_tables_with_numbers_as_numbers_and_no_live_formulas()
    {
        var dir = Fixtures.NewFolder("csv-lo");
        CsvExporter.WriteAll([Capstone(), Hostile()], dir);
        var outDir = Path.Combine(dir, "xlsx");
        var profile = "file://" + Path.Combine(dir, "lo-profile");
        Fixtures.Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", outDir,
            Path.Combine(dir, "filings.csv"), Path.Combine(dir, "expenses.csv"));

        var filings = Sheet(Path.Combine(outDir, "filings.xlsx"));
        var header = filings[0];
        int Col(string name) => header.FindIndex(c => c.Text == name);
        var capstone = filings.Single(r => r.Count > Col("issuer_name") && r[Col("issuer_name")].Text == "Capstone Turbine Corporation");
        Assert.Equal(("n", "3984567"), (capstone[Col("total_offering_amount")].Type, capstone[Col("total_offering_amount")].Text));
        Assert.Equal("n", capstone[Col("adjusted_gross_proceeds")].Type);
        // An ISO date becomes a date serial: a number cell (37571 is 2002-11-11 in the 1900 date system).
        Assert.Equal(("n", "37571"), (capstone[Col("signature_date")].Type, capstone[Col("signature_date")].Text));

        var hostile = filings.Single(r => r[Col("filing_id")].Text == "00000000000000aa");
        Assert.Null(hostile[Col("offering_name")].Formula);
        Assert.NotEqual("n", hostile[Col("offering_name")].Type);
        Assert.All(filings.SelectMany(r => r), c => Assert.Null(c.Formula));

        var expenses = Sheet(Path.Combine(outDir, "expenses.xlsx"));
        var amountCol = expenses[0].FindIndex(c => c.Text == "amount");
        Assert.Contains(expenses.Skip(1), r => r.Count > amountCol && r[amountCol] is { Type: "n", Text: "30000" });
    }

    private sealed record Cell(string? Type, string Text, string? Formula);

    /// <summary>Rows of the first worksheet: each cell's type attribute, its shown value, and its formula if any.</summary>
    private static List<List<Cell>> Sheet(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } s
            ? XDocument.Load(s.Open()).Descendants(ns + "si").Select(si => string.Concat(si.Descendants(ns + "t").Select(t => t.Value))).ToList()
            : [];
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var rows = new List<List<Cell>>();
        foreach (var row in sheet.Descendants(ns + "row"))
        {
            var cells = new List<Cell>();
            foreach (var c in row.Elements(ns + "c"))
            {
                var col = ColumnIndex(c.Attribute("r")!.Value);
                while (cells.Count < col)
                {
                    cells.Add(new Cell(null, string.Empty, null));
                }

                var type = c.Attribute("t")?.Value ?? "n";
                var v = c.Element(ns + "v")?.Value ?? string.Empty;
                var text = type == "s" ? shared[int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)] : v;
                cells.Add(new Cell(type, text, c.Element(ns + "f")?.Value));
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter))
        {
            n = (n * 26) + (ch - 'A' + 1);
        }

        return n - 1;
    }
}
