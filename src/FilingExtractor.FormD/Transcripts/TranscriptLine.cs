using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FilingExtractor.FormD.Transcripts;

/// <summary>A piece of a transcript line: text, or a checkbox whose state survived transcription.</summary>
internal abstract record Token;

internal sealed record TextToken(string Text) : Token;

internal sealed record BoxToken(bool Checked) : Token;

/// <summary>
/// One line of a transcript with its character offset, split into tab-separated cells; each cell is
/// tokenised by parsing it as an HTML fragment with AngleSharp, so <c>&lt;input checked type="checkbox"/&gt;</c>
/// becomes a checked box, <c>&lt;u&gt;</c>/<c>&lt;i&gt;</c> markup disappears and entities are decoded. Text
/// boxes written as "[X]", "[ ]", "☒", "☐" are recognised too.
/// </summary>
internal sealed class TranscriptLine
{
    private static readonly HtmlParser Parser = new();
    private static readonly IElement Context = Parser.ParseDocument(string.Empty).Body!;

    public TranscriptLine(string raw, int offset)
    {
        Raw = raw;
        Offset = offset;
        Cells = raw.Split('\t').Select(Tokenize).ToList();
        Text = string.Join('\t', Cells.Select(c => string.Concat(c.OfType<TextToken>().Select(t => t.Text)).Trim()));
    }

    public string Raw { get; }

    public int Offset { get; }

    /// <summary>The line's text without markup; cells joined by tabs.</summary>
    public string Text { get; }

    public IReadOnlyList<IReadOnlyList<Token>> Cells { get; }

    public IEnumerable<Token> Tokens => Cells.SelectMany(c => c);

    public bool IsBlank => Text.Trim().Length == 0 && !Tokens.OfType<BoxToken>().Any();

    public bool HasBoxes => Tokens.OfType<BoxToken>().Any();

    /// <summary>The plain text of cell <paramref name="i"/>, or "" when the line has fewer cells.</summary>
    public string Cell(int i) => i < Cells.Count ? string.Concat(Cells[i].OfType<TextToken>().Select(t => t.Text)).Trim() : string.Empty;

    /// <summary>The first box in cell <paramref name="i"/>: its state, or null when the cell has none.</summary>
    public bool? CellBox(int i) => i < Cells.Count && Cells[i].OfType<BoxToken>().FirstOrDefault() is { } b ? b.Checked : null;

    /// <summary>
    /// The state of the box written immediately before <paramref name="label"/> (the form puts each box to the
    /// left of its label); null when no box precedes it, i.e. the transcript lost that state.
    /// </summary>
    public bool? BoxBefore(string label)
    {
        Token? previous = null;
        foreach (var token in Tokens)
        {
            if (token is TextToken t)
            {
                var trimmed = t.Text.TrimStart();
                if (trimmed.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    return previous is BoxToken b ? b.Checked : null;
                }

                // A label further inside the same text run has no box of its own before it.
                if (trimmed.Contains(label, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            if (token is not TextToken { Text: var s } || s.Trim().Length > 0)
            {
                previous = token;
            }
        }

        return null;
    }

    private static List<Token> Tokenize(string cell)
    {
        var html = cell
            .Replace("[X]", "<input checked type=checkbox>", StringComparison.Ordinal)
            .Replace("[x]", "<input checked type=checkbox>", StringComparison.Ordinal)
            .Replace("[✓]", "<input checked type=checkbox>", StringComparison.Ordinal)
            .Replace("☒", "<input checked type=checkbox>", StringComparison.Ordinal)
            .Replace("☑", "<input checked type=checkbox>", StringComparison.Ordinal)
            .Replace("[ ]", "<input type=checkbox>", StringComparison.Ordinal)
            .Replace("☐", "<input type=checkbox>", StringComparison.Ordinal)
            // Transcripts escape markdown dollars ("\$ 500").
            .Replace("\\$", "$", StringComparison.Ordinal);
        var tokens = new List<Token>();
        foreach (var node in Parser.ParseFragment(html, Context))
        {
            Walk(node, tokens);
        }

        return tokens;
    }

    private static void Walk(INode node, List<Token> tokens)
    {
        switch (node)
        {
            case IElement { LocalName: "input" } input when string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                tokens.Add(new BoxToken(input.HasAttribute("checked")));
                break;
            case IText text:
                tokens.Add(new TextToken(text.Data));
                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Walk(child, tokens);
                }

                break;
        }
    }
}
