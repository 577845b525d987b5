using System.Collections.Frozen;
using Parley.Mentions;
using Parley.Places;

namespace Parley.Events;

/// <summary>Where and when each event takes place: the place and date mentions it takes.</summary>
public sealed partial class EventFinder
{
    // Words that open a clause of its own: a date on one side of them does not date the act on the other ("a day after
    // Minsk began drills on Friday", "confirmed on Saturday that its leader had been killed").
    private static readonly FrozenSet<string> DateClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "after", "before", "when", "while", "which", "who", "whom", "whose", "because", "until", "once", "although",
        "though", "whereas", "prompting", "forcing", "leaving");

    // After a comma, words that go on with a clause of their own: "agreed to a truce on Thursday, with Washington cutting
    // tariffs". A participle does not: "struck Kyiv on Sunday, killing 12" tells acts of one time.
    private static readonly FrozenSet<string> CommaClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "with", "as", "and", "but");

    // Words that open a side clause, whose acts have places of their own: "met in Busan, with Washington cutting
    // tariffs" and "froze talks after protesters rallied in Tbilisi" do not place the cutting or the freezing. Relative
    // words ("who", "which", "that") are not among them: "fired at protesters who stormed parliament in Nairobi" tells
    // one scene.
    private static readonly FrozenSet<string> SideClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "while", "because", "until", "once", "although", "though", "whereas", "prompting", "forcing", "leaving");

    // The side clauses that do not take the place of the clause before them: a contrast or a consequence ("killed in
    // Tehran, while Iran vowed", "struck Gaza, prompting the charity to pause"). A time clause does ("left the White
    // House after a row in which Trump accused him").
    private static readonly FrozenSet<string> SceneChangingOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "while", "although", "though", "whereas", "prompting", "forcing", "leaving");

    private static readonly FrozenSet<string> SideCommaOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "with", "as");

    private static readonly FrozenSet<string> Since = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "since");

    private static readonly FrozenSet<string> DateClauseBreaks = FrozenSet.Create(StringComparer.Ordinal, ";", ":", "(", ")", "\u2014", "\u2013");

    // What breaks a sentence into halves looking back from the act: a semicolon. A dash or a bracket before the act
    // most often closes a dateline ("KINSHASA, Jan. 28 (Reuters) — M23 rebels took"), whose place and day are the lead's.
    private static readonly FrozenSet<string> HalvesBreaks = FrozenSet.Create(StringComparer.Ordinal, ";");

    private void AssignPlaceAndDate(SentenceClauses clause, PloverEvent e, int first, int end)
    {
        if (clause.Nearest(MentionKind.Place, first, end, m => !InSideClause(clause, m, first, end) && !InToldAct(clause, e, m, end) && !OwnsParty(clause, m)
            && !IsResidence(clause, m, first, end)
            && !IsSceneOfNamedAct(clause, m, first, end) && !IsPartyCountry(clause, e, m)) is { } place)
        {
            e.Location = place.Mention;
            e.Explanations["location"] = "events: the place named nearest the cue in its clause";
            if (ShoreParty(e) is { } shore)
            {
                e.Location = place.Mention with { Place = place.Mention.Place! with { Country = shore } };
                e.Explanations["location"] = $"events: the place named nearest the cue in its clause, at sea off a party's shore ({Gazetteer.ShoresFile})";
            }
        }
        var toldLater = IsToldLater(clause, first);
        var describesNoun = DescribesNoun(clause, first, end);
        // "and later resigned" happens after any time told before it; "a truce brokered by Moscow" on no day the
        // sentence names for its main act, though within a month or year told before it ("in November 2020 under a truce brokered by Moscow").
        bool DatesFromBefore(MentionSpan m) => !toldLater && !(describesNoun && m.Mention.Time?.Precision == TimePrecision.Day);
        if ((DateOfClause(clause, first, end, DatesFromBefore) ?? (toldLater || describesNoun ? null : NewsDayBefore(clause, first) ?? FrontedPeriod(clause, first))) is { } date)
        {
            e.Date = date.Mention;
            e.Explanations["date"] = "events: the date named nearest the cue in its clause, else the day named before it or the period opening the sentence";
        }
    }

    /// <summary>
    /// The country of a sea, strait or disputed reef where <paramref name="e"/> happens: that of the party on its shore,
    /// the one acted on before the one acting ("fired water cannon at Philippine vessels near Scarborough Shoal" is
    /// off the Philippines, "hijacked a ship in the Red Sea" off the Houthis' Yemen). A statement is only about the sea.
    /// </summary>
    private string? ShoreParty(PloverEvent e)
    {
        if (e.Location?.Place is not { Country: null } sea || e.Category.IsStatement)
            return null;
        var shores = names.Gazetteer.ShoresOf(sea.Name);
        foreach (var party in e.Recipients)
            if (shores.Contains(party.Code))
                return party.Code;
        foreach (var party in e.Actors)
            if (shores.Contains(party.Code))
                return party.Code;
        return null;
    }

    // How far back a word of travel makes "to" lead to a scene ("sent troops to Ukraine", "made a state visit to China").
    private const int MotionReach = 4;

    /// <summary>
    /// Whether place <paramref name="m"/> is a whole country told after a word that makes it a party or a topic of the
    /// act ("close its border with Belarus", "lift sanctions on Russia", "would not cede any territory to Denmark"), not
    /// where it happens: a country is the scene after "in", "across", "into" or a word of travel ("sent troops to"), and
    /// the target of a strike after any but "with" ("an attack on Israel"). A city or a region is named to place an act.
    /// </summary>
    private bool IsPartyCountry(SentenceClauses clause, PloverEvent e, MentionSpan m)
    {
        if (m.Mention.Place is not { Kind: PlaceKind.Country })
            return false;
        var before = m.FirstToken - 1;
        while (before > clause.Sentence.FirstToken && (clause.Word(before) is "the" || names.Cues.IsLocativeAdjective(clause.Word(before))))
            before--;
        if (before < clause.Sentence.FirstToken || !names.Cues.IsParty(clause.Word(before)))
            return false;
        if (e.Category.PlaceIsTarget && clause.Word(before) is not "with")
            return false;
        for (var i = Math.Max(clause.Sentence.FirstToken, before - MotionReach); i < before; i++)
            if (names.Cues.IsMotion(clause.Word(i)))
                return false;
        return true;
    }

    /// <summary>
    /// Whether place <paramref name="m"/> owns the noun after it ("vessels in Moscow's shadow fleet", "Kyiv's forces"):
    /// it names a party, not the scene, as a possessive date names the time of a noun ("Sunday's election").
    /// </summary>
    private static bool IsPossessive(SentenceClauses clause, MentionSpan m) =>
        m.EndToken < clause.Sentence.EndToken && clause.Word(m.EndToken) is "'s";

    // How many words may stand between a possessive place and the spot inside it: a direction or a name ("Beirut's southern
    // suburbs", "Istanbul's Dolmabahce Palace").
    private const int SiteReach = 2;

    /// <summary>
    /// Whether possessive place <paramref name="m"/> owns a party rather than a spot inside it: "Kyiv's forces" are not
    /// where an act happens, but "detained at Milan's airport" and "talks in Istanbul's Dolmabahce Palace" are in the city.
    /// </summary>
    private bool OwnsParty(SentenceClauses clause, MentionSpan m)
    {
        if (!IsPossessive(clause, m))
            return false;
        var last = Math.Min(clause.Sentence.EndToken, m.EndToken + 1 + SiteReach + 1);
        for (var i = m.EndToken + 1; i < last; i++)
        {
            var word = clause.Word(i);
            if (names.Cues.IsSite(word))
                return false;
            if (!names.Cues.IsDirection(word) && (word.IsEmpty || !char.IsUpper(word[0])))
                return true;
        }
        return true;
    }

    /// <summary>
    /// Whether place <paramref name="m"/> says where someone lives or sits, outside the cue <c>[first, end)</c>: "Corbett,
    /// a businessman who had lived in Kabul, was detained" and "arrested a politician living in Ohio" do not happen there.
    /// </summary>
    private bool IsResidence(SentenceClauses clause, MentionSpan m, int first, int end)
    {
        var before = m.FirstToken - 1;
        while (before > clause.Sentence.FirstToken && clause.Word(before) is "the")
            before--;
        var word = before - 1;
        return word >= clause.Sentence.FirstToken && clause.Word(before) is "in" or "at" && (word < first || word >= end)
            && names.Cues.IsResidence(clause.Word(word));
    }

    /// <summary>
    /// Whether place <paramref name="m"/> is the scene of a standing act named by a noun outside the cue <c>[first, end)</c>
    /// ("the war in Gaza", "genocide in Darfur"): talks "about the war in Gaza" and sanctions "over the war in Gaza" are
    /// not held there. The cue's own noun ("the 1994 genocide in Rwanda") keeps its scene.
    /// </summary>
    private bool IsSceneOfNamedAct(SentenceClauses clause, MentionSpan m, int first, int end)
    {
        var before = m.FirstToken - 1;
        while (before > clause.Sentence.FirstToken && (clause.Word(before) is "the" || names.Cues.IsLocativeAdjective(clause.Word(before))
            || names.Cues.IsDirection(clause.Word(before))))
            before--;
        var noun = before - 1;
        return noun >= clause.Sentence.FirstToken && clause.Word(before) is "in" && (noun < first || noun >= end)
            && names.Cues.IsScene(clause.Word(noun));
    }

    /// <summary>
    /// Whether place <paramref name="m"/> is told inside the act a statement is about: "accused the army of bombing
    /// civilians in Omdurman" and "urged Trump to visit Ukraine" do not happen in Omdurman or Ukraine. A statement
    /// (a demand, a charge, a rejection, a threat) is made where it is made; a place named after the cue of another
    /// act is that act's.
    /// </summary>
    private static bool InToldAct(SentenceClauses clause, PloverEvent e, MentionSpan m, int end) =>
        e.Category.IsStatement && m.FirstToken >= end && clause.MatchedCueBetween(end, m.FirstToken);

    /// <summary>
    /// The date named nearest the cue <c>[first, end)</c> with no clause between them, one after it (or inside it) before
    /// any told before it: "arrived on Wednesday and was received by Trump the next day" dates the reception by the
    /// day after the cue, not by the arrival's day before it. A date
    /// says when the act of its own clause happened; the acts of the clauses joined to it ("after …", "…, prompting …", "that …") are dated, if at all, by dates of their own.
    /// A date after "since" starts a span of time, and a possessive one ("Sunday's election") the time of a noun. A date
    /// that ends in "after" or "before" (", a day before results were due") opens a clause: it dates the act after it.
    /// A date told before the cue dates it only if <paramref name="datesFromBefore"/> admits it.
    /// </summary>
    private static MentionSpan? DateOfClause(SentenceClauses clause, int first, int end, Func<MentionSpan, bool> datesFromBefore)
    {
        bool Admits(MentionSpan m) =>
            (m.FirstToken >= first || datesFromBefore(m)) && (!clause.Is(m.FirstToken - 1, Since) || StartsPerfectAct(clause, m, first, end))
            && !clause.Word(m.EndToken - 1).EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !IsPossessive(clause, m)
            && !(m.FirstToken >= end ? OpensClause(clause, end, m.FirstToken) || clause.Is(m.EndToken - 1, DateClauseOpeners)
                : m.EndToken <= first && (OpensClause(clause, m.EndToken, first) && !IsWhenOfDate(clause, m, first) || InRelativeAside(clause, m, first)));
        return clause.Nearest(MentionKind.Date, first, end, m => m.EndToken > first && Admits(m)) ?? clause.Nearest(MentionKind.Date, first, end, Admits);
    }

    // Adverbs before a verb that put its act after the time told before it: "struck on Sunday, and the commander later resigned".
    private static readonly FrozenSet<string> LaterAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "later", "afterwards", "subsequently");

    /// <summary>Whether the verb at <paramref name="first"/> is told after a word of later time ("later resigned").</summary>
    private static bool IsToldLater(SentenceClauses clause, int first) =>
        first > clause.Sentence.FirstToken && clause.Is(first - 1, LaterAdverbs);

    // Words before a participle with "by" that make it a verb of its own clause ("was brokered by", "had been mediated by").
    private static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had");

    /// <summary>
    /// Whether the cue <c>[first, end)</c> is a participle that describes the noun before it ("a truce brokered by
    /// Moscow", "a Qatar-brokered deal"): it tells how the thing came about, not an act of the sentence's time.
    /// </summary>
    private static bool DescribesNoun(SentenceClauses clause, int first, int end)
    {
        if (first <= clause.Sentence.FirstToken || !clause.Word(first).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return false;
        if (clause.Word(first - 1) is "-")
            return true;
        var by = first + 1;
        if (by >= clause.Sentence.EndToken || by > end || clause.Word(by) is not "by")
            return false;
        // An adverb may stand between the auxiliary and the participle: "was briefly detained by".
        var before = first - 1;
        while (before > clause.Sentence.FirstToken && clause.Word(before).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            before--;
        return !clause.Is(before, PassiveAuxiliaries) && clause.Word(before) is [var initial, ..] && char.IsLower(initial);
    }

    private static readonly FrozenSet<string> PerfectAuxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "has", "have", "had");

    // Words between a perfect's auxiliary and its participle ("has not conducted", "had long mediated").
    private const int PerfectReach = 3;

    /// <summary>
    /// Whether date <paramref name="m"/>, told after "since", dates the act at <c>[first, end)</c> as the start of a span
    /// it has gone on for: a perfect act ("has killed dozens of guards since 2012", "had mediated between them since
    /// 1992", "has not conducted a test since 2017"), with no other verb joined between them ("has not recognised the
    /// government and has kept no embassy there since 2021" dates the keeping).
    /// </summary>
    private static bool StartsPerfectAct(SentenceClauses clause, MentionSpan m, int first, int end)
    {
        if (m.FirstToken < end)
            return false;
        for (var i = end; i < m.FirstToken; i++)
            if (clause.Word(i) is "and" or "but" or "or")
                return false;
        for (var i = Math.Max(clause.Sentence.FirstToken, first - PerfectReach); i < end && i <= first; i++)
            if (clause.Is(i, PerfectAuxiliaries))
                return true;
        return false;
    }

    /// <summary>
    /// Whether "when" follows date <paramref name="m"/> and opens the clause of the cue at <paramref name="first"/>: "in
    /// December 2022, when Castillo was impeached" dates the impeachment by the date it names.
    /// </summary>
    private static bool IsWhenOfDate(SentenceClauses clause, MentionSpan m, int first)
    {
        var when = clause.Word(m.EndToken) is "," ? m.EndToken + 1 : m.EndToken;
        return when < first && clause.Word(when) is "when" && !OpensClause(clause, when + 1, first);
    }

    // Words that open a relative clause set off by commas: "Algeria, which cut ties with Rabat in 2021, opened its airspace".
    private static readonly FrozenSet<string> RelativeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "which", "who", "whom", "whose");

    /// <summary>
    /// Whether date <paramref name="m"/>, told before the cue at <paramref name="first"/>, is inside a relative clause set
    /// off by commas that closes before the cue: it dates the act of that aside ("Saied, who suspended parliament in 2021,
    /// has branded them traitors").
    /// </summary>
    private static bool InRelativeAside(SentenceClauses clause, MentionSpan m, int first)
    {
        var closed = false;
        for (var i = m.EndToken; i < first && !closed; i++)
            closed = clause.Word(i) is ",";
        if (!closed)
            return false;
        for (var i = m.FirstToken - 1; i > clause.Sentence.FirstToken; i--)
        {
            if (clause.Word(i) is ",")
                return false;
            if (clause.Is(i, RelativeWords))
                return clause.Word(i - 1) is ",";
        }
        return false;
    }

    /// <summary>
    /// With no date in its clause, an act told after a day named earlier in the sentence ("struck Kyiv on Sunday and
    /// cut power to the city", "broke into parliament on Tuesday shortly after lawmakers voted") is dated by that day: news
    /// gives the day once in a sentence (but not across sentences, where the merge leaves an undated act undated). A date
    /// told after the act in another clause (", a day after Minsk began drills on Friday") is another act's, and so is a
    /// day told before a clause of contrast or consequence or of an earlier time ("resigned on Tuesday after police shot
    /// protesters"), and a possessive day ("after Sunday's election"), which is the time of its noun.
    /// </summary>
    private static MentionSpan? NewsDayBefore(SentenceClauses clause, int first)
    {
        MentionSpan? day = null;
        foreach (var m in clause.Mentions)
        {
            if (m.EndToken <= first && m.Mention is { Kind: MentionKind.Date, Time.Precision: TimePrecision.Day } && !IsPossessive(clause, m))
                day = m;
        }
        // A contrast or a consequence is another party's act, told without a day of its own ("struck Gaza on Monday,
        // prompting the charity to pause its work"): the day is not given to it.
        if (day is { } named && (OpensSideClause(clause, named.EndToken, first, SceneChangingOpeners, HalvesBreaks) || OpensEarlierTime(clause, named, first)))
            return null;
        return day;
    }

    // Words that set the act of a time clause apart from the day told before it ("resigned on Tuesday after police shot
    // protesters", "declared martial law on Tuesday before lawmakers voted"): the clause tells an act of its own time.
    private static readonly FrozenSet<string> TimeClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "after", "before");

    // Words before "after" or "before" that keep its act on the same day: "on Sunday, shortly after Israel said it had
    // struck", "on Thursday, hours after the court threw out a challenge".
    private static readonly FrozenSet<string> SameDayGaps = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "shortly", "hours", "minutes", "moments", "soon", "just", "immediately");

    // How many words may come before a day that opens the sentence and so dates all of it ("On Monday evening, after talks
    // with Stoltenberg, Erdogan agreed").
    private const int FrontedDayReach = 2;

    /// <summary>
    /// Whether a time clause ("after …", "before …") opens between day <paramref name="day"/> and the cue at
    /// <paramref name="first"/>: its act is told as earlier or later than the day's ("India suspended the treaty on Wednesday
    /// after gunmen killed 26 people" does not date the killing; "three weeks after" does not either). Not when the gap is
    /// one of hours ("shortly after"), nor when the day opens the sentence and so dates the whole of it, nor when a
    /// participle goes on with the act of the day ("shot Trump on Saturday before being killed by the Secret Service").
    /// </summary>
    private static bool OpensEarlierTime(SentenceClauses clause, MentionSpan day, int first)
    {
        if (day.FirstToken - clause.Sentence.FirstToken <= FrontedDayReach)
            return false;
        for (var i = day.EndToken; i < first; i++)
            if (clause.Is(i, TimeClauseOpeners))
                return !clause.Is(i - 1, SameDayGaps) && !InParticipleClause(clause, i + 1, first);
        return false;
    }

    /// <summary>Whether a participle opens at <paramref name="from"/> and its clause goes on, with no comma, to the cue at <paramref name="first"/> (or is the cue).</summary>
    private static bool InParticipleClause(SentenceClauses clause, int from, int first)
    {
        if (from > first || !clause.Word(from).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var i = from + 1; i < first; i++)
            if (clause.Word(i) is ",")
                return false;
        return true;
    }

    /// <summary>
    /// Whether place <paramref name="m"/> is told in a side clause after the cue <c>[first, end)</c>, or the cue in a
    /// side clause of contrast or consequence after the place. A semicolon breaks either way: the halves of "India
    /// strikes targets in Pakistan after Kashmir attack; Islamabad vows response" tell acts of their own places. A dash
    /// or a bracket breaks only after the cue, since before it one most often closes a dateline.
    /// </summary>
    private static bool InSideClause(SentenceClauses clause, MentionSpan m, int first, int end) =>
        m.FirstToken >= end ? OpensSideClause(clause, end, m.FirstToken, SideClauseOpeners, DateClauseBreaks)
            : m.EndToken <= first && OpensSideClause(clause, m.EndToken, first, SceneChangingOpeners, HalvesBreaks);

    /// <summary>Whether a side clause opens in tokens <c>[from, to)</c>: one of <paramref name="openers"/>, a break, or ", with"/", as".</summary>
    private static bool OpensSideClause(SentenceClauses clause, int from, int to, FrozenSet<string> openers, FrozenSet<string> breaks) =>
        OpensClauseOf(clause, from, to, openers, SideCommaOpeners, breaks);

    /// <summary>Whether a clause of its own opens in tokens <c>[from, to)</c>.</summary>
    private static bool OpensClause(SentenceClauses clause, int from, int to) =>
        OpensClauseOf(clause, from, to, DateClauseOpeners, CommaClauseOpeners, DateClauseBreaks);

    /// <summary>Whether a clause opens in tokens <c>[from, to)</c>: one of <paramref name="openers"/>, one of <paramref name="breaks"/>, or a comma before one of <paramref name="commaOpeners"/>.</summary>
    private static bool OpensClauseOf(SentenceClauses clause, int from, int to, FrozenSet<string> openers, FrozenSet<string> commaOpeners,
        FrozenSet<string> breaks)
    {
        for (var i = from; i < to; i++)
        {
            if (clause.Is(i, openers) || clause.Is(i, breaks))
                return true;
            if (clause.Word(i) is "," && i + 1 < to && clause.Is(i + 1, commaOpeners))
                return true;
        }
        return false;
    }
}
