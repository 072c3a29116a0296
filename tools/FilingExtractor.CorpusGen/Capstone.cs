using FilingExtractor.CorpusGen.Degradation;
using FilingExtractor.CorpusGen.Output;
using FilingExtractor.CorpusGen.Rendering;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen;

/// <summary>
/// The real Capstone Turbine Form D (signed 11/11/02, PROCESSED NOV 25 2002) as its transcript and the
/// facts in corpus/README.md state it. Where the transcript lost a box's state the choice made here is
/// listed in corpus/README.md ("Capstone: choices"); amounts and names are exactly as filed.
/// </summary>
internal static class Capstone
{
    public const string Folder = "capstone";
    public const string CleanName = "capstone-formd-2002-300dpi";
    public const string DegradedName = "capstone-formd-2002-200dpi-degraded";

    private static readonly Address Office = new()
    {
        Street1 = "21211 Nordhoff Street",
        City = "Chatsworth",
        StateOrCountry = "CA",
        ZipCode = "91311",
    };

    /// <summary>The twelve related persons in the order filed, with the roles chosen for them (the transcript lost every role box).</summary>
    public static readonly (string Last, string First, string? Middle, string[] Roles)[] Persons =
    [
        ("Almgren", "Ake", null, [Relationships.ExecutiveOfficer, Relationships.Director]),
        ("Treece", "William", null, [Relationships.ExecutiveOfficer]),
        ("Clark", "Karen", null, [Relationships.ExecutiveOfficer]),
        ("Willis", "Jeff", null, [Relationships.ExecutiveOfficer]),
        ("Callahan", "Dan", null, [Relationships.ExecutiveOfficer]),
        ("Koyama", "Hal", null, [Relationships.ExecutiveOfficer]),
        ("McDonald", "John", "G.", [Relationships.Director]),
        ("Young", "Eric", null, [Relationships.Director]),
        ("Aube", "Richard", null, [Relationships.Director]),
        ("Protsch", "Eliot", "G.", [Relationships.Director]),
        ("Jagers", "John", null, [Relationships.Director]),
        ("Marcoux", "Jean-Rene", null, [Relationships.ExecutiveOfficer]),
    ];

    public static Filing Build()
    {
        const decimal Sold = 3_984_567m;
        const decimal Expenses = 30_500m;
        const decimal Adjusted = 3_954_067m;
        var signature = new Signature
        {
            IssuerName = "Capstone Turbine Corporation",
            Signed = true,
            NameOfSigner = "Karen Clark",
            SignatureTitle = "Chief Financial Officer",
            SignatureDate = new DateOnly(2002, 11, 11),
        };
        return new Filing
        {
            SubmissionType = "D",
            OfferingName = "Private Placement of Common Stock",
            FilingUnder = new FilingUnder { Rule504 = false, Rule505 = false, Rule506 = true, Section4_6 = false, Uloe = false },
            TypeOfFiling = new TypeOfFiling { NewFiling = true, Amendment = false },
            PrimaryIssuer = new Issuer
            {
                EntityName = "Capstone Turbine Corporation",
                IssuerAddress = Copy(Office),
                IssuerPhoneNumber = "(818) 734-5300",
                PrincipalBusinessAddress = null,
                PrincipalBusinessPhoneNumber = "(818) 734-5320",
                DescriptionOfBusiness = "Producer of low emission, high reliability micro-turbine systems",
                EntityType = EntityTypes.Corporation,
            },
            RelatedPersons =
            [
                .. Persons.Select(p => new RelatedPerson
                {
                    LastName = p.Last,
                    FirstName = p.First,
                    MiddleName = p.Middle,
                    Address = Copy(Office),
                    Relationships = [.. p.Roles],
                }),
            ],
            Offering = new Offering
            {
                SellsToNonAccredited = false,
                MinimumInvestmentAccepted = null,
                PermitsJointOwnership = false,
                IsExchangeOffering = false,
                Securities =
                [
                    new SecurityLine { Type = SecurityTypes.Debt },
                    new SecurityLine { Type = SecurityTypes.Equity, AggregateOfferingPrice = Sold, AmountAlreadySold = Sold },
                    new SecurityLine { Type = SecurityTypes.Convertible },
                    new SecurityLine { Type = SecurityTypes.Partnership },
                    new SecurityLine { Type = SecurityTypes.Other },
                ],
                EquityCommon = true,
                EquityPreferred = false,
                TotalOfferingAmount = Sold,
                TotalAmountSold = Sold,
                Investors = new Investors { AccreditedNumber = 1, AccreditedAmount = Sold },
                PriorOfferings = SyntheticDefaults.BlankPriorOfferings(),
                Expenses =
                [
                    new ExpenseLine { Item = ExpenseItems.TransferAgentFees, Amount = 500m, IsEstimate = true },
                    new ExpenseLine { Item = ExpenseItems.PrintingAndEngravingCosts, IsEstimate = false },
                    new ExpenseLine { Item = ExpenseItems.LegalFees, Amount = 30_000m, IsEstimate = true },
                    new ExpenseLine { Item = ExpenseItems.AccountingFees, IsEstimate = false },
                    new ExpenseLine { Item = ExpenseItems.EngineeringFees, IsEstimate = false },
                    new ExpenseLine { Item = ExpenseItems.SalesCommissions, IsEstimate = false },
                    new ExpenseLine { Item = ExpenseItems.Other, IsEstimate = false },
                ],
                TotalExpenses = Expenses,
                TotalExpensesIsEstimate = true,
                AdjustedGrossProceeds = Adjusted,
                UseOfProceeds =
                [
                    .. ProceedsPurposes.All.Select(p => new UseOfProceedsLine
                    {
                        Purpose = p,
                        ToAffiliatesIsEstimate = false,
                        ToOthers = p == ProceedsPurposes.WorkingCapital ? Adjusted : null,
                        ToOthersIsEstimate = p == ProceedsPurposes.WorkingCapital,
                    }),
                ],
                TotalPaymentsListed = Adjusted,
            },
            Signature = signature,
            IssuerDisqualifiedRule262 = false,
            StateSignature = new Signature
            {
                IssuerName = signature.IssuerName,
                Signed = true,
                NameOfSigner = signature.NameOfSigner,
                SignatureTitle = signature.SignatureTitle,
                SignatureDate = signature.SignatureDate,
            },
            StateAppendix =
            [
                new StateAppendixRow
                {
                    State = "CT",
                    IntendsToSellNonAccredited = false,
                    SecurityTypeAndOfferingPrice = "Common Stock $3,984,567",
                    OfferingPriceInState = Sold,
                    AccreditedNumber = 1,
                    AccreditedAmount = Sold,
                    NonAccreditedNumber = 0,
                    NonAccreditedAmount = 0,
                    Disqualified = false,
                },
            ],
        };
    }

