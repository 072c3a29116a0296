using FilingExtractor.FormD.Values;

namespace FilingExtractor.FormD.Tests;

public sealed class TextCleanupTests
{
    [Theory]
    // As read from the corpus's scans: stubs of erased rules and frames around the typed value.
    [InlineData("__ Common Stock Offering _", "Common Stock Offering")]
    [InlineData("| Capstone Turbine Corporation", "Capstone Turbine Corporation")]
    [InlineData("Sioux Falls, SD 57104 |", "Sioux Falls, SD 57104")]
    [InlineData("‘LP Interests", "LP Interests")]
    [InlineData("| | 309-774-3898 —", "309-774-3898")]
    [InlineData("- _ |", "")]
    // The value's own punctuation stays.
    [InlineData("Ironwood Foods Partners, L.P.", "Ironwood Foods Partners, L.P.")]
    [InlineData("Smith & Co., Inc.", "Smith & Co., Inc.")]
    [InlineData("Widget Holdings (Delaware)", "Widget Holdings (Delaware)")]
    [InlineData("McDonald, Ronald G.", "McDonald, Ronald G.")]
    [InlineData("Suite #100 - B", "Suite #100 - B")]
    public void Remnants_are_cut_and_the_value_kept(string read, string expected) => Assert.Equal(expected, TextCleanup.Clean(read));

    [Theory]
    [InlineData("|", true)]
    [InlineData("__", true)]
    [InlineData("—", true)]
    [InlineData("‘", true)]
    [InlineData("&", false)]
    [InlineData("$", false)]
    [InlineData("O", false)]
    [InlineData("-", false)] // inside a value ("Suite 100 - B"); at its ends it is cut
    [InlineData("-0-", false)]
    public void A_word_of_remnants_alone_is_junk(string word, bool junk) => Assert.Equal(junk, TextCleanup.IsJunkWord(word));
}
