using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>
/// One sentence as event rules see it: its tokens as words, its mentions with their tokens, and the
/// cues of the events found in it, and all the cues matched there, those of acts told inside others and dropped included.
/// </summary>
internal sealed class SentenceClauses(Document document, Sentence sentence, List<MentionSpan> mentions, List<(int First, int End)> cues,
    List<(int First, int End)> matchedCues)
{
    public Document Document { get; } = document;

    public Sentence Sentence { get; } = sentence;

    public List<MentionSpan> Mentions { get; } = mentions;

    public List<(int First, int End)> Cues { get; } = cues;

    /// <summary>Token <paramref name="index"/> as written in the match text (quotes and dashes folded).</summary>
    public ReadOnlySpan<char> Word(int index) => Document.MatchWord(index);

    /// <summary>Whether token <paramref name="index"/> is inside the sentence and is one of <paramref name="words"/>.</summary>
    public bool Is(int index, System.Collections.Frozen.FrozenSet<string> words) =>
        index >= Sentence.FirstToken && index < Sentence.EndToken && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(index));

    /// <summary>Whether another event's cue starts in tokens <c>[from, to)</c>.</summary>
    public bool CueBetween(int from, int to) => Cues.Exists(c => c.First >= from && c.First < to);

    /// <summary>Whether a cue starts in tokens <c>[from, to)</c>, counting those of acts told inside another ("to visit").</summary>
    public bool MatchedCueBetween(int from, int to) => matchedCues.Exists(c => c.First >= from && c.First < to);

    /// <summary>
    /// The mention of <paramref name="kind"/> nearest the cue <c>[first, end)</c>, preferring one after it, among those
    /// <paramref name="admits"/> lets through (all when null).
    /// </summary>
    public MentionSpan? Nearest(MentionKind kind, int first, int end, Func<MentionSpan, bool>? admits = null)
    {
        MentionSpan? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in Mentions)
        {
            if (m.Mention.Kind != kind)
                continue;
            // A mention before the cue counts as a little further away than one after it.
            var distance = m.FirstToken >= end ? m.FirstToken - end : m.EndToken <= first ? first - m.EndToken + 2 : 0;
            if (distance < bestDistance && (admits is null || admits(m)))
            {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }
}
