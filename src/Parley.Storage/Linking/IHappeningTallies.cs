namespace Parley.Storage.Linking;

/// <summary>
/// Where <see cref="HappeningCounter"/> keeps each happening's tally: how many reports each independent source
/// gave it with each stance (the <c>happening_tallies</c> table), and the verdict drawn from it (the
/// <c>clusters</c> table), inside the writer's transaction. Each back end keeps its SQL here.
/// </summary>
internal interface IHappeningTallies
{
    /// <summary>The independent source of each document in <paramref name="documents"/>: the outlet of its group's original, or minus the original's id when it has none.</summary>
    Dictionary<long, long> Units(IReadOnlyCollection<long> documents);

    /// <summary>Adds <paramref name="rows"/> (happening, independent source, stance, reports; each key once) to the stored counts.</summary>
    void Add(IReadOnlyList<(string Happening, long Unit, HappeningTally.Stance Stance, int Reports)> rows);

    /// <summary>
    /// Drops the counts of happenings <paramref name="happenings"/> and reads every report of their events from
    /// the events themselves (happening, independent source, stance), for a recount.
    /// </summary>
    List<(string Happening, long Unit, HappeningTally.Stance Stance)> Forget(IReadOnlyCollection<string> happenings);

    /// <summary>The stored counts of happenings <paramref name="happenings"/>, a row per independent source and stance.</summary>
    List<(string Happening, long Unit, HappeningTally.Stance Stance)> Read(IReadOnlyCollection<string> happenings);

    /// <summary>Stores each happening's sources and modality, and deletes the happenings in <paramref name="gone"/>.</summary>
    void Save(IReadOnlyList<(string Happening, HappeningTally Tally)> told, IReadOnlyList<string> gone);
}
