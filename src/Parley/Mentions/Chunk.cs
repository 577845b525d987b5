using Parley.Actors;

namespace Parley.Mentions;

/// <summary>Tokens <c>[Start, End)</c> of a sentence read as one unit, with the lexicon entries they match.</summary>
public readonly record struct Chunk(ChunkKind Kind, int Start, int End, IReadOnlyList<NameEntry>? Names = null, IReadOnlyList<RolePhrase>? Roles = null);
