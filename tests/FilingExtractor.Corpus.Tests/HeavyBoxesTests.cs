using FilingExtractor.Model;

namespace FilingExtractor.Corpus.Tests;

/// <summary>Checkboxes on heavy and degraded scans, read a page at a time.</summary>
public sealed class HeavyBoxesTests
{
    /// <summary>
    /// syn-02's related-persons page (a heavy 200 DPI PDF): crosses and ticks merged with their bled frames,
    /// and labels bled up to their boxes. Three of the four persons' roles used to be unreadable.
    /// </summary>
    [Fact]
    public void Heavy_scans_role_boxes_are_all_read()
    {
        var filing = CorpusPages.Read("syn-02.pdf", 3);

        var persons = filing.RelatedPersons;
        // Thinned (the page bled), OCR reads Zimmerman "Sismerman".
        Assert.Equal(["Collins", "Lindqvist", "Sismerman", "Tran"], persons.Select(p => p.LastName));
        Assert.All(persons, p => Assert.Empty(p.UnreadableRelationships));
        string[][] roles =
        [
            [Relationships.ExecutiveOfficer, Relationships.Director],
            [Relationships.Director],
            [Relationships.Director],
            [Relationships.Promoter, Relationships.ExecutiveOfficer, Relationships.Director],
        ];
        Assert.Equal(roles, persons.Select(p => p.Relationships.ToArray()));
    }

    /// <summary>
    /// The degraded Capstone continuation sheet: OCR reads most roles lines only as far as "Executive
    /// Olficer", so the Director and General Partner captions are not there to anchor their boxes. A row of
    /// exactly five boxes, the captions that were read each beside its own, gives every role its box by
    /// place: the six directors and officers of the sheet have every role read, as the filing states them.
    /// </summary>
    [Fact]
    public void A_role_whose_caption_went_unread_takes_its_box_by_place()
    {
        var filing = CorpusPages.Read("capstone-formd-2002-200dpi-degraded.tif", 4, "capstone");

        var persons = filing.RelatedPersons;
        // Thinned (the sheet bled), OCR reads Protsch "Protech".
        Assert.Equal(["McDonald", "Young", "Aube", "Protech", "Jagers", "Marcoux"], persons.Select(p => p.LastName));
        Assert.All(persons, p => Assert.Empty(p.UnreadableRelationships));
        Assert.Equal(
            [.. Enumerable.Repeat(new[] { Relationships.Director }, 5), [Relationships.ExecutiveOfficer]],
            persons.Select(p => p.Relationships.ToArray()));
    }

    /// <summary>
    /// syn-10's related-persons page (heavy bold type): the letters of "Winslow, Timothy, III" run together
    /// through their x-height into a horizontal run long enough for a rule. The OCR image keeps it as text,
    /// but the page's rule grid took it for the name cell's lower rule, a cell 9 px deep, and the person went
    /// unread. Runs struck through letters are not rules of the grid.
    /// </summary>
    [Fact]
    public void A_run_through_heavy_bold_letters_is_not_a_cells_rule()
    {
        var filing = CorpusPages.Read("syn-10-p03.png", 1);

        var persons = filing.RelatedPersons;
        // The page bled and is thinned: Harrington and Foster read "Faarrington" and "Poater", Winslow right.
        Assert.Equal(["Faarrington", "Winslow", "Poater"], persons.Take(3).Select(p => p.LastName));
        Assert.Equal("Timothy", persons[1].FirstName);
        Assert.Equal([Relationships.ExecutiveOfficer], persons[1].Relationships);
    }

    /// <summary>
    /// syn-27's related-persons page (heavy, 200 DPI): the six roles lines read "Check Beenie Aggy, TO
    /// Renefictal Ooner ...", and the name captions "Walk Noone (nn ene first, ...)", so no block was found
    /// and all six persons went unread. A row of five role boxes is a roles line whatever OCR made of it; four
    /// are read now, none without it. Granite Holdings' roles line is not in the OCR at all since the page's
    /// leaders are erased whole (Tesseract's layout leaves it out; before, its name read "Awantiba Catdinwsn"),
    /// and Prairie Management's name caption is not either.
    /// </summary>
    [Fact]
    public void A_roles_line_garbled_past_matching_is_found_by_its_row_of_five_boxes()
    {
        var filing = CorpusPages.Read("syn-27.tif", 3);

        var persons = filing.RelatedPersons;
        // Thinned (the page bled, strokes 0.035 in), Granite Holdings' block and Prairie Management's are read too, the
        // first as "Beentba".
        Assert.Equal(["Beentba", "Quinn", "Okafor", "Abbott", "Prairie Management, LLC", "Van der Berg"], persons.Select(p => p.LastName));
        var okafor = persons[2];
        Assert.Equal(("Karen", "X."), (okafor.FirstName, okafor.MiddleName));
        Assert.Equal([Relationships.ExecutiveOfficer], okafor.Relationships);
        Assert.Equal("24162 Corporate Court", okafor.Address?.Street1);
        Assert.Equal([Relationships.ExecutiveOfficer], persons[5].Relationships);
    }

