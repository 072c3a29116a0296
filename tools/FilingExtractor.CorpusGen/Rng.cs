using System.Security.Cryptography;
using System.Text;

namespace FilingExtractor.CorpusGen;

/// <summary>
/// The generator's only source of randomness: xoshiro256** seeded through SplitMix64. Its sequence is
/// fixed by this code (unlike <see cref="Random"/>, whose algorithm is not promised across .NET versions),
/// so the same seed gives the same corpus bytes. <see cref="Derive(long, string)"/> gives independent streams per name,
/// so one filing's values do not depend on how many numbers another filing drew.
/// </summary>
internal sealed class Rng
{
    private ulong s0, s1, s2, s3;

    public Rng(ulong seed)
    {
        var x = seed;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>A stream for (<paramref name="seed"/>, <paramref name="label"/>), independent of every other label.</summary>
    public static Rng Derive(long seed, string label)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{seed}/{label}")));
        return new Rng(BitConverter.ToUInt64(bytes, 0));
    }

    public Rng Derive(string label) => Derive(unchecked((long)NextUInt64()), label);

    public ulong NextUInt64()
    {
        var result = RotL(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotL(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextDouble() * max);

    /// <summary>Uniform integer in [min, max] (both included).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double Range(double min, double max) => min + (NextDouble() * (max - min));

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A 31-bit seed for native calls that take one.</summary>
    public int NextSeed() => (int)(NextUInt64() >> 33);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in their original order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var idx = Enumerable.Range(0, items.Count).ToList();
        Shuffle(idx);
        return [.. idx.Take(Math.Min(count, items.Count)).Order().Select(i => items[i])];
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static ulong RotL(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
