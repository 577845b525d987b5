namespace Parley.Storage.Briefs;

/// <summary>One line of a brief: what it says, and the stored event it cites (title, outlet, date and sentence come with it).</summary>
/// <param name="Text">The line, in plain words.</param>
/// <param name="Evidence">The event the line rests on.</param>
public sealed record BriefLine(string Text, EventRecord Evidence);
