using FilingExtractor.Edgar.Text;

namespace FilingExtractor.Edgar.Tests;

/// <summary>HTML laid out as text: what the prospectus patterns see.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Paragraphs_end_in_a_blank_line_and_inline_whitespace_collapses()
    {
        var text = HtmlText.ToText("<P>One   two\nthree.<P>Four<BR>five</P>");
        Assert.Equal("One two three.\n\nFour\nfive\n", text);
    }

    [Fact]
    public void Entities_and_windows_1252_references_become_plain_characters()
    {
        var text = HtmlText.ToText("<p>Wilson Sonsini Goodrich &amp; Rosati &#147;CPST.&#148; it&#146;s&nbsp;here &mdash; 5&#37;</p>");
        Assert.Equal("Wilson Sonsini Goodrich & Rosati \"CPST.\" it's here - 5%\n", text);
    }

    [Fact]
    public void Pre_blocks_keep_their_lines_and_columns()
    {
        var text = HtmlText.ToText("<p>Before</p><PRE>Name          Shares\nUT Leasing    3,994,817\n</PRE><p>After</p>");
        Assert.Contains("Name          Shares\nUT Leasing    3,994,817", text, StringComparison.Ordinal);
        Assert.StartsWith("Before\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_rows_are_lines_of_tab_separated_cells_with_dollar_and_percent_joined()
    {
        var text = HtmlText.ToText("<table><tr><td>Alpha</td><td>$</td><td>1,000</td><td></td><td>8.1</td><td>%</td></tr><tr><td>Beta</td><td>(</td><td>500</td><td>)</td></tr></table>");
        Assert.Equal("Alpha\t$1,000\t8.1%\nBeta\t(500)\n", text);
    }

    [Fact]
    public void A_layout_table_around_paragraphs_is_laid_out_as_blocks()
    {
        var html = "<table><tr><td><p>First paragraph of the document.</p><p>Second paragraph.</p><table><tr><td>A</td><td>1</td></tr></table></td></tr></table>";
        var text = HtmlText.ToText(html);
        Assert.Equal("First paragraph of the document.\n\nSecond paragraph.\n\nA\t1\n", text);
    }

    [Fact]
    public void Hidden_elements_scripts_and_styles_are_left_out()
    {
        var text = HtmlText.ToText("<html><head><title>T</title><style>p{}</style></head><body><script>var x;</script><div style=\"display: none\">hidden</div><p>shown</p></body></html>");
        Assert.Equal("shown\n", text);
    }

    [Theory]
    [InlineData("<font size=2><b><div>")]
    [InlineData("<font size=1 face=\"Times\" color=#00000{0}><i><u>t ")]
    [InlineData("<ul><li>t ")]
    [InlineData("<center><blockquote><span>t ")]
    public void Twenty_thousand_unclosed_tags_parse_quickly_without_losing_text(string unit)
    {
        // AngleSharp alone takes a minute or more on these (its adoption agency and scope searches are
        // quadratic); read here they take well under a second. The bound is loose so a loaded machine passes.
        var html = string.Concat(Enumerable.Range(0, 20_000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, unit, i % 10))) + "deep text";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var text = HtmlText.ToText(html);
        Assert.Contains("deep text", text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), clock.Elapsed.ToString());
    }

    [Fact]
    public void Plain_text_sgml_markup_is_blanked_without_moving_offsets()
    {
        const string text = "<PAGE>\nName<TABLE>\n<S>   <C>\nEnd";
        var plain = EdgarText.FromPlainText(text);
        Assert.Equal(text.Length, plain.Length);
        Assert.Equal("      \nName       \n         \nEnd", plain);
    }
}
