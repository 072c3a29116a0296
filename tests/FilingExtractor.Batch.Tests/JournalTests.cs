using FilingExtractor.Model;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Batch.Tests;

public sealed class JournalTests
{
    private static JournalEntry Entry(string path, string sha, string status = "Success", string? filing = "abc", int pages = 6) =>
        new(path, sha, status, filing, ["p2", "p1"], pages, [new ReadProblem(path, 3, "PageFailed", "layout: no rules")], 12.5);

    [Fact]
    public void An_entry_survives_closing_and_reopening_with_every_field()
    {
        var dir = Fixtures.NewFolder("journal");
        using (var j = RunJournal.Open(dir))
        {
            j.Record(Entry("b.tif", "22"));
            j.Record(Entry("a.tif", "11", "Failure", null, 0));
        }

        using var again = RunJournal.Open(dir);
        var a = again.Find("a.tif")!;
        Assert.Equal("11", a.Sha256);
        Assert.Equal("Failure", a.Status);
        Assert.Null(a.FilingId);
        Assert.Equal(0, a.Pages);
        var b = again.Find("b.tif")!;
        Assert.Equal("abc", b.FilingId);
        Assert.Equal(["p2", "p1"], b.ProspectusIds);
        Assert.Equal(6, b.Pages);
        Assert.Equal(12.5, b.Seconds);
        var problem = Assert.Single(b.Problems);
        Assert.Equal(new ReadProblem("b.tif", 3, "PageFailed", "layout: no rules"), problem);
        Assert.Equal(["a.tif", "b.tif"], again.All().Select(e => e.Path));
        Assert.Null(again.Find("c.tif"));
    }

    [Fact]
    public void Recording_a_path_again_replaces_its_entry()
    {
        using var j = RunJournal.Open(Fixtures.NewFolder("journal-replace"));
        j.Record(Entry("a.tif", "11"));
        j.Record(Entry("a.tif", "99", filing: "def"));

        var only = Assert.Single(j.All());
        Assert.Equal("99", only.Sha256);
        Assert.Equal("def", only.FilingId);
    }

    [Theory]
    [InlineData("Failure", true)]
    [InlineData("NotSupported", true)]
    [InlineData("Crashed", true)]
    [InlineData("TimedOut", true)]
    [InlineData("Success", false)]
    [InlineData("Partial", false)]
    [InlineData("Duplicate", false)]
    public void Failure_statuses_are_the_ones_without_output(string status, bool failure) =>
        Assert.Equal(failure, JournalEntry.IsFailure(status));
}