    /// <summary>
    /// syn-06's first Appendix page: the bold state codes bled shut, and California's row, the one with entries,
    /// went unread ("CA" read as nothing, even alone and capitals only). Thinned by a pixel, the code reads.
    /// </summary>
    [Fact]
    public void A_state_code_bled_shut_is_read_thinned()
    {
        var filing = CorpusPages.Read("syn-06.pdf", 8);

        Assert.Equal(PageKinds.Appendix, Assert.Single(filing.Pages).Kind);
        var row = Assert.Single(filing.StateAppendix);
        Assert.Equal("CA", row.State);
        // The page is thinned before OCR (it bled), and the number of investors, read before, now is not.
        Assert.Equal(((int?)null, 33097541m), (row.AccreditedNumber, row.AccreditedAmount));
        Assert.Equal(true, row.IntendsToSellNonAccredited);
    }

    /// <summary>
    /// syn-19's signature page (heavy): D's heading went unread, so the page was taken for a cover (its text
    /// names the Commission) and nothing was read; E's "Issuer (Print or Type)" reads "feeuwe (Pert or Type)".
    /// D's first words name the page, D's block is the one above E's heading, and a block's issuer caption is
    /// found above its "Name of Signer" caption.
    /// </summary>
    [Fact]
    public void A_signature_page_that_lost_its_heading_and_captions_is_still_read()
    {
        var filing = CorpusPages.Read("syn-19.tif", 7);

        Assert.Equal(PageKinds.Signatures, Assert.Single(filing.Pages).Kind);
        Assert.Equal(("Patricia H. Bradley", "General Partner"), (filing.Signature.NameOfSigner, filing.Signature.SignatureTitle));
        Assert.Equal("General Partner", filing.StateSignature?.SignatureTitle);
        Assert.Contains("Wind Power", filing.StateSignature?.IssuerName, StringComparison.Ordinal);
    }

    /// <summary>
    /// syn-27's first Section C page (heavy): the bold "Total" labels read "Toth" (on a line of its own) and
    /// "Tou!", and C.1's and C.4.a's totals went unread. A total row is also the line printed next below its
    /// table's last item row.
    /// </summary>
    [Fact]
    public void A_total_row_whose_label_is_garbled_is_the_line_below_the_last_item()
    {
        var filing = CorpusPages.Read("syn-27.tif", 7);

        var o = filing.Offering;
        Assert.Equal((323800m, 323800m), (o.TotalOfferingAmount, o.TotalAmountSold));
        Assert.Equal(64719m, o.TotalExpenses);
    }

    /// <summary>
    /// syn-27's second Section C page (heavy): C.5's first line reads "5. Indicate below the amount ofthe adjsied
    /// gross proonedh ..." once the page's leaders are erased whole, past matching, and the table went unread. Its
    /// rows, whose captions are printed nowhere else, place it.
    /// </summary>
    [Fact]
    public void Part_c5_whose_question_line_is_garbled_is_found_by_its_rows()
    {
        var filing = CorpusPages.Read("syn-27.tif", 8);

        var o = filing.Offering;
        Assert.Equal(8, o.UseOfProceeds.Count);
        Assert.Equal(127100m, o.UseOfProceeds.Single(u => u.Purpose == ProceedsPurposes.WorkingCapital).ToOthers);
        Assert.Equal(259081m, o.ColumnTotalToOthers);
    }

    /// <summary>
    /// syn-22's first Section C page (PNG, heavy bold print): its dot leaders, bled to 6 px and drifting with the
    /// residual skew, were left in pieces in the page OCR reads, and Tesseract dropped every row of C.1 and the
    /// labels of C.4.a. Found whole and erased, the rows are read.
    /// </summary>
    [Fact]
    public void Rows_crossed_by_bled_leaders_are_read_once_the_leaders_are_erased()
    {
        var filing = CorpusPages.Read("syn-22-p05.png", 1);

        var o = filing.Offering;
        Assert.Equal((29886900m, 6707633m), (o.TotalOfferingAmount, o.TotalAmountSold));
        Assert.Equal(1540368m, o.TotalExpenses);
        Assert.Equal(1523868m, o.Expenses.Single(e => e.Item == ExpenseItems.SalesCommissions).Amount);
    }

    /// <summary>
    /// syn-06's Section B page: B.1's Yes box is ticked across its frame's corner, which breaks the frame's
    /// edges, and only the No box was found; the question went unanswered. The Yes box stands where the page's
    /// other Yes/No pair (B.3's) puts it, left of No.
    /// </summary>
    [Fact]
    public void A_yes_no_box_whose_frame_a_tick_broke_is_read_where_the_pages_pairs_put_it()
    {
        var filing = CorpusPages.Read("syn-06.pdf", 4);

        Assert.Equal((true, false), (filing.Offering.SellsToNonAccredited, filing.Offering.PermitsJointOwnership));
    }

