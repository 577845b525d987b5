using Parley.Duplicates;

namespace Parley.Tests.Duplicates;

public sealed class DuplicateDetectorTests
{
    private const string Original = """
        KHARTOUM, April 15 - Heavy fighting broke out in Khartoum on Saturday between Sudan's army and the paramilitary
        Rapid Support Forces, with gunfire and explosions heard across the capital and both sides claiming control of key sites.
        The RSF said it had seized the presidential palace and the airport. The army said its aircraft were striking RSF
        bases and called the group a rebel militia. Doctors said several civilians had been killed.
        """;

    public static TheoryData<string, string, bool> Pairs() => new()
    {
        // syndicated: the same text under another headline, with an agency footer
        { "syndicated", "Sudan: army and RSF battle for Khartoum\n\n" + Original + "\n(Reporting by the newsroom; Editing by a desk editor)", true },
        // spun: synonyms swapped in
        { "spun", """
            KHARTOUM, April 15 - Heavy combat erupted in Khartoum on Saturday between Sudan's army and the paramilitary
            Rapid Support Forces, with gunfire and blasts heard throughout the capital city and both parties claiming control of key locations.
            The RSF stated it had captured the presidential palace and the airport. The army declared its aircraft were hitting RSF
            bases and termed the group a rebel militia. Doctors stated numerous civilians had been slain.
            """, true },
        // same topic, different event: the Jeddah truce a month later
        { "same-topic", """
            JEDDAH, May 20 - Sudan's army and the Rapid Support Forces signed an agreement on Saturday for a seven-day ceasefire
            that is to take effect on Monday evening, Saudi Arabia and the United States said in a joint statement. The deal
            includes a monitoring mechanism and commits the parties to allow humanitarian aid to reach civilians.
            """, false },
        { "unrelated", "SEOUL, April 13 - North Korea fired a new type of intercontinental ballistic missile on Thursday that appeared to use solid fuel.", false },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Add_LinksACopyToItsOriginalAndNothingElse(string category, string text, bool duplicate)
    {
        var detector = DuplicateDetector.CreateDefault();
        detector.Add("original", new DateOnly(2023, 4, 15), Original);
        var result = detector.Add(category, new DateOnly(2023, 4, 16), text);
        Assert.Equal(duplicate, result.IsDuplicate);
        Assert.Equal(duplicate ? "original" : category, result.Original);
        Assert.Equal(duplicate ? "original" : null, result.Nearest);
        Assert.Equal(2, detector.Count);
    }

    [Fact]
    public void Add_MarksTheEarliestCopyAsOriginalEvenWhenItArrivesLater()
    {
        var detector = DuplicateDetector.CreateDefault();
        Assert.False(detector.Add("late-copy", new DateOnly(2023, 4, 17), Original).IsCopy);
        Assert.Equal("late-copy", detector.Add("second-copy", new DateOnly(2023, 4, 18), Original + " Copyright 2023.").Original);
        var earliest = detector.Add("first", new DateOnly(2023, 4, 15), Original);
        Assert.Equal("first", earliest.Original);
        Assert.False(earliest.IsCopy);
        Assert.Equal(["late-copy"], earliest.PreviousOriginals);
        Assert.Equal("first", detector.OriginalOf("late-copy"));
        Assert.Equal("first", detector.OriginalOf("second-copy"));
    }

    [Fact]
    public void Add_WithoutDates_TakesTheFirstArrivalAsOriginal()
    {
        var detector = DuplicateDetector.CreateDefault();
        detector.Add("a", null, Original);
        Assert.Equal("a", detector.Add("b", null, Original).Original);
    }

    [Fact]
    public void Match_FindsTheCopyWithoutAddingIt()
    {
        var detector = DuplicateDetector.CreateDefault();
        detector.Add("original", null, Original);
        var hasher = MinHasher.CreateDefault();
        Assert.Equal("original", detector.Match(hasher.Sign("Breaking: " + Original))?.Id);
        Assert.Null(detector.Match(hasher.Sign("North Korea fired a missile into the sea on Thursday.")));
        Assert.Equal(1, detector.Count);
    }

    [Fact]
    public void Add_RefusesAnIdTwice()
    {
        var detector = DuplicateDetector.CreateDefault();
        detector.Add("a", null, Original);
        Assert.Throws<ArgumentException>(() => detector.Add("a", null, "other text"));
    }
}
