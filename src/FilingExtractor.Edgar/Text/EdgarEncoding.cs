using System.Text;

namespace FilingExtractor.Edgar.Text;

/// <summary>
/// How EDGAR files are decoded. Submissions are nominally ASCII, but real ones mix UTF-8 (XML documents,
/// recent HTML) with Windows-1252 bytes (2000s HTML pasted from word processors: smart quotes, section
/// signs). Decoding as UTF-8 and turning each byte that is not valid UTF-8 into its Windows-1252 character
/// reads both without losing a character and without a second pass over the file, so it can stream.
/// </summary>
internal static class EdgarEncoding
{
    public static Encoding Instance { get; } = Encoding.GetEncoding(
        "utf-8", EncoderFallback.ReplacementFallback, new Windows1252DecoderFallback());

    /// <summary>Windows-1252's characters for bytes 0x80-0x9F (the range where it differs from Latin-1); '\0' = undefined.</summary>
    private static readonly char[] C1 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    internal static char Windows1252(byte b) => b is >= 0x80 and <= 0x9F ? C1[b - 0x80] : (char)b;

    private sealed class Windows1252DecoderFallback : DecoderFallback
    {
        // A UTF-8 decoder hands over at most 4 undecodable bytes at a time; each becomes one character.
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private readonly char[] chars = new char[8];
            private int count;
            private int position;

            public override int Remaining => count - position;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                count = Math.Min(bytesUnknown.Length, chars.Length);
                for (var i = 0; i < count; i++)
                {
                    chars[i] = Windows1252(bytesUnknown[i]);
                }

                position = 0;
                return true;
            }

            public override char GetNextChar() => position < count ? chars[position++] : '\0';

            public override bool MovePrevious()
            {
                if (position == 0)
                {
                    return false;
                }

                position--;
                return true;
            }

            public override void Reset()
            {
                count = 0;
                position = 0;
            }
        }
    }
}
