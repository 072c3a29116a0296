using FilingExtractor.CorpusGen.Degradation;
using FilingExtractor.CorpusGen.Output;
using FilingExtractor.Model;

namespace FilingExtractor.CorpusGen.Synthetic;

/// <summary>An inconsistency planted in an otherwise consistent filing, and the rules it breaks.</summary>
internal enum Plant
{
    None,

    /// <summary>One C.1 row's offering price mistyped (one digit): C1.total-offering.</summary>
    RowOfferingDigit,

    /// <summary>The C.1 total offering price mistyped; C.4.b was worked from the true sum: C1.total-offering, C4b.adjusted-proceeds.</summary>
    TotalOfferingDigit,

    /// <summary>One C.1 row's amount sold mistyped (lower): C1.total-sold.</summary>
    RowSoldDigit,

    /// <summary>Two digits of the C.1 total sold transposed: C1.total-sold, C2.investors-match-sold.</summary>
    TotalSoldTransposed,

    /// <summary>C.2's accredited amount mistyped (higher): C2.investors-match-sold.</summary>
    AccreditedAmountDigit,

    /// <summary>One C.4.a expense line mistyped: C4a.total-expenses.</summary>
    ExpenseLineDigit,

    /// <summary>C.4.b worked out wrong, and C.5 allocates that wrong figure: C4b.adjusted-proceeds.</summary>
    AdjustedArithmetic,

    /// <summary>C.5 allocates the gross offering price instead of the adjusted proceeds: C5.matches-adjusted.</summary>
    ProceedsAllocateGross,

    /// <summary>C.5's column total (others) mistyped: C5.column-others, C5.total-payments.</summary>
    ColumnOthersDigit,

    /// <summary>One C.5 line (others) mistyped: C5.column-others.</summary>
    ProceedsLineDigit,

    /// <summary>Appendix accredited amounts add up to more than C.2's: APP.accredited-amount.</summary>
    AppendixAmountAbove,

    /// <summary>Appendix accredited investor counts add up to more than C.2's: APP.accredited-number.</summary>
    AppendixCountAbove,

    /// <summary>Appendix non-accredited amounts add up to more than C.2's: APP.nonaccredited-amount.</summary>
    AppendixNonAccreditedAbove,

    /// <summary>C.3's total mistyped: C3.total.</summary>
    PriorTotalDigit,
}

/// <summary>
/// The synthetic corpus: 46 filings whose coverage is fixed here (persons, organisation type, filing-under
/// combination, amendment, securities mix, recipients, Appendix size, planted inconsistency, scan and file
/// format) while names, amounts and the look of each copy come from the seed.
/// </summary>
internal static class SyntheticPlan
{
    public const string Folder = "synthetic";
    public const int Count = 46;

    private static readonly int[] PersonCounts =
    [
        1, 4, 7, 12, 2, 6, 14, 3, 9, 22, 5, 8, 1, 11, 15, 3, 6, 19, 2, 7, 27, 4, 10, 13, 5, 33, 8, 2, 16, 6, 40, 3, 9, 12, 25, 5, 7, 1, 18, 4, 36, 6, 8, 3, 10, 2,
    ];

    /// <summary>Organisation kinds in turn: the five boxes, "other" with three different specifications.</summary>
    private static readonly (string Type, string? Other)[] Organisations =
    [
        (EntityTypes.Corporation, null), (EntityTypes.BusinessTrust, null), (EntityTypes.LimitedPartnership, null),
        (EntityTypes.LimitedPartnershipToBeFormed, null), (EntityTypes.Other, "limited liability company"),
        (EntityTypes.Corporation, null), (EntityTypes.Other, "general partnership"), (EntityTypes.Other, "joint venture"),
    ];

    /// <summary>Filing-under masks after the first 31 (which run through every combination): common real ones.</summary>
    private static readonly int[] CommonMasks = [4, 20, 1, 18, 8, 4, 20, 2, 4, 16, 20, 5, 4, 20, 24];

    private static readonly Dictionary<int, Plant> Plants = new()
    {
        [3] = Plant.PriorTotalDigit,
        [6] = Plant.RowOfferingDigit,
        [9] = Plant.TotalOfferingDigit,
        [13] = Plant.RowSoldDigit,
        [16] = Plant.TotalSoldTransposed,
        [19] = Plant.AccreditedAmountDigit,
        [22] = Plant.ExpenseLineDigit,
        [26] = Plant.AdjustedArithmetic,
        [29] = Plant.ProceedsAllocateGross,
        [32] = Plant.ColumnOthersDigit,
        [35] = Plant.ProceedsLineDigit,
        [38] = Plant.AppendixAmountAbove,
        [41] = Plant.AppendixCountAbove,
        [44] = Plant.AppendixNonAccreditedAbove,
    };

