using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FilingExtractor.Edgar.Text;

/// <summary>
/// HTML to searchable plain text with AngleSharp, for the markup EDGAR filers produced from the late 1990s
/// on: unclosed and misnested tags, FONT soup, layout tables around whole documents, &lt;PRE&gt; blocks,
/// numeric entities in the Windows-1252 range. Paragraphs end in a blank line; a table row becomes one
/// line with its cells separated by a tab, and "$" or "%" cells are joined to their number so amounts stay
/// whole. The DOM is walked without recursion (a page of unclosed &lt;FONT&gt; tags nests thousands deep).
/// </summary>
internal static partial class HtmlText
{
    /// <summary>Deeper nesting is flattened by the parser; real documents stay far below this.</summary>
    private const int MaximumDepth = 400;

    /// <summary>A table cell with more text than this is laid out as blocks, not as one cell of a row.</summary>
    private const int LongCellChars = 400;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "noscript", "template", "object", "embed", "iframe", "svg", "math", "ix:header",
    };

    private static readonly HashSet<string> ParagraphBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "hr", "center", "address", "section", "article",
    };

    private static readonly HashSet<string> LineBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "dt", "dd", "header", "footer", "form", "fieldset", "caption", "tr", "td", "th", "body", "page", "main", "nav", "aside",
    };

    public static string ToText(string html)
    {
        // Formatting elements (FONT, B, I, U, A...) carry no text, but HTML's "adoption agency" and
        // "reconstruct the active formatting elements" steps make thousands of unclosed ones quadratic
        // (over a minute for 20,000 unclosed <FONT>s of 2000s markup). Dropping their tags before parsing
        // changes no text and keeps parsing linear.
        html = FormattingTag().Replace(html, string.Empty);
        html = FlattenUnclosedContainers(html);
        var parser = new HtmlParser(new HtmlParserOptions
        {
            MaximumDepth = MaximumDepth,
            SkipComments = true,
            IsScripting = false,
            SkipScriptText = true,
            DisableElementPositionTracking = true,
        });
        using var document = parser.ParseDocument(html);
        var output = new TextOutput();
        Walk(document.Body ?? (INode?)document.DocumentElement ?? document, output);
        return output.Finish();
    }

    /// <summary>
    /// The same holds for block containers left open by the thousand (&lt;DIV&gt;, &lt;UL&gt;, &lt;CENTER&gt;...):
    /// every new element then searches a deep stack of open elements. When more than
    /// <see cref="MaxUnclosedContainers"/> are left open, their tags become line breaks (spans vanish):
    /// the words and line structure survive, nesting (and hiding by style) does not.
    /// </summary>
    private static string FlattenUnclosedContainers(string html)
    {
        var opened = ContainerOpen().Count(html);
        if (opened <= MaxUnclosedContainers)
        {
            return html;
        }

        var closed = ContainerClose().Count(html);
        if (opened - closed <= MaxUnclosedContainers)
        {
            return html;
        }

        return ContainerTag().Replace(html, m => m.Groups["n"].Value.Equals("span", StringComparison.OrdinalIgnoreCase) ? string.Empty : "<br>");
    }

    private const int MaxUnclosedContainers = 200;

    [GeneratedRegex(@"<(?:div|ul|ol|dl|blockquote|center|section|article|span)(?=[\s/>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContainerOpen();

    [GeneratedRegex(@"</(?:div|ul|ol|dl|blockquote|center|section|article|span)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContainerClose();

    [GeneratedRegex(@"</?(?<n>div|ul|ol|dl|li|dd|dt|blockquote|center|section|article|span)(?=[\s/>])[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContainerTag();

    [GeneratedRegex(@"</?(?:font|basefont|b|big|i|u|s|small|strike|strong|em|tt|nobr|a|code|blink)(?=[\s/>])[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormattingTag();

    /// <summary>One step of the walk: enter or leave a node, or write a table row already laid out.</summary>
    private readonly record struct Step(INode? Node, bool Enter, string? Row);

    private static void Walk(INode root, TextOutput output)
    {
        var stack = new Stack<Step>();
        stack.Push(new Step(root, true, null));
        while (stack.Count > 0)
        {
            var step = stack.Pop();
            if (step.Row is not null)
            {
                output.Line();
                output.Raw(step.Row);
                output.Line();
                continue;
            }

            var node = step.Node!;
            if (node is IText text)
            {
                output.Inline(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                PushChildren(stack, node);
                continue;
            }

            var name = element.LocalName;
            if (!step.Enter)
            {
                if (ParagraphBlocks.Contains(name) || name == "table")
                {
                    output.Paragraph();
                }
                else if (LineBlocks.Contains(name))
                {
                    output.Line();
                }

                continue;
            }

            if (IsHidden(element))
            {
                continue;
            }

            if (name == "br")
            {
                output.Line();
                continue;
            }

            if (name is "pre" or "xmp" or "listing" or "plaintext")
            {
                output.Paragraph();
                output.Verbatim(element.TextContent);
                output.Paragraph();
                continue;
            }

            if (ParagraphBlocks.Contains(name) || name == "table")
            {
                output.Paragraph();
            }
            else if (LineBlocks.Contains(name) || BreaksPage(element))
            {
                output.Line();
            }

            if (name == "li")
            {
                // A browser draws a bullet; the text keeps one so list items read as list items.
                output.Raw("\u2022 ");
            }

            stack.Push(new Step(element, false, null));
            if (name == "table")
            {
                PushRows(stack, element);
            }
            else
            {
                PushChildren(stack, element);
            }
        }
    }

    private static void PushChildren(Stack<Step> stack, INode node)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
        {
            var child = node.ChildNodes[i];
            if (child is IElement e && Skipped.Contains(e.LocalName))
            {
                continue;
            }

            if (child is IText or IElement)
            {
                stack.Push(new Step(child, true, null));
            }
        }
    }

    /// <summary>
    /// A row whose cells are short becomes one line, cells separated by tabs. A row with a nested table or
    /// with long or multi-paragraph cells (a layout table around text) is walked as ordinary blocks.
    /// </summary>
    private static void PushRows(Stack<Step> stack, IElement table)
    {
        var rows = Rows(table).ToList();
        for (var r = rows.Count - 1; r >= 0; r--)
        {
            var cells = rows[r].Children.Where(c => c.LocalName is "td" or "th" && !IsHidden(c)).ToList();
            if (cells.Any(IsBlockCell))
            {
                stack.Push(new Step(rows[r], true, null));
                continue;
            }

            var texts = MergeCells(cells.Select(CellText).ToList());
            if (texts.Count > 0)
            {
                stack.Push(new Step(null, true, string.Join('\t', texts)));
            }
        }
    }

    private static IEnumerable<IElement> Rows(IElement table)
    {
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr")
            {
                yield return child;
            }
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
            {
                foreach (var tr in child.Children.Where(c => c.LocalName == "tr"))
                {
                    yield return tr;
                }
            }
        }
    }

    private static bool IsBlockCell(IElement cell)
    {
        if (cell.QuerySelector("table") is not null)
        {
            return true;
        }

        var text = cell.TextContent;
        if (text.Length > LongCellChars && EdgarText.Collapse(text).Length > LongCellChars)
        {
            return true;
        }

        var blocks = 0;
        foreach (var e in cell.QuerySelectorAll("p, div, li, h1, h2, h3, h4, h5, h6, pre, blockquote"))
        {
            if (!string.IsNullOrWhiteSpace(e.TextContent) && ++blocks >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A cell's text on one line (line breaks inside the cell become spaces).</summary>
    private static string CellText(IElement cell)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(cell);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                sb.Append(t.Data);
                continue;
            }

            if (node is IElement e && node != cell)
            {
                if (Skipped.Contains(e.LocalName) || IsHidden(e))
                {
                    continue;
                }

                if (e.LocalName == "br")
                {
                    sb.Append(' ');
                    continue;
                }
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return TextOutput.Clean(sb.ToString());
    }

    /// <summary>"$" | "1,000" becomes "$1,000"; "(1,000" | ")" and "5.2" | "%" close up too. Empty cells go.</summary>
    internal static List<string> MergeCells(List<string> cells)
    {
        var result = new List<string>();
        string? carry = null;
        foreach (var c in cells)
        {
            if (c.Length == 0)
            {
                continue;
            }

            if (c is "$" or "US$" or "(" or "($" or "$(")
            {
                carry = (carry ?? string.Empty) + c;
                continue;
            }

            if (c is "%" or ")" or ")%" or "%)" && result.Count > 0 && carry is null)
            {
                result[^1] += c;
                continue;
            }

            result.Add(carry + c);
            carry = null;
        }

        if (carry is not null)
        {
            result.Add(carry);
        }

        return result;
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
        {
            return true;
        }

        var style = e.GetAttribute("style");
        return style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    private static bool BreaksPage(IElement e)
    {
        var style = e.GetAttribute("style");
        return style is not null && style.Contains("page-break", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// Accumulates text the way a browser lays it out, reduced to lines: inline whitespace collapses to one
/// space, block ends give a line break, paragraphs a blank line; never more than one blank line in a row.
/// </summary>
internal sealed class TextOutput
{
    private readonly StringBuilder sb = new();

    /// <summary>Inline text: whitespace runs become one space; folding as in <see cref="EdgarText.Fold"/>.</summary>
    public void Inline(string text)
    {
        foreach (var raw in text)
        {
            if (raw is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue; // soft hyphen and zero-width characters: invisible, dropped
            }

            var c = EdgarText.Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1]))
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(c);
        }
    }

    /// <summary>Text already laid out (a table row): written as is.</summary>
    public void Raw(string text)
    {
        foreach (var c in text)
        {
            sb.Append(c == '\n' ? ' ' : c);
        }
    }

    /// <summary>Preformatted text: line breaks and spacing kept.</summary>
    public void Verbatim(string text)
    {
        var t = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var raw in t)
        {
            if (raw is '\u00AD' or '\u200B' or '\uFEFF')
            {
                continue;
            }

            sb.Append(EdgarText.Fold(raw));
        }
    }

    public void Line()
    {
        TrimLineEnd();
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }

    public void Paragraph()
    {
        Line();
        if (sb.Length > 1 && sb[^2] != '\n')
        {
            sb.Append('\n');
        }
    }

    public string Finish()
    {
        TrimLineEnd();
        while (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>A cell's or value's text: folded, whitespace collapsed, invisible characters dropped.</summary>
    public static string Clean(string s)
    {
        var o = new TextOutput();
        o.Inline(s);
        return o.sb.ToString().Trim();
    }

    private void TrimLineEnd()
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }
}
