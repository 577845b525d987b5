using System.Collections.Frozen;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // How far after "that" the "would be" may stand: "that the organisers of the unrest would be punished".
    private const int WrongdoersReach = 8;

    // Participles after "would be" that tell a state punishing wrongdoers: "would be punished", "will be prosecuted".
    private static readonly FrozenSet<string> PunishmentParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "punished", "prosecuted");

    // Participles that punish only with the word after them: "will be held accountable", "would be brought to justice",
    // "brought before a court"; "warned that elections would be held in March" punishes no one.
    private static readonly FrozenSet<string> CompletedPunishmentParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "held", "brought");

    private static readonly FrozenSet<string> PunishmentCompletions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "accountable", "responsible", "liable", "to", "before");

    /// <summary>
    /// "The interior minister warned that the organisers of the unrest would be punished", "vowed that those behind the plot
    /// would be punished": a state's threat against wrongdoers it names by no name or country (no mention between "that" and
    /// "would be punished") is made to its own people, coded with the actor's country; null when the threat is not so told.
    /// </summary>
    private static Participant? UnnamedWrongdoers(SentenceClauses clause, PloverEvent e, int first, int end)
    {
        if (e.Category.Type != "THREATEN" || e.Actors.Count == 0 || !EntityRecognizer.IsStateCode(e.Actors[0].Code))
            return null;
        // The "that" after the cue, or among its words when the cue takes in what is said ("warned on Monday that … would be punished").
        var that = first + 1;
        while (that <= end && that < clause.Sentence.EndToken && !clause.Word(that).Equals("that", StringComparison.OrdinalIgnoreCase))
            that++;
        if (that > end || that >= clause.Sentence.EndToken)
            return null;
        var document = clause.Document;
        for (var i = that + 2; i + 2 < clause.Sentence.EndToken && i - that <= WrongdoersReach; i++)
        {
            if (document.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Terminal)
                return null;
            if (clause.Word(i) is not ("would" or "will") || !clause.Word(i + 1).Equals("be", StringComparison.Ordinal)
                || !(clause.Is(i + 2, PunishmentParticiples) || (clause.Is(i + 2, CompletedPunishmentParticiples) && clause.Is(i + 3, PunishmentCompletions))))
                continue;
            var start = document.Tokens[that + 1].Start;
            var finish = document.Tokens[i - 1].End;
            return clause.Mentions.Exists(m => m.Mention.Start < finish && start < m.Mention.End)
                ? null : new Participant(start, finish, e.Actors[0].Code, "CVL", null);
        }
        return null;
    }
}
