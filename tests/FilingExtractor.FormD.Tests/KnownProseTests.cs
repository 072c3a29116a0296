using FilingExtractor.FormD.Scans;

namespace FilingExtractor.FormD.Tests;

public sealed class KnownProseTests
{
    [Theory]
    // Starts of lines as a line read alone gives them: numbered, misread, cut mid-word.
    [InlineData("4. a. Furnish a statement of all expenses in connection with the issuance and distrib")]
    [InlineData("2, The undersigned issuer hereby undertakes to furnish to any sate administrator")]
    [InlineData("5. Indicate below the amount of the adjusted gross pro")]
    [InlineData("‘The issuer has duly caused this notice to be signed by the undersigned duly auth")]
    [InlineData("3. If this filing is for an offering under Rule 504 or 505, enter the information requeste")]
    // A.2's question: the line is shorter than the start read, so the whole of it (which names the page) stands for the block.
    [InlineData("2. Enter the information requested for the following:")]
    public void Paragraph_openings_are_known(string line) => Assert.True(KnownProse.Opens(line));

    [Theory]
    // Labels the readers need whole, and a paragraph whose second line holds an answer slot (C.4.b).
    [InlineData("1. Enter the information requested about the issuer")]
    [InlineData("b. Enter the difference between the aggregate offering price given in response to")]
    [InlineData("Acquisition of other businesses (including the value of securities involved in this")]
    [InlineData("Address of Principal Business Operations (Number and Street, City, State, Zip Code)")]
    // Too little read to tell.
    [InlineData("4. Enter the")]
    [InlineData("")]
    public void Other_lines_are_not(string line) => Assert.False(KnownProse.Opens(line));
}
