using System.Collections.Frozen;

namespace Parley.Events;

public sealed partial class EventFinder
{
    // Forms of "sign" that tell a signing done ("signed", "signs"); the bare verb is one promised or supposed ("ready to
    // sign a deal with Washington", "could sign a pact with Canberra"), which is an offer to the other side.
    private static readonly FrozenSet<string> SigningDone = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "signed", "signs");

    /// <summary>
    /// "Spain signed a water treaty with Portugal", "Xi signs friendship treaty with Central Asian leaders": those who sign
    /// an agreement with each other act together (a reciprocal act, PLOVER's compound actors), so the party named after
    /// "with" at token <paramref name="partner"/> is one more actor, not whom the signing is done to.
    /// </summary>
    private static bool SignsWith(SentenceClauses clause, PloverEvent e, int first, int partner) =>
        e.Category.Type == "SUPPORT" && (clause.Is(first, SigningDone) || IsSigningNotYetDone(clause, first)) && clause.Word(WordBefore(clause, partner)) is "with";

    /// <summary>
    /// "Senegal has yet to sign a new defence accord with France": a signing not yet done is still one both sides would do
    /// together (a negated joint act), not an offer one makes the other.
    /// </summary>
    private static bool IsSigningNotYetDone(SentenceClauses clause, int first) =>
        clause.Word(first).Equals("sign", StringComparison.OrdinalIgnoreCase) && clause.Word(first - 1) is "to" && clause.Word(first - 2) is "yet";
}
