using System.Text;

namespace FilingExtractor.Edgar.Text;

/// <summary>
/// Reads lines of any length in bounded memory: a line longer than the limit comes back in pieces, each
/// marked as not ending the line. Counts characters consumed so callers know where a line starts in the
/// decoded file. Line ends: LF, CRLF or a lone CR.
/// </summary>
internal sealed class LineReader(TextReader reader, int maxLineChars)
{
    private readonly char[] buffer = new char[64 * 1024];
    private readonly StringBuilder line = new();
    private int length;
    private int position;
    private bool eof;

    /// <summary>Characters consumed so far (line ends included).</summary>
    public long Consumed { get; private set; }

    /// <summary>1-based number of the line the next read returns.</summary>
    public long LineNumber { get; private set; } = 1;

    /// <summary>
    /// The next line or piece of one, without its line end. <paramref name="complete"/> is false for a piece
    /// cut at the length limit (more of the same line follows). Returns false at the end of input.
    /// </summary>
    public bool TryRead(out string text, out bool complete)
    {
        line.Clear();
        while (true)
        {
            if (position >= length && !Fill())
            {
                text = line.ToString();
                complete = true;
                if (line.Length == 0)
                {
                    return false;
                }

                LineNumber++;
                return true;
            }

            var span = buffer.AsSpan(position, length - position);
            var stop = span.IndexOfAny('\n', '\r');
            var take = stop < 0 ? span.Length : stop;
            var room = maxLineChars - line.Length;
            if (take > room)
            {
                line.Append(span[..room]);
                position += room;
                Consumed += room;
                text = line.ToString();
                complete = false;
                return true;
            }

            line.Append(span[..take]);
            position += take;
            Consumed += take;
            if (stop < 0)
            {
                continue;
            }

            var c = buffer[position];
            position++;
            Consumed++;
            if (c == '\r')
            {
                if (position >= length)
                {
                    Fill();
                }

                if (position < length && buffer[position] == '\n')
                {
                    position++;
                    Consumed++;
                }
            }

            text = line.ToString();
            complete = true;
            LineNumber++;
            return true;
        }
    }

    private bool Fill()
    {
        if (eof)
        {
            return false;
        }

        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        if (length <= 0)
        {
            length = 0;
            eof = true;
            return false;
        }

        return true;
    }
}
