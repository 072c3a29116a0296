using System.Security.Cryptography;

namespace FilingExtractor.Core.IO;

/// <summary>
/// SHA-256 of an input's content, lower-case hex: the identity of an input everywhere (filing ids, the run
/// journal, shard assignment). For an input delivered as several files (one image per page) it is the hash
/// of the files' bytes concatenated in page order, so it changes when any page changes.
/// </summary>
public static class ContentHash
{
    public static string Of(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        foreach (var f in files)
        {
            using var s = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int n;
            while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
            {
                sha.AppendData(buffer, 0, n);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string Of(string file) => Of([file]);
}