    public static string NameOf(int index) => FormattableString.Invariant($"syn-{index:00}");

    public static IEnumerable<FilingJob> Jobs(long seed)
    {
        for (var i = 1; i <= Count; i++)
        {
            yield return Job(seed, i);
        }
    }

    public static FilingJob Job(long seed, int index)
    {
        var name = NameOf(index);
        var scenario = ScenarioFor(index);
        var rng = Rng.Derive(seed, name + "/values");
        var built = SyntheticFactory.Build(scenario, rng);
        var style = StyleChooser.Choose(Rng.Derive(seed, name + "/style"), built.Filing);
        if (scenario.Index == 14)
        {
            // The typewriter copy typed in capitals throughout.
            style = style with { TypedFont = "Courier", TypedSize = 10, TypedInk = 0.3 };
        }

        return new FilingJob
        {
            Name = name,
            Folder = Folder,
            Filing = built.Filing,
            Style = style,
            Profile = scenario.Profile,
            Dpi = scenario.Dpi,
            Formats = scenario.Formats,
            Seed = seed,
            Covers = built.Covers,
            IntendedFlags = built.IntendedFlags,
        };
    }

    internal static Scenario ScenarioFor(int i)
    {
        var mask = i <= 31 ? i : CommonMasks[(i - 32) % CommonMasks.Length];
        var org = Organisations[(i - 1) % Organisations.Length];
        var profile = i switch
        {
            12 or 30 or 45 => Profile.GrayJpeg,
            _ => ((i - 1) % 8) switch
            {
                0 or 6 => Profile.Light,
                2 or 7 => Profile.Heavy,
                4 => Profile.Clean,
                _ => Profile.Medium,
            },
        };
        var formats = profile == Profile.GrayJpeg ? Formats.Tiff : (i % 6) switch
        {
            1 or 5 => Formats.Tiff,
            2 or 0 => Formats.Pdf,
            3 => Formats.Tiff | Formats.Pdf,
            _ => Formats.Png,
        };
        var plant = Plants.GetValueOrDefault(i, Plant.None);
        var uloe = (mask & 16) != 0;
        var appendix = i == 31 ? 52 : uloe ? new[] { 3, 5, 8, 12, 20, 35, 6, 2 }[i % 8] : new[] { 0, 1, 0, 2, 1 }[i % 5];
        if (plant is Plant.AppendixAmountAbove or Plant.AppendixCountAbove or Plant.AppendixNonAccreditedAbove)
        {
            appendix = Math.Max(appendix, 3);
        }

        return new Scenario
        {
            Index = i,
            Persons = PersonCounts[i - 1],
            EntityType = org.Type,
            OtherDescription = org.Other,
            FilingMask = mask,
            Amendment = i % 5 == 0,
            SecurityMix = (i - 1) % 11,
            Recipients = i % 11 == 5 ? 4 : i % 7 == 3 ? 2 : i % 5 == 2 ? 1 : i % 13 == 0 ? 3 : 0,
            AppendixStates = appendix,
            Plant = plant,
            Profile = profile,
            Formats = formats,
            Dpi = i % 4 == 0 && profile != Profile.GrayJpeg ? 300 : 200,
            UpperCase = i == 14,
            Jurisdiction = i == 8 ? "CN" : i == 27 ? "FN" : null,
            ExchangeOffering = i == 11,
            Disqualified = i == 24,
            NonAccredited = plant == Plant.AppendixNonAccreditedAbove || (mask & 3) != 0 || i % 6 == 1,
            ColumnTotals = plant is Plant.ColumnOthersDigit or Plant.ProceedsLineDigit || i % 5 != 4,
        };
    }
}

/// <summary>What one synthetic filing must cover (from the plan), before the seed fills in the values.</summary>
internal sealed record Scenario
{
    public int Index { get; init; }

    public int Persons { get; init; }

    public string EntityType { get; init; } = EntityTypes.Corporation;

    public string? OtherDescription { get; init; }

    /// <summary>Bits: 1 Rule 504, 2 Rule 505, 4 Rule 506, 8 Section 4(6), 16 ULOE.</summary>
    public int FilingMask { get; init; }

    public bool Amendment { get; init; }

    /// <summary>Which mix of C.1 rows (0-10; see <see cref="SyntheticFactory"/>).</summary>
    public int SecurityMix { get; init; }

    public int Recipients { get; init; }

    public int AppendixStates { get; init; }

    public Plant Plant { get; init; }

    public Profile Profile { get; init; }

    public Formats Formats { get; init; }

    public int Dpi { get; init; }

    public bool UpperCase { get; init; }

    public string? Jurisdiction { get; init; }

    public bool ExchangeOffering { get; init; }

    public bool Disqualified { get; init; }

    public bool NonAccredited { get; init; }

    public bool ColumnTotals { get; init; }
}
