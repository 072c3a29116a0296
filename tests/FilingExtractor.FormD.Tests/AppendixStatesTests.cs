using FilingExtractor.FormD.Scans;

namespace FilingExtractor.FormD.Tests;

/// <summary>
/// The Appendix's state codes, from what OCR read in each row and the form's printed order. The cases are
/// syn-31's first Appendix page (light, 200 DPI), where "DC" and "IA" went unread and "WV" was read "WY".
/// </summary>
public sealed class AppendixStatesTests
{
    private static void Same(string?[] expected, string?[] actual) => Assert.Equal(expected.AsEnumerable(), actual.AsEnumerable());

    [Fact]
    public void An_unread_code_between_two_rows_that_leave_no_state_out_is_the_one_its_place_says()
    {
        // Row indices among the table's ruled rows: two header bands, then AL at row 2.
        (int, string?)[] rows = [(2, "AL"), (9, "DE"), (10, null), (11, "FL"), (16, "IN"), (17, null), (18, "KS")];

        Same(["AL", "DE", "DC", "FL", "IN", "IA", "KS"], AppendixReader.StatesInFormOrder(rows));
    }

    [Fact]
    public void A_code_its_neighbours_contradict_is_replaced_by_the_one_its_place_says()
    {
        (int, string?)[] rows = [(20, "WA"), (21, "WY"), (22, "WI"), (23, "WY")];

        Same(["WA", "WV", "WI", "WY"], AppendixReader.StatesInFormOrder(rows));
    }

    [Fact]
    public void Where_the_printing_leaves_a_state_out_or_a_row_has_one_neighbour_nothing_is_inferred()
    {
        // The Capstone form prints NC then OH (no ND): the rows around the unread one are one place short.
        (int, string?)[] gap = [(5, "NC"), (6, null), (7, "OK")];
        Same(["NC", null, "OK"], AppendixReader.StatesInFormOrder(gap));

        (int, string?)[] edge = [(3, null), (4, "AK"), (5, "AZ"), (6, null)];
        Same([null, "AK", "AZ", null], AppendixReader.StatesInFormOrder(edge));

        // Neighbours further apart on the page than in the form's order (a rule lost, a band split) decide
        // nothing, and the row's own reading stands.
        (int, string?)[] odd = [(2, "AL"), (3, "CA"), (5, "AZ")];
        Same(["AL", "CA", "AZ"], AppendixReader.StatesInFormOrder(odd));
    }
}
