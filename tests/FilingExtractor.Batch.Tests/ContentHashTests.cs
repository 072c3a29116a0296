using System.Security.Cryptography;
using FilingExtractor.Core.IO;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Batch.Tests;

public sealed class ContentHashTests
{
    [Fact]
    public void The_hash_of_a_page_set_is_the_hash_of_its_files_concatenated_in_order()
    {
        var dir = Fixtures.NewFolder("hash");
        var a = Path.Combine(dir, "x-p01.png");
        var b = Path.Combine(dir, "x-p02.png");
        var bytesA = new byte[3 << 20];
        new Random(1).NextBytes(bytesA);
        File.WriteAllBytes(a, bytesA);
        File.WriteAllBytes(b, [1, 2, 3]);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. bytesA, 1, 2, 3])), ContentHash.Of([a, b]));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytesA)), ContentHash.Of(a));
        Assert.NotEqual(ContentHash.Of([a, b]), ContentHash.Of([b, a]));
    }
}
