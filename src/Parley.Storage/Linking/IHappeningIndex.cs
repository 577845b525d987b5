namespace Parley.Storage.Linking;

/// <summary>
/// Where <see cref="HappeningLinker"/> finds and keeps the signs of the events stored, each with its happening
/// (the <c>happening_signs</c> table), inside the writer's transaction. Each back end keeps its SQL here; the
/// clustering decisions stay in the linker.
/// </summary>
internal interface IHappeningIndex
{
    /// <summary>
    /// Adds to <paramref name="found"/> the stored signs of each probe's type that name its code as actor or
    /// recipient and whose day lies between its <c>From</c> and <c>To</c> (inclusive), each with its happening; one
    /// sign may come more than once. Read through indexes on (type, party, day), so the cost follows the probes,
    /// not the size of the store.
    /// </summary>
    void Read(IReadOnlyList<(string Type, string Code, DateOnly From, DateOnly To)> probes, List<(HappeningSign Sign, string Happening)> found);

    /// <summary>Stores new signs, each with its happening.</summary>
    void Add(IReadOnlyList<(HappeningSign Sign, string Happening)> signs);

    /// <summary>
    /// Moves the signs, events and counts (<see cref="IHappeningTallies"/>, summed) of each merge's <c>From</c>
    /// happening to its <c>Into</c> happening. No <c>Into</c> is also a <c>From</c>: chains are resolved first.
    /// </summary>
    void Merge(IReadOnlyList<(string From, string Into)> merges);
}
