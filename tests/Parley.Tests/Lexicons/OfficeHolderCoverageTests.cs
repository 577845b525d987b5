using Parley.Mentions;
using Xunit.Abstractions;

namespace Parley.Tests.Lexicons;

/// <summary>
/// Issue 3 asks for the heads of state and government, foreign and defence ministers of the 40 most
/// newsworthy countries from 1990 to today. This check lists, for each country and office, the stretches
/// of time no term in the office-holder lexicon covers (run it with a logger to read the list), and
/// fails when there are more of them than the lexicon is known to lack.
/// </summary>
public sealed class OfficeHolderCoverageTests(ITestOutputHelper output)
{
    private static readonly DateOnly CheckedFrom = new(1990, 1, 1);
    private static readonly DateOnly CheckedTo = new(2026, 11, 30);

    // A change of holder may leave a few weeks unlisted: a caretaker, or a date known only to the month.
    private const int ToleratedDays = 31;

    // Gaps the lexicon is known to have (see the list this test prints); lower it as they are filled.
    private const int KnownGaps = 16;

    private const string HeadOfState = "head of state", HeadOfGovernment = "head of government", ForeignMinister = "foreign minister", DefenceMinister = "defence minister";

    private static readonly string[] StateHeads = ["president", "acting president", "interim president", "transitional president", "king", "queen", "emir", "supreme leader", "emperor", "head of state",
        // Before the post-Soviet states had presidents, the chairman of the supreme council led the state.
        "supreme council chairman", "supreme soviet chairman"];
    private static readonly string[] GovernmentHeads = ["prime minister", "acting prime minister", "chancellor", "premier"];
    private static readonly string[] ForeignMinisters = ["foreign minister", "acting foreign minister", "secretary of state", "foreign secretary"];
    private static readonly string[] DefenceMinisters = ["defence minister", "acting defence minister", "secretary of defense", "defence secretary"];

    // Declared before the exceptions, which are built from it.
    private static readonly (string Office, string[] Titles)[] Offices =
        [(HeadOfState, StateHeads), (HeadOfGovernment, GovernmentHeads), (ForeignMinister, ForeignMinisters), (DefenceMinister, DefenceMinisters)];

    // G20 members, the states issue 3 names, and Afghanistan, Iraq, the UAE, Hungary, Armenia and Azerbaijan.
    private static readonly string[] Countries =
    [
        "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA",
        "UKR", "BLR", "POL", "EST", "LVA", "LTU", "ISR", "IRN", "SYR", "LBN", "QAT", "EGY", "PAK", "PRK", "TWN",
        "AFG", "IRQ", "ARE", "HUN", "ARM", "AZE",
    ];

    /// <summary>
    /// Where an office is held under another title, or existed only part of the time: the titles that hold it
    /// between two dates (inclusive; null for the checked period's bounds). An office with no row here is held
    /// under the usual titles over the whole period (since independence); one with rows is checked only over their windows.
    /// </summary>
    private static readonly (string Code, string Office, string[] Titles, string? From, string? To)[] Exceptions =
    [
        // Presidential systems: the president heads the government.
        ("USA", HeadOfGovernment, ["president"], null, null),
        ("ARG", HeadOfGovernment, ["president"], null, null),
        ("BRA", HeadOfGovernment, ["president"], null, null),
        ("MEX", HeadOfGovernment, ["president"], null, null),
        ("IDN", HeadOfGovernment, ["president"], null, null),
        ("ZAF", HeadOfGovernment, ["president"], null, null),
        ("KOR", HeadOfGovernment, ["president", "acting president"], null, null),
        ("IRN", HeadOfGovernment, ["president"], null, null),
        ("AFG", HeadOfGovernment, ["president", "prime minister", "acting prime minister", "chief executive"], null, "2021-08-14"),
        ("AFG", HeadOfGovernment, ["prime minister"], "2021-09-07", null),
        ("AFG", HeadOfState, ["president", "supreme leader"], null, null),
        // Turkey and Syria abolished the prime minister's office; the president took it over.
        ("TUR", HeadOfGovernment, GovernmentHeads, null, "2018-07-08"),
        ("TUR", HeadOfGovernment, ["president"], "2018-07-09", null),
        ("SYR", HeadOfGovernment, GovernmentHeads, null, "2025-03-28"),
        ("SYR", HeadOfGovernment, ["president"], "2025-03-29", null),
        ("SYR", HeadOfState, [.. StateHeads, "de facto leader"], null, null),
        ("EGY", HeadOfState, [.. StateHeads, "military council chairman"], null, null),
        ("PAK", HeadOfGovernment, [.. GovernmentHeads, "chief executive"], null, null),
        // Brazil's armed services had ministers of their own until the defence ministry was formed in 1999.
        ("BRA", DefenceMinister, DefenceMinisters, "1999-06-01", null),
        // Iraq under occupation (April 2003 to June 2004) had a US administrator and a governing council.
        .. Offices.SelectMany(o => new (string, string, string[], string?, string?)[] { ("IRQ", o.Office, o.Titles, null, "2003-04-09"), ("IRQ", o.Office, o.Titles, "2004-06-28", null) }),
        // The British monarch is the head of state of Australia and Canada, checked under GBR.
        ("AUS", HeadOfState, [], null, "1989-12-31"),
        ("CAN", HeadOfState, [], null, "1989-12-31"),
        // Russia formed its own defence ministry in March 1992; the Soviet, then CIS, command served before.
        ("RUS", DefenceMinister, DefenceMinisters, "1992-03-16", null),
        // Japan had a Defence Agency, not a ministry, until 2007.
        ("JPN", DefenceMinister, DefenceMinisters, "2007-01-09", null),
        // Estonia restored its defence ministry in April 1992, Latvia formed one in November 1991.
        ("EST", DefenceMinister, DefenceMinisters, "1992-04-01", null),
        ("LVA", DefenceMinister, DefenceMinisters, "1991-11-01", null),
    ];

