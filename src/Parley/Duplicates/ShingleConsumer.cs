namespace Parley.Duplicates;

/// <summary>
/// Receives a text's shingle hashes, and how it uses the synonym lexicon, from <see cref="TextShingler.Shingle{TState}"/>;
/// the span is lent for the call only.
/// </summary>
/// <typeparam name="TState">State the caller threads through, by reference.</typeparam>
public delegate void ShingleConsumer<TState>(ReadOnlySpan<ulong> shingles, SynonymUse synonyms, ref TState state) where TState : allows ref struct;
