namespace Parley.Events;

/// <summary>What a word of <c>events/modality-cues.tsv</c> says about the events near it.</summary>
public enum ModalityCue : byte
{
    /// <summary>Scheduled, announced, promised.</summary>
    Future,

    /// <summary>Conditional or speculative.</summary>
    Hypothetical,

    /// <summary>Did not happen.</summary>
    Negated,

    /// <summary>Softens a fact.</summary>
    Hedge,

    /// <summary>A verb of saying.</summary>
    Report,

    /// <summary>Introduces a source ("according to").</summary>
    Source,

    /// <summary>Puts what follows in the background ("on the heels of", "previous").</summary>
    Past,

    /// <summary>Makes the rest of the sentence hypothetical ("if", "unless").</summary>
    Condition,

    /// <summary>
    /// Makes the event after it what a verb of knowing is about ("briefed on", "aware of"): a negation before it denies
    /// the knowing, not the event ("had not been briefed on the talks").
    /// </summary>
    Topic,

    /// <summary>
    /// Opens a phrase that sets the scene of the clause ("despite", "during", "amid"): an event named by a noun in it
    /// happened whatever the clause says of its own act ("did not arrest him during his visit").
    /// </summary>
    Setting,

    /// <summary>
    /// Tells that the event a noun before it names did not take place ("a signing planned for May fell through", "the
    /// summit was called off"): as a predicate of that noun it negates it, whatever planned or promised it.
    /// </summary>
    Failed,
}
