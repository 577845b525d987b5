using Parley.Documents;
using Parley.Places;

namespace Parley.Mentions;

/// <summary>"It" opening a sentence, taking up the state or body the sentence before opened with.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>The evidence of mentions that stand for a state or body through a sentence's opening "It".</summary>
    public const string SubjectItEvidence = "coreference: it";

    /// <summary>
    /// Whether the chunk is an "It" that opens its sentence before a verb in the past ("It recalled its ambassador",
    /// "It said"): a subject that takes up what the sentence before told of. Not before a be-form or a modal ("It was
    /// the first visit", "It is unclear", "It could take weeks"), where "It" points at nothing.
    /// </summary>
    private static bool IsSubjectIt(List<Chunk> chunks, int k, RecognitionState state, int sentenceStart)
    {
        var chunk = chunks[k];
        if (chunk.Start != sentenceStart || chunk.End - chunk.Start != 1 || k + 1 >= chunks.Count
            || Word(state.Document.MatchText, state, chunk.Start) is not "It")
            return false;
        var next = state.Document.Tokens[chunks[k + 1].Start];
        var verb = state.Document.MatchText.AsSpan(next.Start, next.Length);
        return next.Kind == TokenKind.Word && IsLowerWord(verb) && (verb.EndsWith("ed") || verb is "said");
    }

    /// <summary>
    /// "Islamabad said two children were killed. It recalled its ambassador from Tehran": the sentence's "It" is the
    /// state, government or body named first in the sentence just before (its subject, with or without "the"), when
    /// that sentence is in this paragraph or the one before. A named person is taken up by "he" or "she" instead, and a
    /// sentence that opens with no actor ("The resolution, drafted by Ukraine, …") leaves "It" unresolved.
    /// </summary>
    private int ReadSubjectIt(List<Chunk> chunks, int k, RecognitionState state)
    {
        var previous = state.CurrentSentence - 1;
        if (previous >= 0 && state.CurrentBlock - state.Document.Sentences[previous].Block <= 1
            && OpeningSubject(state, previous) is { } antecedent)
        {
            var (start, end) = state.CharRange(chunks[k].Start, chunks[k].End);
            state.Add(new Mention(MentionKind.Actor, start, end, Name) { Actor = antecedent, Evidence = SubjectItEvidence });
        }
        return k + 1;
    }

    /// <summary>The actor (or country, as its government) that opens sentence <paramref name="sentence"/>; null when none does or it is a named person.</summary>
    private static ActorReference? OpeningSubject(RecognitionState state, int sentence)
    {
        var document = state.Document;
        var first = document.Sentences[sentence].FirstToken;
        if (Word(document.MatchText, state, first) is "The" or "the")
            first++;
        var opening = document.Tokens[first].Start;
        for (var i = state.Mentions.Count - 1; i >= 0; i--)
        {
            if (state.SentenceOf(i) > sentence)
                continue;
            if (state.SentenceOf(i) < sentence)
                break;
            var mention = state.Mentions[i];
            if (mention.Start != opening)
                continue;
            if (mention.Actor is { } actor)
                return IsNamedPerson(actor) ? null : actor;
            if (mention.Place is { Kind: PlaceKind.Country, Country: { } country })
                return new ActorReference(country, "GOV", null, null);
        }
        return null;
    }
}
