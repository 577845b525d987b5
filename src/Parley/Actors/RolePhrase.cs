namespace Parley.Actors;

/// <summary>A role noun or title and the sector it gives an actor: a line of <c>roles/actor-roles.tsv</c>.</summary>
/// <param name="Phrase">Lower-case phrase ("defence minister", "troops").</param>
/// <param name="Sector">Sector code.</param>
/// <param name="Role">Normalised role reported in output.</param>
/// <param name="IsTitle">True when it stands before a person's name ("President Zelensky").</param>
/// <param name="Line">Where it was defined.</param>
/// <param name="IsModifier">True for nouns that also qualify other nouns ("military drills"): an actor only before a predicate word.</param>
/// <param name="IsAnaphor">True for nouns that refer back to an organisation ("the bloc", "the alliance").</param>
/// <param name="IsHonorific">True for honorifics ("Sheikh", "Sir"): part of a title run, never its role or sector.</param>
/// <param name="IsUnplaced">True for nouns that, alone, take no country from context: one person ("envoy") or people seldom of the country in play ("hostages").</param>
/// <param name="IsNone">True for phrases that contain a role noun but name no actor ("social media", "artificial intelligence"): they take the words and give nothing.</param>
public sealed record RolePhrase(string Phrase, string Sector, string Role, bool IsTitle, LexiconSource Line, bool IsModifier = false, bool IsAnaphor = false,
    bool IsHonorific = false, bool IsUnplaced = false, bool IsNone = false);
