namespace FilingExtractor.CorpusGen.Rendering;

/// <summary>
/// The printed wording of the 2002 paper Form D (SEC 1972), as the transcript of the Capstone Turbine scan
/// gives it (corpus/transcripts/capstone-formd-2002.txt). Only the form's own text lives here.
/// </summary>
internal static class FormText
{
    public const string OffRecordNumber = "SEC 1972 (6/02)";

    public static readonly string[] Agency = ["UNITED STATES", "SECURITIES AND EXCHANGE COMMISSION", "Washington, D.C. 20549"];

    public static readonly string[] Omb = ["OMB APPROVAL", "OMB Number:  3235-0076", "Expires:  May 31, 2005", "Estimated average burden", "hours per response . . . . 16.00"];

    public static readonly string[] Notice = ["NOTICE OF SALE OF SECURITIES", "PURSUANT TO REGULATION D,", "SECTION 4(6), AND/OR", "UNIFORM LIMITED OFFERING EXEMPTION"];

    public const string AmendmentNameChanged = " check if this is an amendment and name has changed, and indicate change.)";

    public const string BandA = "A. BASIC IDENTIFICATION DATA";
    public const string BandB = "B. INFORMATION ABOUT OFFERING";
    public const string BandC = "C. OFFERING PRICE, NUMBER OF INVESTORS, EXPENSES AND USE OF PROCEEDS";
    public const string BandD = "D. FEDERAL SIGNATURE";
    public const string BandE = "E. STATE SIGNATURE";

    public static readonly (string Lead, string Text)[] FederalInstructions =
    [
        ("Who Must File:", "All issuers making an offering of securities in reliance on an exemption under Regulation D or Section 4(6), 17 CFR 230.501 et seq. or 15 U.S.C. 77d(6)."),
        ("When To File:", "A notice must be filed no later than 15 days after the first sale of securities in the offering. A notice is deemed filed with the U.S. Securities and Exchange Commission (SEC) on the earlier of the date it is received by the SEC at the address given below or, if received at that address after the date on which it is due, on the date it was mailed by United States registered or certified mail to that address."),
        ("Where To File:", "U.S. Securities and Exchange Commission, 450 Fifth Street, N.W., Washington, D.C. 20549."),
        ("Copies Required:", "Five (5) copies of this notice must be filed with the SEC, one of which must be manually signed. Any copies not manually signed must be photocopies of the manually signed copy or bear typed or printed signatures."),
        ("Information Required:", "A new filing must contain all information requested. Amendments need only report the name of the issuer and offering, any changes thereto, the information requested in Part C, and any material changes from the information previously supplied in Parts A and B. Part E and the Appendix need not be filed with the SEC."),
        ("Filing Fee:", "There is no federal filing fee."),
    ];

    public const string StateInstructions = "This notice shall be used to indicate reliance on the Uniform Limited Offering Exemption (ULOE) for sales of securities in those states that have adopted ULOE and that have adopted this form. Issuers relying on ULOE must file a separate notice with the Securities Administrator in each state where sales are to be, or have been made. If a state requires the payment of a fee as a precondition to the claim for the exemption, a fee in the proper amount shall accompany this form. This notice shall be filed in the appropriate states in accordance with state law. The Appendix to the notice constitutes a part of this notice and must be completed.";

    public const string AttentionInstructions = "Failure to file notice in the appropriate states will not result in a loss of the federal exemption. Conversely, failure to file the appropriate federal notice will not result in a loss of an available state exemption unless such exemption is predicated on the filing of a federal notice.";

    public const string OmbNotice = "Potential persons who are to respond to the collection of information contained in this form are not required to respond unless the form displays a currently valid OMB control number.";

    public static readonly string[] A2Bullets =
    [
        "Each promoter of the issuer, if the issuer has been organized within the past five years;",
        "Each beneficial owner having the power to vote or dispose, or direct the vote or disposition of, 10% or more of a class of equity securities of the issuer;",
        "Each executive officer and director of corporate issuers and of corporate general and managing partners of partnership issuers; and",
        "Each general and managing partner of partnership issuers.",
    ];

    public static readonly string[] Roles = ["Promoter", "Beneficial Owner", "Executive Officer", "Director", "General and/or Managing Partner"];

    public const string FullName = "Full Name (Last name first, if individual)";
    public const string ResidenceAddress = "Business or Residence Address (Number and Street, City, State, Zip Code)";
    public const string UseBlankSheet = "(Use blank sheet, or copy and use additional copies of this sheet, as necessary)";

    public const string B1 = "1. Has the issuer sold, or does the issuer intend to sell, to non-accredited investors in this offering?";
    public const string B1Note = "Answer also in Appendix, Column 2, if filing under ULOE.";
    public const string B2 = "2. What is the minimum investment that will be accepted from any individual?";
    public const string B3 = "3. Does the offering permit joint ownership of a single unit?";
    public const string B4 = "4. Enter the information requested for each person who has been or will be paid or given, directly or indirectly, any commission or similar remuneration for solicitation of purchasers in connection with sales of securities in the offering. If a person to be listed is an associated person or agent of a broker or dealer registered with the SEC and/or with a state or states, list the name of the broker or dealer. If more than five (5) persons to be listed are associated persons of such a broker or dealer, you may set forth the information for that broker or dealer only.";
    public const string Broker = "Name of Associated Broker or Dealer";
    public const string StatesSolicited = "States in Which Person Listed Has Solicited or Intends to Solicit Purchasers";
    public const string CheckAllStates = "(Check \"All States\" or check individual States)";

