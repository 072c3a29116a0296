using FilingExtractor.FormD.Values;

namespace FilingExtractor.FormD.Tests;

public sealed class TextCleanupTests
{
    [Theory]
    // As read from the corpus's scans: stubs of erased rules and frames around the typed value.
    [InlineData("__ Common Stock Offering _", "Common Stock Offering")]
    [InlineData("high reliability micro~-turbine systems", "high reliability micro-turbine systems")]
    [InlineData("micro-~turbine and 3~4 units", "micro-turbine and 3~4 units")]
    [InlineData("| Capstone Turbine Corporation", "Capstone Turbine Corporation")]
    [InlineData("Sioux Falls, SD 57104 |", "Sioux Falls, SD 57104")]
    [InlineData("‘LP Interests", "LP Interests")]
    [InlineData("“16856 Sunset Boulevard", "16856 Sunset Boulevard")]
    [InlineData("” 14829 Main Road, Boise, ID", "14829 Main Road, Boise, ID")]
    [InlineData("| | 309-774-3898 —", "309-774-3898")]
    [InlineData("- _ |", "")]
    [InlineData("_LP Interests $18,079,737", "LP Interests $18,079,737")]
    // A dollar amount's digit groups split at a comma are one amount; other text keeps its commas' spaces.
    [InlineData("Common Stock $12, 881,300", "Common Stock $12,881,300")]
    [InlineData("Convertible Notes $ 1,323, 800", "Convertible Notes $ 1,323,800")]
    [InlineData("Suite 100, 200 Main Street", "Suite 100, 200 Main Street")]
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