    /// <summary>The filer's copy: typewriter entries, pen crosses, the SEC's stamps as on the scan.</summary>
    public static FormStyle Style() => new()
    {
        LabelRegular = "Helvetica",
        LabelBold = "Helvetica-Bold",
        LabelItalic = "Helvetica-Oblique",
        TypedFont = "Courier",
        TypedSize = 10,
        TypedInk = 0.3,
        Marks = [MarkKind.Cross],
        MarkWeight = 1.0,
        Jitter = 10,
        OverflowRate = 0,
        ContinuationIsCopy = false,
        IncludeInstructions = true,
        StampDate = new DateOnly(2002, 11, 25),
        ControlNumber = "02065535",
        FileNumber = "21-50249",
        DateFormat = "MM/dd/yy",
        PhoneFormat = 0,
        AmountFormat = 0,
        Zero = ZeroText.Digit,
        NaFields = new HashSet<string>(StringComparer.Ordinal) { "B2" },
    };

    public static IEnumerable<FilingJob> Jobs(long seed)
    {
        var filing = Build();
        yield return new FilingJob
        {
            Name = CleanName,
            Folder = Folder,
            Filing = filing,
            Style = Style(),
            Profile = Profile.Clean,
            Dpi = 300,
            Formats = Formats.Tiff | Formats.Pdf,
            Seed = seed,
            Covers = "the real Capstone Turbine Form D, 300 DPI, clean (thresholded only)",
        };
        yield return new FilingJob
        {
            Name = DegradedName,
            Folder = Folder,
            Filing = filing,
            Style = Style(),
            Profile = Profile.Medium,
            Dpi = 200,
            Formats = Formats.Tiff | Formats.Pdf,
            // The instructions page upside down, the second Appendix page (no entries) sideways.
            Turns = new Dictionary<int, int> { [1] = 0, [2] = 2, [3] = 0, [4] = 0, [5] = 0, [6] = 0, [7] = 0, [8] = 0, [9] = 0, [10] = 1 },
            // A visibly skewed first page, as archive scans of this filing are.
            Skews = new Dictionary<int, double> { [1] = 1.2 },
            Seed = seed,
            Covers = "the real Capstone Turbine Form D, 200 DPI, archive-scan degradation",
        };
    }

    private static Address Copy(Address a) => new() { Street1 = a.Street1, Street2 = a.Street2, City = a.City, StateOrCountry = a.StateOrCountry, ZipCode = a.ZipCode };
}
