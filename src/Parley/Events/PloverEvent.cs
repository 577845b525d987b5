using Parley.Documents;
using Parley.Mentions;

namespace Parley.Events;

/// <summary>
/// One political event found in a document: who did what to whom, where, when, how surely, with the
/// character spans of its evidence. Components of the pipeline fill it in turn (events → modality →
/// contexts → quantities → merge), and each notes in <see cref="Explanations"/> what produced a field.
/// </summary>
public sealed class PloverEvent(EventPattern pattern, TextSpan trigger, int sentence)
{
    /// <summary>Stable within a document: "e1", "e2" … in order of first mention.</summary>
    public string Id { get; set; } = "";

    /// <summary>The pattern that found the event.</summary>
    public EventPattern Pattern { get; } = pattern;

    /// <summary>What the event is: its PLOVER type and mode as the words say ("talks" → CONSULT).</summary>
    public EventCategory Category { get; set; } = pattern.Category;

    /// <summary>
    /// The category under the PLOVER manual's coding rules, which fold intentions into verbal types:
    /// future or hypothetical cooperation is AGREE, a future retreat is CONCEDE. CAMEO code and score follow it.
    /// </summary>
    public EventCategory PloverCategory { get; set; } = pattern.Category;

    /// <summary>The cue words of the first mention.</summary>
    public TextSpan Trigger { get; } = trigger;

    /// <summary>Index of the sentence of the first mention.</summary>
    public int Sentence { get; } = sentence;

    /// <summary>Who acts.</summary>
    public List<Participant> Actors { get; } = [];

    /// <summary>The sentence named no actor, so the actors were carried from the event told before.</summary>
    public bool ActorsCarried { get; set; }

    /// <summary>
    /// True when the words only name an event instead of telling it: a meeting named as the setting of another
    /// statement ("sent no delegation to the talks"), or the condition of a threat or pledge ("would strike
    /// if the group broke the agreement"). Such an event joins the event it names when the document tells it
    /// elsewhere, and is dropped otherwise.
    /// </summary>
    public bool IsReference { get; set; }

    /// <summary>Whom the act is aimed at.</summary>
    public List<Participant> Recipients { get; } = [];

    /// <summary>Where it happens.</summary>
    public Mention? Location { get; set; }

    /// <summary>When it happens.</summary>
    public Mention? Date { get; set; }

    /// <summary>Whether it happened.</summary>
    public EventModality Modality { get; set; }

    /// <summary>Whether words of the event's own clause (or its date) decided <see cref="Modality"/>; a noun without them may name an event told before.</summary>
    public bool ModalityFromCue { get; set; }

    /// <summary>The wording softens it ("reportedly").</summary>
    public bool Hedged { get; set; }

    /// <summary>The words naming the source ("officials said"), if any.</summary>
    public TextSpan? Attribution { get; set; }

    /// <summary>The code of the source the attribution names, if it names a known actor.</summary>
    public string? AttributionSource { get; set; }

    /// <summary>PLOVER contexts.</summary>
    public SortedSet<string> Contexts { get; } = new(StringComparer.Ordinal);

    /// <summary>Amounts the event is about.</summary>
    public List<Quantity> Quantities { get; } = [];

    /// <summary>How sure Parley is, 0–1 (see <see cref="EventConfidence"/>).</summary>
    public double Confidence { get; set; }

    /// <summary>The spans of every mention of the event, first mention first.</summary>
    public List<TextSpan> Evidence { get; } = [trigger];

    /// <summary>For each output field, the component and lexicon line or rule that produced it.</summary>
    public SortedDictionary<string, string> Explanations { get; } = new(StringComparer.Ordinal);
}
