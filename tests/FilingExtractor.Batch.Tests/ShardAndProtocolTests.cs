using System.Security.Cryptography;
using System.Text;
using FilingExtractor.Model;

namespace FilingExtractor.Batch.Tests;

public sealed class ShardAndProtocolTests
{
    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("3/4", 3, 4)]
    [InlineData("11/16", 11, 16)]
    public void A_shard_is_parsed_from_i_over_n(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void A_bad_shard_is_refused_with_the_expected_form(string text)
    {
        var e = Assert.Throws<FormatException>(() => ShardSpec.Parse(text));
        Assert.Contains("expected I/N with 0 <= I < N", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hash_falls_in_exactly_one_shard_and_shards_are_balanced()
    {
        var shards = Enumerable.Range(0, 4).Select(i => new ShardSpec(i, 4)).ToList();
        var counts = new int[4];
        for (var n = 0; n < 4000; n++)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"input-{n}")));
            var owners = shards.Where(s => s.Contains(sha)).ToList();
            var owner = Assert.Single(owners);
            counts[owner.Index]++;
        }

        // 1000 expected per shard; a fair split stays within a few standard deviations (about 27).
        Assert.All(counts, c => Assert.InRange(c, 900, 1100));
    }

    [Fact]
    public void The_shard_is_the_first_64_bits_of_the_hash_modulo_the_count()
    {
        // 0x0000000000000007 % 4 == 3, whatever follows.
        Assert.True(new ShardSpec(3, 4).Contains("0000000000000007" + new string('f', 48)));
        Assert.False(new ShardSpec(0, 4).Contains("0000000000000007" + new string('0', 48)));
    }

    [Fact]
    public void Worker_messages_round_trip_with_their_outcome()
    {
        var outcome = new ItemOutcome("in/a.tif", "ab", "Partial", "ab12", ["p"], 7,
            [new ReadProblem("in/a.tif", 2, "PageFailed", "ocr: \"quoted\"\nnewline")], ["C1.total", "C1.total"], 3.25);
        var line = WorkerProtocol.Encode(new WorkerMessage(WorkerProtocol.Done, Outcome: outcome));

        Assert.DoesNotContain('\n', line);
        var back = WorkerProtocol.Decode<WorkerMessage>(line);
        Assert.Equal(WorkerProtocol.Done, back.Type);
        Assert.Null(back.Page);
        var o = back.Outcome!;
        Assert.Equal(("in/a.tif", "ab", "Partial", "ab12", 7, 3.25), (o.Path, o.Sha256, o.Status, o.FilingId, o.Pages, o.Seconds));
        Assert.Equal(outcome.Problems, o.Problems);
        Assert.Equal(["C1.total", "C1.total"], o.FlagRules);
        Assert.Equal(["p"], o.ProspectusIds);
    }

    [Fact]
    public void A_request_carries_every_page_file_of_an_input()
    {
        var line = WorkerProtocol.Encode(new WorkerRequest("scan-p*.png", ["scan-p01.png", "scan-p02.png"], "ff"));
        var work = WorkerProtocol.Decode<WorkerRequest>(line).ToWorkItem();
        Assert.Equal("scan-p*.png", work.Path);
        Assert.Equal(["scan-p01.png", "scan-p02.png"], work.Input.Files);
        Assert.Equal("ff", work.Sha256);
    }

    [Theory]
    [InlineData("crash")]
    [InlineData("nothing-here")]
    public void A_fault_rule_without_an_argument_is_refused(string spec) =>
        Assert.Throws<ArgumentException>(() => FaultInjection.Parse(spec));

    [Fact]
    public void Fault_rules_fire_only_for_matching_inputs()
    {
        var faults = FaultInjection.Parse("hang:never-matches; hangpage:also-never");
        // Returns at once: neither rule matches these paths (a match would block the test forever).
        faults.BeforeInput("in/ordinary.tif");
        faults.AfterPage("in/ordinary.tif");
        FaultInjection.None.BeforeInput("in/never-matches.tif");
    }
}
