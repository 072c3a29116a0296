using FilingExtractor.Evaluation;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Review.Tests;

public sealed class DecisionsFileTests
{
    private const string Json = """
        {
          "format": "filing-extractor-review-decisions",
          "version": 1,
          "reviewer": "Ada Reviewer",
          "decidedAt": "2024-05-06T07:08:09.123Z",
          "items": [
            { "filingId": "08e3c697db0bb3a4", "field": "offering.totalExpenses", "action": "correct", "valueRead": "30800", "newValue": "30,500", "note": "typed total, see lines" },
            { "filingId": "08e3c697db0bb3a4", "field": "offering.expenses[2].amount", "action": "confirm", "valueRead": "30000", "newValue": null, "note": null, "reviewer": "Bob Second" }
          ]
        }
        """;

    private static string Write(string name, string text)
    {
        var path = Path.Combine(Fixtures.NewFolder("decisions"), name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Json_items_take_the_file_reviewer_and_time_unless_they_name_their_own()
    {
        var d = DecisionsFile.Read(Write("decisions.json", Json));

        Assert.Equal(2, d.Items.Count);
        Assert.Equal(("08e3c697db0bb3a4", "offering.totalExpenses", "correct", "30800", "30,500", "typed total, see lines"),
            (d.Items[0].FilingId, d.Items[0].Field, d.Items[0].Action, d.Items[0].ValueRead, d.Items[0].NewValue, d.Items[0].Note));
        Assert.Equal("Ada Reviewer", d.ReviewerOf(d.Items[0]));
        Assert.Equal("Bob Second", d.ReviewerOf(d.Items[1]));
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero), d.DecidedAtOf(d.Items[1]));
        Assert.Equal(TimeSpan.Zero, d.DecidedAtOf(d.Items[1]).Offset);
    }

    [Fact]
    public void Csv_reads_as_the_same_decisions_with_quotes_commas_and_blank_cells()
    {
        const string csv = "reviewer,decided_at,filing_id,field,action,value_read,new_value,note\r\n"
            + "Ada Reviewer,2024-05-06T07:08:09.123Z,08e3c697db0bb3a4,offering.totalExpenses,correct,30800,\"30,500\",\"typed total, \"\"see lines\"\"\"\r\n"
            + "Ada Reviewer,2024-05-06T07:08:09.123Z,08e3c697db0bb3a4,offering.expenses[2].amount,confirm,30000,,\r\n";

        var d = DecisionsFile.Read(Write("decisions.csv", csv));

        Assert.Equal(2, d.Items.Count);
        Assert.Equal("30,500", d.Items[0].NewValue);
        Assert.Equal("typed total, \"see lines\"", d.Items[0].Note);
        Assert.Null(d.Items[1].NewValue);
        Assert.Null(d.Items[1].Note);
        Assert.Equal("Ada Reviewer", d.Reviewer);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero), d.DecidedAtOf(d.Items[0]));
    }

    [Theory]
    [InlineData("{\"format\":\"something-else\",\"version\":1,\"reviewer\":\"A\",\"decidedAt\":\"2024-05-06T07:08:09Z\",\"items\":[]}", "format \"something-else\" version 1")]
    [InlineData("{\"format\":\"filing-extractor-review-decisions\",\"version\":2,\"reviewer\":\"A\",\"decidedAt\":\"2024-05-06T07:08:09Z\",\"items\":[]}", "version 2")]
    [InlineData("{\"format\":\"filing-extractor-review-decisions\",\"version\":1,\"reviewer\":\" \",\"decidedAt\":\"2024-05-06T07:08:09Z\",\"items\":[{\"filingId\":\"x\",\"field\":\"y\",\"action\":\"confirm\"}]}", "no reviewer named for x y")]
    [InlineData("{\"format\":\"filing-extractor-review-decisions\",\"version\":1,\"reviewer\":\"A\",\"items\":[{\"filingId\":\"x\",\"field\":\"y\",\"action\":\"confirm\"}]}", "no time (decidedAt) for x y")]
    [InlineData("{\"format\":\"filing-extractor-review-decisions\",\"version\":1,\"reviewr\":\"A\"}", "reviewr")]
    [InlineData("{\"format\": ", "not a decisions document")]
    [InlineData("reviewer,decided_at,filing_id\r\nA,yesterday,x\r\n", "not a decisions CSV")]
    public void A_file_that_cannot_be_used_says_why(string text, string expected)
    {
        var e = Assert.Throws<DecisionsFormatException>(() => DecisionsFile.Read(Write("bad.json", text)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LeafKind.Amount, "$ 30,500", "30500")]
    [InlineData(LeafKind.Amount, "3.984.567", "3984567")]
    [InlineData(LeafKind.Amount, "1,250.50", "1250.5")]
    [InlineData(LeafKind.Amount, "None", "0")]
    [InlineData(LeafKind.Amount, "-0-", "0")]
    [InlineData(LeafKind.Amount, "N/A", null)]
    [InlineData(LeafKind.Amount, "", null)]
    [InlineData(LeafKind.Count, "12", "12")]
    [InlineData(LeafKind.Date, "11/11/02", "2002-11-11")]
    [InlineData(LeafKind.Date, "Nov. 11, 2002", "2002-11-11")]
    [InlineData(LeafKind.Checkbox, "Yes", "true")]
    [InlineData(LeafKind.Checkbox, "unchecked", "false")]
    [InlineData(LeafKind.Text, "  Capstone  ", "Capstone")]
    public void Entries_parse_the_way_the_readers_parse_what_they_read(LeafKind kind, string input, string? expected)
    {
        Assert.True(FilingFields.TryParse(kind, input, out var value, out var error), error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(LeafKind.Amount, "30,5OO.x")]
    [InlineData(LeafKind.Count, "2.5")]
    [InlineData(LeafKind.Count, "-3")]
    [InlineData(LeafKind.Date, "2002-02-30")]
    [InlineData(LeafKind.Checkbox, "maybe")]
    public void Entries_that_are_not_values_of_the_kind_are_refused(LeafKind kind, string input)
    {
        Assert.False(FilingFields.TryParse(kind, input, out _, out var error));
        Assert.Contains(input, error, StringComparison.Ordinal);
    }
}
