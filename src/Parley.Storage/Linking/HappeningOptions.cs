using System.Collections.Frozen;

namespace Parley.Storage.Linking;

/// <summary>
/// How far apart two reports of one happening may be (see <see cref="HappeningSign.Links"/>): their event days
/// lie within <see cref="WindowDays"/> of each other, and for the <see cref="SymmetricTypes"/> either party may
/// be named as actor ("Lavrov met Wang" and "Wang held talks with Lavrov").
/// </summary>
/// <param name="WindowDays">The most days between the event days of two linked reports.</param>
/// <param name="SymmetricTypes">PLOVER types whose actor and recipient a report may swap.</param>
internal sealed record HappeningOptions(int WindowDays, FrozenSet<string> SymmetricTypes)
{
    /// <summary>
    /// Three days: a report that files a meeting under its publication day, a day or two after the meeting,
    /// still joins it, while the same parties' next round a week later is another happening (measured on
    /// eval/gold/clusters).
    /// </summary>
    public static HappeningOptions Default { get; } = new(3, FrozenSet.Create(StringComparer.Ordinal, "CONSULT", "AGREE", "COOPERATE"));
}
