using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Mentions;

/// <summary>
/// The "dates" component: finds time expressions and resolves them against the publication date —
/// absolute ("19 February 2025", "Feb. 19, 2025", "2025-02-19", "19/02/2025"), partial ("mid-March",
/// "early 2024", "the 1990s", "the first quarter of 2025") and relative ("on Wednesday", "yesterday",
/// "last week", "two years ago", "earlier this year"). Nothing reads the machine's clock: without a
/// publication date, relative expressions are found but left unresolved.
/// </summary>
public sealed partial class DateRecognizer(bool monthFirst = false) : IPipelineComponent
{
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.)?";
    private const string Weekday = @"(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    // Prepositions that make "the next year" the one ahead of the day of writing ("over the next year"), not the story's next.
    private const string AheadOfWriting = "(?:over|within|in|during|for|throughout|into)";

    private const string Count = @"(?<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|\d{1,3})";

    // Absolute rules come first: their matches win over the relative ones that overlap them, and a
    // date they cannot build (31 February) is no date at all.
    private static readonly (Regex Pattern, bool Absolute, Needs Needs, Func<Match, Context, TimeReference?> Resolve)[] Rules =
    [
        (Iso(), true, Needs.Year, (m, _) => Day(Int(m, "year"), Int(m, "mon"), Int(m, "day"))),
        (Numeric(), true, Needs.Year, (m, c) => NumericDay(m, c.MonthFirst)),
        (DayMonthYear(), true, Needs.Year | Needs.Month, (m, _) => Day(Int(m, "year"), MonthOf(m), Int(m, "day"))),
        (MonthDayYear(), true, Needs.Year | Needs.Month, (m, _) => Day(Int(m, "year"), MonthOf(m), Int(m, "day"))),
        (QuarterOfYear(), true, Needs.Year, (m, _) => TimeReference.InQuarter(Int(m, "year"), QuarterOf(m.Groups["q"].Value))),
        (MonthYear(), true, Needs.Year | Needs.Month, (m, _) => TimeReference.InMonth(Int(m, "year"), MonthOf(m))),
        (PartOfYear(), true, Needs.Year, (m, _) => TimeReference.InYear(Int(m, "year"))),
        (Decade(), true, Needs.Year, (m, _) => TimeReference.InDecade(Int(m, "decade"))),
        (DayOfRelativeYear(), false, Needs.Digit | Needs.Month, (m, c) => c.Published is { } p ? Day(p.Year + Step(m.Groups["which"].Value), MonthOf(m), Int(m, "day")) : null),
        (DayMonth(), false, Needs.Digit | Needs.Month, (m, c) => c.Published is { } p ? NearestDay(p, MonthOf(m), Int(m, "day"), DayTense(c, m.Index)) : null),
        (MonthDay(), false, Needs.Digit | Needs.Month, (m, c) => c.Published is { } p ? NearestDay(p, MonthOf(m), Int(m, "day"), DayTense(c, m.Index)) : null),
        (MonthRelative(), false, Needs.Month, (m, c) => c.Published is { } p ? MonthRelativeTo(p, m.Groups["which"].Value, MonthOf(m)) : null),
        (MonthAfterPreposition(), false, Needs.Month, (m, c) => c.Published is { } p ? NearestMonth(p, MonthOf(m), c.Future, c.Past) : null),
        (PartOfMonth(), false, Needs.Month, (m, c) => c.Published is { } p ? NearestMonth(p, MonthOf(m), c.Future, c.Past) : null),
        (YearAfterPreposition(), false, Needs.Year, (m, _) => TimeReference.InYear(Int(m, "year"))),
        (PartOfThisYear(), false, Needs.Relative, (m, c) => c.Published is { } p ? TimeReference.InYear(p.Year) : null),
        (Christmas(), false, Needs.Relative, (m, c) => c.Published is { } p ? NearestDay(p, 12, 25) : null),
        (RelativeDay(), false, Needs.Relative, (m, c) => c.Published is { } p ? TimeReference.OnDay(p.AddDays(DayOffset(m.Value))) : null),
        (RelativePeriod(), false, Needs.Relative, (m, c) => c.Published is { } p ? Period(p, m.Groups["which"].Value, m.Groups["unit"].Value) : null),
        (Ago(), false, Needs.Ago, (m, c) => c.Published is { } p ? Ago(p, CountOf(m.Groups["count"].Value), m.Groups["unit"].Value) : null),
        (WeekdayRule(), false, Needs.Weekday, (m, c) => c.Published is { } p ? WeekdayNear(p, m, c.Future && !SaidThatDay(c.Text, m.Index)) : null),
    ];

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [Annotations.MatchText, Annotations.Sentences, Annotations.PublicationDate];

    /// <inheritdoc />
    public IReadOnlyList<string> Assigns => [Annotations.Mentions];

    private readonly record struct Context(DateOnly? Published, SentenceTense Tense, bool MonthFirst, string Text)
    {
        public bool Future => Tense.Future;

        public bool Past => Tense.Past;
    }

    /// <summary>What a sentence must contain for a rule to have a chance; most sentences need no regex at all.</summary>
    [Flags]
    private enum Needs
    {
        Digit = 1,
        Month = 2,
        Weekday = 4,
        Relative = 8,

        // A year of 1900–2099 written in digits: a sentence's numbers are mostly counts and tolls, which no rule of a year can match.
        Year = 16,

        // The word "ago", in any case: the counted periods' rule starts at any count ("a", "one", digits) and ends with it.
        Ago = 32,
    }

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var published = document.Metadata.Published?.Date.AsDay;
        var text = document.MatchText;
        var found = new List<Mention>();
        var taken = new List<(int Start, int End)>();
        var tense = new SentenceTense(text);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentenceText = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            var present = Present(sentenceText);
            if (present == 0)
                continue;
            tense.Read(sentence.Start, sentence.End - sentence.Start, present);
            var context = new Context(published, tense, monthFirst, text);
            foreach (var (pattern, absolute, needs, resolve) in Rules)
            {
                if ((needs & present) != needs)
                    continue;
                // Bounded to the sentence: a match never runs into the next one, and no regex rescans the rest of the text.
                for (var match = pattern.Match(text, sentence.Start, sentence.End - sentence.Start); match.Success; match = match.NextMatch())
                {
                    var start = match.Index;
                    var end = start + match.Length;
                    if (Overlaps(taken, start, end))
                        continue;
                    var time = Resolve(resolve, match, context);
                    taken.Add((start, end));
                    if (time is null && absolute)
                        continue; // an impossible calendar date ("31 February 2025") is no date, nor is any part of it
                    found.Add(new Mention(MentionKind.Date, start, end, Name)
                    {
                        Time = time,
                        Evidence = time is null ? "no publication date to resolve against" : absolute ? "absolute" : "relative to publication date",
                    });
                }
            }
        }
        DateDaysBeforeAndAfter(text, document.Sentences, found, taken);
        DateActsCountedFromTheirClause(text, document.Sentences, published, found, taken);
        DateCountedPeriodsFromNamedDate(text, document.Sentences, found, taken);
        DatePeriodsOfNamedDate(text, found, taken);
        DateUncountedPeriodsFromNamedDate(text, document.Sentences, found, taken);
        DateMonthsOfNamedYear(text, found, taken);
        DateWeekdaysByTheirDays(text, found);
        document.Mentions = MentionOrder.Merge(document.Mentions, found);
    }

    /// <summary>
    /// "Tuesday, June 6, 2023", "on Tuesday, Aug. 2": a weekday followed by the day it names is that day,
    /// whatever the publication date (or without one).
    /// </summary>
    private static void DateWeekdaysByTheirDays(string text, List<Mention> found)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var weekday = found[i];
            if (!WeekdayWord().IsMatch(text.AsSpan(weekday.Start, weekday.End - weekday.Start)))
                continue;
            foreach (var day in found)
            {
                if (day.Time is { Precision: TimePrecision.Day } time && day.Start > weekday.End && day.Start <= weekday.End + 2
                    && text.AsSpan(weekday.End, day.Start - weekday.End).Trim() is "," && time.First.DayOfWeek.ToString() == text[weekday.Start..weekday.End])
                {
                    found[i] = weekday with { Time = time, Evidence = "the day it names" };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "the next day", "the previous day", "a day earlier", "two days later", "the same day": that many days after or
    /// before the last day the text named before it ("On June 22 the United States struck…; Iran retaliated the next
    /// day" is June 23); ", a day after …" after a clause that names its day is the day before it ("withdrew the bill on
    /// Wednesday, a day after the protests": the protests were on Tuesday).
    /// Without a day named before, the phrase is left alone: the publication date is no anchor for it.
    /// </summary>
    private static void DateDaysBeforeAndAfter(string text, ImmutableArray<Sentence> sentences, List<Mention> found, List<(int Start, int End)> taken)
    {
        // Most texts have no such phrase, and the regex's first word (an article or a count) starts at most words of the
        // text: a search for the word "day" with its neighbours spares them the scan, and each scan starts two words
        // before the next such "day", where the earliest match that can use it starts. Every match holds one, and a
        // match found from there is the one a scan from the end of the last match finds (lookbehinds see the text before).
        var end = 0;
        for (var countedDay = NextCountedDay(text, 0); countedDay >= 0; countedDay = NextCountedDay(text, end))
        {
            var match = DayBeforeOrAfter().Match(text, Math.Max(end, TwoWordsBefore(text, countedDay)));
            if (!match.Success)
                break;
            end = match.Index + match.Length;
            var word = match.Groups["w"];
            var direction = word.Value.ToLowerInvariant();
            var clauseAfter = direction is "after" or "before";
            // "the next day" is written "next day", as "previous week" is; "a day earlier" and "the day after" keep their article.
            var start = match.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) && !clauseAfter ? word.Index : match.Index;
            // "three days later, on Nov. 14": the day named right after says it already.
            if (Overlaps(taken, start, end) || found.Exists(d => d.Time?.Precision == TimePrecision.Day && d.Start > end && d.Start - end <= NamedDayGap))
                continue;
            Mention? anchor = null;
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i] is { Time.Precision: TimePrecision.Day } day && day.End <= match.Index && (anchor is null || day.End > anchor.End))
                    anchor = found[i];
            }
            if (anchor is null || (clauseAfter && anchor.Start < SentenceStart(sentences, match.Index)))
                continue;
            var days = match.Groups["count"].Success ? CountOf(match.Groups["count"].Value) : 1;
            var step = direction switch
            {
                "same" => 0,
                "previous" or "preceding" or "earlier" or "after" => -days,
                _ => days,
            };
            taken.Add((start, end));
            found.Add(new Mention(MentionKind.Date, start, end, "dates")
            {
                Time = TimeReference.OnDay(anchor.Time!.First.AddDays(step)),
                Evidence = $"relative to the day named before ({text[anchor.Start..anchor.End]})",
            });
        }
    }

    /// <summary>
    /// "the same month", "that year", "later that month", "the following year": the month, week or year of the last date
    /// the text named before it, or the one after it ("took Goma in January and Bukavu the following month" is February).
    /// Without a date named before, the phrase is left alone. "The next year" set off as the story's time is the following
    /// one; "the previous month" and "over the next year" are left to the rule of periods counted from publication, which
    /// takes them first.
    /// </summary>
    private static void DatePeriodsOfNamedDate(string text, List<Mention> found, List<(int Start, int End)> taken)
    {
        if (!HasPeriodOfNamedDate(text))
            return;
        for (var match = PeriodOfNamedDate().Match(text); match.Success; match = match.NextMatch())
        {
            var start = match.Index;
            var end = start + match.Length;
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var finest = unit switch
            {
                "week" => TimePrecision.Week,
                "month" => TimePrecision.Month,
                _ => TimePrecision.Year,
            };
            if (Overlaps(taken, start, end))
                continue;
            if (LastNamedBefore(found, start, finest) is not { } anchor)
                continue;
            var day = anchor.Time!.First;
            var step = match.Groups["w"].Value.ToLowerInvariant() is "following" or "next" ? 1 : 0;
            var month = day.AddMonths(step);
            var period = unit switch
            {
                "week" => TimeReference.WeekOf(day.AddDays(7 * step)),
                "month" => TimeReference.InMonth(month.Year, month.Month),
                _ => TimeReference.InYear(day.Year + step),
            };
            taken.Add((start, end));
            found.Add(new Mention(MentionKind.Date, start, end, "dates")
            {
                Time = period,
                Evidence = $"relative to the date named before ({text[anchor.Start..anchor.End]})",
            });
        }
    }

    /// <summary>
    /// "voted in a referendum that December", "released her later that November": the month of the year of the last date
    /// the text named before it ("declared independence in 1991, and voters approved it that December" is December 1991).
    /// Without a date named before, the phrase is left alone.
    /// </summary>
    private static void DateMonthsOfNamedYear(string text, List<Mention> found, List<(int Start, int End)> taken)
    {
        if (!text.Contains("that ", StringComparison.OrdinalIgnoreCase))
            return;
        for (var match = MonthOfNamedYear().Match(text); match.Success; match = match.NextMatch())
        {
            var start = match.Index;
            var end = start + match.Length;
            if (Overlaps(taken, start, end))
                continue;
            if (LastNamedBefore(found, start, TimePrecision.Year) is not { } anchor)
                continue;
            taken.Add((start, end));
            found.Add(new Mention(MentionKind.Date, start, end, "dates")
            {
                Time = TimeReference.InMonth(anchor.Time!.First.Year, MonthOf(match)),
                Evidence = $"in the year of the date named before ({text[anchor.Start..anchor.End]})",
            });
        }
    }

    /// <summary>The date named last before <paramref name="start"/> at <paramref name="coarsest"/> precision or finer, or null.</summary>
    private static Mention? LastNamedBefore(List<Mention> found, int start, TimePrecision coarsest)
    {
        Mention? last = null;
        foreach (var named in found)
        {
            if (named.Time is { } time && time.Precision <= coarsest && named.End <= start && (last is null || named.End > last.End))
                last = named;
        }
        return last;
    }

    private static readonly string[] PeriodUnits = ["week", "month", "year"];
    private static readonly string[] NamedDateWords = ["same", "following", "next", "that"];

    /// <summary>Whether a week, month or year stands anywhere right after one of <see cref="NamedDateWords"/>: every match
    /// of <see cref="PeriodOfNamedDate"/> has one, so a text without is spared its scan.</summary>
    private static bool HasPeriodOfNamedDate(string text)
    {
        var rest = text.AsSpan();
        foreach (var unit in PeriodUnits)
        {
            for (int at = 0, i; (i = rest[at..].IndexOf(unit, StringComparison.OrdinalIgnoreCase)) >= 0; at += i + unit.Length)
            {
                var before = rest[..(at + i)].TrimEnd();
                foreach (var word in NamedDateWords)
                {
                    if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                        return true;
                }
            }
        }
        return false;
    }

    private static int SentenceStart(ImmutableArray<Sentence> sentences, int at)
    {
        var start = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Start > at)
                break;
            start = sentence.Start;
        }
        return start;
    }

    private static readonly string[] DayBeforeWords = ["next", "following", "previous", "preceding", "same"];
    private static readonly string[] FollowingWords = ["earlier", "later", "after", "before"];

    /// <summary>
    /// Where, from <paramref name="from"/> on, "day" or "days" next stands as a word after one of <see cref="DayBeforeWords"/>
    /// or before one of <see cref="FollowingWords"/> (-1 if nowhere): every match of <see cref="DayBeforeOrAfter"/> has one.
    /// </summary>
    internal static int NextCountedDay(string text, int from)
    {
        var rest = text.AsSpan();
        for (int at = from, i; (i = rest[at..].IndexOf("day", StringComparison.OrdinalIgnoreCase)) >= 0; at += i + 3)
        {
            var day = at + i;
            if (day == 0 || !char.IsWhiteSpace(rest[day - 1]))
                continue;
            var after = day + 3;
            if (after < rest.Length && rest[after] is 's' or 'S')
                after++;
            var next = rest[after..];
            var spaces = next.Length - next.TrimStart().Length;
            if (spaces > 0)
            {
                foreach (var word in FollowingWords)
                {
                    if (next[spaces..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                        return day;
                }
            }
            var before = rest[..day].TrimEnd();
            foreach (var word in DayBeforeWords)
            {
                if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                    return day;
            }
        }
        return -1;
    }

    /// <summary>
    /// The start of the second run of non-space characters before <paramref name="at"/> (or of the text): a match of
    /// <see cref="DayBeforeOrAfter"/> starts at most two words before its "day" ("the next day", ", two days after").
    /// </summary>
    internal static int TwoWordsBefore(string text, int at)
    {
        for (var word = 0; word < 2; word++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1]))
                at--;
            while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
                at--;
        }
        return at;
    }

    // The most characters between a counted day and the day it is named as: ", on ".
    private const int NamedDayGap = 5;

    /// <summary>"last January" is the latest January before the month of writing, "next May" the first May after it, "this June" this year's.</summary>
    private static TimeReference MonthRelativeTo(DateOnly published, string which, int month) => which.ToLowerInvariant() switch
    {
        "last" => TimeReference.InMonth(month < published.Month ? published.Year : published.Year - 1, month),
        "next" => TimeReference.InMonth(month > published.Month ? published.Year : published.Year + 1, month),
        _ => TimeReference.InMonth(published.Year, month),
    };

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var t in taken)
        {
            if (t.Start < end && start < t.End)
                return true;
        }
        return false;
    }

    private static TimeReference? Resolve(Func<Match, Context, TimeReference?> resolve, Match match, Context context)
    {
        try
        {
            return resolve(match, context);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Which kinds of date words a sentence holds, found with one scan each.</summary>
    private static Needs Present(ReadOnlySpan<char> sentence)
    {
        Needs present = 0;
        if (sentence.ContainsAnyInRange('0', '9'))
            present |= HasYear(sentence) ? Needs.Digit | Needs.Year : Needs.Digit;
        if (sentence.ContainsAny(MonthStems) && MonthWord().IsMatch(sentence))
            present |= Needs.Month;
        if (sentence.ContainsAny(Weekdays) && WeekdayWord().IsMatch(sentence))
            present |= Needs.Weekday;
        if (sentence.ContainsAny(RelativeStems))
            present |= Needs.Relative;
        if (sentence.Contains("ago", StringComparison.OrdinalIgnoreCase))
            present |= Needs.Ago;
        return present;
    }

    /// <summary>Whether four digits starting 19 or 20 stand anywhere in <paramref name="sentence"/> (a superset of what the year rules match).</summary>
    private static bool HasYear(ReadOnlySpan<char> sentence)
    {
        for (var i = sentence.IndexOfAnyInRange('0', '9'); i >= 0 && i + 3 < sentence.Length; i++)
        {
            if (((sentence[i] == '1' && sentence[i + 1] == '9') || (sentence[i] == '2' && sentence[i + 1] == '0'))
                && char.IsAsciiDigit(sentence[i + 2]) && char.IsAsciiDigit(sentence[i + 3]))
                return true;
        }
        return false;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static TimeReference Day(int year, int month, int day) => TimeReference.OnDay(new DateOnly(year, month, day));

    private static TimeReference? NumericDay(Match match, bool monthFirst)
    {
        var a = Int(match, "a");
        var b = Int(match, "b");
        var year = Int(match, "year");
        var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : monthFirst ? (a, b) : (b, a);
        return Day(year, month, day);
    }

    private static int MonthOf(Match match)
    {
        var name = match.Groups["month"].Value;
        for (var m = 1; m <= 12; m++)
        {
            if (CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m).StartsWith(name[..3], StringComparison.OrdinalIgnoreCase))
                return m;
        }
        throw new ArgumentOutOfRangeException(nameof(match), name, "Not a month name.");
    }

    private static int QuarterOf(string ordinal) => ordinal.ToLowerInvariant() switch
    {
        "first" or "1st" or "1" => 1,
        "second" or "2nd" or "2" => 2,
        "third" or "3rd" or "3" => 3,
        _ => 4,
    };

    private static int CountOf(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        "fifteen" => 15, "twenty" => 20, "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// A month and day without a year: the occurrence nearest the publication date; the last one on or before it when
    /// <paramref name="tense"/> is negative (a verb in the past tense dates its act by it: "the talks began on March 3"),
    /// the first one on or after it when positive (the sentence speaks of the future: "will travel to Paris on December 12").
    /// </summary>
    private static TimeReference NearestDay(DateOnly published, int month, int day, int tense = 0)
    {
        DateOnly? best = null;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
                continue;
            var candidate = new DateOnly(year, month, day);
            if ((tense < 0 && candidate > published.AddDays(PastTenseSlack) && best is not null) || (tense > 0 && candidate < published))
                continue;
            if (best is null || Math.Abs(candidate.DayNumber - published.DayNumber) < Math.Abs(best.Value.DayNumber - published.DayNumber))
                best = candidate;
        }
        return TimeReference.OnDay(best ?? throw new ArgumentOutOfRangeException(nameof(day)));
    }

    /// <summary>
    /// A month without a year: the coming one when the sentence speaks of the future, the last one when it
    /// speaks of what had happened before ("the framework he had set out in May", "in April, militants killed 54
    /// soldiers"), else the nearest.
    /// </summary>
    private static TimeReference NearestMonth(DateOnly published, int month, bool future, bool past)
    {
        int year;
        if (future)
            year = month >= published.Month ? published.Year : published.Year + 1;
        else if (past)
            year = month <= published.Month ? published.Year : published.Year - 1;
        else
        {
            var ahead = (month - published.Month + 12) % 12;
            year = ahead == 0 ? published.Year : ahead <= 6 ? published.Year + (month < published.Month ? 1 : 0) : published.Year - (month > published.Month ? 1 : 0);
        }
        return TimeReference.InMonth(year, month);
    }

    private static int DayOffset(string word) => word.ToLowerInvariant() switch
    {
        "yesterday" or "last night" => -1,
        "tomorrow" => 1,
        var w when w.EndsWith("before yesterday", StringComparison.Ordinal) => -2,
        var w when w.EndsWith("after tomorrow", StringComparison.Ordinal) => 2,
        _ => 0,
    };

    /// <summary>Which way a period named relative to the time of writing lies: "last year" one back, "next week" one on.</summary>
    private static int Step(string which) => which.ToLowerInvariant() switch
    {
        "last" or "past" or "previous" => -1,
        "next" or "coming" => 1,
        _ => 0, // this, earlier this, later this
    };

    private static TimeReference Period(DateOnly published, string which, string unit)
    {
        var step = Step(which);
        if (which.ToLowerInvariant() is "over" or "at")
        {
            // "over the weekend": the last Saturday on or before publication, and its week.
            var saturday = published.AddDays(-(((int)published.DayOfWeek + 1) % 7));
            return TimeReference.WeekOf(saturday);
        }
        return unit.ToLowerInvariant() switch
        {
            "week" or "weekend" => TimeReference.WeekOf(published.AddDays(7 * step)),
            "month" => TimeReference.InMonth(published.AddMonths(step).Year, published.AddMonths(step).Month),
            _ => TimeReference.InYear(published.Year + step),
        };
    }

    private static TimeReference Ago(DateOnly published, int count, string unit) => unit.ToLowerInvariant().TrimEnd('s') switch
    {
        "day" => TimeReference.OnDay(published.AddDays(-count)),
        "week" => TimeReference.WeekOf(published.AddDays(-7 * count)),
        "month" => TimeReference.InMonth(published.AddMonths(-count).Year, published.AddMonths(-count).Month),
        _ => TimeReference.InYear(published.Year - count),
    };

    /// <summary>
    /// Whether the weekday at <paramref name="start"/> dates a report already made ("will close the border on Thursday,
    /// Orpo said on Tuesday"): the day a thing was said is behind the writer, whatever the thing said looks forward to.
    /// </summary>
    private static bool SaidThatDay(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        return SaidBefore().IsMatch(text.AsSpan(from, start - from));
    }

    // How many days after publication a day told in the past tense may still be: a text dated a little before what it
    // tells ("visited Kherson three days later, on Nov. 14" under a dateline of Nov. 11) means that day, not last year's.
    private const int PastTenseSlack = 31;

    /// <summary>
    /// Which way from publication the day at <paramref name="start"/> lies: ahead (1) in a sentence of the future, unless it
    /// dates what was said; behind (-1) when a verb in the past tense dates its act by it; else either (0).
    /// </summary>
    private static int DayTense(Context context, int start) =>
        context.Future ? (SaidThatDay(context.Text, start) ? 0 : 1) : DoneThatDay(context.Text, start) ? -1 : 0;

    /// <summary>
    /// Whether the day at <paramref name="start"/> dates an act told in the past tense, right before it ("began on March 3",
    /// "was killed on October 7"): that day is behind the writer, even when the same day of the coming year is nearer.
    /// </summary>
    private static bool DoneThatDay(string text, int start)
    {
        var from = Math.Max(0, start - 40);
        return PastVerbBefore().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>"Wednesday": the last one on or before publication, or the next one when the sentence speaks of the future.</summary>
    private static TimeReference WeekdayNear(DateOnly published, Match match, bool future)
    {
        var target = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value);
        var which = match.Groups["which"].Value.ToLowerInvariant();
        var forward = which == "next" || (which != "last" && future);
        var delta = ((int)target - (int)published.DayOfWeek + 7) % 7;
        if (forward)
            return TimeReference.OnDay(published.AddDays(which == "next" && delta == 0 ? 7 : delta));
        var back = (7 - delta) % 7;
        return TimeReference.OnDay(published.AddDays(-(which == "last" && back == 0 ? 7 : back)));
    }

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?<year>(?:19|20)\d{2})\b|\bQ(?<q>[1-4])\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterOfYear();

    [GeneratedRegex(@"\b(?:(?:early|mid|late)-?\s*|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?" + Month + @",?\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?:early|mid|late)-?\s*|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?:the\s+)?(?<decade>(?:19|20)\d0)s\b")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @"(?!\s*,?\s*(?:19|20)\d{2})\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![\d,]*\s*(?:19|20)\d{2})(?!\s*(?:%|percent|million|billion))")]
    private static partial Regex MonthDay();

    // "in March", "during May": the preposition is left out of the mention, as for "since February".
    [GeneratedRegex(@"\b(?:(?:early|mid|late)-\s*|(?:early|late)\s+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|(?<=\b(?i:in|during|from|through|throughout)\s+))" + Month + @"(?!\w)(?!\s*\d)")]
    private static partial Regex PartOfMonth();

    // A year after a preposition ("in 2014"), after a determiner or an owner before a noun ("the 2022 invasion", "a 2021
    // coup", "Pelosi's 2022 visit", "the 1990 Saba Saba protests"), or ending a range ("from 2024 to 2027").
    [GeneratedRegex(@"(?:(?<=\b(?i:in|since|by|until|from|for|during|before|after|of|through)\s+)|(?<=\b(?i:the|a|its|their|his|her)\s+|\w['’]s\s+)(?=\d{4}\s+\p{L})|(?<=\b(?:from|for|in|between)\s+(?:19|20)\d\d\s+(?:to|and|or)\s+))(?<year>(?:19\d|20[0-4])\d)\b(?!\s*(?:%|percent|troops|soldiers|people|km|kilometres|kilometers|tons|tonnes))")]
    private static partial Regex YearAfterPreposition();

    [GeneratedRegex(@"\b(?:day\s+before\s+yesterday|day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last night|overnight|this\s+(?:morning|afternoon|evening))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    // "The next year, the two governments opened a post" follows the story's own time (see PeriodOfNamedDate); "over the next
    // year", "within the next month" look forward from the day of writing, as "next year" does.
    [GeneratedRegex(@"\b(?<which>last|(?<!(?<!\b" + AheadOfWriting + @"\s+)\bthe\s+)next|this|past|previous|coming|earlier this|later this)\s+(?<unit>week|weekend|month|year)\b|\b(?<which>over|at)\s+the\s+(?<unit>weekend)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b" + Count + @"\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:(?<which>last|next|this)\s+)?" + Weekday + @"\b")]
    private static partial Regex WeekdayRule();

    // "was expected to travel on Monday", "was due to host … on Sunday", "are supposed to be freed on Sunday": an
    // expectation reported in the past tense still looks forward from the day of writing. "plan to" after a determiner
    // and a word that is not a plural subject is the noun ("met on Sunday to rework a 28-point U.S. plan to end the war", "Trump's
    // plan to"), not the verb ("the two sides plan to meet on Sunday").
    [GeneratedRegex(@"\b(?:will|would be held|(?:is|are|was|were) (?:due|scheduled|set to|expected to|supposed to)|(?<!\b(?:a|the|its|their)\s+)(?<!\b(?:a|an|the|its|their|his|her|whose|this|that)\s+(?:\S+\s+){0,2}(?-i:\S*[^s\s]|\S*'s)\s+)(?<!'s\s+)plans? to|next (?:week|month|year)|upcoming|later this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    // A past verb of saying right before the weekday ("said on Tuesday", "told reporters on Tuesday").
    [GeneratedRegex(@"\b(?:said|told(?:\s+\w+){0,2}|announced|added|stated|confirmed|wrote)\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidBefore();

    // A verb in the past tense, up to five words before "on" and the day: "began on", "attacked southern Israel on", "was
    // killed on". Not one of arranging, which looks forward ("was postponed to", "scheduled talks on").
    [GeneratedRegex(@"\b(?!(?:scheduled|planned|postponed|delayed|rescheduled|expected|slated|set|announced|agreed|said)\b)(?:\p{Ll}+ed|began|met|struck|fled|took|held|fought|won|lost|fell|left|shot|hit|sent|came|went|broke|was|were)(?:\s+[^\s,]+){0,5}\s+on\s+$")]
    private static partial Regex PastVerbBefore();

    // "had set out in May", "since Russian forces invaded in February": the past perfect, or a time since
    // which things went on, puts the month before the time of writing.
    [GeneratedRegex(@"\b(?:had|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastCue();

    // A verb in the past tense anywhere in a sentence with no word of the future: "In April, militants killed 54
    // soldiers" tells of the last April, not the coming one. Words of arranging look forward ("planned for May").
    [GeneratedRegex(@"\b(?!(?:scheduled|planned|postponed|delayed|rescheduled|expected|slated|announced|agreed|proposed|invited|needed)\b)(?:\p{Ll}{2,}(?<!e)ed|began|met|struck|fled|took|held|fought|won|lost|fell|left|shot|hit|sent|came|went|broke|freed)\b")]
    private static partial Regex PastVerb();

    // A whole month name or abbreviation, as the rules' Month group ends: "Mar" of "Marine" or "Dec" of "Declaration" is none.
    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")]
    private static partial Regex WeekdayWord();

    // "May 9 last year", "3 March next year": a day whose year is named relative to the year of writing, which the
    // nearest May 9 would miss by a year.
    [GeneratedRegex(@"\b(?:" + Month + @"\s+(?<day>\d{1,2})|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @")(?:st|nd|rd|th)?,?\s+(?<which>last|this|next)\s+year\b")]
    private static partial Regex DayOfRelativeYear();

    // "last January", "next May": a month named relative to the month of writing.
    [GeneratedRegex(@"\b(?<which>last|next|this)\s+" + Month + @"(?!\w)(?!\s*\d)")]
    private static partial Regex MonthRelative();

    // "since February", "by March": a bare month after a preposition of time, the preposition left out of the mention.
    [GeneratedRegex(@"(?<=\b(?:since|by|until|till|before|after)\s+)" + Month + @"(?!\w)(?![\s,]*\d)")]
    private static partial Regex MonthAfterPreposition();

    // "by the end of the year", "the start of this year": the year of writing ("the" left out, as for "previous week").
    [GeneratedRegex(@"(?<=\bthe\s+)(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfThisYear();

    [GeneratedRegex(@"\bChristmas(?:\s+Day)?\b")]
    private static partial Regex Christmas();

    // ", a day after …" and ", three days before …" follow a clause that names its day: the act they introduce is that
    // many days before or after it. Without the comma the phrase opens the sentence ("Two days after the vote, …") and
    // dates the main clause from an act it does not date, so it is left alone.
    [GeneratedRegex(@"\b(?:the\s+(?<w>next|following|previous|preceding|same)\s+day|" + Count + @"\s+days?\s+(?<w>earlier|later)|(?<=,\s*)(?:" + Count + @"\s+days?|the\s+day)\s+(?<w>after|before)(?!\s+(?:tomorrow|yesterday)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayBeforeOrAfter();

    // Not "that year's …" nor "that year-end": a possessive or a compound names another thing of that time, not when the act took place.
    [GeneratedRegex(@"\b(?:the\s+(?<w>same|following|(?<!\b" + AheadOfWriting + @"\s+the\s+)next)|(?:(?:later|earlier)\s+)?that)\s+(?<unit>week|month|year)\b(?!'s|-)", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOfNamedDate();

    // "that December", "later that November". Not "that May", which as often opens a clause about a Ms May ("said that May
    // would resign"), nor a possessive, which names another thing of that time ("that March's vote").
    [GeneratedRegex(@"\b(?:(?i:later|earlier)\s+)?(?i:that)\s+(?!May\b)" + Month + @"\b(?!'s)")]
    private static partial Regex MonthOfNamedYear();

    // The first three letters of every month name, as MonthWord matches them (in case): most sentences have none, and a
    // vectorised search for them spares those the regex's scan.
    private static readonly SearchValues<string> MonthStems = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    // The weekdays as WeekdayWord matches them, which then only checks that one stands as a word.
    private static readonly SearchValues<string> Weekdays = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    // Whether a sentence may hold a relative date: the stems of the words the relative rules start from or end at ("night"
    // for "tonight" and "overnight", "week" for "weekend"), found anywhere, word or not. Looser than the rules, which check
    // their own word boundaries, so it only spares sentences none can match, in one vectorised search instead of a regex scan.
    private static readonly SearchValues<string> RelativeStems = SearchValues.Create(
        ["yesterday", "today", "tomorrow", "night", "morning", "afternoon", "evening", "christmas", "week", "month", "year", "days", "ago"],
        StringComparison.OrdinalIgnoreCase);
}