    /// <summary>
    /// syn-10's related-persons page (heavy bold print): the address captions read "ZL on palstenne Addsesn
    /// (Nemnber und Suet. ...", so each block's address went unread or read as the caption. The address is the
    /// first line of the block below the name that reads as one (a ZIP code, or a state after a numbered street).
    /// </summary>
    [Fact]
    public void An_address_whose_caption_is_garbled_is_the_line_below_the_name_that_reads_as_one()
    {
        var filing = CorpusPages.Read("syn-10-p03.png", 1);

        var persons = filing.RelatedPersons;
        Assert.Equal(["Faarrington", "Winslow", "Poater", "Haecmmoad"], persons.Take(4).Select(p => p.LastName));
        Assert.Equal(("16826 Lake Drive", "Houston", "TX", "77002"), (persons[2].Address?.Street1, persons[2].Address?.City, persons[2].Address?.StateOrCountry, persons[2].Address?.ZipCode));
        // Hammond's address line, read before the page was thinned, is not read at all now (a known cost of thinning).
        Assert.Null(persons[3].Address?.ZipCode);
        // Winslow's line reads "” 14829 Main Road, Bolee, ID": the block's address, with OCR's own misreadings.
        Assert.Equal(("Main Road", "ID"), (persons[1].Address?.Street1?[^9..], persons[1].Address?.StateOrCountry));
    }

    /// <summary>
    /// syn-19's first Section C page (heavy): the Sales Commissions line's bold "0" bleeds shut and reads "6" at
    /// confidence 53, and nothing ties the line to another (C.4.a's total is unread): a wrong amount no flag
    /// pointed at. A lone 6, 8 or 9 read unsure keeps 0 beside it, so the line, and EDGAR's salesCommissions
    /// derived from it, are flagged for review.
    /// </summary>
    [Fact]
    public void A_lone_zero_bled_into_a_six_is_doubted_with_the_field_derived_from_it()
    {
        var filing = CorpusPages.Read("syn-19.tif", 5);

        // Thinned (the page bled), the Sales Commissions "0" reads as it is typed; the Engineering Fees "0" still reads
        // "6", surely enough not to be doubted, and C.4.a's total (21,900, read right) flags it.
        var expenses = filing.Offering.Expenses;
        Assert.Equal(0m, expenses.Single(e => e.Item == ExpenseItems.SalesCommissions).Amount);
        var engineering = expenses.FindIndex(e => e.Item == ExpenseItems.EngineeringFees);
        Assert.Equal(6m, expenses[engineering].Amount);
        var total = Assert.Single(filing.Flags, f => f.Rule == RuleIds.C4aTotalExpenses);
        Assert.Contains($"offering.expenses[{engineering}].amount", total.Fields.Select(x => x.Path));
    }

    /// <summary>
    /// syn-05's first Section B page: three recipients' state grids, marked with crosses and circles. OCR of a
    /// grid is junk, and reading the states from the OCR words found none of the 30; from the frames' pixels,
    /// every list is as the filing states it (Harborside's 20 with two circled, CO and NE).
    /// </summary>
    [Fact]
    public void State_grids_are_read_from_their_frames_crosses_and_circles()
    {
        var filing = CorpusPages.Read("syn-05.tif", 4);

        var recipients = filing.Offering.SalesCompensation;
        Assert.Equal(["Mendoza", "Harborside Securities Corp.", "Prescott"], recipients.Select(x => x.LastName));
        Assert.Equal(["AR", "IN", "ME", "MT", "ND"], recipients[0].States);
        Assert.Equal(
            ["AK", "AZ", "CO", "DC", "FL", "GA", "ID", "IL", "KY", "LA", "MI", "MT", "NE", "NM", "NC", "PA", "RI", "TN", "WI", "PR"],
            recipients[1].States);
        Assert.Equal(["CA", "HI", "KY", "ME", "OK"], recipients[2].States);
        Assert.All(recipients, x => Assert.False(x.AllStates));
    }

    /// <summary>
    /// syn-44's Section B page (300 DPI): the allowances for heavy frames let two dozen letters pass as frames
    /// beside the seven printed boxes, and sizing boxes by all frames took a letter's size for the page's and
    /// dropped every real box. The page's size and grid come from the frames that pass without allowances.
    /// </summary>
    [Fact]
    public void Letters_let_in_by_the_heavy_allowances_do_not_set_the_pages_box_size()
    {
        var filing = CorpusPages.Read("syn-44.pdf", 4);

        Assert.Equal(PageKinds.SectionB, Assert.Single(filing.Pages).Kind);
        Assert.Equal((true, false), (filing.Offering.SellsToNonAccredited, filing.Offering.PermitsJointOwnership));
        Assert.Equal(25000m, filing.Offering.MinimumInvestmentAccepted);
    }
}
