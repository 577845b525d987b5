using Parley.Actors;

namespace Parley.Events;

/// <summary>One line of <c>events/patterns.tsv</c>: the words that carry an event of one category.</summary>
/// <param name="Category">Type and mode of the events it finds.</param>
/// <param name="Form">Verb or noun.</param>
/// <param name="Roles">Where the parties stand.</param>
/// <param name="Text">The pattern as written.</param>
/// <param name="Line">Where it is defined.</param>
public sealed record EventPattern(EventCategory Category, EventForm Form, RoleFrame Roles, string Text, LexiconSource Line);