    public const string C1a = "1. Enter the aggregate offering price of securities included in this offering and the total amount already sold. Enter \"0\" if answer is \"none\" or \"zero.\" If the transaction is an exchange offering, check this box";
    public const string C1b = "and indicate in the columns below the amounts of the securities offered for exchange and already exchanged.";
    public const string C1Note = "Answer also in Appendix, Column 3, if filing under ULOE.";
    public const string C2 = "2. Enter the number of accredited and non-accredited investors who have purchased securities in this offering and the aggregate dollar amounts of their purchases. For offerings under Rule 504, indicate the number of persons who have purchased securities and the aggregate dollar amount of their purchases on the total lines. Enter \"0\" if answer is \"none\" or \"zero.\"";
    public const string C2Note = "Answer also in Appendix, Column 4, if filing under ULOE.";
    public const string C3 = "3. If this filing is for an offering under Rule 504 or 505, enter the information requested for all securities sold by the issuer, to date, in offerings of the types indicated, in the twelve (12) months prior to the first sale of securities in this offering. Classify securities by type listed in Part C - Question 1.";
    public const string C4a = "4. a. Furnish a statement of all expenses in connection with the issuance and distribution of the securities in this offering. Exclude amounts relating solely to organization expenses of the issuer. The information may be given as subject to future contingencies. If the amount of an expenditure is not known, furnish an estimate and check the box to the left of the estimate.";
    public const string C4b = "b. Enter the difference between the aggregate offering price given in response to Part C - Question 1 and total expenses furnished in response to Part C - Question 4.a. This difference is the \"adjusted gross proceeds to the issuer.\"";
    public const string C5 = "5. Indicate below the amount of the adjusted gross proceeds to the issuer used or proposed to be used for each of the purposes shown. If the amount for any purpose is not known, furnish an estimate and check the box to the left of the estimate. The total of the payments listed must equal the adjusted gross proceeds to the issuer set forth in response to Part C - Question 4.b above.";

    public static readonly string[] SecurityRows = ["Debt", "Equity", "Convertible Securities (including warrants)", "Partnership Interests", "Other (Specify", "Total"];

    public static readonly string[] ExpenseRows =
    [
        "Transfer Agent's Fees", "Printing and Engraving Costs", "Legal Fees", "Accounting Fees", "Engineering Fees",
        "Sales Commissions (specify finders' fees separately)", "Other Expenses (identify)", "Total",
    ];

    public static readonly string[] ProceedsRows =
    [
        "Salaries and fees",
        "Purchase of real estate",
        "Purchase, rental or leasing and installation of machinery and equipment",
        "Construction or leasing of plant buildings and facilities",
        "Acquisition of other businesses (including the value of securities involved in this offering that may be used in exchange for the assets or securities of another issuer pursuant to a merger)",
        "Repayment of indebtedness",
        "Working capital",
        "Other (specify):",
    ];

    public const string DText = "The issuer has duly caused this notice to be signed by the undersigned duly authorized person. If this notice is filed under Rule 505, the following signature constitutes an undertaking by the issuer to furnish the U.S. Securities and Exchange Commission, upon written request of its staff, the information furnished by the issuer to any non-accredited investor pursuant to paragraph (b)(2) of Rule 502.";
    public const string Misstatements = "Intentional misstatements or omissions of fact constitute federal criminal violations. (See 18 U.S.C. 1001.)";
    public const string E1 = "1. Is any party described in 17 CFR 230.262 presently subject to any of the disqualification provisions of such rule?";
    public const string E1Note = "See Appendix, Column 5, for state response.";

    public static readonly string[] Undertakings =
    [
        "2. The undersigned issuer hereby undertakes to furnish to any state administrator of any state in which this notice is filed, a notice on Form D (17 CFR 239.500) at such times as required by state law.",
        "3. The undersigned issuer hereby undertakes to furnish to the state administrators, upon written request, information furnished by the issuer to offerees.",
        "4. The undersigned issuer represents that the issuer is familiar with the conditions that must be satisfied to be entitled to the Uniform Limited Offering Exemption (ULOE) of the state in which this notice is filed and understands that the issuer claiming the availability of this exemption has the burden of establishing that these conditions have been satisfied.",
    ];

    public const string EClosing = "The issuer has read this notification and knows the contents to be true and has duly caused this notice to be signed on its behalf by the undersigned duly authorized person.";
    public const string Instruction = "Print the name and title of the signing representative under his signature for the state portion of this form. One copy of every notice on Form D must be manually signed. Any copies not manually signed must be photocopies of the manually signed copy or bear typed or printed signatures.";

    public const string AppendixCol2 = "Intend to sell to non-accredited investors in State (Part B-Item 1)";
    public const string AppendixCol3 = "Type of security and aggregate offering price offered in state (Part C-Item 1)";
    public const string AppendixCol4 = "Type of investor and amount purchased in State (Part C-Item 2)";
    public const string AppendixCol5 = "Disqualification under State ULOE (if yes, attach explanation of waiver granted) (Part E-Item 1)";

    /// <summary>The state boxes of B.4 and the rows of the Appendix, in the form's order (52: the states, DC and PR).</summary>
    public static readonly string[] States =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
        "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
        "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];

    /// <summary>Rows on the Appendix's first page (AL to NV); the rest are on the second.</summary>
    public const int AppendixFirstPageRows = 29;
}
