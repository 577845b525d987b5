namespace Parley.Mentions;

public sealed partial class DateRecognizer
{
    /// <summary>
    /// Whether the sentence being read speaks of the future or of what had happened, looked for only when a rule that
    /// needs it has matched there: many sentences with a date hold only absolute ones ("19 February 2025"), and the
    /// cues' regexes scan the whole sentence. One per document, read anew for each sentence.
    /// </summary>
    private sealed class SentenceTense(string text)
    {
        private int start;
        private int length;
        private Needs present;
        private bool? future;
        private bool? past;

        public void Read(int sentenceStart, int sentenceLength, Needs sentencePresent)
        {
            start = sentenceStart;
            length = sentenceLength;
            present = sentencePresent;
            future = null;
            past = null;
        }

        // Only a month or a weekday is read by tense; other sentences have neither cue.
        private bool Timed => (present & (Needs.Month | Needs.Weekday)) != 0;

        public bool Future => future ??= Timed && FutureCue().IsMatch(text.AsSpan(start, length));

        public bool Past => past ??= Timed && !Future
            && (PastCue().IsMatch(text.AsSpan(start, length)) || ((present & Needs.Month) != 0 && PastVerb().IsMatch(text.AsSpan(start, length))));
    }
}