    /// <summary>Seats that stood empty, with no acting holder news named: they count as covered.</summary>
    private static readonly (string Code, string Office, string From, string To)[] Vacancies =
    [
        // Lebanon's parliament failed to elect a president for months; the cabinet held the powers.
        ("LBN", HeadOfState, "2007-11-24", "2008-05-24"),
        ("LBN", HeadOfState, "2014-05-25", "2016-10-30"),
        ("LBN", HeadOfState, "2022-10-31", "2025-01-08"),
        // Li Shangfu was removed in October 2023; Dong Jun was named in late December.
        ("CHN", DefenceMinister, "2023-10-24", "2023-12-28"),
        // North Korea left posts empty after deaths: Paek Nam-sun (January 2007), O Jin-u (1995), Choe Kwang (1997).
        ("PRK", ForeignMinister, "2007-01-02", "2007-05-17"),
        ("PRK", DefenceMinister, "1995-02-25", "1995-10-07"),
        ("PRK", DefenceMinister, "1997-02-21", "1998-09-05"),
        // Hyon Yong Chol was purged at the end of April 2015; Pak Yong Sik was first named minister in July.
        ("PRK", DefenceMinister, "2015-04-30", "2015-07-01"),
        // The Taliban's government fled Kabul in November 2001; the interim administration took office in December.
        ("AFG", HeadOfGovernment, "2001-11-13", "2001-12-21"),
        // Dubai's ruler Rashid bin Saeed, the UAE's prime minister, died in October 1990; his son took over in November.
        ("ARE", HeadOfGovernment, "1990-10-07", "1990-11-20"),
    ];

    // The former Soviet states are checked from their independence (Russia from the Soviet Union's end).
    private static readonly Dictionary<string, string> Independence = new()
    {
        ["RUS"] = "1991-12-25", ["UKR"] = "1991-08-24", ["BLR"] = "1991-08-25", ["EST"] = "1991-08-20", ["LVA"] = "1991-08-21",
        ["LTU"] = "1990-03-11", ["ARM"] = "1991-09-21", ["AZE"] = "1991-10-18",
    };

    [Fact]
    public void OfficesOfTheNewsworthyCountries_AreCoveredFrom1990()
    {
        var gaps = Gaps(EntityLexicon.Shipped.Actors.OfficeTerms).ToList();
        foreach (var gap in gaps)
            output.WriteLine(gap);
        Assert.True(gaps.Count <= KnownGaps, $"{gaps.Count} gaps in office-holder coverage (known: {KnownGaps}):\n{string.Join('\n', gaps)}");
    }

    /// <summary>"USA defence minister: 1990-01-01 to 1993-01-19 (1115 days)", one line per uncovered stretch.</summary>
    private static IEnumerable<string> Gaps(IReadOnlyList<Parley.Actors.OfficeTerm> terms)
    {
        foreach (var code in Countries)
        {
            foreach (var (office, usual) in Offices)
            {
                var windows = Exceptions.Where(e => e.Code == code && e.Office == office).ToList();
                if (windows.Count == 0)
                    windows.Add((code, office, usual, Independence.GetValueOrDefault(code), null));
                foreach (var (_, _, titles, from, to) in windows)
                {
                    var start = from is null ? CheckedFrom : Day(from);
                    var end = to is null ? CheckedTo : Day(to);
                    if (titles.Length == 0 || end < start)
                        continue;
                    var held = terms.Where(t => t.Code == code && titles.Contains(t.Office)).Select(t => (t.From, t.To))
                        .Concat(Vacancies.Where(v => v.Code == code && v.Office == office).Select(v => (From: Day(v.From), To: (DateOnly?)Day(v.To))))
                        .OrderBy(t => t.From);
                    foreach (var (gapStart, gapEnd) in Uncovered(held, start, end))
                        yield return $"{code} {office}: {gapStart:yyyy-MM-dd} to {gapEnd:yyyy-MM-dd} ({gapEnd.DayNumber - gapStart.DayNumber + 1} days)";
                }
            }
        }
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stretches of <c>[start, end]</c> longer than <see cref="ToleratedDays"/> that no term (sorted by start) covers.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End)> Uncovered(IEnumerable<(DateOnly From, DateOnly? To)> sortedTerms, DateOnly start, DateOnly end)
    {
        var covered = start.AddDays(-1);
        foreach (var term in sortedTerms)
        {
            if (term.From > covered.AddDays(1) && term.From <= end && term.From.DayNumber - covered.DayNumber - 1 > ToleratedDays)
                yield return (covered.AddDays(1), term.From.AddDays(-1));
            var last = term.To ?? DateOnly.MaxValue;
            if (last > covered)
                covered = last;
            if (covered >= end)
                yield break;
        }
        if (end.DayNumber - covered.DayNumber > ToleratedDays)
            yield return (covered.AddDays(1), end);
    }
}
